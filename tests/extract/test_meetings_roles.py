"""Titles resolve to the people the report names: "the French president" is Macron when the
report names him, even untitled, by the nationality the entity lexicon gives known people."""
from __future__ import annotations

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str, published: str | None = "2024-03-02") -> list[Fact]:
    return meeting_facts(text, published)


def test_title_only_subject_resolves_to_a_known_person_named_untitled():
    # broadcast transcript: the name comes without a title, the meeting by title only
    got = meetings("Emmanuel Macron spoke with reporters on the phone. The French president later met Chancellor "
                   "Angela Merkel in Berlin.")
    assert len(got) == 1 and set(got[0].participants) == {"Emmanuel Macron", "Angela Merkel"}


def test_two_role_subject_resolves_to_both_known_people():
    # wire: "the Russian and Ukrainian leaders met", both named untitled elsewhere
    got = meetings("Vladimir Putin hailed the outcome and Volodymyr Zelensky said little. The Russian and Ukrainian "
                   "leaders met in Paris on Monday.")
    paris = [f for f in got if f.place == "Paris"]
    assert paris and set(paris[0].participants) == {"Vladimir Putin", "Volodymyr Zelensky"}


def test_welcomed_a_guest_is_a_meeting():
    # press-office copy: "X welcomed Y to the palace in Z"
    got = meetings("King Felipe welcomed President Gabriel Boric to the Royal Palace in Madrid on Thursday.")
    assert [(f.place, f.time, set(f.participants)) for f in got] == [
        ("Madrid", ("2024-02-29", "2024-02-29"), {"Felipe", "Gabriel Boric"})]


def test_welcomed_a_decision_is_not_a_meeting():
    # regional paper: a possessive after "welcomed" names no guest
    assert meetings("The mayor welcomed Ireland's decision in Dublin on Thursday. Spain welcomed the move.") == []


def test_planned_meeting_weekday_is_the_coming_one():
    # wire preview on a Saturday: "will meet on Monday" is the Monday after, "met on Monday" the one before
    got = {dict(f.extra).get("prospective", False): f.time for f in meetings(
        "Emmanuel Macron and Angela Merkel met in Paris on Monday. Vladimir Putin and Xi Jinping will meet in "
        "Beijing on Monday.")}
    assert got == {False: ("2024-02-26", "2024-02-26"), True: ("2024-03-04", "2024-03-04")}


def test_country_premodifier_is_the_sentence_s_person_of_that_country():
    # summit wire copy: "at the U.S.-Russian summit" in a sentence naming both presidents: one meeting of two people
    got = meetings("Vladimir Putin met his U.S. counterpart Joe Biden on June 16 at the Geneva summit, the first "
                   "U.S.-Russian summit in three years.", None)  # an undated page
    assert len(got) == 1
    assert set(got[0].participants) == {"Vladimir Putin", "Joe Biden"}


def test_meeting_held_in_a_city_is_placed_there():
    # wire: "A meeting between X and Y was held in Z", "talks ... took place in Z"
    got = meetings("A meeting between Chinese Premier Li Qiang and Australian Prime Minister Anthony Albanese was held "
                   "in Canberra on Monday. Separately, talks between Japan and Korea took place in Busan on Tuesday.")
    assert {(f.place, f.time) for f in got} == {("Canberra", ("2024-02-26", "2024-02-26")),
                                                ("Busan", ("2024-02-27", "2024-02-27"))}


def test_meeting_judged_in_a_place_is_not_placed_there():
    # regional paper: where the summit was praised is not where it was held
    assert all(f.place != "Russia" for f in meetings("The Geneva summit was praised in Russia on Monday."))
