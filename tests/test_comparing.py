"""A spilled run is compared story by story in the pool (factcheck/comparing.py): the workers read
the spill file by offset and send back findings and the scorecard tally; the report is the one a
single process writes, and the spill file is gone when the run ends."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck import comparing
from factcheck.api import check
from factcheck.config import Config
from factcheck.report import get
from factcheck.report.scorecard import scorecard
from factcheck.spill import Findings, Spill

TOWNS = ("Arden", "Belmore", "Castleford", "Dunmore", "Elmstead", "Fairhaven", "Glenrock", "Harlow",
         "Ivybridge", "Kelso", "Lowick", "Marston")


def report(town: str, killed: int, outlet: str, day: str) -> str:
    return (f"---\noutlet: {outlet}\npublished: 2024-09-{day}\n---\n"
            f"{town.upper()} -- A gas explosion at a grain store in {town} killed {killed} people on "
            f"Tuesday, the county fire service said. Crews were still searching the site late on Tuesday.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stories")
    for n, town in enumerate(TOWNS):  # one story per folder: every third one a conflict
        (root / town).mkdir()
        (root / town / "wire.md").write_text(report(town, 8 + n, "Shire Wire", "10"), "utf-8")
        (root / town / "paper.md").write_text(report(town, 8 + n + (n % 3 == 0), "County Post", "10"), "utf-8")
    return root


def test_the_pool_compares_as_one_process_does(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(comparing, "STORIES_PER_TASK", 2)  # several tasks, more than the pool holds in flight
    monkeypatch.setattr(comparing, "AHEAD", 1)
    pooled = []
    real = comparing._in_pool
    monkeypatch.setattr(comparing, "_in_pool", lambda *a: pooled.append(1) or real(*a))
    one = check([str(corpus)], Config(cache=False, jobs=1), spill=True)
    assert not pooled
    two = check([str(corpus)], Config(cache=False, jobs=2), spill=True)
    assert pooled or (os.cpu_count() or 1) < 2  # the workers compared (a one-core machine has no pool)
    assert isinstance(two.findings, Findings) and isinstance(two.facts, Spill)
    assert list(one.findings) == list(two.findings)
    assert sum(f.status == "conflict" for f in two.findings) == 4
    assert scorecard(one) == scorecard(two)
    held = check([str(corpus)], Config(cache=False, jobs=1))  # nothing spilled: compared in memory
    assert list(two.findings) == held.findings and scorecard(two) == scorecard(held)
    render = get("json")
    assert render(one) == render(two) == render(held)


def test_the_scorecard_is_the_comparisons_tally_or_counted_again(corpus: Path) -> None:
    run = check([str(corpus)], Config(cache=False, jobs=1), spill=True)
    made = scorecard(run)
    assert run.findings.tally is not None
    run.findings.tally = None  # as from an older cache entry: counted story by story instead
    assert scorecard(run) == made and any(s.conflict for s in made)


def test_the_spill_file_is_named_for_the_workers_and_removed_when_closed() -> None:
    store = Spill()
    store.add("a text", [])
    store.flush()
    assert os.path.exists(store.path) and store.span(0)[0] == 0 and store.count(0) == 0
    store.close()
    assert not os.path.exists(store.path)


def test_findings_read_after_the_run_are_complete(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool compares while the report's facts are written; a caller that reads the findings only
    after check() returned (its pool closed) still gets every story's: the rest are compared here."""
    monkeypatch.setattr(comparing, "STORIES_PER_TASK", 1)
    monkeypatch.setattr(comparing, "AHEAD", 1)
    late = check([str(corpus)], Config(cache=False, jobs=2), spill=True)
    held = check([str(corpus)], Config(cache=False, jobs=1))
    assert list(late.findings) == held.findings and late.findings.tally is not None
