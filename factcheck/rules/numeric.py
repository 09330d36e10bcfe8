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
from .common import Context, block, fmt_value, make_finding, place_key, whole_place


def widened(f: Fact, rule: Rule) -> tuple[float, float]:
    """The interval a figure can honestly stand for: its own, plus the rule's tolerances.

    Vague words are used loosely ("dozens" for 150 is common), so their interval is
    stretched by `vague_tolerance` on both sides: low / (1 + t), high * (1 + t)."""
    low, high = f.value.bounds() if f.value else (0.0, float("inf"))
    if f.extra and dict(f.extra).get("share") == "held":  # "IS still holds 10.5 percent": 89.5 percent retaken
        low, high = max(0.0, 100 - high), 100 - low
    tol = rule.opt("tolerance")
    if f.value and f.value.vague:
        vt = rule.opt("vague_tolerance")
        low, high = low / (1 + vt), high * (1 + vt)
    elif f.value and f.value.approx:
        tol += rule.opt("approx_tolerance")
    return low * (1 - tol), high * (1 + tol)


def compatible(a: Fact, b: Fact, rule: Rule) -> bool:
    """Intervals that overlap once widened. Vague words ("hundreds of injured filled hospitals",
    "scores of bodies") describe a scene more often than they state a total: unless the rule
    sets `vague_conflicts`, they can agree with a figure but never contradict one."""
    if not rule.opt("vague_conflicts") and ((a.value and a.value.vague) or (b.value and b.value.vague)):
        return True
    (al, ah), (bl, bh) = widened(a, rule), widened(b, rule)
    return al <= bh and bl <= ah


def within(a: Fact, b: Fact) -> bool:
    """a's days lie strictly inside b's, ending the same day or before: "32 pulled out alive on
    Saturday" within "2,429 rescued since Wednesday" as of Saturday. The count of part of a
    period can be lower than the whole period's, never higher."""
    return bool(a.time and b.time and a.time[0] > b.time[0] and a.time[1] <= b.time[1])


def time_clusters(facts: list[Fact], use_time: bool) -> list[list[Fact]]:
    """Facts whose day windows overlap (transitively) form one cluster, in time order."""
    if not use_time:
        return [facts]
    ordered = sorted(facts, key=lambda f: (f.time or ("", ""), f.id))
    clusters: list[list[Fact]] = []
    end = ""
    for f in ordered:
        start, stop = f.time or ("", "")
        if clusters and start <= end:
            clusters[-1].append(f)
            end = max(end, stop)
        else:
            clusters.append([f])
            end = stop
    return clusters


def as_of_clusters(facts: list[Fact], use_time: bool) -> list[list[Fact]]:
    """Figures grouped by the day they are current as of (the end of their window), in time order.

    A running toll "since Thursday" as of Saturday and a toll "on Thursday" are two
    moments of a count, so an update, not a contradiction, even though the windows
    overlap; figures as of the same day must agree."""
    if not use_time:
        return [facts]
    groups: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        groups[f.time[1] if f.time else ""].append(f)
    return [sorted(groups[k], key=lambda f: f.id) for k in sorted(groups)]


def label(f: Fact, ctx: Context) -> str:
    who = f.source or "no source named"
    return f"{fmt_value(f)} ({who}; {ctx.outlet(f)})"


def _explained(a: Fact, b: Fact) -> bool:
    """Two figures that differ but the text says why: one is outdated ("had stood at"), one
    revises the other ("rose to 60 from 26"), or only one of them is a revision."""
    flags = dict(a.extra), dict(b.extra)
    if flags[0].get("earlier") or flags[1].get("earlier"):
        return True
    for x, y in ((a, b), (b, a)):
        if x.previous is not None and y.value is not None and (x.previous.low, x.previous.high) == (y.value.low, y.value.high):
            return True
    return a.revision != b.revision


def _signature(f: Fact) -> tuple:
    """What compatibility and revision depend on: facts that share it behave alike."""
    v, p = f.value, f.previous
    return ((v.low, v.high, v.approx, v.vague) if v else None, f.revision, (p.low, p.high) if p else None,
            bool(dict(f.extra).get("earlier")), f.time)


def _fits(a: Fact, b: Fact, rule: Rule) -> bool:
    """Compatible, where a figure of part of the other's period only has to stay below it."""
    for part, whole in ((a, b), (b, a)):
        if within(part, whole):
            return widened(part, rule)[0] <= widened(whole, rule)[1]
    return compatible(a, b, rule)


