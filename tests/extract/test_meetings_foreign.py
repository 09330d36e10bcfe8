"""Reports in other languages: a meeting word and a city of that language make a (partial) meeting."""
from __future__ import annotations

import pytest

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str) -> list[Fact]:
    return meeting_facts(text, "2024-03-02")


@pytest.mark.parametrize("text,place,who", [
    ("Il vertice tra il presidente francese Anne Dupont e il primo ministro italiano Marco Bianchi si è svolto a Parigi.",
     "Paris", {"Anne Dupont", "Marco Bianchi"}),
    ("La cumbre entre Luis Ortega y Karin Lindqvist se celebró en Ginebra.", "Geneva", {"Luis Ortega", "Karin Lindqvist"}),
    ("Срещата между президентите в Париж приключи.", "Paris", set()),
])
def test_a_meeting_word_and_a_city_of_another_language(text: str, place: str, who: set[str]) -> None:
    f, = meetings(text)
    assert (f.place, set(f.participants) >= who, f.complete) == (place, True, False)


def test_another_language_needs_its_city_or_a_meeting_already_told() -> None:
    assert meetings("Il vertice è durato quasi tre ore.") == []
    assert meetings("Il presidente ha parlato con i giornalisti a Parigi.") == []


def test_a_known_venue_places_the_meeting_in_its_city() -> None:
    f, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist at the Elysee Palace on Tuesday.")
    assert (f.place, dict(f.extra)["venue"]) == ("Paris", "Elysee Palace")


def test_people_seen_after_the_talks_are_not_a_complete_list() -> None:
    f = meetings("President Luis Ortega and Prime Minister Karin Lindqvist answered questions in Lima on Monday, "
                 "following talks at the Andean summit.")[0]
    assert f.complete is False
