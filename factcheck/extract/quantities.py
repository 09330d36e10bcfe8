"""People counts and other figures, each with measure, place, day and source.

Built from the grammar of reporting rather than fixed phrases: a figure takes the
measure of the nearest trigger word in its clause (after it, or before it for
"killing 12", "the toll rose to 60"), stops at the next figure (so "20 were
killed and 165 wounded" gives each its own), and is filtered of years, dates,
times, ages, durations, identifiers ("Flight 370") and non-people units.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import load_lexicon, per_rule_dirs, words
from ..model import Fact, Value, stable_id
from ..scan import DIGIT, anchored_on
from ..text import Sentence, evidence
from . import attribution, numbers
from .context import DocContext

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$")
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|^(?:st|nd|rd|th)\b")
TIME_AFTER = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|EST|EDT|CET|local time|o'clock)\b", re.I)
DURATION = re.compile(r"^[\s-]*(?P<u>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))(?P<old>[\s-]*old)?\b", re.I)
PERCENT = re.compile(r"^\s*(?:%|percent\b|per cent\b|percentage points?\b|pct\b)", re.I)
CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|US\$|USD|EUR|GBP|Rs\.?)\s*$")
CURRENCY_AFTER = re.compile(r"^\s*(?:dollars?|euros?|pounds?|yuan|yen|rupees?|dinars?|lira|rubles?|roubles?|francs?|dirhams?|riyals?)\b", re.I)
MAGNITUDE = re.compile(r"magnitude[\s-]*$|^[\s-]*magnitude\b|^\s*on the richter", re.I)
MEASURE_UNIT = re.compile(r"^[\s-]*(?P<u>km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|mm|cm|inch(?:es)?|kg|kilograms?|tonnes?|tons?|degrees?|mph|km/h|hectares?|acres?|square)\b", re.I)
IDENT_BEFORE = re.compile(r"\b(?:Flight|Route|Highway|Interstate|Resolution|Article|Section|Room|Gate|Platform|Chapter|"
                          r"Apollo|Boeing|Airbus|Model|Phase|Level|Category|Grade|Unit|Line|Bus|Train|Terminal|Block|"
                          r"Building|Ward|District|Zone|Sector|Camp|Road|Street|Avenue|Number|No\.|Nos\.|number|Act|Bill|Decree|Law|Kilo|Tu|Il|Su|Mi|An|Yak|MH|Hurricane|Typhoon|Storm|Cyclone)\s$")
VERBISH = {"were", "was", "have", "has", "had", "are", "is", "be", "been", "being", "will", "would", "could", "may", "might",
           "remain", "remained", "remains", "died", "die", "lost", "fled", "said", "including", "among", "in", "on", "at",
           "from", "to", "by", "for", "with", "after", "during", "as", "and", "or", "but", "who", "which", "that", "still",
           "now", "so", "far", "reportedly", "also", "each", "apiece", "total", "altogether", "overall", "of", "more", "others"}
PEOPLE_SUFFIX = ("ers", "ors", "ists", "ians", "ees", "men", "women", "children", "people", "folk", "ites", "ards", "ants", "ents")
REVISION_BEFORE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|raised|revised(?: up| upward| down| downward)?|grew|reached|soared|now stands at|stood at|up)\s+(?:to\s+)?(?:at\s+)?$", re.I)
PREVIOUS_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:up|down|rising|risen|climbing|jumping|revised)\s+from\s*(?:a previous\s+|an earlier\s+)?$", re.I)
TO_FROM = re.compile(r"^\s*from\s*(?:a previous\s+|an earlier\s+)?$", re.I)
TO_BEFORE = re.compile(r"\bto\s+(?:\w+\s+){0,2}$", re.I)
EARLIER = re.compile(r"\b(?:had\s+(?:stood|put|been|reached|risen|given)|earlier\s+(?:figures?|tolls?|reports?|estimates?)|"
                     r"previously|initially|at first|first reported|had earlier)\b", re.I)
COMPOUND_AFTER = re.compile(r"^-(?!strong\b|odd\b|plus\b)[a-z]+", re.I)  # "twelve-storey", "two-car": an adjective, not a count
SUBSET_BEFORE = re.compile(r"\b(?:among\s+(?:the\s+)?(?:dead|victims|injured|wounded|killed|missing|those\s+\w+)(?:\s+(?:were|are))?|"
                           r"(?:the\s+)?(?:dead|victims|injured|wounded|casualties|toll)\s+(?:included|include|includes)|"
                           r"including|included|includes|of\s+whom|of\s+them)\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.I)
SUBSET_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:of\s+(?:them|whom|those|the\s+(?:dead|victims|injured)))\b", re.I)
INCREMENT_BEFORE = re.compile(r"\b(?:another|an additional|a further)\s+$", re.I)
SKIP_WORDS = {"of", "more", "other", "others", "additional", "further", "the", "young", "foreign", "local",
              "elderly", "innocent", "armed", "unarmed", "civilian", "injured", "wounded", "dead", "more,"}
CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|\s--\s|,\s*(?:while|whereas|but|although|though)\b")
SAME_FIGURE = re.compile(r"\b(?:puts?|putting|estimates?|estimated|gives?|gave|places?|placed)\s+(?:the|its|their)\s+"
                         r"(?:figure|number|total|tally|count|toll)\s+(?:at|as)\s+$", re.I)
JOINED = re.compile(r"^\s*(?:[a-z]+\s+){0,3}(?:and|or|plus)\s+$")


class MeasureLexicon:
    """Trigger words per measure, and the nouns that say a figure counts people or things."""

    def __init__(self, data: dict) -> None:
        measures = list((data.get("people_measures") or {}).items())
        self.names = [m for m, _ in measures]
        # one alternation with a group per measure: one scan per window instead of one per measure
        self.trigger_re = re.compile("|".join(rf"(?P<m{i}>\b(?:{'|'.join(pats)})\b)" for i, (_, pats) in enumerate(measures)) or r"(?!x)x", re.I)
        self.trigger_fast = anchored_on(self.trigger_re, ["|".join(pats) for _, pats in measures])
        self.people = words(data.get("people_nouns", ""))
        self.things = words(data.get("thing_nouns", ""))

    def is_trigger(self, word: str) -> bool:
        m = self.trigger_re.fullmatch(word)
        return m is not None

    def measure_of(self, m: re.Match[str]) -> str:
        name = next(k for k, v in m.groupdict().items() if v is not None and k.startswith("m"))
        return self.names[int(name[1:])]


@per_rule_dirs
def measure_lexicon(extra_dirs: tuple[str, ...] = ()) -> MeasureLexicon:
    return MeasureLexicon(load_lexicon("measures", extra_dirs))


def extract(ctx: DocContext, extra_dirs: tuple[str, ...] = ()) -> Iterator[Fact]:
    lex = measure_lexicon(extra_dirs)
    nlex = numbers.lexicon(extra_dirs)
    made: list[Fact] = []
    for sent in ctx.sents:
        if not sent.prose:
            continue  # headline lists and navigation are page chrome, not report
        mentions = numbers.find(ctx.doc.text, sent.start, sent.end, nlex)
        if not mentions:
            continue
        found = ctx.clauses(sent.start, sent.end)
        outdated = EARLIER.search(ctx.doc.text, sent.start, sent.end)  # once per sentence, not per figure (issue 19)
        consumed: set[int] = set()
        for i, m in enumerate(mentions):
            if i in consumed:
                continue
            next_m = mentions[i + 1] if i + 1 < len(mentions) else None
            kind = _classify(ctx.doc.text, m, sent, lex)
            if kind is None:
                continue
            measure, unit = kind
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
            before = ctx.doc.text[max(sent.start, m.start - 40):m.start]
            earlier = bool(outdated and outdated.end() <= m.start)  # "had stood at 8": an outdated figure
            revision = bool(previous or REVISION_BEFORE.search(before) or INCREMENT_BEFORE.search(before) or earlier)
            clause = attribution.credit(found, m.start, m.end) or _quoted_speaker(ctx, sent, m)
            subset = bool(SUBSET_BEFORE.search(ctx.doc.text, max(sent.start, m.start - 60), m.start)
                          or SUBSET_AFTER.match(ctx.doc.text[m.end:sent.end]))
            fact = _fact(ctx, sent, m, measure, unit, clause.name if clause else None,
                         [(c.start, c.end) for c in found], previous, revision, bool(INCREMENT_BEFORE.search(before)),
                         subset, earlier)
            made.append(fact)
            yield fact


def _classify(text: str, m: numbers.Mention, sent: Sentence, lex: MeasureLexicon) -> tuple[str, str | None] | None:
    """(measure, unit) for a figure, or None when it is not a figure to report."""
    after = text[m.end:min(sent.end, m.end + 60)]
    before = text[max(sent.start, m.start - 30):m.start]
    raw = text[m.fig_start:m.end]
    if not m.vague:
        if DATE_BEFORE.search(before) or DATE_AFTER.match(after) or TIME_AFTER.match(after):
            return None
        if re.fullmatch(r"(?:1[6-9]|20)\d\d", raw) and not _people_follow(after, lex):
            return None  # a year
        if IDENT_BEFORE.search(text[max(sent.start, m.start - 20):m.start]) and m.start > sent.start + 1 and not m.qualifier:
            return None  # "Flight 370", "Resolution 2254"
        if raw.lower() == "one" and (re.match(r"^\s+(?:of|another|day|side|way|time|thing)\b", after)
                                     or re.search(r"\b(?:no|any|every|some)\s*$", before, re.I)):
            return None  # "no one was hurt", "one of the victims"
    if COMPOUND_AFTER.match(after) and not DURATION.match(after[1:]):
        return "count", None
    if PERCENT.match(after):
        return "other", "percent"
    if CURRENCY_BEFORE.search(before) or CURRENCY_AFTER.match(after):
        return "other", "money"
    if MAGNITUDE.search(before) or MAGNITUDE.match(after):
        return "other", "magnitude"
    d = DURATION.match(after)
    if d:
        return "duration", d.group("u").lower().rstrip("s") + "s"
    u = MEASURE_UNIT.match(after)
    if u:
        return "other", u.group("u").lower()
    noun = _head_noun(after, lex)
    if noun and (noun in lex.things or noun.endswith("?")):
        return "count", noun.rstrip("?")
    measure = _trigger(text, m, sent, lex)
    if measure:
        return measure, "people"
    return "count", ("people" if noun else None)


def _borrowed(ctx: DocContext, sent: Sentence, i: int, mentions: list, lex: MeasureLexicon,
              made: list[Fact]) -> str | None:
    """A figure with no trigger of its own takes one from its neighbour: "27 passengers and four
    crew were taken to hospital", or "the government puts the figure at 400" (the previous figure's)."""
    text = ctx.doc.text
    m = mentions[i]
    if i + 1 < len(mentions) and JOINED.match(text[m.end:mentions[i + 1].start]):
        kind = _classify(text, mentions[i + 1], sent, lex)
        if kind and kind[0] not in ("count", "duration", "other"):
            return kind[0]
    if SAME_FIGURE.search(text, max(sent.start, m.start - 40), m.start):
        earlier = [f for f in made if f.measure not in ("count", "duration", "other")]
        if earlier and earlier[-1].evidence.start >= sent.para_start:
            return earlier[-1].measure
    return None


