"""Hostile documents through the CLI: every problem is one exact error entry, in the
JSON `errors` array and in the terminal report, and every good document's facts
are still there. Committed inputs live in tests/fixtures/hostile/inputs/corpus;
binary, huge, looping, unreadable and FIFO inputs are made here in tmp_path."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

INPUTS = Path(__file__).resolve().parent / "fixtures" / "hostile" / "inputs" / "corpus"
GOOD = ("good-ap.md", "good-reuters.md")
TYPES = "author, factcheck, language, outlet, place, published, story, title, url"
LIMIT = "over the 2097152 byte (2 MiB) limit for one document (--max-document-bytes); skipped"

# (path, line, message): the whole errors array for the committed inputs, in report order.
COMMITTED = [
    ("corpus/bad-date.md", 3, "\"published\" should be an ISO date like 2016-12-10, got '2016-13-45'"),
    ("corpus/bad-utf8.md", 8, "invalid UTF-8 at byte 181 (2 bad bytes in all); decoded with replacement characters"),
    ("corpus/blank.txt", None, "file holds only white space; skipped"),
    ("corpus/bomb-front.md", 7, "front matter is not valid YAML: expands to more than 100000 values through aliases "
                                "(refused: alias bomb?) (kept: a, outlet)"),
    ("corpus/bomb-front.md", 2, f'unknown front matter key "a" (known: {TYPES})'),
    ("corpus/cp1252.txt", 2, "not UTF-8 (first non-UTF-8 byte at byte 15); decoded as Windows-1252"),
    ("corpus/duplicate-key.md", 3, 'front matter is not valid YAML: duplicate key "outlet" (kept: published, story)'),
    ("corpus/empty.md", None, "empty file; skipped"),
    ("corpus/list-front.md", 2, "front matter should be a mapping of keys to values, got a list"),
    ("corpus/malformed-front.md", 3, "front matter is not valid YAML: mapping values are not allowed here "
                                     "(kept: outlet, published, story)"),
    ("corpus/unclosed-front.md", 1, "front matter has no closing '---' line; read as body text"),
    ("corpus/unknown-key.md", 3, f'unknown front matter key "publshed" (known: {TYPES}); did you mean "published"?'),
    ("corpus/wrong-types.md", 2, '"outlet" should be text, got a list'),
    ("corpus/wrong-types.md", 3, "\"published\" should be an ISO date like 2016-12-10, got 'yesterday'"),
    ("corpus/wrong-types.md", 5, '"title" should be text, got true/false (quote it to make it text)'),
]
# The figure each hostile-but-readable document still yields: its body was checked.
KILLED = {"bad-date.md": "37", "bad-utf8.md": "27", "bom-crlf.md": "29", "bomb-front.md": "39", "controls.md": "42",
          "cp1252.txt": "28", "duplicate-key.md": "41", "list-front.md": "34", "lone-cr.md": "30",
          "malformed-front.md": "33", "unclosed-front.md": "38", "unknown-key.md": "36", "utf16.md": "32",
          "wrong-types.md": "35"}


def run(cwd: Path, *args: str) -> Any:
    with contextlib.chdir(cwd):
        return CliRunner().invoke(app, [*args, "--no-config", "--no-cache"], catch_exceptions=False)


def report(cwd: Path, *args: str) -> tuple[int, dict[str, Any]]:
    r = run(cwd, "check", *args, "--format", "json")
    return r.exit_code, json.loads(r.stdout)


def errors(data: dict[str, Any]) -> list[tuple[str, int | None, str]]:
    return [(e["path"], e["line"], e["message"]) for e in data["errors"]]


def facts(data: dict[str, Any], names: tuple[str, ...] | None = None) -> set[tuple]:
    paths = {d["id"]: d["path"] for d in data["documents"]}
    return {(paths[f["doc"]], f["kind"], f.get("measure"), (f.get("value") or {}).get("text"), f["evidence"]["line"],
             f["evidence"]["column"], f.get("place"), f.get("source"))
            for f in data["facts"] if names is None or Path(paths[f["doc"]]).name in names}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(INPUTS, tmp_path / "corpus")
    return tmp_path


def test_committed_inputs_exact_errors_and_facts(corpus: Path) -> None:
    code, data = report(corpus, "corpus")
    assert code == 1  # documents were checked; the good ones conflict (25 vs 31 killed)
    assert errors(data) == COMMITTED
    killed = {(Path(p).name, v) for p, k, m, v, *_ in facts(data) if m == "killed"}
    assert {(name, v) for name, v in KILLED.items()} <= killed
    shutil.rmtree(corpus / "corpus")
    (corpus / "corpus").mkdir()
    for name in GOOD:
        shutil.copy(INPUTS / name, corpus / "corpus" / name)
    _, alone = report(corpus, "corpus")
    assert facts(data, GOOD) == facts(alone) and facts(alone)


def test_terminal_report_lists_every_problem(corpus: Path) -> None:
    out = " ".join(run(corpus, "check", "corpus").stdout.split())  # undo the report's line wrapping
    for path, line, message in COMMITTED:
        where = f"{path}:{line}" if line else path
        assert " ".join(f"{where}: {message}".split()) in out


def test_front_matter_fallbacks(corpus: Path) -> None:
    _, data = report(corpus, "corpus")
    docs = {Path(d["path"]).name: d for d in data["documents"]}
    assert docs["malformed-front.md"]["outlet"] == "Colon Daily"  # salvaged line by line
    assert docs["cp1252.txt"]["outlet"] == "Café Wire"
    assert docs["wrong-types.md"]["outlet"] is None and docs["wrong-types.md"]["published"] is None
    assert docs["bad-date.md"]["outlet"] == "Date Line"  # one bad value does not cost the others
    assert "empty.md" not in docs and "blank.txt" not in docs


def test_generated_hostile_files(corpus: Path) -> None:
    c = corpus / "corpus"
    (c / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    late = "Officials said 43 people were killed in Kathmandu on Saturday.\n" * 200
    (c / "late-nul.md").write_bytes(late.encode() + b"tail\x00end\n")
    with open(c / "huge.md", "wb") as fh:  # 50 MB, sparse: refused by size, never read
        fh.truncate(50 * 1024 * 1024)
    filler = "Rescue teams worked through the night in the hills above the valley. " * 3000  # 210 KB
    (c / "long-line.md").write_text(filler + "Officials said 44 people were killed in Kathmandu on Saturday. " + filler)
    os.symlink("loop-b.md", c / "loop-a.md")
    os.symlink("loop-a.md", c / "loop-b.md")
    os.symlink("nowhere.md", c / "broken.md")
    os.symlink("good-ap.md", c / "same-as-ap.md")  # the same file twice: read once
    (c / "sub").mkdir()
    os.symlink("..", c / "sub" / "up")
    os.mkfifo(c / "pipe.md")
    code, data = report(corpus, "corpus")
    got = [e for e in errors(data) if e not in COMMITTED]
    assert got == [  # found while walking the folder, then while reading each file
        ("corpus/pipe.md", None, "not a regular file; skipped"),
        ("corpus/sub/up", None, "symbolic link loop (leads back to corpus); not followed"),
        ("corpus/binary.md", None, "binary file (NUL byte at byte 8); skipped"),
        ("corpus/broken.md", None, "broken symbolic link (to nowhere.md); skipped"),
        ("corpus/huge.md", None, f"file is 52428800 bytes, {LIMIT}"),
        ("corpus/late-nul.md", 201, "NUL bytes replaced with spaces (1 in all)"),
        ("corpus/loop-a.md", None, "symbolic link loop; skipped"),
        ("corpus/loop-b.md", None, "symbolic link loop; skipped"),
    ]
    paths = [d["path"] for d in data["documents"]]
    assert "corpus/same-as-ap.md" not in paths and "corpus/good-ap.md" in paths
    values = {f["value"]["text"] for f in data["facts"] if f["kind"] == "quantity"}
    assert {"43", "44"} <= values
    assert code == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_directory(corpus: Path) -> None:
    c = corpus / "corpus"
    (c / "secret.md").write_text("Officials said 45 people were killed.\n")
    (c / "secret.md").chmod(0)
    (c / "locked").mkdir()
    (c / "locked").chmod(0)
    try:
        _, data = report(corpus, "corpus")
    finally:
        (c / "locked").chmod(0o755)
    assert ("corpus/secret.md", None, "cannot read: Permission denied") in errors(data)
    assert ("corpus/locked", None, "cannot read directory: Permission denied") in errors(data)


def test_unreadable_file_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same message when running as root, where chmod 000 does not stop a read."""
    from factcheck.readers import markdown as corpus_mod

    f = tmp_path / "secret.md"
    f.write_text("Text.\n")

    def deny(path: str) -> bytes:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(corpus_mod, "read_bytes", deny)
    errs: list = []
    assert corpus_mod.load(str(f), errs) is None
    assert [(e.line, e.message) for e in errs] == [(None, "cannot read: Permission denied")]


