"""The outlet scorecard, column by column, computed from a small hand-made set of findings."""
from __future__ import annotations

import json

import jsonschema

from factcheck.model import Document, Evidence, Fact, Finding, Result, Value
from factcheck.report import jsonfmt
from factcheck.report.scorecard import scorecard

from .helpers import REPORT_SCHEMA

DOCS = [Document("d1", "wire-a.md", "x", outlet="Harbour Wire", published="2024-05-04T07:00:00+00:00", story="s"),
        Document("d2", "wire-b.md", "x", outlet="Harbour Wire", published="2024-05-06", story="s"),
        Document("d3", "post.md", "x", outlet="Morning Post", published="2024-05-04T09:30:00+02:00", story="s"),
        Document("d4", "radio.md", "x", outlet="Coast Radio", published="2024-05-05", story="s"),
        Document("d5", "blog.md", "x", outlet="Quay Blog", published=None, story="s")]


def fact(fid: str, doc: str, low: float, high: float | None = None, source: str | None = None,
         day: str = "2024-05-04", kind: str = "quantity") -> Fact:
    return Fact(id=fid, doc=doc, kind=kind, evidence=Evidence(0, 1, 1, 1, "x"), measure="missing",
                value=Value(low, low if high is None else high), place="Harbour", time=(day, day), source=source)


FACTS = [fact("a1", "d1", 12, source="coastguard"), fact("p1", "d3", 12, source="coastguard"),  # agree
         fact("a2", "d1", 40, source="port authority"), fact("r1", "d4", 55, source="police"),  # conflict
         fact("a3", "d2", 70, source="coastguard", day="2024-05-06"),  # later figure: a1 and p1 revised
         fact("b1", "d5", 3),  # single-source, no source named
         Fact(id="q1", doc="d1", kind="quote", evidence=Evidence(0, 1, 1, 1, "x"), speaker="Mayor", text="words"),
         Fact(id="q2", doc="d4", kind="quote", evidence=Evidence(0, 1, 1, 1, "x"), speaker="Mayor", text="words")]


def finding(fid: str, status: str, facts: tuple[str, ...], kind: str = "quantity") -> Finding:
    return Finding(id=fid, rule="r", status=status, level="info", kind=kind, facts=facts, message=fid, story="s")


FINDINGS = [finding("f1", "agree", ("a1", "p1")), finding("f2", "conflict", ("a2", "r1")),
            finding("f3", "update", ("a1", "p1", "a3")), finding("f4", "single-source", ("b1",)),
            finding("f5", "agree", ("q1", "q2"), kind="quote")]


def by_outlet() -> dict[str, object]:
    return {s.outlet: s for s in scorecard(Result(documents=DOCS, facts=FACTS, findings=FINDINGS))}


def test_counts_per_outlet() -> None:
    s = by_outlet()
    wire, post, radio, blog = s["Harbour Wire"], s["Morning Post"], s["Coast Radio"], s["Quay Blog"]
    assert (wire.documents, wire.figures, wire.agree, wire.conflict, wire.single) == (2, 3, 1, 1, 0)
    assert (post.figures, post.agree, post.conflict) == (1, 1, 0)
    assert (radio.figures, radio.conflict, radio.agree) == (1, 1, 0)  # the quote is not a figure
    assert (blog.figures, blog.single, blog.unattributed, blog.first) == (1, 1, 1, 0)


def test_first_compares_instants_when_both_have_one_else_days() -> None:
    s = by_outlet()
    # f1, f3: Morning Post's 09:30+02:00 is 07:30 UTC, after Harbour Wire's 07:00 UTC (same day: instants decide);
    # f2: the wire (4 May) before the radio (5 May, a day only); f5 (the quote): the wire again. The single-source
    # finding is no comparison, and Quay Blog has no date.
    assert s["Harbour Wire"].first == 4
    assert s["Morning Post"].first == 0 and s["Coast Radio"].first == 0


def test_revised_are_figures_a_later_one_replaced() -> None:
    s = by_outlet()
    assert s["Harbour Wire"].revised == 1  # a1 (12, 4 May) replaced by a3 (70, 6 May); a3 itself is the latest
    assert s["Morning Post"].revised == 1


def test_sources_most_cited_first() -> None:
    assert by_outlet()["Harbour Wire"].sources == (("coastguard", 2), ("port authority", 1))


def test_order_and_json_contract() -> None:
    result = Result(documents=DOCS, facts=FACTS, findings=FINDINGS)
    assert [s.outlet for s in scorecard(result)] == ["Harbour Wire", "Coast Radio", "Morning Post", "Quay Blog"]
    data = json.loads(jsonfmt.render(result))
    jsonschema.validate(data, REPORT_SCHEMA)
    wire = data["scorecard"][0]
    assert wire["outlet"] == "Harbour Wire" and wire["sources"][0] == {"source": "coastguard", "figures": 2}
    assert set(wire) == {"outlet", "documents", "figures", "agree", "conflict", "single", "first", "revised",
                         "unattributed", "sources"}
