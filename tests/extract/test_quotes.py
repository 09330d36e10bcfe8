"""Quotes: marks, nesting, ellipses and insertions, split and multi-paragraph quotes, speakers."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.extract.quotes import normalise
from factcheck.model import Document, Fact


def quotes(text: str) -> list[Fact]:
    doc = Document(id="d", path="d.md", text=text, published="2024-03-02", story="s", outlet="X")
    return [f for f in extract_document(doc) if f.kind == "quote"]


def pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(f.speaker, f.text) for f in quotes(text)]


@pytest.mark.parametrize("text,speaker", [
    ('"We will rebuild every home," Mayor Tom Reyes said on Sunday.', "Tom Reyes"),  # straight marks, X said
    ("“We will rebuild every home,” Reyes told reporters at the scene.", "Reyes"),  # curly, X told reporters
    ('"This partnership will create 200 jobs," said Jane Doe, chief executive of Acme.', "Jane Doe"),  # said X
    ("“The water came up so fast,” said neighbor Maria Lopez, 54.", "Maria Lopez"),  # local news, role word first
    ("“It was like a war zone out there,” resident Carla Mendes tells us.", "Carla Mendes"),  # broadcast present tense
    ("French Foreign Minister Jean-Marc Ayrault tweeted: “Three priorities for Syria this weekend.”", "Jean-Marc Ayrault"),
    ("Kerry urged both sides to “show a little grace” in the talks.", "Kerry"),  # reported speech fragment
])
def test_speaker_from_the_attribution(text: str, speaker: str) -> None:
    assert [f.speaker for f in quotes(text)] == [speaker]


def test_surname_attribution_resolves_to_the_full_name() -> None:
    text = ("U.S. Secretary of State John Kerry met his counterparts in Paris.\n\n"
            "Kerry told reporters: “The choice for many of them is stark.”")
    assert [f.speaker for f in quotes(text)] == ["John Kerry"]


def test_pronoun_resolves_to_the_last_named_subject() -> None:
    text = ("Governor Ana Ruiz toured the flooded district with Mayor Tom Reyes on Monday.\n\n"
            "“We have never seen the water this high,” she said.")
    assert [f.speaker for f in quotes(text)] == ["Ana Ruiz"]


def test_pronoun_prefers_the_subject_of_a_speech_verb_over_a_fronted_name() -> None:
    text = ("With Foreign Minister Sergey Lavrov away in Moscow, U.S. Secretary of State John Kerry said talks would go on.\n\n"
            "“There is still a lot to be solved,” he said.")
    assert [f.speaker for f in quotes(text)] == ["John Kerry"]


def test_attribution_after_a_finished_sentence_is_not_the_speaker() -> None:
    text = ("U.S. Secretary of State John Kerry said he is “hopeful” about the talks but called it “the hardest kind of "
            "diplomacy.” He and French Foreign Minister Jean-Marc Ayrault also urged a return to negotiations.")
    assert pairs(text) == [("John Kerry", "hopeful"), ("John Kerry", "the hardest kind of diplomacy.")]


def test_anonymous_source_and_its_definite_back_reference() -> None:
    text = ("President Barack Obama has been cautious.\n\n"
            "“He just feels that the allies are culpable and he wants to say ‘I am always willing to do more diplomacy,’ "
            "which is kind of a ridiculous position,” a US official, who spoke on condition of anonymity, said.\n\n"
            "“It’s not going to get solved in the next (five) weeks,” the official added.")
    got = quotes(text)
    assert [f.speaker for f in got] == ["a US official", "a US official"]
    assert [dict(f.extra)["speaker_kind"] for f in got] == ["anonymous", "anonymous"]
    assert "‘I am always willing to do more diplomacy,’" in (got[0].text or "")  # nested single quotes stay inside


def test_definite_role_without_an_anonymous_antecedent_is_the_named_person() -> None:
    text = ("Secretary of State John Kerry admitted the rebels had blocked aid.\n\n"
            "The US official said both governments had been “bombing the fighters” for weeks.")
    assert [f.speaker for f in quotes(text)] == ["John Kerry"]


def test_quote_split_by_its_attribution() -> None:
    text = ("“We are determined to reduce the suffering,” French Foreign Minister Jean-Marc Ayrault said. "
            "“Millions of displaced people won't be able to return.”")
    assert [f.speaker for f in quotes(text)] == ["Jean-Marc Ayrault", "Jean-Marc Ayrault"]


def test_multi_paragraph_quote_is_one_passage() -> None:
    text = ("Health Minister Amina Diallo spoke after visiting the ward.\n\n"
            "“The first cases were reported in the north of the city.\n\n"
            "“Since then we have opened three more clinics,” she said.")
    assert pairs(text) == [("Amina Diallo", "The first cases were reported in the north of the city. "
                                            "Since then we have opened three more clinics,")]


def test_a_paragraph_that_is_only_the_quote_running_on_keeps_the_speaker() -> None:
    text = ("“The indiscriminate bombing needs to stop,” Secretary of State John Kerry said.\n\n"
            "“And those who support it should do their utmost to bring it to a close.”")
    assert [f.speaker for f in quotes(text)] == ["John Kerry", "John Kerry"]


def test_broadcast_transcript_labels() -> None:
    text = ("JOHN KERRY, U.S. SECRETARY OF STATE: We have made real progress on humanitarian access.\n\n"
            "WASHINGTON: Officials said the talks would resume.")
    assert pairs(text) == [("John Kerry", "We have made real progress on humanitarian access.")]


@pytest.mark.parametrize("text", [
    "The banner read “No to war, no to hunger” across the main square.",
    "A sign reading “Closed until further notice” hung on the clinic door.",
])
def test_quote_with_no_speaker_stays_unknown(text: str) -> None:
    (f,) = quotes(text)
    assert f.speaker is None and not f.extra


def test_short_scare_quotes_are_not_quotes() -> None:
    assert quotes("Syrian “moderates” indeed hampered the aid effort, Kerry admitted.") == []


def test_ellipses_brackets_and_marks_are_kept_in_the_text() -> None:
    (f,) = quotes("“Certain elements … threatened people who were going to leave [Aleppo],” Kerry said.")
    assert f.text == "Certain elements … threatened people who were going to leave [Aleppo],"


@pytest.mark.parametrize("a,b", [
    ("Russia and Assad have a moment here…", "russia and assad have a moment here"),
    ("leave [Aleppo], and in some cases", "leave and in some cases"),
    ("It’s been no secret ... if Aleppo", "its been no secret if aleppo"),
    ("the (Syrian) regime", "the regime"),
    ("“Show A Little Grace!”", "show a little grace"),
])
def test_normalise_compares_wording_not_typography(a: str, b: str) -> None:
    assert normalise(a) == b


def test_an_organisation_inside_an_anonymous_description_is_not_the_speaker() -> None:
    text = ("“The situation is deteriorating,” one senior EU diplomat said, speaking on condition of anonymity. "
            "“It will get worse before it gets better,” the diplomat added.")
    assert [f.speaker for f in quotes(text)] == ["one senior EU diplomat", "one senior EU diplomat"]


def test_surname_as_this_report_spells_it() -> None:
    text = ("Ukrainian President Volodymyr Zelenskiy met Polish President Andrzej Duda in Kyiv on Friday.\n\n"
            "“We need more air defence, and we need it now,” Zelenskiy told reporters.")
    assert [f.speaker for f in quotes(text)] == ["Volodymyr Zelensky"]


def test_evidence_holds_a_quote_of_several_sentences() -> None:
    d = Document(id="d", path="d.md", text='"The wind was screaming. The roof went first," said Ann Lee, a farmer.\n\n" one one Mr. ',
                 published="2024-03-02", story="s", outlet="O")
    quotes = [f for f in extract_document(d) if f.kind == "quote"]
    assert len(quotes) == 2
    for f in quotes:  # the span (an open quote stops at its paragraph's last word) lies in the evidence sentence
        assert d.text[f.evidence.start:f.evidence.end] in f.evidence.sentence
        assert not d.text[f.evidence.end - 1].isspace()
