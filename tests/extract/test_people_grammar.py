"""People counts the grammar of reporting gives: survivors located alive, rescue increments,
vague counts, a toll named by a long subject, thresholds, headlines, other incidents, magnitudes.

Every sentence is written here, in wire, regional-paper, live-page and broadcast styles; each
case pins interval, measure, role or breakdown, place, day and source."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import PEOPLE

WED = ("2024-03-06", "2024-03-06")  # make_doc's default day, a Wednesday
TUE = ("2024-03-05", "2024-03-05")


def rows(text: str, published: str = "2024-03-06") -> list[tuple]:
    out = []
    for f in extract_document(make_doc(text, published=published)):
        if f.kind == "quantity" and f.measure in PEOPLE:
            x = dict(f.extra)
            out.append((f.measure, f.value.low, f.value.high, x.get("role") or x.get("breakdown"), f.place, f.time, f.source))
    return out


@pytest.mark.parametrize("text, want", [
    # wire copy: survivors located under the rubble are trapped until they are out
    ("Emergency crews found 35 shoppers alive under a fallen stairwell of the mall in Lagos on Wednesday, "
     "the fire service said.",
     [("trapped", 35, 35, None, "Lagos", WED, "fire service")]),
    # regional paper: still alive inside, a vague count
    ("There are still several hundred workers alive inside the factory in Gazipur, the fire service said.",
     [("trapped", 300, 900, None, "Gazipur", WED, "fire service")]),
    # live page: the trapping verb and a count set apart by "believed to be"
    ("The roof gave way in Chattogram, trapping a crowd of worshippers thought to be several thousand.",
     [("trapped", 3000, 9000, None, "Chattogram", WED, None)]),
    # broadcast: found alive and brought out is a rescue of one group, a part of the running count
    ("A team found three people alive in a stairwell in Antakya on Tuesday and rescued them around noon.",
     [("rescued", 3, 3, "increment", "Antakya", TUE, None)]),
])
def test_survivors_located_alive(text: str, want: list) -> None:
    assert rows(text) == want


@pytest.mark.parametrize("text, want", [
    # regional paper: one group brought out
    ("Navy divers pulled a group of 17 passengers out of the flooded hull near Sylhet on Tuesday.",
     [("rescued", 17, 17, "increment", "Sylhet", TUE, None)]),
    # wire copy: retrieved, of the group just found
    ("Firefighters found 15 miners alive in a side gallery near Zonguldak and retrieved nine of them on Tuesday, "
     "the governor said.",
     [("trapped", 15, 15, None, "Zonguldak", TUE, "governor"), ("rescued", 9, 9, None, "Zonguldak", TUE, "governor")]),
    # live page: a cumulative count stays a running count
    ("So far 1,260 people have been rescued alive from the debris in Mymensingh, the army said on Wednesday.",
     [("rescued", 1260, 1260, None, "Mymensingh", WED, "army")]),
])
def test_rescues(text: str, want: list) -> None:
    assert rows(text) == want


@pytest.mark.parametrize("text, want", [
    # dateline-led wire copy: the toll is the subject of a long noun phrase
    ("KUMASI, March 6 (Reuters) - The death toll in the collapse of a five-storey market building in "
     "Kumasi today rose to 73, as rescuers raced against time.",
     [("killed", 73, 73, None, "Kumasi", WED, None)]),
    # a threshold, in words, in a relative clause on the toll
    ("The cyclone's death toll, which state radio says has now passed the thousand mark, will climb further, "
     "officials said on Tuesday.",
     [("killed", 1000, None, None, None, TUE, "state radio")]),
    # verbs of passing give a lower bound
    ("The toll in Herat passed 2,000 on Tuesday, the provincial governor said.",
     [("killed", 2000, None, None, "Herat", TUE, "provincial governor")]),
    ("Aid trucks were turned back on Tuesday as the death toll climbed past 2,700 in Indonesia.",
     [("killed", 2700, None, None, "Indonesia", TUE, None)]),
])
def test_toll_subject_and_thresholds(text: str, want: list) -> None:
    assert rows(text) == want


def test_a_single_day_outflow_is_displacement() -> None:
    got = rows("Aid groups said Tuesday saw around 20,000 people fleeing the western districts of Aleppo.")
    assert got == [("displaced", 20000, 20000, None, "Aleppo", TUE, "Aid groups")]


def test_another_incident_a_year_earlier_is_background_of_a_group() -> None:
    got = rows("The disaster on Annapurna falls nearly two years after a rockslide killed 11 trekkers in the same valley.")
    assert [(m, lo, r) for m, lo, _, r, *_ in got] == [("killed", 11, "background")]
    (f,) = [f for f in extract_document(make_doc(
        "A year earlier an avalanche killed 16 sherpa guides on Mount Everest.")) if f.kind == "quantity"]
    assert (f.measure, f.value.low, dict(f.extra).get("role"), dict(f.extra).get("breakdown"), f.place) == (
        "killed", 16, "background", "guides", "Mount Everest")


def test_a_size_of_a_place_is_not_a_casualty() -> None:
    assert rows("Villages here are often affected by floods, and whole villages of 200, 300 people can be cut off.") == []


@pytest.mark.parametrize("text, want", [
    ("A 7.6-magnitude quake struck off Mindanao on Tuesday.", [("magnitude", 7.6)]),
    ("The magnitude 6.1 tremor injured 40 people in Chiapas on Tuesday, state officials said.",
     [("magnitude", 6.1), ("people", 40)]),
])
def test_magnitudes_are_readings(text: str, want: list) -> None:
    facts = [f for f in extract_document(make_doc(text)) if f.kind == "quantity"]
    assert [(f.unit, f.value.low) for f in facts] == want
    assert [f.measure for f in facts if f.unit == "people"] == ["injured"] * (len(want) - 1)


def test_headline_toll_counts_when_the_body_does_not_state_it() -> None:
    text = ("Pakistan flood toll tops 150 as rivers keep rising\n\n"
            "Army boats reached cut-off villages in Pakistan on Tuesday, officials said.")
    assert rows(text) == [("killed", 150, None, None, "Pakistan", TUE, None)]  # the report's day: the Tuesday it names


def test_headline_restated_in_the_body_is_one_fact() -> None:
    text = ("Toll in Dhaka building collapse passes 300\n\n"
            "The number of dead in Dhaka has topped 300, officials said on Tuesday.")
    assert rows(text) == [("killed", 300, None, None, "Dhaka", TUE, "officials")]


def test_copy_cut_off_mid_sentence_is_still_read() -> None:
    text = ("The army said on Tuesday that the toll in Savar had reached 120.\n\n"
            "By the time of writing, 1,850 garment workers had been rescued from the debris in Savar while the")
    assert ("rescued", 1850, 1850, None, "Savar", TUE, None) in rows(text)


def test_passing_verbs_bound_only_a_toll() -> None:
    # a car that hit five pedestrians did not hit "at least five"; the place after "in" is no nationality
    got = [(f.value.low, f.value.high, dict(f.extra).get("breakdown"))
           for f in extract_document(make_doc("A car hit 5 pedestrians in Lyon on Tuesday.")) if f.kind == "quantity"]
    assert got == [(5, 5, None)]


def test_the_past_24_hours_is_the_running_day_not_background() -> None:
    assert rows("In the past 24 hours 12 people died in Gaza, the health ministry said.") == [
        ("killed", 12, 12, None, "Gaza", WED, "health ministry")]
    assert rows("In the past, floods here killed 300 people.")[0][3] == "background"
