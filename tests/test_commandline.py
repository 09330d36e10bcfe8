"""The CLI end to end: exit codes, formats, --output, the JSON schema, deterministic ids."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "factcheck" / "schema" / "report-v1.json").read_text())
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def report() -> dict:
    r = run("check", str(ROOT / "corpus"), "--format", "json")
    assert r.exit_code == 1, r.output  # the sample corpus holds an error-level conflict
    return json.loads(r.stdout)


def test_json_validates_against_schema(report: dict) -> None:
    jsonschema.validate(report, SCHEMA)
    assert report["schema"] == "factcheck/report@1"
    assert {"conflict", "variant", "update", "agree", "single-source"} <= {f["status"] for f in report["findings"]}


def test_findings_point_at_facts(report: dict) -> None:
    ids = {f["id"] for f in report["facts"]}
    docs = {d["id"] for d in report["documents"]}
    assert all(set(f["facts"]) <= ids for f in report["findings"])
    assert all(f["doc"] in docs for f in report["facts"])


def test_ids_and_order_are_deterministic(report: dict) -> None:
    again = json.loads(run("check", str(ROOT / "corpus"), "--format", "json").stdout)
    assert again == report
    assert len({f["id"] for f in report["facts"]}) == len(report["facts"])


def test_fail_on_levels() -> None:
    assert run("check", str(ROOT / "corpus"), "--fail-on", "never").exit_code == 0
    assert run("check", str(ROOT / "corpus"), "--fail-on", "info").exit_code == 1
    assert run("check", str(ROOT / "corpus"), "--fail-on", "bogus").exit_code == 2


def test_missing_path_is_exit_2(tmp_path: Path) -> None:
    r = run("check", str(tmp_path / "nope"))
    assert r.exit_code == 2
    assert "no such file or directory" in r.stdout


def test_output_file_and_format_from_extension(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    r = run("check", str(ROOT / "corpus"), "--output", str(out))
    assert r.exit_code == 1 and r.stdout == ""
    jsonschema.validate(json.loads(out.read_text()), SCHEMA)


def test_unwritable_output_fails_before_work(tmp_path: Path) -> None:
    r = run("check", str(ROOT / "corpus"), "--output", str(tmp_path / "missing-dir" / "r.json"))
    assert r.exit_code == 2


def test_terminal_report_is_plain_when_piped() -> None:
    r = run("check", str(ROOT / "corpus"))
    assert "\x1b[" not in r.stdout
    assert "✗ conflict" in r.stdout and "[Twenty-five]" in r.stdout
    assert "corpus/fox6-kerry-urges-ceasefire.md:" in r.stdout.replace(str(ROOT) + "/", "")


def test_extract_lists_facts() -> None:
    r = run("extract", str(ROOT / "corpus"))
    assert r.exit_code == 0
    assert "trapped ~100,000 people" in r.stdout


def test_version_and_module_entry() -> None:
    out = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0 and out.stdout.startswith("factcheck ")


def test_paths_stay_relative(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "factcheck", "check", "corpus", "-f", "json"], capture_output=True,
                       text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    paths = [d["path"] for d in json.loads(r.stdout)["documents"]]
    assert all(p.startswith("corpus/") for p in paths)


def test_installed_package_finds_shipped_rules(tmp_path: Path) -> None:
    """From an unrelated directory, the installed package (not the checkout) must find its rules."""
    code = "import factcheck.lexicon as l; print(l.default_rules_dir())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert out.returncode == 0, out.stderr
    found = Path(out.stdout.strip())
    assert (found / "casualties.yaml").is_file() and (found / "lexicons" / "measures.yaml").is_file()
