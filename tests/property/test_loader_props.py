"""The YAML reader and the rule loader on random YAML: a value or a YamlError/RuleError, nothing else."""
from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.rules.base import RuleError
from factcheck.rules.loader import decode, load_dir
from factcheck.yamlsafe import YamlError, load_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
KEYS = st.sampled_from(["id", "extends", "level", "message", "scope", "same", "tolerance", "approx_tolerance",
                        "min_outlets", "enabled", "kind", "measure", "rules", "description", "example", "x", "<<"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=8),
                    st.sampled_from(["numeric", "corroboration", "error", "warning", "quantity", "killed", "story"]))
DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=6)),
                    max_leaves=20)
TOKENS = st.sampled_from(["id: r\n", "extends: numeric\n", "level: error\n", "&a ", "*a", "[", "]", "{", "}", ": ", "- ",
                          "\n", "  ", "'", '"', "!!python/object:os.system ", "!!binary ", "2016-13-45", "? ", "<<: *a\n",
                          "\t", "---\n", "%YAML 1.1\n", "\\ud800", "\x07"])
TEXT = st.one_of(st.text(max_size=60), st.lists(TOKENS, max_size=25).map("".join))


@SETTINGS
@given(TEXT)
def test_load_text_raises_only_yaml_error(text: str) -> None:
    try:
        load_text(text, "r.yaml", with_lines=True)
    except YamlError as e:
        assert e.path == "r.yaml" and e.message


@SETTINGS
@given(DATA)
def test_decode_gives_a_rule_or_a_rule_error(data: object) -> None:
    text = yaml.safe_dump(data)
    try:
        loaded = load_text(text, "r.yaml", with_lines=True)
        decode(loaded, "r.yaml")
    except (YamlError, RuleError) as e:
        assert e.message


@SETTINGS
@given(st.lists(st.one_of(TEXT, DATA.map(yaml.safe_dump)), min_size=1, max_size=3))
def test_load_dir_never_raises(tmp_path_factory, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    d: Path = tmp_path_factory.mktemp("rules")
    for i, text in enumerate(texts):
        (d / f"r{i}.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    rules: dict = {}
    errors: list = []
    load_dir(d, rules, errors)
    assert all(e.path.startswith(str(d)) and e.message for e in errors)
