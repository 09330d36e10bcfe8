"""A one-word quote joined to a full one by "but"/"and" is words of the same remark (live-page
paraphrase), while a lone label in quotation marks stays a label."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.model import Document, Fact


def quotes(text: str) -> list[Fact]:
    doc = Document(id="d", path="d.md", text=text, published="2024-03-02", story="s", outlet="X")
    return [f for f in extract_document(doc) if f.kind == "quote"]


def test_short_quote_paired_with_a_full_one_keeps_the_speaker():
    # live page: the minister speaks, the blogger paraphrases with two quoted pieces
    text = ("Finance Minister Rachel Reeves said the budget would hold.\n\n"
            "In particular, the two plans do not always “align,” but “the shared goals are many.”")
    got = {f.text: f.speaker for f in quotes(text)}
    assert got.get("align,") == "Rachel Reeves"
    assert got.get("the shared goals are many.") == "Rachel Reeves"


def test_lone_label_in_marks_is_not_a_quote():
    # regional paper: a label in quotation marks, no remark beside it
    text = "Mayor Tom Reyes said the town was ready.\n\nThe “working lunch” ran late at the town hall."
    assert not [f for f in quotes(text) if f.text.startswith("working")]
