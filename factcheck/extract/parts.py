"""Figures that are a part of the event's whole, and counts stated as none at all.

A report's total is often followed by its parts, which must never be compared with
totals: a condition qualifier after it in the same sentence ("Fourteen people have been
injured, three severely", "Nine are in hospital, four in a critical condition"), a list
after "including"/"among them" ("six died, including a family of four, and two others"),
the figure of one unnamed part of the area ("in one neighbourhood alone, 22 were killed",
"at a single school, 18 children died"). A named part ("in Amatrice alone") is left to the
place machinery: it is that place's figure. Zero counts have no numeral: "there are no
longer any missing persons", "all those listed as missing have now been accounted for".
"""
from __future__ import annotations

import re

from ..model import Value
from .numbers import Mention

SUBSET_BEFORE = re.compile(r"\b(?:among\s+(?:the\s+)?(?:dead|victims|injured|wounded|killed|missing|those\s+\w+)(?:\s+(?:were|are))?|"
                           r"(?:the\s+)?(?:dead|victims|injured|wounded|casualties|toll|(?:those|people)\s+(?:killed|dead|injured|hurt|wounded|missing))"
                           r"\s+(?:included|include|includes)|"
                           r"including|included|includes|of\s+whom|of\s+them|among\s+(?:them|whom))\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.I)
# "Out of the 196 people injured, 10 remain in hospital", "Of those killed, 12 were children": the clause
# opens with the whole, the figure after it counts some of them
OUT_OF = re.compile(r"\b(?:out\s+)?of\s+(?:the|those|these|all)\s+(?:(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+)?(?:(?:people|persons)\s+)?"
                    r"(?:who\s+(?:were|was|are|had\s+been|have\s+been)\s+)?(?:injured|wounded|hurt|dead|killed|missing|victims|"
                    r"casualties|hospitali[sz]ed|rescued|evacuated|displaced|trapped)(?:\s+[\w'-]+){0,2},\s*$", re.I)
SUBSET_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:of\s+(?:them|whom|who|those|the\s+(?:dead|victims|injured)))\b", re.I)  # "12 of who": a slip for whom
# "including a family of four", "among them a couple of pensioners": a list opened a few words back
LIST_OPENED = re.compile(r"\b(?:including|among\s+(?:them|whom))\s+(?:(?!who\b|which\b|that\b|where\b|when\b|said\b)[a-z'-]+\s+){1,4}$", re.I)
LIST_NEXT = re.compile(r"\s*(?:[a-z'-]+\s+){0,3}?[a-z'-]*\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)  # "four, and two others"
# "..., three severely", "..., four in a critical condition": how badly some of the figure before are hurt
CONDITION_AFTER = re.compile(r"\s+(?:(?:people|persons|patients|are|were|is|was|remain|remained|still|now|reportedly)\s+){0,3}"
                             r"(?:(?:very\s+|most\s+)?(?:severely|seriously|critically|badly|gravely)\b|in\s+intensive\s+care\b|"
                             r"in\s+(?:a\s+|an\s+)?(?:very\s+)?(?:critical|serious|grave|life-threatening|stable)\s+(?:condition|state)s?\b)", re.I)
CONDITION_JOIN = re.compile(r"[^.;:\d]{0,80}?(?:,\s*(?:and\s+|with\s+|while\s+)?|\s+(?:with|and)\s+)", re.I)
_PREP = r"\b(?:in|at|on|inside|within|from|across)\s+"
ALONE = re.compile(rf"{_PREP}(?P<part>[^,.;:\d]{{1,40}}?)\s+alone\b", re.I)  # "in one neighbourhood alone"
SINGLE = re.compile(rf"{_PREP}(?:a\s+single|one\s+single|just\s+one|only\s+one|one)\s+(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\b", re.I)  # "at a single school"
CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|,\s*(?:while|whereas|but|although|though|and)\b")
_NOUN = r"(?:people|persons|one|residents|victims|bodies|individuals|passengers|workers|miners|climbers)"
NO_MORE = re.compile(rf"\b(?:(?:there\s+(?:are|is)\s+)?no\s+(?:longer\s+)?(?:any\s+)?(?:more\s+)?(?:{_NOUN}\s+)?|nobody\s+|no-one\s+|none\s+|"
                     r"no\s+longer\s+any(?:one|body)\s+)"
                     r"(?:(?:is|are|remains?|now|still|longer|listed\s+as|reported)\s+){0,3}"
                     r"(?P<w>missing|unaccounted[- ]for|trapped)\b", re.I)
ALL_FOUND = re.compile(rf"\b(?:all|every(?:one|body))\s+(?:of\s+)?(?:those|the|the\s+{_NOUN}|{_NOUN})?\s*(?:who\s+(?:were|had\s+been)\s+)?"
                       r"(?:(?:listed|reported|registered|declared)\s+(?:as\s+)?)?(?P<w>missing)\s+(?:(?:in|at|from|after)\s+[^,.;:\d]{1,40}?\s+)?(?:have|has|had|are|is|were)\s+"
                       r"(?:(?:now|since|all|finally|been)\s+){0,3}(?:accounted\s+for|found|located|traced)\b", re.I)
NOT_ASSERTED = re.compile(r"\b(?:until|unless|once|if|whether|before|not|hope[sd]?|hoping|when)\b[^.;:]{0,40}$", re.I)


def part_of_area(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """The figure of one unnamed part of the area, said in its clause: "in one neighbourhood
    alone, 22 people were killed", "40 died in the old town alone", "at a single school"."""
    near = text[max(sent_start, start - 90):min(sent_end, end + 90)]
    if near.isascii() and not any(w in near.lower() for w in ("one", "single")):  # "alone" holds "one"
        return False  # neither shape can match: most figures (non-ASCII text is scanned, for re.I's folds)
    cut = list(CLAUSE_BREAK.finditer(text, max(sent_start, start - 90), start))
    lo = cut[-1].end() if cut else max(sent_start, start - 90)
    hi = min(sent_end, end + 90)
    stop = CLAUSE_BREAK.search(text, end, hi)
    hi = stop.start() if stop else hi
    for rx in (ALONE, SINGLE):
        for m in rx.finditer(text, lo, hi):
            if (m.start() < end and m.end() > start) or (m.start() >= end and re.search(r"\d", text[end:m.start()])):
                continue  # another figure's part
            if rx is ALONE and any(w[0].isupper() for w in m.group("part").split()):
                continue  # "in Amatrice alone": a named place, that place's own figure
            if rx is SINGLE and not AREA_NOUNS.intersection(m.group("noun").lower().split()):
                continue  # "at one point": a moment, not a part of the area
            return True
    return False


AREA_NOUNS = frozenset("""neighbourhood neighborhood district street village hamlet town city building school hospital
block quarter suburb estate church mosque temple hotel house home site camp area ward road bridge factory mine
province region county municipality valley island market shelter""".split())


def subset(text: str, sent_start: int, sent_end: int, start: int, end: int, prev_end: int | None,
           same_as_prev: bool, prev_subset: bool) -> bool:
    """A part of a whole named in the sentence: "including 3 children", "four of them", a list
    after "including", a condition qualifier ("..., three severely") or one part of the area.
    `same_as_prev`: the figure before counts the same measure (the whole, or the list's last part)."""
    if SUBSET_BEFORE.search(text, max(sent_start, start - 60), start) or SUBSET_AFTER.match(text[end:sent_end]) \
            or OUT_OF.search(text, max(sent_start, start - 60), start):
        return True
    if LIST_OPENED.search(text, max(sent_start, start - 60), start):
        return True
    if part_of_area(text, sent_start, sent_end, start, end):
        return True
    if prev_end is None or not same_as_prev:
        return False  # "Two were killed, 15 seriously injured": another measure, its own total
    between = text[prev_end:start]
    if CONDITION_AFTER.match(text, end, sent_end) and CONDITION_JOIN.fullmatch(between):
        return True
    return prev_subset and bool(LIST_NEXT.fullmatch(between))  # "including a family of four, and two others"


def zeros(text: str, sent_start: int, sent_end: int) -> list[tuple[Mention, str]]:
    """A figure of zero over each count stated as none, with its measure, asserted rather than hoped for or
    conditional ("until all the missing are found"). Only missing and, when said to be no
    longer so, trapped people: a plain "no one was trapped" may be about one building. Not when the
    sentence counts the same people elsewhere: the zero is then one part's, set against another's."""
    out: list[tuple[Mention, str]] = []
    low = text[sent_start:sent_end].lower()
    if "missing" not in low and "trapped" not in low and "unaccounted" not in low:
        return out  # most sentences
    for rx in (NO_MORE, ALL_FOUND):
        for m in rx.finditer(text, sent_start, sent_end):
            if NOT_ASSERTED.search(text, max(sent_start, m.start() - 40), m.start()):
                continue
            w = m.group("w").lower()
            if len(re.findall(rf"\b{w[:7]}", low)) > 1:
                continue  # "no longer any missing in X, but 15 still missing in Y": a part's zero beside another's count
            if w == "trapped" and not re.search(r"\b(?:longer|still|remains?|more)\b", m.group(), re.I):
                continue
            zero = Value(0.0, 0.0, False, m.group())
            out.append((Mention(m.start(), m.end(), m.start(), zero, True, False), "trapped" if w == "trapped" else "missing"))
    return sorted(out, key=lambda z: z[0].start)
