"""Run settings: defaults, then a config file, then command-line flags (which win).

The file is `factcheck.toml` or the `[tool.factcheck]` table of `pyproject.toml`,
found by walking up from the working directory, so a CI job, a pre-commit hook and
a developer all run with the same settings. Keys are the long flag names (`fail-on`
or `fail_on`); an unknown key is an error that names it, so a typo never passes
silently. Paths in the file are relative to the file, not to where factcheck runs.
"""
from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .budget import MAX_DOCUMENT_BYTES, MAX_FIGURES, Limits

CONFIG_NAMES = ("factcheck.toml", "pyproject.toml")
LEVELS = ("error", "warning", "info")
FAIL_ON = (*LEVELS, "never")
ENGINES = ("local", "dask")  # as factcheck/engines/__init__.py


@dataclass
class Config:
    rule_dirs: tuple[str, ...] = ()
    replace_rules: bool = False  # --rules replaces the shipped defaults instead of adding to them
    disabled: set[str] = field(default_factory=set)
    levels: dict[str, str] = field(default_factory=dict)  # rule id -> level override
    assume_year: int | None = None
    fail_on: str = "error"
    jobs: int = 0  # processes for extraction; 0 = one per CPU
    cache: bool = True  # reuse extraction results of unchanged documents (factcheck/ci/cache.py)
    cache_dir: str | None = None
    paths: tuple[str, ...] = ()  # what to check when the command line names nothing
    tolerance: float | None = None  # global override of every rule's own `tolerance` option
    format: str | None = None
    output: str | None = None
    strict: bool = False
    baseline: str | None = None
    engine: str = "local"  # where extraction and comparison run: local (processes) or dask (factcheck/engines/dask.py)
    scheduler: str | None = None  # dask scheduler address (tcp://host:8786); none: a LocalCluster for the run
    fields: dict[str, str] = field(default_factory=dict)  # feed record keys: document field -> key (--field text=body)
    outlets: dict[str, str] = field(default_factory=dict)  # domain -> outlet name, over what a page or record says
    max_document_bytes: int = MAX_DOCUMENT_BYTES  # a larger file is skipped with a warning (factcheck/budget.py)
    max_figures: int = MAX_FIGURES  # figures compared per document; 0 = no cap

    @property
    def limits(self) -> Limits:
        return Limits(self.max_document_bytes, self.max_figures)


class ConfigError(Exception):
    """A bad config file or setting: carries the path and key so the CLI can name them."""

    def __init__(self, path: str, key: str | None, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path, self.key, self.message, self.line = path, key, message, line


def _str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1


FIELDS = ("text", "url", "title", "published", "outlet", "story")  # as factcheck/readers/jsonl.py


def _fields(v: Any) -> str | None:
    """None when `v` maps known document fields to record keys, else what is wrong."""
    if not isinstance(v, dict):
        return "not a table"
    bad = [k for k, x in v.items() if k not in FIELDS or not isinstance(x, str) or not x]
    return f"bad entries: {', '.join(map(str, bad))}" if bad else None


# key -> (Config field, check, words for the error message, is a path or list of paths)
KEYS: dict[str, tuple[str, Any, str, bool]] = {
    "paths": ("paths", _str_list, "a list of paths or globs", True),
    "rules": ("rule_dirs", _str_list, "a list of rule directories", True),
    "only-rules": ("replace_rules", lambda v: isinstance(v, bool), "true or false", False),
    "disable": ("disabled", _str_list, "a list of rule ids", False),
    "levels": ("levels", lambda v: isinstance(v, dict) and all(x in LEVELS for x in v.values()),
               "a table of rule id = \"error\" | \"warning\" | \"info\"", False),
    "tolerance": ("tolerance", _number, "a number between 0 and 1", False),
    "fail-on": ("fail_on", lambda v: v in FAIL_ON, "one of " + ", ".join(FAIL_ON), False),
    "format": ("format", lambda v: isinstance(v, str), "a format name", False),
    "output": ("output", lambda v: isinstance(v, str), "a file path", True),
    "assume-year": ("assume_year", lambda v: isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2100,
                    "a year like 2016", False),
    "strict": ("strict", lambda v: isinstance(v, bool), "true or false", False),
    "jobs": ("jobs", lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0, "a whole number (0 = one per CPU)", False),
    "cache": ("cache", lambda v: isinstance(v, bool), "true or false", False),
    "cache-dir": ("cache_dir", lambda v: isinstance(v, str), "a directory path", True),
    "baseline": ("baseline", lambda v: isinstance(v, str), "a file path", True),
    "engine": ("engine", lambda v: v in ENGINES, "one of " + ", ".join(ENGINES), False),
    "max-document-bytes": ("max_document_bytes", lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0,
                           "a positive whole number of bytes", False),
    "max-figures": ("max_figures", lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
                    "a whole number (0 = no cap)", False),
    "scheduler": ("scheduler", lambda v: isinstance(v, str) and v != "", "a scheduler address like tcp://host:8786", False),
    "fields": ("fields", lambda v: _fields(v) is None, "a table of document field = \"record key\" (fields: "
               + ", ".join(FIELDS) + ")", False),
    "outlets": ("outlets", lambda v: isinstance(v, dict) and all(isinstance(x, str) and x for x in v.values()),
                "a table of domain = \"outlet name\"", False),
}


def parse_fields(items: list[str]) -> dict[str, str]:
    """`--field text=article_body` flags -> {text: article_body}."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, key = item.partition("=")
        if not sep or name.strip() not in FIELDS or not key.strip():
            raise ConfigError("--field", "fields", f"--field expects FIELD=KEY with FIELD one of {', '.join(FIELDS)}, got {item!r}")
        out[name.strip()] = key.strip()
    return out


def discover(start: str | os.PathLike[str] = ".") -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table, upward from start."""
    here = Path(start).resolve()
    for d in (here, *here.parents):
        if (d / "factcheck.toml").is_file():
            return d / "factcheck.toml"
        pyproject = d / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.factcheck[\].]", pyproject.read_text("utf-8", "replace"), re.M):
            return pyproject
    return None


