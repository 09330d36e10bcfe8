"""set: attendee lists, complete and partial, compared across outlets."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules.loader import decode
from factcheck.yamlsafe import load_text
from tests.conftest import make_doc

RULE = """id: attendees
extends: set
scope: {kind: meeting}
same: [story, place, time]
level: error
message: "{summary}"
"""


def run(*docs):
    rule = decode(load_text(RULE, "inline.yaml", with_lines=True), "inline.yaml")
    facts = [f for d in docs for f in extract_document(d)]
    return [(f.status, f.level, dict(f.detail)["summary"]) for f in engine.run([rule], facts, list(docs))]


def test_partial_lists_are_compatible_and_the_union_says_who_names_whom() -> None:
    a = make_doc("Speaking in Paris after a meeting of countries that oppose Assad, including France, Britain, Turkey "
                 "and Saudi Arabia, Kerry showed little optimism.", published="2016-12-10", outlet="Wire")
    b = make_doc("Foreign ministers held a meeting in Paris on Saturday.\n\n"
                 "Speaking alongside the foreign ministers of France, Germany and Qatar, Kerry said aid must get in.",
                 published="2016-12-10", outlet="Local")
    (status, level, summary), = run(a, b)
    assert (status, level) == ("agree", "info")
    union = summary.split("all named: ")[1].split(" (")[0].split(", ")
    assert sorted(union) == sorted(["Foreign ministers", "France", "Germany", "Qatar", "Kerry", "United Kingdom", "Turkey",
                                    "Saudi Arabia"])
    assert "Wire names France, United Kingdom, Turkey, Saudi Arabia (partial)" in summary


def test_two_complete_lists_that_differ_conflict() -> None:
    a = make_doc("Talks between Armenia and Azerbaijan opened in Washington on Monday.", outlet="A")
    b = make_doc("Talks between Armenia, Azerbaijan and Turkey opened in Washington on Monday.", outlet="B")
    (status, level, summary), = run(a, b)
    assert (status, level) == ("conflict", "error")
    assert "A gives the complete list Armenia, Azerbaijan, B also names Turkey" in summary


def test_a_complete_list_excludes_a_party_a_partial_list_names() -> None:
    a = make_doc("Talks between Armenia and Azerbaijan opened in Washington on Monday.", outlet="A")
    b = make_doc("Officials from several countries, including Armenia and Iran, held talks in Washington on Monday.", outlet="B")
    (status, _, summary), = run(a, b)
    assert status == "conflict" and "B also names Iran" in summary


def test_people_match_the_countries_their_titles_give_them() -> None:
    a = make_doc("US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov met in Geneva on Friday.", outlet="A")
    b = make_doc("The US-Russia talks in Geneva on Friday ended without a deal.", outlet="B")
    c = make_doc("Kerry and Lavrov met in Geneva on Friday.", outlet="C")
    assert [s for s, *_ in run(a, b, c)] == ["agree"]


def test_unrelated_meetings_in_one_place_are_not_a_conflict() -> None:
    a = make_doc("Talks between Armenia and Azerbaijan opened in Washington on Monday.", outlet="A")
    b = make_doc("Talks between Israel and Lebanon opened in Washington on Monday.", outlet="B")
    assert [s for s, *_ in run(a, b)] == ["agree"]


def test_a_report_with_two_different_complete_lists_describes_two_events() -> None:
    a = make_doc("Talks between Armenia and Azerbaijan opened in Washington on Monday. Separately, talks between "
                 "Armenia and Turkey opened in Washington on Monday.", outlet="A")
    b = make_doc("Talks between Armenia and Turkey opened in Washington on Monday.", outlet="B")
    assert [s for s, *_ in run(a, b)] == ["agree"]


def test_different_days_are_different_clusters() -> None:
    a = make_doc("Talks between Armenia and Azerbaijan opened in Washington on Monday.", outlet="A")
    b = make_doc("Talks between Armenia, Azerbaijan and Turkey opened in Washington on Thursday.", outlet="B")
    assert run(a, b) == []


def test_a_name_written_family_name_first_is_the_same_person() -> None:
    a = make_doc("Prime Minister Ishiba Shigeru met President Lee Jae-myung in Tokyo on Monday.", outlet="A")
    b = make_doc("Shigeru Ishiba met Lee Jae-myung in Tokyo on Monday.", outlet="B")
    statuses = [s for s, _, _ in run(a, b)]
    assert statuses and "conflict" not in statuses
