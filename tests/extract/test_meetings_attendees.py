"""Attendees as reporters write them: titles, appositives, counterparts, hosts, pronouns.

Sentences written for these tests in wire, live-page, broadcast and regional styles.
"""
from __future__ import annotations

import pytest

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts

PUBLISHED = "2024-03-02"  # a Saturday


def meetings(text: str, published: str | None = PUBLISHED) -> list[Fact]:
    return meeting_facts(text, published)


def first(text: str) -> Fact:
    found = meetings(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize("text,who", [
    # wire: coordinated titled subjects, the second by counterpart phrase with a name
    ("French President Anne Dupont and her Italian counterpart Marco Bianchi met in Rome on Friday.",
     {"Anne Dupont", "Marco Bianchi"}),
    # regional paper: appositive ages on both names
    ("Ortega, 58, and Lindqvist, 63, met in Oslo on Thursday.", {"Ortega", "Lindqvist"}),
    # possessive title on the subject, counterpart phrase on the object
    ("Chile's President Luis Ortega met his Swedish counterpart Karin Lindqvist in Lima on Monday.",
     {"Luis Ortega", "Karin Lindqvist"}),
    # "met with"
    ("Prime Minister Hana Novak met with Chancellor Felix Braun in Prague on Tuesday.", {"Hana Novak", "Felix Braun"}),
    # "hosted" and "received" take the guest as object
    ("President Luis Ortega hosted Prime Minister Karin Lindqvist at the Presidential Palace in Lima on Monday.",
     {"Luis Ortega", "Karin Lindqvist"}),
    ("President Amadou Diallo received Chancellor Felix Braun in Dakar on Wednesday.", {"Amadou Diallo", "Felix Braun"}),
    # "held talks with"
    ("Chancellor Felix Braun held talks with President Amadou Diallo in Dakar on Wednesday.",
     {"Felix Braun", "Amadou Diallo"}),
    # "accompanied by" inside the subject
    ("President Luis Ortega, accompanied by Foreign Minister Rosa Vidal, met Prime Minister Karin Lindqvist in Lima on Monday.",
     {"Luis Ortega", "Rosa Vidal", "Karin Lindqvist"}),
    # the hosts of a summit are at it: "brokered by"
    ("The leaders of Chile and Peru held talks in Quito at a summit brokered by President Amadou Diallo on Monday.",
     {"Amadou Diallo"}),
    # live page: the people of the sentence attended the talks it follows
    ("President Luis Ortega and Prime Minister Karin Lindqvist answered questions in Lima on Monday, following talks at the summit.",
     {"Luis Ortega", "Karin Lindqvist"}),
])
def test_attendees_from_the_grammar_of_reporting(text: str, who: set[str]) -> None:
    assert who <= set(first(text).participants)


def test_a_counterpart_without_a_name_is_the_leader_the_report_names_for_that_country() -> None:
    f = meetings("Italian Prime Minister Marco Bianchi spoke in Milan on Thursday. "
                 "French President Anne Dupont met her Italian counterpart in Rome on Friday.")[-1]
    assert set(f.participants) == {"Anne Dupont", "Marco Bianchi"}


def test_the_two_leaders_and_surnames_resolve_to_the_people_named_before() -> None:
    f = first("French President Anne Dupont and Italian Prime Minister Marco Bianchi arrived in Rome on Thursday. "
              "The two leaders met at Villa Madama on Friday.")
    assert set(f.participants) == {"Anne Dupont", "Marco Bianchi"}
    later = meetings("Prime Minister Karin Lindqvist flew in on Sunday. President Luis Ortega spoke first.\n\n"
                     "Ortega and Lindqvist met in Lima on Monday.")[0]
    assert set(later.participants) == {"Luis Ortega", "Karin Lindqvist"}


def test_his_meeting_with_x_includes_the_person_it_belongs_to() -> None:
    f = first("President Luis Ortega said he was pleased with his first one-on-one meeting with Prime Minister "
              "Karin Lindqvist in Lima.")
    assert set(f.participants) >= {"Luis Ortega", "Karin Lindqvist"}


def test_east_asian_order_and_spelling_variants_are_one_person() -> None:
    f = first("Chairman Park Min-jun and President Luis Ortega met in Seoul on Friday. Park and Ortega then dined in Seoul.")
    assert sorted(f.participants) == ["Luis Ortega", "Park Min-jun"]


def test_a_list_after_including_is_partial_and_a_head_count_is_kept() -> None:
    f = first("Leaders of 18 countries, including Spain and Portugal, met in Brussels on Thursday.")
    assert f.participants == ("Spain", "Portugal") and f.complete is False
    assert dict(f.extra)["head_count"] == 18


def test_a_role_without_a_name_is_kept_as_a_partial_group() -> None:
    f = first("The two countries' foreign ministers met in Vienna on Tuesday.")
    assert f.complete is False and any("foreign ministers" in p for p in f.participants)


def test_he_is_the_subject_of_his_own_sentence_not_the_last_name_before_the_verb() -> None:
    f = first("Chinese President Xi Jinping arrived on Tuesday. Xi was flanked by Foreign Minister Wang Yi and top "
              "diplomat Cai Qi as he sat down with U.S. President Joe Biden in Woodside on Wednesday.")
    assert set(f.participants) >= {"Xi Jinping", "Joe Biden"} and "Cai Qi" not in f.participants


def test_the_leaders_of_named_countries_resolve_to_the_people_the_report_affiliates_with_them() -> None:
    f = meetings("Chilean President Luis Ortega and Swedish Prime Minister Karin Lindqvist spoke on Monday. "
                 "Before that, the Chilean and the Swedish leaders met twice in Quito.")[-1]
    assert set(f.participants) == {"Luis Ortega", "Karin Lindqvist"}


def test_someone_present_for_a_meeting_attended_it_and_the_list_is_no_longer_whole() -> None:
    f = meetings("Chilean President Luis Ortega and Swedish Prime Minister Karin Lindqvist spoke on Monday. German "
                 "Chancellor Felix Braun was also present for the first meeting between Ortega and Lindqvist in Quito.")[-1]
    assert set(f.participants) == {"Felix Braun", "Luis Ortega", "Karin Lindqvist"} and f.complete is False


def test_a_known_family_name_first_leader_stays_an_attendee() -> None:
    """A lexicon person whose later name words are short function words elsewhere ("Un")."""
    fact = first("SEOUL (Yonhap) -- South Korean President Moon Jae-in and North Korean leader Kim Jong Un "
                 "met in Seoul on Friday.")
    assert {"Moon Jae-in", "Kim Jong Un"} <= set(fact.participants)


def test_a_title_case_headline_verb_is_not_an_attendee() -> None:
    # a news site's headline in Title Case above the body
    text = ("World News Brasilia: Luiz Lula and Narendra Modi Meet Face to Face for...\n\nBrazil's President Luiz Inacio "
            "Lula da Silva and India's Prime Minister Narendra Modi met in Brasilia on Monday.")
    for f in meetings(text, "2025-07-08"):
        assert not {"Face", "Meet", "Last"} & set(f.participants)


def test_a_verb_after_the_object_ends_the_list_of_who_met() -> None:
    # wire copy without the comma: "when A met B in X B denied ..., C, the minister, told reporters"
    text = ("Claims over the memo have dogged Tomas Vik for months, but when Vik met Lars Dahl in Bergen Dahl denied "
            "any role, Eva Lund, the foreign minister, told reporters.")
    found = meetings(text, "2021-03-04")
    assert found and all("Eva Lund" not in f.participants for f in found)
