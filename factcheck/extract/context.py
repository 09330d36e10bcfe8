"""What every extractor needs about one document, computed once: sentences,
line index, entities, places, the main place, the publication day.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import ChainMap, Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..model import Document
from ..scan import Anchored, Union, capitalised
from ..spans import Spans
from ..text import LineIndex, Sentence, sentences
from . import clock as clock_
from . import entities as ent
from . import localnames
from . import scope as scope_
from .places import Gazetteer, Place, gazetteer

_UNKNOWN = re.compile(
    r"\b(?:in|near|at|outside|from|across|around|into)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:(?P<part>northern|southern|eastern|western|central|"
    r"north|south|east|west|downtown|northeastern|northwestern|southeastern|southwestern)\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]+|[A-Z]\d+)(?:\s+(?:[A-Z][\w'’-]+|\d+)|\s+(?:del|della|di|de|dei|sul|sur|sull['’]|am|an)\s+[A-Z][\w'’-]+)?(?:\s+(?:province|district|county|County|state|region|"
    r"township|city|village|camp|valley|mountains|island|Avenue|Street|Road|Boulevard|Highway))?)")
_SUFFIXED = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}(?:province|district|County|county|region|township|governorate|prefecture|state))\b")
_NOT_NAME = ("The", "A", "An", "This", "That", "Its", "Their")
_NAME = rf"(?!(?:{'|'.join(_NOT_NAME)})\b)[A-Z][\w'’-]+"
# Places named by what they are: "the capital, Katmandu", "the district of Rasuwa", "the epicentre
# of Lamjung" (kind region or city: a place, not a building), and named sites ("the Dharahara
# tower", "Rana Plaza": kind other, the site of a local event).
_PLACE_WORDS = ("district", "province", "region", "state", "county", "municipality", "prefecture", "governorate", "village",
                "town", "mayor", "governor", "prefect", "city", "outskirts")
_NAMED = Union(Anchored(re.compile(rf"\b(?:capital,?\s+(?P<city>{_NAME})|(?:{'|'.join(_PLACE_WORDS)}|epicent(?:er|re)|suburbs?)"
                                   rf"\s+of\s+(?P<region>{_NAME}(?:\s+{_NAME})?))"),
                        ["capital", *_PLACE_WORDS, "epicent", "suburb"], digits=False),
               re.compile(rf"(?P<other>{capitalised(_NOT_NAME)}[\w'’-]+\s+(?:{_NAME}\s+)?(?i:tower|plaza|bridge|temple|mosque|church|"
                          rf"cathedral|market|bazaar|mall|stadium|factory|mine|hotel|school|base\s+camp)\b)"))
_UNKNOWN_FAST = Anchored(_UNKNOWN, ["in", "near", "at", "outside", "from", "across", "around", "into"], digits=False)
_SUFFIXES = ("province", "district", "County", "county", "region", "township", "governorate", "prefecture", "state")
OCCASION_NAME = re.compile(r"^[A-Z]{1,4}-?\d+(?:\s|$)|\s(?:Summit|Forum|Conference|Games|Olympics|Talks|Meeting|Congress)$")
# "at the G20", "at the G-20 Summit", "at COP26": a gathering or a format, not where it was held
NOT_PLACE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "The", "A", "An", "This", "That", "His", "Her", "Their", "Our", "It", "He", "She", "They", "We", "I",
             "Parliament", "Congress", "Government", "Reuters", "AP", "AFP", "English", "Arabic", "Islam", "Christmas",
             "Easter", "Halloween", "Thanksgiving", "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover", "Lent", "Advent"}
_RELATION = re.compile(r"(?:Sino|Indo|Russo|Franco|Anglo|Afro|Euro|Austro|Turco|Greco|Italo|Judeo|Irano|Serbo|Hispano)-")  # "Sino-India ties"
# words of an organisation's name, never of a place's: "officials at the Central Disaster and Safety Countermeasures Headquarters"
ORG_WORDS = frozenset("""Disaster Disasters Safety Emergency Emergencies Ministry Agency Headquarters Committee Office Department
Service Services Authority Council Institute University Hospital Police Command Bureau Commission Organisation Organization
Foundation Association Society Crescent Management Response Relief Rescue Countermeasures""".split())
DATELINE = re.compile(r"^[A-Z][A-Za-z.'\- ]{2,40}(?:,\s*[A-Z][\w.' ]{2,30})?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
                      r"\s*(?:\([A-Za-z. ]{1,25}\)\s*)?(?:--|[-–—:])\s", re.M)
_SPEAKS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|told|announced|reported|claimed|accused|denied|warned|insisted)\b")
_LOCATIVE = re.compile(r"\b(?:in|near|at|outside|inside|across|around|of)\s+(?:(?:the\s+)?[\w-]+\s+)?$", re.I)


@dataclass
class DocContext:
    doc: Document
    sents: list[Sentence]
    index: LineIndex
    ents: ent.DocEntities
    places: list[Place]
    main_place: str | None
    published: dt.date | None
    _place_starts: list[int] = field(default_factory=list)
    _times: dict[int, list] = field(default_factory=dict)
    _clauses: dict[tuple[int, int], list] = field(default_factory=dict)
    _quote_marks: dict[int, tuple[list[int], ...]] = field(default_factory=dict)
    dateline: tuple[int, int] | None = None  # "MANILA, Philippines (AP) —": the reporter's city, not the story's
    clock: clock_.Clock | None = None  # how the report's day was found (published, updated, text, url, story)
    main_kind: str | None = None  # city | region | country | other
    country_of: Mapping[str, str] = field(default_factory=dict)  # the gazetteer's part-of relation
    countries: Callable[[str], set[str]] = lambda name: set()  # every country a place of a name is in (Gazetteer.countries)
    capitals: frozenset[str] = frozenset()  # national capitals: "Tehran said" is a government speaking
    towns: set[str] = field(default_factory=set)
    scope: str | None = None  # widespread | local: the kind of event the report is about (scope.event_scope)
    default_place: str | None = None  # the place of a figure whose sentence names none (scope.default_place)
    local_towns: set[str] = field(default_factory=set)  # towns no list knows, named as places again and again

    def area_of(self, found: Place | None) -> tuple[tuple[str, str], ...]:
        """("area", X) for a figure of the report's own scope (its sentence names no place, or the
        report's main place, or that place's country): such figures of one story are compared
        across reports even when one names the capital and another the country. ("within", code)
        for a named part of a country: compared as itself, and with the whole only for "the part
        exceeds the whole"."""
        main = self.main_place
        home = self.country_of.get(main) if main else None
        site = self.main_kind in ("city", "country") or main in self.towns  # a town is the event's site; a region, a part
        if found is None:
            return (("area", home if site and home else main),) if main else ()
        code = self.country_of.get(found.canonical)
        if found.kind == "country" and code and code == home:
            return (("area", code), ("whole", True))  # the country named: a whole its parts may not exceed
        if found.canonical == main and not found.part and site:
            return (("area", home or found.canonical),)
        if code and home and code != home:  # a neighbour's toll ("53 in India, mainly in Bihar"): that country's
            return (("area", code),)
        return (("within", code),) if code else ()

    def times(self, sent: Sentence) -> list:
        """Time expressions of a sentence, resolved once and shared by every fact in it."""
        if sent.start not in self._times:
            from . import dates

            self._times[sent.start] = dates.find(self.doc.text, sent.start, sent.end, self.published) if self.published else []
        return self._times[sent.start]

    def clauses(self, start: int, end: int) -> list:
        """Attribution clauses of text[start:end], found once (a paragraph is asked once per quoted figure)."""
        key = (start, end)
        if key not in self._clauses:
            from . import attribution

            self._clauses[key] = attribution.clauses(self.doc.text, start, end, self.ents)
        return self._clauses[key]

    def inside_quote(self, para_start: int, para_end: int, pos: int) -> bool:
        """Is `pos` inside a quotation of its paragraph (more “ than ” before it, or an odd number of ")?

        The marks are indexed once per paragraph: counting them afresh for every figure was
        quadratic on a figure-dense run-on paragraph (issue 19)."""
        marks = self._quote_marks.get(para_start)
        if marks is None:
            text = self.doc.text
            marks = tuple([m.start() for m in re.finditer(q, text[para_start:para_end])] for q in ("“", "”", '"'))
            self._quote_marks[para_start] = marks
        rel = pos - para_start
        opens, closes, straight = (bisect_left(m, rel) for m in marks)
        return opens > closes or straight % 2 == 1

    def places_in(self, start: int, end: int) -> list[Place]:
        i = bisect_left(self._place_starts, start)
        out = []
        while i < len(self.places) and self.places[i].start < end:
            out.append(self.places[i])
            i += 1
        return out


