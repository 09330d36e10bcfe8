"""The conflicts of one cluster of figures (same measure, place and day) for the numeric rule.

Distinct figures are compared, not every pair of facts: a cluster's incompatible pairs decide
whether it is an agreement, an update the text explains ("rose to 60 from 26", "had stood at")
or a conflict, and which figure most reports back.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from itertools import groupby
from typing import NamedTuple

from ..model import Fact, Finding
from .base import Rule
from .common import Context, fmt_value, make_finding
from .intervals import compatible, label, widened, within


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


def conflicts(cluster: list[Fact], rule: Rule, ctx: Context) -> Iterator[Finding]:
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
