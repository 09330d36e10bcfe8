"""One fact per figure statement: a report's restatements of a figure are one fact.

Sentences written here in several styles (wire copy, regional paper, live page); each pins
interval, measure, place, day and source of the one fact kept."""
from __future__ import annotations

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import PEOPLE



def people(text: str, published: str = "2024-03-06") -> list[tuple]:
    return [(f.measure, f.value.low, f.value.high, f.place, f.time, f.source)
            for f in extract_document(make_doc(text, published=published))
            if f.kind == "quantity" and f.measure in PEOPLE]


DAY = ("2024-03-06", "2024-03-06")


def test_lead_and_quote_restating_the_toll_are_one_fact_with_the_quoted_source() -> None:
    # wire copy: the lead states the toll on its own, a later paragraph credits it
    text = ("Fifty-eight people were killed in the ferry sinking near Chandpur on Wednesday.\n\n"
            "Rescuers searched the river through the night.\n\n"
            "District police chief Amin Kabir told reporters that 58 bodies had been recovered near Chandpur.")
    assert people(text) == [("killed", 58, 58, "Chandpur", DAY, "Amin Kabir")]


def test_restated_rescued_count_is_one_fact() -> None:
    # regional paper: the same cumulative figure in the lead and in the briefing paragraph
    text = ("The toll in Mymensingh rose to 41 on Wednesday as a total of 1,260 people were rescued alive.\n\n"
            "Fire service director Lutfur Rahman told the briefing that 1,260 people were rescued from the debris "
            "in Mymensingh.")
    got = people(text)
    assert [g for g in got if g[0] == "rescued"] == [("rescued", 1260, 1260, "Mymensingh", DAY, "Lutfur Rahman")]
    assert [g[:3] for g in got if g[0] == "killed"] == [("killed", 41, 41)]


def test_same_figure_in_two_places_stays_two_facts() -> None:
    # live page: one figure, two neighbouring countries - two statements
    got = people("The storm killed 12 people in Myanmar and 12 in Bangladesh on Wednesday, officials said.")
    assert [(g[0], g[1], g[3]) for g in got] == [("killed", 12, "Myanmar"), ("killed", 12, "Bangladesh")]


def test_same_figure_from_two_named_sources_stays_two_facts() -> None:
    # two sources giving one figure are two statements (they corroborate each other)
    text = ("Police said 30 people were injured in Quetta on Wednesday.\n\n"
            "Provincial health minister Abdul Rauf said 30 people were injured in Quetta.")
    got = people(text)
    assert [(g[0], g[1], g[5]) for g in got] == [("injured", 30, "Police"), ("injured", 30, "Abdul Rauf")]


def test_a_different_figure_is_not_folded() -> None:
    text = ("The toll in Sylhet rose to 27 on Wednesday, officials said.\n\n"
            "By evening officials said 29 people had died in Sylhet.")
    assert [(g[0], g[1]) for g in people(text)] == [("killed", 27), ("killed", 29)]
