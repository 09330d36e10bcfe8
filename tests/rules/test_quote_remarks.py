"""quote: one finding per remark, however many outlets quote it, whole, in part or translated."""
from __future__ import annotations

from tests.conftest import make_doc
from tests.rules import test_quote


def run(*docs):
    """(status, detail, how many reports the finding's renderings come from) per finding."""
    return [(status, detail, len({r["doc"] for r in detail["renderings"]})) for status, _, detail in test_quote.run(*docs)]


REMARK = "We will rebuild the bridge before the winter, whatever it costs this government"


def test_one_remark_in_six_outlets_is_one_finding() -> None:
    docs = [
        make_doc(f"Transport Minister Helen Achebe visited the site. “{REMARK},” Achebe said.", outlet="Wire"),
        make_doc(f"“{REMARK.upper()}!” Transport Minister Helen Achebe said on Tuesday.", outlet="Live page"),
        make_doc("Minister Helen Achebe said that the government would “rebuild the bridge before the winter”.",
                 outlet="Regional"),
        make_doc(f"HELEN ACHEBE, TRANSPORT MINISTER: {REMARK}.", outlet="Broadcast"),
        make_doc(f"Minister Helen Achebe made a promise on Monday. “{REMARK},” she said.\n\n“{REMARK},” Achebe "
                 "repeated.", outlet="Weekly"),
        make_doc("Asked about the price, Minister Helen Achebe said the repairs would go ahead “whatever it costs "
                 "this government”.", outlet="Daily"),
    ]
    got = run(*docs)
    assert [(s, n) for s, _, n in got] == [("agree", 6)]
    assert {r["outlet"] for r in got[0][1]["renderings"]} == {"Wire", "Live page", "Regional", "Broadcast", "Weekly", "Daily"}


def test_a_variant_is_shown_against_the_most_common_wording() -> None:
    docs = [make_doc(f"“{REMARK},” Minister Helen Achebe said.", outlet=o) for o in ("A", "B", "C")]
    docs.append(make_doc("“We will rebuild the bridge before the spring, whatever it costs this government,” "
                         "Minister Helen Achebe said.", outlet="D"))
    (status, detail, n), = run(*docs)
    assert (status, n) == ("variant", 4)
    assert detail["canonical"].startswith("We will rebuild the bridge before the winter")
    (odd,) = [r for r in detail["renderings"] if not r["excerpt"]]
    assert odd["outlet"] == "D" and "[-winter-] {+spring+}" in odd["diff"]


def test_two_translations_of_one_remark_are_one_variant() -> None:
    a = make_doc("“Our aim is to restore a reasonable level of mutual trust and to return to normal dialogue "
                 "between our ministries,” Foreign Minister Anna Lindqvist said.", outlet="A")
    b = make_doc("Foreign Minister Anna Lindqvist said the goal was “to restore an acceptable level of trust, "
                 "and to go back to the normal dialogue of the two ministries.”", outlet="B")
    (status, detail, n), = run(a, b)
    assert (status, n) == ("variant", 2)
    assert len(detail["renderings"]) == 2


def test_a_fragment_inside_a_paraphrase_is_an_excerpt() -> None:
    a = make_doc("“The talks were constructive and honest, and we will meet again in March,” President Ruth "
                 "Mbeki said.", outlet="A")
    b = make_doc("President Ruth Mbeki said the talks had been “constructive and honest” and that more would follow.",
                 outlet="B")
    assert [(s, n) for s, _, n in run(a, b)] == [("agree", 2)]


def test_different_remarks_of_one_speaker_are_not_merged() -> None:
    one = "“The harvest is the worst in forty years,” Agriculture Minister Omar Haddad said. "
    two = "“We are asking our neighbours for wheat and for patience,” Haddad said."
    got = run(make_doc(one + two, outlet="A"), make_doc(two.replace("Haddad said", "said Agriculture Minister Omar "
                                                                     "Haddad") + " " + one, outlet="B"))
    assert sorted(s for s, _, _ in got) == ["agree", "agree"]


def test_a_reworded_sentence_opening_is_a_variant_not_an_excerpt() -> None:
    a = make_doc("“No hurry. We only want the right agreement,” President Karl Brandt said.", outlet="A")
    b = make_doc("“There is no hurry. We only want the right agreement,” President Karl Brandt said.", outlet="B")
    assert [s for s, _, _ in run(a, b)] == ["variant"]


def test_the_same_quote_twice_in_one_report_is_one_rendering() -> None:
    q = "“Every school will reopen on Monday,” Mayor Jo Tanaka-Reid said."
    (status, detail, n), = run(make_doc(q + " Later she repeated: " + q.split(",”")[0] + "”.", outlet="A"),
                               make_doc(q, outlet="B"))
    assert status == "agree" and len(detail["renderings"]) == 2


def test_remarks_sharing_only_the_story_s_names_are_not_one_remark() -> None:
    one = ("“The partnership between Brazil and the European Union has never been weaker, but I think that changed "
           "this morning,” President Lucia Ferraz said.")
    two = ("“Chancellor Weber and I discussed the partnership between Brazil and the European Union, and we will "
           "work together on trade,” President Lucia Ferraz said.")
    got = run(make_doc(one, outlet="A"), make_doc(two, outlet="B"))
    assert got == []
