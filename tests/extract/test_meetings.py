"""Meetings: venue, resolved day, participants from their grammatical slots, and completeness."""
from __future__ import annotations

import pytest

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts

PUBLISHED = "2024-03-02"  # a Saturday


def meetings(text: str) -> list[Fact]:
    return meeting_facts(text, PUBLISHED)


def one(text: str) -> tuple:
    found = meetings(text)
    assert len(found) == 1, [(f.place, f.participants) for f in found]
    f = found[0]
    return f.place, f.time, f.participants, f.complete


@pytest.mark.parametrize("text,expected", [
    # wire: an exhaustive subject list of "met"; "from" a named list replaces the group head
    ("Foreign ministers from France, Germany and Britain met in Vienna on Tuesday.",
     ("Vienna", ("2024-02-27", "2024-02-27"), ("France", "Germany", "United Kingdom"), True)),
    # wire: "talks between X and Y"
    ("Talks between Armenia and Azerbaijan opened in Washington on Monday.",
     ("Washington", ("2024-02-26", "2024-02-26"), ("Armenia", "Azerbaijan"), True)),
    # titles give affiliation, not extra parties: "Turkish President X" is one participant
    ("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in Sochi on Friday.",
     ("Sochi", ("2024-03-01", "2024-03-01"), ("Recep Tayyip Erdogan", "Vladimir Putin"), True)),
    # press release: "X and Y held talks", company names no list knows
    ("Acme Corp. and Globex held talks in Berlin on Thursday to discuss a merger.",
     ("Berlin", ("2024-02-29", "2024-02-29"), ("Acme Corp.", "Globex"), True)),
    # broadcast: progressive "are meeting", group head followed by "of" a named list
    ("Tonight the presidents of Kenya and Somalia are meeting in Nairobi.",
     ("Nairobi", ("2024-03-02", "2024-03-02"), ("Kenya", "Somalia"), True)),
    # a fronted place phrase is the venue, not a party; "met X and Y" adds the object
    ("In Paris, Kerry met Lavrov and Ayrault on Saturday.",
     ("Paris", ("2024-03-02", "2024-03-02"), ("Kerry", "Lavrov", "Ayrault"), True)),
    # premodifiers split on the hyphen; the place before the noun is the venue
    ("The US-Russia talks in Geneva ended without a deal.",
     ("Geneva", ("2024-03-02", "2024-03-02"), ("United States", "Russia"), True)),
    ("Saturday's Paris meeting ended with a call for a ceasefire.",
     ("Paris", ("2024-03-02", "2024-03-02"), (), False)),
])
def test_meeting_place_day_participants_complete(text: str, expected: tuple) -> None:
    assert one(text) == expected


@pytest.mark.parametrize("text,participants", [
    # "including" after a relative clause: the list after it, never the clause's object (Assad)
    ("Speaking in Paris after a meeting of countries that oppose Assad, including France, Britain, Turkey and "
     "Saudi Arabia, an exasperated Kerry showed little optimism.", ("France", "United Kingdom", "Turkey", "Saudi Arabia")),
    # group descriptions are kept as written
    ("Kerry spoke at a press briefing following a meeting of US, European and Arab foreign ministers in Paris on Saturday.",
     ("US, European and Arab foreign ministers",)),
    ("Kerry and European and Arab diplomats, meeting Saturday in Paris with Syrian opposition leaders, called for a cease-fire.",
     ("Kerry", "European and Arab diplomats", "Syrian opposition leaders")),
    ("U.S. and Russian military experts and diplomats are holding closed-door talks in Geneva later Saturday.",
     ("U.S. and Russian military experts and diplomats",)),
    # local news: "among them"
    ("Residents packed a meeting at the library in Springfield, among them Mayor Linda Okafor and Pastor Ray Hill.",
     ("Linda Okafor", "Ray Hill")),
])
def test_partial_lists_and_groups(text: str, participants: tuple) -> None:
    place, _, got, complete = one(text)
    assert got == participants
    assert complete is False


