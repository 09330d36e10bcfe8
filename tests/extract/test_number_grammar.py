"""The number grammar of real copy, through the real extraction path.

Every phrase is set in a news sentence (wire copy, live pages, broadcast
transcripts, regional papers) and read by `extract_document`, so the qualifier,
the range, the scale and the measure all have to survive the whole pipeline.
Each case asserts low, high, approx and unit of the one figure the sentence holds.
"""
from __future__ import annotations

import math

import pytest

from factcheck.extract import extract_document
from factcheck.model import Document

INF = None  # an open upper bound
TEMPLATES = {
    "wire": "Officials said {} people were killed in the flooding.",
    "live": "Rescue teams now say {} people are missing after the landslide buried the village.",
    "tv": "ANCHOR: And we are hearing tonight that {} people have been injured in the stampede.",
    "regional": "According to the district collector, {} people were displaced by the floods in the taluk.",
    "agency": "The provincial disaster agency reported that {} residents were evacuated overnight.",
}
MEASURE = {"wire": "killed", "live": "missing", "tv": "injured", "regional": "displaced", "agency": "evacuated"}


def facts(text: str) -> list:
    doc = Document(id="d", path="d.md", text=text, published="2024-03-02", story="t")
    return [f for f in extract_document(doc) if f.kind == "quantity"]


def only(text: str):
    found = facts(text)
    assert len(found) == 1, [(f.measure, f.value.low, f.value.high, f.value.text) for f in found]
    return found[0]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def check(template: str, phrase: str, low: float | None, high: float | None, approx: bool, unit: str, measure: str) -> None:
    f = only(TEMPLATES[template].format(phrase) if template in TEMPLATES else template.format(phrase))
    got = (f.measure, f.value.low, f.value.high, f.value.approx, f.unit)
    assert f.measure == measure and close(f.value.low, low) and close(f.value.high, high), got
    assert f.value.approx is approx and f.unit == unit, got


