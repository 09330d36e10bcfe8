"""Recurring town names: every whole-word mention of a seed name, as the per-name regex scan found them."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import localnames

PIECES = st.sampled_from(["Tarvok", "Tarvoks", "Tarvok-based", "Tarvok's", "'Tarvok", "Ab Ab", "Ab", " ", ", ", "-", "_",
                          "Kelbrin", "Kelbrin Tarvok", "é", "1", "\n", "Ab Ab Ab", "xTarvok", "Tarvok_2"])


def _by_regex(text: str, start: int, names: set[str]) -> list[tuple[str, list[tuple[int, int]]]]:
    return [(name, [(start + m.start(), start + m.end())
                    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text[start:])]) for name in sorted(names)]


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join), st.integers(0, 8),
       st.sets(st.sampled_from(["Tarvok", "Ab Ab", "Kelbrin", "Ab", "Kelbrin Tarvok"]), max_size=3))
def test_mentions_are_those_of_the_regex_scan(text: str, start: int, names: set[str]) -> None:
    start = min(start, len(text))
    assert localnames._mentions(text, start, names) == _by_regex(text, start, names)


def test_overlapping_mentions_of_one_name_count_once() -> None:
    assert localnames._mentions("in Ab Ab Ab today", 0, {"Ab Ab"}) == [("Ab Ab", [(3, 8)])]
    assert localnames._mentions("Tarvok's mayor and the Tarvok-born", 0, {"Tarvok"}) == [("Tarvok", [(0, 6)])]


def _whole_words_by_search(text: str, start: int, words: list[str]) -> list[tuple[int, int, str]]:
    """The per-word search entities.whole_words replaced: every occurrence, leftmost first, no overlaps."""
    hits = []
    for order, w in enumerate(words):
        i = text.find(w, start) if w else -1
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")) and (e >= len(text) or not (text[e].isalnum() or text[e] in "_-")):
                hits.append((i, order, e, w))
            i = text.find(w, i + 1)
    out, pos = [], start
    for i, _, e, w in sorted(hits):
        if i >= pos:
            out.append((i, e, w))
            pos = e
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join), st.integers(0, 8),
       st.lists(st.sampled_from(["Tarvok", "Ab Ab", "Kelbrin", "Ab", "Kelbrin Tarvok", "Tarvok's", ""]), max_size=4))
def test_whole_words_are_those_of_a_search_per_word(text: str, start: int, words: list[str]) -> None:
    from factcheck.extract.entities import whole_words

    start = min(start, len(text))
    assert whole_words(text, start, words) == _whole_words_by_search(text, start, words)
