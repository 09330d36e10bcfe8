"""The outlet scorecard: per outlet, what the findings say about its figures.

Computed from the findings alone (no new guessing): a figure is a quantity fact
some finding cites; it agrees, conflicts or stands alone as the finding says.
Each column is defined in docs/scorecard.md; every format shows the same numbers.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

from ..model import Document, Fact, Result
from .common import Index, grouped
from .timeline import COMPARED

FIRST_KINDS = ("quantity", "quote", "meeting")  # "who had it first" means nothing for a spelling
TOP_SOURCES = 3


@dataclass(frozen=True)
class Score:
    outlet: str
    documents: int
    figures: int
    agree: int
    conflict: int
    single: int
    first: int
    revised: int
    unattributed: int
    sources: tuple[tuple[str, int], ...]


def scorecard(result: Result, index: Index | None = None) -> list[Score]:
    """One Score per outlet with a document, most figures first, then by name."""
    index = index if index is not None else Index(result)
    docs_of: Counter[str] = Counter((d.outlet or d.path) for d in result.documents)
    figures: dict[str, set[str]] = defaultdict(set)
    status_of: dict[str, dict[str, set[str]]] = {s: defaultdict(set) for s in ("agree", "conflict", "single-source")}
    revised: dict[str, set[str]] = defaultdict(set)
    first: Counter[str] = Counter()
    for finding in result.findings:
        facts = index.facts_of(finding)
        outlets = {index.outlet(f) for f in facts}
        for fact in facts:
            if fact.kind != "quantity":
                continue
            outlet = index.outlet(fact)
            figures[outlet].add(fact.id)
            if finding.status in status_of and (finding.status != "agree" or len(outlets) > 1):
                status_of[finding.status][outlet].add(fact.id)
        if finding.status == "update":
            for fact in _revised(facts, index):
                revised[index.outlet(fact)].add(fact.id)
    for group in grouped(result.findings):
        if group[0].status in COMPARED and group[0].kind in FIRST_KINDS:
            facts = [index.facts[i] for f in group for i in f.facts if i in index.facts]
            first.update(_first(facts, index))
    scores = []
    for outlet in docs_of:
        mine = [index.facts[i] for i in sorted(figures[outlet])]
        cited = Counter(f.source for f in mine if f.source)
        scores.append(Score(outlet=outlet, documents=docs_of[outlet], figures=len(mine),
                            agree=len(status_of["agree"][outlet]), conflict=len(status_of["conflict"][outlet]),
                            single=len(status_of["single-source"][outlet]), first=first[outlet],
                            revised=len(revised[outlet]), unattributed=sum(1 for f in mine if not f.source),
                            sources=tuple(sorted(cited.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES])))
    return sorted(scores, key=lambda s: (-s.figures, -s.documents, s.outlet))


def _revised(facts: list[Fact], index: Index) -> list[Fact]:
    """An update's figures that a later one replaced: before the latest as-of day (or report),
    and with a value none of the latest figures has."""
    def when(f: Fact) -> tuple[str, str]:
        d = index.doc(f)
        return (f.time[1] if f.time else "", (d.published or "") if d else "")

    if not facts:
        return []
    last = max(when(f) for f in facts)
    latest = {(f.value.low, f.value.high) for f in facts if when(f) == last and f.value}
    return [f for f in facts if when(f) < last and f.value and (f.value.low, f.value.high) not in latest]


def _first(facts: list[Fact], index: Index) -> set[str]:
    """The outlets that published first among those behind a comparison (ties: each of them)."""
    moments: dict[str, tuple[str, datetime | None]] = {}
    for fact in facts:
        d = index.doc(fact)
        m = _moment(d)
        if m is None:
            continue
        outlet = index.outlet(fact)
        if outlet not in moments or _earlier(m, moments[outlet]):
            moments[outlet] = m
    if len(moments) < 2:
        return set()
    return {o for o, m in moments.items() if not any(_earlier(n, m) for p, n in moments.items() if p != o)}


def _moment(doc: Document | None) -> tuple[str, datetime | None] | None:
    """(day, instant): the instant only when the publication time is known with its zone."""
    if doc is None or not doc.published:
        return None
    try:
        dt = datetime.fromisoformat(doc.published)
    except ValueError:
        return (doc.published[:10], None)
    if len(doc.published) <= 10 or dt.tzinfo is None:
        return (doc.published[:10], None)
    return (doc.published[:10], dt.astimezone(timezone.utc))


def _earlier(a: tuple[str, datetime | None], b: tuple[str, datetime | None]) -> bool:
    """By the instant when both have one; else by the day (a day holds every hour of it)."""
    if a[1] is not None and b[1] is not None:
        return a[1] < b[1]
    return a[0] < b[0]


def sources_text(score: Score) -> str:
    return ", ".join(f"{name} ({n})" for name, n in score.sources)


def as_dict(score: Score) -> dict[str, object]:
    """The JSON form (docs/json-report.md#scorecard)."""
    return {"outlet": score.outlet, "documents": score.documents, "figures": score.figures, "agree": score.agree,
            "conflict": score.conflict, "single": score.single, "first": score.first, "revised": score.revised,
            "unattributed": score.unattributed,
            "sources": [{"source": name, "figures": n} for name, n in score.sources]}


COLUMNS = (("outlet", "Outlet"), ("documents", "Reports"), ("figures", "Figures"), ("agree", "Agree"),
           ("conflict", "Conflict"), ("single", "Only here"), ("first", "First"), ("revised", "Revised later"),
           ("unattributed", "No source"), ("sources", "Sources cited most"))


def cells(score: Score) -> list[str]:
    """The row every tabular format shows, in COLUMNS order."""
    d = as_dict(score)
    return [str(d[key]) if key != "sources" else sources_text(score) for key, _ in COLUMNS]
