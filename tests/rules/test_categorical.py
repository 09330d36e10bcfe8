"""categorical: the day or the place of one meeting must read the same everywhere."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules.loader import decode
from factcheck.yamlsafe import load_text
from tests.conftest import make_doc

DAY = """id: meeting-day
extends: categorical
scope: {kind: meeting}
same: [story, place]
field: time
max_gap_days: 2
level: warning
"""
PLACE = """id: meeting-place
extends: categorical
scope: {kind: meeting}
same: [story]
field: place
level: error
"""


def run(rule_text: str, *docs):
    rule = decode(load_text(rule_text, "inline.yaml", with_lines=True), "inline.yaml")
    facts = [f for d in docs for f in extract_document(d)]
    return [(f.status, f.level, dict(f.detail)["summary"]) for f in engine.run([rule], facts, list(docs))]


def test_same_meeting_on_different_days_conflicts() -> None:
    a = make_doc("Foreign ministers from France, Germany and Britain met in Vienna on Friday.", outlet="A")
    b = make_doc("The foreign ministers of France and Germany met in Vienna on Thursday.", outlet="B")
    (status, level, summary), = run(DAY, a, b)
    assert (status, level) == ("conflict", "warning")
    assert "A says 2024-03-01" in summary and "B says 2024-02-29" in summary


def test_overlapping_days_agree_and_far_apart_days_are_other_meetings() -> None:
    a = make_doc("Foreign ministers from France and Germany met in Vienna on Friday.", outlet="A")
    b = make_doc("Foreign ministers from France and Germany met in Vienna from Thursday to Friday.", outlet="B")
    c = make_doc("Foreign ministers from France and Germany met in Vienna on 20 February.", outlet="C")
    assert run(DAY, a, b, c) == []


def test_groups_alone_do_not_make_two_meetings_one() -> None:
    a = make_doc("A meeting of European foreign ministers was held in Vienna on Friday.", outlet="A")
    b = make_doc("A meeting of European foreign ministers was held in Vienna on Thursday.", outlet="B")
    assert run(DAY, a, b) == []


def test_a_report_giving_both_days_describes_two_meetings() -> None:
    a = make_doc("France and Germany met in Vienna on Thursday. They met again in Vienna on Friday.", outlet="A")
    b = make_doc("France and Germany met in Vienna on Friday.", outlet="B")
    assert run(DAY, a, b) == []


def test_same_meeting_in_different_places_conflicts() -> None:
    a = make_doc("US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov met in Geneva on Friday.", outlet="A")
    b = make_doc("Kerry and Lavrov met in Lausanne on Friday.", outlet="B")
    (status, level, summary), = run(PLACE, a, b)
    assert (status, level) == ("conflict", "error")
    assert "A says Geneva" in summary and "B says Lausanne" in summary


def test_one_shared_person_in_two_cities_is_two_meetings() -> None:
    a = make_doc("Kerry and Ayrault met in Paris on Saturday.", outlet="A")
    b = make_doc("Kerry and Lavrov met in Geneva on Saturday.", outlet="B")
    assert run(PLACE, a, b) == []


def test_a_place_and_its_country_are_one_place_told_less_exactly() -> None:
    island = make_doc("Chancellor Olaf Scholz and Prime Minister Fumio Kishida met in Bali on Monday, at a seaside resort.", outlet="A")
    country = make_doc("Scholz and Kishida met in Indonesia on Monday, their aides said.", outlet="B")
    city = make_doc("Scholz and Kishida met in Jakarta on Monday.", outlet="C")
    elsewhere = make_doc("Scholz and Kishida met in Thailand on Monday.", outlet="D")
    assert run(PLACE, island, country) == []
    assert run(PLACE, city, country) == []
    (_, _, summary), = run(PLACE, island, city)  # two cities of one country are still two places
    assert "A says Bali" in summary and "C says Jakarta" in summary
    (_, _, summary), = run(PLACE, city, elsewhere)
    assert "C says Jakarta" in summary and "D says Thailand" in summary


def test_a_place_no_list_knows_beside_a_country_is_not_a_second_place() -> None:
    lodge = make_doc("Scholz and Kishida met at Schloss Meseberg on Monday.", outlet="A")
    country = make_doc("Scholz and Kishida met in Germany on Monday.", outlet="B")
    assert run(PLACE, lodge, country) == []
