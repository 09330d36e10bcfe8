"""Named formats bring their member countries ("the Normandy Four summit"), "the four nations"
of such a sentence are those members, a meeting placed in a country of another year keeps the
country, and "they" of a caption is everyone its main clause names."""
from __future__ import annotations

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str, published: str | None = "2021-03-10") -> list[Fact]:
    return meeting_facts(text, published)


def test_format_summit_brings_its_members_not_its_name():
    # live page: leaders of the format unnamed
    got = meetings("Officials in Warsaw said they were pleased with how the Weimar Triangle summit in Berlin "
                   "went on Tuesday.")
    assert len(got) == 1
    assert got[0].place == "Berlin"
    assert {"France", "Germany", "Poland"} <= set(got[0].participants)
    assert not any("Weimar" in p for p in got[0].participants)
    assert got[0].complete is False


def test_counted_nations_are_the_format_members_and_country_place_kept():
    # wire background: an earlier meeting "in France" of another year is not the Paris one
    got = meetings("Leaders met in Paris on Monday. The Normandy format was born in 2014, when the heads of the "
                   "four nations first gathered in France.")
    france = [f for f in got if f.place == "France"]
    assert len(france) == 1
    assert set(france[0].participants) == {"France", "Germany", "Russia", "Ukraine"}
    assert france[0].time == ("2014-01-01", "2014-12-31")
    assert any(f.place == "Paris" for f in got)


def test_they_of_a_caption_is_everyone_named_before():
    # photo caption: "A gestures near B and C as they attend a news conference"
    got = meetings("Prime Minister Mark Carney gestures near President Lula da Silva and Chancellor Friedrich Merz "
                   "as they attend a joint news conference in Ottawa on Tuesday.")
    assert got and {"Mark Carney", "Lula da Silva", "Friedrich Merz"} <= set(got[0].participants)


def test_undated_mention_of_the_present_does_not_pull_a_past_country_meeting_into_its_city():
    # wire: the present summit told without a day, the first meeting "in France in 2014"
    got = meetings("The summit of the four leaders took place in Paris. They first met in France in 2014.", "2019-12-10")
    assert {f.place for f in got} == {"Paris", "France"}
