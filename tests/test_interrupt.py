"""A run ends cleanly on SIGTERM and Ctrl-C, and on a report it cannot write.

Signals: exit 143 / 130 with one line, the previous report kept, no temporary file, no
worker left running, and a cache the next run reads. Write faults (disk full, permission
refused): `factcheck: cannot write PATH: reason`, exit 2, the previous report kept."""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import report as reports
from factcheck.cli import app

psutil = pytest.importorskip("psutil")
ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = '{"previous": "report"}\n'
BRIEF = ("---\noutlet: {outlet}\npublished: 2024-04-0{day}\nstory: {story}\n---\n"
         "PORT TOWN -- At least {n} people died when the ferry capsized off the island on Tuesday, the coastguard said. "
         "Another {m} passengers were taken to the district hospital, a doctor there told reporters.\n")


def corpus(tmp: Path, stories: int = 25) -> Path:
    """Enough writing for a run of a few seconds: the seed reports copied, plus short briefs."""
    c = tmp / "news"
    for s in range(stories):
        d = c / f"story-{s}"
        d.mkdir(parents=True)
        for f in sorted((ROOT / "corpus").glob("*.md")):
            shutil.copy(f, d / f.name)
        for k in range(3):
            (d / f"brief-{k}.md").write_text(BRIEF.format(outlet=f"Outlet {k}", day=k + 1, story=f"story-{s}", n=10 + k, m=20 + s))
    return c


def start(tmp: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FACTCHECK_CACHE_DIR": str(tmp / "cache")}
    return subprocess.Popen([sys.executable, "-m", "factcheck", "check", "news", "-o", "out.json", "--no-config",
                             "--no-progress", *args], cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def busy_workers(proc: subprocess.Popen) -> list:
    """Wait until the pool's workers exist (extraction is under way), then return them."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        children = psutil.Process(proc.pid).children(recursive=True)
        if children:
            time.sleep(0.5)
            return psutil.Process(proc.pid).children(recursive=True)
        time.sleep(0.05)
    pytest.fail("the run ended (or never started its workers) before it could be interrupted")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_run_cleanly_and_the_cache_stays_usable(tmp_path: Path, sig: int) -> None:
    corpus(tmp_path)
    (tmp_path / "out.json").write_text(PREVIOUS)
    proc = start(tmp_path, "--jobs", "2", "-f", "json")
    children = busy_workers(proc)
    assert proc.poll() is None
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig
    assert err.strip().count("\n") == 0 and err.startswith("factcheck: ") and f"(signal {int(sig)})" in err, err
    assert (tmp_path / "out.json").read_text() == PREVIOUS
    assert not list(tmp_path.glob(".factcheck-*"))
    time.sleep(0.2)
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
    again = start(tmp_path, "--jobs", "2", "-f", "json")
    again.communicate(timeout=600)
    assert again.returncode in (0, 1)
    assert (tmp_path / "out.json").read_text().startswith('{\n  "schema"')


def _invoke(tmp: Path, *args: str):  # type: ignore[no-untyped-def]
    with contextlib.chdir(tmp):
        return CliRunner().invoke(app, [*args, "--no-cache", *(["--no-config"] if args[0] == "check" else [])])


def _small(tmp: Path) -> None:
    d = tmp / "news" / "ferry"
    d.mkdir(parents=True)
    for k in range(2):
        (d / f"brief-{k}.md").write_text(BRIEF.format(outlet=f"Outlet {k}", day=1, story="ferry", n=10 + k, m=20))
    (tmp / "out.json").write_text(PREVIOUS)


def test_a_full_disk_while_writing_is_exit_2_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small(tmp_path)
    real = os.fdopen

    class Full:
        def __init__(self, fh) -> None:  # type: ignore[no-untyped-def]
            self.fh = fh

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
            self.fh.close()

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fdopen(fd: int, mode: str = "r", *a, **k):  # type: ignore[no-untyped-def]
        return Full(real(fd, mode, *a, **k)) if mode == "w" else real(fd, mode, *a, **k)  # the report, not the cache

    monkeypatch.setattr(reports.os, "fdopen", fdopen)
    r = _invoke(tmp_path, "check", "news", "-f", "json", "-o", "out.json")
    assert r.exit_code == 2
    assert r.stderr == "factcheck: cannot write out.json: No space left on device\n"
    assert (tmp_path / "out.json").read_text() == PREVIOUS
    assert not list(tmp_path.glob(".factcheck-*"))


@pytest.mark.parametrize("command", [["check", "news", "-f", "json"], ["extract", "news", "-f", "json"],
                                     ["check", "news", "--write-baseline"]])
def test_a_refused_rename_is_exit_2_for_every_file_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           command: list[str]) -> None:
    _small(tmp_path)

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(reports.os, "replace", refuse)
    r = _invoke(tmp_path, *command, "out.json") if command[-1] == "--write-baseline" else \
        _invoke(tmp_path, *command, "-o", "out.json")
    assert r.exit_code == 2
    assert r.stderr == "factcheck: cannot write out.json: Permission denied\n"
    assert (tmp_path / "out.json").read_text() == PREVIOUS
    assert not list(tmp_path.glob(".factcheck-*"))
