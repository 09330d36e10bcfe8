"""One fact per figure statement: a figure a report restates is one fact, not two.

Reports repeat their figure: the headline's "kills 96" is the lead's "As many as 96
people were killed" and the body's "the death toll had climbed to 96"; "the toll rose
to 265" in the lead is "265 bodies have been retrieved" in the police quote. Counted
twice, the one statement would weigh double in agreement and be listed twice. The
same measure, value, unit, day, breakdown and role, from a compatible source (the
same, or one of them unnamed) and a compatible place (the same, or the report's own
area and a place within it) is the same statement: the first is kept, and takes the
source and earlier figure the other names, and the report's own area when the other
states it for that area (the scope it is compared in). Different places ("12 in Tibet and 12 in
India") or different sources giving one figure stay apart.
"""
from __future__ import annotations

import dataclasses

from ..model import Fact

NOT_PEOPLE = ("count", "duration", "other", "percent")
_KEYS = ("breakdown", "role", "subset", "earlier", "share")


def merge(made: list[Fact]) -> list[Fact]:
    """The facts of one report with restatements folded into their first statement. A headline's
    figure ("Death toll hits 4,000") is a fact only when the body does not state it: the body's
    statement carries the day and source the headline leaves out."""
    stated = {(f.measure, x) for f in made if f.value is not None and not dict(f.extra).get("headline")
              for x in (f.value.low, f.value.high) if x is not None}  # "passes 300" is the body's "topped 300"
    made = [f for f in made if not (dict(f.extra).get("headline") and f.value is not None
                                    and any((f.measure, x) in stated for x in (f.value.low, f.value.high)))]
    out: list[Fact] = []
    seen: dict[tuple, list[int]] = {}  # statement key -> indices in out
    for f in made:
        if f.value is None or f.measure in NOT_PEOPLE or f.unit != "people":
            out.append(f)
            continue
        flags = dict(f.extra)
        key = (f.measure, f.value.low, f.value.high, f.unit, f.time, *(flags.get(k) for k in _KEYS))
        for k in seen.get(key, ()):
            g = out[k]
            if _same_source(g, f) and _same_place(g, f):
                out[k] = dataclasses.replace(g, source=g.source or f.source, previous=g.previous or f.previous,
                                             extra=_scope(g, f))  # revision: the first statement's ("stood at 14" later
                # restating "14 were killed" is no revision of another outlet's figure)
                break
        else:
            seen.setdefault(key, []).append(len(out))
            out.append(f)
    return out


_SCOPE = ("area", "within", "whole")


def _scope(g: Fact, f: Fact) -> tuple:
    """g's flags, with the place scope of f when f is stated for the report's own area and g is not."""
    fg, ff = dict(g.extra), dict(f.extra)
    if "area" in fg or "area" not in ff:
        return g.extra
    return tuple((k, v) for k, v in g.extra if k not in _SCOPE) + tuple((k, v) for k, v in f.extra if k in _SCOPE)


def _same_source(a: Fact, b: Fact) -> bool:
    return a.source is None or b.source is None or a.source.lower() == b.source.lower()


def _same_place(a: Fact, b: Fact) -> bool:
    """The same place, or the report's own area and a place within it (Savar in a report about
    Bangladesh); two named places, each its own, are two statements."""
    if a.place == b.place:
        return True
    fa, fb = dict(a.extra), dict(b.extra)
    area_a, area_b = fa.get("area"), fb.get("area")
    if area_a and area_a == area_b:
        return True
    return bool((area_a and area_a == fb.get("within")) or (area_b and area_b == fa.get("within")))
