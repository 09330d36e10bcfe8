"""Read a run of number tokens into figures: "5 thousand 2 hundred and 14", "six and a half
million", "two-thirds of a million", "1.5 crore", "3k-8k", "two in five".

A run is tokenized, then read left to right by the usual rules of written numbers
(a scale multiplies what precedes it, scales fall from left to right, "and" joins
a smaller part to a scale); where a rule breaks, the figure ends and the next
begins. Pieces joined by a range word become ranges in `find` (see __init__).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .table import TENS, UNITS, NumberLexicon

MAX_DIGITS = 20  # longer digit strings are identifiers or noise, never a count; float() would overflow past 308


@dataclass(frozen=True)
class Tok:
    kind: str  # num | scale | frac | a | and | of | to | in
    start: int
    end: int
    value: float = 0.0
    word: bool = False  # a number written in words
    tens: bool = False  # "twenty", "sixty": may take a unit after it
    dash: bool = False  # a range written with a dash ("20-25"), not a word
    scale: float = 1.0  # the suffix written against the digits ("3.4bn": 1e9)


@dataclass(frozen=True)
class Piece:
    """One figure read from a run: token indices [i, j), its value, and how it was written."""

    i: int
    j: int
    value: float
    scale: float = 1.0  # the smallest scale applied ("2-3 million": the range end's scale)
    share: bool = False  # a bare fraction ("half", "two-thirds"): a share when "of" follows
    dozen: bool = False


def tokens(lex: NumberLexicon, text: str, s: int, e: int) -> list[Tok]:
    out: list[Tok] = []
    for m in lex.token_re.finditer(text, s, e):
        if m.group("dig"):
            digits = m.group("dig").replace(",", "").replace("\u00a0", "").replace("\u202f", "")
            digits = digits.replace("\u2009", "").replace(" ", "")
            if len(digits) > MAX_DIGITS:
                out.append(Tok("junk", m.start(), m.end()))
                continue
            if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
                out.append(Tok("junk", m.start(), m.end()))  # "09": a day or month cut from a date, never a count
                continue
            x = float(digits)
            suf = (m.group("suf") or "").lower()
            mult = lex.suffixes.get(suf, 1.0)
            out.append(Tok("num", m.start(), m.end(), x * mult, scale=mult))
        elif m.group("dash"):
            out.append(Tok("dash", m.start(), m.end()))
        else:
            out.append(_word(lex, m.group().lower(), m.start(), m.end()))
    return _chains(_dashes(out))


def _word(lex: NumberLexicon, w: str, s: int, e: int) -> Tok:
    if w in UNITS:
        return Tok("num", s, e, float(UNITS[w]), word=True)
    if w in TENS:
        return Tok("num", s, e, float(TENS[w]), word=True, tens=True)
    scale = lex.scales.get(w) or (lex.scales.get(w[:-1]) if w.endswith("s") else None)
    if scale:
        return Tok("scale", s, e, scale)
    if w in lex.fractions:
        return Tok("frac", s, e, float(lex.fractions[w]))
    if w in ("a", "an", "and", "of", "in", "or", "every", "out"):
        return Tok({"an": "a", "out": "in"}.get(w, w), s, e)
    return Tok("to" if w in lex.range_words else "junk", s, e)


def _dashes(toks: list[Tok]) -> list[Tok]:
    """A dash between two figures is a range ("20-25"); between words it only joins them."""
    out: list[Tok] = []
    for k, t in enumerate(toks):
        if t.kind != "dash":
            out.append(t)
            continue
        left, right = (toks[k - 1] if k else None), (toks[k + 1] if k + 1 < len(toks) else None)
        if left and right and left.kind == "num" and right.kind == "num" and not (left.tens and right.word and right.value < 10):
            out.append(Tok("to", t.start, t.end, dash=True))
    return out


def _chains(toks: list[Tok]) -> list[Tok]:
    """Three figures joined by dashes ("2019-02-09", "1-800-555") are a date or an identifier."""
    out = list(toks)
    for k in range(len(toks) - 4):
        kinds = [t.kind for t in toks[k:k + 5]]
        if kinds == ["num", "to", "num", "to", "num"] and all(t.dash for t in toks[k + 1:k + 5:2]):
            for x in range(k, k + 5):
                out[x] = Tok("junk", toks[x].start, toks[x].end)
    return out


def read(toks: list[Tok]) -> list[Piece]:
    """Every figure in a run, left to right; tokens that start none are skipped."""
    pieces: list[Piece] = []
    i = 0
    while i < len(toks):
        p = _figure(toks, i)
        if p is None:
            i += 1
            continue
        pieces.append(p)
        i = p.j
    return pieces


def _figure(toks: list[Tok], i: int) -> Piece | None:
    """The longest figure starting at token i (a figure ends where the rules of written numbers break)."""
    total, cur = 0.0, None  # cur: the group being built before the next scale
    last_big = math.inf
    hundred = dozen = False
    groups = 0
    best: Piece | None = None
    group_best: Piece | None = None  # the figure as it stood before the current group began
    j, n = i, len(toks)

    def piece(k: int) -> Piece:
        return Piece(i, k, total + (cur or 0.0), last_big if last_big != math.inf else 1.0, False, dozen)

    while j < n:
        t = toks[j]
        prev = toks[j - 1] if j > i else None
        nxt = toks[j + 1] if j + 1 < n else None
        if t.kind == "num":
            if prev is None:
                cur = t.value
                if t.scale != 1.0:  # "3.4bn", "$4m": a scale already applied, and nothing joins it
                    return Piece(i, j + 1, t.value, t.scale)
            elif cur is None and total > 0 and prev.kind in ("scale", "and") and t.value < last_big and t.scale == 1.0:
                group_best, cur = best, t.value  # "5 thousand | 2 hundred", "2 crore and | five hundred"
            elif cur is not None and prev.kind == "num" and prev.tens and t.word and 0 < t.value < 10:
                cur += t.value  # "twenty one", "sixty - three"
            elif cur is not None and hundred and prev.kind in ("scale", "and") and t.value < 100 and cur % 100 == 0:
                group_best, cur = best, cur + t.value  # "one hundred and sixty"
            else:
                break
            best = piece(j + 1)
        elif t.kind == "scale":
            if cur is None and prev is not None and prev.kind == "scale" and groups == 1 and t.value > 100:
                total, last_big = total * t.value, last_big * t.value  # "2.5 lakh crore", "a thousand million"
                best = piece(j + 1)
                j += 1
                continue
            if cur is None or cur <= 0:
                break
            if t.value == 100:
                if hundred or cur >= 100:
                    best = group_best  # "two hundred and three | hundred": the group belongs to the next figure
                    break
                cur, hundred = cur * 100, True
            elif t.value < last_big:
                total += cur * t.value
                cur, last_big, hundred = None, t.value, False
                dozen = dozen or t.value == 12
                groups += 1
            else:
                best = group_best  # "2 thousand and | 3 thousand"
                break
            best = piece(j + 1)
        elif t.kind == "a" and prev is None and nxt is not None and nxt.kind in ("scale", "frac"):
            cur = 1.0  # "a million", "a quarter"
        elif t.kind == "frac":
            if total > 0 or (cur is not None and cur >= t.value) or (prev is not None and prev.kind not in ("num", "a")):
                break
            cur = (cur if cur is not None else 1.0) / t.value
            k = j + 1
            while k < n and toks[k].kind in ("a", "of"):
                k += 1
            if k < n and toks[k].kind == "scale":  # "half a million", "two-thirds of a million"
                j = k
                continue
            return Piece(i, j + 1, cur, 1.0, True)  # "half", "three-quarters": a share if "of" follows
        elif t.kind == "and" and nxt is not None:
            after = toks[j + 2] if j + 2 < n else None
            if after is not None and after.kind == "frac" and (nxt.kind == "a" or (nxt.kind == "num" and nxt.value == 1)):
                part = 1.0 / after.value  # "six and a half", "4 million and a half"
                if cur is not None:
                    cur += part
                elif total > 0 and last_big != math.inf:
                    total += part * last_big
                else:
                    break
                best = piece(j + 3)
                j += 3
                continue
            if nxt.kind != "num" or (cur is not None and not hundred):
                break
        else:
            break
        j += 1
    return best
