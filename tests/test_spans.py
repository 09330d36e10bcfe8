"""Claimed spans answer "does this overlap anything claimed?" exactly as a scan of every span does."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.spans import Spans

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPAN, max_size=12), st.lists(st.tuples(st.booleans(), SPAN), max_size=30))
def test_same_answers_as_checking_every_span(claimed: list[tuple[int, int]], steps: list[tuple[bool, tuple[int, int]]]) -> None:
    spans, plain = Spans(claimed), list(claimed)
    for claim, (s, e) in steps:
        assert spans.overlaps(s, e) == any(a < e and s < b for a, b in plain)
        if claim:
            spans.add(s, e)
            plain.append((s, e))


def test_a_long_claim_far_back_still_overlaps() -> None:
    spans = Spans([(0, 100), (50, 52), (60, 61)])
    assert spans.overlaps(99, 120) and not spans.overlaps(100, 120)
    spans.add(200, 203)
    assert spans.overlaps(202, 202 + 1) and not spans.overlaps(203, 210)