def _people_follow(after: str, lex: MeasureLexicon) -> bool:
    return _head_noun(after, lex) in lex.people or bool(re.match(r"^\s+(?:were|have|had|are|died)\b", after))


def _head_noun(after: str, lex: MeasureLexicon) -> str | None:
    """The noun a figure counts: a known people or thing noun, or an unknown noun (a thing)."""
    modifiers = 0
    for tok in re.findall(r"[A-Za-z][\w'-]*|[,.;:]", after)[:4]:
        low = tok.lower()
        if low in lex.people or low in lex.things:
            return low
        if low in SKIP_WORDS or tok[0].isupper() or low.endswith(("ian", "ese", "ish")):
            continue
        if low in VERBISH or not low.isalpha() or lex.is_trigger(low):
            return None
        if low.endswith(PEOPLE_SUFFIX):
            return "people"
        if low.endswith("s") and not low.endswith(("ss", "us")):
            return f"{low}?"  # an unknown plural noun: "40 water purification units", "25 ambulances"
        modifiers += 1
        if modifiers > 2 or low.endswith(("ed", "ing", "ly")):
            return None  # "20 died", "12 fleeing": not a noun phrase
    return None


def _trigger(text: str, m: numbers.Mention, sent: Sentence, lex: MeasureLexicon) -> str | None:
    """The measure whose trigger is nearest the figure, within its clause and its neighbours."""
    # the window after the figure ends at its clause's end or the next figure; the one before
    # starts after the last clause break, then after the last digit (another figure's)
    a_end = min(sent.end, m.end + 90)
    ends = [a_end] + [x.start() for x in (CLAUSE_END.search(text, m.end, a_end),
                                          numbers.lexicon().fast.search(text, m.end, a_end)) if x]
    a_end = min(ends)
    b_start = max(sent.start, m.start - 70)
    for rx in (CLAUSE_END, DIGIT):
        hits = list(rx.finditer(text, b_start, m.start))
        if hits:
            b_start = hits[-1].end()
    best: tuple[float, str] | None = None
    # the windows are read in the document, so a window cut mid-word ("s|killed") finds no trigger
    for t in lex.trigger_fast.finditer(text, m.end, a_end):
        d = t.start() - m.end
        if best is None or d < best[0]:
            best = (d, lex.measure_of(t))
        break  # matches come in text order: the first after the figure is the nearest
    for t in lex.trigger_fast.finditer(text, b_start, m.start):
        gap = text[t.end():m.start]
        d = 0 if not gap.strip() else m.start - t.end() + 12  # "killed 20": adjacent wins; else after is likelier
        if best is None or d < best[0]:
            best = (d, lex.measure_of(t))
    return best[1] if best else None


