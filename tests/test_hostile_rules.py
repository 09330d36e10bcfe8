"""Hostile rule files and lexicons: refused with file:line errors, quickly, never a crash or a hang."""
from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import yamlsafe
from factcheck.cli import app
from factcheck.lexicon import default_rules_dir, lexicon_errors, load_lexicon
from factcheck.patterns import problem
from factcheck.rules.loader import load_rules
from factcheck.yamlsafe import YamlError, read_yaml

LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
RULE = "id: r\nextends: numeric\nlevel: error\nmessage: m\n"

HOSTILE = {  # file -> (line, message) of the one error it must give
    "laughs.yaml": (6, "expands to more than 100000 values through aliases (refused: alias bomb?)"),
    "recursive.yaml": (1, "recursive alias (a node contains itself)"),
    "duplicate.yaml": (5, 'duplicate key "level"'),
    "deep.yaml": (None, "nested too deeply"),
    "bad-date.yaml": (5, "cannot read '2016-13-45': month must be in 1..12"),
    "big-int.yaml": (5, "cannot read '" + "9" * 40 + "': Exceeds the limit (4300 digits) for integer string conversion: "
                        "value has 5000 digits"),
    "unhashable.yaml": (5, "found unhashable key"),
    "control.yaml": (1, "character U+0007 is not allowed in YAML"),
    "latin1.yaml": (2, "not UTF-8 (invalid continuation byte at byte 18)"),
    "huge.yaml": (None, f"file is over the {yamlsafe.MAX_BYTES}-byte limit for rule data (1024 KiB)"),
}


def write_hostile(d: Path) -> None:
    d.mkdir(parents=True, exist_ok=True)
    (d / "laughs.yaml").write_text(LAUGHS)
    (d / "recursive.yaml").write_text("a: &a [x, *a]\n")
    (d / "duplicate.yaml").write_text(RULE + "level: info\n")
    (d / "deep.yaml").write_text("x: " + "[" * 5000 + "]" * 5000 + "\n")
    (d / "bad-date.yaml").write_text(RULE + "since: 2016-13-45\n")
    (d / "big-int.yaml").write_text(RULE + "tolerance: " + "9" * 5000 + "\n")
    (d / "unhashable.yaml").write_text(RULE + "? [a, b]\n: 1\n")
    (d / "control.yaml").write_text("id: r\x07\n")
    (d / "latin1.yaml").write_bytes(b"id: r\nmessage: caf\xe9 au lait\n")
    with open(d / "huge.yaml", "wb") as fh:
        fh.write(b"# " + b"x" * (yamlsafe.MAX_BYTES + 10) + b"\n")


def test_each_hostile_file_is_refused_quickly(tmp_path: Path) -> None:
    write_hostile(tmp_path)
    for name, (line, message) in HOSTILE.items():
        t0 = time.perf_counter()
        with pytest.raises(YamlError) as e:
            read_yaml(tmp_path / name, with_lines=True)
        assert (e.value.path, e.value.line, e.value.message) == (str(tmp_path / name), line, message)
        assert time.perf_counter() - t0 < 5, name


def test_rule_loader_reports_every_file_and_keeps_the_defaults(tmp_path: Path) -> None:
    write_hostile(tmp_path / "rules")
    (tmp_path / "rules" / "fine.yaml").write_text("id: extra\nextends: numeric\nlevel: info\nmessage: m\n")
    os.mkfifo(tmp_path / "rules" / "pipe.yaml")
    rules, errors = load_rules((str(tmp_path / "rules"),))
    got = {(Path(e.path).name, e.line, e.message) for e in errors}
    assert got == {(n, line, m) for n, (line, m) in HOSTILE.items()} | {("pipe.yaml", None, "not a regular file")}
    assert {"casualty-figures", "extra"} <= {r.id for r in rules}


def test_check_with_hostile_rules_exits_2_with_every_error(tmp_path: Path, root: Path) -> None:
    write_hostile(tmp_path / "rules")
    with contextlib.chdir(tmp_path):
        r = CliRunner().invoke(app, ["check", str(root / "corpus"), "--rules", "rules", "-f", "json", "--no-config", "--no-cache"],
                               catch_exceptions=False)
    data = json.loads(r.stdout)
    assert r.exit_code == 2 and data["summary"]["documents"] == 5 and data["facts"]
    assert {(e["path"], e["line"], e["message"]) for e in data["errors"]} == {
        (f"rules/{n}", line, m) for n, (line, m) in HOSTILE.items()}


def test_validate_prints_path_line_message(tmp_path: Path) -> None:
    write_hostile(tmp_path / "rules")
    r = CliRunner().invoke(app, ["rules", "validate", str(tmp_path / "rules")])
    assert r.exit_code == 2
    assert f"{tmp_path}/rules/duplicate.yaml:5: duplicate key \"level\"" in r.stdout


# --- lexicons: user patterns -------------------------------------------------------

def user_lexicon(tmp_path: Path, patterns: list[str], titles: str | None = None) -> tuple[str, ...]:
    lex = tmp_path / "lex" / "lexicons"
    lex.mkdir(parents=True)
    measures = (default_rules_dir() / "lexicons" / "measures.yaml").read_text()
    extra = "".join(f"    - {json.dumps(p)}\n" for p in patterns)
    (lex / "measures.yaml").write_text(measures.replace("people_measures:\n", "people_measures:\n  bad:\n" + extra, 1))
    if titles is not None:
        (lex / "entities.yaml").write_text(f"titles: {json.dumps(titles)}\n")
    return (str(tmp_path / "lex"),)


