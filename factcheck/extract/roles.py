"""What a figure is beyond its measure: a breakdown of the whole, an increment, background, a projection.

Real reports mix the event's toll with figures that must never be compared with it:
counts of one nationality or group ("Three Americans", "nine Britons among the dead",
"63 police officers"): a `breakdown`, compared only with the same breakdown; the day's
increment ("four more bodies", "a rise of 37", one group brought out: "a group of 24",
"found three alive and rescued them", what brought the toll up: "three bodies found, bringing the
toll to 43"); figures of past events or of another
incident ("In 1962 a flood there drowned 340", "another avalanche"); and projections
("could reach 10,000", "may exceed 15,000"). The last three get a `role` and are kept
as facts, but the numeric rule never compares them.
"""
from __future__ import annotations

import datetime as dt
import re

INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further|(?:a|the)\s+(?:rise|increase|jump)\s+of|"
                              r"(?:up|rose|risen|rising|increased|climbed|jumped|grew)\s+by)\s+$", re.I)
INCREMENT_AFTER = re.compile(r"^\s+(?:more|new|additional|further)\b(?!\s+than)", re.I)
GROUP_BEFORE = re.compile(r"\b(?:a|one|another|the\s+(?:first|last|latest))\s+group\s+of\s+$", re.I)  # "brought out a group of 24"
FOUND_RESCUED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?alive\b[^.;]{0,80}?\band\s+(?:later\s+)?(?:rescued|pulled|freed|brought|"
                           r"retrieved|extricated|dug)\s+them\b", re.I)  # "found three alive ... and rescued them": one group
# "the last three bodies were found, bringing the official death toll to 43": what the running toll gained
_BRINGING = (r"\b(?:bringing|taking|pushing|raising|increasing|lifting|boosting|swelling|which\s+(?:brings|brought|takes|took|raises|raised))"
             r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,6}?(?:tolls?|total|tally|number|count|figure)\b[^.;:\d]{0,60}?\bto\s+(?:[a-z]+\s+){0,2}?")
BRINGING_AFTER = re.compile(rf"[^.;:\d]{{0,120}}?{_BRINGING}[\d\w]", re.I)
BROUGHT_TO = re.compile(rf"{_BRINGING}$", re.I)
JOINED_BEFORE = re.compile(r"^[^.;:]{0,40}\b(?:and|or|while|with)\s+$", re.I)  # "20 killed and 165 more wounded": others
PROJECTION = re.compile(r"\b(?:could|may|might|would|will|expected\s+to|likely\s+to|feared\s+to|set\s+to|"
                        r"projected\s+to|forecast\s+to|predicted\s+to|threatens?\s+to)\s+(?:\w+\s+){0,4}$", re.I)  # "could reach well into the thousands"
PROJECTION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:could|may|might|would|will|(?:are|were)\s+(?:expected|likely|feared)\s+to)"
                              r"(?!\s+still\b)\s+(?:\w+\s+){0,2}?(?:die|died|be|been|have|perish|need|lose|flee)\b", re.I)  # "10,000 may have died"
# words naming an event: also read by dates.py ("the quake that struck on Tuesday", "in Tuesday's flood")
EVENT = (r"(?:quake|earthquake|tremor|tsunami|avalanche|flood(?:ing|s)?|fire|blaze|crash|collapse|attack|bombing|shelling|"
         r"explosion|blast|storm|cyclone|hurricane|typhoon|landslides?|mudslides?|accident|disaster|tragedy|shooting|stampede|"
         r"eruption|sinking|derailment|massacre)")
OTHER_INCIDENT = re.compile(rf"\b(?:another|a\s+separate|a\s+similar|an\s+earlier|a\s+previous|the\s+previous|"
                            rf"last\s+(?:month|year|week)'?s?)\s+(?:[\w-]+\s+){{0,3}}{EVENT}\b|"
                            rf"\b(?:a|one|two|three|several)\s+(?:years?|decades?)\s+(?:ago|earlier|before|after)\b|"
                            rf"\blast\s+(?:year|month)\b|\bin\s+the\s+past\b(?![\s\w]{{0,20}}\b(?:hours?|days?|week)\b)", re.I)
PAST_YEAR = re.compile(r"\b(?:[Ii]n|[Tt]he|[Oo]f|[Bb]ack\s+in)\s+(?P<y>(?:19|20)\d\d)\b(?:['’]s)?(?!\s*[-–/]\s*\d)")
_CUE_WORDS = ("another", "separate", "similar", "earlier", "previous", "last", "ago", "before", "after", "past")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:(?:an|ian|ean|on|o|i|ite|ard|k|nder|er)s?|ese|ch)$")  # "Briton(s)", "Filipino(s)"
_POPULATION = {"civilians", "people", "residents", "inhabitants", "villagers", "families", "households"}
_PLACE_WORDS = {"in", "at", "on", "near", "from", "to", "outside", "across"}
_SKIP = {"more", "other", "others", "additional", "further", "of", "the", "foreign", "young", "local", "fellow"}
_WORD_OR_MARK = re.compile(r"[A-Za-z][\w'-]*|[,.;:]")


