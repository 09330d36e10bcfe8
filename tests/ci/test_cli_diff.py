"""`--diff REF`: only findings that involve a document changed since REF (or untracked)."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.ci.gitdiff import GitError, changed_files

from tests.report.helpers import FIXTURES, run_in

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "conflict" / "corpus", tmp_path / "news")
    (tmp_path / "factcheck.toml").write_text("")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "corpus")
    return tmp_path


def paths_in(r) -> list[set[str]]:  # type: ignore[no-untyped-def]
    report = json.loads(r.stdout)
    doc_path = {d["id"]: d["path"] for d in report["documents"]}
    fact_doc = {f["id"]: doc_path[f["doc"]] for f in report["facts"]}
    return [{fact_doc[i] for i in f["facts"]} for f in report["findings"]]


def test_only_findings_touching_changed_documents(repo: Path) -> None:
    assert paths_in(run_in(repo, "check", "news", "--diff", "HEAD", "-f", "json")) == []
    post = repo / "news" / "kathmandupost-quake.md"
    post.write_text(post.read_text().replace("About 300", "About 400"))
    r = run_in(repo, "check", "news", "--diff", "HEAD", "-f", "json")
    found = paths_in(r)
    assert found and all("news/kathmandupost-quake.md" in p for p in found)
    assert len(json.loads(r.stdout)["documents"]) == 3  # the whole corpus was still read and compared
    assert r.exit_code == 0  # the conflict between AP and Reuters is not this change's


def test_untracked_files_count_as_changed_and_subdirs_work(repo: Path) -> None:
    (repo / "news" / "new-report.md").write_text("---\noutlet: Nepal Times\npublished: 2024-03-02\n"
                                                 "story: nepal-quake\n---\nPolice said 28 people were killed in Kathmandu on Saturday.\n")
    r = run_in(repo / "news", "check", ".", "--diff", "HEAD", "-f", "json")
    assert r.exit_code == 1
    assert any("new-report.md" in p for ps in paths_in(r) for p in ps)
    assert all(any("new-report.md" in p for p in ps) for ps in paths_in(r))


def test_clear_errors(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    r = run_in(repo, "check", "news", "--diff", "no-such-ref")
    assert r.exit_code == 2 and "unknown git ref 'no-such-ref'" in r.stderr
    outside = tmp_path_factory.mktemp("plain")
    shutil.copytree(FIXTURES / "conflict" / "corpus", outside / "news")
    (outside / "factcheck.toml").write_text("")
    r = run_in(outside, "check", "news", "--diff", "HEAD")
    assert r.exit_code == 2 and "--diff needs a git repository" in r.stderr
    with pytest.raises(GitError, match="not a git ref"):
        changed_files("--output=x", str(repo))
