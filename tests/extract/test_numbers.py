"""Numerals, number words, vague quantities and qualifiers -> intervals."""
from __future__ import annotations

import pytest

from factcheck.extract.numbers import find, words_value


def one(text: str) -> tuple:
    ms = find(text)
    assert len(ms) == 1, [m.value for m in ms]
    v = ms[0].value
    return v.low, v.high, v.approx


@pytest.mark.parametrize("text,expected", [
    ("100,000 people", (100000, 100000, False)),
    ("19,136 died", (19136, 19136, False)),
    ("1.08 million displaced", (1080000, 1080000, False)),
    ("2.5m people", (2500000, 2500000, False)),
    ("nine people", (9, 9, False)),
    ("Twenty-five people", (25, 25, False)),
    ("one hundred and sixty-five wounded", (165, 165, False)),
    ("a dozen people", (12, 12, True)),
    ("between 20 and 25 people", (20, 25, False)),
    ("20-25 people", (20, 25, False)),
    ("20 to 25 people", (20, 25, False)),
    ("2-3 million people", (2000000, 3000000, False)),
    ("several people", (3, 9, True)),
    ("dozens of people", (24, 99, True)),
    ("scores of people", (40, 99, True)),
    ("Tens of people", (20, 99, True)),
    ("hundreds of people", (200, 999, True)),
    ("thousands of people", (2000, 9999, True)),
    ("tens of thousands of people", (20000, 99999, True)),
    ("hundreds of thousands of people", (200000, 999999, True)),
    ("millions of people", (2000000, None, True)),
    ("more than 55 percent", (55, None, False)),
    ("over 300 people", (300, None, False)),
    ("upwards of 40 people", (40, None, False)),
    ("at least four people", (4, None, False)),
    ("nearly 200 people", (180, 200, True)),
    ("almost 50 people", (45, 50, True)),
    ("just under 1,000 people", (900, 1000, True)),
    ("about 19,500 people", (19500, 19500, True)),
    ("an estimated 100,000 people", (100000, 100000, True)),
    ("some 300 people", (300, 300, True)),
    ("up to 30 people", (0, 30, False)),
    ("as many as 40 people", (40, 40, True)),
    ("fewer than 10 people", (0, 10, False)),
])
def test_intervals(text: str, expected: tuple) -> None:
    assert one(text) == expected


def test_words_value_rejects_non_numbers() -> None:
    assert words_value("hundred") == 100
    assert words_value("banana") is None


def test_clock_times_are_not_split_into_figures() -> None:
    assert [m.value.low for m in find("Dec 10, 8:47 AM EST")] == [10]


def test_from_to_is_two_figures_not_a_range() -> None:
    assert [(m.value.low, m.value.high) for m in find("rose from 26 to 60")] == [(26, 26), (60, 60)]


def test_evidence_span_covers_qualifier() -> None:
    text = "Officials said more than 1,000 people were hurt."
    (m,) = find(text)
    assert text[m.start:m.end] == "more than 1,000"
    assert text[m.fig_start:m.end] == "1,000"
