"""Meetings and talks: where, when, who, and whether the list of who is complete.

A meeting word (meeting, met, talks, summit...) outside quotation marks with a
venue ("in Paris", "the Paris meeting") makes a meeting fact. Participants come
only from the slots grammar gives them, never from anything nearby:
"a meeting of X", "talks between X and Y", "X and Y met (with Z)", "X, meeting
... with Y", "X held talks with Y", "U.S. and Russian talks". A list is complete
only when it is a bare list of named parties in an exhaustive slot; "including",
"among them", "other", group descriptions and "with"-only lists are partial.
A sentence of co-presence ("Speaking alongside the foreign ministers of ...,
Kerry said") adds partial participants to the meeting the report is about then:
the one it places there, else the latest meeting that is not a later/upcoming one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact, stable_id
from ..scan import Anchored
from ..text import Sentence, evidence
from . import attendees, durations, foreign, phrases, rosters, sessions, triggers, venues, whenwhere
from .context import DocContext
from .entities import CALENDAR, name_key


_TRIGGER_FAST = triggers.TRIGGER_FAST  # the name tests/test_scan.py checks the anchored scan by
INCLUDING = re.compile(r"\b(?:including|among them|such as|among others)\b", re.I)
LOCATIVE = re.compile(r"\b(?:in|at|near|from|of|outside|inside|across|to)\s+(?:the\s+)?$", re.I)
EARLIER_EVENT = re.compile(r"\s+(?:at|during|on the sidelines of)\s+(?:last year['’]s|their|the|this year['’]s|an?)\s+"
                           r"(?:\w+\s+)?(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+(?:summit|meeting|talks|conference)\b")
SLOT = re.compile(r"\b(?:of|between|with|among|involving|including|attended by|brought together|bringing together|grouping)\s+")
PARTIAL_SLOT = re.compile(r",\s*(?:including|among them|among others|among whom)\s+")
LIGHT = re.compile(r"\b(?:held|hold|holds|holding|hosted|host|hosts|hosting|attended|attend|attends|attending|chaired|"
                   r"had|have|having|convened|joined|join|opened|began|begin|started|resumed)\s+(?:[\w-]+\s+){0,3}$")
AUX = re.compile(r"(?:\s|,|\b(?:also|have|has|had|will|would|to|are|is|were|was|be|been|due|set|expected|scheduled|"
                 r"plan|planned|later|earlier|then|again|first|finally|privately|secretly|reportedly|already|"
                 r"on|last|this|next|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)*$")
PROSPECTIVE = re.compile(r"\b(?:will|would|to be held|due to|planned|upcoming|next|ahead of|scheduled|expected to|set to|"
                         r"later (?:this|next|today|tonight|in the|on|that day))\b", re.I)  # not "later told reporters"
COPRESENCE = re.compile(r"\b(?:(?:speaking|standing|appearing|sitting|seated|talking)\b[^.;“”\"]{0,60}?\b(?:alongside|together with|next to|beside)|"
                        r"flanked by|joined by|(?:news|press) conference (?:with|alongside))\s+", re.I)
GAP_OK = re.compile(r"^(?:[\s,]|\b(?:in|at|on|the|later|earlier|today|tonight|this|last|next|week|weekend|morning|afternoon|"
                    r"evening|night|also|again|privately|here|there|\d+)\b|\b[A-Z][\w.'’-]*)*$")


def extract(ctx: DocContext) -> Iterator[Fact]:
    made: list[Fact] = []
    res: attendees.Resolver | None = None
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^“”\"]*[”\"]", ctx.doc.text[:])]
    for sent in ctx.sents:
        if not sent.prose:
            continue
        words = [m for m in triggers.TRIGGER_FAST.finditer(ctx.doc.text, sent.start, sent.end)
                    if not any(a <= m.start() < b for a, b in quoted) and triggers.is_meeting(ctx.doc.text, m)]
        new: list[Fact] = []
        for i, m in enumerate(words):
            res = res or attendees.Resolver(ctx)
            lo = words[i - 1].end() if i else sent.start
            hi = words[i + 1].start() if i + 1 < len(words) else sent.end
            fact = _meeting(ctx, res, sent, m, lo, hi, bool(made or new))
            if fact:
                new.append(fact)
        if not new:  # a report in another language
            other = foreign.TRIGGER_FAST.search(ctx.doc.text, sent.start, sent.end)
            city = foreign.place(ctx.doc.text, sent.start, sent.end) if other else None
            if other and not city and not made:  # "nella sala Murat dell'Eliseo": the first meeting told, by its venue
                city = foreign.venue_city(sent.text)
            if other and (city or made):  # with no city, the meeting the report is about (sessions.py)
                res = res or attendees.Resolver(ctx)
                new.append(_foreign(ctx, res, sent, other, city))
        if not new and made:
            res = res or attendees.Resolver(ctx)
            extra = _companion(ctx, res, sent, made)
            if extra:
                new.append(extra)
        made += new
    yield from sessions.consolidate(made, (lambda items: rosters.tidy(res, items)) if res else None)



def _verb(text: str, m: re.Match[str]) -> bool:
    """"met", "convened"; "meeting" only after a comma or an auxiliary ("X, meeting in Paris")."""
    if m.group().lower() != "meeting":
        return not m.group("noun")
    return bool(re.search(r"(?:,|\b(?:is|are|was|were|be|been))\s*$", text[max(0, m.start() - 12):m.start()]))


def _premodifiers(ctx: DocContext, m: re.Match[str], lo: int) -> phrases.Phrase | None:
    """Names and country adjectives right before a noun trigger, split on hyphens: "US-Russia talks"."""
    text = ctx.doc.text
    pre = re.search(r"((?:(?:[A-Z][\w.'’]*|and|,|[-–/])\s*)+)(?:(?!(?:an?|the|this|that|their|its|his|her|to|of|for|with|at|in|on)\s)[a-z][\w-]*\s+){0,2}$",
                    text[max(lo, m.start() - 80):m.start()])
    if not pre or not re.search(r"[A-Z]", pre.group(1)):
        return None
    s = m.start() - len(pre.group(0))
    return phrases.Phrase(s, s + len(pre.group(1).rstrip()), False, hyphens=True)


def _meeting(ctx: DocContext, res: attendees.Resolver, sent: Sentence, m: re.Match[str], lo: int, hi: int,
             told: bool = False) -> Fact | None:
    """One mention; with no place it needs people, a session, or a meeting told before ("talks that lasted three hours")."""
    text = ctx.doc.text
    venue, city = whenwhere.venue(ctx, m, lo, hi), None
    hall = min(venues.find(text, lo, hi), key=lambda v: abs(v.start - m.end()), default=None)
    if hall is not None:
        after = next((p for p in ctx.places_in(hall.end, min(hi, hall.end + 50)) if p.kind != "other"
                      and re.fullmatch(r"[\s,]*(?:(?:in|near|outside|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?"
                                       r"(?:in|near|outside|in the city of)?\s*", text[hall.end:p.start])), None)
        inside = [p for p in ctx.places_in(hall.start, hall.end) if p.kind != "other"]  # "Sofitel ... Hanoi hotel"
        named_in = {p.name for p in ctx.places_in(hall.start, hall.end)}  # "Villa Madama" read as a place: the venue itself
        city = after.name if after else (venue if venue and venue not in named_in else None)
        city = city or (inside[-1].name if inside else None) or foreign.venue_city(hall.name) or whenwhere.main_city(ctx)
        venue = city or hall.name
    if venue is None and ctx.ents.lex is not None:  # "in the Italian capital"
        venue = venues.capital(text, lo, hi, ctx.ents.lex.countries)
    earlier = EARLIER_EVENT.match(text, m.end(), sent.end)
    if earlier and not hall:  # "their working lunch at last year's Singapore summit": that summit's place
        venue = next((p.name for p in ctx.places_in(earlier.start("place"), earlier.end("place"))), venue)
    parties, exhaustive = _slots(ctx, m, lo, hi, venue or "")
    verb = _verb(text, m)
    light = None if verb else LIGHT.search(text, lo, m.start())
    subj_end = m.start() if verb else (light.start() if light else None)
    people, loose = attendees.clause_people(res, m.start(), m.end(), lo, hi, subj_end, True, sent.start)
    known = {name_key(i[1]) for i in parties.items}
    spans = [(v.start, v.end) for v in venues.near(text, lo, hi)]
    parties.items = [i for i in parties.items if not any(a <= i[0] < b for a, b in spans)  # "Chatham House"
                     and not re.search(r"\bcounterparts?$", i[1]) and i[1].lower() not in durations.WORDS
                     and not (i[2] == "name" and i[1] in attendees.NOT_PERSON)
                     and not (i[2] == "place" and LOCATIVE.search(text, max(0, i[0] - 16), i[0]))  # never a place
                     and i[1] not in (venue, city, whenwhere.venue(ctx, m, lo, hi))
                     and not re.match(r"[-\s]+format\b", text[i[0] + len(i[1]):i[0] + len(i[1]) + 9])]  # "Normandy-format"  # "the Vietnam summit": the place, not a party
    for off, name, key in people:
        if name_key(name) not in known:  # tidy() keeps the fuller of two spellings
            parties.items.append((off, name, "person", key))
    named_people = sum(1 for i in parties.items if i[2] in ("name", "person"))
    parties.items = rosters.tidy(res, parties.items)
    parties.groups = [g for g in parties.groups if not re.search(r"\bcounterparts?$", g[1])
                      and not (named_people >= 2 and rosters.ROLE_HEAD.search(g[1]))]
    session = sessions.session_of(text, m.start(), m.end())
    if venue is None and not (parties.items and (session or people)) and not (told and m.group("noun") and not session):
        return None
    named = [p for p in parties.items]
    partial = parties.partial or bool(verb and INCLUDING.search(text, lo, m.start()))  # "Leaders of 18 countries, including A and B, met"
    complete = exhaustive and not partial and not loose and not parties.groups and len(named) >= 2
    prospective = bool(PROSPECTIVE.search(text, max(lo, m.start() - 40), m.start()))
    report_day = ctx.published.isoformat() if ctx.published and not prospective else None
    more: list[tuple[str, object]] = [(k, v) for k, v in (("venue", hall.name if hall else None), ("session", session),
                                                          ("report_day", report_day),
                                                          ("duration", durations.duration(text, sent.start, sent.end, m.start())),
                                                          ("head_count", durations.head_count(text, lo, hi))) if v]
    return _fact(ctx, sent, m.start(), m.end(), venue, whenwhere.time(ctx, sent, m, lo, hi, prospective), parties, complete,
                 prospective, more=more)






def _slots(ctx: DocContext, m: re.Match[str], lo: int, hi: int, venue: str) -> tuple[phrases.Phrase, bool]:
    """Who the grammar names as taking part, and whether the slot is an exhaustive one."""
    text = ctx.doc.text
    cal, adj = CALENDAR, _adjectival(ctx)
    found: list[phrases.Phrase] = []
    exhaustive = False
    slot = SLOT.search(text, m.end(), hi)
    if slot and GAP_OK.match(text[m.end():slot.start()]):
        ph = phrases.forward(text, slot.end(), hi, cal, adj)
        if ph:
            word = slot.group().split()[0]
            exhaustive = word in ("of", "between") and not _verb(text, m)
            ph.partial |= word in ("including", "among")
            found.append(ph)
    elif PARTIAL_SLOT.search(text, m.end(), hi):  # "a meeting at the library, among them ..."
        ph = phrases.forward(text, PARTIAL_SLOT.search(text, m.end(), hi).end(), hi, cal, adj)
        if ph:
            ph.partial = True
            found.append(ph)
    elif _verb(text, m) and m.group().lower() != "meeting":  # "Kerry met Lavrov"
        ph = phrases.forward(text, m.end(), hi, cal, adj)
        if ph and ph.start - m.end() <= 1:
            found.append(ph)
    if _verb(text, m):
        aux = AUX.search(text, lo, m.start())
        subj = phrases.backward(text, lo, aux.start() if aux else m.start(), cal, adj)
        if subj:  # "X and Y met (with Z)": the subject names the parties
            found.append(subj)
            exhaustive = True
    else:
        light = LIGHT.search(text, lo, m.start())
        if light:  # "X held talks with Y", "X hosted a meeting of Y"
            aux = AUX.search(text, lo, light.start())
            subj = phrases.backward(text, lo, aux.start() if aux else light.start(), cal, adj)
            if subj:
                found.append(subj)
                exhaustive = exhaustive or not slot or slot.group().startswith("with")
        else:  # "U.S. and Russian talks", "the Kerry-Lavrov meeting"
            pre = _premodifiers(ctx, m, lo)
            if pre:
                found.append(pre)
                exhaustive = True
    merged = phrases.Phrase(min((p.start for p in found), default=m.start()), max((p.end for p in found), default=m.end()),
                            any(p.partial for p in found))
    for ph in found:
        _fill(ctx, ph, exclude=venue)
        merged.items += [i for i in ph.items if i[1] not in {x[1] for x in merged.items}]
        merged.groups += ph.groups
    return merged, exhaustive and bool(found)


def _companion(ctx: DocContext, res: attendees.Resolver, sent: Sentence, made: list[Fact]) -> Fact | None:
    text = ctx.doc.text
    co = COPRESENCE.search(text, sent.start, sent.end)
    if not co:
        return None
    ph = phrases.forward(text, co.end(), sent.end, CALENDAR, _adjectival(ctx)) or phrases.Phrase(co.end(), co.end())
    _fill(ctx, ph, exclude=None)
    names = {i[1] for i in ph.items}
    ph.items += [(o, n, "person", k) for o, n, k in res.people(sent.start, sent.end) if n not in names]
    ph.items = rosters.tidy(res, ph.items)
    if not ph.items:
        return None
    speaker = next((e for e in ctx.ents.within(ph.end, sent.end) if e.type == "person"), None)
    if speaker and speaker.canonical not in {i[1] for i in ph.items}:
        ph.items.append((speaker.start, speaker.canonical, "person", ctx.ents.affiliation.get(speaker.canonical) or speaker.canonical))
    places = {p.name for p in ctx.places_in(sent.start, sent.end)} | {p.canonical for p in ctx.places_in(sent.start, sent.end)}
    names = {i[1] for i in ph.items}
    target = (next((f for f in reversed(made) if f.place in places), None)
              or next((f for f in reversed(made) if names & set(f.participants)), None)
              or next((f for f in reversed(made) if not dict(f.extra).get("prospective")), None) or made[-1])
    ph.partial = True
    ph.items = rosters.tidy(res, ph.items)
    day = [("report_day", ctx.published.isoformat())] if ctx.published else []
    return _fact(ctx, sent, co.start(), co.end(), target.place, target.time, ph, False, False, related=target.id, more=day)


def _foreign(ctx: DocContext, res: attendees.Resolver, sent: Sentence, m: re.Match[str], city: str | None) -> Fact:
    """A meeting word of another language: its city, every person of the sentence (partial), its day if English-dated."""
    ph = phrases.Phrase(sent.start, sent.end, True)
    ph.items = rosters.tidy(res, [(o, n, "person", k) for o, n, k in res.people(sent.start, sent.end)])
    day = [("report_day", ctx.published.isoformat())] if ctx.published else []
    return _fact(ctx, sent, m.start(), m.end(), city, whenwhere.time(ctx, sent, m, sent.start, sent.end, False), ph,
                 False, False, more=day)


def _adjectival(ctx: DocContext) -> set[str]:
    lex = ctx.ents.lex
    if lex is None:
        return set()
    return lex.adjectival


def _fill(ctx: DocContext, ph: phrases.Phrase, exclude: str | None) -> None:
    """Items of one list: group descriptions as written, then named parties outside them."""
    phrases.fill(ctx, ph, exclude, _adjectival(ctx))


def _fact(ctx: DocContext, sent: Sentence, s: int, e: int, place: str | None, time: tuple[str, str] | None,
          ph: phrases.Phrase, complete: bool, prospective: bool, related: str | None = None,
          more: list[tuple[str, object]] | None = None) -> Fact:
    items = sorted([(o, n, t, k) for o, n, t, k in ph.items] + [(o, g, "group", g) for o, g in ph.groups])
    extra: list[tuple[str, object]] = [("parties", tuple((n, t, k) for _, n, t, k in items)), *(more or [])]
    if prospective:
        extra.append(("prospective", True))
    if related:
        extra.append(("companion_of", related))
    return Fact(id=stable_id("meeting", ctx.doc.id, s), doc=ctx.doc.id, kind="meeting", evidence=evidence(ctx.index, sent, s, e),
                place=place, time=time, participants=tuple(n for _, n, _, _ in items), complete=complete, extra=tuple(extra))