# (phrase, low, high, approx): people counts; each is run in two of the templates
OPEN_LOW = [
    ("greater than 2,310", 2310, INF, False), ("above 800", 800, INF, False), ("in excess of 300", 300, INF, False),
    ("exceeding 4,000", 4000, INF, False), ("300 or more", 300, INF, False), ("150 or greater", 150, INF, False),
    ("no fewer than 40", 40, INF, False), (">12", 12, INF, False), ("≥ 45", 45, INF, False), ("more than 70", 70, INF, False),
    ("over 1,500", 1500, INF, False), ("upwards of 90", 90, INF, False), ("at least 16", 16, INF, False),
    ("no less than 200", 200, INF, False), ("40-plus", 40, INF, False), ("300+", 300, INF, False),
    ("25 and more", 25, INF, False), ("higher than 65", 65, INF, False), ("well above 120", 120, INF, False),
    ("greater than or equal to 18", 18, INF, False), (">= 33", 33, INF, False), ("at least twenty", 20, INF, False),
    ("more than two dozen", 24, INF, True), ("more than 1.2 million", 1_200_000, INF, False),
]
UPPER = [
    ("below 250", 0, 250, False), ("less than or equal to 75", 0, 75, False), ("600 or less", 0, 600, False),
    ("at most 60", 0, 60, False), ("no more than 55", 0, 55, False), ("<15", 0, 15, False), ("≤ 90", 0, 90, False),
    ("fewer than 10", 0, 10, False), ("up to 35", 0, 35, False), ("as many as 400", 400, 400, True),
    ("under 20", 0, 20, False), ("a maximum of 12", 0, 12, False), ("not more than 8", 0, 8, False),
    ("45 or fewer", 0, 45, False), ("lower than 30", 0, 30, False), ("<= 14", 0, 14, False),
    ("up to 1.5 lakh", 0, 150_000, False), ("fewer than fifty", 0, 50, False),
]
CLOSED = [
    ("between 20 and 35", 20, 35, False), ("from 1,200 to 1,800", 1200, 1800, False), ("30 through 60", 30, 60, False),
    ("more than 15 but fewer than 45", 15, 45, False), ("at least 25 and at most 80", 25, 80, False),
    ("3k-8k", 3000, 8000, False), ("20-25", 20, 25, False), ("20 to 25", 20, 25, False), ("2-3 million", 2e6, 3e6, False),
    ("between 2 and 3 million", 2e6, 3e6, False), ("twenty to thirty", 20, 30, False), ("40–50", 40, 50, False),
    ("between twelve and fifteen", 12, 15, False), ("from 300 to 400", 300, 400, False), ("about 20-25", 20, 25, True),
    ("150 to 200", 150, 200, False), ("1.2-1.5 million", 1.2e6, 1.5e6, False), ("between 5,000 and 7,000", 5000, 7000, False),
    ("anywhere from 60 to 80", 60, 80, False), ("roughly 100 to 120", 100, 120, True),
]
SCALED = [
    ("half a million", 500_000, 500_000, False), ("a quarter of a million", 250_000, 250_000, False),
    ("six and a half million", 6_500_000, 6_500_000, False), ("4 million and a half", 4_500_000, 4_500_000, False),
    ("two-thirds of a million", 2e6 / 3, 2e6 / 3, False), ("3.4bn", 3.4e9, 3.4e9, False), ("1.75k", 1750, 1750, False),
    ("5mil", 5e6, 5e6, False), ("1.2 million", 1.2e6, 1.2e6, False), ("two and a half thousand", 2500, 2500, False),
    ("three quarters of a million", 750_000, 750_000, False), ("2.5m", 2.5e6, 2.5e6, False), ("4mn", 4e6, 4e6, False),
    ("half a billion", 5e8, 5e8, False), ("one and a half million", 1.5e6, 1.5e6, False), ("a million", 1e6, 1e6, False),
    ("1.1 bn", 1.1e9, 1.1e9, False), ("7k", 7000, 7000, False), ("a third of a million", 1e6 / 3, 1e6 / 3, False),
    ("12 million", 12e6, 12e6, False),
]
DOZENS = [
    ("half-a-dozen", 6, 6, True), ("four dozen", 48, 48, True), ("5 dozens", 60, 60, True), ("two dozen", 24, 24, True),
    ("half a dozen", 6, 6, True), ("three dozen", 36, 36, True), ("a dozen", 12, 12, True), ("about two dozen", 24, 24, True),
]
SOUTH_ASIAN = [
    ("12 lakh", 1_200_000, 1_200_000, False), ("1.5 crore", 15_000_000, 15_000_000, False),
    ("2 crore and five hundred", 20_000_500, 20_000_500, False), ("3 lakhs", 300_000, 300_000, False),
    ("over 2 lakh", 200_000, INF, False), ("nearly 1 crore", 9_000_000, 10_000_000, True),
    ("12,00,000", 1_200_000, 1_200_000, False), ("1,50,000", 150_000, 150_000, False),
    ("one lakh twenty thousand", 120_000, 120_000, False), ("five lakh", 500_000, 500_000, False),
    ("2.3 lakh", 230_000, 230_000, False), ("about 4 crore", 40_000_000, 40_000_000, True),
]
DIGIT_WORDS = [
    ("5 thousand 2 hundred and 14", 5214, 5214, False), ("7 hundred and two", 702, 702, False),
    ("3 thousand", 3000, 3000, False), ("2 hundred", 200, 200, False), ("4 thousand 500", 4500, 4500, False),
    ("1 million 200 thousand", 1_200_000, 1_200_000, False), ("6 hundred and 40", 640, 640, False),
]
ODD_WORDS = [
    ("sixty - three", 63, 63, False), ("twenty one", 21, 21, False), ("one hundred and sixty five", 165, 165, False),
    ("Twenty-five", 25, 25, False), ("forty two", 42, 42, False), ("two hundred", 200, 200, False),
    ("three thousand four hundred", 3400, 3400, False), ("ninety-nine", 99, 99, False),
    ("a hundred", 100, 100, False), ("one thousand and one", 1001, 1001, False),
]
MORE_SHAPES = [
    ("several hundred", 300, 900, True), ("a few thousand", 2000, 9000, True), ("a couple of hundred", 200, 200, True),
    ("two or three", 2, 3, False), ("40-odd", 40, 40, True), ("300 or so", 300, 300, True),
    ("fewer than 45 but more than 15", 15, 45, False), ("above 20, below 30", 20, 30, False),
    ("just over 100", 100, INF, False), ("as few as 10", 10, INF, False), ("well under 500", 0, 500, False),
    ("eleven hundred", 1100, 1100, False), ("twelve hundred and fifty", 1250, 1250, False), ("a half million", 5e5, 5e5, False),
    ("2,000 and counting", 2000, INF, False), ("1 000", 1000, 1000, False),
    ("between about 20 and 30", 20, 30, True), ("upward of 60", 60, INF, False), ("ten to fifteen thousand", 1e4, 1.5e4, False),
    ("one million two hundred thousand", 1.2e6, 1.2e6, False), ("a hundred and twenty", 120, 120, False),
]
ROWS = MORE_SHAPES + OPEN_LOW + UPPER + CLOSED + SCALED + DOZENS + SOUTH_ASIAN + DIGIT_WORDS + ODD_WORDS
NAMES = list(TEMPLATES)
CASES = [(NAMES[(k + shift) % len(NAMES)], *row) for k, row in enumerate(ROWS) for shift in (0, 2)]


