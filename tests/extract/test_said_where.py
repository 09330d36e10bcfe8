"""Where a figure was given is not where it is: the press conference's city, a 'Coast Guard';
and a toll that 'could reach well into' a figure is a projection."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.extract.places import gazetteer
from tests.conftest import make_doc
from tests.extract.sentence_eval import people_facts


def test_a_source_speaking_at_a_press_conference() -> None:
    text = ("Floods swept through northern Mindanao over the weekend. The number of people confirmed dead has reached 87, "
            "civil defence chief Ramon Ocampo said at a news briefing in Manila on Monday.")
    (f,) = people_facts(text, published="2024-03-04")
    assert (f.measure, f.value.low, f.source) == ("killed", 87, "Ramon Ocampo")
    assert f.place != "Manila"


def test_a_coast_guard_is_no_place() -> None:
    text = "ANCHOR: Divers have now recovered 31 more bodies, according to the Coast Guard."
    assert all(f.place != "Coast" for f in people_facts(text))


def test_a_toll_that_could_reach_well_into_the_hundreds_is_a_projection() -> None:
    text = "The regional governor warned on radio that the toll could climb well into the hundreds."
    facts = [f for f in extract_document(make_doc(text)) if f.kind == "quantity"]
    assert [(f.measure, dict(f.extra).get("projected"), f.value.low) for f in facts] == [("projection", "killed", 200)]


def test_a_two_word_nationality_after_in_is_its_country() -> None:
    text = "The trawler went down in South Korean waters late on Monday; 19 fishermen are missing, the coast guard said."
    (f,) = people_facts(text)
    assert (f.measure, f.value.low, f.place) == ("missing", 19, "South Korea")


def test_a_town_name_shared_by_countries_is_the_one_of_the_country_the_report_is_about() -> None:
    from factcheck.extract import context

    spain = [p for p in context.build(make_doc("Storms battered eastern Spain overnight. Floods swept through Valencia, "
                                               "and Spain declared three days of mourning.")).places]
    assert context._country_of(spain, gazetteer()).get("Valencia") == "ES"
    assert gazetteer().country_of.get("Valencia") == "VE"  # figures placed in Valencia keep one country in every report
    passing = context.build(make_doc("Geneva, 4 March - The quake in Mexico killed 29, said the U.S. Geological Survey. "
                                     "Mexico has asked for tents.")).places
    assert context._country_of(passing, gazetteer()).get("Geneva") == "CH"  # Mexico is what it is about, not the US


def test_the_outlets_own_correspondent_is_no_source() -> None:
    for text in ("Our correspondent in Kandahar says at least 26 people have died in the floods.",
                 "At least 26 people have died in the floods, this reporter was told at the scene."):
        (f,) = people_facts(text)
        assert (f.measure, f.value.low, f.source) == ("killed", 26, None)
    (f,) = people_facts("At least 26 people have died in the floods, a local correspondent for the agency said.")
    assert f.source is not None  # another outlet's correspondent is a source


def test_a_toll_across_several_countries_is_of_all_of_them() -> None:
    (f,) = people_facts("The storm's death toll across Haiti and the Dominican Republic climbed to 74 on Sunday.")
    assert f.place == "Haiti and Dominican Republic"
    (f,) = people_facts("Floods have killed more than 210 people in Kenya, Somalia and Ethiopia since March.")
    assert f.place == "Kenya, Somalia and Ethiopia"
    each = people_facts("The storm killed 50 people in Haiti and 24 in the Dominican Republic.")
    assert [(f.value.low, f.place) for f in each] == [(50, "Haiti"), (24, "Dominican Republic")]
    actors = people_facts("Aid groups like Oxfam and the Red Cross said 74 people died in Haiti, as the US and Canada sent help.")
    assert [f.place for f in actors] == ["Haiti"]


def test_the_part_one_side_holds_is_a_place_of_its_own() -> None:
    one = people_facts("ISLAMABAD - The toll in Pakistan-administered Kashmir climbed to 2,400 on Sunday, the army said.")
    other = people_facts("SRINAGAR - In Indian-administered Kashmir, at least 310 people died, police said.")
    assert [f.place for f in one + other] == ["Pakistan-administered Kashmir", "Indian-administered Kashmir"]
    assert [f.place for f in people_facts("Shelling killed 14 civilians in rebel-held Idlib on Tuesday.")] == ["rebel-held Idlib"]


def test_a_capital_speaking_is_a_government_not_a_place() -> None:
    text = ("A crush at a shrine outside Karbala in Iraq killed 212 people on Friday. "
            "Ankara said 31 Turkish pilgrims were among the dead.")
    (_, pilgrims) = people_facts(text)
    assert pilgrims.value.low == 31 and pilgrims.place in ("Karbala", "Iraq")  # the event's place, not Ankara


def test_confirmed_dead_is_no_reporting_verb() -> None:
    (f,) = people_facts("Nineteen people have now been confirmed dead in the valley, the regional civil defence office said.")
    assert (f.value.low, f.source) == (19, "regional civil defence office")
    (f,) = people_facts("Coastguards revised the number of confirmed dead down to 43 from 51.")
    assert (f.value.low, f.source, f.previous.low if f.previous else None) == (43, "Coastguards", 51)


def test_a_stamped_iso_date_is_no_count() -> None:
    text = " date 2021-07-03 Volunteers searched the rubble overnight; 22 people are confirmed dead."
    assert [(f.measure, f.value.low) for f in people_facts(text)] == [("killed", 22)]
    from factcheck.extract import extract_document as facts_of
    assert all(f.value.low != 2021 for f in facts_of(make_doc(text)) if f.kind == "quantity")
