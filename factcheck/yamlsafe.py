"""The one YAML reader for rules, lexicons, config and front matter: safe_load plus guards.

yaml.safe_load alone accepts duplicate keys (the last silently wins), expands alias
bombs into billions of nodes for whatever walks the result, follows recursive
aliases into cycles, passes on lone surrogates and control characters written as
escapes, and lets Python errors (a date like 2016-13-45, an integer of
5,000 digits, deep nesting) escape as crashes. Each is refused here with a YamlError
naming file and line, before any caller sees the data.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, SequenceNode

from .readers.decoding import clean

MAX_BYTES = 1024 * 1024  # rule data is kilobytes; the pure-Python parser reads 1 MiB in a few seconds
MAX_ALIASES = 100
FAST_CHARS = 64 * 1024  # front matter and ordinary rule files; larger text takes the guarded parser
MAX_NODES = 100_000  # nodes after expanding aliases: a billion-laughs file stops here


class YamlError(Exception):
    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message = path, line, message


def _expanded_size(node: Node, memo: dict[int, int], active: set[int]) -> int:
    """Node count with every alias expanded; shared nodes are counted once per use."""
    key = id(node)
    if key in memo:
        return memo[key]
    if key in active:
        raise ConstructorError(None, None, "recursive alias (a node contains itself)", node.start_mark)
    active.add(key)
    size = 1
    if isinstance(node, SequenceNode):
        for child in node.value:
            size += _expanded_size(child, memo, active)
            if size > MAX_NODES:
                break
    elif isinstance(node, MappingNode):
        for k, v in node.value:
            size += _expanded_size(k, memo, active) + _expanded_size(v, memo, active)
            if size > MAX_NODES:
                break
    active.discard(key)
    if size > MAX_NODES:
        raise ConstructorError(None, None, f"expands to more than {MAX_NODES} values through aliases (refused: alias bomb?)",
                               node.start_mark)
    memo[key] = size
    return size


class _Guards:
    """Constructor-level guards, shared by the pure-Python and the libyaml loaders."""

    def construct_object(self, node, deep=False):  # type: ignore[no-untyped-def]
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except (ValueError, OverflowError) as e:  # 2016-13-45, a 5,000-digit integer
            value = str(node.value)[:40] if isinstance(node.value, str) else node.tag
            reason = str(e).split(";")[0]
            raise ConstructorError(None, None, f"cannot read {value!r}: {reason}", node.start_mark) from None

    def construct_scalar(self, node):  # type: ignore[no-untyped-def]
        """Escapes like "\\ud800" and "\\x1b" are YAML's; a lone surrogate or a control
        character in rule data or front matter would only break a report later."""
        value = super().construct_scalar(node)  # type: ignore[misc]
        return clean(value) if isinstance(value, str) else value

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)):
                if key in seen:
                    raise ConstructorError(None, None, f'duplicate key "{key}"', key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class _Lines:
    """Also records the line of every mapping key, so errors can name it."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        mapping = super().construct_mapping(node, deep)  # type: ignore[misc]
        lines = {}
        for key_node, _ in node.value:
            if isinstance(key_node.value, str):
                lines[key_node.value] = key_node.start_mark.line + 1
        mapping["__lines__"] = lines
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


