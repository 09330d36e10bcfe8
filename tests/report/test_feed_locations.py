"""Code-scanning locations of feed records and saved pages: the file on disk, never `dump.jsonl:3`."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from .helpers import SARIF_SCHEMA, run_in

RECORDS = [
    {"url": "https://wire.example/a", "source": "Wire A", "date": "2024-03-02", "story": "quake",
     "text": "JAYAPURA, March 2 (Wire A) - The earthquake killed 41 people in Jayapura on Saturday, police said."},
    {"url": "https://paper.example/b", "source": "Paper B", "date": "2024-03-02", "story": "quake",
     "text": "The quake killed 95 people in Jayapura on Saturday, the provincial police said."},
]


def feed(tmp_path: Path) -> Path:
    lines = ["", *(json.dumps(r) for r in RECORDS)]  # a blank first line: records are on lines 2 and 3
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_sarif_points_at_the_dump_and_the_record_line(tmp_path: Path) -> None:
    log = json.loads(run_in(feed(tmp_path), "check", "dump.jsonl", "--format", "sarif").stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    (result,) = [r for r in log["runs"][0]["results"] if r["level"] == "error"]
    places = [loc["physicalLocation"] for loc in result["relatedLocations"]]
    assert {p["artifactLocation"]["uri"] for p in places} == {"dump.jsonl"}
    assert sorted(p["region"]["startLine"] for p in places) == [2, 3]
    assert {p["properties"]["document"] for p in places} == {"dump.jsonl:2", "dump.jsonl:3"}
    assert all("killed" in p["properties"]["sentence"] for p in places)


def test_github_annotation_names_a_file_that_exists(tmp_path: Path) -> None:
    out = run_in(feed(tmp_path), "check", "dump.jsonl", "--format", "github").stdout
    (line,) = [x for x in out.splitlines() if x.startswith("::error")]
    props = dict(kv.split("=", 1) for kv in line.split(" ", 1)[1].split("::", 1)[0].split(","))
    assert props["file"] == "dump.jsonl" and props["line"] in {"2", "3"} and "col" not in props
