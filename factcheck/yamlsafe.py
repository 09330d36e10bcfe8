"""The one YAML reader for rules, lexicons and config: safe_load semantics plus guards.

yaml.safe_load alone accepts duplicate keys (the last silently wins) and expands
alias bombs; both are refused here with an error naming file and line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 2 * 1024 * 1024
MAX_ALIASES = 100


class YamlError(Exception):
    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message = path, line, message


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and many aliases."""

    aliases = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise yaml.constructor.ConstructorError(None, None, f"more than {MAX_ALIASES} aliases (refused: alias bomb?)", mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise yaml.constructor.ConstructorError(None, None, f'duplicate key "{key}"', key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


class LineLoader(_GuardedLoader):
    """Also records the line of every mapping key, so errors can name it."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        mapping = super().construct_mapping(node, deep)
        lines = {}
        for key_node, _ in node.value:
            if isinstance(key_node.value, str):
                lines[key_node.value] = key_node.start_mark.line + 1
        mapping["__lines__"] = lines
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _load(text: str, path: str, loader: type) -> Any:
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - loader derives from SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise YamlError(path, line, problem) from None


def read_yaml(path: str | Path, with_lines: bool = False) -> Any:
    """Read one YAML file with guards; raises YamlError naming file and line."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise YamlError(str(p), None, f"file is {size} bytes, over the {MAX_BYTES}-byte limit for rule data")
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise YamlError(str(p), None, f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise YamlError(str(p), None, f"not UTF-8 ({e.reason} at byte {e.start})") from None
    return load_text(text, str(p), with_lines)


def load_text(text: str, path: str = "<string>", with_lines: bool = False) -> Any:
    return _load(text, path, LineLoader if with_lines else _GuardedLoader)


def strip_lines(data: Any) -> Any:
    """Drop the __lines__/__line__ bookkeeping from loaded data."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k not in ("__lines__", "__line__")}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data
