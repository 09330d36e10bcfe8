"""From the pieces of one run to figures: singles, ranges ("20-25", "between 20 and 35",
"from 1,200 to 1,800") and shares ("half of", "two in five").

A dash between digits whose second figure is smaller is a score or a vote ("5-4
ruling"), never a count, and gives nothing; "from X to Y" after a verb of change
("rose from 26 to 60") is an earlier and a later figure, not a range.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import Piece, Tok, read, tokens
from .table import TENS, UNITS, NumberLexicon

_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"(?:\b(?P<w>[a-z]+)\s+)?\bfrom\s+$", re.I)
_WORD_BEFORE = re.compile(r"\b(?P<w>[a-z]+)\s+$", re.I)
_CLAUSE_WORDS = re.compile(r"[a-z]+", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:!?]")


def _changed_before(text: str, start: int, end: int, lex) -> bool:  # type: ignore[no-untyped-def]
    """A verb of change in the clause before "from", with its object between ("raised the death
    toll from 48 to 61"): the two figures are an earlier and a new one, not a range."""
    clause = _CLAUSE_BREAK.split(text[start:end])[-1]
    return any(w.lower() in lex.change_words for w in _CLAUSE_WORDS.findall(clause))
_OF = re.compile(r"\s+of\b|(?=\s+(?:the|its|their|his|her|our|all|those|these)\b)", re.I)  # "half of", "half the"
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_NAME_BEFORE = re.compile(r"[a-z,]\s+$")  # mid-sentence: "the Two Holy Mosques" is a name, not a count
_CAPITAL_AFTER = re.compile(r"[\s-]+[A-Z]")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    low: float | None
    high: float | None
    approx: bool = False
    vague: bool = False
    range: bool = False
    word: bool = False
    fig_start: int = -1
    unit: str | None = None

    def __post_init__(self) -> None:
        if self.fig_start < 0:
            object.__setattr__(self, "fig_start", self.start)


def figures(lex: NumberLexicon, text: str, s: int, e: int, floor: int, end: int) -> list[Figure]:
    """Every figure in the run text[s:e] (`floor`..`end`: the sentence, for looking around)."""
    raw = text[s:e]
    if e - s <= 15 and raw.isdigit() and raw.isascii() and (raw[0] != "0" or e - s == 1):
        return [Figure(s, e, float(raw), float(raw))]  # plain digits, most runs: no grammar needed
    if raw in UNITS or raw in TENS:  # one lower-case number word ("two"): no grammar needed either
        x = float(UNITS.get(raw, TENS.get(raw, 0)))
        return [Figure(s, e, x, x, word=True)]
    toks = tokens(lex, text, s, e)
    pieces = read(toks)
    out: list[Figure] = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        q = pieces[k + 1] if k + 1 < len(pieces) else None
        link = [t.kind for t in toks[p.j:q.i]] if q is not None else []
        if link[:1] == ["in"] and set(link[1:]) <= {"of", "every"}:
            link = ["in"]  # "one in five", "two out of three", "one in every four"
        if q is not None and link in (["to"], ["and"], ["in"], ["or"]):
            joined = _joined(lex, text, toks, p, q, link[0], floor)
            if joined is not None:
                out += [joined] if joined.end > joined.start else []
                k += 2
                continue
        single = _single(text, toks, p, floor, end)
        out += [single] if single else []
        k += 1
    return out


def _joined(lex: NumberLexicon, text: str, toks: list[Tok], p: Piece, q: Piece, link: str, floor: int) -> Figure | None:
    """Two pieces as one range or share, an empty figure for a score, or None: read them apart."""
    s, e = toks[p.i].start, toks[q.j - 1].end
    if p.share or q.share:
        return None
    if all(_YEAR.fullmatch(text[toks[x.i].start:toks[x.j - 1].end]) for x in (p, q)) and abs(q.value - p.value) < 100:
        return None  # "2019 to 2021": two years, each filtered as a year ("1500 to 2000 people" stays a range)
    a, b = p.value, q.value
    if link == "in":  # "two in five", "1 in 4"
        ok = 0 < a < b <= 1000 and a == int(a) and b == int(b)
        return Figure(s, e, a / b, a / b, unit="share", word=toks[p.i].word) if ok else None
    start, hedged = s, False
    if link == "or":  # "two or three", "5 or 6": a range when it rises
        return Figure(s, e, a, b, range=True, word=toks[p.i].word) if a < b else None
    if link == "and":
        lead = lex.qualifier(text, floor, s)  # "between about 20 and 30"
        at = lead[0] if lead and lex.qual_kind.get(lead[1].lower()) in ("approx", "nearly") else s
        between = _BETWEEN.search(text, max(floor, at - 10), at)
        if between is None:
            return None
        start = between.start()
        hedged = at < s
    else:
        frm = _FROM.search(text, max(floor, s - 30), s)
        before = frm or _WORD_BEFORE.search(text, max(floor, s - 20), s)
        word = (before.group("w") or "").lower() if before else ""
        if word in lex.change_words or word == "by" or (frm and _changed_before(text, max(floor, frm.start() - 45), frm.start(), lex)):
            return None  # "rose from 26 to 60", "up by 20 to 45", "lifted the toll from 48 to 61": two figures
        start = frm.start() + frm.group().lower().rindex("from") if frm else s
    if p.scale == 1.0 and q.scale > 1.0 and a * q.scale <= b:
        a *= q.scale  # "2-3 million", "between 20 and 35 thousand"
    if a <= b:
        return Figure(start, e, a, b, approx=p.dozen or q.dozen or hedged, range=True, word=toks[p.i].word, fig_start=s)
    if toks[p.j].dash and not toks[p.i].word and not toks[q.i].word and q.j - q.i == 1 and p.j - p.i == 1:
        return Figure(s, s, None, None)  # "5-4 ruling", "a 3-1 win": a score, nothing to count
    return None


def _single(text: str, toks: list[Tok], p: Piece, floor: int, end: int) -> Figure | None:
    s, e = toks[p.i].start, toks[p.j - 1].end
    word = toks[p.i].word or toks[p.i].kind in ("a", "frac")
    if p.share:
        of = _OF.match(text, e, end)
        if not of:
            return None  # "the second half", "a third day": no share without "of"
        return Figure(s, of.end(), p.value, p.value, word=True, unit="share")
    if toks[p.i].kind == "a" and p.j - p.i == 1:
        return None
    if word and text[s].isupper() and _NAME_BEFORE.search(text, max(floor, s - 3), s) and _CAPITAL_AFTER.match(text, e, end):
        return None
    return Figure(s, e, p.value, p.value, approx=p.dozen, word=word)