def read_file(path: Path) -> dict[str, Any]:
    """The settings table of one file, keys normalised to `fail-on` style (not yet validated)."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(_rel(Path.cwd(), str(path)), None, f"cannot read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_rel(Path.cwd(), str(path)), None, f"not valid TOML: {e}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    return {str(k).replace("_", "-"): v for k, v in data.items()}


def _line_of(path: Path, key: str) -> int | None:
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    pattern = "[-_]".join(re.escape(p) for p in key.split("-"))
    m = re.search(rf"^\s*\"?{pattern}\"?\s*[=.]|^\[(?:tool\.factcheck\.)?{pattern}\]", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def from_file(path: Path, base: Config | None = None) -> Config:
    """Validate a file's settings and lay them over `base`; relative paths resolve against the file."""
    raw = read_file(path)
    shown = _rel(Path.cwd(), str(path))
    values: dict[str, Any] = {}
    for key, val in raw.items():
        if key not in KEYS:
            near = difflib.get_close_matches(key, KEYS, n=1)
            hint = f'did you mean "{near[0]}"? ' if near else ""
            raise ConfigError(shown, key, f'unknown key "{key}" ({hint}known: {", ".join(KEYS)})', _line_of(path, key))
        name, ok, expect, is_path = KEYS[key]
        if not ok(val):
            raise ConfigError(shown, key, f'option "{key}" should be {expect}, got {val!r}', _line_of(path, key))
        if is_path:
            val = [_rel(path.parent, v) for v in val] if isinstance(val, list) else _rel(path.parent, val)
        values[name] = tuple(val) if isinstance(val, list) and name != "disabled" else val
    if "disabled" in values:
        values["disabled"] = set(values["disabled"])
    return replace(base or Config(), **values)


def _rel(directory: Path, p: str) -> str:
    """A path from the config file, as the working directory sees it (relative when it can be)."""
    joined = os.path.join(directory, os.path.expanduser(p))
    try:
        return os.path.relpath(joined)
    except ValueError:  # another drive on Windows
        return joined


def load(explicit: str | None = None, use_file: bool = True, cli: dict[str, Any] | None = None) -> Config:
    """Defaults < config file < flags. `cli` holds only the flags actually given (None means not given).

    Lists and scalars from flags replace the file's; `disabled` and `levels` add to them.
    """
    config = Config()
    if explicit:
        if not Path(explicit).is_file():
            raise ConfigError(explicit, None, "config file does not exist")
        config = from_file(Path(explicit))
    elif use_file and (found := discover()):
        config = from_file(found)
    overrides = {k: v for k, v in (cli or {}).items() if v is not None}
    unknown = set(overrides) - {f.name for f in fields(Config)}
    if unknown:
        raise ValueError(f"not Config fields: {sorted(unknown)}")
    if "disabled" in overrides:
        overrides["disabled"] = config.disabled | set(overrides["disabled"])
    if "levels" in overrides:
        overrides["levels"] = {**config.levels, **overrides["levels"]}
    if "fields" in overrides:
        overrides["fields"] = {**config.fields, **overrides["fields"]}
    return replace(config, **overrides)


def parse_levels(items: list[str]) -> dict[str, str]:
    """`--level rule-id=warning` flags -> {rule-id: warning}."""
    out: dict[str, str] = {}
    for item in items:
        rid, sep, level = item.partition("=")
        if not sep or not rid or level not in LEVELS:
            raise ConfigError("--level", "levels", f'--level expects RULE=LEVEL with LEVEL one of {", ".join(LEVELS)}, got {item!r}')
        out[rid.strip()] = level
    return out


def unknown_rule_ids(config: Config, rule_ids: set[str]) -> list[str]:
    """Rule ids named by `disable` or `levels` that no loaded rule has: a typo would otherwise do nothing."""
    out = [f'"disable" names unknown rule "{r}"' for r in sorted(config.disabled - rule_ids)]
    out += [f'"levels" names unknown rule "{r}"' for r in sorted(set(config.levels) - rule_ids)]
    return out


def with_tolerance(rules: list[Any], tolerance: float | None) -> list[Any]:
    """Rules with the global tolerance laid over their own, for the types that declare one."""
    if tolerance is None:
        return rules
    return [replace(r, options={**r.options, "tolerance": tolerance}) if "tolerance" in r.options else r for r in rules]
