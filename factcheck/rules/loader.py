"""Load rule files: shipped defaults, then user directories that add, override or disable.

One decode path for every type; every error names file, line and key.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..lexicon import default_rules_dir
from ..yamlsafe import YamlError, read_yaml
from .base import COMMON, LEVELS, SAME_FIELDS, Rule, RuleError
from .registry import get_type, type_names


def decode(data: Any, path: str) -> Rule:
    """One YAML mapping -> a Rule, or a RuleError naming file, line and key."""
    if not isinstance(data, dict):
        raise RuleError(path, 1, "a rule file should be a mapping with id, extends, level, message")
    lines: dict[str, int] = data.get("__lines__", {})
    where = lambda key: lines.get(key, data.get("__line__", 1))  # noqa: E731
    rid = data.get("id")
    if not isinstance(rid, str) or not rid:
        raise RuleError(path, where("id"), 'key "id" is required and should be text', "id")
    ext = data.get("extends")
    if ext not in type_names():
        raise RuleError(path, where("extends"), f'rule "{rid}": "extends" should be one of {", ".join(type_names())}, got {ext!r}', "extends")
    rtype = get_type(ext)
    for key in data:
        if key.startswith("__"):
            continue
        if key not in COMMON and key not in rtype.options:
            known = ", ".join(sorted((COMMON | set(rtype.options)) - {"__lines__"}))
            raise RuleError(path, where(key), f'unknown key "{key}" in rule "{rid}" (type {ext} knows: {known})', key)
    level = data.get("level", "warning")
    if level not in LEVELS:
        raise RuleError(path, where("level"), f'option "level" of rule "{rid}" should be one of {", ".join(LEVELS)}', "level")
    message = data.get("message", "{summary}")
    if not isinstance(message, str):
        raise RuleError(path, where("message"), f'option "message" of rule "{rid}" should be text', "message")
    scope_raw = data.get("scope", {}) or {}
    if not isinstance(scope_raw, dict):
        raise RuleError(path, where("scope"), f'option "scope" of rule "{rid}" should be a mapping like {{kind: quantity}}', "scope")
    scope = {}
    for k, v in scope_raw.items():
        if k.startswith("__"):
            continue
        if k not in ("kind", "measure", "unit"):
            raise RuleError(path, where("scope"), f'scope of rule "{rid}" may name kind, measure or unit, not "{k}"', "scope")
        vals = v if isinstance(v, list) else [v]
        if not all(isinstance(x, str) for x in vals):
            raise RuleError(path, where("scope"), f'scope "{k}" of rule "{rid}" should be text or a list of text', "scope")
        scope[k] = tuple(vals)
    same = data.get("same", ["story"])
    if not isinstance(same, list) or any(s not in SAME_FIELDS for s in same):
        raise RuleError(path, where("same"), f'option "same" of rule "{rid}" should be a list of {", ".join(SAME_FIELDS)}', "same")
    options = {}
    for name, opt in rtype.options.items():
        if name in data:
            if not opt.check(data[name]):
                raise RuleError(path, where(name), f'option "{name}" of rule "{rid}" should be {opt.expect}', name)
            options[name] = data[name]
        else:
            options[name] = opt.default
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RuleError(path, where("enabled"), f'option "enabled" of rule "{rid}" should be true or false', "enabled")
    return Rule(id=rid, type=ext, level=level, message=message, scope=scope, same=tuple(same), options=options,
                path=path, line=data.get("__line__", 1), description=str(data.get("description", "")).strip(),
                example=str(data.get("example", "")).strip(), enabled=enabled)


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def load_dir(directory: Path, rules: dict[str, Rule], errors: list[RuleError]) -> None:
    """Add the rules of one directory; a rule with a known id replaces the earlier one."""
    for f in rule_files(directory):
        try:
            data = read_yaml(f, with_lines=True)
        except YamlError as e:
            errors.append(RuleError(e.path, e.line, e.message))
            continue
        docs = data.get("rules") if isinstance(data, dict) and "rules" in data else [data]
        for item in docs if isinstance(docs, list) else [docs]:
            try:
                if (isinstance(item, dict) and set(item) - {"__lines__", "__line__"} <= {"id", "enabled"}
                        and isinstance(item.get("id"), str) and item["id"] in rules):
                    old = rules[item["id"]]  # `{id: x, enabled: false}` disables a default rule
                    rules[old.id] = Rule(**{**old.__dict__, "enabled": bool(item.get("enabled", True))})
                    continue
                rule = decode(item, str(f))
                rules[rule.id] = rule
            except RuleError as e:
                errors.append(e)


def load_rules(extra_dirs: tuple[str, ...] = (), replace: bool = False) -> tuple[list[Rule], list[RuleError]]:
    rules: dict[str, Rule] = {}
    errors: list[RuleError] = []
    dirs = ([] if replace else [default_rules_dir()]) + [Path(d) for d in extra_dirs]
    for d in dirs:
        if not d.is_dir():
            errors.append(RuleError(str(d), None, "rules directory does not exist"))
            continue
        load_dir(d, rules, errors)
    from ..lexicon import lexicon_errors  # bad user lexicons: reported once here, never per document

    errors += [RuleError(e.path, e.line, e.message) for e in lexicon_errors(tuple(extra_dirs))]
    return [r for r in rules.values()], errors
