"""The number lexicon compiled: scale words, qualifiers and the one scanner regex.

The scanner finds *runs* of number tokens (digits, number words, scale and fraction
words, and the connectors between them: "and", "a", "of", "to", "-"); the grammar
(grammar.py) then reads each run into figures and ranges. Every run starts at a digit
or at a word the Aho-Corasick anchor knows, so the scan stays anchored (scan.py).
"""
from __future__ import annotations

import re

from ...scan import Anchored

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
DIGITS = (r"\d{1,2}(?:,\d\d)+,\d{3}(?!\d)"  # Indian grouping: 12,00,000
          r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.])|\d+(?:\.\d+)?")
SEP = r"(?:\s*[-–—]\s*|\s+)"
_NONE = r"(?!x)x"


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or _NONE  # type: ignore[call-overload]


class NumberLexicon:
    """The compiled scanner and the word tables for one lexicon (rules/lexicons/numbers.yaml)."""

    def __init__(self, data: dict) -> None:
        self.vague = {k.lower(): (v[0], v[1]) for k, v in (data.get("vague") or {}).items()}
        self.qual_kind = {p.lower(): kind for kind, phrases in (data.get("qualifiers") or {}).items() for p in phrases}
        self.post_kind = {p.lower(): kind for kind, phrases in (data.get("postfix") or {}).items() for p in phrases}
        self.nearly_ratio = float(data.get("nearly_ratio", 0.9))
        self.scales = {k.lower(): float(v) for k, v in (data.get("scales") or {}).items()}
        self.suffixes = {k.lower(): float(v) for k, v in (data.get("suffixes") or {}).items()}
        self.fractions = {k.lower(): int(v) for k, v in (data.get("fractions") or {}).items()}
        self.range_words = {w.lower() for w in data.get("range_words") or ()}
        self.change_words = {w.lower() for w in data.get("change_words") or ()}
        self.scanner = re.compile(self._pattern(), re.I)
        frac = [w for w in self.fractions if w.isalpha()]
        self.fast = Anchored(self.scanner, [*UNITS, *TENS, *self.vague, *frac],
                             before={s: "a" for s in [*self.scales, *(f"{s}s" for s in self.scales), *frac] if s.isalpha()})
        self.qual_re = self._tail_re(self.qual_kind)
        self.qual_reach = max(map(len, self.qual_kind), default=0) + 8
        posts = "|".join(re.escape(p).replace(r"\ ", r"\s+") + (r"\b" if p[-1:].isalnum() else "")
                         for p in sorted(self.post_kind, key=len, reverse=True)) or _NONE
        self.post_re = re.compile(rf"(?:\s*)(?P<q>{posts})(?!\s*than\b)", re.I)  # not "30 and more than 20"
        scale_word = rf"(?:{_alt(w for w in self.scales if w.isalpha())})s?"
        self.scale_after = re.compile(rf"[\s-]+(?P<a>{scale_word})\b(?:[\s-]+(?P<b>{scale_word})\b)?", re.I)
        self.token_re = re.compile(rf"(?P<dig>{DIGITS})(?P<suf>{_alt(self.suffixes)})?(?!\w)|(?P<word>[^\W\d_]+)|(?P<dash>[-–—])",
                                   re.I)

    @staticmethod
    def _tail_re(phrases: dict[str, str]) -> re.Pattern[str]:
        """A qualifier ending just before a figure, matched on the reversed text before it (one
        anchored attempt instead of a search over the window): words need a space after them,
        symbols need none."""
        alts = []
        for q in sorted(phrases, key=lambda p: len(p), reverse=True):
            body = r"\s+".join(re.escape(w[::-1]) for w in reversed(q.split()))
            alts.append((r"\s+" if q[-1:].isalnum() else r"\s*") + body + (r"(?!\w)" if q[:1].isalnum() else ""))
        return re.compile(rf"(?P<q>{'|'.join(alts) or _NONE})", re.I)

    def qualifier(self, text: str, floor: int, s: int) -> tuple[int, str] | None:
        """(start, phrase) of the qualifier that ends right before position s, if any."""
        lo = max(floor, s - self.qual_reach)
        m = self.qual_re.match(text[lo:s][::-1])
        if m is None:
            return None
        start = s - m.end()
        return start, " ".join(text[start:s].split())

    def _pattern(self) -> str:
        words = _alt([*UNITS, *TENS])
        scale = rf"(?:{_alt(w for w in self.scales if w.isalpha())})s?"
        frac = _alt(w for w in self.fractions if w.isalpha())
        suf = rf"(?:{_alt(self.suffixes)})?"
        dig = rf"(?>{DIGITS}){suf}(?!\w)"
        num = rf"(?:{dig}|(?:{words})\b)"
        a_lead = rf"a(?=[\s-]+(?:{scale}|{frac})\b)"
        start = rf"(?<![\w.,:/-])(?:(?!0\d){dig}|(?:{words}|{frac})\b|{a_lead})"
        ranges = _alt(w for w in self.range_words if w.isalpha())
        mid = (rf"(?:{num}|(?:{scale}|{frac})\b|an?(?={SEP}(?:{scale}|{frac})\b)|of(?=\s+an?{SEP}{scale}\b)"
               rf"|and(?={SEP}(?:{num}|(?:an?|one){SEP}(?:{frac})\b))|(?:{ranges}|or)(?=\s+{num})"
               rf"|(?:in|out\s+of)(?:\s+every)?(?=\s+{num}))")
        run = rf"{start}(?:{SEP}{mid})*(?![:/]\d)"
        vague = _alt(self.vague)
        return rf"(?P<vague>\b(?:{vague})\b)|(?P<run>{run})"
