"""What a figure is: breakdowns, increments, running tolls, background and projections.

Each sentence is written here in a reporting style (wire, regional paper, live page,
broadcast) and pins interval, measure, breakdown, role, place, day and source."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import people_facts as people



def row(f) -> tuple:
    x = dict(f.extra)
    return (f.measure, f.value.low, f.value.high, x.get("breakdown"), x.get("role"), f.place, f.time, f.source)


@pytest.mark.parametrize("text, want", [
    # wire copy: a nationality among the dead
    ("Nine Britons were among the 41 people killed in the blast in Nairobi on Tuesday, the Foreign Office said.",
     [("killed", 9, 9, "britons", None, "Nairobi", ("2024-03-05", "2024-03-05"), "Foreign Office"),
      ("killed", 41, 41, None, None, "Nairobi", ("2024-03-05", "2024-03-05"), "Foreign Office")]),
    # regional paper: a group, not the total
    ("The provincial police said 63 police officers were injured in the clashes in Lahore on Monday.",
     [("injured", 63, 63, "police", None, "Lahore", ("2024-03-04", "2024-03-04"), "provincial police")]),
    # live page: nationality with a leading "more"
    ("Three Americans are among those killed on Mount Everest, the State Department said on Sunday.",
     [("killed", 3, 3, "americans", None, "Mount Everest", ("2024-03-03", "2024-03-03"), "State Department")]),
    # regional paper: a nationality adjective on the population is the total, not a part of it
    ("Aid agencies said on Monday that tens of thousands of Sudanese civilians are trapped in Khartoum.",
     [("trapped", 20000, 99999, None, None, "Khartoum", ("2024-03-04", "2024-03-04"), "Aid agencies")]),
    # wire copy: a nationality adjective on citizens is a part
    ("Twelve Indian citizens were among those killed in the blast in Dubai on Tuesday, the Foreign Ministry said.",
     [("killed", 12, 12, "indian", None, "Dubai", ("2024-03-05", "2024-03-05"), "Foreign Ministry")]),
])
def test_breakdowns(text: str, want: list) -> None:
    assert [row(f) for f in people(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Rescuers pulled four more bodies from the river in Kano on Tuesday, police said.",
     ("killed", 4, 4, None, "increment", "Kano", ("2024-03-05", "2024-03-05"), "police")),
    ("The hospital in Sylhet reported a rise of 37 in the number of injured on Monday.",
     ("injured", 37, 37, None, "increment", "Sylhet", ("2024-03-04", "2024-03-04"), "hospital in Sylhet")),
    ("Another 12 people were rescued alive in Izmir overnight, the governor said.",
     ("rescued", 12, 12, None, "increment", "Izmir", ("2024-03-05", "2024-03-06"), "governor")),
])
def test_increments(text: str, want: tuple) -> None:
    (f,) = people(text)
    assert row(f) == want


def test_running_toll_from_to_is_an_update_of_one_series() -> None:
    # broadcast transcript: "lifting the toll from 48 to 61"
    text = "Officials in Manila said on Monday that new landslides lifted the death toll from 48 to 61."
    earlier, toll = people(text)
    assert row(earlier)[:5] == ("killed", 48, 48, None, "earlier")
    assert row(toll)[:5] == ("killed", 61, 61, None, None)
    assert (toll.previous.low, toll.revision) == (48, True)
    assert row(earlier)[5:] == row(toll)[5:]
    assert (toll.place, toll.time, toll.source) == ("Manila", ("2024-03-04", "2024-03-04"), "officials in Manila")


def test_increment_then_running_toll() -> None:
    text = "Five more Canadians died in hospital in Toronto on Tuesday, bringing the toll to 19, officials said."
    inc, toll = people(text)
    assert row(inc) == ("killed", 5, 5, "canadians", "increment", "Toronto", ("2024-03-05", "2024-03-05"), "officials")
    assert row(toll)[:5] == ("killed", 19, 19, None, None)


@pytest.mark.parametrize("text, want", [
    ("In 1962 a flood there drowned 340 people in the valley near Quetta.",
     ("killed", 340, 340, None, "background", "Quetta", ("1962-01-01", "1962-12-31"), None)),
    ("A bus crash on the same road last month killed 12 people near Kandy, police said.",
     ("killed", 12, 12, None, "background", "Kandy", ("2024-03-06", "2024-03-06"), "police")),
    ("The 2004 tsunami killed 31,000 people in Aceh, the disaster agency said.",
     ("killed", 31000, 31000, None, "background", "Aceh", ("2024-03-06", "2024-03-06"), "disaster agency")),
])
def test_background(text: str, want: tuple) -> None:
    (f,) = people(text)
    assert row(f) == want
    assert dict(f.extra)["not_compared"] == "background"


@pytest.mark.parametrize("text, low, high, projected, place", [
    ("The prime minister warned in Dhaka that the toll may exceed 15,000.", 15000, None, "killed", "Dhaka"),
    ("Aid agencies fear the number of dead could reach 10,000 in Sindh.", 10000, 10000, "killed", "Sindh"),
    # broadcast transcript: a ceiling on a projection
    ("The governor told us up to 3,000 people may have died in Hatay.", 0, 3000, "killed", "Hatay"),
    # regional paper: a projected displacement
    ("The UN said as many as 40,000 people could be displaced in Sylhet by the end of the week.", 40000, 40000,
     "displaced", "Sylhet"),
])
def test_projections_are_kept_but_not_counts(text: str, low: float, high: float | None, projected: str,
                                            place: str) -> None:
    """A projection is not a count: measure `projection`, the measure it projects in `projected`."""
    assert people(text) == []
    (f,) = [f for f in extract_document(make_doc(text)) if f.kind == "quantity" and f.measure == "projection"]
    x = dict(f.extra)
    assert (f.value.low, f.value.high, x.get("projected"), f.place, x.get("role")) == (low, high, projected, place,
                                                                                      "projection")
    assert x["not_compared"] == "projection"


def test_since_last_year_is_a_running_count_not_background() -> None:
    (f,) = people("The army said it had killed 1,200 militants in Mosul since the offensive began in October last year.")
    assert dict(f.extra).get("role") is None


def test_others_after_a_figure_are_not_an_increment() -> None:
    killed, injured = people("Twenty people were killed and 165 more wounded in Homs on Saturday.")
    assert dict(injured.extra).get("role") is None and injured.value.low == 165


def test_bodies_handed_over_are_not_the_toll() -> None:
    facts = [f for f in extract_document(make_doc("By Friday 213 bodies had been handed over to families in Savar."))
             if f.kind == "quantity"]
    assert [(f.measure, f.value.low) for f in facts] == [("handed_over", 213)]


def test_day_of_the_event_does_not_date_a_running_toll() -> None:
    # live page two days on: the day named is the quake's, the toll is today's
    (f,) = people("At least 417 people have now been confirmed dead in Kerman after the earthquake that struck "
                  "southeastern Iran on Tuesday, officials said.", published="2024-03-07")
    assert (f.measure, f.value.low, f.value.high, f.place, f.time, f.source) == (
        "killed", 417, None, "Kerman", ("2024-03-05", "2024-03-07"), "officials")


def test_singular_nationality_and_unaccented_place() -> None:
    (f,) = people("One Briton was among the dead in Izmir on Monday, the foreign ministry said.")
    assert row(f) == ("killed", 1, 1, "briton", None, "Izmir", ("2024-03-04", "2024-03-04"), "foreign ministry")


@pytest.mark.parametrize("text, want", [
    # the hedge clause's own count is not the injured figure before "when"
    ("At least 40 people were killed and 300 injured when a market, with 5,000 shoppers inside, caught fire in Onitsha.",
     [("killed", 40, None), ("injured", 300, 300)]),
    ("A 48-strong Turkish rescue team arrived in Sylhet, where 12 people were trapped.", [("trapped", 12, 12)]),
    ("Our climbers are stranded at camp 2 above Pokhara, where 9 people were hurt.", [("injured", 9, 9)]),
])
def test_figures_that_are_not_the_casualty_count(text: str, want: list) -> None:
    assert [(f.measure, f.value.low, f.value.high) for f in people(text)] == want


def test_a_toll_brought_to_a_figure_is_a_revision() -> None:
    # live page: "bringing the death toll to" states the toll as revised, like "rose to"
    (toll,) = [f for f in people("Crews recovered more bodies overnight, bringing the official death toll to at "
                                       "least 141, the regional governor said.", "2023-08-25") if f.measure == "killed"]
    assert toll.value.low == 141 and toll.revision
