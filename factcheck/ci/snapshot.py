"""A re-run on an unchanged corpus is nearly free: the written report is reused.

The key is every document's cache key (bytes, path, version, rules and lexicons),
the rule directories and every setting that changes the findings or the rendering.
A report file written with --output is copied into the cache; a later run with the
same key copies it back (atomically) and takes the exit code from a stored summary,
without unpickling a single fact. Only for file outputs without --baseline/--diff.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .cache import Cache, cache_dir, file_keys, run_fingerprint
from ..config import Config
from ..readers import find_files
from ..model import Result


def key(config: Config, fmt: str) -> str | None:
    """The run's key, from file bytes and settings alone; None when the cache is off."""
    if not config.cache:
        return None
    from ..lexicon import default_rules_dir

    errors: list = []
    files = find_files(list(config.paths), errors)
    fingerprint = run_fingerprint(config)
    h = hashlib.sha256(fingerprint.encode())
    for f, k in zip(files, file_keys(files, fingerprint, Cache(cache_dir(config.cache_dir)))):
        h.update((k or f"unreadable:{f}").encode())
    h.update(repr([(e.path, e.line, e.message) for e in errors]).encode())
    # The rules in force follow from the rule files and the code, both in the fingerprint, and from
    # where they were found and which settings pick them: loading them here (0.4 s) is not needed.
    h.update(repr((fmt, config.strict, config.replace_rules, str(default_rules_dir()), config.rule_dirs,
                   sorted(config.levels.items()), sorted(config.disabled), config.tolerance)).encode())
    return "out-" + h.hexdigest()


def summary(result: Result) -> dict[str, Any]:
    """What the exit code needs, stored beside the report."""
    return {"documents": len(result.documents), "levels": sorted({f.level for f in result.findings}),
            "errors": [(e.path, e.message) for e in result.errors]}


def restore(config: Config, run_key: str, output: str) -> dict[str, Any] | None:
    cache = Cache(cache_dir(config.cache_dir))
    meta = cache.get(run_key)
    stored = cache.dir / "reports" / run_key
    if meta is None or not stored.is_file():
        return None
    directory = os.path.dirname(os.path.abspath(output))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=directory)
        os.close(fd)
        shutil.copyfile(stored, tmp)
        os.replace(tmp, output)
    except BaseException as e:  # a full disk falls back to a normal run; a signal leaves no temp file either
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):
            return None
        raise
    return meta


def save(config: Config, run_key: str, output: str, result: Result) -> None:
    cache = Cache(cache_dir(config.cache_dir))
    target = cache.dir / "reports" / run_key
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        os.close(fd)
        shutil.copyfile(output, tmp)
        os.replace(tmp, target)
    except OSError:
        return
    cache.put(run_key, summary(result))


def exit_code(meta: dict[str, Any], fail_on: str, strict: bool, levels: tuple[str, ...]) -> int:
    rule_trouble = any(p.endswith((".yaml", ".yml")) or "rules directory" in m for p, m in meta["errors"])
    if not meta["documents"] or rule_trouble or (strict and meta["errors"]):
        return 2
    if fail_on == "never":
        return 0
    return 1 if any(levels.index(lv) <= levels.index(fail_on) for lv in meta["levels"]) else 0


def usable(output: str | None, fmt: str, baseline: str | None, diff: str | None, write_baseline: str | None) -> bool:
    return bool(output) and fmt != "terminal" and not (baseline or diff or write_baseline) and Path(output).suffix != ""
