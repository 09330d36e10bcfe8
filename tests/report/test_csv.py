"""CSV: one row per fact with the documented columns; formulas defused."""
from __future__ import annotations

import csv
import io
import json

from factcheck.report.csvfmt import COLUMNS, cell

from .helpers import FIXTURES, run_in


def test_one_row_per_fact() -> None:
    out = run_in(FIXTURES / "conflict", "check", "corpus", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    report = json.loads(run_in(FIXTURES / "conflict", "check", "corpus", "--format", "json").stdout)
    assert tuple(rows[0]) == COLUMNS
    assert [r["id"] for r in rows] == [f["id"] for f in report["facts"]]
    killed = next(r for r in rows if r["measure"] == "killed" and r["outlet"] == "Reuters")
    assert (killed["low"], killed["high"], killed["approx"], killed["start"], killed["line"]) == ("25", "25", "false", "2024-03-02", "9")
    quote = next(r for r in rows if r["kind"] == "quote")
    assert quote["speaker"] == "Pushpa Kamal Dahal" and quote["low"] == ""


def test_cells() -> None:
    assert cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell(-3.0) == "-3" and cell(2.5) == "2.5" and cell(None) == "" and cell(True) == "true"
    assert cell("two\nlines") == "two lines"
