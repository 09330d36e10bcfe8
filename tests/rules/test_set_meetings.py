"""One finding per meeting across all outlets: each outlet's attendees, agree / conflict / single-source."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules.loader import decode
from factcheck.yamlsafe import load_text
from tests.conftest import make_doc

ATTENDEES = """id: attendees
extends: set
scope: {kind: meeting}
same: [story, place, time]
single_source: true
level: error
message: "{summary}"
"""
DAY = """id: meeting-day
extends: categorical
scope: {kind: meeting}
same: [story, place]
field: time
max_gap_days: 2
level: warning
"""


def run(rule_text: str, *docs):
    rule = decode(load_text(rule_text, "inline.yaml", with_lines=True), "inline.yaml")
    facts = [f for d in docs for f in extract_document(d)]
    return engine.run([rule], facts, list(docs))


def outlets(finding, docs) -> set[str]:
    by_id = {f.id: f.doc for d in docs for f in extract_document(d)}
    names = {d.id: d.outlet for d in docs}
    return {names[by_id[i]] for i in finding.facts}


def test_one_finding_for_one_meeting_across_three_outlets_venue_city_and_undated() -> None:
    docs = [make_doc("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Friday.", outlet="Wire"),
            make_doc("President Luis Ortega hosted Prime Minister Karin Lindqvist at the Presidential Palace in Lima "
                     "on Friday.", outlet="Daily"),
            make_doc("President Luis Ortega and Prime Minister Karin Lindqvist held talks in Lima.", outlet="Radio",
                     published="")]
    found = run(ATTENDEES, *docs)
    assert [f.status for f in found] == ["agree"]
    assert outlets(found[0], docs) == {"Wire", "Daily", "Radio"}
    attendees = dict(found[0].detail)["attendees"]
    assert set(attendees) == {"Wire", "Daily", "Radio"} and "Karin Lindqvist" in attendees["Wire"]


def test_a_complete_list_that_leaves_out_someone_another_outlet_names_conflicts() -> None:
    a = make_doc("Talks between President Luis Ortega and Prime Minister Karin Lindqvist opened in Lima on Monday.",
                 outlet="Wire")
    b = make_doc("Talks between President Luis Ortega, Prime Minister Karin Lindqvist and Chancellor Felix Braun "
                 "opened in Lima on Monday.", outlet="Daily")
    (finding,) = run(ATTENDEES, a, b)
    assert finding.status == "conflict" and "Felix Braun" in dict(finding.detail)["summary"]


def test_partial_lists_agree() -> None:
    a = make_doc("Leaders including President Luis Ortega and Chancellor Felix Braun met in Lima on Monday.", outlet="Wire")
    b = make_doc("Leaders including Prime Minister Karin Lindqvist met in Lima on Monday.", outlet="Daily")
    assert [f.status for f in run(ATTENDEES, a, b)] == ["agree"]


def test_a_meeting_only_one_outlet_reports_is_single_source() -> None:
    a = make_doc("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday.", outlet="Wire")
    b = make_doc("Chancellor Felix Braun met President Amadou Diallo in Dakar on Monday.", outlet="Daily")
    found = run(ATTENDEES, a, b)
    assert sorted(f.status for f in found) == ["single-source", "single-source"]


def test_different_sittings_are_not_compared_as_one_list() -> None:
    a = make_doc("President Luis Ortega and Prime Minister Karin Lindqvist held a one-on-one meeting in Lima on Monday.",
                 outlet="Wire")
    b = make_doc("President Luis Ortega and Prime Minister Karin Lindqvist hosted a working dinner with Foreign Minister "
                 "Rosa Vidal in Lima on Monday.", outlet="Daily")
    assert "conflict" not in [f.status for f in run(ATTENDEES, a, b)]


def test_reports_of_two_days_each_telling_of_its_own_day_are_a_running_summit() -> None:
    a = make_doc("President Luis Ortega and Prime Minister Karin Lindqvist held a one-on-one meeting in Lima on Monday.",
                 outlet="Wire", published="2024-03-04")
    b = make_doc("President Luis Ortega and Prime Minister Karin Lindqvist held a working lunch in Lima on Tuesday.",
                 outlet="Daily", published="2024-03-05")
    assert run(DAY, a, b) == []


def test_the_same_meeting_given_two_days_still_conflicts() -> None:
    a = make_doc("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday.", outlet="Wire",
                 published="2024-03-06")
    b = make_doc("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Tuesday.", outlet="Daily",
                 published="2024-03-06")
    assert [f.status for f in run(DAY, a, b)] == ["conflict"]
