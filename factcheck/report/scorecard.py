"""The outlet scorecard: per outlet, what the findings say about its figures.

Computed from the findings alone (no new guessing): a figure is a quantity fact
some finding cites; it agrees, conflicts or stands alone as the finding says.
Each column is defined in docs/scorecard.md; every format shows the same numbers.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..model import Document, Fact, Finding, Result
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


@dataclass
class _Tally:
    """Per outlet counts of some of the findings; the findings of different stories cite different
    facts, so the tallies of the stories add up to the tally of the whole run."""

    figures: Counter[str] = field(default_factory=Counter)
    agree: Counter[str] = field(default_factory=Counter)
    conflict: Counter[str] = field(default_factory=Counter)
    single: Counter[str] = field(default_factory=Counter)
    first: Counter[str] = field(default_factory=Counter)
    revised: Counter[str] = field(default_factory=Counter)
    unattributed: Counter[str] = field(default_factory=Counter)
    sources: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, other: _Tally) -> None:
        for name in ("figures", "agree", "conflict", "single", "first", "revised", "unattributed"):
            getattr(self, name).update(getattr(other, name))
        for outlet, cited in other.sources.items():
            self.sources[outlet].update(cited)


def scorecard(result: Result, index: Index | None = None) -> list[Score]:
    """One Score per outlet with a document, most figures first, then by name. Facts on disk
    (factcheck/spill.py) are tallied story by story: one story's facts in memory at a time."""
    from ..spill import Spill

    docs_of: Counter[str] = Counter((d.outlet or d.path) for d in result.documents)
    if index is None and isinstance(result.facts, Spill):  # the comparison's tally, when it made one
        tally = getattr(result.findings, "tally", None) or _by_story(result, result.facts)
    else:
        tally = _tally(result.findings, index if index is not None else Index(result))
    scores = [Score(outlet=outlet, documents=docs_of[outlet], figures=tally.figures[outlet],
                    agree=tally.agree[outlet], conflict=tally.conflict[outlet], single=tally.single[outlet],
                    first=tally.first[outlet], revised=tally.revised[outlet], unattributed=tally.unattributed[outlet],
                    sources=tuple(sorted(tally.sources.get(outlet, Counter()).items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES]))
              for outlet in docs_of]
    return sorted(scores, key=lambda s: (-s.figures, -s.documents, s.outlet))


def _by_story(result: Result, spill: Any) -> _Tally:
    """The tally of each story's findings, over that story's documents and facts alone. Findings
    spilled by story (spill.Findings, tagged with the story's position) are read a story at a time."""
    from ..spill import Findings

    stories = spill.stories(result.documents)
    if isinstance(result.findings, Findings):
        batches = result.findings.batches()
        per_story = _aligned(stories, batches)
    else:
        owned: dict[str, list[Finding]] = defaultdict(list)  # by the finding's first fact: a finding cites one story
        for f in result.findings:
            if f.facts:
                owned[f.facts[0]].append(f)
        per_story = ((facts, docs, [x for fact in facts for x in owned.get(fact.id, ())]) for facts, docs in stories)
    total = _Tally()
    for facts, docs, findings in per_story:
        total.add(story_tally(facts, docs, findings))
    return total


def story_tally(facts: list[Fact], docs: list[Document], findings: list[Finding]) -> _Tally:
    """One story's tally: what a worker comparing the story sends back (factcheck/comparing.py)."""
    return _tally(findings, Index(Result(documents=docs, facts=facts, findings=findings))) if findings else _Tally()


def _aligned(stories: Iterator[tuple[list[Fact], list[Document]]],
             batches: Iterator[tuple[int, list[Finding]]]) -> Iterator[tuple[list[Fact], list[Document], list[Finding]]]:
    """Each story with its batch of findings: batches come in story order, tagged with the position."""
    pending = next(batches, None)
    for n, (facts, docs) in enumerate(stories):
        found: list[Finding] = []
        if pending is not None and pending[0] == n:
            found, pending = pending[1], next(batches, None)
        yield facts, docs, found


def _tally(findings: list[Finding], index: Index) -> _Tally:
    out = _Tally()
    figures: dict[str, set[str]] = defaultdict(set)
    status_of: dict[str, dict[str, set[str]]] = {s: defaultdict(set) for s in ("agree", "conflict", "single-source")}
    revised: dict[str, set[str]] = defaultdict(set)
    for finding in findings:
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
    for group in grouped(findings):
        if group[0].status in COMPARED and group[0].kind in FIRST_KINDS:
            facts = [index.facts[i] for f in group for i in f.facts if i in index.facts]
            out.first.update(_first(facts, index))
    for outlet, ids in figures.items():
        mine = [index.facts[i] for i in ids]
        out.figures[outlet] = len(mine)
        out.sources[outlet].update(f.source for f in mine if f.source)
        out.unattributed[outlet] = sum(1 for f in mine if not f.source)
    for name, status in (("agree", "agree"), ("conflict", "conflict"), ("single", "single-source")):
        getattr(out, name).update({o: len(ids) for o, ids in status_of[status].items()})
    out.revised.update({o: len(ids) for o, ids in revised.items()})
    return out


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
