"""Shares of territory and which side holds them (sentences written here)."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from tests.conftest import make_doc
from tests.rules.test_numeric import findings

SHARES = """id: shares
extends: numeric
scope: {kind: quantity, measure: [percent]}
same: [story, measure, place, time]
approx_tolerance: 0.1
level: warning
"""


def shares(text: str) -> list[tuple]:
    return [(f.measure, f.value.low, f.value.high, dict(f.extra).get("share"), f.place, f.time, f.source)
            for f in extract_document(make_doc(text, published="2024-03-06")) if f.kind == "quantity" and f.unit == "percent"]


@pytest.mark.parametrize("text, want", [
    ("Government troops have retaken nearly 80 percent of Kharkiv, the army said on Tuesday.",
     ("percent", 72, 80, "gained", "Kharkiv", ("2024-03-05", "2024-03-05"), "army")),
    ("The militants still hold 21 percent of Kharkiv, a military spokesman said on Tuesday.",
     ("percent", 21, 21, "held", "Kharkiv", ("2024-03-05", "2024-03-05"), "military")),
    ("Rebels now control just over 30 per cent of the province, the monitor said.",
     ("percent", 30, None, "held", None, ("2024-03-06", "2024-03-06"), "monitor")),
])
def test_territory_shares(text: str, want: tuple) -> None:
    assert shares(text) == [want]


@pytest.mark.parametrize("text", ["In some villages about 80% of the houses have collapsed, a doctor said.",
                                  "We have 90% of the army out there, the general said."])
def test_other_percentages_are_not_territory(text: str) -> None:
    assert [m for m, *_ in shares(text)] == ["other"]


def test_held_share_agrees_with_its_complement_and_conflicts_otherwise() -> None:
    a = make_doc("Government troops have retaken nearly 80 percent of Kharkiv, the army said on Tuesday.", outlet="A")
    b = make_doc("The militants still hold 21 percent of Kharkiv, the army said on Tuesday.", outlet="B")
    c = make_doc("The militants still hold 60 percent of Kharkiv, a local official said on Tuesday.", outlet="C")
    assert [s for s, _, _ in findings(a, b, rule=SHARES)] == ["agree"]
    assert [s for s, _, _ in findings(a, c, rule=SHARES)] == ["conflict"]
