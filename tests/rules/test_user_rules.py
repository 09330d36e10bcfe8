"""A user adds a measure (lexicon) and a rule from a directory; it works through the CLI."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.lexicon import default_rules_dir

runner = CliRunner()

CORPUS = {
    "a.md": "---\noutlet: A\npublished: 2024-05-02\nstory: storm\n---\nThe storm left 40,000 homes without power in Dorset on Thursday, the utility said.\n",
    "b.md": "---\noutlet: B\npublished: 2024-05-02\nstory: storm\n---\nSome 90,000 households lost power in Dorset on Thursday, the utility said.\n",
}


def setup(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(text)
    rules = tmp_path / "rules"
    (rules / "lexicons").mkdir(parents=True)
    measures = (default_rules_dir() / "lexicons" / "measures.yaml").read_text()
    measures = measures.replace("people_measures:\n", "people_measures:\n  outages:\n    - 'without power|lost power|power cuts?|blackouts?'\n", 1)
    measures = measures.replace(" homes houses ", " houses ")  # homes and households are what outages count
    measures = measures.replace("people_nouns: >-\n", "people_nouns: >-\n  homes households\n", 1)
    (rules / "lexicons" / "measures.yaml").write_text(measures)
    (rules / "outages.yaml").write_text(
        "id: power-outages\nextends: numeric\nscope: {kind: quantity, measure: [outages]}\n"
        "same: [story, measure, place, time]\nlevel: error\nmessage: \"outages in {place}: {summary}\"\n")
    return corpus, rules


def test_user_measure_and_rule_end_to_end(tmp_path: Path) -> None:
    corpus, rules = setup(tmp_path)
    r = runner.invoke(app, ["check", str(corpus), "--rules", str(rules), "-f", "json"])
    report = json.loads(r.stdout)
    mine = [f for f in report["findings"] if f["rule"] == "power-outages"]
    assert r.exit_code == 1
    assert [(f["status"], f["level"]) for f in mine] == [("conflict", "error")]
    assert mine[0]["message"].startswith("outages in Dorset: ")


def test_rules_commands(tmp_path: Path) -> None:
    _, rules = setup(tmp_path)
    listed = runner.invoke(app, ["rules", "list", "--rules", str(rules)])
    assert listed.exit_code == 0 and "power-outages" in listed.stdout and "numeric" in listed.stdout
    ok = runner.invoke(app, ["rules", "validate", str(rules)])
    assert ok.exit_code == 0 and "1 rule(s) valid" in ok.stdout
    explained = runner.invoke(app, ["rules", "explain", "casualty-figures"])
    assert explained.exit_code == 0 and "tolerance" in explained.stdout and "example" in explained.stdout
    (rules / "bad.yaml").write_text("id: broken\nextends: numeric\ntolerance: high\n")
    bad = runner.invoke(app, ["rules", "validate", str(rules)])
    assert bad.exit_code == 2
    assert f'{rules}/bad.yaml:3: option "tolerance" of rule "broken" should be a number between 0 and 1' in bad.stdout


def test_bad_rule_dir_makes_check_exit_2(tmp_path: Path) -> None:
    corpus, rules = setup(tmp_path)
    (rules / "bad.yaml").write_text("id: broken\nextends: nope\n")
    r = runner.invoke(app, ["check", str(corpus), "--rules", str(rules)])
    assert r.exit_code == 2
    shutil.rmtree(rules)
