"""A user's numbers.yaml: bad entries are reported with file, line and key, and dropped;
the good ones are used."""
from __future__ import annotations

from pathlib import Path

from factcheck.extract import numbers
from factcheck.lexicon import lexicon_errors, load_lexicon

USER = """\
scales:
  lakh: 100000
  gazillion: lots
  bazillion: 1000
vague:
  "a bunch of": [5, 2]
  "loads of": [10, null]
qualifiers:
  above: ["more than"]
  sideways: ["whatever"]
  at_most: "under"
postfix:
  at_least: ["or more"]
fractions:
  half: 1
nearly_ratio: 2
colour: red
"""


def _dirs(tmp_path: Path) -> tuple[str, ...]:
    lex = tmp_path / "rules" / "lexicons"
    lex.mkdir(parents=True)
    (lex / "numbers.yaml").write_text(USER, encoding="utf-8")
    return (str(tmp_path / "rules"),)


def test_bad_entries_are_named_and_dropped(tmp_path: Path) -> None:
    dirs = _dirs(tmp_path)
    got = [(Path(e.path).name, e.line, e.message.split(":")[0]) for e in lexicon_errors(dirs)]
    assert got == [("numbers.yaml", 3, "scales.gazillion"), ("numbers.yaml", 6, "vague.a bunch of"),
                   ("numbers.yaml", 10, "qualifiers.sideways"), ("numbers.yaml", 11, "qualifiers.at_most"),
                   ("numbers.yaml", 15, "fractions.half"), ("numbers.yaml", 16, "nearly_ratio"),
                   ("numbers.yaml", 17, "colour")]
    data = load_lexicon("numbers", dirs)
    assert data["scales"] == {"lakh": 100000, "bazillion": 1000}
    assert "sideways" not in data["qualifiers"] and "nearly_ratio" not in data


def test_good_entries_of_a_user_lexicon_are_used(tmp_path: Path) -> None:
    lex = numbers.lexicon(_dirs(tmp_path))
    found = [(m.value.low, m.value.high) for m in numbers.find("loads of people, 3 bazillion and more than 2 lakh", lex=lex)]
    assert found == [(10.0, None), (3000.0, 3000.0), (200000.0, None)]


def test_shipped_lexicons_have_no_problems() -> None:
    assert lexicon_errors() == []


def test_a_user_lexicon_without_scales_keeps_the_shipped_ones(tmp_path: Path) -> None:
    lex_dir = tmp_path / "rules" / "lexicons"
    lex_dir.mkdir(parents=True)
    (lex_dir / "numbers.yaml").write_text('vague:\n  "a bunch of": [5, 20]\n', encoding="utf-8")
    lex = numbers.lexicon((str(tmp_path / "rules"),))
    found = [(m.value.low, m.value.high) for m in numbers.find("a bunch of people and 2 million more than 12 lakh", lex=lex)]
    assert found == [(5.0, 20.0), (2e6, 2e6), (1.2e6, None)]
