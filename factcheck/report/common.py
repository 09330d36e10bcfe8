"""What the whole-run reporters share: story grouping, locations, and a fact's words.

Written over fact kinds generically (getattr for fields a kind may lack), so a new
extractor's facts show up in every format without touching each reporter.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ..disjoint import DisjointSets
from ..model import Document, Evidence, Fact, Finding, Result
from ..rules.common import fmt_num
from ..rules.engine import STATUS_ORDER
MARK = {"conflict": ("✗ conflict", "bold red"), "variant": ("~ variant", "yellow"), "update": ("↻ update", "cyan"),
        "agree": ("✓ agree", "green"), "single-source": ("· single", "dim")}  # the mark reads without colour
LABEL = {status: mark for status, (mark, _style) in MARK.items()}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Loc:
    """A fact's place in its file: 1-based lines and columns, end exclusive, and char offsets."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


class Excerpt(NamedTuple):
    """What a reporter reads of a fact's document text: the fact's words, where its evidence sentence
    starts (-1: not found around the words) and that start's 1-based line and column."""

    span: str
    sentence_at: int
    line: int
    column: int


def excerpt(ev: Evidence, text: str | None) -> Excerpt:
    if text is None:
        return Excerpt("", -1, 0, 0)
    at = text.find(ev.sentence, max(0, ev.start - len(ev.sentence)))
    line, column = (text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)) if at >= 0 else (0, 0)
    return Excerpt(text[ev.start:ev.end], at, line, column)


class Index:
    """Facts and documents by id, built once per report. When the run's texts and facts are on disk
    (result.texts: factcheck/spill.py) only the facts the findings cite are read back, with their excerpts."""

    def __init__(self, result: Result) -> None:
        self.docs = {d.id: d for d in result.documents}
        self.excerpts: dict[str, Excerpt] = {}
        if result.texts is None:
            self.facts = {f.id: f for f in result.facts}
        else:
            self.facts = self._cited(result)

    def _cited(self, result: Result) -> dict[str, Fact]:
        want = {i for f in result.findings for i in f.facts}
        at = {d.id: n for n, d in enumerate(result.documents)}
        facts: dict[str, Fact] = {}
        doc, text = None, None
        for f in result.facts:
            if f.id not in want:
                continue
            if f.doc != doc:
                doc, text = f.doc, result.texts.text(at[f.doc]) if f.doc in at else None
            facts[f.id] = f
            self.excerpts[f.id] = excerpt(f.evidence, text)
        return facts

    def excerpt(self, fact: Fact) -> Excerpt:
        got = self.excerpts.get(fact.id)
        if got is None:
            d = self.docs.get(fact.doc)
            got = excerpt(fact.evidence, d.text if d else None)
        return got

    def facts_of(self, finding: Finding) -> list[Fact]:
        """The finding's facts in reading order: by publication, then file, then position."""
        facts = [self.facts[i] for i in finding.facts if i in self.facts]
        return sorted(facts, key=lambda f: ((d := self.docs.get(f.doc)) and d.published or "", self.path(f), f.evidence.start))

    def doc(self, fact: Fact) -> Document | None:
        return self.docs.get(fact.doc)

    def path(self, fact: Fact) -> str:
        d = self.docs.get(fact.doc)
        return d.path if d else fact.doc

    def loc(self, fact: Fact) -> Loc:
        ev = fact.evidence
        span = self.excerpt(fact).span
        breaks = span.count("\n")
        end_col = (len(span) - span.rfind("\n")) if breaks else ev.column + len(span)
        return Loc(self.path(fact), ev.line, ev.column, ev.line + breaks, end_col, ev.start, ev.end)

    def on_disk(self, fact: Fact) -> tuple[str, int | None, Loc | None]:
        """The file on disk a fact was read from, its line there when known, and the fact's Loc when
        that Loc's lines are the file's own lines. A feed record (path `dump.jsonl:LINE`) is on line
        LINE of its dump; text extracted from a page has lines of its own, not of the HTML source:
        code-scanning annotations must point at the file, never at a path that does not exist."""
        d = self.docs.get(fact.doc)
        if d is not None and d.source:
            record = d.path.rpartition(":")[2]
            return d.source, int(record) if record.isdigit() else None, None
        loc = self.loc(fact)
        if d is not None and d.extracted:
            return loc.path, None, None
        return loc.path, loc.line, loc

    def outlet(self, fact: Fact) -> str:
        d = self.docs.get(fact.doc)
        return (d.outlet or d.path) if d else fact.doc

    def marked(self, fact: Fact) -> tuple[str, str, str]:
        """The evidence sentence split around the fact's words: (before, words, after)."""
        ev = fact.evidence
        sentence = ev.sentence
        rel = self.excerpt(fact).sentence_at
        if rel < 0 or not rel <= ev.start <= ev.end <= rel + len(sentence):
            return sentence, "", ""
        a, b = ev.start - rel, ev.end - rel
        return sentence[:a], sentence[a:b], sentence[b:]


