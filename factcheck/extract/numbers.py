"""Numerals, number words, vague quantities and qualifiers -> intervals.

One compiled regular expression finds every candidate in a single pass (fast on
large corpora); the lexicon (rules/lexicons/numbers.yaml) says what vague words
and qualifiers mean, so wording is tuned as data.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..lexicon import load_lexicon, per_rule_dirs
from ..model import Value
from ..scan import Anchored

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SUFFIX_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}

_SMALL = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_WORD = rf"(?:{_SMALL})(?:-(?:{_SMALL}))?"
_WORDSEQ = rf"(?:(?:{_WORD}|a(?=[\s-]+(?:hundred|thousand|million|billion)\b))(?:(?:\s+|-)(?:and\s+)?(?:{_WORD}|hundred|thousand|million|billion))*)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
_DSCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:m|mn|bn|k)\b)?"
_FIG = rf"(?:(?:{_DIGITS}){_DSCALE}|{_WORDSEQ}\b)"


@dataclass(frozen=True)
class Mention:
    """A figure found in text: the span includes its qualifier; `fig_start` is the figure itself."""

    start: int
    end: int
    fig_start: int
    value: Value
    word: bool  # written in words
    vague: bool
    qualifier: str | None = None


def words_value(text: str) -> float | None:
    """'one hundred and sixty-five' -> 165; None when it is not a number."""
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", ""):
            continue
        if w == "a":
            current = max(current, 1)
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


MAX_FIGURE = 1e15  # beyond any count of people or money in a news report; also keeps floats finite


def figure_value(text: str) -> float | None:
    v = _figure_value(text)
    return v if v is not None and math.isfinite(v) and v <= MAX_FIGURE else None


_GROUPING = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3})")
_NUMERAL = re.compile(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|m|mn|bn|k)?")
_ALL_SCALES = {**SCALES, "trillion": 10**12, **SUFFIX_SCALES}


def _figure_value(text: str) -> float | None:
    t = _GROUPING.sub("", text.strip().lower())
    m = _NUMERAL.fullmatch(t)
    if m:
        scale = _ALL_SCALES.get(m.group(2) or "", 1)
        return float(m.group(1)) * scale
    return words_value(t)


class NumberLexicon:
    """The compiled scanner and qualifier table for one lexicon."""

    def __init__(self, data: dict) -> None:
        self.vague = {k.lower(): (v[0], v[1]) for k, v in (data.get("vague") or {}).items()}
        quals = data.get("qualifiers") or {}
        self.qual_kind = {p.lower(): kind for kind, phrases in quals.items() for p in phrases}
        self.nearly_ratio = float(data.get("nearly_ratio", 0.9))
        vague_alt = "|".join(re.escape(v) for v in sorted(self.vague, key=len, reverse=True)) or r"(?!x)x"
        fig = _FIG
        pattern = (rf"(?P<between>\bbetween\s+(?P<b1>{fig})\s+and\s+(?P<b2>{fig}))"
                   rf"|(?P<range>(?P<r1>{_DIGITS})\s*(?:-|–|to)\s*(?P<r2>{_DIGITS}){_DSCALE})"
                   rf"|(?P<vague>\b(?:{vague_alt})\b)"
                   rf"|(?P<fig>(?<![\w.,:/-])(?:{fig})(?![:/]\d))")
        self.scanner = re.compile(pattern, re.I)
        # every match starts at a digit, a number word, a vague word, "between", or the "a" of "a hundred"
        self.fast = Anchored(self.scanner, [*UNITS, *TENS, *self.vague, "between"],
                             before={s: "a" for s in ("hundred", "thousand", "million", "billion")})
        qual_alt = "|".join(re.escape(q) for q in sorted(self.qual_kind, key=len, reverse=True)) or r"(?!x)x"
        self.qual_re = re.compile(rf"\b(?P<q>{qual_alt})\s+$", re.I)

    def qualify(self, x: float, kind: str | None) -> tuple[float | None, float | None, bool]:
        if kind in ("above", "at_least"):
            return x, None, False
        if kind == "nearly":
            return float(math.floor(x * self.nearly_ratio)), x, True
        if kind == "at_most":
            return 0.0, x, False
        return x, x, kind == "approx"


@per_rule_dirs
def lexicon(extra_dirs: tuple[str, ...] = ()) -> NumberLexicon:
    return NumberLexicon(load_lexicon("numbers", extra_dirs))


def find(text: str, start: int = 0, end: int | None = None, lex: NumberLexicon | None = None) -> list[Mention]:
    """Every figure in text[start:end], with its qualifier applied."""
    lex = lex or lexicon()
    end = len(text) if end is None else end
    out: list[Mention] = []
    for m in lex.fast.finditer(text, start, end):
        fig_start = m.start()
        raw = m.group()
        if m.group("vague"):
            low, high = lex.vague[raw.lower()]
            low_f, high_f = float(low), (None if high is None else float(high))
            q = _qualifier(lex, text, fig_start, start)
            kind = lex.qual_kind.get(q.lower()) if q else None
            if q and low == high and kind:  # "more than a dozen" qualifies like a figure
                low_f, high_f, _ = lex.qualify(float(low), kind)
            mstart = fig_start - len(q) - 1 if q else fig_start
            out.append(Mention(max(mstart, start), m.end(), fig_start, Value(low_f, high_f, True, text[max(mstart, start):m.end()], True),
                               False, True, q))
            continue
        if m.group("between") or m.group("range"):
            a = figure_value(m.group("b1") or m.group("r1"))
            b = figure_value(m.group("b2") or m.group("r2"))
            tail = re.search(r"(hundred|thousand|million|billion|trillion|m|mn|bn|k)$", m.group("range") or "", re.I)
            if tail:  # "2-3 million": the scale applies to both ends
                scale = figure_value("1 " + tail.group(1)) or 1
                a, b = (None if a is None else a * scale), (None if b is None else b * scale)
            before = text[max(start, fig_start - 6):fig_start].lower()
            if a is None or b is None or b < a or re.search(r"\bfrom\s*$", before):
                first, second = ("b1", "b2") if m.group("between") else ("r1", "r2")
                out += _single(lex, text, m.start(first), m.end(first), start)
                out += _single(lex, text, m.start(second), m.end(second), start)
                continue
            out.append(Mention(fig_start, m.end(), fig_start, Value(a, b, False, raw), False, False))
            continue
        out += _single(lex, text, fig_start, m.end(), start)
    return out


def _qualifier(lex: NumberLexicon, text: str, fig_start: int, floor: int) -> str | None:
    q = lex.qual_re.search(text, max(floor, fig_start - 24), fig_start)
    return q.group("q") if q else None


def _single(lex: NumberLexicon, text: str, s: int, e: int, floor: int) -> list[Mention]:
    raw = text[s:e]
    x = figure_value(raw)
    if x is None or raw.lower() in ("a",):
        return []
    q = _qualifier(lex, text, s, floor)
    kind = lex.qual_kind.get(q.lower()) if q else None
    low, high, approx = lex.qualify(x, kind)
    mstart = s - len(q) - 1 if q else s
    while mstart < s and text[mstart].isspace():
        mstart += 1
    word = not raw[:1].isdigit()
    return [Mention(mstart, e, s, Value(low, high, approx, text[mstart:e]), word, False, q)]
