"""set: who took part, compared as sets of participants.

Meetings in the same story and place whose days overlap are taken as one event.
Two complete lists that differ -> conflict. A partial list ("including France,
Britain...", "alongside the ministers of...") is compatible with any list that
does not exclude it: agree, and the finding shows the union and who names whom.

Example (agree): "a meeting of countries including France, Britain, Turkey and
Saudi Arabia" and "alongside the foreign ministers of France, Germany and Qatar".
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Finding
from .base import Rule, RuleType
from .common import Context, block
from .common import make_finding
from .numeric import time_clusters


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    for _, group in sorted(block(rule, facts, ctx).items(), key=lambda kv: str(kv[0])):
        for cluster in time_clusters(group, "time" in rule.same):
            docs = {f.doc for f in cluster}
            if len(docs) < 2:
                continue
            complete = [f for f in cluster if f.complete]
            sets = {f.id: set(f.participants) for f in complete}
            bad = [(a, b) for i, a in enumerate(complete) for b in complete[i + 1:] if a.doc != b.doc and sets[a.id] != sets[b.id]]
            if bad:
                involved = sorted({f for p in bad for f in p}, key=lambda f: (f.doc, f.evidence.start))
                lists = "; ".join(f"{ctx.outlet(f)}: {', '.join(f.participants)}" for f in involved)
                yield make_finding(rule, "conflict", involved, ctx, f"complete attendee lists differ: {lists}")
                continue
            union: list[str] = []
            for f in sorted(cluster, key=lambda f: (f.doc, f.evidence.start)):
                union += [p for p in f.participants if p not in union]
            who = "; ".join(f"{ctx.outlet(f)} names {', '.join(f.participants) or 'no one'}" for f in
                            sorted(cluster, key=lambda f: (f.doc, f.evidence.start)))
            yield make_finding(rule, "agree", sorted(cluster, key=lambda f: (f.doc, f.evidence.start)), ctx,
                               f"{len(docs)} reports compatible; all named: {', '.join(union)} ({who})", union=", ".join(union))


TYPE = RuleType(name="set", doc=__doc__ or "", check=check, options={})
