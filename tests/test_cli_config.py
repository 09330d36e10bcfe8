"""Config files: discovery upward, precedence (defaults < file < flags), unknown keys named."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from factcheck.config import Config, ConfigError, discover, load, parse_levels, with_tolerance

from .report.helpers import FIXTURES, run_in


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder holding the conflict corpus under news/, and no config yet."""
    shutil.copytree(FIXTURES / "conflict" / "corpus", tmp_path / "news")
    return tmp_path


def findings(result) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(f["rule"], f["status"], f["level"]) for f in json.loads(result.stdout)["findings"]]


def test_file_settings_apply_and_paths_resolve_against_the_file(project: Path) -> None:
    (project / "factcheck.toml").write_text('paths = ["news"]\nformat = "json"\nfail-on = "never"\n'
                                            'disable = ["single-source"]\n[levels]\ncasualty-figures = "warning"\n')
    (project / "sub").mkdir()
    r = run_in(project / "sub", "check")  # discovered upward; paths relative to the file
    assert r.exit_code == 0, r.output
    got = findings(r)
    assert ("single-source", "single-source", "info") not in got
    assert ("casualty-figures", "conflict", "warning") in got
    assert json.loads(r.stdout)["documents"][0]["path"].startswith("../news/")


def test_flags_override_the_file(project: Path) -> None:
    (project / "factcheck.toml").write_text('paths = ["news"]\nformat = "json"\nfail-on = "never"\n'
                                            '[levels]\ncasualty-figures = "warning"\n')
    r = run_in(project, "check", "--fail-on", "warning", "--level", "casualty-figures=error", "-f", "markdown")
    assert r.exit_code == 1
    assert r.stdout.startswith("## factcheck")
    assert "| **✗ conflict** | error |" in r.stdout


def test_pyproject_table_and_precedence_over_parent(project: Path) -> None:
    (project / "factcheck.toml").write_text('fail-on = "never"\n')
    inner = project / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\nfail_on = "info"\n')
    assert discover(inner) == inner / "pyproject.toml"
    assert run_in(inner, "check", "../news").exit_code == 1  # the nearest file wins: info fails
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no table: keep looking upward
    assert discover(inner) == project / "factcheck.toml"
    assert run_in(inner, "check", "../news").exit_code == 0
    assert run_in(inner, "check", "../news", "--no-config").exit_code == 1  # defaults: error fails


def test_unknown_key_is_an_error_naming_it(project: Path) -> None:
    (project / "factcheck.toml").write_text('paths = ["news"]\ntolerence = 0.1\n')
    r = run_in(project, "check")
    assert r.exit_code == 2
    assert 'factcheck.toml:2: unknown key "tolerence"' in r.stderr
    assert 'did you mean "tolerance"?' in r.stderr


@pytest.mark.parametrize(("text", "words"), [
    ('fail-on = "sometimes"', 'option "fail-on" should be one of error, warning, info, never'),
    ("tolerance = 2", 'option "tolerance" should be a number between 0 and 1'),
    ("paths = \"news\"", 'option "paths" should be a list of paths or globs'),
    ("[levels]\nx = \"fatal\"", 'option "levels" should be a table'),
    ("paths = [", "not valid TOML"),
])
def test_bad_values_are_errors(project: Path, text: str, words: str) -> None:
    (project / "factcheck.toml").write_text(text + "\n")
    r = run_in(project, "check", "news")
    assert r.exit_code == 2
    assert words in r.stderr


def test_unknown_rule_ids_are_errors(project: Path) -> None:
    r = run_in(project, "check", "news", "--disable", "casualty-figure")
    assert r.exit_code == 2
    assert '"disable" names unknown rule "casualty-figure"' in r.stderr
    assert run_in(project, "check", "news", "--level", "casualty-figures=fatal").exit_code == 2


def test_tolerance_reaches_the_rules(project: Path) -> None:
    assert ("casualty-figures", "conflict", "error") in findings(run_in(project, "check", "news", "-f", "json"))
    r = run_in(project, "check", "news", "-f", "json", "--tolerance", "0.3")  # 25 * 1.3 >= 31: they agree
    assert r.exit_code == 0
    assert ("casualty-figures", "conflict", "error") not in findings(r)
    (project / "factcheck.toml").write_text("tolerance = 0.3\n")
    assert run_in(project, "check", "news").exit_code == 0


def test_no_paths_anywhere(project: Path) -> None:
    r = run_in(project, "check")
    assert r.exit_code == 2 and "no paths to check" in r.stderr


def test_load_merges_lists_and_tables(tmp_path: Path) -> None:
    f = tmp_path / "factcheck.toml"
    f.write_text('rules = ["r"]\ndisable = ["a"]\n[levels]\nb = "info"\n')
    c = load(str(f), cli={"rule_dirs": ("cli-rules",), "disabled": {"c"}, "levels": {"d": "error"}, "fail_on": None})
    assert c.rule_dirs == ("cli-rules",)  # a flag replaces the list
    assert c.disabled == {"a", "c"} and c.levels == {"b": "info", "d": "error"}  # these add up
    assert c.fail_on == "error"  # None means "flag not given"
    assert load(str(f)).rule_dirs == (os.path.relpath(tmp_path / "r"),)  # relative to the file
    with pytest.raises(ConfigError):
        load(str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="RULE=LEVEL"):
        parse_levels(["nolevel"])


def test_with_tolerance_only_touches_rules_that_have_it() -> None:
    from factcheck.rules.loader import load_rules

    rules, _ = load_rules()
    out = {r.id: r for r in with_tolerance(rules, 0.25)}
    assert out["casualty-figures"].options["tolerance"] == 0.25
    assert all(("tolerance" in r.options) == ("tolerance" in out[r.id].options) for r in rules)
    assert with_tolerance(rules, None) is rules
    assert Config().tolerance is None


def test_extract_and_stories_read_the_config_file_too(tmp_path: Path) -> None:
    # a dump whose text sits under a key no default names: only the config's [fields] table finds it
    records = [{"article_body": "Floodwaters killed 14 people in Riverton on Monday, the mayor said.", "publisher": "Valley Post",
                "first_published": "2025-05-12", "story": "riverton-floods"}]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('[fields]\ntext = "article_body"\noutlet = "publisher"\n'
                                             'published = "first_published"\n')
    facts = json.loads(run_in(tmp_path, "extract", "dump.jsonl", "--format", "json").stdout)
    (doc,) = facts["documents"]
    assert (doc["outlet"], doc["published"]) == ("Valley Post", "2025-05-12")
    assert [(f["measure"], f["value"]["low"]) for f in facts["facts"] if f.get("measure") == "killed"] == [("killed", 14)]
    shown = run_in(tmp_path, "stories", "dump.jsonl")
    assert shown.exit_code == 0 and "record has no text" not in shown.output
    ignored = run_in(tmp_path, "extract", "dump.jsonl", "--format", "json", "--no-config")
    assert json.loads(ignored.stdout)["documents"] == [] and ignored.exit_code == 2
