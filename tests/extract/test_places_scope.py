"""The place of a figure: the event's scope, capitals and places named by what they are,
reference points and trailing clauses (sentences written here, in several styles)."""
from __future__ import annotations

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import PEOPLE



def facts(text: str, published: str = "2024-03-06") -> list[tuple]:
    return [(f.measure, f.value.low, f.value.high, f.place, f.time, f.source)
            for f in extract_document(make_doc(text, published=published)) if f.kind == "quantity" and f.measure in PEOPLE]


def test_a_widespread_event_s_toll_with_no_place_is_the_country_s() -> None:
    text = ("Typhoon Halong tore through Cebu City on Tuesday.\n\n"
            "Rescuers in Cebu City dug through flattened homes along the coast.\n\n"
            "The national disaster agency said on Tuesday that 212 people had died.")
    assert facts(text) == [("killed", 212, 212, "Philippines", ("2024-03-05", "2024-03-05"), "national disaster agency")]


def test_a_local_event_s_toll_with_no_place_is_the_site_s() -> None:
    text = ("A fire tore through a textile market in Lagos on Tuesday.\n\n"
            "Firefighters in Lagos fought the blaze for six hours.\n\n"
            "Police said on Tuesday that 14 people had died.")
    assert facts(text) == [("killed", 14, 14, "Lagos", ("2024-03-05", "2024-03-05"), "Police")]


def test_a_capital_named_by_its_country() -> None:
    got = facts("At least 31 people were killed when a six-storey block collapsed on the outskirts of Kenya's capital on Monday.")
    assert [(m, low, place) for m, low, _, place, _, _ in got] == [("killed", 31, "Nairobi")]
    got = facts("In the capital of Peru, 12 people were injured as the stand gave way.")
    assert [(m, low, place) for m, low, _, place, _, _ in got] == [("injured", 12, "Lima")]


def test_a_capital_in_apposition_under_a_spelling_no_list_knows() -> None:
    got = facts("Dozens of injured people crowded hospitals in the capital, Rangoon, after the cyclone made landfall.")
    assert [(m, place) for m, _, _, place, _, _ in got] == [("injured", "Rangoon")]


def test_a_district_named_as_such_and_a_reference_point() -> None:
    got = facts("A landslide buried a hamlet in the district of Sindhupalchok, east of Kathmandu, on Monday, "
                "leaving up to 40 people missing.")
    assert [(m, high, place) for m, _, high, place, _, _ in got] == [("missing", 40, "Sindhupalchok")]
    got = facts("Villagers in the Kavre valley, 20 km from Kathmandu, said 15 people were trapped.")
    assert [(m, place) for m, _, _, place, _, _ in got] == [("trapped", "Kavre valley")]


def test_a_named_site() -> None:
    got = facts("Nine bodies were recovered on Saturday from the ruins of the Ghantaghar tower, a landmark of the old city.")
    assert [(m, low, place) for m, low, _, place, _, _ in got] == [("killed", 9, "Ghantaghar tower")]


def test_a_trailing_participial_clause_does_not_place_the_figure() -> None:
    got = facts("Mourners in Peru buried victims of a flood that drowned at least 85, cutting roads to Cusco for days.")
    assert [(m, low, place) for m, low, _, place, _, _ in got] == [("killed", 85, "Peru")]


def test_a_definite_incident_carries_the_place_it_was_named_with() -> None:
    text = ("An earthquake shook central Chile on Monday, and Santiago lost power.\n\n"
            "A landslide buried a bus near Valparaiso. Nine people were killed in the landslide, police said.")
    assert [(m, low, place) for m, low, _, place, _, _ in facts(text)] == [("killed", 9, "Valparaiso")]


def test_an_aside_about_another_place_does_not_pass_its_place_on() -> None:
    text = ("An earthquake shook central Chile on Monday, and buildings in Santiago swayed.\n\n"
            "Power failed in Santiago. Rescue teams flew in from Mendoza overnight. Police said 40 people died.")
    assert [(m, low, place) for m, low, _, place, _, _ in facts(text)] == [("killed", 40, "Chile")]
    text = ("An earthquake shook central Chile on Monday, and buildings in Santiago swayed.\n\n"
            "Power failed in Santiago. A fire broke out in Mendoza. Eleven people were rescued, the fire service said.")
    assert [(m, place) for m, _, _, place, _, _ in facts(text)] == [("rescued", "Chile")]


def test_a_capital_named_by_its_people() -> None:
    got = facts("At least 40 people were injured when a stand gave way in the French capital on Sunday.")
    assert [(m, place) for m, _, _, place, _, _ in got] == [("injured", "Paris")]


def test_a_local_site_described_by_the_city_it_lies_beside() -> None:
    text = ("A fire gutted a chemical depot in Sitakunda on Saturday. Firefighters in Sitakunda struggled for hours. "
            "At least 49 people died at the depot on the outskirts of Chittagong, officials said.")
    assert [(m, place) for m, _, _, place, _, _ in facts(text)] == [("killed", "Sitakunda")]
    text = text.replace("at the depot on the outskirts of Chittagong", "in Chittagong")
    assert [(m, place) for m, _, _, place, _, _ in facts(text)] == [("killed", "Chittagong")]


def test_a_site_of_some_country_is_not_a_named_site() -> None:
    got = facts("Nine workers were killed at a Chinese factory on Monday.")
    assert [(m, place) for m, _, _, place, _, _ in got] == [("killed", None)]
