"""Finding documents (factcheck/readers/files.py): links, loops, odd names, odd files."""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.readers import display, find_files, load_corpus


def names(paths: list[str], base: Path) -> list[str]:
    return [os.path.relpath(p, base) for p in paths]


def test_symlinked_directory_is_followed_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.md").write_text("A.\n")
    (tmp_path / "c").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "c" / "linked")
    os.symlink(tmp_path / "real", tmp_path / "c" / "again")
    errors: list = []
    assert names(find_files([str(tmp_path / "c")], errors), tmp_path) == ["c/again/a.md"]
    assert errors == []


def test_glob_through_a_link_loop_reads_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "f.md").write_text("F.\n")
    os.symlink("..", tmp_path / "a" / "up")
    errors: list = []
    assert names(find_files([f"{tmp_path}/**/*.md"], errors), tmp_path) == ["a/f.md"]
    assert errors == []


def test_hidden_entries_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_text("X.\n")
    (tmp_path / ".#lock.md").symlink_to("user@host.1234")  # an editor lock file: a dangling link
    (tmp_path / "a.md").write_text("A.\n")
    errors: list = []
    assert names(find_files([str(tmp_path)], errors), tmp_path) == ["a.md"] and errors == []


def test_overlapping_arguments(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("A.\n")
    errors: list = []
    found = find_files([str(tmp_path), str(tmp_path), str(tmp_path / "a.md")], errors)
    assert names(found, tmp_path) == ["a.md"] and errors == []


def test_explicit_links_and_devices(tmp_path: Path) -> None:
    os.symlink("loop2", tmp_path / "loop1")
    os.symlink("loop1", tmp_path / "loop2")
    os.symlink("gone.md", tmp_path / "dangling.md")
    errors: list = []
    assert find_files([str(tmp_path / "loop1"), str(tmp_path / "dangling.md"), "/dev/null"], errors) == []
    assert [e.message for e in errors] == ["symbolic link loop; skipped", "broken symbolic link (to gone.md); skipped",
                                           "not a regular file; skipped"]


def test_deep_tree_has_no_recursion_limit(tmp_path: Path) -> None:
    d = tmp_path
    for _ in range(60):  # deeper than any corpus, kept short for the path-length limit
        d = d / "dddd"
    d.mkdir(parents=True)
    (d / "deep.md").write_text("Deep.\n")
    assert len(find_files([str(tmp_path)], [])) == 1


def test_display_escapes_undecodable_bytes_and_controls() -> None:
    assert display(os.fsdecode(b"caf\xe9.md")) == "caf\\xe9.md"
    assert display("a\nb\x1b[31m.md") == "a\\x0ab\\x1b[31m.md"
    assert display("ünïcode/ok.md") == "ünïcode/ok.md"


def test_odd_file_names_give_valid_reports(tmp_path: Path) -> None:
    c = tmp_path / "c"
    c.mkdir()
    # dated: undated figures are never compared, and the names must reach a finding
    text = "---\npublished: 2015-04-26\n---\nOfficials said 12 people were killed in Kathmandu on Saturday.\n"
    (c / os.fsdecode(b"bad\xff name.md")).write_text(text)
    (c / "new\nline.md").write_text(text)
    docs = list(load_corpus([str(c)], []))
    assert sorted(Path(d.path).name for d in docs) == ["bad\\xff name.md", "new\\x0aline.md"]
    with contextlib.chdir(tmp_path):
        for fmt in ("json", "terminal"):
            r = CliRunner().invoke(app, ["check", "c", "--format", fmt, "--no-config", "--no-cache"], catch_exceptions=False)
            r.stdout.encode("utf-8")  # no lone surrogate reached the output
            assert r.exit_code in (0, 1) and "bad\\xff name.md" in r.stdout.replace("\\\\", "\\")
        data = json.loads(CliRunner().invoke(app, ["check", "c", "-f", "json", "--no-config", "--no-cache"]).stdout)
        assert {d["path"] for d in data["documents"]} == {"c/bad\\xff name.md", "c/new\\x0aline.md"}
