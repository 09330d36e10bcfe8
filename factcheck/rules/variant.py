"""variant: one entity spelled differently by different outlets (level info).

Names are grouped by the gazetteer's canonical form, and names no list knows by a
spelling-insensitive key (no diacritics, no "al-" particles) and a fuzzy match of
first names (Sergey/Sergei); surnames must match. The finding lists which outlet
uses which spelling, so an editor can pick one house style.

Example: "Bashar al-Assad" (one outlet), "Bashar al Assad" (another), "Bashar Assad".
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from ..extract.entities import name_key
from ..model import Fact, Finding
from .base import Rule, RuleType, number_between
from .common import Context, make_finding


def _same_person(a: str, b: str, threshold: float) -> bool:
    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb or ka[-1] != kb[-1]:
        return False
    return len(ka) == 1 or len(kb) == 1 or fuzz.ratio(ka[0], kb[0]) >= threshold * 100


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    threshold = rule.opt("similarity")
    by_story: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.entity and f.text:
            by_story[ctx.story(f)].append(f)
    for story in sorted(by_story):
        clusters: list[list[Fact]] = []
        for f in sorted(by_story[story], key=lambda f: (f.entity or "", f.doc, f.evidence.start)):
            for c in clusters:
                if c[0].entity == f.entity or _same_person(c[0].entity or "", f.entity or "", threshold):
                    c.append(f)
                    break
            else:
                clusters.append([f])
        for c in clusters:
            spellings: dict[str, set[str]] = defaultdict(set)
            for f in c:
                spellings[f.text or ""].add(ctx.outlet(f))
            if len(spellings) > 1 and len({f.doc for f in c}) > 1:
                who = "; ".join(f"{s!r}: {', '.join(sorted(o))}" for s, o in sorted(spellings.items()))
                yield make_finding(rule, "variant", c, ctx, f"{c[0].entity} spelled {len(spellings)} ways: {who}")


TYPE = RuleType(name="variant", doc=__doc__ or "", check=check, options={"similarity": number_between(0, 1, 0.8)})
