"""A meeting told as under way, or held in "the border town of X"; a speaker named with an appositive."""
from __future__ import annotations

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import meeting_facts


def test_a_meeting_now_under_way_in_a_city() -> None:
    (m,) = meeting_facts("LIVE: Thursday's meeting between Chilean President Gabriel Boric and Argentine President "
                         "Javier Milei is now under way in Santiago.", "2024-03-07")
    assert (m.place, m.time, set(m.participants)) == ("Santiago", ("2024-03-07", "2024-03-07"), {"Gabriel Boric", "Javier Milei"})


def test_a_summit_held_in_the_border_town_of() -> None:
    (m,) = meeting_facts("Boric and Milei held a long-awaited summit Friday in the border town of Mendoza.", "2024-03-09")
    assert (m.place, m.time) == ("Mendoza", ("2024-03-08", "2024-03-08"))


def test_a_meeting_word_after_a_judgement_is_still_not_placed_there() -> None:
    (m,) = meeting_facts("Boric and Milei met in Santiago on Friday; the talks were praised in Lima.", "2024-03-09")
    assert m.place == "Santiago"


def test_a_speaker_named_with_an_appositive_after_the_quote() -> None:
    for text in ('"The shelters are full," Lucia Ferraz, head of the municipal relief office, told reporters.',
                 '"Roads are still cut," Lucia Ferraz, Head of the State Relief Agency told a radio station.'):
        (q,) = [f for f in extract_document(make_doc(text)) if f.kind == "quote"]
        assert q.speaker == "Lucia Ferraz"


def test_a_speaker_with_a_participial_aside_before_the_verb() -> None:
    text = 'Scholz, speaking to reporters on the flight home, said the talks had been "blunt but necessary".'
    (q,) = [f for f in extract_document(make_doc(text)) if f.kind == "quote"]
    assert q.speaker == "Scholz"


def test_a_state_visit_is_no_attendee() -> None:
    (m,) = meeting_facts("Brazil's President Lula arrived in Beijing on Thursday for a four-day State Visit to meet "
                         "with Chinese President Xi Jinping.", "2024-03-07")
    assert set(m.participants) == {"Lula", "Xi Jinping"}


def test_a_meeting_at_a_villa_on_the_outskirts_of_a_city() -> None:
    (m,) = meeting_facts("Boric and Milei met for about four hours at a country house on the outskirts of Mendoza.", "2024-03-07")
    assert (m.place, set(m.participants)) == ("Mendoza", {"Boric", "Milei"})