def build(doc: Document, extra_dirs: tuple[str, ...] = ()) -> DocContext:
    sents = sentences(doc)
    ents = ent.find(doc.text, doc.body_start, ent.lexicon(extra_dirs))
    person_words = {w for m in ents.mentions if m.type == "person" for w in m.canonical.split()}
    person_words |= {m.surface for m in ents.mentions if m.type != "person"}
    gaz = gazetteer(extra_dirs)
    places = [_state_named_after(doc.text, p) for p in gaz.find(doc.text, doc.body_start)
              if p.canonical not in person_words and doc.text[p.end:p.end + 1] != "-"]
    unknown = _unknown_places(doc, places, ents)
    again, local_towns = localnames.recurring(doc.text, doc.body_start, unknown, Spans([(p.start, p.end) for p in places + unknown]
                                                                                       + [(m.start, m.end) for m in ents.mentions]))
    places = localnames.unmasked(doc.text, doc.body_start, sorted(places + unknown + again, key=lambda p: p.start))
    places = scope_.capitals(doc.text, places, gaz, (ents.lex or ent.lexicon()).countries, doc.body_start)
    prose = [s for s in sents if s.prose]
    prose_spans = [(s.start, s.end) for s in prose]
    starts = [a for a, _ in prose_spans]
    in_prose = [p for p in places if (i := bisect_right(starts, p.start) - 1) >= 0 and p.start < prose_spans[i][1]]
    counts: Counter[str] = Counter()
    for p in in_prose:  # where the report is about: often named, named as a location, not a country-as-actor
        located = bool(_LOCATIVE.search(doc.text, max(0, p.start - 30), p.start))
        if not located and p.canonical in gaz.capitals and _SPEAKS.match(doc.text, p.end):
            continue  # "Tehran said": a government speaking, not where the report is ("officials in Delhi said" is)
        counts[p.canonical] += (1.0 + located) * (0.5 if p.kind == "country" else 1.0)
    placed = {k: v for k, v in counts.items() if k in gaz.country_of}
    counts = Counter(placed) if placed else counts  # a mountain or a building is a site, not where the report is
    main = max(counts, key=lambda k: (counts[k], k)) if counts else doc.dateline_place
    ctx = DocContext(doc, sents, LineIndex(doc.text), ents, places, main, None)
    ctx.clock = _clock(ctx, prose)
    ctx.country_of, ctx.countries, ctx.towns, ctx.local_towns = gaz.country_of, gaz.countries, gaz.towns, local_towns
    ctx.capitals = gaz.capitals
    ctx.main_kind = next((p.kind for p in places if p.canonical == main), None)
    ctx.scope = scope_.event_scope(doc.text, doc.body_start, prose, scope_.events(extra_dirs))
    # the report's own reading of an ambiguous town's country decides only where its unplaced figures go: a
    # figure placed in "Valencia" keeps the gazetteer's country, so that every report of a story tags it alike
    ctx.default_place = scope_.default_place(main, ctx.main_kind, ctx.scope, gaz, _country_of(places, gaz))
    ctx.published = ctx.clock.day
    ctx._place_starts = [p.start for p in places]
    d = DATELINE.search(doc.text, doc.body_start, min(len(doc.text), doc.body_start + 4000))
    if d:
        ctx.dateline = (d.start(), d.end())
    return ctx


