"""Shared by the report and CLI tests: run the CLI inside a folder, compare with a golden file."""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from factcheck.cli import app

TESTS = Path(__file__).resolve().parent.parent
FIXTURES = TESTS / "fixtures"
SARIF_SCHEMA: dict[str, Any] = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text("utf-8"))
REPORT_SCHEMA: dict[str, Any] = json.loads((TESTS.parent / "factcheck" / "schema" / "report-v1.json").read_text("utf-8"))
UPDATE = bool(os.environ.get("FACTCHECK_UPDATE_GOLDEN"))


def run_in(directory: Path | str, *args: str) -> Any:
    """`factcheck ARGS` with `directory` as the working directory, as a user would type it there.

    With a fresh extraction cache each time: every run is a cold one, and nothing is
    written into the fixture folders."""
    with contextlib.chdir(directory), tempfile.TemporaryDirectory(prefix="factcheck-cache-") as cache:
        return CliRunner().invoke(app, list(args), env={"FACTCHECK_CACHE_DIR": cache}, catch_exceptions=False)


def assert_golden(path: Path, actual: str) -> None:
    """Compare exactly; FACTCHECK_UPDATE_GOLDEN=1 rewrites the file instead (then read the diff)."""
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(actual)
        return
    assert path.exists(), f"{path} is missing: run with FACTCHECK_UPDATE_GOLDEN=1 and commit it"
    with open(path, encoding="utf-8", newline="") as fh:
        expected = fh.read()
    assert actual == expected, f"{path.name} differs from the output (FACTCHECK_UPDATE_GOLDEN=1 to accept)"
