"""Front matter (factcheck/readers/frontmatter.py): every problem at its `path:line`, the body always kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.readers import frontmatter
from factcheck.readers.markdown import load


def split(text: str) -> tuple[dict, dict, int, list]:
    problems: list = []
    meta, lines, start = frontmatter.split(text, problems)
    return meta, lines, start, problems


def check(text: str) -> tuple[dict, list]:
    problems: list = []
    meta, lines, _ = frontmatter.split(text, problems)
    return frontmatter.check(meta, lines, problems), problems


def test_lines_come_from_the_parser() -> None:
    meta, lines, start, problems = split('---\n# note\n"quoted key": 1\nouter: {published: x}\n---\nBody\n')
    assert lines == {"quoted key": 3, "outer": 4} and problems == []
    assert meta == {"quoted key": 1, "outer": {"published": "x"}}
    assert start == len("---\n# note\n\"quoted key\": 1\nouter: {published: x}\n---\n")


def test_yaml_end_marker_and_trailing_spaces_on_fences() -> None:
    assert split("--- \noutlet: X\n...  \nBody\n")[0] == {"outlet": "X"}


def test_leading_rule_without_keys_is_body() -> None:
    assert split("---\nJust a Markdown rule, then text.\n") == ({}, {}, 0, [])


def test_unclosed_front_matter() -> None:
    assert split("---\noutlet: X\nBody\n")[3] == [(1, "front matter has no closing '---' line; read as body text")]


def test_empty_front_matter_is_fine() -> None:
    assert split("---\n---\nBody\n") == ({}, {}, 8, [])


@pytest.mark.parametrize(("value", "iso"), [
    ("2016-12-10", "2016-12-10"), ("2016-12-10T08:47:00Z", "2016-12-10T08:47:00+00:00"),
    ("2016-12-10 08:47", "2016-12-10T08:47:00"), ("'2016-12-10'", "2016-12-10"),
])
def test_published_forms(value: str, iso: str) -> None:
    assert check(f"---\npublished: {value}\n---\n")[0] == {"published": iso}


@pytest.mark.parametrize(("value", "shown"), [
    ("yesterday", "'yesterday'"), ("2016-13-45", "'2016-13-45'"), ("20161210", "'20161210'"), ("2016-12", "'2016-12'"),
])
def test_published_wrong(value: str, shown: str) -> None:
    meta, problems = check(f"---\noutlet: X\npublished: {value}\n---\n")
    assert meta == {"outlet": "X"}
    assert problems == [(3, f'"published" should be an ISO date like 2016-12-10, got {shown}')]


def test_empty_values_are_absent_and_numbers_are_text() -> None:
    assert check("---\ntitle:\noutlet: ''\nstory: 2024\n---\n") == ({"story": "2024"}, [])


def test_wrong_types() -> None:
    meta, problems = check("---\noutlet: {a: 1}\nauthor: [x]\ntitle: no\nfactcheck: {ignore: 3}\n---\n")
    assert meta == {}
    assert problems == [(2, '"outlet" should be text, got a mapping'), (3, '"author" should be text, got a list'),
                        (4, '"title" should be text, got true/false (quote it to make it text)'),
                        (5, '"factcheck" should be a mapping like {ignore: [rule-id, ...]}')]


def test_unknown_keys_suggest_the_closest() -> None:
    problems = check("---\nOutlet: X\nzzz: 1\n---\n")[1]
    assert problems[0][1].endswith('; did you mean "outlet"?') and problems[0][0] == 2
    assert problems[1][1].startswith('unknown front matter key "zzz" (known: ') and not problems[1][1].endswith("?")


def test_malformed_yaml_keeps_what_parses() -> None:
    meta, lines, _, problems = split("---\noutlet: A\ntitle: [unclosed\nstory: s\nstory: t\n---\n")
    assert meta == {"outlet": "A"} and lines == {"outlet": 2}
    assert problems == [(4, "front matter is not valid YAML: expected ',' or ']', but got ':' (kept: outlet)")]


def test_huge_front_matter_is_ignored_not_parsed() -> None:
    block = "x: " + "y" * frontmatter.MAX_CHARS + "\n"
    meta, _, start, problems = split(f"---\n{block}---\nBody\n")
    assert meta == {} and start == len(block) + 8
    assert problems == [(2, f"front matter is {len(block)} characters, over the {frontmatter.MAX_CHARS} limit; ignored")]


def test_non_mapping() -> None:
    assert split("---\njust text\n---\n")[3] == [(2, "front matter should be a mapping of keys to values, got text")]


def test_bad_front_matter_falls_back_on_inference(tmp_path: Path) -> None:
    f = tmp_path / "syria" / "r.md"
    f.parent.mkdir()
    f.write_text("---\npublished: soon\n---\nPARIS, Dec 10 (Reuters) - Talks began. The talks of December 1, 2016 failed.\n")
    errors: list = []
    doc = load(str(f), errors)
    assert (doc.published, doc.outlet, doc.story, doc.body_start) == ("2016-12-10", "Reuters", "syria", 24)
    assert [(e.line, e.message) for e in errors] == [(2, "\"published\" should be an ISO date like 2016-12-10, got 'soon'")]


def test_yaml_escapes_cannot_smuggle_surrogates_or_controls() -> None:
    meta, problems = check('---\noutlet: "Evil\\ud800 \\x1b[31mRed\\0"\n"k\\ud83d": 1\n---\n')
    assert meta == {"outlet": "Evil\ufffd      Red "}
    assert problems[0][1].startswith('unknown front matter key "k\ufffd"')