_STATE_AFTER = re.compile(r" state\b(?! of\b)")
_STATE_BEFORE = re.compile(r"\b[Ss]tate\s+of\s+(?:the\s+)?$")


def _state_named_after(text: str, p: Place) -> Place:
    """"Mexico state", "the State of Mexico": the state named after its country, not the country."""
    if p.kind != "country":
        return p
    if _STATE_AFTER.match(text, p.end):
        return Place(p.start, p.end + 6, f"State of {p.canonical}", f"State of {p.canonical}", None, "region")
    before = _STATE_BEFORE.search(text, max(0, p.start - 16), p.start)
    if before:
        return Place(before.start(), p.end, f"State of {p.canonical}", f"State of {p.canonical}", None, "region")
    return p


def _country_of(places: list[Place], gaz: Gazetteer) -> Mapping[str, str]:
    """The gazetteer's country of each place, but for a name shared by towns of several countries the
    country the report is about ("Valencia" is Venezuela's largest by that name; in a report about Spain,
    it is Spain's). It decides only where the report's unplaced figures go (scope.default_place). The
    report's country is the one it names most, and strictly most: a passing "U.S. Geological Survey"
    does not move Geneva to the United States."""
    named = Counter(gaz.country_of[p.canonical] for p in places if p.kind == "country" and p.canonical in gaz.country_of)
    top = named.most_common(2)
    if not top or len(top) == 2 and top[0][1] == top[1][1]:
        return gaz.country_of
    home = top[0][0]
    mine = {p.canonical: home for p in places
            if p.kind != "country" and gaz.country_of.get(p.canonical, home) != home and home in gaz.countries(p.canonical)}
    return ChainMap(mine, gaz.country_of) if mine else gaz.country_of


