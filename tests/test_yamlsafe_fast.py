"""The libyaml fast path must read exactly what the guarded pure-Python parser reads."""
from __future__ import annotations

import pytest
import yaml

from factcheck import yamlsafe
from factcheck.yamlsafe import YamlError, load_text

SAMPLES = [
    "outlet: Reuters\npublished: 2016-12-13\nstory: aleppo\n",
    "title: 'Aleppo: \"tens of thousands\" trapped'\nignore: [numeric-consistency, single-source]\n",
    "published: 2016-12-13T10:00:00Z\nplace: Aleppo\n",
    "a: 1\na: 2\n",  # duplicate key
    "a: \"\\ud800\"\n",  # lone surrogate escape
    "a: \"bell \\x07\"\n",  # control character escape
    "a: b\x07\n",  # raw control character
    "published: 2016-13-45\n",
    "a: [1, 2\n",  # unclosed
    "? [a, b]\n: 1\n",
    "\ufeffoutlet: AP\n",
    "nested:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 40)) + "  " * 40 + "leaf: 1\n",
    "x: " + "[" * 200 + "]" * 200 + "\n",  # deeper than the fast path takes
    "x: " + "[" * 5000 + "]" * 5000 + "\n",
    "items: [" + ", ".join(f"[a{i}, b]" for i in range(100)) + "]\n",  # many brackets, shallow
    "tolerance: " + "9" * 5000 + "\n",
    "- a\n- b\n",
    "",
]


def _slow(text: str, with_lines: bool, timestamps: bool):
    return yamlsafe._load(text, "<string>", yamlsafe._LOADERS[(with_lines, timestamps)])


@pytest.mark.skipif(not yamlsafe._FAST, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("with_lines,timestamps", [(True, False), (False, True)])
def test_fast_path_agrees_with_the_guarded_parser(text: str, with_lines: bool, timestamps: bool) -> None:
    def outcome(fn):
        try:
            return ("ok", fn(text, with_lines, timestamps))
        except YamlError as e:
            return ("error", e.line, e.message)

    fast = outcome(lambda t, w, ts: load_text(t, with_lines=w, timestamps=ts))
    assert fast == outcome(_slow)


@pytest.mark.skipif(not yamlsafe._FAST, reason="PyYAML built without libyaml")
def test_fast_path_is_taken_for_plain_front_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda text, Loader: calls.append(Loader) or real(text, Loader=Loader))
    load_text("outlet: AP\npublished: 2016-12-13\n", with_lines=True, timestamps=False)
    assert calls and issubclass(calls[0], yaml.CSafeLoader)
    calls.clear()
    load_text("a: &x 1\nb: *x\n")  # aliases: only the guarded parser, which counts and bounds them
    assert calls and not issubclass(calls[0], yaml.CSafeLoader)


@pytest.mark.skipif(not yamlsafe._FAST, reason="PyYAML built without libyaml")
def test_default_rules_and_lexicons_take_the_fast_path() -> None:
    from factcheck.lexicon import default_rules_dir

    for f in sorted(default_rules_dir().rglob("*.yaml")):
        assert yamlsafe._plain(f.read_text(encoding="utf-8")), f.name


def test_anchor_and_alias_tokens_are_recognised() -> None:
    assert not yamlsafe._plain("a: &x 1\nb: *x\n") and not yamlsafe._plain("- [*x]\n")
    assert yamlsafe._plain("# ratio*X and Q&A\ntitle: '5 * 3'\n")