def _conflicts(cluster: list[Fact], rule: Rule, ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in cluster:
        groups[_signature(f)].append(f)
    keys = list(groups)  # compare distinct figures, not every pair of facts: linear in repeated figures
    ok = {(i, j): _fits(groups[a][0], groups[b][0], rule) for i, a in enumerate(keys) for j, b in enumerate(keys)}
    bad = [(x, y) for i, a in enumerate(keys) for j, b in enumerate(keys) if i < j and not ok[i, j]
           for x in groups[a] for y in groups[b]]
    docs = {f.doc for f in cluster}
    if not bad:
        if len(docs) > 1:
            yield make_finding(rule, "agree", cluster, ctx, f"{len(docs)} reports agree: " + ", ".join(label(f, ctx) for f in cluster))
        return
    revised = [p for p in bad if _explained(*p)]
    if revised and len(revised) == len(bad):
        facts = sorted({f for p in bad for f in p}, key=lambda f: (ctx.published(f), f.evidence.start))
        yield make_finding(rule, "update", facts, ctx, "revised: " + " -> ".join(label(f, ctx) for f in facts))
        return
    involved = sorted({f for p in bad for f in p}, key=lambda f: (ctx.published(f), f.doc, f.evidence.start))
    index = {id(f): i for i, k in enumerate(keys) for f in groups[k]}
    backing = {i: {f.doc for j, k in enumerate(keys) if ok[i, j] for f in groups[k]} for i in range(len(keys))}
    support = {f.id: len(backing[index[id(f)]] - {f.doc}) + 1 for f in involved}
    if len({f.doc for f in involved}) == 1:
        nature = "sources disagree within one report"
    elif all(a.source and a.source == b.source for a, b in bad):
        nature = f"outlets relay {bad[0][0].source} with different figures"
    else:
        nature = "outlets disagree"
    best = max(involved, key=lambda f: (support[f.id], -involved.index(f)))
    values = " vs ".join(label(f, ctx) for f in involved)
    soft = any(f.value and f.value.vague for f in involved)
    yield make_finding(rule, "conflict", involved, ctx, f"{nature}: {values}", values=values, nature=nature,
                       consensus=fmt_value(best) if support[best.id] > 1 else None, soft=soft)


NOT_COMPARED = ("increment", "background", "projection")


def comparable(f: Fact, use_time: bool) -> bool:
    """A figure of the event as it stands: not a subset ("among the dead were 3 children"), not an
    increment, background or projection, and dated when days matter (an undated figure would
    otherwise be read as holding on every day)."""
    flags = dict(f.extra)
    return not flags.get("subset") and flags.get("role") not in NOT_COMPARED and not (use_time and f.time is None)


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
                yield from _conflicts(cluster, rule, ctx)
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
    for (key, who), parts in sorted(by_place.items(), key=lambda kv: str(kv[0])):
        others: list[Fact] | None = None  # the same breakdown at another place: read off the bucket keys
        for part in parts:
            flags = dict(part.extra)
            qualified = part.place and whole_place(part.place) != part.place  # "western Mosul" in "Mosul"
            if not qualified and not flags.get("within"):
                continue
            if others is None:
                others = [f for (k, w), fs in by_place.items() if w == who and k != key for f in fs]
            for whole in others:
                wflags = dict(whole.extra)
                named_whole = wflags.get("whole") and flags.get("within") == wflags.get("area")
                if not (named_whole or (qualified and whole.place == whole_place(part.place))):
                    continue
                same_day = not use_time or (part.time and whole.time and part.time[1] == whole.time[1])
                if same_day and widened(part, rule)[0] > widened(whole, rule)[1]:
                    yield make_finding(rule, "conflict", [part, whole], ctx,
                                       f"the figure for {part.place} exceeds the one for all of {whole.place}: "
                                       f"{label(part, ctx)} vs {label(whole, ctx)}", nature="part exceeds whole")


TYPE = RuleType(
    name="numeric", doc=__doc__ or "", check=check,
    options={"tolerance": number_between(0, 1, 0.0), "approx_tolerance": number_between(0, 1, 0.1),
             "vague_tolerance": number_between(0, 10, 1.0),
             "compare_parts": boolean(False), "vague_conflicts": boolean(False)})
