"""Figures that count people without counting casualties: how many a vessel carried, and the
searchers of a search told after the figure; and a "but" that opens a second clause."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import people_facts


def measures(text: str) -> list[tuple[str | None, float | None]]:
    return [(f.measure, f.value.low) for f in extract_document(make_doc(text, published="2024-03-06")) if f.kind == "quantity"]


@pytest.mark.parametrize("text, figure", [
    ("The trawler had 61 people aboard, and anxious relatives of the crew who are missing gathered at the quay.", 61),
    ("JAKARTA (AP) -- A passenger boat with 146 on board capsized in heavy seas late Monday.", 146),
    ("Coastguard officials said 88 passengers were on board the catamaran when its engine caught fire.", 88),
])
def test_people_on_board_are_carried_not_casualties(text: str, figure: int) -> None:
    assert ("count", figure) in measures(text)
    assert all(f.value.low != figure for f in people_facts(text))


@pytest.mark.parametrize("text, measure, figure", [
    ("All 54 people on board a chartered helicopter were killed when it hit a ridge.", "killed", 54),
    ("The plane vanished with 117 passengers aboard, and all are presumed dead.", "killed", 117),
])
def test_what_befell_those_on_board_is_still_read(text: str, measure: str, figure: int) -> None:
    assert [(f.measure, f.value.low) for f in people_facts(text)] == [(measure, figure)]


@pytest.mark.parametrize("text, figure", [
    ("About 250 navy divers were searching for the passengers still inside the hull on Saturday.", 250),
    ("Some 1,200 soldiers and volunteers joined the search for the missing, the governor's office said.", 1200),
    ("Dozens of neighbours were looking for a boy swept away by the flood.", 24),
])
def test_a_search_told_after_the_figure_makes_it_the_searchers(text: str, figure: int) -> None:
    assert all(f.value.low != figure for f in people_facts(text))


def test_a_search_before_the_figure_is_still_for_the_missing() -> None:
    assert [(f.measure, f.value.low) for f in people_facts("Crews are still searching for 14 hikers after the slide.")] == [("missing", 14)]


def test_a_toll_is_not_made_a_search_by_the_rescue_work_after_it() -> None:
    text = "The number of dead from the storm and the floods that followed it rose to 318 on Friday as teams pressed on with the search for survivors."
    assert [(f.measure, f.value.low) for f in people_facts(text)] == [("killed", 318)]


def test_but_opens_a_clause_of_its_own() -> None:
    text = "So far 58 have been rescued but 77 others are still missing, state television reported."
    assert [(f.measure, f.value.low) for f in people_facts(text)] == [("rescued", 58), ("missing", 77)]


def test_on_board_then_a_new_clause_about_others() -> None:
    text = "There were 212 people on board and distraught parents of the teenagers who are missing waited at the gym."
    assert ("count", 212) in measures(text)


def test_bodies_buried_in_a_grave_are_not_the_toll() -> None:
    text = "Army trucks brought the bodies of 96 victims, who were buried in a trench outside the town on Sunday."
    assert measures(text) == [("handed_over", 96)]
    assert measures("Grave diggers said 96 bodies were buried in a trench on Sunday.") == [("handed_over", 96)]
    assert measures("At least 40 people were buried under the mud when the hillside gave way.") == [("trapped", 40)]


def test_an_earlier_announcement_is_outdated_only_in_its_own_clause() -> None:
    text = "The ministry earlier announced that 411 passengers had been rescued, later calling it an error; 179 have been rescued, officials said."
    roles = [(f.value.low, dict(f.extra).get("role")) for f in people_facts(text)]
    assert roles == [(411, "earlier"), (179, None)]


def test_one_as_a_person_is_no_count() -> None:
    assert measures('"The whole street came down," said one, whose brother was still missing.') == []
    assert measures("Two boys were pulled out alive; one could be seen waving from a stretcher.") == [("rescued", 2)]
    assert ("killed", 1) in measures("Police said one person had died in the clashes.")


def test_dead_or_missing_together_is_neither_toll() -> None:
    assert measures("Fire officials said 64 people are dead or missing after the blaze in the housing block.") == [("count", 64)]
    assert measures("Nine people were killed or injured when the crane fell.") == [("count", 9)]
    assert measures("Nine people were killed and four injured when the crane fell.") == [("killed", 9), ("injured", 4)]
