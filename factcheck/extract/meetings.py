"""Meetings and talks: where, when, who, and whether the list of who is complete.

A meeting word (triggers.py) outside quotation marks makes a mention: its place
from the clause ("in Paris", "the Paris meeting", a venue kept whole and placed in
its city: venues.py, whenwhere.py), its day, and who took part. Participants come
from the slots grammar gives them ("a meeting of X", "talks between X and Y", "X
and Y met (with Z)", "X held talks with Y", "U.S. and Russian talks") and from the
clause around the word as reporters write it (attendees.py: titled and appositive
subjects, "hosted/received X", "his Russian counterpart", "the two leaders"). A
list is complete only when it is a bare list of named parties in an exhaustive
slot; "including", "among them", "other", group descriptions and "with"-only lists
are partial. A sentence of co-presence ("Speaking alongside the foreign ministers
of ..., Kerry said") adds partial participants to the meeting the report is about
then; "A and B were joined by C" adds C to it. Earlier meetings told by their
occasions ("met twice: during the G20 summit in A and ... in B") or by a deal made in
a city are meetings of their own (occasions.py); a named format brings its member
countries (formats.py). The mentions of one report are then made meetings (sessions.py):
one fact per meeting, sessions linked to their summit.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Fact, stable_id
from ..text import Sentence, evidence
from . import attendees, durations, foreign, formats, meetcues, occasions, phrases, rosters, sessions, slots, triggers, venues, whenwhere
from .context import DocContext
from .entities import CALENDAR, name_key

_TRIGGER_FAST = triggers.TRIGGER_FAST  # the name tests/test_scan.py checks the anchored scan by
INCLUDING = re.compile(r"\b(?:including|among them|such as|among others)\b", re.I)
LOCATIVE = re.compile(r"\b(?:in|at|near|from|of|outside|inside|across|to)\s+(?:the\s+)?$", re.I)
EARLIER_EVENT = re.compile(r"\s+(?:at|during|on the sidelines of)\s+(?:last year['’]s|their|the|this year['’]s|an?)\s+"
                           r"(?:\w+\s+)?(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)\s+(?:summit|meeting|talks|conference)\b")
PROSPECTIVE = re.compile(r"\b(?:will|would|may|might|could|to be held|due to|planned|plans? to|hopes? to|wants? to|intends? to|"
                         r"upcoming|next|ahead of|scheduled|expected to|set to|soon to|"
                         r"later (?:this|next|today|tonight|in the|on|that day))\b", re.I)  # not "later told reporters"
COPRESENCE = re.compile(r"\b(?:(?:speaking|standing|appearing|sitting|seated|talking)\b[^.;“”\"]{0,60}?\b(?:alongside|together with|next to|beside)|"
                        r"flanked by|joined by|accompanied by|(?:news|press) conference (?:with|alongside)|"
                        r"\b(?:joining|accompanying)\s+(?:[\w.'’-]+\s+){1,3}?(?:are|were|was|is|will be))\s+", re.I)
SAME_SUBJECT = re.compile(r"(?:\s+[\w'’-]+){0,4}?[\s,]+(?:by|before|after|then|and then|and later|while)\s+", re.I)
JOINED = re.compile(r"\b(?:(?:was|were)\s+(?:(?:being|also|later|then|soon)\s+)*(?:joined|accompanied)\s+by|"
                    r"(?:joining|accompanying)\s+(?:[\w.'’-]+\s+){1,3}?(?:are|were|was|is|will be))\s+$", re.I)


_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")


def extract(ctx: DocContext) -> Iterator[Fact]:
    made: list[Fact] = []
    res: attendees.Resolver | None = None
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(ctx.doc.text)]
    for sent in ctx.sents:
        if not sent.prose:
            continue
        words = [m for m in triggers.TRIGGER_FAST.finditer(ctx.doc.text, sent.start, sent.end)
                    if not any(a <= m.start() < b for a, b in quoted) and triggers.is_meeting(ctx.doc.text, m)]
        new: list[Fact] = []
        told: list[tuple[int, int]] = []  # occasions told after a verb: their meeting words are those meetings
        for i, m in enumerate(words):
            if any(a <= m.start() < b for a, b in told):
                continue
            res = res or attendees.Resolver(ctx)
            lo = words[i - 1].end() if i else sent.start
            hi = words[i + 1].start() if i + 1 < len(words) else sent.end
            fact = _meeting(ctx, res, sent, m, lo, hi, bool(made or new))
            if fact:
                new.append(fact)
                new = occasions.split(ctx, sent, m, fact, new, told)
        for verb_at, deal in occasions.deals(ctx, sent):  # "a format that brokered a peace deal in Minsk in 2015"
            if not any(f.place == deal.place for f in new):
                res = res or attendees.Resolver(ctx)
                new.append(_deal(ctx, res, sent, verb_at, deal))
        if not new:  # a report in another language
            other = foreign.TRIGGER_FAST.search(ctx.doc.text, sent.start, sent.end)
            city = foreign.place(ctx.doc.text, sent.start, sent.end) if other else None
            if other and not city and not made:  # "nella sala Murat dell'Eliseo": the first meeting told, by its venue
                city = foreign.venue_city(sent.text)
            if other and (city or made):  # with no city, the meeting the report is about (sessions.py)
                res = res or attendees.Resolver(ctx)
                new.append(_foreign(ctx, res, sent, other, city))
        joins = _joins(ctx.doc.text, sent) if made and new else None
        if joins is not None and all(f.evidence.start >= joins for f in new):
            new = []  # "accompanied by X, his point man in negotiations": a meeting word inside the list of who came
        if made and not new:
            res = res or attendees.Resolver(ctx)
            extra = _companion(ctx, res, sent, made)
            if extra:
                new.append(extra)
        made += new
    named_countries = {n for p in ctx.places if p.kind == "country" for n in (p.canonical, p.name)}
    for f in sessions.consolidate(made, (lambda items: rosters.tidy(res, items)) if res else None, ctx.doc.text):
        yield _countries(ctx, f, named_countries)


def _countries(ctx: DocContext, f: Fact, named_countries: set[str]) -> Fact:
    """The meeting's place marked with its country ("country": it is one) or the countries a place of
    its name lies in ("in": "Bali" is a town in Cameroon and a province of Indonesia), so that a
    report placing the summit in Bali and another in Indonesia are not read as two places."""
    if not f.place:
        return f
    if f.place in named_countries and f.place in ctx.country_of:
        return replace(f, extra=f.extra + (("country", ctx.country_of[f.place]),))
    codes = ctx.countries(f.place)
    return replace(f, extra=f.extra + (("in", tuple(sorted(codes))),)) if codes else f


def _deal(ctx: DocContext, res: attendees.Resolver, sent: Sentence, verb_at: int, deal: occasions.Occasion) -> Fact:
    """The meeting a deal made in a city stands for: its makers as the clause names them (partial)."""
    text = ctx.doc.text
    people, _ = attendees.clause_people(res, verb_at, verb_at, sent.start, deal.start, verb_at, False, sent.start)
    lo = max([c.end() for c in attendees.SUBJ_CUT.finditer(text, sent.start, verb_at)], default=sent.start)
    aux = slots.AUX.search(text, lo, verb_at)  # "a format that brokered": the clause's own subject only
    ph = phrases.backward(text, lo, aux.start() if aux else verb_at, CALENDAR, slots.adjectival(ctx)) \
        or phrases.Phrase(lo, verb_at)  # "The United States and the Taliban signed"
    slots.fill(ctx, ph, exclude=deal.place)
    ph.partial = True
    ph.items = rosters.tidy(res, ph.items + [(o, n, "person", k) for o, n, k in people if n not in {i[1] for i in ph.items}])
    return _fact(ctx, sent, verb_at, verb_at + 1, deal.place, deal.time, ph, False, False)


# between a venue and its city: "Sofitel, in the centre of Hanoi", "... in the city of Hanoi"
_VENUE_TO_CITY = re.compile(r"[\s,]*(?:(?:in|near|outside|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?"
                            r"(?:in|near|outside|in the city of)?\s*")


def _where(ctx: DocContext, sent: Sentence, m: re.Match[str], lo: int, hi: int,
           place: str | None) -> tuple[str | None, venues.Venue | None]:
    """The mention's place (the city of its venue when the text gives one, else `place`, the clause's) and its venue."""
    text = ctx.doc.text
    hall = min(venues.find(text, lo, hi), key=lambda v: abs(v.start - m.end()), default=None)
    if hall is not None:
        after = next((p for p in ctx.places_in(hall.end, min(hi, hall.end + 50)) if p.kind != "other"
                      and _VENUE_TO_CITY.fullmatch(text[hall.end:p.start])), None)
        inside = [p for p in ctx.places_in(hall.start, hall.end) if p.kind != "other"]  # "Sofitel ... Hanoi hotel"
        named_in = {p.name for p in ctx.places_in(hall.start, hall.end)}  # "Villa Madama" read as a place: the venue itself
        city = after.name if after else (place if place and place not in named_in else None)
        city = city or foreign.venue_city(hall.name) or (inside[-1].name if inside else None) or whenwhere.main_city(ctx)  # a known
        # venue's own city first: "Lancaster House" is in London, not Lancaster
        place = city or hall.name
    if place is None and ctx.ents.lex is not None:  # "in the Italian capital"
        place = venues.capital(text, lo, hi, ctx.ents.lex.countries)
    earlier = EARLIER_EVENT.match(text, m.end(), sent.end)
    if earlier and not hall:  # "their working lunch at last year's Singapore summit": that summit's place
        place = next((p.name for p in ctx.places_in(earlier.start("place"), earlier.end("place"))), place)
    return place, hall


_COUNTERPARTS = re.compile(r"\bcounterparts?$")
_FORMAT_AFTER = re.compile(r"[-\s]+format\b")


def _party(text: str, item: tuple[int, str, str, str], spans: list[tuple[int, int]], places: set[str | None]) -> bool:
    """May a list item be an attendee? Never a venue word, a role alone, a number, a place, a format."""
    off, name, typ, _ = item
    return (not any(a <= off < b for a, b in spans)  # "Chatham House"
            and not _COUNTERPARTS.search(name) and name.lower() not in durations.WORDS
            and not (typ == "name" and name in attendees.NOT_PERSON)
            and not (typ == "place" and LOCATIVE.search(text, max(0, off - 16), off))
            and name not in places
            and not _FORMAT_AFTER.match(text[off + len(name):off + len(name) + 9]))  # "Normandy-format"


def _add_people(parties: phrases.Phrase, people: list[tuple[int, str, str]]) -> None:
    """People added to a mention's parties, none twice (tidy() keeps the fuller of two spellings)."""
    known = {name_key(i[1]) for i in parties.items}
    parties.items += [(off, name, "person", key) for off, name, key in people if name_key(name) not in known]


