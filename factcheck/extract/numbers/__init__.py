"""Numerals, number words, vague quantities, qualifiers and ranges -> intervals.

One compiled regular expression (table.py) finds every run of number tokens in a
single anchored pass; the grammar (grammar.py) reads each run into figures; this
module applies qualifiers before ("more than", ">") and after ("or more", "+"),
joins ranges ("between 20 and 35", "3k-8k") and compositions ("more than 15 but
fewer than 45"). The lexicon (rules/lexicons/numbers.yaml) holds the wording, so
it is tuned as data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ...lexicon import load_lexicon, per_rule_dirs
from ...model import Value
from .grammar import read, tokens
from .runs import Figure, figures
from .table import TENS, UNITS, NumberLexicon

__all__ = ["MAX_FIGURE", "Mention", "NumberLexicon", "TENS", "UNITS", "figure_value", "find", "lexicon", "words_value"]
MAX_FIGURE = 1e15  # beyond any count of people or money in a news report; also keeps floats finite


@dataclass(frozen=True)
class Mention:
    """A figure found in text: the span includes its qualifiers; `fig_start` is the figure itself."""

    start: int
    end: int
    fig_start: int
    value: Value
    word: bool  # written in words
    vague: bool
    qualifier: str | None = None
    unit: str | None = None  # "share" for "half of", "two in five"; None for counts


@per_rule_dirs
def lexicon(extra_dirs: tuple[str, ...] = ()) -> NumberLexicon:
    """A user's numbers.yaml replaces the shipped one key by key: a file written before scales,
    suffixes and fractions were data (only vague words and qualifiers) still reads "2 million"."""
    data = load_lexicon("numbers", extra_dirs)
    return NumberLexicon({**load_lexicon("numbers"), **data} if extra_dirs else data)


def figure_value(text: str, lex: NumberLexicon | None = None) -> float | None:
    """'1,200' -> 1200, '3.4bn' -> 3.4e9, 'six and a half million' -> 6.5e6; None unless the whole text is one figure."""
    lex = lex or lexicon()
    text = text.strip()
    toks = tokens(lex, text, 0, len(text))
    pieces = read(toks)
    if len(pieces) != 1 or pieces[0].share or pieces[0].i != 0 or pieces[0].j != len(toks):
        return None
    x = pieces[0].value
    return x if math.isfinite(x) and 0 <= x <= MAX_FIGURE else None


def words_value(text: str) -> float | None:
    """'one hundred and sixty-five' -> 165; a bare scale word counts one ('hundred' -> 100); None when not a number."""
    t = text.strip().lower()
    if not t or any(ch.isdigit() for ch in t):
        return None
    lex = lexicon()
    first = (t.replace("-", " ").split() or [""])[0]
    if first and first in lex.scales or first.rstrip("s") in lex.scales:
        t = "a " + t
    return figure_value(t, lex)


def find(text: str, start: int = 0, end: int | None = None, lex: NumberLexicon | None = None) -> list[Mention]:
    """Every figure in text[start:end], with its qualifiers applied."""
    lex = lex or lexicon()
    end = len(text) if end is None else end
    out: list[Mention] = []
    for m in lex.fast.finditer(text, start, end):
        if m.group("vague"):
            out.append(_mention(lex, text, _vague(lex, text, m.start(), m.end(), end), start, end))
        else:
            out += [_mention(lex, text, f, start, end) for f in figures(lex, text, m.start(), m.end(), start, end)]
    return _compose(lex, text, [m for m in out if m is not None])


def _vague(lex: NumberLexicon, text: str, s: int, e: int, end: int) -> Figure:
    """A vague quantity; one of a few units multiplies the scale after it ("several hundred", "a few thousand")."""
    low, high = (float(x) if x is not None else None for x in lex.vague[text[s:e].lower()])
    sc = lex.scale_after.match(text, e, end) if high is not None and high < 100 else None
    if sc and low is not None and high is not None:
        mult = 1.0
        for w in (sc.group("a"), sc.group("b")):
            if w:
                w = w.lower()
                mult *= lex.scales.get(w) or lex.scales.get(w[:-1], 1.0)
        return Figure(s, sc.end(), low * mult, high * mult, True, vague=True)
    return Figure(s, e, low, high, True, vague=True)


def _mention(lex: NumberLexicon, text: str, f: Figure, floor: int, end: int) -> Mention | None:
    if not all(x is None or (math.isfinite(x) and 0 <= x <= MAX_FIGURE) for x in (f.low, f.high)):
        return None
    q = lex.qualifier(text, floor, f.start)
    kind = lex.qual_kind.get(q[1].lower()) if q else None
    post = None if f.range else lex.post_re.match(text, f.end, end)
    if post and _is_figure_after(text, post.end(), end):
        post = None  # "300 plus 20 more": an addition, not a bound
    low, high, approx = f.low, f.high, f.approx
    if f.range:
        approx = approx or kind in ("approx", "nearly")
    elif post:
        low, high, approx = _bound(lex, f.low, lex.post_kind.get(" ".join(post.group("q").lower().split())))
    elif kind and (not f.vague or f.low == f.high):  # "more than a dozen" qualifies like a figure
        low, high, a = _bound(lex, f.low, kind)
        approx = approx or a
    s = q[0] if q else f.start
    e = post.end() if post else f.end
    qual = q[1] if q else None
    return Mention(s, e, f.fig_start, Value(low, high, approx, text[s:e], f.vague), f.word, f.vague, qual, f.unit)


def _is_figure_after(text: str, i: int, end: int) -> bool:
    rest = text[i:min(end, i + 12)].lstrip()
    return bool(rest) and (rest[0].isdigit() or rest.split()[0].lower().strip(",.") in UNITS or
                           rest.split()[0].lower().split("-")[0] in TENS)


def _bound(lex: NumberLexicon, x: float | None, kind: str | None) -> tuple[float | None, float | None, bool]:
    if x is None:
        return x, x, False
    if kind in ("above", "at_least"):
        return x, None, False
    if kind == "nearly":
        return float(math.floor(x * lex.nearly_ratio)), x, True
    if kind == "at_most":
        return 0.0, x, False
    return x, x, kind == "approx"


def _closed(a: Mention, b: Mention) -> tuple[float, float] | None:
    """[low, high] when one mention is a lower bound and the other an upper bound, both qualified."""
    lower, upper = (a, b) if a.value.high is None else (b, a)
    lo, hi = lower.value.low, upper.value.high
    if (a.qualifier and b.qualifier and lower.value.high is None and lo is not None and upper.value.low == 0.0
            and hi is not None and lo <= hi):
        return lo, hi
    return None


def _compose(lex: NumberLexicon, text: str, ms: list[Mention]) -> list[Mention]:
    """A lower and an upper bound side by side, joined by "and"/"but" or nothing, are one closed
    range: "more than 15 but fewer than 45", "at least 25 and at most 80", "under 50, over 20"."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        bounds = _closed(prev, m) if prev is not None and prev.unit == m.unit and not prev.vague and not m.vague else None
        if bounds and text[prev.end:m.start].strip(" ,").lower() in ("and", "but", "but not", "yet", ""):  # type: ignore[union-attr]
            out[-1] = Mention(prev.start, m.end, prev.fig_start, Value(*bounds, False, text[prev.start:m.end]),  # type: ignore[union-attr]
                              prev.word, False, prev.qualifier, prev.unit)  # type: ignore[union-attr]
            continue
        out.append(m)
    return out
