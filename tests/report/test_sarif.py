"""SARIF: valid against the official 2.1.0 schema, one result per finding, facts as locations."""
from __future__ import annotations

import json

import jsonschema
import pytest

from factcheck.report import sarif

from .helpers import FIXTURES, SARIF_SCHEMA, run_in


@pytest.fixture(scope="module")
def log() -> dict:
    r = run_in(FIXTURES / "conflict", "check", "corpus", "--format", "sarif")
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads(run_in(FIXTURES / "conflict", "check", "corpus", "--format", "json").stdout)


def test_validates_against_the_official_schema(log: dict) -> None:
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


def test_one_result_per_finding_with_mapped_levels(log: dict, report: dict) -> None:
    results = log["runs"][0]["results"]
    assert len(results) == len(report["findings"])
    mapping = {"error": "error", "warning": "warning", "info": "note"}
    assert [r["level"] for r in results] == [mapping[f["level"]] for f in report["findings"]]
    assert [r["properties"]["findingId"] for r in results] == [f["id"] for f in report["findings"]]


def test_locations_carry_line_column_and_offsets(log: dict, report: dict) -> None:
    facts = {f["id"]: f for f in report["facts"]}
    paths = {d["id"]: d["path"] for d in report["documents"]}
    for res, finding in zip(log["runs"][0]["results"], report["findings"]):
        related = res["relatedLocations"]
        assert len(related) == len(finding["facts"])
        assert res["locations"][0]["physicalLocation"] == related[0]["physicalLocation"]
        seen = set()
        for loc in related:
            phys = loc["physicalLocation"]
            region = phys["region"]
            match = [f for f in finding["facts"] if facts[f]["evidence"]["start"] == region["charOffset"]
                     and paths[facts[f]["doc"]] == phys["artifactLocation"]["uri"]]
            assert len(match) == 1
            ev = facts[match[0]]["evidence"]
            assert (region["startLine"], region["startColumn"]) == (ev["line"], ev["column"])
            assert region["charLength"] == ev["end"] - ev["start"]
            assert region["endColumn"] == ev["column"] + region["charLength"]
            assert ev["sentence"] == phys["contextRegion"]["snippet"]["text"]
            seen.add(match[0])
        assert seen == set(finding["facts"])


def test_rule_metadata_in_the_driver(log: dict) -> None:
    driver = log["runs"][0]["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["casualty-figures"]["defaultConfiguration"]["level"] == "error"
    assert rules["casualty-figures"]["properties"]["type"] == "numeric"
    assert rules["single-source"]["defaultConfiguration"]["level"] == "note"
    for res in log["runs"][0]["results"]:
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_input_errors_become_notifications_and_paths_are_uris() -> None:
    log = json.loads(run_in(FIXTURES / "hostile", "check", "corpus", "--format", "sarif").stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes and notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/plain-wire.md"
    assert sarif.artifact("dir with space/a#b.md") == {"uri": "dir%20with%20space/a%23b.md", "uriBaseId": "%SRCROOT%"}
    assert sarif.artifact("/abs/x.md")["uri"] == "file:///abs/x.md"
