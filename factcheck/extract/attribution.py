"""Who a report credits with a figure: attribution clauses and which figures they cover.

News attribution comes in a few shapes: after the claim (", police said.",
", the agency said on Tuesday, as ..."), before it ("State troopers tell us two
people died", "the ministry said that ..."), as "according to X", and as a
hedge ("puts the figure at"). Each clause is found once per sentence with its
span; a figure takes the nearest clause that can cover it: a "before" clause
whose verb precedes the figure, or an "after" clause that follows it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from ..scan import DIGIT
from . import entities as ent

_HEDGED = r"(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)(?<!\b[Ss]ome\s)(?<!\b[Aa]\s)"  # "killed an estimated 68": a hedge, not a verb
_VERB = (r"(?:(?:are|is|were|was)\s+(?:now\s+|also\s+)?(?:saying|telling\s+us|reporting|confirming)|said|says|say|"
         rf"telling\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}|quoted\s+(?:as\s+)?saying|{_HEDGED}estimate|"
         r"told(?:\s+(?:reporters|us|AFP|Reuters|the\s+\w+(?:\s+\w+)?|\w+))?|tell\s+us|reported|reports(?!\s+(?:say|said|suggest))|report(?!s?\s+(?:say|said|suggest))|"
         rf"added|stated|confirmed(?!\s+(?:dead|deaths?|cases?|tolls?|fatalities|casualties|victims|killed))|confirms|announced|{_HEDGED}estimated|{_HEDGED}estimates|claimed|tweeted|wrote|noted|warned|insisted|"
         r"counted|recorded|put(?:s|ting)?\s+(?:it|the\s+(?:(?:death|casualty|injury|official|overall|final)\s+)?(?:figure|toll|number|tally|count)"
         r"(?:\s+of\s+[\w-]+(?:\s+(?:killed|dead|injured|missing))?)?)\s+at)")  # "AFP put the death toll at", "the number of foreigners killed at"
_TIME = (r"(?:\s+(?:on|late\s+on|early\s+on|late|early|earlier|later|this|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:today|yesterday|overnight|now|also|again)"
         r"|\s+at\s+the\s+(?:scene|site)|\s+in\s+a\s+(?:statement|tweet|briefing|news\s+conference|report)|\s+on\s+(?:Twitter|X|Facebook|Telegram|state\s+TV)"
         r"|\s+at\s+(?:a|the|an\s+evening|a\s+televised)\s+(?:press|news)\s+(?:conference|briefing)(?:\s+in\s+[A-Z][\w'’-]+)?)*")
_SRC = r"(?P<src>[A-Za-z][^,;:“”\"—–\d]{1,90}?)"  # no digits: a source phrase never holds the figure
POST = re.compile(rf"(?:^|,\s*|[”\"]\s*)(?P<src2>[^,;:“”\"]{{2,90}}?)\s+{_VERB}{_TIME}\s*(?=[,.;!?]|$)")
PRE = re.compile(rf"(?:^|[,;:]\s+|\s[-—–]{{1,2}}\s+|\band\s+|\bwhile\s+|\bbut\s+|\bthough\s+|\bas\s+|\bwhere\s+){_SRC}(?:,\s*(?:meanwhile|however|too|also|though|separately|in turn|for its part),|,\s*(?:a|an|the)\s+[^,;:“”\"]{{2,60}},)?\s+(?:now\s+|also\s+|later\s+|separately\s+)?(?:{_VERB}|(?:raised|revised|lowered|updated)(?=\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|tally|figure|count|number))){_TIME}(?:\s+that)?\s+(?=\S)")
ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting|[Pp]er)\s+(?P<src>[^,;:“”\"]+?(?:,?\s+and\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|another)\b)[^,;:“”\"\d]+?)?)\s*(?=[,;:.“”\"]|$)")
HEARING = re.compile(r"\b(?:[Hh]earing\s+from|[Ww]ord\s+from|[Ff]igures\s+from|[Dd]ata\s+from|[Aa]\s+statement\s+from)\s+(?P<src>[^,;:“”\"]+?)\s+(?=that\b|[,.;]|$)")
# "Reuters quoted an official saying ...", "the agency cited a police officer as saying": the person quoted is
# the source (the outlet that quotes them only carries the figure)
QUOTED = re.compile(r"\b(?:quoted|cited)\s+(?P<src>(?:an?|the|one|two|three|several)\s+[^,;:“”\"\d]{1,60}?)\s+(?:as\s+)?"
                    r"(?:saying|stating)(?:\s+that)?\s+(?=\S)")
# "The spokesman, Abdullahi Haruna, said ...", "its director, Jan Egeland, told reporters that ...": the name
APPOSED = re.compile(rf"(?:^|[,;:]\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[a-z][\w -]{{1,40}}?,\s*(?P<src>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}),"
                     rf"\s+{_VERB}{_TIME}(?:\s+that)?\s+(?=\S)")
INVERTED = re.compile(r"[,”\"]\s*[”\"]?\s*(?:said|says|added|told\s+reporters|wrote|tweeted)\s+(?P<src>[A-Z][^,.;“”\"]{1,90}?)\s*(?=[,.;]|$)")
# Words one of which every match of each shape contains (substrings: "report" covers
# reported/reports/reporting): a sentence with none of them skips that shape's regex.
_SPEECH = ("said", "says", "say", "told", "tell", "report", "telling", "added", "stated", "confirm", "announced", "estimate",
           "claimed", "tweeted", "wrote", "noted", "warned", "insisted", "counted", "recorded", "put")
_NEEDS = {shape: frozenset(words) for shape, words in {
    "any": ("according", "citing", "quoting", "per"), "hearing": ("from",), "apposed": _SPEECH + ("quoted",),
    "pre": _SPEECH + ("raised", "revised", "lowered", "updated", "quoted"),
    "post": _SPEECH, "inv": ("said", "says", "added", "told", "wrote", "tweeted"), "quoted": ("quoted", "cited")}.items()}  # found in lower case


def _gate() -> ahocorasick.Automaton:
    """One pass over a sentence finds every gate word in it (seven regex searches did it before)."""
    auto = ahocorasick.Automaton()
    for w in set().union(*_NEEDS.values()):
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


_GATE = _gate()
JUNK = {"it", "this", "that", "there", "they", "we", "i", "you", "he", "she", "who", "which", "what", "and", "but", "one"}
COMMON_SOURCES = {"police", "officials", "official", "authorities", "rescuers", "witnesses", "residents", "activists", "relatives",
                  "doctors", "medics", "firefighters", "troopers", "officers", "villagers", "survivors", "organisers",
                  "organizers", "sources", "hospital", "state", "local", "health", "emergency", "provincial", "regional",
                  "city", "county", "government", "military", "army", "paramedics", "responders", "volunteers"}
LOCATED = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?P<head>[A-Za-z]+)\s+(?:in|at|near)\s+[A-Z]", re.I)
RELATIVE = re.compile(r"\s+(?:who|whose)\s+(?:is|are|was|were|has|had|have|heads?|leads?|oversees?|runs?|\w+ing\b)")
# "Earlier figures released on Thursday put the toll at four": figures are what a source gives, not a source
NOT_AGENT = re.compile(r"(?:(?:the|its|their|earlier|later|latest|new|initial|first|previous|official|provisional|preliminary)\s+)*"
                       r"(?:figures|data|estimates|numbers|statistics|counts|tallies|totals|tolls)\b", re.I)
OWN = re.compile(r"(?:our|this)\s+(?:own\s+)?(?:correspondents?|reporters?|team|staff|crew)\b", re.I)  # the outlet itself: no source
ROLE = re.compile(r"^(?:an?\s+|the\s+)?(?P<org>.+?)\s+(?:spokes(?:man|woman|person)|statement)$", re.I)


@dataclass(frozen=True)
class Clause:
    name: str
    start: int  # span of the source phrase (document offsets)
    end: int
    kind: str  # pre: covers figures after `anchor`; post: figures before `anchor`; any: the sentence
    anchor: int


_SPACES = re.compile(r"\s+")
_LEAD_CONJ = re.compile(r"^(?:and|but|while|though|as|where|meanwhile|however|with|which)\s+", re.I)  # ", which some reports say"
_ADVERBS = re.compile(r",?\s*\b(?:meanwhile|however|also|separately|later|too|earlier|now|in a statement)\b\s*,?")
_TAIL_AUX = re.compile(r"\s+(?:have|has|had|was|were|is|are|also|now)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")
# A body named by the place it governs: "the region of Liguria", "the province of Rieti" said
_GOVERNING = re.compile(r"(?:region|province|prefecture|municipality|state|county|city)\s+(?:government\s+|council\s+)?of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


def clean(phrase: str) -> str:
    p = _SPACES.sub(" ", _ASIDE.sub("", phrase)).strip(" ,.")  # "the region of Liguria (of which ...)": the body named
    p = _LEAD_CONJ.sub("", p)
    p = _ADVERBS.sub(" ", p).strip(" ,")
    p = _TAIL_AUX.sub("", p)
    m = ROLE.match(p)
    if m and len(m.group("org").split()) <= 5 and m.group("org").lower() not in ("the", "a", "an"):
        p = m.group("org")
    return _ARTICLE.sub("", p).strip()


# (regex, shape, gate): the gate names the words one of which every match contains
_SHAPES = ((ACCORDING, "any", "any"), (HEARING, "pre", "hearing"), (QUOTED, "quoted", "quoted"), (APPOSED, "pre", "apposed"),
           (PRE, "pre", "pre"), (POST, "post", "post"), (INVERTED, "inv", "inv"))


def clauses(text: str, start: int, end: int, ents: ent.DocEntities, gated: bool = True) -> list[Clause]:
    """Attribution clauses of the sentence text[start:end]."""
    sent = text[start:end]
    present = {w for _, w in _GATE.iter(sent.lower())} if gated else set()
    out: list[Clause] = []
    for rx, shape, gate in _SHAPES:
        group = "src2" if shape == "post" else "src"
        kind = {"inv": "post", "quoted": "pre"}.get(shape, shape)
        if gated and present.isdisjoint(_NEEDS[gate]):
            continue  # the clause's verb or preposition is not in the sentence: no match is possible
        for m in rx.finditer(sent):
            raw = m.group(group)
            s = start + m.start(group)
            name = _name(raw, s, ents, 24 if kind == "any" else 14)
            if name is None:
                continue
            e = s + len(raw)
            anchor = start + m.end() if kind == "pre" else (start + m.start() if rx is INVERTED else s)
            out.append(Clause(name, s, e, kind, anchor))
    return out


def _name(raw: str, offset: int, ents: ent.DocEntities, max_words: int) -> str | None:
    phrase = raw.strip()
    if not phrase or len(phrase.split()) > max_words or DIGIT.search(phrase) or OWN.match(phrase):
        return None
    located = LOCATED.match(phrase)
    if located and located.group("head").lower() in COMMON_SOURCES:  # "Police in Kano": the police, not Kano
        return clean(phrase[:1].lower() + phrase[1:] if located.group("head")[1:].islower() else phrase)
    resolved = ent.resolve_phrase(phrase, offset, ents)
    if resolved:
        return resolved
    cleaned = clean(phrase)
    if not cleaned or cleaned.lower() in JUNK or len(cleaned.split()) > 10 or NOT_AGENT.match(cleaned):
        return None
    head = RELATIVE.split(cleaned, 1)[0]
    if head != cleaned and _name(head, offset, ents, max_words):  # "a general who is overseeing rescue operations"
        return cleaned
    first, _, rest = cleaned.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in COMMON_SOURCES:
        cleaned = (first.lower() + " " + rest).strip()  # "Police said" at a sentence start is still the police
    if _GOVERNING.match(cleaned):
        return cleaned
    last = cleaned.split()[-1].lower()
    if cleaned[:1].islower() and len(cleaned.split()) <= 5 and not last.endswith(("ed", "ing", "ly")) \
            and cleaned.split()[0].lower() not in JUNK and re.search(r"\b(?:authority|secretary|navy|coast\s*guard|"
                                                                    r"general|commander|colonel|director|inspector|"
                                                                    r"superintendent|super|centre|center|council|commission|"
                                                                    r"committee|institute|organi[sz]ation|bureau|"
                                                                    r"agency|service|brigade|ministry|"
                                                                    r"department|office|chief|commissioner|spokes\w+|"
                                                                    r"police|officials?|sheriff|coroner|prosecutors?|"
                                                                    r"agencies|groups?|monitor|observers|unions?|"
                                                                    r"media|reports|television|tv|radio|channel|newspaper|broadcaster|"
                                                                    r"governor|mayor|minister|president|leaders?)\b",
                                                                    cleaned, re.I):
        return cleaned
    if cleaned[:1].islower() and len(cleaned.split()) <= 3 and cleaned.split()[-1].lower() in COMMON_SOURCES:
        return cleaned  # "the survivors said", "stranded villagers told reporters"
    if cleaned[:1].islower() and not re.search(r"\b(?:police|officials?|ministry|agency|authorities|group|sources?|media|"
                                              r"union|service|council|office|department|government|army|military|"
                                              r"activists|residents|witnesses|organisers|organizers|doctors|medics|rescuers|broadcaster|"
                                              r"spokes\w+|governor|mayor|minister|coroner|hospital|officers|troopers|brigade)\b", cleaned, re.I):
        return None
    return cleaned


def credit(found: list[Clause], fig_start: int, fig_end: int) -> Clause | None:
    """The clause that covers a figure: the nearest one whose shape can reach it."""
    best: tuple[int, int, Clause] | None = None
    for c in found:
        if c.start <= fig_start < c.end:
            continue  # the figure is inside the source phrase itself
        if c.kind == "pre" and fig_start >= c.anchor:
            d = fig_start - c.anchor
        elif c.kind == "post" and fig_end <= c.anchor:
            d = c.anchor - fig_end
        elif c.kind == "any":  # "According to X, ..." covers its sentence; a trailing one the nearer figures first
            d = c.start - fig_end if fig_end <= c.start else 0
        else:
            continue
        rank = (d, c.start)
        if best is None or rank < best[:2]:
            best = (d, c.start, c)
    return best[2] if best else None
