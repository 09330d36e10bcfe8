"""Which measure a figure counts: the trigger word nearest it in its clause, and the noun it counts.

Split from quantities (which finds figures and situates them): a figure takes the measure
of the nearest trigger in its clause, after it or before it ("killing 12", "the toll rose
to 60"), or of the toll a long subject names ("The death toll in the collapse of ...
today rose to 304"); the noun after it says whether it counts people or things.
"""
from __future__ import annotations

import re

from ..lexicon import load_lexicon, per_rule_dirs, words
from ..scan import DIGIT, anchored_on
from ..text import Sentence
from ..model import Fact
from . import numbers, roles, situate

VERBISH = {"till", "until", "this", "these", "those", "its", "were", "was", "have", "has", "had", "are", "is", "be", "been", "being", "will", "would", "could", "may", "might",
           "remain", "remained", "remains", "died", "die", "lost", "fled", "said", "including", "among", "in", "on", "at",
           "from", "to", "by", "for", "with", "after", "during", "as", "and", "or", "but", "who", "which", "that", "still",
           "now", "so", "far", "reportedly", "also", "each", "apiece", "total", "altogether", "overall", "of", "more", "others"}
PEOPLE_SUFFIX = ("ers", "ors", "ists", "ians", "ees", "men", "women", "children", "people", "folk", "ites", "ards", "ants", "ents")
SKIP_WORDS = {"of", "more", "other", "others", "additional", "further", "the", "young", "foreign", "local",
              "elderly", "innocent", "armed", "unarmed", "civilian", "injured", "wounded", "dead", "more,"}
TOLL_VERB = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:(?:has|had|have)\s+)?(?:climb(?:s|ed|ing)?|rose|rises|risen|rising|jump(?:s|ed|ing)?|"
                       r"reach(?:es|ed|ing)?|hit(?:s|ting)?|pass(?:es|ed|ing)|tops?|topped|topping|exceed(?:s|ed|ing)?|soared|"
                       r"stands|stood|standing|is|was)"
                       r"(?:\s+(?:to|at|past|by))?\s*$", re.I)  # "toll climbs to 355": the toll's figure, whatever follows
REACHED_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|jumps|reached|reaches|hit|hits|passed|passes|"
                            r"topped|tops|exceeded|exceeds|stood|stands|soared|increased|grew|gone|went|crossed)\s+"
                            r"(?:to\s+|at\s+|past\s+|by\s+)?$", re.I)
TOLL_SUBJECT = re.compile(r"\b(?:tolls?|number\s+of)\b", re.I)
NUMBER_OF = re.compile(r"\b(?:number|tally|count|total)\s+of\s+(?:the\s+)?$", re.I)  # "the number of displaced ... has climbed to"  # "The death toll in the collapse of ... today rose to 304"
HEAD_GAP = re.compile(r"\s+(?:(?:more|other|additional|further|new)\s+)?", re.I)
METRES_AFTER = re.compile(r"^\s*(?:\(\s*[\d.,]+\s*(?:ft|feet|foot)\b|-?(?:high|tall|deep|long|wide|below|above)\b)", re.I)
METRES_BEFORE = re.compile(r"\b(?:fell|falls?|fallen|falling|plunged|plunges|plunging|plummeted|tumbled|dropped|"
                           r"(?:a\s+)?(?:drop|fall|plunge|height|depth|altitude)\s+of)\s+$", re.I)
SUBORDINATE = re.compile(r"\b(?:when|where|while|whereas|because|although|if|unless)\b|(?<!\ball )\bbut\b", re.I)  # "96 rescued but 140 missing"
# "300 divers were searching for the passengers", "430 volunteers joined the search for the missing": a search
# told after the figure makes it the searchers; what they look for is not what it counts
SEARCHING = re.compile(r"(?:searching|looking|search)\s+for", re.I)


class MeasureLexicon:
    """Trigger words per measure, and the nouns that say a figure counts people or things."""

    def __init__(self, data: dict) -> None:
        measures = list((data.get("people_measures") or {}).items())
        self.names = [m for m, _ in measures]
        # one alternation with a group per measure: one scan per window instead of one per measure
        self.trigger_re = re.compile("|".join(rf"(?P<m{i}>\b(?:{'|'.join(pats)})\b)" for i, (_, pats) in enumerate(measures)) or r"(?!x)x", re.I)
        self.trigger_fast = anchored_on(self.trigger_re, ["|".join(pats) for _, pats in measures])
        self.breakdown = frozenset(words(data.get("breakdown_nouns", "")))
        self.people = words(data.get("people_nouns", "")) | self.breakdown  # "16 sherpa guides": a group is people
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


_M_SUFFIX = re.compile(r"\dm$")