def _fact(ctx: DocContext, sent: Sentence, m: numbers.Mention, measure: str, unit: str | None,
          source: str | None, src_spans: list[tuple[int, int]], previous: Value | None, revision: bool,
          increment: bool, subset: bool = False, earlier: bool = False) -> Fact:
    place = _place(ctx, sent, m, src_spans)
    time = _time(ctx, sent, m)
    ev = evidence(ctx.index, sent, m.start, m.end)
    v = m.value
    fid = stable_id("q", ctx.doc.id, m.start, m.end, measure)
    flags = (("earlier", earlier), ("increment", increment), ("subset", subset))
    extra = tuple((k, True) for k, v in flags if v)
    return Fact(id=fid, doc=ctx.doc.id, kind="quantity", evidence=ev, measure=measure,
                value=Value(v.low, v.high, v.approx, v.text, v.vague), unit=unit, place=place, time=time,
                source=source, previous=previous, revision=revision, extra=extra)


def _place(ctx: DocContext, sent: Sentence, m: numbers.Mention, src_spans: list[tuple[int, int]]) -> str | None:
    """The place nearest the figure in its sentence (not in a source phrase or the dateline), else the report's."""
    skip = src_spans + [ctx.dateline] if ctx.dateline else src_spans
    cands = [p for p in ctx.places_in(sent.start, sent.end) if not any(a <= p.start < b for a, b in skip)]
    if not cands:
        return ctx.main_place
    best = min(cands, key=lambda p: (p.start - m.end) if p.start >= m.end else (m.start - p.end) * 1.3 + 5)
    return best.name


