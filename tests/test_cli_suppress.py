"""Front-matter suppressions (`factcheck: {ignore: [rule-id]}`) through the CLI."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from .report.helpers import FIXTURES, run_in


def rules_of(r) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(f["rule"], f["status"]) for f in json.loads(r.stdout)["findings"]]


def test_ignore_in_front_matter_round_trip(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "conflict" / "corpus", tmp_path / "news")
    (tmp_path / "factcheck.toml").write_text("")
    before = run_in(tmp_path, "check", "news", "-f", "json")
    assert before.exit_code == 1 and ("casualty-figures", "conflict") in rules_of(before)

    ap = tmp_path / "news" / "ap-quake.md"
    ap.write_text(ap.read_text().replace("story: nepal-quake\n", "story: nepal-quake\nfactcheck: {ignore: [casualty-figures]}\n"))
    after = run_in(tmp_path, "check", "news", "-f", "json")
    assert after.exit_code == 0, after.stdout  # the only error-level finding involved the AP report
    assert ("casualty-figures", "conflict") not in rules_of(after)
    assert ("quote-wording", "variant") in rules_of(after)  # other rules still see the document
    assert json.loads(after.stdout)["errors"] == []

    ap.write_text(ap.read_text().replace("{ignore: [casualty-figures]}", "{ignore: casualty-figures}"))
    bad = run_in(tmp_path, "check", "news", "-f", "json")
    assert bad.exit_code == 1  # a malformed suppression is reported and suppresses nothing
    assert any('"factcheck" should be a mapping' in e["message"] for e in json.loads(bad.stdout)["errors"])
