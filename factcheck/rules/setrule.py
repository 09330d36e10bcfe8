"""set: who took part, compared as sets of participants.

Meetings in the same story and place whose days overlap are taken as one event.
Parties are matched by name, by surname ("Kerry" = "John Kerry") and by the
country a title gives a person ("US Secretary of State John Kerry" = "the United
States"), using what any report in the story says about that person. Group
descriptions ("European and Arab diplomats") never exclude anyone.

Two complete lists that share a party but differ -> conflict. A partial list
("including France, Britain...", "alongside the ministers of...") is compatible
with any list that does not exclude it; a complete list excludes the parties a
partial list names but it does not -> conflict. Otherwise agree, and the finding
shows the union and who names whom.

Example (agree): "a meeting of countries including France, Britain, Turkey and
Saudi Arabia" and "alongside the foreign ministers of France, Germany and Qatar".
Example (conflict): "talks between Armenia and Azerbaijan" and "talks between
Armenia, Azerbaijan and Turkey" in the same place on the same day.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..extract.entities import name_key
from ..model import Fact, Finding
from .base import Rule, RuleType
from .common import Context, block, make_finding
from .numeric import time_clusters

Party = tuple[str, str, str]  # (name, type, key)


def parties(f: Fact) -> list[Party]:
    got = dict(f.extra).get("parties")
    return list(got) if got else [(p, "name", p) for p in f.participants]


def named(f: Fact) -> list[Party]:
    return [p for p in parties(f) if p[1] != "group"]


def affiliations(facts: list[Fact]) -> dict[str, str]:
    """Surname -> country, from every report: one outlet's title informs the others."""
    out: dict[str, str] = {}
    for f in facts:
        for name, typ, key in parties(f):
            if typ == "person" and key != name:
                out.setdefault(_surname(name), key)
    return out


def keys(p: Party, aff: dict[str, str]) -> set[str]:
    name, typ, key = p
    k = {name_key(name), name_key(key)}
    if typ not in ("country", "group", "org"):  # people, and names a list may have read as a place ("Kerry")
        words = name_key(name).split()
        k |= {words[-1], words[0]} if words else set()
        if _surname(name) in aff:
            k.add(name_key(aff[_surname(name)]))
    return k


def unmatched(a: Fact, b: Fact, aff: dict[str, str]) -> list[str]:
    """Parties a names that b's list has no match for."""
    kb = [keys(p, aff) for p in named(b)]
    return [p[0] for p in named(a) if not any(keys(p, aff) & k for k in kb)]


def shared(a: Fact, b: Fact, aff: dict[str, str]) -> int:
    kb = [keys(p, aff) for p in named(b)]
    return sum(1 for p in named(a) if any(keys(p, aff) & k for k in kb))


def _surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    for _, group in sorted(block(rule, facts, ctx).items(), key=lambda kv: str(kv[0])):
        aff = affiliations(group)
        for cluster in time_clusters(group, "time" in rule.same):
            cluster = sorted(cluster, key=lambda f: (f.doc, f.evidence.start))
            docs = {f.doc for f in cluster}
            if len(docs) < 2:
                continue
            bad = _excluding(cluster, aff)
            if bad:
                involved = sorted({f for a, b, _ in bad for f in (a, b)}, key=lambda f: (f.doc, f.evidence.start))
                why = "; ".join(f"{ctx.outlet(b)} gives the complete list {', '.join(b.participants)}, "
                                f"{ctx.outlet(a)} also names {', '.join(extra)}" for a, b, extra in bad)
                yield make_finding(rule, "conflict", involved, ctx, f"attendee lists exclude each other: {why}")
                continue
            union: list[str] = []
            for f in cluster:
                union += [p for p in f.participants if p not in union]
            who = "; ".join(f"{ctx.outlet(f)} names {', '.join(f.participants)}" + ("" if f.complete else " (partial)")
                            for f in cluster if f.participants)
            yield make_finding(rule, "agree", cluster, ctx,
                               f"{len(docs)} reports compatible; all named: {', '.join(union) or 'no one'} ({who or 'no names'})",
                               union=", ".join(union))


def _excluding(cluster: list[Fact], aff: dict[str, str]) -> list[tuple[Fact, Fact, list[str]]]:
    """(a, complete b, parties of a that b leaves out) for facts of different reports about one event.
    A report that itself gives two different complete lists here describes two events: left alone."""
    complete = [f for f in cluster if f.complete and len(named(f)) >= 2]
    own = {f.doc: [g for g in complete if g.doc == f.doc] for f in complete}
    out = []
    for b in complete:
        if any(unmatched(g, b, aff) or unmatched(b, g, aff) for g in own[b.doc]):
            continue
        for a in cluster:
            if a.doc == b.doc or not named(a) or not shared(a, b, aff):
                continue  # nothing in common: another meeting in the same place, not a contradiction
            if a.complete and any(unmatched(g, a, aff) or unmatched(a, g, aff) for g in own.get(a.doc, [])):
                continue
            extra = unmatched(a, b, aff)
            if extra and (a.doc, b.doc) not in {(x.doc, y.doc) for x, y, _ in out}:
                out.append((a, b, extra))
    return out


TYPE = RuleType(name="set", doc=__doc__ or "", check=check, options={})
