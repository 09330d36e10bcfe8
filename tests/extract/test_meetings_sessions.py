"""One meeting, one identity in a report: venues whole and placed, days resolved, sessions, durations."""
from __future__ import annotations

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str, published: str | None = "2024-03-02") -> list[Fact]:
    return meeting_facts(text, published)


def extra(f: Fact) -> dict:
    return dict(f.extra)


def test_a_venue_is_kept_whole_and_placed_in_its_city() -> None:
    f, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist at Villa La Rocca in Rome on Friday.")
    assert (f.place, extra(f)["venue"]) == ("Rome", "Villa La Rocca")
    g, = meetings("The two delegations sat down for talks at the Raffles Hotel, Singapore, on Friday.")
    assert (g.place, extra(g)["venue"]) == ("Singapore", "Raffles Hotel")


def test_venue_city_and_the_capital_phrase_are_one_meeting() -> None:
    text = ("President Luis Ortega and Prime Minister Karin Lindqvist met at Villa Madama in Rome on Friday.\n\n"
            "The meeting in the Italian capital lasted about three hours.\n\n"
            "Ortega and Lindqvist later told reporters in Rome the talks had gone well.")
    found = meetings(text)
    assert [f.place for f in found] == ["Rome"]
    f = found[0]
    assert f.time == ("2024-03-01", "2024-03-01") and extra(f)["venue"] == "Villa Madama"
    assert extra(f)["mentions"] == 3 and extra(f)["duration"] == ("lasted about three hours", 153.0, 207.0)


def test_an_undated_mention_joins_the_dated_meeting_not_a_second_one() -> None:
    text = ("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday.\n\n"
            "The Lima talks between Ortega and Lindqvist covered trade.")
    found = meetings(text, published="2024-03-06")
    assert len(found) == 1 and found[0].time == ("2024-03-04", "2024-03-04")


def test_weekdays_and_yesterday_resolve_against_the_report_date() -> None:
    f, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist in Lima yesterday.", published="2024-03-06")
    assert f.time == ("2024-03-05", "2024-03-05")
    g, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Saturday.", published="2024-03-06")
    assert g.time == ("2024-03-02", "2024-03-02")


def test_a_report_with_no_date_reads_only_dates_with_their_year() -> None:
    f, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on March 4, 2024.", published=None)
    assert f.time == ("2024-03-04", "2024-03-04")
    g, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday.", published=None)
    assert g.time is None


def test_early_on_a_date_takes_in_the_night_before() -> None:
    f, = meetings("The leaders of Chile and Peru ended their summit in Quito early on 10 December after nine hours.",
                  published="2024-12-10")
    assert f.time == ("2024-12-09", "2024-12-10")


def test_sessions_are_meetings_of_their_own_linked_to_the_summit() -> None:
    text = ("President Luis Ortega and Prime Minister Karin Lindqvist opened their summit in Lima on Monday.\n\n"
            "They held a 38-minute one-on-one before a working lunch with Foreign Minister Rosa Vidal.")
    found = meetings(text)
    summit = next(f for f in found if not extra(f).get("session"))
    one = next(f for f in found if extra(f).get("session") == "one-on-one")
    lunch = next(f for f in found if extra(f).get("session") == "lunch")
    assert extra(one)["summit"] == summit.id == extra(lunch)["summit"]
    assert extra(one)["duration"] == ("38-minute", 38.0, 38.0)
    assert "Rosa Vidal" in lunch.participants and "Rosa Vidal" in summit.participants
    assert set(extra(summit)["sessions"]) == {"one-on-one", "lunch"}


def test_a_joint_press_conference_is_a_session() -> None:
    f, = meetings("President Luis Ortega and Prime Minister Karin Lindqvist held a joint press conference in Lima on Monday.")
    assert extra(f)["session"] == "press conference" and set(f.participants) == {"Luis Ortega", "Karin Lindqvist"}


def test_durations_keep_their_hedges() -> None:
    f, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist in Lima on Monday for less than an hour.")
    assert extra(f)["duration"] == ("for less than an hour", 0, 60.0)


def test_an_earlier_summit_mentioned_in_passing_keeps_its_own_place() -> None:
    text = ("President Luis Ortega and Prime Minister Karin Lindqvist met in Lima on Monday. "
            "The meal was far shorter than the banquet they shared at the Quito summit a year before.")
    assert {f.place for f in meetings(text)} >= {"Lima", "Quito"}


def test_the_city_after_a_venue_through_near_outside_and_an_island() -> None:
    f, = meetings("U.S. President Joe Biden and Chinese President Xi Jinping met for about four hours at the Filoli "
                  "estate outside San Francisco on Wednesday.")
    assert (f.place, extra(f)["venue"], set(f.participants)) == ("San Francisco", "Filoli estate", {"Joe Biden", "Xi Jinping"})
    g, = meetings("The two leaders met at the Capella Hotel on Sentosa island in Singapore on Tuesday.")
    assert (g.place, extra(g)["venue"]) == ("Singapore", "Capella Hotel")
    h = meetings("Leaders from 18 countries gathered at Blenheim Palace near Oxford on Thursday.")[0]
    assert (h.place, extra(h)["venue"], extra(h)["head_count"]) == ("Oxford", "Blenheim Palace", 18)


def test_month_year_and_last_year_are_windows_and_a_relative_clause_date_is_not_the_meetings() -> None:
    f, = meetings("The two presidents first met during a summit in Hamburg in July 2017.", published="2019-02-27")
    assert f.time == ("2017-07-01", "2017-07-31")
    g, = meetings("The two presidents met at their first meeting last year in Singapore.", published="2019-02-27")
    assert g.time == ("2018-01-01", "2018-12-31")
    h, = meetings("President Luis Ortega met Prime Minister Karin Lindqvist in Lima, reviving a format that "
                  "produced a deal in 2015.", published="2019-02-27")
    assert h.time == ("2019-02-27", "2019-02-27")


def test_their_resolves_past_a_byline_in_capitals() -> None:
    text = ("By MARIA LOPEZ and TOM REED\n\nPresident Luis Ortega and Prime Minister Karin Lindqvist met in Lima on "
            "Monday, similar to their first meeting last year in Quito.")
    quito = next(f for f in meetings(text, published="2024-03-06") if f.place == "Quito")
    assert set(quito.participants) == {"Luis Ortega", "Karin Lindqvist"}
