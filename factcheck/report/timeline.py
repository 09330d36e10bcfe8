"""Timelines: per story, per compared measure and place, every outlet's dated figures.

The data behind the HTML report's charts (drawn by svgchart.py): which figures a
chart holds, where each sits in time (the day it is current as of, with the hour
of publication when the report came out that day), and which line to draw (the
consensus of a conflict, else the latest figure). Built from the findings only.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from ..model import Fact, Finding, Result
from ..rules.common import fmt_value
from .common import Index, by_story, compact_days

COMPARED = ("agree", "conflict", "update", "variant")


@dataclass(frozen=True)
class Mark:
    fact: Fact
    outlet: str
    x: float  # days since 1970-01-01, hours as a fraction (noon when the hour is unknown)
    day: str  # ISO day the figure is current as of
    low: float | None
    high: float | None
    text: str
    conflict: bool


@dataclass(frozen=True)
class Chart:
    id: str
    story: str
    measure: str
    place: str | None
    marks: tuple[Mark, ...]
    undated: tuple[Fact, ...]
    line: Mark | None  # the figure the horizontal line stands for
    line_label: str  # "consensus" or "latest"

    @property
    def title(self) -> str:
        return f"{self.measure} in {self.place}" if self.place else self.measure

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(m.outlet for m in self.marks))


def charts(result: Result, index: Index) -> dict[str, list[Chart]]:
    """Story -> its charts: one per (measure, place) some finding compares across figures."""
    out: dict[str, list[Chart]] = {}
    for story, findings in by_story(result.findings):
        blocks: dict[tuple[str, str | None], list[Finding]] = defaultdict(list)
        for f in findings:
            if f.kind == "quantity" and f.measure:
                blocks[(f.measure, f.place)].append(f)
        made = []
        for (measure, place), group in sorted(blocks.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            if any(f.status in COMPARED for f in group):
                made.append(_chart(story, measure, place, group, index, len(made)))
        if made:
            out[story] = made
    return out


def _chart(story: str, measure: str, place: str | None, group: list[Finding], index: Index, n: int) -> Chart:
    facts: dict[str, Fact] = {}
    for f in group:
        for fact in index.facts_of(f):
            facts.setdefault(fact.id, fact)
    in_conflict = {i for f in group if f.status == "conflict" for i in f.facts}
    marks, undated = [], []
    for fact in facts.values():
        where = _when(fact, index)
        if where is None or fact.value is None:
            undated.append(fact)
            continue
        x, day = where
        marks.append(Mark(fact, index.outlet(fact), x, day, fact.value.low, fact.value.high, fmt_value(fact),
                          fact.id in in_conflict))
    marks.sort(key=lambda m: (m.x, m.outlet, m.fact.id))
    line, label = _line(marks, group)
    safe = "".join(c if c.isalnum() else "-" for c in f"{story}-{measure}-{place or ''}").strip("-").lower()
    return Chart(f"chart-{n + 1}-{safe}", story, measure, place, tuple(marks), tuple(undated), line, label)


def _when(fact: Fact, index: Index) -> tuple[float, str] | None:
    """(x, day): the day the figure is current as of; the publication hour when it came out that day."""
    doc = index.doc(fact)
    published = (doc.published if doc else None) or ""
    day = fact.time[1] if fact.time else published[:10]
    try:
        x = float(date.fromisoformat(day[:10]).toordinal() - date(1970, 1, 1).toordinal())
    except ValueError:
        return None
    hour = 12.0
    if published[:10] == day[:10] and len(published) > 10:
        try:
            t = datetime.fromisoformat(published)
            hour = t.hour + t.minute / 60
        except ValueError:
            pass
    return x + hour / 24, day[:10]


def _line(marks: list[Mark], group: list[Finding]) -> tuple[Mark | None, str]:
    """The consensus figure of a conflict when the rule found one, else the latest figure,
    unless figures published at that same moment differ (then there is no latest)."""
    for f in group:
        consensus = dict(f.detail).get("consensus") if f.status == "conflict" else None
        for m in marks:
            if consensus and m.fact.id in f.facts and m.text == consensus:
                return m, "consensus"
    if not marks:
        return None, ""
    last = [m for m in marks if m.x == marks[-1].x]
    if len({(m.low, m.high) for m in last}) > 1:
        return None, ""
    return marks[-1], "latest"


def describe(chart: Chart) -> str:
    """The chart in one paragraph: the text alternative a screen reader gets."""
    if not chart.marks:
        return f"{chart.title}: no dated figures."
    days = compact_days((chart.marks[0].day, chart.marks[-1].day))
    steps = "; ".join(f"{compact_days((m.day, m.day))}: {m.text} ({m.outlet}{', in conflict' if m.conflict else ''})"
                      for m in chart.marks)
    line = f" Line: {chart.line_label} figure {chart.line.text}." if chart.line else ""
    return (f"{chart.title}, {days}: {len(chart.marks)} dated figure{'s' if len(chart.marks) != 1 else ''} "
            f"from {len(chart.outlets)} outlet{'s' if len(chart.outlets) != 1 else ''}. {steps}.{line}")
