"""Quote speakers resolved the way reports run on: full name, surname, title, pronoun, paragraphs."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.model import Document


def pairs(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document(id="q", path="q.md", text=text, published="2024-05-06", story="s", outlet="Q")
    return [(f.speaker, f.text) for f in extract_document(doc) if f.kind == "quote"]


def test_an_east_asian_family_name_resolves_to_the_full_name() -> None:
    text = ("BEIJING (AP) — Chinese Premier Li Qiang hosted the delegation on Friday.\n\n"
            "“We are ready to widen cooperation in every field,” Li said after the meeting.")
    assert pairs(text) == [("Li Qiang", "We are ready to widen cooperation in every field,")]


def test_a_title_before_the_surname_gives_the_full_name_not_the_title() -> None:
    text = ("Prime Minister Rosa Quintero toured the flooded district on Sunday.\n\n"
            "“Nobody will be left behind,” Prime Minister Quintero told residents.")
    assert pairs(text) == [("Rosa Quintero", "Nobody will be left behind,")]


def test_two_speakers_in_one_paragraph_each_keep_their_words() -> None:
    text = ("Governor Alan Whitby said the levee “held better than anyone expected,” while Mayor Dana Cortez "
            "warned that “the next storm will find us just as exposed.”")
    assert pairs(text) == [("Alan Whitby", "held better than anyone expected,"),
                           ("Dana Cortez", "the next storm will find us just as exposed.")]


def test_a_pronoun_after_a_named_speaker_is_that_speaker() -> None:
    text = ("Captain Tamsin Reeve was blunt after the defeat. She added, “We were second to every ball tonight.”")
    assert pairs(text) == [("Tamsin Reeve", "We were second to every ball tonight.")]


def test_a_quote_only_paragraph_continues_the_speaker_of_the_paragraph_before() -> None:
    text = ("Health Secretary Priya Nandakumar spoke to reporters outside the hospital.\n\n"
            "She says the new wing will open in the spring.\n\n"
            "“Every bed in this building was paid for by people in this town.”")
    assert pairs(text) == [("Priya Nandakumar", "Every bed in this building was paid for by people in this town.")]


def test_the_subject_of_the_sentence_speaks_a_short_credited_quote() -> None:
    text = "Senator Luis Ferrante praised the negotiators for a “remarkable” week of work."
    assert pairs(text) == [("Luis Ferrante", "remarkable")]


def test_a_speaker_named_after_the_quote_at_the_end_of_the_sentence() -> None:
    text = ("Union chief Marta Kowalczyk arrived late.\n\n"
            "“We will sign nothing tonight” was the message to the employers, Kowalczyk says.")
    assert pairs(text) == [("Marta Kowalczyk", "We will sign nothing tonight")]


def test_a_short_label_in_quote_marks_is_not_a_quote() -> None:
    text = "Minister Carl Hedlund and his aides sat down to a “working supper” at the embassy."
    assert pairs(text) == []


def test_headline_quote_gives_its_speaker() -> None:
    text = "Okafor: 'We will not devalue the naira'\n\nFinance Minister Chidi Okafor spoke in Abuja on Monday."
    assert pairs(text) == [("Chidi Okafor", "We will not devalue the naira")]


def test_a_report_in_another_language_credits_the_person_its_sentence_names() -> None:
    text = "All'uscita dal vertice Putin ha risposto ai giornalisti: \"Bene, sono soddisfatto\"."
    assert pairs(text) == [("Vladimir Putin", "Bene, sono soddisfatto")]


def test_according_to_names_the_speaker() -> None:
    text = "Prime Minister Anita Desai flew in late.\n\nAccording to Ms Desai, “the agreement is done in all but name.”"
    assert pairs(text) == [("Anita Desai", "the agreement is done in all but name.")]


def test_a_subject_with_an_apposition_still_speaks() -> None:
    text = ("Foreign Minister Tomas Lind arrived on Monday.\n\n"
            "Lind, speaking after the meeting, said: “We achieved what we came for.”")
    assert pairs(text) == [("Tomas Lind", "We achieved what we came for.")]


def test_transcript_labels_further_down_a_page() -> None:
    text = ("Transcript of the evening bulletin.\n\nHOST: Good evening and welcome.\n\n"
            "OKONJO: Thank you for having me.\n\nHOST: Let us begin with the budget.\n\n"
            "OKONJO: The budget is balanced for the first time in a decade.")
    got = pairs(text)
    assert ("Okonjo", "The budget is balanced for the first time in a decade.") in got
    assert ("Host", "Let us begin with the budget.") in got


def test_a_one_off_capitalised_label_is_not_a_speaker() -> None:
    assert pairs("Markets fell on Friday.\n\nBREAKING NEWS: The summit has ended early.") == []


def test_so_called_credits_no_one() -> None:
    text = "The so-called “Liberation Front” still holds the hills, Colonel Amir Haddad said on Friday."
    assert pairs(text) == []


def test_a_pronoun_does_not_reach_back_into_page_chrome() -> None:
    text = ("Most read: King Tut's tomb\n\n"
            "Flood waters rose again overnight in the valley.\n\n"
            "“Nobody expected the river to rise this fast,” he said.")
    assert pairs(text) == [(None, "Nobody expected the river to rise this fast,")]


def test_a_quote_only_paragraph_after_the_report_moved_on_stays_unattributed() -> None:
    text = ("“We will not leave,” Mayor Ines Duarte said on Monday.\n\n"
            "Governor Paul Meyer toured the camp later without speaking to the press.\n\n"
            "“The water is already at the second floor.”")
    assert pairs(text)[-1] == (None, "The water is already at the second floor.")


def test_german_and_french_quote_marks() -> None:
    de = "Bundeskanzler Olaf Scholz sagte am Abend: „Wir sind bereit, mit allen zu reden.“"
    fr = "Le président Emmanuel Macron a déclaré : « Nous sommes prêts à travailler ensemble »."
    assert pairs(de) == [("Olaf Scholz", "Wir sind bereit, mit allen zu reden.")]
    assert pairs(fr) == [("Emmanuel Macron", "Nous sommes prêts à travailler ensemble")]


def test_a_transcript_label_reading_someone_elses_quote_credits_that_person() -> None:
    text = ("ANCHOR: Our reporter is at the harbour.\n\nREPORTER: Thank you.\n\n"
            "REPORTER: “The pumps will run all night,” Mayor Ines Valdez told crews at dusk.")
    got = pairs(text)
    assert ("Ines Valdez", "The pumps will run all night,") in got
    assert not any(speaker == "Reporter" and "pumps" in (words or "") for speaker, words in got)


def test_a_participial_aside_between_speaker_and_verb_keeps_the_speaker() -> None:
    for aside in ("seated beside Oleh Marchenko", "flanked by Oleh Marchenko and Sam Reid", "standing next to Oleh Marchenko"):
        text = f'President Daniel Brooks, {aside}, said: "You are gambling with millions of lives."'
        assert [s for s, _ in pairs(text)] == ["Daniel Brooks"], aside


def test_according_to_leading_a_clause_credits_its_quotation() -> None:
    assert [s for s, _ in pairs('According to President Anne Moreau, the talks had been "frank and useful".')] == ["Anne Moreau"]
    assert [s for s, _ in pairs('According to Anne Moreau, President Daniel Brooks called the talks "frank".')] == ["Daniel Brooks"]
