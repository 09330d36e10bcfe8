"""quote: the same speaker's words across outlets: excerpt -> agree, reworded -> variant with a diff."""
from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules import remarks
from factcheck.rules.loader import decode
from factcheck.yamlsafe import load_text
from tests.conftest import make_doc

RULE = """id: quote-wording
extends: quote
scope: {kind: quote}
same: [story, speaker]
min_shared_words: 4
level: warning
"""


def run(*docs):
    rule = decode(load_text(RULE, "inline.yaml", with_lines=True), "inline.yaml")
    facts = [f for d in docs for f in extract_document(d)]
    return [(f.status, f.level, dict(f.detail)) for f in engine.run([rule], facts, list(docs))]


def test_an_excerpt_after_normalising_agrees() -> None:
    a = make_doc("“It is true that certain elements threatened people who were going to leave [Aleppo], and in some "
                 "cases prevented humanitarian assistance,” U.S. Secretary of State John Kerry said.", outlet="A")
    b = make_doc('Some opposition members have "threatened people who were going to leave and in some cases prevented '
                 'humanitarian assistance," Kerry said.', outlet="B")
    assert [(s, lvl) for s, lvl, _ in run(a, b)] == [("agree", "info")]


def test_reworded_quote_is_a_variant_with_a_word_diff() -> None:
    a = make_doc("“Russia and Assad have a moment here where they are obviously in a dominant position to show a little "
                 "grace,” Secretary of State John Kerry said.", outlet="A")
    b = make_doc("“Russia and Assad have a moment where they are in a dominant position to show a little grace,” "
                 "Kerry told reporters.", outlet="B")
    (status, level, detail), = run(a, b)
    assert (status, level) == ("variant", "warning")
    assert {"here", "obviously"} <= set(detail["diff"].replace("[-", " ").replace("-]", " ").replace("{+", " ")
                                         .replace("+}", " ").split())
    assert ("[-here-]" in detail["diff"]) != ("{+here+}" in detail["diff"])


def test_different_speakers_are_not_compared() -> None:
    a = make_doc("“We will do everything to find a political solution,” German Foreign Minister Frank-Walter Steinmeier said.", outlet="A")
    b = make_doc("“We will do everything to find a political solution,” French Foreign Minister Jean-Marc Ayrault said.", outlet="B")
    assert run(a, b) == []


def test_unknown_speakers_are_not_compared() -> None:
    a = make_doc("The banner read “No to war, no to hunger, no to siege” across the square.", outlet="A")
    b = make_doc("Posters read “No to war, no to hunger, no to siege” on every wall.", outlet="B")
    assert run(a, b) == []


def test_anonymous_sources_match_only_by_the_same_description() -> None:
    a = make_doc("“It is not going to get solved in the next few weeks,” a US official said.", outlet="A")
    b = make_doc("“It is not going to get solved in the next five weeks,” a US official said.", outlet="B")
    c = make_doc("“It is not going to get solved in the next five weeks,” a Russian diplomat said.", outlet="C")
    got = run(a, b, c)
    assert [s for s, *_ in got] == ["variant"]
    assert "[-few-] {+five+}" in got[0][2]["diff"] or "[-five-] {+few+}" in got[0][2]["diff"]


def test_short_overlaps_are_not_compared() -> None:
    a = make_doc("“Die in Aleppo or die in Idlib, but die,” Kerry said.", outlet="A")
    b = make_doc("“We will keep working for a ceasefire,” Kerry said.", outlet="B")
    assert run(a, b) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("a b c d the".split()), max_size=12), st.lists(st.sampled_from("a b c d the".split()), max_size=12),
       st.integers(2, 5))
def test_fast_run_tests_agree_with_their_definitions(a: list[str], b: list[str], n: int) -> None:
    naive_contains = any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))
    assert remarks.contains(a, b) == naive_contains
    longest = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    assert remarks._shared_run(a, b, n) == (longest >= n)
