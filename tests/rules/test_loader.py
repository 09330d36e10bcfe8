"""Rule files: one decode path; errors name file, line and key; overrides and disabling by id."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.rules.base import RuleError
from factcheck.rules.loader import decode, load_rules
from factcheck.yamlsafe import YamlError, load_text

GOOD = """id: casualty-figures
extends: numeric
scope: {kind: quantity, measure: [killed]}
same: [story, measure, place, time]
level: error
message: "{summary}"
"""


def decode_text(text: str, path: str = "rules/casualties.yaml"):
    return decode(load_text(text, path, with_lines=True), path)


def test_good_rule_defaults() -> None:
    r = decode_text(GOOD)
    assert (r.id, r.type, r.level, r.options["tolerance"], r.options["approx_tolerance"]) == ("casualty-figures", "numeric", "error", 0.0, 0.1)
    assert r.scope == {"kind": ("quantity",), "measure": ("killed",)}


@pytest.mark.parametrize("extra,message", [
    ("tolerance: 7\n", 'rules/casualties.yaml:7: option "tolerance" of rule "casualty-figures" should be a number between 0 and 1'),
    ("tolerence: 0.1\n", 'rules/casualties.yaml:7: unknown key "tolerence" in rule "casualty-figures" (type numeric knows: '),
    ("compare_parts: maybe\n", 'rules/casualties.yaml:7: option "compare_parts" of rule "casualty-figures" should be true or false'),
])
def test_bad_options_are_pinned(extra: str, message: str) -> None:
    with pytest.raises(RuleError) as e:
        decode_text(GOOD + extra)
    assert str(e.value).startswith(message)


def test_bad_level_and_type() -> None:
    with pytest.raises(RuleError) as e:
        decode_text(GOOD.replace("level: error", "level: fatal"))
    assert str(e.value) == 'rules/casualties.yaml:5: option "level" of rule "casualty-figures" should be one of error, warning, info'
    with pytest.raises(RuleError) as e:
        decode_text(GOOD.replace("extends: numeric", "extends: numbers"))
    assert str(e.value).startswith('rules/casualties.yaml:2: rule "casualty-figures": "extends" should be one of numeric, set, quote')


def test_bad_same_field() -> None:
    with pytest.raises(RuleError) as e:
        decode_text(GOOD.replace("same: [story, measure, place, time]", "same: [story, colour]"))
    assert str(e.value).startswith('rules/casualties.yaml:4: option "same" of rule "casualty-figures" should be a list of')


def test_duplicate_keys_refused() -> None:
    with pytest.raises(YamlError, match='duplicate key "level"'):
        load_text(GOOD + "level: info\n", "dup.yaml")


def test_defaults_load_without_errors() -> None:
    rules, errors = load_rules()
    assert errors == []
    assert {"casualty-figures", "single-source", "quote-wording", "meeting-attendees", "name-spelling"} <= {r.id for r in rules}


def test_user_dir_overrides_and_disables(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(GOOD.replace("level: error", "level: warning"))
    (tmp_path / "off.yaml").write_text("id: single-source\nenabled: false\n")
    rules, errors = load_rules((str(tmp_path),))
    by_id = {r.id: r for r in rules}
    assert errors == []
    assert by_id["casualty-figures"].level == "warning" and by_id["casualty-figures"].path.endswith("mine.yaml")
    assert by_id["single-source"].enabled is False


def test_errors_collected_not_raised(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: x\nextends: numeric\nbogus: 1\n")
    _, errors = load_rules((str(tmp_path),))
    assert [str(e) for e in errors] == [f'{tmp_path}/bad.yaml:3: unknown key "bogus" in rule "x" (type numeric knows: '
                                        'approx_tolerance, compare_parts, description, enabled, example, extends, id, level, '
                                        'message, same, scope, tolerance, vague_conflicts, vague_tolerance)']