def _time(ctx: DocContext, sent: Sentence, m: numbers.Mention) -> tuple[str, str] | None:
    """The days a figure covers: from the earliest to the latest day its sentence names.

    A toll is a running count, so it is current as of the latest day mentioned
    ("recovered more bodies on Tuesday from the block that collapsed on Monday,
    bringing the toll to 13" is Monday..Tuesday); a past year alone ("In 1961, a
    storm killed 54") dates background, and is ignored when a day is also named."""
    if ctx.published is None:
        return None
    found = ctx.times(sent)
    days = [t.window for t in found if t.window[1][:4] != t.window[0][:4] or t.window[0][5:] != "01-01"
            or t.window[1][5:] != "12-31"]
    windows = days or [t.window for t in found]
    if not windows:
        d = ctx.published.isoformat()
        return d, d
    return min(w[0] for w in windows), max(w[1] for w in windows)


def _quoted_speaker(ctx: DocContext, sent: Sentence, m: numbers.Mention) -> attribution.Clause | None:
    """A figure inside a quotation is credited to whoever the paragraph quotes."""
    if not ctx.inside_quote(sent.para_start, sent.para_end, m.start):  # indexed once per paragraph (was quadratic)
        return None
    found = ctx.clauses(sent.para_start, sent.para_end)
    return found[0] if found else None