def test_related_events_in_one_sentence_are_separate_facts() -> None:
    text = ("Speaking in Paris after a meeting of countries that oppose Assad, including France and Turkey, "
            "Kerry showed little optimism for U.S. and Russian talks in Geneva later on Saturday.")
    got = [(f.place, f.participants, f.complete) for f in meetings(text)]
    assert got == [("Paris", ("France", "Turkey"), False), ("Geneva", ("United States", "Russia"), True)]


def test_companion_sentence_joins_the_current_meeting_not_the_upcoming_one() -> None:
    text = ("Foreign ministers held a meeting in Paris on Saturday.\n\n"
            "The Paris meeting came ahead of talks in Geneva between US and Russian officials.\n\n"
            "Speaking alongside the foreign ministers of France, Germany and Qatar, Kerry said aid must get in.")
    found = meetings(text)
    geneva = [f for f in found if f.place == "Geneva"]
    assert geneva and dict(geneva[0].extra).get("prospective") is True and geneva[0].time is None
    companion = found[-1]
    assert (companion.place, companion.time, companion.participants, companion.complete) == (
        "Paris", ("2024-03-02", "2024-03-02"), ("France", "Germany", "Qatar", "Kerry"), False)


def test_companion_sentence_follows_a_place_it_names() -> None:
    text = ("Ministers met in Rome on Friday and the delegations held talks in Milan on Saturday.\n\n"
            "Standing alongside Italy's foreign minister in Rome, Ayrault told reporters the talks had helped.")
    found = meetings(text)
    assert [f.place for f in found] == ["Rome", "Milan"]  # "the talks" said in Rome are the Rome meeting's
    assert dict(found[0].extra)["mentions"] == 2


@pytest.mark.parametrize("text", [
    "Aid from France, Germany and Italy reached Beirut on Friday.",  # a country list, no meeting word
    "Russia, Iran and Turkey have all condemned the strike in Idlib.",
    "The proposal was met with skepticism in Paris.",  # passive / reaction, not a meeting
    "Officials say the plan will meet the needs of 20,000 families in Gaza.",
    "Kerry told a news conference in Paris that the talks had failed.",  # news conference; Paris is not the talks' venue
    "“We will meet in Geneva next week,” the envoy said.",  # reported speech is not the report's own claim
    "Together with France and Germany, Britain imposed sanctions in London on Friday.",  # no meeting before it
    "Diplomats said the talks would continue.",  # no venue
])
def test_not_a_meeting(text: str) -> None:
    assert meetings(text) == []


def test_upcoming_meeting_without_a_day_has_no_day() -> None:
    (f,) = meetings("Defence ministers will meet in Brussels next week.")
    assert f.place == "Brussels" and f.time is None


def test_participant_types_and_affiliations_travel_with_the_fact() -> None:
    (f,) = meetings("US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov met in Geneva on Friday.")
    assert dict(f.extra)["parties"] == (("John Kerry", "person", "United States"), ("Sergey Lavrov", "person", "Russia"))
    assert f.complete is True


def test_companion_sentence_joins_the_meeting_it_shares_a_party_with() -> None:
    text = ("Ukrainian President Volodymyr Zelenskiy met Polish President Andrzej Duda in Kyiv on Friday, a day after "
            "talks in Brussels between European Union leaders and NATO officials.\n\n"
            "Standing alongside Duda and Lithuanian President Gitanas Nauseda, Zelenskiy thanked the allies.")
    found = meetings(text)
    assert [(f.place, f.complete) for f in found[:2]] == [("Kyiv", True), ("Brussels", False)]
    assert found[1].participants == ("European Union leaders", "NATO officials")
    assert (found[-1].place, found[-1].participants) == ("Kyiv", ("Andrzej Duda", "Gitanas Nauseda", "Volodymyr Zelensky"))
