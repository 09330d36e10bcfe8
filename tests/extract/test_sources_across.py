"""Sources across sentences and the attribution shapes of real copy (sentences written here)."""
from __future__ import annotations

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.extract.sentence_eval import PEOPLE



def facts(text: str, published: str = "2024-03-06") -> list[tuple]:
    return [(f.measure, f.value.low, f.value.high, f.place, f.time, f.source)
            for f in extract_document(make_doc(text, published=published)) if f.kind == "quantity" and f.measure in PEOPLE]


def test_attribution_in_a_later_paragraph_credits_the_lead() -> None:
    text = ("The death toll in the collapse of the market in Kumasi rose to 61 on Tuesday.\n\n"
            "Rescuers worked through the night with cranes.\n\n"
            "District police chief Kwame Mensah told reporters that 61 bodies had been recovered.")
    day = ("2024-03-05", "2024-03-05")  # published the next morning, naming only Tuesday: as of Tuesday
    # the restatement is one fact with the lead's (restated.py), credited to the later paragraph's source
    assert facts(text) == [("killed", 61, 61, "Kumasi", day, "Kwame Mensah")]


def test_a_different_figure_keeps_no_source() -> None:
    text = ("The toll in Kumasi rose to 58 on Monday.\n\n"
            "District police chief Kwame Mensah told reporters on Tuesday that 61 bodies had been recovered in Kumasi.")
    assert [f[-1] for f in facts(text)] == [None, "Kwame Mensah"]


def test_telling_estimate_and_agency_shapes() -> None:
    assert facts("The toll kept rising on Monday, with police telling the Associated Press that at least 40 people "
                 "died in Tanga.") == [("killed", 40, None, "Tanga", ("2024-03-04", "2024-03-04"), "police")]
    assert facts("Aid groups estimate that nearly 9,000 people are trapped in Goma.")[0][-1] == "Aid groups"
    got = facts("The toll in Chile rose to 131 on Sunday, according to the country's National Emergency Office.")
    assert got == [("killed", 131, 131, "Chile", ("2024-03-03", "2024-03-03"), "country's National Emergency Office")]


def test_a_figure_earlier_in_the_sentence_does_not_swallow_the_next_source() -> None:
    got = facts("In neighbouring Malawi 14 people were killed and the state broadcaster MBC said 9 people died in Nsanje.")
    assert [(m, low, src) for m, low, _, _, _, src in got] == [("killed", 14, None), ("killed", 9, "state broadcaster MBC")]


def test_a_described_source_with_a_relative_clause() -> None:
    got = facts("A colonel who is leading the search says 140 people have been pulled out alive.")
    assert [(m, low, src) for m, low, _, _, _, src in got] == [("rescued", 140, "colonel who is leading the search")]


def test_a_plural_witness_noun_as_the_source() -> None:
    got = facts("Stranded villagers told reporters that 30 people were still missing in Tanga.")
    assert [(m, low, src) for m, low, _, _, _, src in got] == [("missing", 30, "Stranded villagers")]
    got = facts("The survivors said about 50 workers were trapped under the roof.")
    assert [(m, src) for m, _, _, _, _, src in got] == [("trapped", "survivors")]


def test_the_person_an_agency_quotes_is_the_source() -> None:
    got = facts("Xinhua quoted a local official as saying 27 people died in the landslide.")
    assert [(m, low, src) for m, low, _, _, _, src in got] == [("killed", 27, "local official")]
    text = ("The toll in Tanga rose to 44 on Tuesday.\n\n"
            "The BBC cited a hospital director saying that 44 bodies had been brought in.")
    assert [f[-1] for f in facts(text)] == ["hospital director"]  # one figure stated twice: one fact, the named source
