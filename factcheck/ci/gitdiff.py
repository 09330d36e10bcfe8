"""`--diff REF`: keep the findings that involve a document changed since a git ref.

The whole corpus is still read and compared (a changed report can contradict an
old one); only the findings are narrowed, so a pull request on a large corpus is
told about what it touched. Changed means `git diff --name-only REF` (committed,
staged and unstaged edits) plus untracked files that are not ignored.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import replace

from ..model import Result


class GitError(Exception):
    """Not a git repository, no git, or a ref git does not know."""


def _git(args: list[str], cwd: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("--diff needs git, which is not installed or not on PATH") from None
    if out.returncode != 0:
        raise GitError(out.stderr.strip() or f"git {' '.join(args)} failed")
    return out.stdout


def changed_files(ref: str, cwd: str = ".") -> set[str]:
    """Real paths of the files changed since `ref`, and of untracked files."""
    try:
        top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    except GitError:
        raise GitError(f"--diff needs a git repository, and {os.path.abspath(cwd)} is not in one") from None
    if ref.startswith("-"):
        raise GitError(f"--diff: {ref!r} is not a git ref")
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except GitError:
        raise GitError(f"--diff: unknown git ref {ref!r}") from None
    names = _git(["-c", "core.quotePath=false", "diff", "--name-only", "-z", ref, "--"], top).split("\0")
    names += _git(["-c", "core.quotePath=false", "ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return {os.path.realpath(os.path.join(top, n)) for n in names if n}


def only_changed(result: Result, changed: set[str]) -> Result:
    """The result with only the findings that have a fact in a changed document."""
    touched = {d.id for d in result.documents if os.path.realpath(d.source or d.path) in changed}  # a record: its feed
    doc_of = {f.id: f.doc for f in result.facts}
    keep = [f for f in result.findings if any(doc_of.get(i) in touched for i in f.facts)]
    return replace(result, findings=keep)
