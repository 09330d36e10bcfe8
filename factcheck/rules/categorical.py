"""categorical: one attribute of the same event must read the same everywhere.

Facts in one block (the rule's `same` fields) are taken as the same event when
they share a named participant (matched as the set rule matches them: surname,
title country) and, when both name their sessions, share one; group descriptions ("foreign ministers") never make two events
one. For `field: place` they must share two named parties, or name the same
one(s), and overlapping days. Different values of `field` (the day, or the
place) are then a conflict. Day windows that overlap agree; `max_gap_days` bounds
how far apart two days may be and still be read as one event. A report that
itself gives both values describes two events, not a contradiction. A place in the other's
country ("Bali", "Indonesia") is the same place told less exactly; so is a place no gazetteer
knows ("Camp David") beside a country, which cannot be told apart.

Example (conflict): one outlet has the ministers meet in Paris on Saturday,
another on Sunday 11 December, same participants.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import Fact, Finding
from .base import Option, Rule, RuleType, one_of
from .common import Context, block, make_finding, whole_place
from .setrule import Party, affiliations, named, shared


def _days_apart(a: Fact, b: Fact) -> int | None:
    if not a.time or not b.time:
        return None
    if a.time[0] <= b.time[1] and b.time[0] <= a.time[1]:
        return 0
    d = lambda s: dt.date.fromisoformat(s)  # noqa: E731
    return min(abs((d(a.time[0]) - d(b.time[1])).days), abs((d(b.time[0]) - d(a.time[1])).days))


def _sittings(f: Fact) -> set[str]:
    """The sessions a meeting fact covers ("dinner", "one-on-one"), as the extractor labelled them."""
    x = dict(f.extra)
    return {str(s) for s in (x.get("sessions") or ())} | ({str(x["session"])} if x.get("session") else set())


def _signature(f: Fact) -> tuple[frozenset[str], tuple[Party, ...]]:
    """All `_same_event` reads of a fact: a story of many copies has few distinct ones."""
    return frozenset(_sittings(f)), tuple(named(f))


def _same_event(a: Fact, b: Fact, field: str, aff: dict[str, str]) -> bool:
    sa, sb = _sittings(a), _sittings(b)
    if sa and sb and not sa & sb:
        return False  # a dinner one day, a working lunch the next: two sittings of a summit
    common = shared(a, b, aff)
    if field == "place":
        return common >= 2 or (common >= 1 and common == len(named(a)) == len(named(b)))
    return common >= 1


def _each_its_day(a: Fact, b: Fact, ctx: Context) -> bool:
    """Reports of different days each telling of a meeting on its own day: the sittings of a running
    summit as each day's report saw them ("met on Wednesday" in Wednesday's report, "on Thursday" in
    Thursday's), not one meeting given two days."""
    pa, pb = ctx.published(a)[:10], ctx.published(b)[:10]
    return bool(pa and pb and pa != pb and a.time and b.time and a.time[0] == pa and b.time[0] == pb)


def _within(a: Fact, b: Fact) -> bool:
    """Is one meeting's place in the other's country ("Bali" and "Indonesia", "Hanoi" and "Vietnam")?
    The less exact report is not a second place (the extractor marks both, see meetings._countries)."""
    xa, xb = dict(a.extra), dict(b.extra)

    def inside(whole: dict, part: dict) -> bool:  # a place no list knows ("Camp David", "Panmunjom") may be in any country
        return bool(whole.get("country") and (whole["country"] in (part.get("in") or ()) or not (part.get("in") or part.get("country"))))
    return inside(xa, xb) or inside(xb, xa)


def _also_says(doc_facts: list[Fact], other: Fact, field: str) -> bool:
    """Does this report have a fact with the other report's value (a second event)?"""
    if field == "time":
        return any(_days_apart(f, other) == 0 and whole_place(f.place) == whole_place(other.place) for f in doc_facts)
    return any(whole_place(f.place) == whole_place(other.place) and _days_apart(f, other) == 0 for f in doc_facts)


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    field, gap = rule.opt("field"), rule.opt("max_gap_days")
    aff = affiliations(facts)
    by_doc: dict[str, list[Fact]] = {}
    for f in facts:
        by_doc.setdefault(f.doc, []).append(f)
    memo: dict[tuple[object, object], bool] = {}  # _same_event per pair of signatures, not per pair of facts
    for _, group in sorted(block(rule, facts, ctx).items(), key=lambda kv: str(kv[0])):
        group = sorted(group, key=lambda f: (f.doc, f.evidence.start))
        sigs = [_signature(f) for f in group]
        vals = [f.time if field == "time" else whole_place(f.place) if f.place else None for f in group]
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if vals[i] == vals[j] or a.doc == b.doc or (a.doc, b.doc) in seen:
                    continue  # one day (one place) never differs: the cheap test first, for stories of many copies
                key = (sigs[i], sigs[j])
                same = memo.get(key)
                if same is None:
                    same = memo[key] = _same_event(a, b, field, aff)
                if not same:
                    continue
                if field == "time":
                    apart = _days_apart(a, b)
                    differs = apart is not None and 0 < apart <= gap and not _each_its_day(a, b, ctx)
                else:
                    differs = bool(a.place and b.place and whole_place(a.place) != whole_place(b.place) and _days_apart(a, b) == 0
                                   and not _within(a, b))
                if not differs or _also_says(by_doc[a.doc], b, field) or _also_says(by_doc[b.doc], a, field):
                    continue
                seen.add((a.doc, b.doc))
                va = a.time[0] if field == "time" and a.time else a.place
                vb = b.time[0] if field == "time" and b.time else b.place
                yield make_finding(rule, "conflict", [a, b], ctx, f"{ctx.outlet(a)} says {va}, {ctx.outlet(b)} says {vb}")


TYPE = RuleType(
    name="categorical", doc=__doc__ or "", check=check,
    options={"field": one_of("time", "time", "place"),
             "max_gap_days": Option(2, lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 31, "a whole number of days from 0 to 31")})
