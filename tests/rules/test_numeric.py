"""numeric: interval overlap, time windows, revisions, parts and wholes, sources."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules.loader import decode
from factcheck.yamlsafe import load_text
from tests.conftest import make_doc

RULE = """id: casualties
extends: numeric
scope: {kind: quantity, measure: [killed, injured, trapped]}
same: [story, measure, place, time]
level: error
"""


def findings(*docs, rule: str = RULE):
    r = decode(load_text(rule, "inline.yaml", with_lines=True), "inline.yaml")
    facts = [f for d in docs for f in extract_document(d)]
    return [(f.status, f.level, sorted(facts_by_id(facts)[i] for i in f.facts)) for f in engine.run([r], facts, list(docs))]


def facts_by_id(facts):
    return {f.id: f.value.text for f in facts if f.value}


def test_conflict_between_sources_in_one_report() -> None:
    d = make_doc("Twenty-five people were killed in Homs on Saturday, the Syrian Observatory for Human Rights said. "
                 "SANA reported that 20 were killed in Homs on Saturday.")
    (status, level, texts), = findings(d)
    assert (status, level, texts) == ("conflict", "error", ["20", "Twenty-five"])


def test_vague_compatible_is_agree() -> None:
    a = make_doc("Tens of people were killed in Homs on Saturday.", outlet="A")
    b = make_doc("At least 25 people were killed in Homs on Saturday.", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["agree"]


def test_vague_incompatible_is_warning_not_error() -> None:
    a = make_doc("Dozens of people were wounded in Homs on Saturday.", outlet="A")
    b = make_doc("Police said 265 people were wounded in Homs on Saturday.", outlet="B")
    assert [(s, lvl) for s, lvl, _ in findings(a, b, rule=RULE + "vague_conflicts: true\n")] == [("conflict", "warning")]


def test_vague_words_never_contradict_by_default() -> None:
    # "hundreds of injured filled the hospitals" describes a scene, not a total
    a = make_doc("Hundreds of injured people filled the hospitals of Homs on Saturday.", outlet="A")
    b = make_doc("Police said 4,200 people were injured in Homs on Saturday.", outlet="B")
    assert "conflict" not in [s for s, *_ in findings(a, b)]


def test_vague_words_are_read_loosely() -> None:
    a = make_doc("Dozens of people were wounded in Homs on Saturday.", outlet="A")
    b = make_doc("Police said 165 people were wounded in Homs on Saturday.", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["agree"]
    strict = RULE + "vague_tolerance: 0\nvague_conflicts: true\n"
    assert [s for s, *_ in findings(a, b, rule=strict)] == ["conflict"]


def test_different_days_are_an_update() -> None:
    a = make_doc("An estimated 100,000 people are trapped in Aleppo.", published="2016-12-10", outlet="A")
    b = make_doc("Tens of thousands of civilians are still trapped in Aleppo.", published="2016-12-15", outlet="B")
    assert [(s, lvl) for s, lvl, _ in findings(a, b)] == [("update", "info")]


def test_revision_same_day_is_update() -> None:
    a = make_doc("Officials said 26 people were killed in Izmir on Friday.", published="2020-10-31", outlet="A")
    b = make_doc("The death toll in Izmir rose to 60 from 26 on Friday, officials said.", published="2020-10-31", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["update"]


def test_approximate_figures_get_room() -> None:
    a = make_doc("About 5,000 people were trapped in Mosul on Monday.", published="2017-03-06", outlet="A")
    b = make_doc("Some 5,400 people were trapped in Mosul on Monday.", published="2017-03-06", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["agree"]


def test_part_is_not_compared_with_whole_unless_it_exceeds_it() -> None:
    a = make_doc("Twelve people were killed in western Mosul on Monday.", published="2017-03-06", outlet="A")
    b = make_doc("Forty people were killed in Mosul on Monday.", published="2017-03-06", outlet="B")
    assert findings(a, b) == []
    c = make_doc("Ninety people were killed in western Mosul on Monday.", published="2017-03-06", outlet="C")
    assert [(s, t) for s, _, t in findings(b, c)] == [("conflict", ["Forty", "Ninety"])]


def test_tolerance_option() -> None:
    a = make_doc("Police said 100 people were injured in Lyon on Monday.", published="2017-03-06", outlet="A")
    b = make_doc("Officials said 104 people were injured in Lyon on Monday.", published="2017-03-06", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["conflict"]
    assert [s for s, *_ in findings(a, b, rule=RULE + "tolerance: 0.05\n")] == ["agree"]


def test_running_toll_and_earlier_day_are_an_update() -> None:
    a = make_doc("Roughly 45 people were killed in Nairobi on Thursday.", published="2013-11-09", outlet="A")
    b = make_doc("At least 71 people have died in Nairobi since heavy rains began on Thursday, officials said.",
                 published="2013-11-09", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["update"]


def test_subsets_are_not_totals() -> None:
    a = make_doc("Twenty people were killed in Lima on Monday. Among the dead were three children, police said.",
                 published="2015-07-13", outlet="A")
    b = make_doc("Officials said 20 people were killed in Lima on Monday.", published="2015-07-13", outlet="B")
    assert [s for s, *_ in findings(a, b)] == ["agree"]


def test_a_count_of_part_of_the_period_stays_below_the_running_total() -> None:
    # regional-paper style: the day's rescues beside the total since the collapse, in one report
    d = make_doc(
        "Since the factory collapsed on Tuesday, 1,180 workers have been injured in Tongi, officials said. "
        "Fourteen workers were injured in Tongi on Friday as rescuers cut through the upper floors.", published="2016-07-08")
    assert "conflict" not in [s for s, *_ in findings(d)]
    # the part of the period may not exceed the whole: that stays a conflict
    e = make_doc("Since the factory collapsed on Tuesday, 40 workers have been injured in Tongi, officials said. "
                 "Ninety workers were injured in Tongi on Friday as rescuers cut through the upper floors.", published="2016-07-08")
    assert [s for s, *_ in findings(e)] == ["conflict"]


def test_a_figure_restated_with_stood_at_is_no_revision_of_another_outlets() -> None:
    # regional paper states 14 twice ("stood at" the second time); the wire's 6 the same day still conflicts
    a = make_doc("Fourteen miners were killed in Itabira on Sunday, police said. "
                 "The number of dead in Itabira stood at 14 by Sunday evening.", published="2011-01-16", outlet="A")
    b = make_doc("Six miners were killed in Itabira on Sunday, the mining ministry said.", published="2011-01-16", outlet="B")
    assert "conflict" in [s for s, *_ in findings(a, b)]

