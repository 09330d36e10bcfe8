"""numeric: what is compared with what - breakdowns, roles, undated figures, the report's scope, parts."""
from __future__ import annotations

from tests.conftest import make_doc
from tests.rules.test_numeric import findings


def statuses(*docs) -> list[tuple[str, list[str]]]:
    return [(s, t) for s, _, t in findings(*docs)]


def test_breakdown_is_compared_only_with_the_same_breakdown() -> None:
    a = make_doc("Nine Britons were among the dead in Nairobi on Tuesday, the Foreign Office said.", outlet="A")
    b = make_doc("At least 41 people were killed in Nairobi on Tuesday, police said.", outlet="B")
    c = make_doc("The embassy said nine Britons were killed in Nairobi on Tuesday.", outlet="C")
    got = statuses(a, b, c)
    assert ("conflict", ["41", "Nine"]) not in got and all(s != "conflict" for s, _ in got)
    assert ("agree", ["Nine", "nine"]) in got


def test_increment_background_and_projection_are_never_compared() -> None:
    a = make_doc("Rescuers recovered 12 more bodies in Pokhara on Tuesday, bringing the toll to 240.", outlet="A")
    b = make_doc("The toll in Pokhara stood at 240 on Tuesday, officials said. In 1988 a quake there killed 721 people. "
                 "Officials warned the toll could reach 1,000 in Pokhara.", outlet="B")
    assert statuses(a, b) == [("agree", ["240", "240"])]


def test_undated_figure_is_not_compared_with_a_dated_one() -> None:
    a = make_doc("Police said 30 people were killed in Homs.", published=None, outlet="A")
    b = make_doc("Police said 75 people were killed in Homs on Saturday.", outlet="B")
    assert statuses(a, b) == []


def test_the_reports_scope_groups_capital_and_country() -> None:
    # one report about Kathmandu, one about Nepal: the same national toll, the same day
    a = make_doc("Kathmandu was shaken again on Sunday. The death toll stood at 1,900, police in Kathmandu said.",
                 published="2015-04-26", outlet="A")
    b = make_doc("The toll in Nepal reached 3,100 on Sunday, the army said.", published="2015-04-26", outlet="B")
    assert [s for s, _ in statuses(a, b)] == ["conflict"]


def test_neighbouring_country_compared_only_with_itself() -> None:
    a = make_doc("The quake killed 1,900 people in Nepal on Sunday, and 53 in India, officials said.",
                 published="2015-04-26", outlet="A")
    b = make_doc("In India 61 people were killed, officials in Delhi said on Sunday. Nepal counted 1,900 dead.",
                 published="2015-04-26", outlet="B")
    got = statuses(a, b)
    assert ("conflict", ["53", "61"]) in got and ("agree", ["1,900", "1,900"]) in got
    assert not any(s == "conflict" and "1,900" in t for s, t in got)


def test_a_report_about_one_region_is_not_the_countrys_toll() -> None:
    a = make_doc("Officials said 30 people died in Uttar Pradesh on Monday.", published="2015-04-27", outlet="A")
    b = make_doc("Across India, 120 people died on Monday, the home ministry said.", published="2015-04-27", outlet="B")
    assert statuses(a, b) == []


def test_a_named_region_may_not_exceed_its_named_country() -> None:
    a = make_doc("Officials said 300 people died in Uttar Pradesh on Monday.", published="2015-04-27", outlet="A")
    b = make_doc("Across India, 120 people died on Monday, the home ministry said.", published="2015-04-27", outlet="B")
    assert [(s, t) for s, t in statuses(a, b) if s == "conflict"] == [("conflict", ["120", "300"])]
