"""The meeting fields of the JSON report: additive, optional, valid against the published schema."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from factcheck.extract import extract_document
from factcheck.model import Document
from factcheck.report.jsonfmt import fact_dict

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "factcheck" / "schema" / "report-v1.json").read_text("utf-8"))


def test_meeting_json_carries_venue_session_duration_and_validates() -> None:
    text = ("President Luis Ortega and Prime Minister Karin Lindqvist opened their summit at Villa La Rocca in Rome "
            "on Friday.\n\nThey held a 38-minute one-on-one before talks that lasted about three hours.")
    doc = Document(id="d", path="d.md", text=text, published="2024-03-02", story="s", outlet="X")
    facts = [fact_dict(f) for f in extract_document(doc) if f.kind == "meeting"]
    validator = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/fact"})
    for d in facts:
        validator.validate(d)
    summit = next(d for d in facts if "session" not in d)
    one = next(d for d in facts if d.get("session") == "one-on-one")
    assert summit["venue"] == "Villa La Rocca" and summit["place"] == "Rome" and summit["sessions"] == ["one-on-one"]
    assert one["summit"] == summit["id"] and one["duration"] == {"text": "38-minute", "low": 38, "high": 38, "unit": "minutes"}
    assert summit["duration"]["text"] == "lasted about three hours"


def test_a_plain_meeting_keeps_the_old_shape() -> None:
    doc = Document(id="d", path="d.md", text="Talks between Armenia and Azerbaijan opened in Washington on Monday.",
                   published="2024-03-02", story="s", outlet="X")
    (d,) = [fact_dict(f) for f in extract_document(doc) if f.kind == "meeting"]
    assert set(d) == {"id", "doc", "kind", "place", "time", "participants", "complete", "evidence"}
