"""Meetings read in their context: a summit that only dates a clause, an earlier meeting recalled,
a day between the meeting word and its place, a place named as a city of some country, a day in
a clause of its own, a title-case headline that is no one's name.

Sentences are written here, in the styles of wire copy, live pages and regional papers."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from tests.conftest import make_doc


def meetings(text: str, published: str = "2019-02-28") -> list[tuple]:
    doc = make_doc(text, published=published)
    return [(f.participants, f.place, f.time) for f in extract_document(doc) if f.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Amal Rahim gave a late news conference following the Ortiz-Kim summit in Dakar.",
    "Speaking ahead of the Ortiz-Kim talks in Dakar, Defence Secretary Paul Mbeki said little.",
    "Briefing reporters at the end of the Ortiz-Kim summit in Dakar on Saturday, Foreign Secretary Anil Rao praised both men.",
])
def test_the_subject_of_a_clause_the_meeting_only_dates_is_not_an_attendee(text: str) -> None:
    found = meetings(text)
    assert found and all(set(p) == {"Ortiz", "Kim"} for p, _, _ in found)


@pytest.mark.parametrize("text,place", [
    ("The handshake was three seconds shorter than when they met in Oslo.", "Oslo"),
    ("The pair smiled for photographers in Hanoi, eight months after they first met in Oslo.", "Oslo"),
])
def test_an_earlier_meeting_recalled_is_not_of_the_report_day(text: str, place: str) -> None:
    found = [m for m in meetings(text) if m[1] == place]
    assert found and all(t is None for _, _, t in found)


def test_last_month_named_dates_an_earlier_meeting() -> None:
    found = [m for m in meetings("President Ana Ortiz and Premier Li Wen met in Oslo last June.") if m[1] == "Oslo"]
    assert found and found[0][2] == ("2018-06-01", "2018-06-30")


def test_a_day_between_the_meeting_word_and_its_place() -> None:
    found = meetings("President Ana Ortiz and Premier Li Wen opened their summit on Wednesday in Portugal.")
    assert [(m[1], m[2]) for m in found] == [("Portugal", ("2019-02-27", "2019-02-27"))]


def test_a_conflict_amid_which_leaders_meet_is_not_where_they_meet() -> None:
    found = meetings("President Ana Ortiz and Premier Li Wen held their first summit on Monday amid fighting in eastern Ukraine.")
    assert all(place != "eastern Ukraine" for _, place, _ in found)


@pytest.mark.parametrize("text,place", [
    ("President Ana Ortiz and Premier Li Wen held talks in the eastern Chinese city of Hangzhou on Friday.", "Hangzhou"),
    ("The two presidents met in the western Kenyan city of Kisumu on Friday.", "Kisumu"),
])
def test_a_city_of_some_country_is_placed_at_its_name(text: str, place: str) -> None:
    assert [m[1] for m in meetings(text)] == [place]


def test_a_day_in_a_future_clause_of_its_own_is_read_forward() -> None:
    text = ("President Ana Ortiz said the summit would open a new chapter.Both presidents will start the programme on "
            "Saturday with a stroll along the river in Lisbon before talks.")
    found = meetings(text)  # published on a Thursday: the coming Saturday, not the last one
    assert found and all(t == ("2019-03-02", "2019-03-02") for _, _, t in found)


def test_a_title_case_headline_is_no_one_s_name() -> None:
    from factcheck.extract import context
    from factcheck.extract.attendees import Resolver

    doc = make_doc("Also read: Power Gap Between India and China Has Grown Lopsided\n\n"
                   "Prime Minister Ravi Menon arrived in Hangzhou for talks with President Li Wen.", published="2018-04-27")
    names = set(Resolver(context.build(doc)).full.values())
    assert "Ravi Menon" in names and not any("Lopsided" in n for n in names)


@pytest.mark.parametrize("text,venue", [
    ("The Cuban government welcomed President Ana Ortiz at the Palace of the Revolution on Monday.", "Palace of the Revolution"),
    ("The two presidents will hold talks after lunch at the Hunan Provincial Museum in Changsha.", "Hunan Provincial Museum"),
])
def test_a_venue_named_with_of_the_or_a_museum_is_kept_whole(text: str, venue: str) -> None:
    doc = make_doc(text, published="2016-03-21")
    found = [f for f in extract_document(doc) if f.kind == "meeting"]
    assert found and dict(found[0].extra).get("venue") == venue
    assert not any("Revolution" == p for f in found for p in f.participants)


def test_a_relation_between_two_countries_is_not_a_place() -> None:
    found = meetings("President Li said the summit in Wuhan would open a new chapter in Sino-India ties.")
    assert [place for _, place, _ in found] == ["Wuhan"]


def test_a_meeting_that_may_happen_elsewhere_is_not_the_one_held() -> None:
    text = ("President Ana Ortiz and Chairman Kim Jong Un held talks in Hanoi on Wednesday.\n\n"
            "South Korean President Moon Jae-in said he was watching events in Hanoi and may fly to the US soon "
            "to meet President Ortiz.")
    doc = make_doc(text, published="2019-02-27")
    held = [f for f in extract_document(doc) if f.kind == "meeting" and not dict(f.extra).get("prospective")]
    assert [(f.place, "Moon Jae-in" in f.participants) for f in held] == [("Hanoi", False)]


@pytest.mark.parametrize("text,never", [
    ("In an interview with Fox Business, President Gabriel Ortiz recalled telling Xi Jinping the news as they dined at his "
     "resort in Florida.", "Fox Business"),
    ("President Gabriel Ortiz walked across the Demilitarized Zone on Sunday while meeting with Kim Jong Un at the border "
     "village of Panmunjom.", "Demilitarized Zone"),
])
def test_outlets_and_place_features_are_not_attendees(text: str, never: str) -> None:
    assert all(never not in p for p, _, _ in meetings(text, published="2019-06-30"))


def test_a_report_that_says_yesterday_was_written_on_its_own_day() -> None:
    text = ("PRESENTER: Yesterday's summit in Lisbon brought together Rui Costa and Anne Moreau.\n\n"
            "REPORTER: The two leaders talked for about an hour at the Belem Palace on Sunday morning, aides said.")
    days = {t for _, _, t in meetings(text, published="2031-03-03")}  # a Monday: yesterday is Sunday 2 March
    assert days == {("2031-03-02", "2031-03-02")}


@pytest.mark.parametrize("text,person,body", [
    ("NATO Secretary General Lars Holm also attended the meeting in Lisbon, officials said.", "Lars Holm", "NATO"),
    ("UN Secretary-General Lars Holm also attended the talks in Lisbon.", "Lars Holm", "United Nations"),
    ("Hamas leader Omar Said met Egyptian officials in Cairo on Monday.", "Omar Said", "Hamas"),
])
def test_the_body_a_person_speaks_for_is_not_a_party_of_its_own(text: str, person: str, body: str) -> None:
    found = meetings(text, published="2031-03-02")
    assert found and all(person in p and not any(body in n for n in p) for p, _, _ in found)


def test_a_body_named_alone_is_still_a_party() -> None:
    assert [set(p) for p, _, _ in meetings("Talks between NATO and Russia opened in Lisbon on Monday.")] == [{"NATO", "Russia"}]


@pytest.mark.parametrize("text,place,venue", [
    ("President Daniel Brooks welcomed Ukrainian President Oleh Marchenko to the Oval Office on Friday.", "Washington", "Oval Office"),
    ("The talks, attended by French President Anne Moreau and German Chancellor Karl Weber, opened at Lancaster House on "
     "Sunday.", "London", "Lancaster House"),
])
def test_a_known_venue_is_placed_in_its_own_city(text: str, place: str, venue: str) -> None:
    found = [f for f in extract_document(make_doc(text, published="2031-03-02")) if f.kind == "meeting"]
    assert [(f.place, dict(f.extra).get("venue")) for f in found] == [(place, venue)]


def test_a_collective_subject_makes_the_named_list_partial() -> None:
    text = ("European leaders met in Lisbon on Sunday, with French President Anne Moreau, German Chancellor Karl Weber and "
            "Italian Prime Minister Giulia Conti joining the host.")
    found = [f for f in extract_document(make_doc(text, published="2031-03-02")) if f.kind == "meeting"]
    assert found and not any(f.complete for f in found)


def test_the_two_leaders_named_are_the_whole_list() -> None:
    text = "The two leaders, French President Anne Moreau and German Chancellor Karl Weber, met in Lisbon on Sunday."
    found = [f for f in extract_document(make_doc(text, published="2031-03-02")) if f.kind == "meeting"]
    assert [(set(f.participants), f.complete) for f in found] == [({"Anne Moreau", "Karl Weber"}, True)]


@pytest.mark.parametrize("text", [
    "Among those attending the Lisbon summit on Sunday were French President Anne Moreau and German Chancellor Karl Weber.",
    "Among the leaders at the talks in Lisbon were Anne Moreau, Karl Weber and Giulia Conti.",
])
def test_those_named_among_the_attendees_are_some_of_them(text: str) -> None:
    found = [f for f in extract_document(make_doc(text, published="2031-03-02")) if f.kind == "meeting"]
    assert found and {"Anne Moreau", "Karl Weber"} <= set(found[0].participants) and not found[0].complete


@pytest.mark.parametrize("text,names,complete", [
    ("Anne Moreau and Karl Weber joined Oleh Marchenko for talks with Daniel Brooks at the White House on Monday.",
     {"Anne Moreau", "Karl Weber", "Oleh Marchenko", "Daniel Brooks"}, True),
    ("Several leaders flew to Washington on Monday to join Oleh Marchenko at White House talks with Daniel Brooks.",
     {"Oleh Marchenko", "Daniel Brooks"}, False),
])
def test_the_one_joined_for_talks_takes_part_in_them(text: str, names: set, complete: bool) -> None:
    found = [f for f in extract_document(make_doc(text, published="2031-03-02")) if f.kind == "meeting"]
    assert [(set(f.participants), f.complete) for f in found] == [(names, complete)]
