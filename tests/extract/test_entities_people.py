"""People as reporters name them: name order, honorifics, titles, pronouns, ambiguous short forms."""
from __future__ import annotations

import pytest

from factcheck.extract import context
from factcheck.extract.names import family_first, short_form
from factcheck.extract.people import person_at
from factcheck.model import Document

FAMILY = {"Kim", "Lee", "Moon", "Xi", "Wang", "Park"}
JOINED = {"Xi", "Wang"}


def ctx_of(text: str) -> context.DocContext:
    return context.build(Document(id="p", path="p.md", text=text, published="2024-05-06", story="s", outlet="P"))


@pytest.mark.parametrize("name,first", [
    ("Kim Jong Un", True), ("Kim Jong-un", True), ("Moon Jae-in", True), ("Xi Jinping", True), ("Wang Yi", True),
    ("Lee Hsien Loong", True), ("Kim Davis", False), ("Lee Anderson", False), ("Park Chan-wook", True),
    ("Kim Kardashian West", False), ("Donald Trump", False),
])
def test_family_name_first_is_read_from_the_name(name: str, first: bool) -> None:
    assert family_first(name, FAMILY, JOINED) is first


@pytest.mark.parametrize("name,short", [
    ("Kim Jong Un", "Kim"), ("Xi Jinping", "Xi"), ("Kim Davis", "Davis"), ("Martin Luther King Jr.", "King"),
    ("Jean-Marc Ayrault", "Ayrault"),
])
def test_short_form_keeps_the_name_order(name: str, short: str) -> None:
    assert short_form(name, FAMILY, JOINED) == short


def at(text: str, phrase: str, nth: int = -1) -> str | None:
    ctx = ctx_of(text)
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    return person_at(ctx, phrase, starts[nth])


def test_family_name_refers_back_to_the_east_asian_name() -> None:
    text = ("SEOUL (Reuters) - South Korean President Moon Jae-in arrived in Pyongyang on Tuesday. "
            "Moon told his hosts the visit was overdue.")
    assert at(text, "Moon") == "Moon Jae-in"


def test_two_people_with_one_family_name_take_the_nearest_full_mention() -> None:
    text = ("Foreign Minister Park Jin-woo opened the session. Later, Trade Minister Park Sung-ho took the floor. "
            "Park said tariffs would stay.")
    assert at(text, "Park") == "Park Sung-ho"


def test_an_ambiguous_short_form_before_any_full_name_is_left_unresolved() -> None:
    text = ("Park said tariffs would stay. Foreign Minister Park Jin-woo and Trade Minister Park Sung-ho "
            "both attended the session.")
    assert at(text, "Park", 0) is None


@pytest.mark.parametrize("text,phrase,who", [
    ("Finance Minister Chidi Okafor unveiled the budget on Thursday. Mr Okafor said it would cut the deficit.",
     "Mr Okafor", "Chidi Okafor"),
    ("Sir Alan Duncan, the former minister, was in the chamber. Sir Alan said little.", "Sir Alan", "Alan Duncan"),
    ("German Chancellor Olaf Scholz flew in overnight. Chancellor Scholz told reporters he was hopeful.",
     "Chancellor Scholz", "Olaf Scholz"),
])
def test_honorifics_are_not_names(text: str, phrase: str, who: str) -> None:
    assert at(text, phrase) == who


def test_a_title_with_a_country_points_to_the_person_holding_it() -> None:
    text = ("Russian President Ivan Petrov and U.S. President Mark Ellison met in Vienna on Monday. "
            "Ellison spoke first. The Russian leader said the talks were useful.")
    assert at(text, "The Russian leader") == "Ivan Petrov"


def test_a_word_after_an_honorific_is_not_always_a_name() -> None:
    ctx = ctx_of("Fans gathered on King Street before the Premier League game. President Moon arrived at noon.")
    assert [(m.surface, m.type) for m in ctx.ents.mentions] == [("Moon", "person")]


def test_a_town_before_said_after_in_is_not_a_speaker() -> None:
    # regional paper: a resident quoted by where she lives; the town must stay a place
    from factcheck.extract import entities

    text = "A nurse living in Ostuni said the clinic had run out of beds. Ostuni is quiet tonight."
    found = entities.find(text, 0)
    assert not [m for m in found.mentions if m.type == "person" and m.canonical == "Ostuni"]
