"""The number parser on any text: never raises, spans inside the text, low <= high, deterministic."""
from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import figure_value, find, words_value

from .strategies import WORDS, prose

SETTINGS = settings(max_examples=200, deadline=None)


@SETTINGS
@given(prose(), st.data())
def test_find_is_total_and_well_formed(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    mentions = find(text, start, end)
    assert find(text, start, end) == mentions  # the same result on a repeated run
    for m in mentions:
        assert start <= m.start <= m.fig_start < m.end <= end
        assert m.value.text == text[m.start:m.end]
        low, high = m.value.low, m.value.high
        for x in (low, high):
            assert x is None or (isinstance(x, float) and not math.isnan(x) and x >= 0)
        assert low is None or high is None or low <= high


@SETTINGS
@given(st.lists(WORDS, max_size=8).map(" ".join))
def test_figure_and_words_value_never_raise(text: str) -> None:
    for fn in (figure_value, words_value):
        x = fn(text)
        assert x is None or (x >= 0 and not math.isnan(x))
        assert fn(text) == x


@SETTINGS
@given(st.text(max_size=40))
def test_any_unicode(text: str) -> None:
    for m in find(text):
        assert 0 <= m.start < m.end <= len(text)