def test_shipped_lexicons_are_clean() -> None:
    assert lexicon_errors() == []


def test_bad_patterns_are_named_and_dropped(tmp_path: Path) -> None:
    dirs = user_lexicon(tmp_path, ["(a+)+$", "[oops", "fine|good", "killed|", "(x|xx)+y"], titles="(?P<name>x)(?P=name)")
    got = [(Path(e.path).name, e.line, e.message) for e in lexicon_errors(dirs)]
    assert got == [
        ("entities.yaml", 1, "titles: pattern '(?P<name>x)(?P=name)' uses a backreference, which can take exponential "
                             "time; not supported; dropped"),
        ("measures.yaml", 6, "people_measures.bad[0]: pattern '(a+)+$' can backtrack catastrophically: a quantifier "
                             "inside a repeated group, as in (a+)+; use a single quantifier; dropped"),
        ("measures.yaml", 7, "people_measures.bad[1]: pattern '[oops' is not a valid regular expression: unterminated "
                             "character set; dropped"),
        ("measures.yaml", 9, "people_measures.bad[3]: pattern 'killed|' matches the empty string (a stray '|' or '?'), "
                             "so it would match everywhere; dropped"),
        ("measures.yaml", 10, "people_measures.bad[4]: pattern '(x|xx)+y' can backtrack catastrophically: a repeated "
                              "group whose alternatives can match the same text, as in (a|aa)+; make the alternatives "
                              "exclusive; dropped"),
    ]
    assert load_lexicon("measures", dirs)["people_measures"]["bad"] == ["fine|good"]
    assert load_lexicon("entities", dirs)["titles"] == load_lexicon("entities")["titles"]  # the earlier copy


def test_a_list_emptied_of_bad_patterns_goes(tmp_path: Path) -> None:
    dirs = user_lexicon(tmp_path, ["(a*)*b"])
    assert "bad" not in load_lexicon("measures", dirs)["people_measures"]


def test_extraction_with_a_hostile_lexicon_neither_fails_nor_hangs(tmp_path: Path) -> None:
    from factcheck.extract import extract_document
    from factcheck.model import Document

    dirs = user_lexicon(tmp_path, ["(a+)+$", "[oops", "quakes?"])
    text = "Officials said 12 people were killed in Kathmandu " + "a" * 80 + " and 40 quake victims.\n"
    t0 = time.perf_counter()
    facts = extract_document(Document(id="d", path="d.md", text=text, published="2024-03-02"), dirs)
    assert time.perf_counter() - t0 < 10 and any(f.measure == "killed" for f in facts)


def test_unparsable_lexicon_falls_back_on_the_default(tmp_path: Path) -> None:
    lex = tmp_path / "lex" / "lexicons"
    lex.mkdir(parents=True)
    (lex / "numbers.yaml").write_text(LAUGHS)
    (lex / "places.yaml").write_text("- a list\n")
    dirs = (str(tmp_path / "lex"),)
    assert load_lexicon("numbers", dirs) == load_lexicon("numbers")
    assert [(Path(e.path).name, e.line, e.message) for e in lexicon_errors(dirs)] == [
        ("numbers.yaml", 6, "expands to more than 100000 values through aliases (refused: alias bomb?); "
                            "this lexicon file is not used"),
        ("places.yaml", 1, "a lexicon should be a mapping of keys to values; this file is not used")]


@pytest.mark.parametrize("pattern", ["(a+)+", "(a*)*b", "(a|a)*c", "(a|aa)+b", r"(\w+\s?)+$", r"(.*a){12}", "(ab|a.)+c",
                                     r"(\d+,\d+)+x", r"((a+)a)+c", "(?:x+x+)+y"])
def test_catastrophic_shapes_are_refused(pattern: str) -> None:
    assert problem(pattern) is not None


@pytest.mark.parametrize("pattern", ["killed|killing|kills", r"death[- ]tolls?", r"(?:\d+,)+\d+", r"(\w+\s)+",
                                     "(?:killed|kills)+", "(?:a|b|cd)+", r"(\w|\d)+", r"bodies(?: (?:were|had been))? found",
                                     r"(?:\w+\s+){0,2}people", "a{2,5}"])
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert problem(pattern) is None


def test_a_run_reports_bad_lexicon_patterns(tmp_path: Path, root: Path) -> None:
    dirs = user_lexicon(tmp_path, ["(a+)+$"])
    r = CliRunner().invoke(app, ["check", str(root / "corpus"), "--rules", dirs[0], "-f", "json", "--no-config", "--no-cache"])
    messages = [e["message"] for e in json.loads(r.stdout)["errors"]]
    assert r.exit_code == 2 and any(m.startswith("people_measures.bad[0]: pattern '(a+)+$'") for m in messages)
    v = CliRunner().invoke(app, ["rules", "validate", dirs[0]])
    assert v.exit_code == 2 and "people_measures.bad[0]" in v.stdout