def _meeting(ctx: DocContext, res: attendees.Resolver, sent: Sentence, m: re.Match[str], lo: int, hi: int,
             told: bool = False) -> Fact | None:
    """One mention; with no place it needs people, a session, or a meeting told before ("talks that lasted three hours")."""
    text = ctx.doc.text
    clause_place = whenwhere.venue(ctx, m, lo, hi)
    venue, hall = _where(ctx, sent, m, lo, hi, clause_place)
    parties, exhaustive = slots.slots(ctx, m, lo, hi, venue or "")
    verb = slots.verb(text, m)
    light = None if verb else slots.LIGHT.search(text, lo, m.start())
    subj_end = m.start() if verb else (light.start() if light else None)
    people, loose = attendees.clause_people(res, m.start(), m.end(), lo, hi, subj_end, True, sent.start)
    if people and not verb and meetcues.TIME_OF.search(text, max(lo, m.start() - 60), m.start()):
        people = []  # "X spoke following the summit": X is not said to have been at it
    if verb and not people and lo > sent.start and SAME_SUBJECT.fullmatch(text, lo, m.start()):
        # "A and B began their summit by dining together": the sentence's subject dined
        people, loose = attendees.clause_people(res, m.start(), m.end(), sent.start, hi, subj_end, True, sent.start)
    known = {name_key(i[1]) for i in parties.items}
    spans = [(v.start, v.end) for v in venues.near(text, lo, hi)]
    places = {venue, clause_place}  # "the Vietnam summit": the place, not a party
    parties.items = [i for i in parties.items if _party(text, i, spans, places)]
    for off, name, key in people:
        if name_key(name) not in known:  # tidy() keeps the fuller of two spellings
            parties.items.append((off, name, "person", key))
    fmt = formats.of_meeting(text, lo, m.start(), m.end(), hi) or formats.counted(text, sent.start, sent.end, parties.groups)
    if fmt:  # "the Normandy Four summit", "leaders of the four nations": the member countries, never "Normandy"
        parties.items = [i for i in parties.items if not fmt.start <= i[0] < fmt.end]
        parties.groups = [g for g in parties.groups if not formats.COUNTED.search(g[1])]
        parties.items += [(fmt.start, c, "country", c) for c in fmt.members if c not in {i[1] for i in parties.items}]
        parties.partial = True  # the countries, not the list of who sat
    named_people = sum(1 for i in parties.items if i[2] in ("name", "person"))
    parties.items = rosters.tidy(res, rosters.leaders(res, sent.start, sent.end, parties.items))
    people_at = [i[0] for i in parties.items if i[2] in ("person", "name")]  # a body a person speaks for is not a party
    parties.items = [i for i in parties.items if not (i[2] in ("org", "group") and meetcues.speaks_for(text, i[0], people_at))]
    if named_people >= 2 and any(meetcues.COLLECTIVE.match(g[1]) for g in parties.groups):
        parties.partial = True  # "European leaders met, with A, B and C joining the host": more than those named
    parties.groups = [g for g in parties.groups if not _COUNTERPARTS.search(g[1])
                      and not (named_people >= 2 and rosters.ROLE_HEAD.search(g[1]))
                      and not meetcues.speaks_for(text, g[0], people_at)]
    session = sessions.session_of(text, m.start(), m.end())
    if venue is None and not (parties.items and (session or people)) and not (told and m.group("noun") and not session):
        return None
    joined = meetcues.JOIN_OBJECT.search(text, max(sent.start, m.start() - 120), m.start())
    if joined:
        _add_people(parties, res.people(joined.start("obj"), joined.end("obj")))
        joiners = [p for p in people if p[0] < joined.start()]  # whoever joined them sat there too: unnamed, the list is partial
        parties.partial = parties.partial or not joiners
    among = meetcues.AMONG_THOSE.search(text, max(sent.start, m.start() - 60), m.start())
    were = meetcues.AMONG_WERE.search(text, m.end(), sent.end) if among else None
    if were:  # "Among those attending the summit on Sunday were A and B": some who sat, not all
        _add_people(parties, res.people(were.end(), sent.end))
        parties.partial = True
    partial = parties.partial or bool(verb and INCLUDING.search(text, lo, m.start()))  # "Leaders of 18 countries, including A and B, met"
    complete = exhaustive and not partial and not loose and not parties.groups and len(parties.items) >= 2
    prospective = bool(PROSPECTIVE.search(text, max(lo, m.start() - 40), m.start()))
    recalled = meetcues.RECALLED.search(text, max(lo, m.start() - 40), m.start())  # an earlier meeting: no day unless named
    report_day = ctx.published.isoformat() if ctx.published and not prospective and not recalled else None
    more: list[tuple[str, object]] = [(k, v) for k, v in (("venue", hall.name if hall else None), ("session", session),
                                                          ("report_day", report_day),
                                                          ("duration", durations.duration(text, sent.start, sent.end, m.start())),
                                                          ("head_count", durations.head_count(text, lo, hi))) if v]
    return _fact(ctx, sent, m.start(), m.end(), venue, whenwhere.time(ctx, sent, m, lo, hi, prospective, place=venue), parties, complete,
                 prospective, more=more)


