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
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import groupby
from typing import NamedTuple

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


class _Clash(NamedTuple):
    """What a cluster's findings need from its incompatible pairs of distinct figures (keys)."""

    involved: tuple[int, ...]  # keys with at least one incompatible key, ascending
    explained: bool  # every incompatible pair is explained by the text (_explained)
    relayed: bool  # every fact of every incompatible pair names one and the same source
    backing: dict[int, set[str]]  # involved key -> the documents of the keys compatible with it


def _sources(groups: list[list[Fact]]) -> list[str | None]:
    """Per key: the one source all its facts name, else None (none, or several)."""
    out: list[str | None] = []
    for g in groups:
        names = {f.source for f in g}
        out.append(g[0].source if len(names) == 1 and g[0].source else None)
    return out


def _clash_pairwise(groups: list[list[Fact]], rule: Rule) -> _Clash:
    """Every pair of keys: quadratic, kept for intervals a sweep cannot order (a bound that is NaN
    or a low above its high), for days one inside another's (_fits), and as the reference the
    sweep is tested against."""
    n = len(groups)
    ok = {(i, j): _fits(groups[i][0], groups[j][0], rule) for i in range(n) for j in range(n)}
    bad = [(i, j) for i in range(n) for j in range(i + 1, n) if not ok[i, j]]
    src = _sources(groups)
    involved = tuple(sorted({i for p in bad for i in p}))
    return _Clash(involved, all(_explained(groups[i][0], groups[j][0]) for i, j in bad),
                  all(src[i] is not None and src[i] == src[j] for i, j in bad),
                  {i: {f.doc for j in range(n) if ok[i, j] for f in groups[j]} for i in involved})


class _Bounds:
    """Keys' widened intervals sorted by each end, to count the keys wholly below or above one."""

    def __init__(self, spans: list[tuple[float, float]]) -> None:
        self.highs = sorted(h for _, h in spans)
        self.lows = sorted(lo for lo, _ in spans)

    def apart(self, lo: float, hi: float) -> int:
        """How many intervals do not overlap [lo, hi]."""
        return bisect_left(self.highs, lo) + len(self.lows) - bisect_right(self.lows, hi)


def _clash(groups: list[list[Fact]], rule: Rule) -> _Clash:
    """_clash_pairwise's answer from intervals sorted by their bounds: a key clashes with the keys
    wholly below or above it, counted by bisection, so 8,000 distinct figures in one group no
    longer make 64 million pairs (issue 19: 39 s and 1 GB)."""
    n = len(groups)
    loose = not rule.opt("vague_conflicts")
    reps = [g[0] for g in groups]
    free = [loose and bool(f.value and f.value.vague) for f in reps]  # compatible with every figure
    span = [widened(f, rule) for f in reps]
    strict = [i for i in range(n) if not free[i]]
    if any(not span[i][0] <= span[i][1] for i in strict) or _nested([f.time for f in reps]):
        return _clash_pairwise(groups, rule)
    every = _Bounds([span[i] for i in strict])
    involved = tuple(i for i in strict if every.apart(*span[i]))
    if not involved:
        return _Clash((), True, True, {})
    src = _sources(groups)
    relayed = all(src[i] is not None for i in involved)
    if relayed:
        by_source: dict[str | None, list[int]] = defaultdict(list)
        for i in strict:
            by_source[src[i]].append(i)
        same = {s: _Bounds([span[i] for i in ks]) for s, ks in by_source.items()}
        relayed = all(same[src[i]].apart(*span[i]) == every.apart(*span[i]) for i in involved)
    return _Clash(involved, not _unexplained(groups, strict, span), relayed, _backing(groups, strict, free, span, involved))


def _nested(times: list[tuple[str, str] | None]) -> bool:
    """Do the days of one figure lie inside another's (within())? Then _fits, not plain overlap,
    decides. By start: a window is inside one that starts earlier and ends no earlier."""
    reach = None  # the latest end of the windows that start before the current start
    for _, same in groupby(sorted({t for t in times if t}), key=lambda t: t[0]):
        ends = [t[1] for t in same]
        if reach is not None and min(ends) <= reach:
            return True
        reach = max(ends) if reach is None else max(reach, *ends)
    return False