@pytest.mark.parametrize(("make", "expected"), [
    (lambda d: None, ("missing", None, "no such file or directory")),
    (lambda d: (d / "missing").mkdir(), ("missing", None, "directory holds no documents (.htm, .html, .jsonl, .jsonl.gz, .markdown, .md, .ndjson, .ndjson.gz, .txt)")),
    (lambda d: None, ("missing/*.md", None, "no files match this pattern")),
])
def test_nothing_to_check_is_exit_2(tmp_path: Path, make: Any, expected: tuple) -> None:
    make(tmp_path)
    code, data = report(tmp_path, expected[0])
    assert code == 2 and errors(data) == [expected] and data["documents"] == []


def test_only_unreadable_documents_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "empty.md").write_bytes(b"")
    (tmp_path / "c" / "bin.md").write_bytes(b"\x00\x01")
    code, data = report(tmp_path, "c")
    assert code == 2 and len(data["errors"]) == 2


def test_strict_makes_any_problem_exit_2(corpus: Path) -> None:
    assert report(corpus, "corpus", "--fail-on", "never")[0] == 0
    assert report(corpus, "corpus", "--fail-on", "never", "--strict")[0] == 2


def test_unreadable_directory_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.readers import find_files

    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.md").write_text("Text.\n")
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errs: list = []
    assert find_files([str(tmp_path)], errs) == [str(tmp_path / "ok.md")]
    assert [(e.path, e.message) for e in errs] == [(f"{tmp_path}/locked", "cannot read directory: Permission denied")]


def test_a_run_on_line_is_cut_into_bounded_sentences() -> None:
    from factcheck.model import Document
    from factcheck.text import sentences

    text = "At least 25 people were killed in Aleppo on Friday, the Observatory said " * 300  # 22 KB, no full stop
    sents = sentences(Document(id="d", path="d.md", text=text))
    assert max(s.end - s.start for s in sents) <= 5000
    assert "".join(text[s.start:s.end] for s in sents).replace(" ", "") == text.replace(" ", "")
