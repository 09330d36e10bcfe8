"""Baselines through the CLI: record today's findings, then report only new ones, across
whitespace edits, renamed and reordered files, and unrelated new facts."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.ci import baseline
from factcheck.model import Evidence

from tests.report.helpers import FIXTURES, run_in


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "conflict" / "corpus", tmp_path / "news")
    (tmp_path / "factcheck.toml").write_text("")  # no settings from above tmp_path
    return tmp_path


def messages(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [f["message"] for f in json.loads(r.stdout)["findings"]]


def test_round_trip(project: Path) -> None:
    r = run_in(project, "check", "news", "--write-baseline", "base.json")
    assert r.exit_code == 0 and r.stdout == ""
    assert "recorded 5 findings in base.json" in r.stderr
    data = json.loads((project / "base.json").read_text())
    assert data["schema"] == "factcheck/baseline@1" and len(data["findings"]) == 5
    r = run_in(project, "check", "news", "--baseline", "base.json")
    assert r.exit_code == 0, r.stdout
    assert "0 findings" in r.stdout and "No findings." in r.stdout
    again = run_in(project, "check", "news", "--write-baseline", "again.json")
    assert again.exit_code == 0
    assert (project / "again.json").read_text() == (project / "base.json").read_text()  # deterministic


def test_survives_whitespace_renames_and_unrelated_facts(project: Path) -> None:
    run_in(project, "check", "news", "--write-baseline", "base.json")
    news = project / "news"
    ap = news / "ap-quake.md"
    ap.write_text(ap.read_text().replace("\n\nThe mayor said", "\n\n\n\n   The mayor  said").replace("  31 ", " 31 "))
    (news / "reuters-quake.md").rename(news / "000-reuters.md")  # now read first
    (news / "sub").mkdir()
    (news / "kathmandupost-quake.md").rename(news / "sub" / "post.md")
    with open(news / "000-reuters.md", "a") as fh:
        fh.write("\nOfficials said 12 people were arrested in Pokhara on Saturday.\n")
    r = run_in(project, "check", "news", "--baseline", "base.json", "-f", "json")
    new = messages(r)
    assert new and all("Pokhara" in m for m in new), new  # only the unrelated new fact's own finding
    assert r.exit_code == 0  # it is a single-source note, below --fail-on error


def test_a_changed_figure_is_new(project: Path) -> None:
    run_in(project, "check", "news", "--write-baseline", "base.json")
    ap = project / "news" / "ap-quake.md"
    ap.write_text(ap.read_text().replace("said 31 people", "said 33 people"))
    r = run_in(project, "check", "news", "--baseline", "base.json", "-f", "json")
    assert r.exit_code == 1
    assert any("33 (mayor; Associated Press)" in m and "disagree" in m for m in messages(r))


def test_baseline_from_config_and_bad_files(project: Path) -> None:
    run_in(project, "check", "news", "--write-baseline", "base.json")
    (project / "factcheck.toml").write_text('baseline = "base.json"\npaths = ["news"]\n')
    (project / "sub").mkdir()
    assert run_in(project / "sub", "check").exit_code == 0  # the path is relative to the config file
    (project / "bad.json").write_text('{"findings": []}')
    r = run_in(project, "check", "news", "--baseline", "bad.json")
    assert r.exit_code == 2 and "not a factcheck baseline" in r.stderr
    r = run_in(project, "check", "news", "--baseline", "missing.json")
    assert r.exit_code == 2 and "cannot read baseline missing.json" in r.stderr


def test_fingerprint_ignores_offsets_and_counts_duplicates() -> None:
    from factcheck.api import check

    result = check([str(FIXTURES / "conflict" / "corpus")])
    prints = baseline.fingerprints(result)
    assert len(set(prints)) == len(prints)
    moved = replace(result, facts=[replace(f, id=f.id, evidence=Evidence(f.evidence.start + 7, f.evidence.end + 7,
                                                                          f.evidence.line + 1, 1, f.evidence.sentence))
                                   for f in result.facts])
    assert baseline.fingerprints(moved) == prints
    accepted = baseline.parse(baseline.dump(result))
    doubled = replace(result, findings=result.findings + result.findings[:1])
    assert baseline.only_new(doubled, accepted).findings == result.findings[:1]
