"""Figures as intervals: the primitives the numeric rule and the set rule share.

A figure stands for an interval widened by the rule's tolerances; figures are grouped by the
days they hold; only figures of the event as it stands are compared at all.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Fact
from .base import Rule
from .common import Context, fmt_value


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


NOT_COMPARED = ("increment", "background", "projection")


def comparable(f: Fact, use_time: bool) -> bool:
    """A figure of the event as it stands: not a subset ("among the dead were 3 children"), not an
    increment, background or projection, and dated when days matter (an undated figure would
    otherwise be read as holding on every day)."""
    flags = dict(f.extra)
    return not flags.get("subset") and flags.get("role") not in NOT_COMPARED and not (use_time and f.time is None)