@pytest.mark.parametrize("template,phrase,low,high,approx", CASES)
def test_people_counts(template: str, phrase: str, low: float, high: float | None, approx: bool) -> None:
    check(template, phrase, low, high, approx, "people", MEASURE[template])


PERCENT = [
    ("55 percent", 55), ("55%", 55), ("55 per cent", 55), ("fifty-five percent", 55), ("more than 55 percent", 55),
    ("12.5%", 12.5), ("nearly 40 per cent", 40), ("ninety percent", 90),
]
PERCENT_TEMPLATES = ["Officials said {} of homes in the district were destroyed.",
                     "The ministry estimates that {} of the harvest was lost to the floods."]


@pytest.mark.parametrize("template", PERCENT_TEMPLATES)
@pytest.mark.parametrize("phrase,x", PERCENT)
def test_percentages(template: str, phrase: str, x: float) -> None:
    f = only(template.format(phrase))
    want_low = 36 if phrase.startswith("nearly") else x
    want_high = None if phrase.startswith("more than") else x
    assert (f.value.low, f.value.high, f.value.approx, f.unit) == (want_low, want_high, phrase.startswith("nearly"), "percent")


SHARES = [
    ("half of", 0.5), ("a third of", 1 / 3), ("two in five", 0.4), ("three-quarters of", 0.75), ("one in four", 0.25),
    ("two-thirds of", 2 / 3), ("a quarter of", 0.25), ("one third of", 1 / 3), ("1 in 10", 0.1), ("three quarters of", 0.75),
    ("two out of three", 2 / 3), ("one in every four", 0.25),
]
SHARE_TEMPLATES = ["Officials said {} the victims were children.", "Aid workers estimate {} the households lost their crops."]


@pytest.mark.parametrize("phrase,x", [("half", 0.5), ("a third of", 1 / 3), ("two-thirds", 2 / 3)])
def test_share_without_of(phrase: str, x: float) -> None:
    f = only(f"Regional officials said {phrase} the wells in the district were contaminated.")
    assert close(f.value.low, x) and f.unit == "share"


@pytest.mark.parametrize("template", SHARE_TEMPLATES)
@pytest.mark.parametrize("phrase,x", SHARES)
def test_shares(template: str, phrase: str, x: float) -> None:
    f = only(template.format(phrase))
    assert close(f.value.low, x) and close(f.value.high, x) and f.value.approx is False and f.unit == "share"


def test_more_than_half_is_an_open_share() -> None:
    f = only("The UN said more than half of the population needs food aid.")
    assert (f.value.low, f.value.high, f.unit) == (0.5, None, "share")


def test_phrase_count() -> None:
    assert len(CASES) + 2 * len(PERCENT) + 2 * len(SHARES) >= 150