def breakdown(after: str, nouns: frozenset[str]) -> str | None:
    """Who a figure counts when that is a part of the whole: a nationality ("41 Kenyans") or a
    group from the lexicon's `breakdown_nouns` ("63 police officers", "16 sherpa guides")."""
    toks = _WORD_OR_MARK.findall(after)[:5]
    for i, tok in enumerate(toks[:4]):
        low = tok.lower()
        if low in _SKIP:
            continue
        if low in _PLACE_WORDS:
            return None  # "5 pedestrians in Lyon": a place after a preposition, not a nationality
        if _DEMONYM.match(tok) and i < 3:
            if i + 1 < len(toks) and toks[i + 1].lower() in _POPULATION and not low.endswith("s"):
                return None  # "tens of thousands of Syrian civilians": the population, not a part of it
            return low
        if low in nouns:
            return low
        if not tok[0].isalpha() or i >= 2:
            return None
    return None


# "33 others remain in serious condition", "116 sustained minor injuries": how badly, a part of the injured
_SEVERITY = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:remain|remained|are|were|is|was|still)\s+){0,2}(?:(?P<bad>in\s+(?:a\s+)?(?:very\s+)?(?:serious|critical|grave)\s+"
                       r"condition|seriously|critically|severely|gravely|(?:sustained|suffered|with|had)\s+(?:serious|severe|critical|life-threatening)\s+"
                       r"injuries)|(?P<mild>(?:sustained|suffered|with|had)\s+(?:minor|light|slight)\s+injuries|slightly|lightly))\b", re.I)


_OWN_NATIONALS = re.compile(r"^\s+(?:of\s+(?:its|their)\s+(?:own\s+)?(?:nationals|citizens|people|pilgrims|soldiers|troops)|"
                            r"(?:were|are)\s+(?:its|their)\s+(?:own\s+)?(?:nationals|citizens))\b", re.I)


def own_nationals(after: str, source: str | None) -> str | None:
    """"Iran said 464 of its nationals died": a part of the dead, those of the country that counts them."""
    if not _OWN_NATIONALS.match(after):
        return None
    return f"nationals of {source}" if source else "own nationals"


def severity(after: str) -> str | None:
    """"serious" or "minor" when the words after a figure say how badly those it counts are hurt."""
    m = _SEVERITY.match(after)
    return None if m is None else "serious" if m.group("bad") else "minor"


# "put the number of foreigners killed at nine": the group is named before the figure
_GROUP_BEFORE = re.compile(r"\b(?:number|toll|count|tally)\s+of\s+(?:the\s+)?(?P<g>[A-Za-z-]+)\s+(?:[a-z]+\s+){0,2}(?:at|to|as)\s+$")


def breakdown_before(before: str, nouns: frozenset[str]) -> str | None:
    """The group a figure counts when it is named before it: "the number of foreigners killed at nine"."""
    m = _GROUP_BEFORE.search(before)
    if m is None:
        return None
    g = m.group("g")
    return g.lower() if g.lower() in nouns or (_DEMONYM.match(g) and g.endswith("s")) else None


_SINCE = re.compile(r"\bsince\b", re.I)


def background_cues(text: str, sent_start: int, sent_end: int, published: dt.date | None) -> list[tuple[int, int]]:
    """Spans (document offsets) of a sentence's cues of a past event or another incident, read once
    per sentence: "In 1962", "the 2004 tsunami", "a bus crash ... last month", "a year after"."""
    sentence = text[sent_start:sent_end]
    cues: list[tuple[int, int]] = []
    low = sentence.lower()
    if not any(w in low for w in _CUE_WORDS) and not _YEARISH.search(sentence):
        return cues  # most sentences: no cue word at all
    for m in OTHER_INCIDENT.finditer(sentence):
        if not _SINCE.search(sentence[max(0, m.start() - 80):m.start()]):
            cues.append((sent_start + m.start(), sent_start + m.end()))  # "since ... last year": a running count
    if published is not None:
        cues += [(sent_start + m.start(), sent_start + m.end()) for m in PAST_YEAR.finditer(sentence)
                 if int(m.group("y")) < published.year]
    return cues


def brought_to(text: str, prev_end: int, start: int) -> int | None:
    """Where "bringing the toll to" begins when the figure at `start` is what the increment just
    before it brought the toll to ("five more died in hospital, taking the total to 61"): the toll
    counts what the increment counts, unless the phrase names its own measure ("the death toll")."""
    m = BROUGHT_TO.search(text, prev_end, start)
    return m.start() if m else None


_TO_BEFORE = re.compile(r"\bto\s+$")
_CLAUSE_MARK = re.compile(r"[.;:]")


def role(text: str, sent_start: int, sent_end: int, start: int, end: int, prev_end: int | None,
         cues: list[tuple[int, int]]) -> str | None:
    """increment | background | projection, or None for a figure of the event as it stands.
    `cues` are the sentence's background_cues: one before the figure, or just after it in its
    clause ("killed 12 people last month"), makes it background."""
    before = text[max(sent_start, start - 50):start]
    joined = prev_end is not None and JOINED_BEFORE.match(text[prev_end:start])
    if INCREMENT_BEFORE.search(before) or (INCREMENT_AFTER.match(text[end:min(sent_end, end + 20)]) and not joined):
        return "increment"
    if GROUP_BEFORE.search(before) or FOUND_RESCUED.match(text, end, sent_end):
        return "increment"  # one group brought out: a part of the running count
    if BRINGING_AFTER.match(text, end, sent_end) and not _TO_BEFORE.search(before):
        return "increment"  # "six bodies found, bringing the toll to 43": the six the toll gained
    for a, _ in cues:
        if a < start or (a - end < 60 and not _CLAUSE_MARK.search(text[end:a])):
            return "background"
    if PROJECTION.search(before) or PROJECTION_AFTER.match(text, end, min(sent_end, end + 60)):
        return "projection"
    return None