_WORD = re.compile(r"[\w'’-]+")


def _companion(ctx: DocContext, res: attendees.Resolver, sent: Sentence, made: list[Fact]) -> Fact | None:
    text = ctx.doc.text
    co = COPRESENCE.search(text, sent.start, sent.end)
    if not co:
        return None
    ph = phrases.forward(text, co.end(), sent.end, CALENDAR, slots.adjectival(ctx)) or phrases.Phrase(co.end(), co.end())
    slots.fill(ctx, ph, exclude=None)
    names = {i[1] for i in ph.items}
    ph.items += [(o, n, "person", k) for o, n, k in res.people(sent.start, sent.end) if n not in names]
    ph.items = rosters.tidy(res, ph.items)
    if not ph.items:
        return None
    speaker = next((e for e in ctx.ents.within(ph.end, sent.end) if e.type == "person"), None)
    if speaker and speaker.canonical not in {i[1] for i in ph.items}:
        ph.items.append((speaker.start, speaker.canonical, "person", ctx.ents.affiliation.get(speaker.canonical) or speaker.canonical))
    places = {n for p in ctx.places_in(sent.start, sent.end) for n in (p.name, p.canonical)}
    names = {i[1] for i in ph.items}
    now = _current(made)
    target = (next((f for f in reversed(now) if f.place in places), None)
              or next((f for f in reversed(now) if names & set(f.participants)), None)
              or next((f for f in reversed(now) if not dict(f.extra).get("prospective")), None) or made[-1])
    ph.partial = True
    ph.items = rosters.tidy(res, ph.items)
    day = [("report_day", ctx.published.isoformat())] if ctx.published else []
    joined = JOINED.search(text, max(sent.start, co.start() - 40), co.end())
    subject = set(_WORD.findall(text[sent.start:co.end()])) if joined else set()  # "A and B were joined", "Joining A are"
    if joined and any(w in subject for p in target.participants for w in p.split()[-1:] + p.split()[:1]):  # "Trump", "Kim"
        # "Later, A and B were joined by C and D": C and D sat at that meeting, not just beside it
        session = [("session", dict(target.extra)["session"])] if dict(target.extra).get("session") else []
        return _fact(ctx, sent, co.start(), co.end(), target.place, target.time, ph, False, False, more=day + session)
    return _fact(ctx, sent, co.start(), co.end(), target.place, target.time, ph, False, False, related=target.id, more=day)


