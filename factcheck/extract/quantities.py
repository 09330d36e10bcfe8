"""People counts and other figures, each with measure, place, day and source.

Built from the grammar of reporting rather than fixed phrases: a figure takes the
measure of the nearest trigger word in its clause (after it, or before it for
"killing 12", "the toll rose to 60"), stops at the next figure (so "20 were
killed and 165 wounded" gives each its own), and is filtered of years, dates,
times, ages, durations, identifiers ("Flight 370") and non-people units.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ..model import Fact, Value, stable_id
from ..text import Sentence, evidence
from . import attribution, measures, numbers, parts, restated, roles, scope, shares, situate
from .context import DocContext
from .measures import MeasureLexicon, measure_lexicon

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$")
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|^(?:st|nd|rd|th)\b")
TIME_AFTER = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|EST|EDT|CET|local time|o'clock)\b", re.I)
DURATION = re.compile(r"^[\s-]*(?P<u>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))(?P<old>[\s-]*old)?\b", re.I)
PERCENT = re.compile(r"^\s*(?:%|percent\b|per cent\b|percentage points?\b|pct\b)", re.I)
CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|US\$|USD|EUR|GBP|Rs\.?)\s*$")
CURRENCY_AFTER = re.compile(r"^\s*(?:dollars?|euros?|pounds?|yuan|yen|rupees?|dinars?|lira|rubles?|roubles?|francs?|dirhams?|riyals?)\b", re.I)
MAGNITUDE_BEFORE = re.compile(r"magnitude[\s-]*$", re.I)
MAGNITUDE_AFTER = re.compile(r"^[\s-]*magnitude\b|^\s*on the richter", re.I)
MEASURE_UNIT = re.compile(r"^[\s-]*(?P<u>km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|mm|cm|inch(?:es)?|kg|kilograms?|tonnes?|tons?|degrees?|mph|km/h|hectares?|acres?|square)\b", re.I)
IDENT_BEFORE = re.compile(r"\b(?:Flight|Route|Highway|Interstate|Resolution|Article|Section|Room|Gate|Platform|Chapter|"
                          r"Apollo|Boeing|Airbus|Model|Phase|Level|Category|Grade|Unit|Line|Bus|Train|Terminal|Block|"
                          r"Building|Ward|District|Zone|Sector|Camp|Road|Street|Avenue|Number|No\.|Nos\.|number|Act|Bill|Decree|Law|Kilo|Tu|Il|Su|Mi|An|Yak|MH|Hurricane|Typhoon|Storm|Cyclone)\s$")
REVISION_BEFORE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|raised|revised(?: up| upward| down| downward)?|grew|reached|soared|now stands at|stood at|up)\s+(?:to\s+)?(?:at\s+)?$", re.I)
PREVIOUS_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:up|down|rising|risen|climbing|jumping|revised)\s+from\s*(?:a previous\s+|an earlier\s+)?$", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:a\s+previous\s+|an\s+earlier\s+)?$", re.I)  # "from 48 to 61": 48 is the earlier figure
TO_BETWEEN = re.compile(r"^\s*to\s*$", re.I)
TO_FROM = re.compile(r"^\s*from\s*(?:a previous\s+|an earlier\s+)?$", re.I)
TO_BEFORE = re.compile(r"\bto\s+(?:\w+\s+){0,2}$", re.I)
EARLIER = re.compile(r"\b(?:had\s+(?:stood|put|been|reached|risen|given)|(?:has|have|had)\s+been\s+stuck\s+at|earlier\s+(?:figures?|tolls?|reports?|estimates?|announced|said|reported|stated)|"
                     r"earlier\s+this\s+(?:week|month)|last\s+week|previously|initially|at first|first reported|had earlier)\b", re.I)
BACKSHIFT = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|according)\b[^.;]*\bhad\s+(?:stood|put|been|reached|risen|given)\b", re.I)
EARLIER_STRONG = re.compile(r"\b(?:earlier\s+(?:figures?|tolls?|reports?|estimates?|announced|said|reported|stated)|earlier\s+this\s+(?:week|month)|last\s+week|previously|initially|at first|first reported|had earlier)\b", re.I)
COMPOUND_AFTER = re.compile(r"^-(?!strong\b|odd\b|plus\b)[a-z]+", re.I)  # "twelve-storey", "two-car": an adjective, not a count
INCREMENT_BEFORE = re.compile(r"\b(?:another|an additional|a further)\s+$", re.I)
SAME_FIGURE = re.compile(r"\b(?:puts?|putting|estimates?|estimated|gives?|gave|places?|placed)\s+(?:(?:the|its|their)\s+"
                         r"(?:figure|number|total|tally|count|toll)|it|them)\s+(?:at|as)\s+$", re.I)  # "the Red Crescent put it at 11,300"
PASSED_BEFORE = re.compile(r"\b(?:tolls?|tally|number|figure|total|count)\b[^.;:]{0,60}?\b(?:hits?|hitting|pass(?:es|ed|ing)?|tops|"
                           r"topped|topping|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)|surpass(?:es|ed|ing)|past)\s+(?:the\s+)?$",
                           re.I)  # "the toll passes 300", "the number of dead has topped 300": at least 300
THING_OF = re.compile(r"\b(?P<n>[a-z]+)\s+of\s+$", re.I)  # "entire villages of 200": the size of a thing
LIST_MARKER = re.compile(r"^\s*(?:related|more|read more|see also|also read|most read|trending|popular|recommended|"
                         r"top stories|latest|more stories|you may also like)\b[^\n]{0,30}$", re.I | re.M)
AMONG_NEXT = re.compile(r"^\s+(?:[A-Za-z]+\s+){0,2}(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?$", re.I)
LIST_BEFORE = re.compile(r"^[^.;:\d]{0,40}?(?:,|\band)\s*$")
LIST_AFTER = re.compile(r"^\s+(?:in|at|on|from)\s|^(?:(?:,\s*|,?\s+and\s+)\d[\d,.]*)*,?\s+respectiv", re.I)  # "11 and 49 respectively"
STRONG_AFTER = re.compile(r"^-strong\b", re.I)
LOWER_IDENT = re.compile(r"\b(?:camp|floor|gate|platform|terminal|ward|phase|level|block|sector|zone|stage)\s+$")
JOINED = re.compile(r"^\s*(?:[a-z]+\s+){0,3}(?:and|or|plus)\s+$")
AGE_AFTER = re.compile(r"^,\s+(?:a|an|the|who|was|is|from|of|and|said|told|says)\b")  # "Claudio Rossi, 32, a fireman"
AGE_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
EITHER_OR = re.compile(r"^\s+(?:(?:people|persons|others)\s+)?(?:(?:are|were|have\s+been|had\s+been|now|still|remain|remained)\s+)*"
                       r"(?:dead|killed|missing|injured|wounded)\s+or\s+(?:are\s+|were\s+)?(?:dead|killed|missing|injured|wounded|unaccounted)", re.I)
ISO_DAY_AFTER = re.compile(r"-[01]\d(?:-[0-3]\d)?\b")
ISO_PART_BEFORE = re.compile(r"(?<![\w.,])(?:1[6-9]|20)\d\d-(?:[01]?\d-)?$")  # "2018-08-28": the month and day of a date
# "380 people aboard", "with 459 on board": how many a vessel carried, not a casualty figure, unless its
# clause says what befell them ("all 68 on board a flight were killed", "239 aboard, and all are missing")
ABOARD = re.compile(r"\s+(?:(?:people|persons|passengers|others)\s+)?(?:aboard|on\s+board)\b"
                    r"(?P<rest>(?:(?!\s(?:and|but|while|as|when)\s)[^,.;:]){0,80})(?P<next>[^.;:]{0,60})", re.I)
# "one of the victims", "said one, whose ...", "one could be seen": "one" as a pronoun, not a count
ONE_AFTER = re.compile(r"^\s+(?:of|another|day|side|way|time|thing)\b|^\s*,\s*(?:who|whose)\b|"
                       r"^\s+(?:could|can|would|may|might|must|should)\b")
ONE_BEFORE = re.compile(r"\b(?:no|any|every|some)\s*$", re.I)  # "no one was hurt"
SAID_ONE = re.compile(r"\b(?:said|says|added|told)\s*$")
AIRCRAFT_AFTER = re.compile(r"^[\s-]*(?:MAX\s+\d*\s*)?(?:passenger\s+|cargo\s+)?(?:jets?|jetliners?|airliners?|aircraft|planes?)\b(?!\s+(?:crash|passengers))", re.I)
CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2}\s?$")  # an airline's code before a flight number
GROUP_LIST = re.compile(r"\s+[A-Za-z][\w'-]*(?:,\s*|,?\s+and\s+)")  # the previous group's noun, then the next
JOINED_PREV = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:and|plus)\s+$")  # "149 passengers and eight crew"
ALL_OF_THEM = re.compile(r"^,?\s*(?:and\s+)?(?:all|everyone|none|all of them)\b", re.I)


def extract(ctx: DocContext, extra_dirs: tuple[str, ...] = ()) -> Iterator[Fact]:
    lex = measure_lexicon(extra_dirs)
    nlex = numbers.lexicon(extra_dirs)
    made: list[Fact] = []
    top = _headline_end(ctx)
    for sent in ctx.sents:
        if not sent.prose and not (sent.start < top and lex.trigger_fast.search(ctx.doc.text, sent.start, sent.end)):
            continue  # headline lists and navigation are page chrome, not report; the headline's toll is kept below
        mentions = numbers.find(ctx.doc.text, sent.start, sent.end, nlex)
        zero = {z.start: (z, w) for z, w in parts.zeros(ctx.doc.text, sent.start, sent.end)}  # "no longer any missing"
        mentions = sorted(mentions + [z for z, _ in zero.values()], key=lambda x: x.start) if zero else mentions
        if not mentions:
            continue
        found: list | None = None  # the sentence's attribution clauses, read at its first figure to report
        outdated = EARLIER.search(ctx.doc.text, sent.start, sent.end)  # once per sentence, not per figure (issue 19)
        consumed: set[int] = set()
        carried: dict[int, Value] = {}  # "from 48 to 61": the earlier figure, for the later one
        cues: list[tuple[int, int]] | None = None  # the sentence's background cues, read once
        src_spans: list[tuple[int, int]] = []
        when: tuple[str, str] | None = None  # the sentence's days (situate.day), read once
        for i, m in enumerate(mentions):
            if i in consumed:
                continue
            next_m = mentions[i + 1] if i + 1 < len(mentions) else None
            kind = (zero[m.start][1], "people") if m.start in zero else _classify(ctx.doc.text, m, sent, lex)
            if kind is None:
                continue
            measure, unit = kind
            if found is None:
                found = ctx.clauses(sent.start, sent.end)
                src_spans = [(c.start, c.end) for c in found]
            prev = made[-1] if i and made and made[-1].evidence.start == mentions[i - 1].start else None
            measure, unit = measures.brought(ctx.doc.text, prev, mentions[i - 1].end if i else 0, m.start, lex) or (measure, unit)
            if unit == "metres" and m.value.low and ctx.doc.text[m.end - 1] == "m":  # "fell 45m (148ft)": read as 45 million
                m = dataclasses.replace(m, value=Value(m.value.low / 1e6, m.value.low / 1e6, m.value.approx, m.value.text))
            held = None
            if unit == "percent":
                of = shares.territory(ctx.doc.text, m.end, sent.end, bool(ctx.places_in(m.end, min(sent.end, m.end + 80))))
                if of:  # a share of territory: its side decides how it is compared
                    measure, held = "percent", shares.side(ctx.doc.text, max(sent.start, m.start - 120), m.start)
            if measure == "count" and unit in ("people", None) and i in carried and made:
                measure, unit = made[-1].measure or measure, "people"  # "the toll from 48 to 61": the same series
            if measure == "count" and unit in ("people", None):
                borrowed = _borrowed(ctx, sent, i, mentions, lex, made)
                if borrowed:
                    measure, unit = borrowed, "people"
            previous = None
            between = ctx.doc.text[m.end:next_m.start] if next_m is not None else ""
            to_from = TO_FROM.match(between) and TO_BEFORE.search(ctx.doc.text, max(sent.start, m.start - 20), m.start)
            if next_m is not None and (PREVIOUS_AFTER.match(between) or to_from):
                previous = next_m.value
                consumed.add(i + 1)
            previous = previous or carried.get(i)
            before = ctx.doc.text[max(sent.start, m.start - 40):m.start]
            earlier = bool(outdated and outdated.end() <= m.start  # "had stood at 8": an outdated figure, in its own clause
                           and not situate.CLAUSE_END.search(ctx.doc.text, outdated.end(), m.start))
            if earlier and BACKSHIFT.search(ctx.doc.text, sent.start, m.start) and not EARLIER_STRONG.search(ctx.doc.text, sent.start, m.start):
                earlier = False  # "police said the toll had reached 1,394": reported speech, not an outdated figure
            if next_m is not None and FROM_BEFORE.search(before) and TO_BETWEEN.match(between):
                earlier = True
                carried[i + 1] = m.value
            revision = bool(previous or REVISION_BEFORE.search(before) or INCREMENT_BEFORE.search(before) or earlier
                            or roles.BROUGHT_TO.search(ctx.doc.text, max(sent.start, m.start - 120), m.start))  # "bringing the toll to 267"
            clause = attribution.credit(found, m.fig_start, m.end) or situate.quoted_speaker(ctx, sent, m)
            subset = parts.subset(ctx.doc.text, sent.start, sent.end, m.start, m.end, mentions[i - 1].end if prev else None,
                                  bool(prev and prev.measure == measure), bool(prev and dict(prev.extra).get("subset")))
            if cues is None:
                cues = roles.background_cues(ctx.doc.text, sent.start, sent.end, ctx.published)
                when = situate.day(ctx, sent)
            kind_of = roles.role(ctx.doc.text, sent.start, sent.end, m.start, m.end,
                                 mentions[i - 1].end if i else None, cues)
            source = situate.source(ctx, clause)
            who = (roles.breakdown(ctx.doc.text[m.end:min(sent.end, m.end + 40)], lex.breakdown)
                   or roles.breakdown_before(ctx.doc.text[max(sent.start, m.start - 60):m.start], lex.breakdown)
                   or roles.own_nationals(ctx.doc.text[m.end:min(sent.end, m.end + 40)], source)
                   or (roles.severity(ctx.doc.text[m.end:min(sent.end, m.end + 80)]) if measure == "injured" else None)) if unit == "people" else None
            fact = _fact(ctx, sent, m, measure, unit, source,
                         src_spans, when, previous, revision, kind_of == "increment",
                         subset, earlier, kind_of, who, held)
            if not sent.prose:  # a headline: only its people count, and only when the body does not restate it
                if measure not in lex.names:
                    continue
                fact = dataclasses.replace(fact, extra=fact.extra + (("headline", True),))
            made.append(fact)
    yield from restated.merge(situate.shared_sources(made))


def _headline_end(ctx: DocContext) -> int:
    """Where the report's headline and deck end: at its first prose sentence, or at a list of other
    stories ("Related stories", "Read more") before it."""
    end = next((s.start for s in ctx.sents if s.prose), len(ctx.doc.text))
    marker = LIST_MARKER.search(ctx.doc.text, ctx.doc.body_start, end)
    return marker.start() if marker else end


def _classify(text: str, m: numbers.Mention, sent: Sentence, lex: MeasureLexicon) -> tuple[str, str | None] | None:
    """(measure, unit) for a figure, or None when it is not a figure to report."""
    after = text[m.end:min(sent.end, m.end + 60)]
    before = text[max(sent.start, m.start - 30):m.start]
    raw = text[m.fig_start:m.end]
    if not m.vague:
        if DATE_BEFORE.search(before) or DATE_AFTER.match(after) or TIME_AFTER.match(after) or ISO_PART_BEFORE.search(before):
            return None
        if re.fullmatch(r"(?:1[6-9]|20)\d\d", raw) and (not measures.people_follow(after, lex) or ISO_DAY_AFTER.match(after)):
            return None  # a year; "2023-02-07 Rescuers raced": a date, whatever follows it
        if AGE_AFTER.match(after) and AGE_BEFORE.search(before):
            return None  # "said Claudio Rossi, 32, a fireman": an age
        if (IDENT_BEFORE.search(text[max(sent.start, m.start - 20):m.start]) and m.start > sent.start + 1 or
                CODE_BEFORE.search(before) and 2 <= len(raw) <= 4 and raw.isdigit() or  # "Flight ET 302"
                LOWER_IDENT.search(text, max(sent.start, m.start - 12), m.start)) and not m.qualifier:
            return None  # "Flight 370", "Resolution 2254"
        if raw.lower() == "one" and (ONE_AFTER.match(after) or ONE_BEFORE.search(before)
                                     or SAID_ONE.search(before) and re.match(r"\s*[,.;:]", after)):
            return None  # "no one was hurt", "one of the victims"; "said one, whose group ...": a person, not a count
    if MAGNITUDE_BEFORE.search(before) or MAGNITUDE_AFTER.match(after):
        return "other", "magnitude"  # "a 7.6-magnitude quake", "the magnitude 6.1 tremor": a reading, not a count
    if measures.metres(raw, before, after) and not CURRENCY_BEFORE.search(before):
        return "other", "metres"  # "fell 45m (148ft)": a height, not 45 million
    if COMPOUND_AFTER.match(after) and not DURATION.match(after[1:]):
        return "count", None
    if STRONG_AFTER.match(after):
        return "count", "people"  # "a 62-strong rescue team": the size of a group, not a casualty
    if PERCENT.match(after):
        return "other", "percent"
    if m.unit:  # numbers marks shares ("half of", "two in five"): never a count
        return "other", m.unit
    if CURRENCY_BEFORE.search(before) or CURRENCY_AFTER.match(after):
        return "other", "money"
    d = DURATION.match(after)
    if d:
        return "duration", d.group("u").lower().rstrip("s") + "s"
    u = MEASURE_UNIT.match(after)
    if u:
        return "other", u.group("u").lower()
    if EITHER_OR.match(after):
        return "count", "people"  # "79 people are dead or missing": two measures together, comparable with neither
    aboard = ABOARD.match(text, m.end, sent.end)
    if aboard:
        told = lex.trigger_re
        if not (told.search(aboard.group("rest")) or ALL_OF_THEM.match(aboard.group("next")) and told.search(aboard.group("next"))
                or told.search(text, max(sent.start, m.start - 25), m.start)):  # "killing all 157 on board"
            return "count", "people"
    if AIRCRAFT_AFTER.match(after):
        return "count", "aircraft"  # "the 737 passenger jet": a model, not a count of people
    noun = measures.head_noun(after, lex)
    if noun and (noun in lex.things or noun.endswith("?")):
        return "count", noun.rstrip("?")
    of = THING_OF.search(before)
    if of and of.group("n").lower() in lex.things:
        return "count", "people"  # "villages of 200, 300, up to 1,000 people": how many live there
    measure = measures.trigger(text, m, sent, lex)
    if measure == "trapped" and roles.FOUND_RESCUED.match(text, m.end, sent.end):
        measure = "rescued"  # "found three alive ... and rescued them": the group is out
    if measure:
        return measure, "people"
    return "count", ("people" if noun else None)


def _borrowed(ctx: DocContext, sent: Sentence, i: int, mentions: list, lex: MeasureLexicon,
              made: list[Fact]) -> str | None:
    """A figure with no trigger of its own takes one from its neighbour: "27 passengers and four
    crew were taken to hospital", or "the government puts the figure at 400" (the previous figure's)."""
    text = ctx.doc.text
    m = mentions[i]
    if i + 1 < len(mentions) and (JOINED.match(text[m.end:mentions[i + 1].start])
                                  or AMONG_NEXT.match(text[m.end:mentions[i + 1].start])):  # "Nine Britons were among the 41 killed"
        kind = _classify(text, mentions[i + 1], sent, lex)
        if kind and kind[0] not in ("count", "duration", "other"):
            return kind[0]
    toll = made[-1] if i and made and made[-1].evidence.start == mentions[i - 1].start and made[-1].measure in lex.names else None
    if toll is not None:  # the figure just before is a casualty figure: this one may be more of it
        gap, after = (mentions[i - 1].end, m.start), text[m.end:min(sent.end, m.end + 40)]
        if JOINED_PREV.fullmatch(text, *gap) and measures.head_noun(after, lex) in lex.people:
            return toll.measure  # "killing 149 passengers and eight crew": the crew too
        if dict(toll.extra).get("breakdown") and GROUP_LIST.fullmatch(text, *gap) and roles.breakdown(after, lex.breakdown):
            return toll.measure  # "464 Iranians, 199 Nigerians and 182 Egyptians": each group of the same dead
        if LIST_BEFORE.match(text[gap[0]:gap[1]]) and LIST_AFTER.match(text[m.end:m.end + 40]):
            return toll.measure  # "killed 34 people in India, 12 in Tibet and two in Bangladesh"
    if SAME_FIGURE.search(text, max(sent.start, m.start - 40), m.start):
        earlier = [f for f in made if f.measure not in ("count", "duration", "other", "projection") or dict(f.extra).get("projected")]
        if earlier and earlier[-1].evidence.start >= sent.para_start:  # "could reach 20,000, while X put it at 11,300": the toll
            return earlier[-1].measure if earlier[-1].measure != "projection" else str(dict(earlier[-1].extra)["projected"])
    return None


