"""Outputs whatever the input: every format renders a hostile corpus without crashing,
JSON and SARIF stay strictly valid (no NaN/Infinity, lone surrogates escaped), HTML and
Markdown escape corpus text, and --output is checked before any work and written atomically."""
from __future__ import annotations

import contextlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.model import Document, Evidence, Fact, Finding, InputError, Result, Value
from factcheck.report import FORMATS, get, write_atomic

TESTS = Path(__file__).resolve().parent
SARIF_SCHEMA = json.loads((TESTS / "report" / "sarif-schema-2.1.0.json").read_text("utf-8"))
REPORT_SCHEMA = json.loads((TESTS.parent / "factcheck" / "schema" / "report-v1.json").read_text("utf-8"))
EVIL = ('---\noutlet: "Evil <img src=x onerror=alert(1)> | `t` \\ud800\\x1b[31m"\npublished: 2024-03-02\n'
        'story: nepal-quake\n---\nKATHMANDU - Police said 26 people were killed in Kathmandu <script>alert(1)</script> '
        "on Saturday | **b** [l](javascript:x) &amp; \x1b[2J\x07.\n")


def strict_json(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise ValueError(f"not JSON: {constant}")
    return json.loads(text, parse_constant=refuse)


def run(cwd: Path, *args: str) -> Any:
    with contextlib.chdir(cwd):
        return CliRunner().invoke(app, [*args, "--no-config", "--no-cache"], catch_exceptions=False)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    shutil.copytree(TESTS / "fixtures" / "hostile" / "inputs" / "corpus", base / "corpus")
    (base / "corpus" / "evil.md").write_text(EVIL)
    (base / "corpus" / "bin.md").write_bytes(b"\x00\xff")
    return base


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_a_hostile_corpus(hostile: Path, fmt: str) -> None:
    r = run(hostile, "check", "corpus", "--format", fmt)
    assert r.exit_code == 1, r.output
    r.stdout.encode("utf-8")  # nothing unencodable
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    if fmt in ("html", "markdown"):  # escaped: &lt;script&gt; in HTML, \\<script\\> in Markdown
        assert not re.search(r"(?<!\\)<(?:script|img)", r.stdout)
    if fmt == "json":
        jsonschema.validate(strict_json(r.stdout), REPORT_SCHEMA)
    if fmt == "sarif":
        jsonschema.validate(strict_json(r.stdout), SARIF_SCHEMA)


TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=12)  # surrogates and controls included


@settings(max_examples=60, deadline=None)
@given(TEXT, TEXT, TEXT)
def test_json_and_sarif_valid_for_any_strings(a: str, b: str, c: str) -> None:
    doc = Document(id="d", path=f"x{a}.md", text=f"{b} 12 {c}", outlet=a, published="2024-03-02", story=b, title=c)
    ev = Evidence(start=len(b) + 1, end=len(b) + 3, line=1, column=len(b) + 2, sentence=doc.text)
    fact = Fact(id="f", doc="d", kind="quantity", evidence=ev, measure=a, value=Value(12.0, 12.0, text="12"),
                unit="people", place=b, source=c)
    finding = Finding(id="g", rule=a or "r", status="single-source", level="info", kind="quantity", facts=("f",),
                      message=f"{a}{b}{c}", measure=a, story=b, place=c, detail=(("summary", c),))
    result = Result(documents=[doc], facts=[fact], findings=[finding], errors=[InputError(f"p{a}", 1, f"m{b}")])
    for name in ("json", "sarif"):
        out = get(name)(result)
        out.encode("utf-8")
        strict_json(out)


def test_a_figure_too_big_for_a_float_keeps_json_valid(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.md").write_text(f"Officials said {'9' * 400} people were killed in Kathmandu on Saturday.\n"
                                         f"Nearly {'9' * 400} people were injured in Kathmandu on Saturday.\n")
    r = run(tmp_path, "check", "c", "-f", "json")
    data = strict_json(r.stdout)
    # beyond 10^15 a "figure" is no count of anything a report states: not a fact, and no crash
    assert data["errors"] == [] and [f for f in data["facts"] if f["kind"] == "quantity"] == []


def test_unwritable_output_fails_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.api

    def no_work(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the run started before --output was checked")

    monkeypatch.setattr(factcheck.api, "check", no_work)
    r = run(tmp_path, "check", ".", "--output", str(tmp_path / "missing" / "r.json"))
    assert r.exit_code == 2 and "cannot write" in r.output
    assert not (tmp_path / "missing").exists()


def test_output_that_is_a_directory_fails_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.api

    def no_work(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the run started before --output was checked")

    monkeypatch.setattr(factcheck.api, "check", no_work)
    (tmp_path / "out.json").mkdir()
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--output", str(tmp_path / "out.json"), "--no-config"])
    assert r.exit_code == 2 and "cannot write" in r.output


def test_write_atomic_leaves_the_old_report_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(str(out), "new \ud800")  # fails while writing
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left behind
    write_atomic(str(out), "new\n")
    assert out.read_text() == "new\n"


def test_a_device_or_pipe_as_output_is_written_to_not_replaced(tmp_path: Path) -> None:
    """`-o /dev/null` as root once renamed a temp file over /dev/null; a named pipe stands in for it here."""
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomic(str(fifo), ["first chunk, ", "second chunk"])
    reader.join(10)
    assert got == ["first chunk, second chunk"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temp file left beside it
