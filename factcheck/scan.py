"""Anchored scanning: run an expensive regex only where a cheap anchor says a match may start.

Python's `re` tries a big case-insensitive alternation at every character, so the
number and date scanners ran at 2-3 MB/s. Every match of them starts at a digit or
at one of a few words, so those positions are found first (an Aho-Corasick pass
over the lower-cased text and a digit search, both above 50 MB/s) and the regex
is tried only there. The matches are exactly those of `rx.finditer`: the tests
compare both on every corpus we have and on generated text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import ahocorasick

# The only non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter
# (found by testing every code point); str.lower() alone would miss them.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
DOC_MIN = 1000  # characters: a text this long is a document, asked about many times
_ODD = "\u0130\u0131\u017f\u212a"
DIGIT = re.compile(r"\d")  # what `\d` matches: every Unicode decimal digit


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


T = TypeVar("T")
_NONWORD = re.compile(r"\W")
_DOCUMENT: dict[str, tuple[str, object]] = {}  # what every scanner reads of the last whole document, by kind


def _per_document(kind: str, text: str, start: int, end: int, make: Callable[[str, int, int], T]) -> T:
    """make(text, start, end), made once for a whole document however many scanners ask for it."""
    if start or end != len(text) or len(text) < DOC_MIN:
        return make(text, start, end)
    held = _DOCUMENT.get(kind)
    if held is None or held[0] is not text:
        held = _DOCUMENT[kind] = (text, make(text, start, end))
    return held[1]  # type: ignore[return-value]


def _lowered(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(text[start:end] lower-cased, the same with every non-word character a space, behind one
    more space), None when lower-casing changes its length."""
    piece = text[start:end]
    low = piece.lower()
    if not piece.isascii() and any(ch in piece for ch in _ODD):
        low = piece.translate(_FOLD).lower()
    return (low, " " + _NONWORD.sub(" ", low)) if len(low) == len(piece) else None


def _digits(text: str, start: int, end: int) -> list[int]:
    """Positions of the digits of text[start:end]."""
    return [m.start() for m in DIGIT.finditer(text, start, end)]


class Anchored:
    """`rx` whose every match starts at a digit or at a word of `words` (case-insensitive).

    `word_start`: the words begin a match only at a word boundary (the regex says `\\b`).
    `before`: word -> lead word whose match begins at the lead, with only white space or
    hyphens between ("a hundred": the word is "hundred", the match starts at "a").
    """

    def __init__(self, rx: re.Pattern[str], words: Iterable[str], digits: bool = True,
                 word_start: bool = True, before: dict[str, str] | None = None) -> None:
        self.rx = rx
        self.digits = digits
        self.word_start = word_start
        self.before = {w.lower(): lead.lower() for w, lead in (before or {}).items()}
        self.words = {w.lower() for w in words}
        # Words that must begin a word are looked for, behind a space, in a copy of the text with every
        # non-word character a space: the automaton then reports only hits at a word's start, not the
        # "in" of every "killing" (re's \\w is str.isalnum() or "_", and lower-casing keeps it: checked
        # over every code point). Other words are looked for in the lower-cased text as it is.
        self.bounded, self.auto = ahocorasick.Automaton(), ahocorasick.Automaton()
        for w in self.words | set(self.before):
            if not w:
                continue
            lead, listed = self.before.get(w), w in self.words
            auto, key = (self.bounded, " " + _NONWORD.sub(" ", w)) if word_start and _word_char(w[0]) else (self.auto, w)
            if key in auto:  # "u.s." and "u s" share a key: either word's lead, and listed if either is
                _, leads, was = auto.get(key)
                auto.add_word(key, (len(key), (*leads, lead) if lead else leads, was or listed))
            else:
                auto.add_word(key, (len(key), (lead,) if lead else (), listed))
        self._memo: tuple[str, list[int] | None] | None = None
        for auto in (self.auto, self.bounded):
            if len(auto):
                auto.make_automaton()

    def starts(self, text: str, start: int, end: int) -> list[int] | None:
        """Sorted positions where a match may start; None when the text defeats lower-casing."""
        view = _per_document("lowered", text, start, end, _lowered)
        if view is None:
            return None
        low, masked = view
        out: set[int] = set()
        for auto, hits in ((self.bounded, masked), (self.auto, low)):
            if not len(auto):
                continue
            for last, (n, leads, listed) in auto.iter(hits):
                i = last - n + 1  # in the masked copy the key's space stands where the text has the one before
                for lead in leads:  # "a  hundred": walk back over the gap to the lead word
                    j = i
                    while j > 0 and (low[j - 1].isspace() or low[j - 1] == "-"):  # `[\s-]`
                        j -= 1
                    k = j - len(lead)
                    if j < i and k >= 0 and low[k:j] == lead:
                        out.add(start + k)
                if listed:
                    out.add(start + i)
        if self.digits:
            out.update(_per_document("digits", text, start, end, _digits))
        return sorted(out)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        if len(text) >= DOC_MIN:  # a document asked sentence by sentence: its anchors are found once
            memo = self._memo
            if memo is None or memo[0] is not text:
                memo = self._memo = (text, self.starts(text, 0, len(text)))
            starts = memo[1]
            lo, hi = (bisect_left(starts, start), bisect_left(starts, end)) if starts is not None else (0, 0)
        else:
            starts = self.starts(text, start, end)
            lo, hi = 0, len(starts or ())
        if starts is None:
            yield from self.rx.finditer(text, start, end)
            return
        pos = start
        match = self.rx.match
        for n in range(lo, hi):
            s = starts[n]
            if s < pos:
                continue
            m = match(text, s, end)
            if m is not None:
                yield m
                pos = m.end() if m.end() > s else s + 1

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


