"""Earlier meetings told by their occasions: one meeting per "during/at/on the sidelines of" phrase,
each with its own place and day, and no day borrowed across another place."""
from __future__ import annotations

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str, published: str = "2023-05-20") -> list[Fact]:
    return meeting_facts(text, published)


def by_place(text: str, published: str = "2023-05-20") -> dict[str | None, Fact]:
    return {f.place: f for f in meetings(text, published)}


def test_two_occasions_after_met_are_two_meetings():
    # background paragraph of summit wire copy: the verb names who, each phrase where and when
    got = by_place("Canadian Prime Minister Justin Trudeau and Indian Prime Minister Narendra Modi met twice before: "
                   "during the G20 summit in Osaka in June 2019 and on the sidelines of the Commonwealth forum in "
                   "Kigali in June 2022.")
    assert set(got) == {"Osaka", "Kigali"}
    assert got["Osaka"].time == ("2019-06-01", "2019-06-30")
    assert got["Kigali"].time == ("2022-06-01", "2022-06-30")
    for f in got.values():
        assert set(f.participants) == {"Justin Trudeau", "Narendra Modi"}


def test_occasion_noun_need_not_be_a_meeting_word():
    # regional paper: "at the ... Games in X": the Games are where they met
    got = by_place("Governor Maria Lopes and Mayor Tomas Hald last met at the Nordic Games in Trondheim in March 2021.")
    assert "Trondheim" in got
    assert set(got["Trondheim"].participants) == {"Maria Lopes", "Tomas Hald"}


def test_a_venue_after_at_is_not_an_occasion():
    # live page: "met at the <hotel> ..., after a brief meeting": one meeting at the hotel's city
    got = meetings("Xavier Bettel and Mark Rutte met at the Grand Hotel in Luxembourg on Friday, "
                   "after a brief meeting with their aides.")
    assert {f.place for f in got} == {"Luxembourg"}


def test_day_across_another_place_is_that_place_s():
    # "Before the meeting in Oslo, ... met ... in Hamburg in July 2017": July 2017 is Hamburg's, not Oslo's
    got = meetings("Before the meeting in Oslo, Olaf Berg and Anna Lind had met during the Baltic forum in Hamburg in "
                   "July 2017. Berg and Lind met in Oslo on Thursday.")
    assert {f.place: f.time for f in got} == {"Oslo": ("2023-05-18", "2023-05-18"), "Hamburg": ("2017-07-01", "2017-07-31")}
    assert len(got) == 2


def test_deal_signed_in_a_city_is_a_meeting_there():
    # wire background: "signed an agreement in Doha in February 2020"
    got = meetings("The United States and the Taliban signed an agreement in Doha in February 2020.", "2021-08-20")
    assert [(f.place, f.time, f.participants, f.complete) for f in got] == [
        ("Doha", ("2020-02-01", "2020-02-29"), ("United States", "Taliban"), False)]


def test_ceasefire_in_a_place_is_where_it_holds_not_a_meeting():
    # regional paper: the truce holds in Gaza; no verb of making a deal there
    assert all(f.place != "Gaza" for f in meetings("Israel and Hamas agreed a ceasefire in Gaza on Friday."))


def test_deal_of_a_relative_clause_is_a_background_meeting_not_the_present_one():
    # "a format that brokered a peace deal in Minsk in 2015": Minsk 2015 holds no one of the Paris talks
    got = meetings("Leaders met in Paris on Monday. Merkel was also present for the first meeting between Putin and "
                   "Zelensky, rekindling a format that brokered a peace deal in Minsk in 2015.", "2019-12-10")
    minsk = [f for f in got if f.place == "Minsk"]
    assert len(minsk) == 1 and minsk[0].time == ("2015-01-01", "2015-12-31") and minsk[0].participants == ()
    assert any(f.place == "Paris" and "Zelensky" in " ".join(f.participants) for f in got)


def test_day_of_a_compared_meeting_is_not_this_one_s():
    # live page: "their private tete-a-tete, similar to one they had at their first meeting last year in X"
    got = meetings("President William Ruto and President Yoweri Museveni met ahead of the summit in Nairobi. They posed "
                   "for cameras before disappearing for "
                   "their private tete-a-tete, similar to one they had at their first meeting last year in Kampala.",
                   "2023-05-18")
    nairobi = [f for f in got if f.place == "Nairobi" and not dict(f.extra).get("prospective")]
    assert len(nairobi) == 2 and all(f.time == ("2023-05-18", "2023-05-18") for f in nairobi)  # the talks, the tete-a-tete
    assert [f.time for f in got if f.place == "Kampala"] == [("2022-01-01", "2022-12-31")]


def test_a_gathering_named_in_the_place_slot_is_not_the_place():
    # wire copy and a local station: "at the G-20 Summit in X" is held in X; "at G7 summit" names no place
    at_city = by_place("Prime Minister Aiko Tanabe and President Marco Ruiz held their first talks on Saturday at "
                       "the G-20 Summit in Osaka, Japan.", "2019-06-29")
    assert set(at_city) == {"Osaka"}
    bare = meetings("Tanabe met Ruiz on Saturday at G7 summit, a spokesman said.", "2019-06-29")
    assert all(f.place not in ("G7", "G7 summit") for f in bare)
    forum = by_place("The two ministers met at the Bay of Bengal Forum on Tuesday to discuss fishing rights.",
                     "2022-03-02")
    assert "Bay of Bengal Forum" not in forum


def test_a_day_after_since_is_not_the_meetings_day():
    # analysis copy: the story's background runs "since last year"; the meeting is the report's
    got = meetings("Claims over the memo have dogged Tomas Vik since last year, but when Vik met Lars Dahl in Bergen "
                   "the prime minister denied any role, an aide said.", "2021-03-04")
    assert got and all(f.time != ("2020-01-01", "2020-12-31") for f in got)
