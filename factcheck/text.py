"""Text helpers shared by every extractor: paragraphs, sentences, evidence.

Sentence splitting is rule-based (abbreviations, closing quotes, initials): a
statistical splitter would mean model weights, and news prose is regular enough.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Document, Evidence

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "maj", "lt", "col", "capt", "sgt", "cpl", "adm",
    "gov", "sen", "rep", "rev", "prof", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co",
    "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "approx", "est", "mt", "ft", "pres", "dept",
    "univ", "assn", "bros", "fig", "al", "i.e", "e.g",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_PARA = re.compile(r"[^\n]+")
CLOSERS = ".!?…\"'”’)]:"
MAX_SENTENCE = 2000  # characters; longer runs are cut so each extractor's per-sentence work stays bounded


@dataclass(frozen=True)
class Sentence:
    start: int  # offset in the document text
    end: int
    text: str
    para_start: int
    para_end: int
    prose: bool  # False for headline-like lines (no closing punctuation): page chrome


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and text[j].isupper():
        return True  # an initial: "John F. Kennedy"
    return word in ABBREVIATIONS


def is_prose(para: str) -> bool:
    """Report prose ends with sentence punctuation; navigation and headline lists do not."""
    s = para.rstrip()
    if not s:
        return False
    if s[-1] in CLOSERS:
        return True
    return len(s) > 200  # a long paragraph that lost its final period is still prose


def _cut_off(para: str) -> bool:
    """The report's last paragraph cut off mid-sentence (a stored excerpt, a truncated feed item): wrapped
    copy, or a sentence of eight words or more that stops on a lowercase word ("... till filing of")."""
    words = para.split()
    return "\n" in para.strip() or (len(words) >= 8 and words[-1][:1].islower())


def sentences(doc: Document) -> list[Sentence]:
    """Split the body into sentences, keeping file offsets."""
    out: list[Sentence] = []
    text = doc.text
    for p0, p1 in _paragraphs(text, doc.body_start):
        para = text[p0:p1]
        if not para.strip():
            continue
        prose = is_prose(para) or (not text[p1:].strip() and _cut_off(para))
        start = p0
        for b in _BOUNDARY.finditer(para):
            end = p0 + b.end()
            dot = p0 + b.start()
            if text[dot] == "." and _is_abbreviation(text, dot):
                continue
            _add(out, text, start, end, p0, p1, prose)
            start = end
        _add(out, text, start, p1, p0, p1, prose)
    return out


WRAP_MIN = 40  # a hard-wrapped line is at least this long


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped copy joined back: a run of long lines that end mid-sentence and
    whose last line ends a sentence is one paragraph (plain-text wire feeds wrap at ~70)."""
    lines = [(m.start(), m.end()) for m in _PARA.finditer(text, start)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while (j + 1 < len(lines) and lines[j][1] - lines[j][0] >= WRAP_MIN and text[lines[j][1] - 1] not in CLOSERS
               and lines[j + 1][0] == lines[j][1] + 1 and text[lines[j + 1][0]:lines[j + 1][0] + 1].isalnum()):
            j += 1
        if j > i and (text[lines[j][1] - 1] in CLOSERS or j == len(lines) - 1):  # or copy cut off mid-sentence
            out.append((lines[i][0], lines[j][1]))
            i = j + 1
        else:
            out.append(lines[i])
            i += 1
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, p0: int, p1: int, prose: bool) -> None:
    while end - start > MAX_SENTENCE:  # a run-on line with no full stop: cut at a space
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(out, text, start, cut, p0, p1, prose)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], p0, p1, prose))


class LineIndex:
    """Offsets to 1-based line and column in O(log n)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def locate(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def evidence(index: LineIndex, sent: Sentence, start: int, end: int) -> Evidence:
    line, col = index.locate(start)
    return Evidence(start=start, end=end, line=line, column=col, sentence=sent.text)