class _GuardedLoader(_Guards, yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys, alias bombs, cycles, and values Python cannot hold."""

    aliases = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise ConstructorError(None, None, f"more than {MAX_ALIASES} aliases (refused: alias bomb?)", mark)
        return super().compose_node(parent, index)

    def get_single_node(self):  # type: ignore[no-untyped-def]
        node = super().get_single_node()
        if node is not None:
            _expanded_size(node, {}, set())
        return node


class LineLoader(_Lines, _GuardedLoader):
    pass


# libyaml parses front matter about 10x faster than the pure-Python parser. It is used only
# for text without anchors or aliases (so no alias can be expanded unchecked) and only when
# it succeeds: on any error the pure-Python loader runs again, so messages stay the same.
_CBase = getattr(yaml, "CSafeLoader", None)
_CGuarded = type("_CGuarded", (_Guards, _CBase), {}) if _CBase else None
_CLines = type("_CLines", (_Lines, _CGuarded), {}) if _CGuarded else None


def _without_timestamps(base: type) -> type:
    """A loader that keeps dates as text, so a caller can say what is wrong with one."""
    resolvers = {ch: [(tag, rx) for tag, rx in items if tag != "tag:yaml.org,2002:timestamp"]
                 for ch, items in base.yaml_implicit_resolvers.items()}
    return type(f"{base.__name__}NoDates", (base,), {"yaml_implicit_resolvers": resolvers})


_LOADERS = {(False, True): _GuardedLoader, (True, True): LineLoader,
            (False, False): _without_timestamps(_GuardedLoader), (True, False): _without_timestamps(LineLoader)}
_FAST = {(False, True): _CGuarded, (True, True): _CLines} if _CGuarded else {}
if _FAST:
    _FAST.update({(False, False): _without_timestamps(_CGuarded), (True, False): _without_timestamps(_CLines)})


def _load(text: str, path: str, loader: type) -> Any:
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - every loader here derives from SafeLoader
    except yaml.reader.ReaderError as e:  # a control character YAML does not allow
        line = text.count("\n", 0, max(0, e.position)) + 1
        code = ord(e.character) if isinstance(e.character, str) else int(e.character)
        raise YamlError(path, line, f"character U+{code:04X} is not allowed in YAML") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise YamlError(path, line, problem) from None
    except RecursionError:
        raise YamlError(path, None, "nested too deeply") from None


def read_yaml(path: str | Path, with_lines: bool = False) -> Any:
    """Read one YAML file with guards; raises YamlError naming file and line."""
    p = Path(path)
    try:
        if not p.is_file():
            raise YamlError(str(p), None, "not a regular file" if p.exists() else "no such file")
        with open(p, "rb") as fh:  # read at most the limit: a file may grow, or lie about its size
            raw = fh.read(MAX_BYTES + 1)
    except OSError as e:
        raise YamlError(str(p), None, f"cannot read: {e.strerror or e}") from None
    if len(raw) > MAX_BYTES:
        raise YamlError(str(p), None, f"file is over the {MAX_BYTES}-byte limit for rule data ({MAX_BYTES // 1024} KiB)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise YamlError(str(p), raw.count(b"\n", 0, e.start) + 1, f"not UTF-8 ({e.reason} at byte {e.start})") from None
    return load_text(text, str(p), with_lines)


_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[\]{},:-])[&*][^\s\[\]{},]")
MAX_FAST_DEPTH = 64


def _plain(text: str) -> bool:
    """Small text with no anchor or alias token: where libyaml and the guarded parser agree
    (aliases go to the guarded parser, which counts and bounds them)."""
    return len(text) <= FAST_CHARS and not _ANCHOR_OR_ALIAS.search(text)


def _shallow(data: Any) -> bool:
    """No deeper than MAX_FAST_DEPTH (walked without recursion): deep nesting goes to the guarded parser."""
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_FAST_DEPTH:
            return False
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return True


def load_text(text: str, path: str = "<string>", with_lines: bool = False, timestamps: bool = True) -> Any:
    """Parse YAML text with the guards; `timestamps=False` keeps dates as strings."""
    fast = _FAST.get((with_lines, timestamps))
    if fast is not None and _plain(text):
        try:
            data = yaml.load(text, Loader=fast)  # noqa: S506 - derives from CSafeLoader
            if _shallow(data):
                return data
        except (yaml.YAMLError, ValueError, RecursionError):
            pass  # the pure-Python loader says what is wrong, in its own words
    return _load(text, path, _LOADERS[(with_lines, timestamps)])


def strip_lines(data: Any) -> Any:
    """Drop the __lines__/__line__ bookkeeping from loaded data."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k not in ("__lines__", "__line__")}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data
