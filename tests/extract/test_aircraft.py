"""Air-crash reporting: a model number, a flight code, passengers and crew, everyone on board, and an
earlier crash in a month of another year."""
from __future__ import annotations

import datetime as dt

from factcheck.extract import dates, extract_document
from tests.conftest import make_doc


def facts(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(f.measure, f.value.low, dict(f.extra).get("breakdown"))
            for f in extract_document(make_doc(text, published="2024-03-06")) if f.kind == "quantity"]


def test_a_model_number_is_no_toll() -> None:
    got = facts("The 787 jetliner to Lagos killed 71 people when it overran the runway.")
    assert ("killed", 71, None) in got and ("killed", 787, None) not in got


def test_a_flight_code_is_no_count() -> None:
    assert all(v != 447 for _, v, _ in facts("Flight AF 447 vanished over the Atlantic with everyone on board."))


def test_passengers_and_crew_are_each_a_part_of_the_toll() -> None:
    got = facts("The turboprop crashed into a hillside, killing 62 passengers and four crew, the airline said.")
    assert got == [("killed", 62, "passengers"), ("killed", 4, "crew")]


def test_all_on_board_killed_is_the_toll() -> None:
    assert facts("The airliner plunged into a field minutes after take-off, killing all 68 on board.") == [("killed", 68, None)]


def test_staff_of_a_named_body_are_people() -> None:
    assert [x[:2] for x in facts("Among the dead were eleven United Nations staff, the agency said.")] == [("killed", 11)]


def test_a_month_of_another_year_is_that_month() -> None:
    text = "It was the worst crash since January 2010, when a jet went down off Beirut."
    (t,) = dates.find(text, 0, len(text), dt.date(2019, 3, 10))
    assert t.window == ("2010-01-01", "2010-01-31")


def test_a_list_of_groups_among_the_dead_is_each_a_part() -> None:
    got = facts("Among those killed were 57 Pakistanis, 31 Indonesians and 12 Malians, officials said.")
    assert got == [("killed", 57, "pakistanis"), ("killed", 31, "indonesians"), ("killed", 12, "malians")]
    assert facts("The blast killed 9 Afghans, 30 more were hurt.")[1][0] == "injured"