def metres(raw: str, before: str, after: str) -> bool:
    """An "m" written against the digits that is metres, not million: a feet conversion follows
    ("45m (148ft)"), or a height or a drop is meant ("fell 45m", "a drop of 30m", "50m high")."""
    return bool(_M_SUFFIX.search(raw) and (METRES_AFTER.match(after) or METRES_BEFORE.search(before)))


def brought(text: str, prev: Fact | None, prev_end: int, start: int, lex: MeasureLexicon) -> tuple[str, str] | None:
    """(measure, unit) of the figure an increment just before it brought the toll to ("five more died
    in hospital, taking the total to 61"): the phrase's own measure ("the death toll"), else the increment's."""
    if prev is None or prev.measure not in lex.names or dict(prev.extra).get("role") != "increment":
        return None
    at = roles.brought_to(text, prev_end, start)
    if at is None:
        return None
    own = lex.trigger_fast.search(text, at, start)
    return (lex.measure_of(own) if own else prev.measure), "people"


_PEOPLE_VERB = re.compile(r"^\s+(?:were|have|had|are|died)\b")


def people_follow(after: str, lex: MeasureLexicon) -> bool:
    return head_noun(after, lex) in lex.people or bool(_PEOPLE_VERB.match(after))


_WORD_OR_MARK = re.compile(r"[A-Za-z][\w'-]*|[,.;:]")


def head_noun(after: str, lex: MeasureLexicon) -> str | None:
    """The noun a figure counts: a known people or thing noun, or an unknown noun (a thing)."""
    modifiers = 0
    for tok in _WORD_OR_MARK.findall(after)[:4]:
        low = tok.lower()
        if modifiers and low in lex.people and lex.is_trigger(low):
            return None  # "the 2004 tsunami killed": a verb after a noun, not the counted noun
        if low in lex.things and tok[0].isupper() and low not in lex.people:
            continue  # "19 United Nations staff": part of a name, not the counted noun
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


COORDINATED = re.compile(r"\b(?:and|while|but|whereas)\b")


def trigger(text: str, m: numbers.Mention, sent: Sentence, lex: MeasureLexicon) -> str | None:
    """The measure whose trigger is nearest the figure, within its clause and its neighbours."""
    # the window after the figure ends at its clause's end or the next figure; the one before
    # starts after the last clause break, then after the last digit (another figure's)
    a_end = min(sent.end, m.end + 90)
    ends = [a_end] + [x.start() for x in (situate.CLAUSE_END.search(text, m.end, a_end),
                                          numbers.lexicon().fast.search(text, m.end, a_end)) if x]
    a_end = min(ends)
    b_start = max(sent.start, m.start - 70)
    for rx in (situate.CLAUSE_END, DIGIT, SUBORDINATE):  # "700 injured when a building, with 2,000 inside, fell"
        hits = list(rx.finditer(text, b_start, m.start))
        if hits:
            b_start = hits[-1].end()
    best: tuple[float, str] | None = None
    # the windows are read in the document, so a window cut mid-word ("s|killed") finds no trigger
    for t in lex.trigger_fast.finditer(text, m.end, a_end):
        if SEARCHING.fullmatch(t.group()):
            break
        d = t.start() - m.end
        if HEAD_GAP.fullmatch(text[m.end:t.start()]):
            return lex.measure_of(t)  # the counted noun itself ("pulled four more bodies"): nothing is nearer
        if best is None or d < best[0]:
            best = (d, lex.measure_of(t))
        break  # matches come in text order: the first after the figure is the nearest
    after = best
    for t in lex.trigger_fast.finditer(text, b_start, a_end):  # read past the figure: "claimed at least 38 lives" looks ahead
        if t.end() > m.start:
            break
        gap = text[t.end():m.start]
        if after is not None and COORDINATED.search(gap):
            continue  # "30 were confirmed dead and 58 ... are missing": the word before is the other figure's
        d = 0 if not gap.strip() or TOLL_VERB.match(gap) else m.start - t.end() + 12  # "killed 20": adjacent wins
        if best is None or d < best[0]:
            best = (d, lex.measure_of(t))
    if best is None and REACHED_BEFORE.search(text, max(sent.start, m.start - 20), m.start):
        return _toll_subject(text, m, sent, lex)
    return best[1] if best else None


def _toll_subject(text: str, m: numbers.Mention, sent: Sentence, lex: MeasureLexicon) -> str | None:
    """The toll a long subject names, for the figure its verb reaches: "The death toll in the collapse
    of an eight-storey building in the capital today rose to 304" (further back than a trigger is sought)."""
    start = max(sent.start, m.start - 180)
    cut = list(situate.CLAUSE_END.finditer(text, start, m.start))
    start = cut[-1].end() if cut else start
    tolls = [t for t in lex.trigger_fast.finditer(text, start, m.start)
             if TOLL_SUBJECT.search(t.group()) or NUMBER_OF.search(text, max(start, t.start() - 20), t.start())]
    return lex.measure_of(tolls[-1]) if tolls else None
