"""Sources named by a title, an apposition or a located body (sentences written here)."""
from __future__ import annotations

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import PEOPLE



def sources(text: str, published: str = "2024-03-06") -> list[tuple]:
    return [(f.measure, f.value.low, f.source)
            for f in extract_document(make_doc(text, published=published)) if f.kind == "quantity" and f.measure in PEOPLE]


def test_a_title_goes_back_to_the_person_introduced_with_it() -> None:
    text = ("A spokesman for the Home Ministry, Laxmi Dhakal, briefed reporters in Pokhara on Monday.\n\n"
            "The spokesman said 1,200 people had died.")
    assert sources(text) == [("killed", 1200, "Laxmi Dhakal")]


def test_a_title_goes_back_to_the_description_it_was_introduced_with() -> None:
    text = "A spokeswoman for the Red Cross was in Beira on Sunday. The spokeswoman said 65 people were missing."
    assert sources(text) == [("missing", 65, "spokeswoman for the Red Cross")]


def test_a_named_title_holder_is_the_source() -> None:
    text = ("Governor Ana Ruiz toured the flooded district on Monday. Officials said 40 people died.\n\n"
            "The governor said 12 more were missing.")
    assert sources(text)[-1] == ("missing", 12, "Ana Ruiz")


def test_a_name_in_apposition_to_the_speaker() -> None:
    assert sources("The spokesman, Musa Bello, told reporters that 30 people were injured.") == [("injured", 30, "Musa Bello")]
    assert sources("Its director, Joan Keller, said 18 staff were evacuated.") == [("evacuated", 18, "Joan Keller")]


def test_a_body_in_a_place_is_the_body() -> None:
    assert sources("Police in Kano said 17 people were killed on Monday.") == [("killed", 17, "police in Kano")]