def _joins(text: str, sent: Sentence) -> int | None:
    """Where the list of who joined a meeting starts, when the sentence gives one ("A was accompanied by X")."""
    co = COPRESENCE.search(text, sent.start, sent.end)
    return co.end() if co and JOINED.search(text, max(sent.start, co.start() - 40), co.end()) else None


def _current(made: list[Fact]) -> list[Fact]:
    """The meetings of the report's present: not those dated well before its latest dated one
    (background: "they first met in Osaka in 2019")."""
    ends = [f.time[1] for f in made if f.time and not dict(f.extra).get("prospective")]
    if not ends:
        return made
    latest = dt.date.fromisoformat(max(ends))
    return [f for f in made if not f.time or dt.date.fromisoformat(f.time[1]) >= latest - dt.timedelta(days=7)]


def _foreign(ctx: DocContext, res: attendees.Resolver, sent: Sentence, m: re.Match[str], city: str | None) -> Fact:
    """A meeting word of another language: its city, every person of the sentence (partial), its day if English-dated."""
    ph = phrases.Phrase(sent.start, sent.end, True)
    ph.items = rosters.tidy(res, [(o, n, "person", k) for o, n, k in res.people(sent.start, sent.end)])
    day = [("report_day", ctx.published.isoformat())] if ctx.published else []
    return _fact(ctx, sent, m.start(), m.end(), city, whenwhere.time(ctx, sent, m, sent.start, sent.end, False), ph,
                 False, False, more=day)


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
