"""Sentences that must yield no meeting, or a meeting with no such attendee.

Written for these tests: figurative meetings, mountain summits, lectures called
talks, bylines, photo credits, venue words and places that must never be people.
"""
from __future__ import annotations

import pytest

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str) -> list[Fact]:
    return meeting_facts(text, "2024-03-02")


@pytest.mark.parametrize("text", [
    "The two sides reached a meeting of minds on tariffs in Geneva.",
    "Climbers reached the summit of Mont Blanc on Tuesday.",
    "In Paris, the summit of the tower was closed for repairs.",
    "She gave two TED talks in Vancouver this spring.",
    "He discussed the peace talks on television in Kabul.",
    "The proposal met with criticism in Brussels on Monday.",
    "The deadline was met by negotiators in Geneva.",
    "The company had met its targets in Berlin, officials said.",
    "Intelligence gathered by agencies in Kyiv pointed to a plot.",
    "The museum hosted an exhibition in Madrid on Sunday.",
    "The mayor received a letter in Oslo on Friday.",
    "Dinner was served at 8 pm at the hotel in Vienna.",
    "The press conference in Rome was cancelled.",
    "A spokesman told a news conference in Cairo that aid was on its way.",
    "Fans gave the band a warm welcome; the concert hosted by the city in Lyon sold out.",
])
def test_no_meeting(text: str) -> None:
    assert meetings(text) == [], [(f.place, f.participants) for f in meetings(text)]


@pytest.mark.parametrize("text,never", [
    # a photo credit glued to the sentence
    ("Photo: Reuters/John Smith. President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday.",
     {"John Smith", "Reuters", "Reuters/John Smith"}),
    # a byline in capitals
    ("By MARIA LOPEZ and TOM REED\nPresident Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday.",
     {"MARIA LOPEZ", "TOM REED"}),
    # the second word of a venue, or the venue itself
    ("A Chatham House meeting in London heard from economists on Tuesday.", {"House", "Chatham House"}),
    ("The ministers met at Villa Madama in Rome on Friday.", {"Villa Madama", "Madama", "Villa"}),
    # a country used as the place of the summit
    ("The Vietnam summit between President Luis Ortega and Prime Minister Karin Lindqvist ended early on Thursday.",
     {"Vietnam"}),
    # the meeting's place after "in"
    ("Kerry and Lavrov met in Lausanne on Friday.", {"Lausanne"}),
    # a format named after a place
    ("The leaders met in Paris on Monday at a Normandy-format summit.", {"Normandy"}),
])
def test_never_an_attendee(text: str, never: set[str]) -> None:
    found = meetings(text)
    assert found, text
    for f in found:
        assert not never & set(f.participants), f.participants
