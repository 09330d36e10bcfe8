"""Lexicons (YAML data) from the shipped defaults and any user rule directories.

A user directory's file of the same name replaces the default one, so a lexicon
can be retuned without Python. Loaded once per process and cached.

A user file is data we did not write, so it is checked here, once, before any
extractor sees it: a file that does not parse (or is not a mapping) is reported and
the earlier copy stays in force; every regular expression it holds (PATTERN_KEYS) is
judged by patterns.problem, and a bad one is reported with file, line and key and
dropped, so one typo can neither fail every document nor hang the run.
`lexicon_errors()` returns what was found, for the run's report.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from . import lexicon_shapes, patterns

T = TypeVar("T")
from .yamlsafe import YamlError, read_yaml, strip_lines

# Where each lexicon keeps regular expressions: a path of keys, "*" for every key or item.
PATTERN_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "measures": (("people_measures", "*", "*"),),
    "entities": (("titles",), ("honorifics",)),
    "meetings": (("sessions", "*"),),
}
Where = tuple[Any, Any, tuple[Any, ...], int]  # container, key in it, key path, line


def default_rules_dir() -> Path:
    """The shipped `rules/`: `factcheck/defaults` when installed, the checkout's folder otherwise.

    (Not importlib.resources: `factcheck.defaults` is a namespace package, whose
    resources path does not name a directory on every installer.)"""
    installed = Path(__file__).resolve().parent / "defaults"
    if (installed / "lexicons").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


def load_lexicon(name: str, extra_dirs: tuple[str, ...] = ()) -> dict[str, Any]:
    """Load lexicons/NAME.yaml; a later directory's copy replaces an earlier one. Never raises."""
    return _load(name, tuple(extra_dirs))[0]


def lexicon_errors(extra_dirs: tuple[str, ...] = ()) -> list[YamlError]:
    """Every problem in the lexicons in force (shipped and user), each naming file, line and key."""
    names = sorted({f.stem for d in (default_rules_dir(), *map(Path, extra_dirs)) if (d / "lexicons").is_dir()
                    for f in (d / "lexicons").glob("*.yaml")})
    return [e for n in names for e in _load(n, tuple(extra_dirs))[1]]


@functools.lru_cache(maxsize=None)
def _load(name: str, extra_dirs: tuple[str, ...]) -> tuple[dict[str, Any], tuple[YamlError, ...]]:
    data: dict[str, Any] = {}
    problems: list[YamlError] = []
    for base in (str(default_rules_dir()), *extra_dirs):
        f = Path(base) / "lexicons" / f"{name}.yaml"
        if not f.exists():
            continue
        try:
            loaded = read_yaml(f, with_lines=True)
        except YamlError as e:
            problems.append(YamlError(e.path, e.line, f"{e.message}; this lexicon file is not used"))
            continue
        if not isinstance(loaded, dict):
            problems.append(YamlError(str(f), 1, "a lexicon should be a mapping of keys to values; this file is not used"))
            continue
        data = _checked(name, loaded, data, f, problems)
    return data, tuple(problems)


def _checked(name: str, loaded: dict[str, Any], previous: dict[str, Any], f: Path, problems: list[YamlError]) -> dict[str, Any]:
    """The file's data with every bad pattern reported and dropped."""
    bad: list[Where] = []
    for path in PATTERN_KEYS.get(name, ()):
        for where in _locate(loaded, path, (), 1):
            why = patterns.problem(where[0][where[1]])
            if why:
                bad.append(where)
                value = str(where[0][where[1]])
                short = value if len(value) <= 60 else value[:57] + "..."
                problems.append(YamlError(str(f), _line_of(f, value, where[3]),
                                          f"{_dotted(where[2])}: pattern {short!r} {why}; dropped"))
    for container, key, keys, _ in reversed(bad):  # reversed: list indices stay valid
        if isinstance(container, list):
            del container[key]
        elif keys[0] in previous and len(keys) == 1:
            container[key] = previous[keys[0]]  # a scalar pattern falls back on the earlier copy
        else:
            del container[key]
    _prune(loaded, bad)
    lexicon_shapes.check(name, loaded, f, lambda line, msg: problems.append(YamlError(str(f), line, msg)))
    return strip_lines(loaded)


def _locate(node: Any, path: tuple[str, ...], keys: tuple[Any, ...], line: int) -> Iterator[Where]:
    """(container, key, key path, line) of every value that `path` names."""
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        lines = node.get("__lines__", {})
        found = [k for k in node if not str(k).startswith("__")] if head == "*" else [head] if head in node else []
        items = [(k, lines.get(k, line)) for k in found]
    elif isinstance(node, list) and head == "*":
        items = [(i, line) for i in range(len(node))]
    else:
        return
    for k, ln in items:
        if rest:
            yield from _locate(node[k], rest, (*keys, k), ln)
        else:
            yield node, k, (*keys, k), ln


def _prune(data: dict[str, Any], bad: list[Where]) -> None:
    """A list emptied by dropping patterns goes too: an empty alternation would match everywhere."""
    for _, _, keys, _ in bad:
        parent: Any = data
        for k in keys[:-2]:
            parent = parent.get(k) if isinstance(parent, dict) else None
        if len(keys) >= 2 and isinstance(parent, dict) and parent.get(keys[-2]) == []:
            del parent[keys[-2]]


def _dotted(keys: tuple[Any, ...]) -> str:
    return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys).lstrip(".")


def _line_of(f: Path, value: str, from_line: int) -> int:
    """The line holding `value` at or after its key's line (list items carry no line of their own)."""
    try:
        lines = f.read_text("utf-8", "replace").splitlines()
    except OSError:
        return from_line
    probe = value.strip().splitlines()[0] if value.strip() else value
    return next((n for n in range(from_line, len(lines) + 1) if probe in lines[n - 1]), from_line)


def words(value: Any) -> set[str]:
    """A whitespace-separated word list (as written in YAML) to a set."""
    if isinstance(value, str):
        return set(value.lower().split())
    return {str(v).lower() for v in value or ()}


def per_rule_dirs(build: Callable[[tuple[str, ...]], T]) -> Callable[..., T]:
    """Cache one built lexicon per set of rule directories.

    A bare lru_cache keys `f()` and `f(())` apart, so the same gazetteer was built
    twice per process (about 0.5 s each) when two callers spelled the default differently."""
    cached = functools.lru_cache(maxsize=4)(build)

    @functools.wraps(build)
    def get(extra_dirs: tuple[str, ...] = ()) -> T:
        return cached(tuple(extra_dirs))

    return get

