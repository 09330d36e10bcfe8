"""The format registry, --output's extension, and the progress bar's on/off rules."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from factcheck.report import FORMATS, format_for, get, progress

from .helpers import FIXTURES, run_in


@pytest.mark.parametrize(("path", "fmt"), [
    ("r.md", "markdown"), ("r.markdown", "markdown"), ("R.HTML", "html"), ("r.htm", "html"), ("r.sarif", "sarif"),
    ("out/r.sarif.json", "sarif"), ("r.json", "json"), ("r.csv", "csv"), ("r.txt", "terminal"), ("r.log", "terminal"),
])
def test_format_from_extension(path: str, fmt: str) -> None:
    assert format_for(path, None) == fmt
    assert format_for(path, "github") == "github"  # an explicit format wins


def test_every_format_renders_and_unknown_names_fail() -> None:
    assert all(callable(get(name)) for name in FORMATS)
    with pytest.raises(KeyError, match="unknown format 'xml'"):
        get("xml")
    r = run_in(FIXTURES / "conflict", "check", "corpus", "--format", "xml")
    assert r.exit_code == 2 and "unknown format 'xml'" in r.stderr


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_for_large_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = str(FIXTURES / "conflict" / "corpus")
    assert progress.wanted([corpus], io.StringIO()) == 0  # a pipe
    assert progress.wanted([corpus], FakeTTY()) == 0  # 3 documents: too few to bother
    monkeypatch.setattr(progress, "MIN_DOCUMENTS", 2)
    assert progress.wanted([corpus], FakeTTY()) == 3


def test_progress_callback_is_called_per_document(tmp_path: Path) -> None:
    from factcheck.api import check

    with progress.bar(0) as tick:
        assert tick is None
    seen: list[str] = []
    check([str(FIXTURES / "conflict" / "corpus")], progress=seen.append)
    assert len(seen) == 3 and seen[0].endswith("ap-quake.md")
    with progress.bar(3) as tick:
        assert tick is not None
        tick("corpus/a.md")


def test_write_atomic_gives_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    from factcheck.report import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(str(tmp_path / "r.md"), "x\n")
        assert stat.S_IMODE(os.stat(tmp_path / "r.md").st_mode) == 0o644
        os.chmod(tmp_path / "r.md", 0o600)
        write_atomic(str(tmp_path / "r.md"), "y\n")  # an existing file keeps its mode
        assert stat.S_IMODE(os.stat(tmp_path / "r.md").st_mode) == 0o600
    finally:
        os.umask(old)
    assert (tmp_path / "r.md").read_text() == "y\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]  # no temporary file left behind
