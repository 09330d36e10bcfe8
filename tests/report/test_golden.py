"""Every format on every fixture case, through the CLI with one fixed command line
(`factcheck check corpus --format F` inside the case folder), compared exactly."""
from __future__ import annotations

import json

import jsonschema
import pytest

from .helpers import FIXTURES, REPORT_SCHEMA, SARIF_SCHEMA, assert_golden, run_in

CASES = {"conflict": 1, "hostile": 1}  # case -> expected exit code
FILES = {"terminal": "terminal.txt", "json": "report-v1.json", "markdown": "report.md", "html": "report.html",
         "sarif": "report.sarif", "github": "github.txt", "csv": "facts.csv"}


@pytest.mark.parametrize("fmt", sorted(FILES))
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, fmt: str) -> None:
    r = run_in(FIXTURES / case, "check", "corpus", "--format", fmt)
    assert r.exit_code == CASES[case], r.output
    assert_golden(FIXTURES / case / "expected" / FILES[fmt], r.stdout)


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_json_and_sarif_validate(case: str) -> None:
    expected = FIXTURES / case / "expected"
    jsonschema.validate(json.loads((expected / FILES["json"]).read_text("utf-8")), REPORT_SCHEMA)
    jsonschema.validate(json.loads((expected / FILES["sarif"]).read_text("utf-8")), SARIF_SCHEMA)


@pytest.mark.parametrize("case", sorted(CASES))
def test_output_file_matches_stdout(case: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """--output infers the format from the extension and writes the same bytes as stdout."""
    for fmt, name in FILES.items():
        if fmt in ("terminal", "github"):
            continue
        out = tmp_path / name
        r = run_in(FIXTURES / case, "check", "corpus", "--output", str(out))
        assert r.exit_code == CASES[case], r.output
        assert r.stdout == ""
        assert out.read_text("utf-8") == (FIXTURES / case / "expected" / name).read_text("utf-8")
