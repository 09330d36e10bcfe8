"""categorical: one attribute of the same event must read the same everywhere.

Facts in one block (the rule's `same` fields) that share at least one named
participant are taken as the same event; if outlets give it different values of
`field` (the day, or the place) that is a conflict. Day windows that overlap
agree; `max_gap_days` bounds how far apart two days may be and still be read as
the same event (further apart, they are separate events, not a contradiction).

Example (conflict): one outlet has the ministers meet in Paris on Saturday,
another on Sunday 11 December, same participants.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import Fact, Finding
from .base import Option, Rule, RuleType, one_of
from .common import Context, block, make_finding


def _days_apart(a: Fact, b: Fact) -> int | None:
    if not a.time or not b.time:
        return None
    if a.time[0] <= b.time[1] and b.time[0] <= a.time[1]:
        return 0
    d = lambda s: dt.date.fromisoformat(s)  # noqa: E731
    return min(abs((d(a.time[0]) - d(b.time[1])).days), abs((d(b.time[0]) - d(a.time[1])).days))


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    field, gap = rule.opt("field"), rule.opt("max_gap_days")
    for _, group in sorted(block(rule, facts, ctx).items(), key=lambda kv: str(kv[0])):
        group = sorted(group, key=lambda f: (f.doc, f.evidence.start))
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.doc == b.doc or not (set(a.participants) & set(b.participants)):
                    continue
                if field == "time":
                    apart = _days_apart(a, b)
                    differs = apart is not None and 0 < apart <= gap
                else:
                    differs = bool(a.place and b.place and a.place != b.place and _days_apart(a, b) == 0)
                key = (a.doc, b.doc)
                if differs and key not in seen:
                    seen.add(key)
                    va = a.time[0] if field == "time" and a.time else a.place
                    vb = b.time[0] if field == "time" and b.time else b.place
                    yield make_finding(rule, "conflict", [a, b], ctx,
                                       f"{ctx.outlet(a)} says {va}, {ctx.outlet(b)} says {vb}")


TYPE = RuleType(
    name="categorical", doc=__doc__ or "", check=check,
    options={"field": one_of("time", "time", "place"),
             "max_gap_days": Option(2, lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 31, "a whole number of days from 0 to 31")})