def capitalised(excluded: Iterable[str]) -> str:
    """`(?!(?:The|An|...)\\b)[A-Z]` as one branch per capital letter, each with its own exclusions.

    Why: `re` tries a pattern that starts with a lookahead at every character of a report; one
    that starts with a choice of literal letters lets it skip straight to the capitals (3-4x
    faster over a whole report). Same matches: the tests compare both."""
    words = sorted(set(excluded))
    branches = []
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        tails = [re.escape(w[1:]) for w in words if w[:1] == letter]
        branches.append(f"{letter}(?!(?:{'|'.join(tails)})\\b)" if tails else letter)
    return f"(?:{'|'.join(branches)})"


class Union:
    """The matches of the alternation `part_1|part_2|...`, each part (a regex or an Anchored
    scanner) scanned on its own.

    Why: a top-level alternation of unlike shapes ("capital of X" | "X Tower") can be neither
    anchored on words nor skipped to a first letter, so `re` tries all of it at every character;
    scanned apart, each part can be. Same matches in the same order as the alternation (leftmost
    first, the earlier part on a tie, none overlapping), provided no part matches the empty string."""

    def __init__(self, *parts: re.Pattern[str] | Anchored) -> None:
        self.parts = parts

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        heads = [part.search(text, start, end) for part in self.parts]
        pos = start
        while True:
            best = None
            for i, head in enumerate(heads):
                if head is not None and head.start() < pos:  # overlapped by the match just taken: look again
                    head = heads[i] = self.parts[i].search(text, pos, end)
                if head is not None and (best is None or head.start() < best.start()):
                    best = head
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.start() + 1


def occurrences(text: str, start: int, words: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every occurrence of each word in text[start:], overlapping ones too, in
    the order their ends come: one Aho-Corasick pass for a word list that changes with every document
    (the report's own names), where one search per word was quadratic on a long report."""
    auto = ahocorasick.Automaton()
    for w in words:
        if w:
            auto.add_word(w, w)
    if len(auto) == 0:
        return
    auto.make_automaton()
    for last, w in auto.iter(text, start):
        yield last - len(w) + 1, last + 1, w


def literal_prefixes(pattern: str) -> list[str] | None:
    """The literal word each top-level alternative of `pattern` starts with ("deaths?|tolls?"
    -> ["death", "toll"]), to anchor on; None when an alternative starts with anything else
    (a group, a class, an escape), so the caller scans unanchored."""
    alternatives, depth, cur = [], 0, ""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur += pattern[i:i + 2]
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            alternatives.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    alternatives.append(cur)
    out = []
    for alt in alternatives:
        word = re.match(r"[A-Za-z]+", alt)
        if word is None:
            return None
        w = word.group()
        if alt[len(w):len(w) + 1] in ("?", "*", "{"):
            w = w[:-1]  # "deaths?": the last letter is optional
        if not w:
            return None
        out.append(w)
    return out


def anchored_on(rx: re.Pattern[str], patterns: Iterable[str]) -> Anchored | re.Pattern[str]:
    """`rx`, an alternation of `patterns` each behind a word boundary, anchored on their
    literal first words; `rx` itself when a pattern's first words cannot be read."""
    words: list[str] = []
    for pattern in patterns:
        firsts = literal_prefixes(pattern)
        if not firsts:
            return rx
        words += firsts
    return Anchored(rx, words, digits=False) if words else rx