def _fact(ctx: DocContext, sent: Sentence, m: numbers.Mention, measure: str, unit: str | None,
          source: str | None, src_spans: list[tuple[int, int]], time: tuple[str, str] | None,
          previous: Value | None, revision: bool, increment: bool, subset: bool = False, earlier: bool = False, kind_of: str | None = None,
          who: str | None = None, held: str | None = None) -> Fact:
    if held:  # a share of territory is of the place it names ("of west Mosul"), else of the report's
        found = next(iter(ctx.places_in(m.end, min(sent.end, m.end + 80))), None)
    else:
        found = situate.place(ctx, sent, m, src_spans) or scope.carried(ctx, sent, scope.events())
    place = found.name if found else ctx.default_place
    ev = evidence(ctx.index, sent, m.start, m.end)
    v = m.value
    if (unit == "people" and not m.qualifier and v.low is not None and v.low == v.high
            and (not v.vague or v.text.endswith("mark"))  # "passed the thousand mark": a threshold, crossed
            and PASSED_BEFORE.search(ctx.doc.text, max(sent.start, m.start - 100), m.start)):
        v = Value(v.low, None, v.approx, v.text, v.vague)  # "the toll passed 300", "soared past 4,300": at least
    fid = stable_id("q", ctx.doc.id, m.start, m.end, measure)
    flags = (("earlier", earlier), ("increment", increment), ("subset", subset))
    extra = tuple((k, True) for k, v in flags if v)
    if earlier and not kind_of:
        kind_of = "earlier"
    extra += tuple((k, v) for k, v in (("role", kind_of), ("breakdown", who), ("share", held),
                                       *(() if held else ctx.area_of(found))) if v)
    if kind_of == "projection" and unit == "people" and measure not in ("count", "duration", "other"):
        measure, extra = "projection", extra + (("projected", measure),)  # "could reach 10,000": not a count
    if time is None:
        extra += (("not_compared", "undated"),)
    elif kind_of in ("increment", "background", "projection"):
        extra += (("not_compared", kind_of),)
    return Fact(id=fid, doc=ctx.doc.id, kind="quantity", evidence=ev, measure=measure,
                value=Value(v.low, v.high, v.approx, v.text, v.vague), unit=unit, place=place, time=time,
                source=source, previous=previous, revision=revision, extra=extra)