def _unknown_places(doc: Document, known: list[Place], ents: ent.DocEntities) -> list[Place]:
    """Capitalised names after in/near/at, or before 'province', 'district'...: places no list knows."""
    taken = Spans([(p.start, p.end) for p in known] + [(m.start, m.end) for m in ents.mentions])
    out: list[Place] = []
    suffixed = _SUFFIXED if any(w in doc.text for w in _SUFFIXES) else None  # no suffix word, no match
    demonyms = (ents.lex or ent.lexicon()).countries
    for rx in (suffixed, _UNKNOWN_FAST, _NAMED):
        for m in rx.finditer(doc.text, doc.body_start) if rx else ():
            group = "name" if rx is not _NAMED else next(k for k in ("city", "region", "other") if m.groupdict().get(k))
            s, e = m.start(group), m.end(group)
            name = m.group(group)
            first = re.sub(r"['’]s$", "", name.split()[0])
            if group == "other" and first in demonyms:
                continue  # "a Chinese factory": a site of some country, not a named one
            if rx is _UNKNOWN_FAST and demonyms.get(name, name) != name and " " in name and not taken.overlaps(s, e):
                taken.add(s, e)  # "in South Korean waters": the country, not a place named "South Korean"
                out.append(Place(s, e, demonyms[name], demonyms[name], None, "country"))
                continue
            if first in NOT_PLACE or OCCASION_NAME.search(name) or (len(name.split()) == 1 and (first.endswith(("ian", "ese", "ish", "ean")) or first in demonyms)) \
                    or (first in demonyms and name.split()[-1].islower()) or taken.overlaps(s, e) \
                    or not ORG_WORDS.isdisjoint(name.split()) or _RELATION.match(name) \
                    or ("-" in first and all(w in demonyms for w in first.split("-"))):  # "the Chinese city of Wuhan", "Sino-Indian ties"
                continue
            part = m.groupdict().get("part")
            if part:
                s = m.start("part")
            taken.add(s, e)
            out.append(Place(s, e, f"{part} {name}" if part else name, name, part, group if rx is _NAMED else "other"))
            if rx is _UNKNOWN_FAST:  # "in Accumoli and Arquata del Tronto": the names listed with it
                for q in localnames.coordinated(doc.text, out[-1]):
                    if q.canonical.split()[0] in NOT_PLACE or taken.overlaps(q.start, q.end):
                        break
                    taken.add(q.start, q.end)
                    out.append(q)
    return out


_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
_PRESENT = re.compile(r"\b(?:says|say)\b")  # present-tense reporting
LEAD = 15  # sentences: the days a report is written on are named in its lead


def _clock(ctx: DocContext, prose: list[Sentence]) -> clock_.Clock:
    """The report's day: its own (front matter, update stamps, text, URL), moved to the day its
    wire copy was written when that is the eve of publication (see clock.as_of). The time
    expressions read on the way are kept for the extractors when the day stays."""
    from .dates import parse_iso

    doc = ctx.doc
    c = clock_.local(doc.text, doc.body_start, parse_iso(doc.published))
    if c.how != "published" or c.day is None:
        return c
    ctx.published = c.day
    eve = c.day - dt.timedelta(days=1)
    head = doc.text[doc.body_start:doc.body_start + 3000].lower()
    if clock_.WEEKDAYS[eve.weekday()] not in head and eve.strftime("%b").lower() not in head:
        return c  # the eve is not named at all: nothing can move the day
    if _SAME_DAY.search(doc.text, doc.body_start) or "yesterday" in head:
        return c  # "so far today", "tonight", "yesterday's summit": written on the day it is dated (live pages, broadcasts)
    if any(_PRESENT.search(doc.text, s.start, s.end) for s in prose[:LEAD]):
        return c  # "the agency says": told in the present of the day it is dated
    named = [dt.date.fromisoformat(t.window[0]) for s in prose[:LEAD] for t in ctx.times(s)
             if t.window[0] == t.window[1] and "yesterday" not in doc.text[t.start:t.end].lower()
             and dt.timedelta(0) <= c.day - dt.date.fromisoformat(t.window[0]) <= dt.timedelta(days=7)]
    moved = clock_.as_of(c, named)
    if moved.day != c.day:
        ctx._times.clear()  # read against the old day
    return moved
