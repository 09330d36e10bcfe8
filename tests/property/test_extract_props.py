"""Every extractor on any document: never raises, evidence inside the text and the body,
line and column true, low <= high, and the same facts on a repeated run."""
from __future__ import annotations

import math

from hypothesis import given, settings

from factcheck.extract import extract_document
from factcheck.model import Document
from factcheck.text import LineIndex

from .strategies import prose

SETTINGS = settings(max_examples=80, deadline=None)


def doc(body: str, head: str = "") -> Document:
    return Document(id="d", path="d.md", text=head + body, body_start=len(head), published="2024-03-02",
                    story="s", outlet="O", dateline_place="Kathmandu")


@SETTINGS
@given(prose(max_words=120), prose(max_words=6))
def test_extract_document_is_total_and_well_formed(body: str, head: str) -> None:
    d = doc(body, head)
    facts = extract_document(d)
    assert extract_document(d) == facts  # the same result on a repeated run
    index = LineIndex(d.text)
    for f in facts:
        ev = f.evidence
        assert d.body_start <= ev.start <= ev.end <= len(d.text)
        assert (ev.line, ev.column) == index.locate(ev.start)
        assert d.text[ev.start:ev.end] in ev.sentence
        for v in (f.value, f.previous):
            if v is None:
                continue
            assert v.low is None or not math.isnan(v.low)
            assert v.low is None or v.high is None or v.low <= v.high
        if f.time:
            assert f.time[0] <= f.time[1]
