"""The synthetic bench corpus as a regression guard: no conflict beyond the planted ones.

bench/generate.py writes reports whose figures never truly disagree except the planted
contradictions (its manifest lists them), in five house styles with the shapes that fooled the
checker on real reports (live pages, weekday-only figures, breakdowns, increments, background).
A change that reads any of them wrongly shows here as a conflict that is not planted: a merge
once re-dated every live page to the eve it named, and precision at 1,000 reports fell from 0.91
to 0.50 with every test green.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.helpers import run_in

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _runner():  # bench/run.py is a script, not a package: its report matcher, loaded by path
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [1, 2])
def test_conflicts_are_the_planted_ones(tmp_path: Path, seed: int) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(BENCH / "generate.py"), str(corpus), "--docs", "400", "--stories", "40",
                    "--seed", str(seed), "--conflict-share", "0.25"], check=True, capture_output=True)
    report = json.loads(run_in(tmp_path, "check", "corpus", "--format", "json", "--jobs", "1").stdout)
    manifest = json.loads((corpus / "manifest.json").read_text("utf-8"))
    got = _runner().analyse(report, manifest)
    assert got["planted_found"] == got["planted"] == 10
    assert got["conflict_precision"] >= 0.8, f"{got['conflict_findings']} conflict findings for 10 planted"
