"""numeric: figures for the same measure, place and time compared as intervals.

Two figures conflict when their intervals, widened by the rule's tolerance (and
by `approx_tolerance` for hedged figures: "about", "an estimated"), do not
overlap. Figures whose days do not overlap are an `update` (tolls rise, the
number of trapped people falls), never a conflict; so is a figure the text
presents as a revision ("rose to 60 from 26"). Vague words ("dozens") are
stretched by `vague_tolerance`. A part (western Aleppo) is
compared with its whole (Aleppo) only for "the part exceeds the whole".

Example (conflict): "25 killed, the monitoring group said" vs "SANA reported
20 killed", same place and days. Example (agree): "tens of people killed" vs 25.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator

from ..model import Fact, Finding
from .base import Rule, RuleType, boolean, number_between
from .clashes import conflicts
from .common import Context, block, make_finding, place_key, whole_place
from .intervals import as_of_clusters, comparable, label, widened


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    use_time = "time" in rule.same
    facts = [f for f in facts if comparable(f, use_time)]
    unplaced = dataclasses.replace(rule, same=tuple(s for s in rule.same if s != "place"))  # places: below, with parts
    for _, group in sorted(block(unplaced, facts, ctx).items(), key=lambda kv: str(kv[0])):
        by_place: dict[tuple, list[Fact]] = defaultdict(list)
        for f in group:  # a breakdown ("Three Americans") is compared only with the same breakdown
            by_place[(place_key(f) if "place" in rule.same else None, dict(f.extra).get("breakdown"))].append(f)
        for key in sorted(by_place, key=str):
            clusters = as_of_clusters(by_place[key], use_time)
            for cluster in clusters:
                yield from conflicts(cluster, rule, ctx)
            if len(clusters) > 1:
                values = {(f.value.low, f.value.high) for f in by_place[key] if f.value}
                if len(values) > 1 and len({f.doc for f in by_place[key]}) > 1:
                    facts_t = [f for c in clusters for f in c]
                    timeline = " -> ".join(f"{c[0].time[0] if c[0].time else '?'}: " + ", ".join(label(f, ctx) for f in c) for c in clusters)
                    yield make_finding(rule, "update", facts_t, ctx, f"figure changed over time: {timeline}", timeline=timeline)
        if "place" in rule.same and not rule.opt("compare_parts"):
            yield from _part_exceeds_whole(rule, by_place, use_time, ctx)


def _part_exceeds_whole(rule: Rule, by_place: dict[tuple, list[Fact]], use_time: bool, ctx: Context) -> Iterator[Finding]:
    """A part's figure above its whole's, on the same day and counting the same people. The part-of
    relation is the gazetteer's (a city or region in the country the report is about) or a part
    qualifier ("western Aleppo" in "Aleppo"), never string containment."""
    wholes = _wholes(by_place)
    for (key, who), parts in sorted(by_place.items(), key=lambda kv: str(kv[0])):
        for part in parts:
            flags = dict(part.extra)
            qualified = part.place and whole_place(part.place) != part.place  # "western Mosul" in "Mosul"
            if not qualified and not flags.get("within"):
                continue
            found = wholes.get((who, "area", flags.get("within")), []) if flags.get("within") else []
            if qualified:
                found = sorted(set(found) | set(wholes.get((who, "place", whole_place(part.place)), [])))
            for n, k, whole in (wholes[(who, "all")][n] for n in found):
                if k == key:
                    continue  # the same breakdown at another place only
                wflags = dict(whole.extra)
                named_whole = wflags.get("whole") and flags.get("within") == wflags.get("area")
                if not (named_whole or (qualified and whole.place == whole_place(part.place))):
                    continue
                same_day = not use_time or (part.time and whole.time and part.time[1] == whole.time[1])
                if same_day and widened(part, rule)[0] > widened(whole, rule)[1]:
                    yield make_finding(rule, "conflict", [part, whole], ctx,
                                       f"the figure for {part.place} exceeds the one for all of {whole.place}: "
                                       f"{label(part, ctx)} vs {label(whole, ctx)}", nature="part exceeds whole")


def _wholes(by_place: dict[tuple, list[Fact]]) -> dict[tuple, list]:
    """Where a part's whole may be, indexed: per breakdown, the position of each figure (in the
    order of the buckets) by its place and, for a whole area, by that area. A part was compared
    with every figure of its breakdown, so a story of many reports cost parts times figures."""
    out: dict[tuple, list] = defaultdict(list)
    for (k, w), fs in by_place.items():
        for f in fs:
            every = out[(w, "all")]
            out[(w, "place", f.place)].append(len(every))
            area = dict(f.extra).get("area")
            if dict(f.extra).get("whole") and area:
                out[(w, "area", area)].append(len(every))
            every.append((len(every), k, f))
    return out


TYPE = RuleType(
    name="numeric", doc=__doc__ or "", check=check,
    options={"tolerance": number_between(0, 1, 0.0), "approx_tolerance": number_between(0, 1, 0.1),
             "vague_tolerance": number_between(0, 10, 1.0),
             "compare_parts": boolean(False), "vague_conflicts": boolean(False)})
