"""The place of a figure referred back to ("there", "the worst-hit town"), paired in order
("respectively"), a small town no list knows, and places inside a source's or an institution's
name (sentences written here, in several styles)."""
from __future__ import annotations

from tests.extract.test_places_scope import facts

WED = ("2024-03-06", "2024-03-06")


def test_there_is_the_town_in_the_source_s_title() -> None:
    text = ("An earthquake struck the Apennines before dawn on Wednesday.\n\n"
            "The mayor of Camerino, Giulia Rossi, told state television that at least nine people had died there.")
    assert facts(text) == [("killed", 9, None, "Camerino", WED, "Giulia Rossi")]


def test_in_the_town_is_the_place_just_named() -> None:
    text = ("Gunmen attacked a cattle market in northern Nigeria.\n\n"
            "The governor of Katsina, a state on the border with Niger, said on Monday that 17 people were killed in the town.")
    assert facts(text) == [("killed", 17, 17, "Katsina", ("2024-03-04", "2024-03-04"), "governor of Katsina")]


def test_an_existential_there_refers_to_no_place() -> None:
    text = ("Talks on the siege opened in Geneva on Wednesday.\n\n"
            "\u201cThere remain 3,000 civilians trapped in a small district of Homs,\u201d the envoy said.")
    assert [(m, low, place) for m, low, _, place, _, _ in facts(text)] == [("trapped", 3000, "Homs")]


def test_a_place_in_a_trailing_source_is_not_the_figure_s() -> None:
    text = ("An earthquake shook central Italy overnight.\n\n"
            "Eleven bodies were pulled out at Pievebovigliana, according to the president of the Marche region, "
            "and three at Fiastra, according to the town's mayor.")
    assert facts(text)[0] == ("killed", 11, 11, "Pievebovigliana", WED, "president of the Marche region")


def test_respectively_pairs_figures_and_places_in_order() -> None:
    text = ("Quake in central Italy: live updates\n\n"
            "Deaths in Ussita and Castelsantangelo sul Nera now stand at 8 and 27, respectively.")
    assert facts(text) == [("killed", 8, 8, "Ussita", WED, None), ("killed", 27, 27, "Castelsantangelo sul Nera", WED, None)]
    text = ("Floods swept through the north on Wednesday.\n\n"
            "The toll in Kano, Jigawa and Bauchi rose to 31, 12 and 6 respectively, the emergency agency said.")
    assert [(low, place) for _, low, _, place, _, _ in facts(text)] == [(31, "Kano"), (12, "Jigawa"), (6, "Bauchi")]


def test_the_worst_hit_town_is_the_town_named_before_it() -> None:
    text = ("A strong earthquake hit central Italy on Wednesday.\n\n"
            "Rescuers worked through the night in Visso.\n\n"
            "Four more bodies were pulled from the rubble of Visso, raising the toll in the worst-hit town to 61, "
            "while the province of Perugia reported no deaths.")
    assert facts(text) == [("killed", 4, 4, "Visso", WED, None), ("killed", 61, 61, "Visso", WED, None)]


def test_a_town_no_list_knows_next_to_the_figure_beats_a_known_region() -> None:
    text = ("A strong earthquake hit central Italy on Wednesday.\n\n"
            "Tents went up in Visso.\n\n"
            "The state broadcaster said 41 of the dead were in Visso alone, with another nine dead in the province of Perugia.")
    assert facts(text) == [("killed", 41, 41, "Visso", WED, "state broadcaster"),
                           ("killed", 9, 9, "Perugia", WED, "state broadcaster")]
    text = ("A strong earthquake hit central Italy on Wednesday.\n\n"
            "Tents went up in Visso.\n\n"
            "Although firefighters said all residents in the Umbria region had been found, "
            "at least 13 people are still missing in Visso, local radio reported.")
    assert facts(text) == [("missing", 13, None, "Visso", WED, "local radio")]


def test_a_place_inside_an_institution_s_name_is_not_the_figure_s() -> None:
    text = ("An avalanche hit a ski resort in the Dolomites on Tuesday.\n\n"
            "Nine people were killed at the Hotel Paris in Cortina, police said.")
    assert facts(text) == [("killed", 9, 9, "Cortina", ("2024-03-05", "2024-03-05"), "police")]


def test_a_regional_government_as_source_does_not_place_a_local_toll() -> None:
    text = ("A road bridge collapsed in Pistoia on Tuesday, and firefighters in Pistoia searched the river.\n\n"
            "Seven of the injured were flown to Santa Maria hospital, the region of Tuscany said in a statement.")
    assert facts(text) == [("injured", 7, 7, "Pistoia", ("2024-03-05", "2024-03-05"), "region of Tuscany")]


def test_the_place_a_region_owns_is_the_figures() -> None:
    # wire style "in southeastern Turkey's Gaziantep": the city, not the region that owns it
    from factcheck.extract import extract_document
    from tests.conftest import make_doc

    for text, want in (("At least 84 people were killed in southeastern Turkey's Gaziantep on Monday, officials said.", "Gaziantep"),
                       ("Forty people were injured in northern Italy's Milan when the roof fell, police said.", "Milan")):
        (f,) = [f for f in extract_document(make_doc(text, published="2023-02-06")) if f.kind == "quantity"]
        assert f.place == want, (text, f.place)


def test_an_unaccented_name_is_the_big_city_not_a_small_namesake() -> None:
    # "Valparaiso" written without its accent is Chile's port of 280,000, not a small US town of that spelling
    from factcheck.extract import extract_document
    from tests.conftest import make_doc

    (f,) = [f for f in extract_document(make_doc("At least 96 people were injured in Valparaiso on Tuesday, the regional "
                                                 "health service said.", published="2024-02-06")) if f.kind == "quantity"]
    assert f.place == "Valparaiso" and dict(f.extra).get("area") != "US"
