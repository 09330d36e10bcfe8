"""The HTML report's timeline charts: one per compared measure and place, one mark per dated
figure, every mark linked to a row that holds its evidence, a text alternative each."""
from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from html.parser import HTMLParser

from factcheck.model import Evidence, Fact, Value
from factcheck.report.svgchart import Scale
from factcheck.report.timeline import Mark

from .helpers import TESTS, run_in

ROOT = TESTS.parent
COMPARED = {"agree", "conflict", "update", "variant"}


class Page(HTMLParser):
    """Figures (charts) with their marks, the ids on the page, the links, the SVG titles and descriptions."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[tuple[str, str], list[str]] = {}
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.current: tuple[str, str] | None = None
        self.svg_text: dict[str, list[str]] = defaultdict(list)
        self.in_svg_label: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "figure" and "chart" in (a.get("class") or ""):
            self.current = (a.get("data-measure") or "", a.get("data-place") or "")
            self.charts[self.current] = []
        if tag == "a" and a.get("class") == "mark":
            assert self.current is not None
            self.charts[self.current].append(a.get("data-fact") or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
        if tag in ("title", "desc") and self.current:
            self.in_svg_label = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":
            self.current = None
        if tag in ("title", "desc"):
            self.in_svg_label = None

    def handle_data(self, data: str) -> None:
        if self.in_svg_label and self.current:
            self.svg_text[self.in_svg_label + ":" + "|".join(self.current)].append(data)


@lru_cache(maxsize=1)
def sample() -> tuple[Page, dict]:
    page = Page()
    page.feed(run_in(ROOT, "check", "corpus", "--format", "html").stdout)
    return page, json.loads(run_in(ROOT, "check", "corpus", "--format", "json").stdout)


def expected_charts(report: dict) -> dict[tuple[str, str], set[str]]:
    """From the JSON findings: (measure, place) blocks some comparison covers -> their dated figures."""
    facts = {f["id"]: f for f in report["facts"]}
    published = {d["id"]: d["published"] for d in report["documents"]}
    blocks: dict[tuple[str, str], set[str]] = defaultdict(set)
    compared = set()
    for f in report["findings"]:
        if f["kind"] != "quantity" or not f["measure"]:
            continue
        key = (f["measure"], f["place"] or "")
        blocks[key] |= {i for i in f["facts"] if facts[i]["time"] or published[facts[i]["doc"]]}
        if f["status"] in COMPARED:
            compared.add(key)
    return {k: v for k, v in blocks.items() if k in compared}


def test_a_chart_per_compared_measure_with_a_mark_per_dated_figure() -> None:
    page, report = sample()
    expected = expected_charts(report)
    assert ("trapped", "Aleppo") in expected and len(expected) >= 2
    assert {k: sorted(v) for k, v in page.charts.items()} == {k: sorted(v) for k, v in expected.items()}


def test_trapped_series_is_drawn_and_described() -> None:
    page, _ = sample()
    desc = "".join(page.svg_text["desc:trapped|Aleppo"])
    assert "an estimated 100,000" in desc and "tens of thousands" in desc  # the text alternative names both
    assert desc.index("100,000") < desc.index("tens of thousands")  # in time order
    titles = page.svg_text["title:trapped|Aleppo"]  # the chart's, then one tooltip per mark
    assert titles[0] == "trapped in Aleppo over time" and len(titles) == 1 + len(page.charts[("trapped", "Aleppo")])


def test_every_mark_links_to_an_evidence_row_on_the_page() -> None:
    page, _ = sample()
    marks = list(page.hrefs)
    assert len(marks) == sum(len(v) for v in page.charts.values())
    assert all(h.startswith("#") and h[1:] in page.ids for h in marks)


def _mark(low: float, high: float | None) -> Mark:
    f = Fact(id="x", doc="d", kind="quantity", evidence=Evidence(0, 1, 1, 1, "s"), value=Value(low, high))
    return Mark(f, "o", 0.0, "2024-01-01", low, high, "t", False)


def test_log_scale_only_when_figures_span_orders_of_magnitude() -> None:
    wide = Scale((_mark(12, 12), _mark(40_000, 40_000)))
    assert wide.log and wide.lo == 10 and wide.hi == 100_000 and wide.y(1000) < wide.y(100)
    narrow = Scale((_mark(20, 99), _mark(25, 25)))
    assert not narrow.log and narrow.lo == 0 and narrow.hi >= 99
    assert Scale((_mark(300, None),)).hi >= 300  # an open bound still gets an axis


def test_marks_sit_at_the_publication_hour_when_known_else_noon() -> None:
    from factcheck.api import check
    from factcheck.config import Config
    from factcheck.report.common import Index
    from factcheck.report.timeline import charts

    res = check([str(TESTS / "fixtures" / "remark" / "corpus")], Config(cache=False))
    chart = next(c for c in charts(res, Index(res))["delta-floods"] if c.measure == "displaced")
    x = {m.outlet: m.x % 1 for m in chart.marks}
    assert abs(x["Continental Wire Service"] - 6.5 / 24) < 1e-9  # published 06:30 the day the figure is as of
    assert abs(x["Delta Live Blog"] - 9.25 / 24) < 1e-9
    assert x["The Lowtown Gazette"] == 0.5  # a date only: noon
    assert [m.outlet for m in chart.marks][-1] == "The Lowtown Gazette" and chart.line_label == "latest"