def _apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def _unexplained(groups: list[list[Fact]], strict: list[int], span: list[tuple[float, float]]) -> bool:
    """Is some incompatible pair not explained (_explained)? Only keys of the same revision flag,
    neither outdated, can be; of those, the pairs one of which revises the other are set aside."""
    series: dict[bool, list[int]] = defaultdict(list)
    for i in strict:
        f = groups[i][0]
        if not dict(f.extra).get("earlier"):
            series[f.revision].append(i)
    for ks in series.values():
        bounds = _Bounds([span[i] for i in ks])
        by_value: dict[tuple, list[int]] = defaultdict(list)
        by_previous: dict[tuple, list[int]] = defaultdict(list)
        for i in ks:
            f = groups[i][0]
            if f.value is not None:
                by_value[(f.value.low, f.value.high)].append(i)
            if f.previous is not None:
                by_previous[(f.previous.low, f.previous.high)].append(i)
        for i in ks:
            total = bounds.apart(*span[i])
            if not total:
                continue
            f = groups[i][0]
            revises = set(by_value.get((f.previous.low, f.previous.high), ()) if f.previous is not None else ())
            if f.value is not None:
                revises.update(by_previous.get((f.value.low, f.value.high), ()))
            if total > sum(1 for j in revises if _apart(span[i], span[j])):
                return True
    return False


def _backing(groups: list[list[Fact]], strict: list[int], free: list[bool], span: list[tuple[float, float]],
             involved: tuple[int, ...]) -> dict[int, set[str]]:
    """Per involved key, the documents with a figure compatible with it: any document with a vague
    figure (never incompatible), and those with a figure whose interval overlaps it."""
    anywhere = {f.doc for i, g in enumerate(groups) if free[i] for f in g}
    per_doc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for i in strict:
        for d in {f.doc for f in groups[i]}:
            per_doc[d].append(span[i])
    index: list[tuple[str, list[float], list[float]]] = []  # doc, lows ascending, running max of highs
    for d, spans in per_doc.items():
        spans.sort()
        reach, top = [], float("-inf")
        for _, h in spans:
            top = max(top, h)
            reach.append(top)
        index.append((d, [lo for lo, _ in spans], reach))
    out = {}
    for i in involved:
        lo, hi = span[i]
        docs = set(anywhere)
        for d, lows, reach in index:
            k = bisect_right(lows, hi)
            if k and reach[k - 1] >= lo:
                docs.add(d)
        out[i] = docs
    return out


def _conflicts(cluster: list[Fact], rule: Rule, ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in cluster:
        groups[_signature(f)].append(f)
    keys = list(groups)  # compare distinct figures, not every pair of facts: linear in repeated figures
    clash = _clash([groups[k] for k in keys], rule)
    docs = {f.doc for f in cluster}
    if not clash.involved:
        if len(docs) > 1:
            yield make_finding(rule, "agree", cluster, ctx, f"{len(docs)} reports agree: " + ", ".join(label(f, ctx) for f in cluster))
        return
    clashing = {f for i in clash.involved for f in groups[keys[i]]}
    if clash.explained:
        facts = sorted(clashing, key=lambda f: (ctx.published(f), f.evidence.start))
        yield make_finding(rule, "update", facts, ctx, "revised: " + " -> ".join(label(f, ctx) for f in facts))
        return
    involved = sorted(clashing, key=lambda f: (ctx.published(f), f.doc, f.evidence.start))
    index = {id(f): i for i, k in enumerate(keys) for f in groups[k]}
    support = {f.id: len(clash.backing[index[id(f)]] - {f.doc}) + 1 for f in involved}
    if len({f.doc for f in involved}) == 1:
        nature = "sources disagree within one report"
    elif clash.relayed:
        nature = f"outlets relay {groups[keys[clash.involved[0]]][0].source} with different figures"
    else:
        nature = "outlets disagree"
    best = max(enumerate(involved), key=lambda p: (support[p[1].id], -p[0]))[1]
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
