"""Who gives a figure and where it holds, in phrasings a new working set showed: "X put the death toll
at N", figures that are no one's word, the quotation's own speaker, victims' home countries, holidays
and agencies that are not places. Sentences are written here (wire copy, live pages, regional papers)."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from tests.conftest import make_doc


def quantities(text: str, published: str = "2019-04-22") -> list:
    return [f for f in extract_document(make_doc(text, published=published)) if f.kind == "quantity"]


@pytest.mark.parametrize("text,source", [
    ("Reuters put the death toll at 41 on Monday.", "Reuters"),
    ("On Sunday, officials had put the number of missing at 12.", "officials"),
    ("With Sky News putting the tally of tourists dead at eleven, the embassy opened a hotline.", "Sky News"),
])
def test_putting_the_toll_at_a_figure_credits_whoever_puts_it(text: str, source: str) -> None:
    assert [f.source for f in quantities(text)][:1] == [source]


def test_figures_released_earlier_are_not_a_source() -> None:
    assert [f.source for f in quantities("Earlier figures released on Sunday put the death toll at six.")] == [None]


def test_a_quoted_figure_is_the_quoted_speaker_s_not_another_clause_s() -> None:
    text = ('"We have pulled 64 people out alive so far," said Lina Haddad, the civil defence chief. '
            "On Sunday, officials had put the death toll at 30.")
    assert {f.value.low: f.source for f in quantities(text)} == {64: "Lina Haddad", 30: "officials"}


@pytest.mark.parametrize("text", [
    "A bomb tore through a hotel in Colombo on Sunday. Police said 207 people were killed, with foreign nationals from "
    "Poland, Denmark and Japan among the dead.",
    "A bomb tore through a hotel in Colombo on Sunday. Police said 26 foreigners died: three from Chile, two each from "
    "Peru and Brazil.",
])
def test_where_victims_came_from_is_not_where_the_figure_holds(text: str) -> None:
    assert {f.place for f in quantities(text) if f.value.low in (26, 207)} == {"Colombo"}


@pytest.mark.parametrize("text", [
    "A bomb tore through a church in Colombo on Sunday. The death toll from the Easter Sunday blasts rose to 253, police "
    "said on Monday.",
    "A crowd crush killed dozens in Seoul on Saturday. 33 people were hurt, according to officials at the National "
    "Disaster Relief Committee.",
])
def test_holidays_and_agencies_are_not_places(text: str) -> None:
    places = {f.place for f in quantities(text)}
    assert places == {"Colombo"} or places == {"Seoul"}


def test_the_state_named_after_its_country_is_not_the_country() -> None:
    text = ("Tlaxcala, east of the capital, counted 11 deaths on Tuesday, while Mexico state reported eight deaths. "
            "A later statement listed 70 deaths in Morelos, 41 in Puebla, 14 in the State of Mexico and five in Guerrero.")
    places = {f.value.low: f.place for f in quantities(text, published="2017-09-20")}
    assert places[8] == places[14] == "State of Mexico" and places[41] == "Puebla"


def test_the_month_and_day_of_an_iso_date_are_not_figures() -> None:
    text = "2018-08-28 SAN JUAN - The governor raised the official death toll from 64 to 2,975 on Tuesday."
    assert sorted(f.value.low for f in quantities(text, published="2018-08-28")) == [64, 2975]


def test_a_toll_stuck_at_a_figure_is_outdated() -> None:
    text = "The official toll has been stuck at 64 since December, but researchers now estimate 2,975 deaths."
    flags = {f.value.low: dict(f.extra).get("earlier") for f in quantities(text, published="2018-08-28")}
    assert flags == {64: True, 2975: None}


def test_adults_are_a_group_of_the_dead() -> None:
    text = "The ministry said at least 19 children and three adults died at the school on Tuesday."
    assert {f.value.low: dict(f.extra).get("breakdown") for f in quantities(text)} == {19: "children", 3: "adults"}


def test_the_word_before_a_coordinated_figure_is_the_other_figure_s() -> None:
    text = "Police said 24 people were confirmed dead and 41 residents of the block are missing and presumed dead."
    assert {f.value.low: f.measure for f in quantities(text)} == {24: "killed", 41: "missing"}


def test_a_figure_put_at_after_a_projection_is_the_toll_it_projects() -> None:
    text = "The governor said the toll could climb to 9,000, while the Red Cross put it at 6,200."
    facts = {f.value.low: (f.measure, f.source) for f in quantities(text)}
    assert facts[6200] == ("killed", "International Committee of the Red Cross")


def test_most_of_them_in_a_place_is_where_a_part_fell() -> None:
    text = ("An earthquake struck Morocco on Friday. At least 1,900 people were killed, most of them in Chichaoua "
            "province, the interior ministry said on Saturday.")
    assert {f.value.low: f.place for f in quantities(text, published="2031-06-14")}[1900] == "Morocco"


def test_how_badly_the_injured_are_hurt_is_a_breakdown() -> None:
    text = ("The number of injured rose to 160 on Monday. Some 41 of them remain in critical condition, officials said. "
            "Another 119 suffered light injuries and went home, the hospital said.")
    facts = {f.value.low: dict(f.extra).get("breakdown") for f in quantities(text) if f.measure == "injured"}
    assert facts == {160: None, 41: "serious", 119: "minor"}


def test_a_country_speaking_of_its_own_figure_in_the_next_clause_does_not_place_this_one() -> None:
    text = ("A crush at a stadium in Riyadh killed dozens on Thursday. Saudi officials said 212 fans died in the "
            "crush, while Egypt said 48 of its citizens were among the dead.")
    assert {f.value.low: f.place for f in quantities(text)}[212] == "Riyadh"


def test_a_country_s_own_dead_are_a_breakdown_of_the_toll() -> None:
    text = ("A crush at a stadium in Riyadh killed dozens on Thursday. Saudi officials said 700 fans died in the "
            "crush, while Egypt said 212 of its citizens were among the dead.")
    facts = {f.value.low: dict(f.extra).get("breakdown") for f in quantities(text) if f.value.low in (700, 212)}
    assert facts == {700: None, 212: "nationals of Egypt"}
