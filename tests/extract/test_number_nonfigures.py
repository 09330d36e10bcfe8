"""Shapes that look like numbers and are not people counts.

Each sentence also holds one real count, so the test fails both when the false
figure is read as people and when the grammar swallows the real one."""
from __future__ import annotations

import json
import math

import pytest

from factcheck.extract import extract_document
from factcheck.extract.numbers import find
from factcheck.model import Document

PEOPLE = {"killed", "injured", "missing", "trapped", "displaced", "evacuated", "rescued", "arrested", "affected"}

# (sentence, the people figures it really gives as (low, high))
CASES = [
    ("It was one of the worst floods in decades, and 14 people were killed.", [(14, 14)]),
    ("One of the survivors said 9 people were killed in the blast.", [(9, 9)]),
    ("A 7.6-magnitude quake struck at dawn and 31 people were killed.", [(31, 31)]),
    ("A quake of magnitude 6.1 struck, and 40 people were injured, officials said.", [(40, 40)]),
    ("The 12-story building collapsed and 22 people are missing.", [(22, 22)]),
    ("Rescuers searched the 5-storey block where 11 people were trapped.", [(11, 11)]),
    ("The Custodian of the Two Holy Mosques offered condolences after 18 people were killed.", [(18, 18)]),
    ("Officials at the Three Gorges Dam said 6 people were missing.", [(6, 6)]),
    ("The court's 5-4 ruling came a day after 13 people were killed in the protests.", [(13, 13)]),
    ("After a 3-1 win, fans rioted and 25 people were injured.", [(25, 25)]),
    ("The hotline runs 24/7 and 300 people have been evacuated so far.", [(300, 300)]),
    ("Memorials for 9/11 were held as 8 people were rescued from the river.", [(8, 8)]),
    ("In a report dated 2023/09\n09 people were never counted, and 70 were killed in the floods.", [(70, 70)]),
    ("The ministry's update of 09/04 said 16 people were injured.", [(16, 16)]),
    ("Figures released on 2024-03-09 show 120 people were displaced.", [(120, 120)]),
    ("Call 1-800-555 for news; 45 people are missing.", [(45, 45)]),
    ("Flight 370 vanished with 239 people aboard, and all are missing.", [(239, 239)]),
    ("The 2019 floods killed 52 people in the province.", [(52, 52)]),
    ("Since March, 29 people have been killed, officials said.", [(29, 29)]),
    ("The 48-hour search ended after 7 people were rescued.", [(7, 7)]),
    ("He was 63 years old; 4 others were injured in the crash.", [(4, 4)]),
    ("The storm reached 150 km/h and killed 12 people.", [(12, 12)]),
    ("Damage is put at $4m and 10 people were killed.", [(10, 10)]),
    ("Some 55% of homes flooded and 200 people were evacuated.", [(200, 200)]),
    ("Half of the houses were destroyed and 19 people were killed.", [(19, 19)]),
    ("The second half of the match was stopped after 30 fans were injured.", [(30, 30)]),
    ("A third day of rain left 17 people missing.", [(17, 17)]),
    ("No one was hurt in the first blast, but 5 people were killed in the second.", [(5, 5)]),
    ("On Route 66, 3 people were killed in a pile-up.", [(3, 3)]),
    ("The toll rose from 26 to 60 people killed, police said.", [(26, 26), (60, 60)]),
    ("At 08:45 local time, 21 people were reported missing.", [(21, 21)]),
    ("The Seven Sisters cliffs collapsed and 2 people are missing.", [(2, 2)]),
    ("A Covid-19 ward caught fire and 11 patients were killed.", [(11, 11)]),
    ("Su-24 jets struck the town, killing 15 people.", [(15, 15)]),
    ("Between 2010 and 2015 the camp grew, and 33 people were killed in clashes there.", [(33, 33)]),
    ("The drought lasted from 2019 to 2021; 48 people were evacuated.", [(48, 48)]),
]


def people(text: str) -> list[tuple[float | None, float | None]]:
    doc = Document(id="d", path="d.md", text=text, published="2024-03-10", story="t")
    return [(f.value.low, f.value.high) for f in extract_document(doc) if f.kind == "quantity" and f.measure in PEOPLE]


@pytest.mark.parametrize("sentence,want", CASES)
def test_not_a_people_count(sentence: str, want: list) -> None:
    assert sorted(people(sentence)) == sorted((float(a), float(b)) for a, b in want)


def test_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("text", [
    "99999999999999999999 people were killed", "9" * 5000 + " people", "-12 people", "+12 people", "1e5 people",
    "1.5e300 people", "10" + "0" * 400 + " people", "0." + "0" * 400 + "1 people", "1," * 3000 + "000",
    "one " * 3000 + "people", "and a half " * 2000, "half " * 2000, "- " * 3000 + "5", "1-" * 3000 + "1",
    "99999999999999999999 crore", "9" * 15 + " billion people", "between 1e308 and 1e309",
])
def test_bad_input_never_crashes_nor_gives_inf_or_nan(text: str) -> None:
    ms = find(text)
    for m in ms:
        for x in (m.value.low, m.value.high):
            assert x is None or (math.isfinite(x) and 0 <= x <= 1e15)
    sentence = f"Officials said {text} were killed in the flooding."
    doc = Document(id="d", path="d.md", text=sentence, published="2024-03-10", story="t")
    for f in extract_document(doc):
        json.dumps([f.value.low, f.value.high] if f.value else [], allow_nan=False)


def test_linear_time() -> None:
    import time

    def cost(n: int) -> float:
        text = ("one hundred and twenty-one thousand and a half 5-4 " * n) + "people"
        t = time.perf_counter()
        find(text)
        return time.perf_counter() - t

    small, big = cost(200), cost(1600)
    assert big < small * 8 * 4 + 0.05  # eight times the text, at most about eight times the time (slack for noise)


def test_an_age_between_commas_after_a_name_is_no_count() -> None:
    # feature copy: the age of someone quoted, set off by commas, beside a rescue figure
    from tests.extract.sentence_eval import people_facts

    got = people_facts('"We pulled a boy out at dawn," said Marta Lindqvist, 41, a volunteer from the valley, '
                       'as 14 people were rescued on Sunday.', "2024-05-12")
    assert [f.value.low for f in got] == [14]
