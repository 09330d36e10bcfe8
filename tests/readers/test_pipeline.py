"""Pages and feeds through the whole pipeline: --jobs, the cache, --diff, config, --show-text."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.ci.gitdiff import only_changed
from factcheck.model import Document, Fact, Finding, Result

from ..report.helpers import run_in
from .samples import FLOOD, LIVE, RECORDS, feed, page


def corpus(tmp_path: Path, n: int = 80) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    (d / "courier.html").write_text(page(FLOOD))
    (d / "live.html").write_text(page(LIVE, site="Adriatic Live", url="https://adriatic.example/live"))
    towns = ["Millbrook", "Harlow", "Castelmora", "Port Alder"]
    records = [{"text": f"{towns[i % 4].upper()} -- {i % 9 + 2} people were injured in a storm on Monday, police said.",
                "source": f"Outlet {i % 5}", "date": "2025-05-0" + str(i % 3 + 1), "story": f"storm-{i % 4}"} for i in range(n)]
    (d / "wire.jsonl").write_text(feed(records))
    return d


def test_jobs_and_cache_give_identical_reports(tmp_path: Path) -> None:
    corpus(tmp_path)
    cache = tmp_path / "cache"
    runs = [CliRunner().invoke(app, ["check", str(tmp_path / "news"), "-f", "json", "--fail-on", "never", *args,
                                     "--cache-dir", str(cache)], catch_exceptions=False).stdout
            for args in (["-j", "1", "--no-cache"], ["-j", "2"], ["-j", "1"])]  # cold, then warm from the -j 2 run
    assert runs[0] == runs[1] == runs[2]
    report = json.loads(runs[0])
    assert report["summary"]["documents"] == 82 and report["errors"] == []
    assert len(list(cache.rglob("*.pickle"))) >= 82


def test_diff_marks_findings_of_a_changed_feed() -> None:
    docs = [Document("a", "news/wire.jsonl:3", "x", source="news/wire.jsonl"), Document("b", "news/old.md", "y")]
    facts = [Fact(f"f{d.id}", d.id, "quantity", None) for d in docs]  # type: ignore[arg-type]
    findings = [Finding("k1", "r", "conflict", "error", "quantity", ("fa", "fb"), "m"),
                Finding("k2", "r", "agree", "info", "quantity", ("fb",), "m")]
    result = Result(documents=docs, facts=facts, findings=findings)
    import os

    kept = only_changed(result, {os.path.realpath("news/wire.jsonl")})
    assert [f.id for f in kept.findings] == ["k1"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_diff_with_a_feed_in_git(tmp_path: Path) -> None:
    corpus(tmp_path, n=8)
    (tmp_path / "factcheck.toml").write_text("")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "news"]):
        subprocess.run([*git, *args], cwd=tmp_path, check=True, capture_output=True)
    unchanged = json.loads(run_in(tmp_path, "check", "news", "-f", "json", "--fail-on", "never", "--diff", "HEAD").stdout)
    assert unchanged["findings"] == []
    wire = tmp_path / "news" / "wire.jsonl"
    wire.write_text(wire.read_text().replace("2 people were injured", "20 people were injured"))
    changed = json.loads(run_in(tmp_path, "check", "news", "-f", "json", "--fail-on", "never", "--diff", "HEAD").stdout)
    path_of = {d["id"]: d["path"] for d in changed["documents"]}
    fact_path = {f["id"]: path_of[f["doc"]] for f in changed["facts"]}
    assert changed["findings"] and all(any(fact_path[i].startswith("news/wire.jsonl:") for i in f["facts"])
                                       for f in changed["findings"])


def test_config_file_fields_and_outlets(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "cms.jsonl").write_text(feed([{"body_html": page(FLOOD), "link": "https://www.valleycourier.example/x"}]))
    (tmp_path / "factcheck.toml").write_text('[fields]\ntext = "body_html"\nurl = "link"\n\n'
                                             '[outlets]\n"valleycourier.example" = "Valley Courier (Millbrook)"\n')
    report = json.loads(run_in(tmp_path, "check", "news", "-f", "json", "--fail-on", "never").stdout)
    assert [(d["outlet"], d["extracted"]) for d in report["documents"]] == [("Valley Courier (Millbrook)", True)]
    (tmp_path / "factcheck.toml").write_text('[fields]\nbody = "x"\n')
    r = run_in(tmp_path, "check", "news")
    assert r.exit_code == 2 and 'option "fields" should be a table of document field' in r.stderr


def test_field_option_and_show_text(tmp_path: Path) -> None:
    (tmp_path / "cms.jsonl").write_text(feed([{"article_body": RECORDS[0]["maintext"], "publisher": "Riverpost"}]))
    (tmp_path / "courier.html").write_text(page(FLOOD))
    r = run_in(tmp_path, "extract", "cms.jsonl", "--field", "text=article_body", "--field", "outlet=publisher", "-f", "json")
    assert json.loads(r.stdout)["documents"][0]["outlet"] == "Riverpost"
    assert run_in(tmp_path, "extract", "cms.jsonl", "--field", "body=x").exit_code == 2
    shown = run_in(tmp_path, "extract", "--show-text", "courier.html").stdout
    assert shown.startswith("==> courier.html (extracted from HTML; outlet: The Valley Courier")
    assert "At least 14 people have died" in shown and "cookies" not in shown and "riverwatcher88" not in shown