def by_story(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Stories in name order; in each, conflicts first, then variants, updates, the rest."""
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f.story or "default"].append(f)
    return [(s, sorted(groups[s], key=lambda f: (STATUS_ORDER.get(f.status, 9), f.rule, f.measure or "", f.id)))
            for s in sorted(groups)]


def figure(fact: Fact) -> str:
    """What the fact states, in the report's words where it has them."""
    value = getattr(fact, "value", None)
    if value is not None:
        if value.text:
            return " ".join(value.text.split())
        return fmt_num(value.low) if value.low == value.high else f"{fmt_num(value.low)}-{fmt_num(value.high)}"
    text = getattr(fact, "text", None)
    entity = getattr(fact, "entity", None)
    if text and entity and entity != text:
        return f"{text} ({entity})"
    if text:
        return text
    participants = getattr(fact, "participants", ()) or ()
    return ", ".join(participants) or entity or fact.kind


def credit(fact: Fact, index: Index) -> str:
    """Who says it: the outlet, and the source or speaker it credits."""
    who = getattr(fact, "source", None) or getattr(fact, "speaker", None)
    return f"{index.outlet(fact)}; {who}" if who else index.outlet(fact)


def what(finding: Finding) -> str:
    """measure · place · days, the heading of a finding."""
    return " · ".join(x for x in (finding.measure or finding.kind, finding.place, compact_days(finding.time)) if x)


def compact_days(time: tuple[str, str] | None) -> str | None:
    """('2016-12-09', '2016-12-10') -> '9-10 Dec 2016': short, and no token a wrap can cut in two.

    Strings that are not ISO dates are returned as they are."""
    if not time:
        return None
    a, b = (_ymd(t) for t in time)
    if a is None or b is None:
        return time[0] if time[0] == time[1] else f"{time[0]}..{time[1]}"
    (ya, ma, da), (yb, mb, db) = a, b
    if a == b:
        return f"{da} {MONTHS[ma - 1]} {ya}"
    if (ya, ma) == (yb, mb):
        return f"{da}-{db} {MONTHS[ma - 1]} {ya}"
    if ya == yb:
        return f"{da} {MONTHS[ma - 1]}-{db} {MONTHS[mb - 1]} {ya}"
    return f"{da} {MONTHS[ma - 1]} {ya}-{db} {MONTHS[mb - 1]} {yb}"


def _ymd(text: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text[:10])
    if not m or not 1 <= int(m[2]) <= 12:
        return None
    return int(m[1]), int(m[2]), int(m[3])


def compact_dates_in(text: str) -> str:
    """Every ISO day in a sentence written compactly: '2016-12-10:' -> '10 Dec 2016:'."""
    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", lambda m: compact_days((m[0], m[0])) or m[0], text)


def grouped(findings: list[Finding]) -> list[list[Finding]]:
    """Findings of one remark or one meeting together: same rule and status, sharing a fact.

    Pairwise comparisons report a remark quoted by n outlets as up to n(n-1)/2 findings;
    a reader wants it once, with its outlets. Order follows the first finding of each group."""
    findings = findings if isinstance(findings, list) else list(findings)  # spilled findings: read once
    sets = DisjointSets(len(findings))
    owner: dict[tuple[str, str, str, str], int] = {}
    for i, f in enumerate(findings):
        for fact in f.facts:
            key = (f.story or "", f.rule, f.status, fact)
            if key in owner:
                sets.join(i, owner[key])
            else:
                owner[key] = i
    return [[findings[i] for i in group] for group in sets.groups()]


def summary_text(finding: Finding) -> str:
    return str(dict(finding.detail).get("summary") or finding.message)


def counts(result: Result) -> str:
    """'5 documents, 25 facts, 9 findings (2 conflict, 2 update, 5 single-source)'."""
    by: dict[str, int] = defaultdict(int)
    for f in result.findings:
        by[f.status] += 1
    parts = ", ".join(f"{n} {s}" for s, n in sorted(by.items(), key=lambda kv: (STATUS_ORDER.get(kv[0], 9), kv[0])))
    return (f"{len(result.documents)} documents, {len(result.facts)} facts, {len(result.findings)} findings"
            + (f" ({parts})" if parts else ""))
