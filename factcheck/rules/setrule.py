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

from rapidfuzz import fuzz

from ..extract.entities import name_key
from ..model import Fact, Finding
from .base import Rule, RuleType, boolean
from .common import Context, block, make_finding
from .intervals import time_clusters

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
    """The country a party stands for or belongs to ("US Secretary of State John Kerry" -> the United States)."""
    name, typ, key = p
    if typ == "country":
        return {name_key(name), name_key(key)}
    out = {name_key(key)} if key != name else set()
    if _surname(name) in aff:
        out.add(name_key(aff[_surname(name)]))
    return out


def same(p: Party, q: Party, aff: dict[str, str]) -> bool:
    """One party? Same name; a country and a person of it; a lone name and a full name ending
    (or, in East Asian order, starting) with it; one person spelled two ways, or in either name order."""
    a, b = name_key(p[0]), name_key(q[0])
    if a == b or name_key(p[2]) == b or name_key(q[2]) == a:
        return True
    if "country" in (p[1], q[1]):
        return p[1] != q[1] and bool(keys(p, aff) & keys(q, aff))
    if "group" in (p[1], q[1]) or p[1] == "org" or q[1] == "org":
        return False
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if len(wa) == 1 or len(wb) == 1:
        one, full = (wa, wb) if len(wa) == 1 else (wb, wa)
        return one[0] == full[-1] or (len(full) >= 3 and one[0] == full[0])
    if wa[-1] == wb[-1] and wa[0][:1] == wb[0][:1]:
        return True  # "Vladimir Zelensky" = "Volodymyr Zelensky": one surname, a transliterated first name
    if len(wa) == len(wb) == 2 and wa == wb[::-1]:
        return True  # "Kishida Fumio" = "Fumio Kishida": the family name first or last
    return wa[0] == wb[0] and fuzz.ratio(wa[-1], wb[-1]) >= 85


def unmatched(a: Fact, b: Fact, aff: dict[str, str]) -> list[str]:
    """Parties a names that b's list has no match for."""
    nb = named(b)
    return [p[0] for p in named(a) if not any(same(p, q, aff) for q in nb)]


def shared(a: Fact, b: Fact, aff: dict[str, str]) -> int:
    nb = named(b)
    return sum(1 for p in named(a) if any(same(p, q, aff) for q in nb))


def _surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""


def session(f: Fact) -> str:
    return str(dict(f.extra).get("session") or "")


def meetings(group: list[Fact], use_time: bool) -> list[list[Fact]]:
    """One list per meeting: dated mentions whose days overlap; an undated mention fits every one."""
    dated = [f for f in group if f.time]
    undated = [f for f in group if not f.time]
    clusters = time_clusters(dated, use_time) if dated else []
    return [c + undated for c in clusters] or ([undated] if undated else [])


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    for _, group in sorted(block(rule, facts, ctx).items(), key=lambda kv: str(kv[0])):
        aff = affiliations(group)
        for cluster in meetings(group, "time" in rule.same):
            cluster = sorted(cluster, key=lambda f: (f.doc, f.evidence.start))
            docs = {f.doc for f in cluster}
            if len(docs) < 2:
                if rule.opt("single_source"):
                    by = _by_outlet(cluster, ctx)
                    yield make_finding(rule, "single-source", cluster, ctx,
                                       f"only {ctx.outlet(cluster[0])} reports this meeting" + _lists(cluster, ctx, by),
                                       attendees=by)
                continue
            bad = [x for s in sorted({session(f) for f in cluster}) for x in _excluding([f for f in cluster if session(f) == s], aff)]
            if bad:
                involved = sorted({f for a, b, _ in bad for f in (a, b)}, key=lambda f: (f.doc, f.evidence.start))
                why = "; ".join(f"{ctx.outlet(b)} gives the complete list {', '.join(b.participants)}, "
                                f"{ctx.outlet(a)} also names {', '.join(extra)}" for a, b, extra in bad)
                yield make_finding(rule, "conflict", involved, ctx, f"attendee lists exclude each other: {why}",
                                   attendees=_by_outlet(cluster, ctx))
                continue
            union: list[str] = []
            for f in cluster:
                union += [p for p in f.participants if p not in union]
            by = _by_outlet(cluster, ctx)
            yield make_finding(rule, "agree", cluster, ctx,
                               f"{len(docs)} reports compatible; all named: {', '.join(union) or 'no one'}{_lists(cluster, ctx, by)}",
                               union=", ".join(union), attendees=by)


def _by_outlet(cluster: list[Fact], ctx: Context) -> dict[str, list[str]]:
    """Each outlet's attendees, a session's after its name ("dinner: Mike Pompeo")."""
    out: dict[str, list[str]] = {}
    for f in cluster:
        names = out.setdefault(ctx.outlet(f), [])
        label = f"{session(f)}: " if session(f) else ""
        names += [label + p for p in f.participants if label + p not in names]
    return out


def _lists(cluster: list[Fact], ctx: Context, by: dict[str, list[str]]) -> str:
    """" (Wire names France, Turkey (partial); Local names ...)" from `_by_outlet`: partial unless one of
    its lists is complete."""
    complete = {ctx.outlet(f) for f in cluster if f.complete}
    who = "; ".join(f"{o} names {', '.join(n)}" + ("" if o in complete else " (partial)") for o, n in by.items() if n)
    return f" ({who})" if who else ""


def _excluding(cluster: list[Fact], aff: dict[str, str]) -> list[tuple[Fact, Fact, list[str]]]:
    """(a, complete b, parties of a that b leaves out) for facts of different reports about one event.
    A report that itself gives two different complete lists here describes two events: left alone.
    Lists are compared once per pair of distinct lists (a story of many copies repeats a few)."""
    lists = {id(f): tuple(named(f)) for f in cluster}
    memo: dict[tuple[tuple, tuple], list[str]] = {}

    def left_out(a: Fact, b: Fact) -> list[str]:  # unmatched(a, b, aff), remembered
        key = (lists[id(a)], lists[id(b)])
        if key not in memo:
            memo[key] = unmatched(a, b, aff)
        return memo[key]

    complete = [f for f in cluster if f.complete and len(lists[id(f)]) >= 2]
    own = {f.doc: [g for g in complete if g.doc == f.doc] for f in complete}
    classes: dict[tuple, list[int]] = {}  # the lists a report could be excluded by, with where they stand in the cluster
    for n, a in enumerate(cluster):
        if dict(a.extra).get("sessions") or dict(a.extra).get("companion_of"):
            continue  # a summit listing everyone at its sessions, or people seen alongside: not one sitting's list
        if not lists[id(a)] or a.complete and any(left_out(g, a) or left_out(a, g) for g in own.get(a.doc, [])):
            continue
        classes.setdefault(lists[id(a)], []).append(n)
    out, pairs = [], set()
    for b in complete:
        if any(left_out(g, b) or left_out(b, g) for g in own[b.doc]):
            continue
        found = []
        for names, members in classes.items():
            extra = left_out(cluster[members[0]], b)
            if extra and len(extra) < len(names):  # shares someone, and names someone b's complete list leaves out
                found += [n for n in members if cluster[n].doc != b.doc]
        for n in sorted(found):
            a = cluster[n]
            if (a.doc, b.doc) not in pairs:
                pairs.add((a.doc, b.doc))
                out.append((a, b, left_out(a, b)))
    return out


TYPE = RuleType(name="set", doc=__doc__ or "", check=check,
                options={"single_source": boolean(False)})
