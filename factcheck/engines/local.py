"""The local engine: one process pool for the whole run, on this machine.

Extraction is factcheck/parallel.py (cached, chunked, input order). Comparison runs per
story in the same pool (every rule blocks by story first, so this is exact) and the merged
findings are sorted with the rule engine's own order: the report is byte-identical for any
--jobs. With one job, or one story, everything runs in this process.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any

from .. import parallel
from ..config import Config
from ..corpus import find_files as _find_files
from ..model import Document, Fact, Finding, InputError

_pool: Executor | None = None  # the session's pool, when --jobs > 1
_jobs = 1


def jobs_of(config: Config) -> int:
    return max(1, min(config.jobs or os.cpu_count() or 1, os.cpu_count() or 1))


@contextmanager
def session(config: Config) -> Iterator[Executor | None]:
    """A process pool for the run (its workers start only when work is submitted); re-entrant."""
    global _pool, _jobs
    if _pool is not None or jobs_of(config) == 1:
        yield _pool
        return
    _jobs = jobs_of(config)
    with parallel.workers(_jobs) as pool:
        _pool = pool
        try:
            yield pool
        finally:
            _pool = None


def find_files(paths: list[str], errors: list[InputError]) -> list[str]:
    return _find_files(paths, errors)


def extract(files: list[str], config: Config, progress: Callable[[str], None] | None = None) -> Iterator[tuple[str | None, Any]]:
    from ..cache import Cache, cache_dir, run_fingerprint

    cache = Cache(cache_dir(config.cache_dir), config.cache)
    for _, key, item in parallel.run(files, jobs_of(config), cache, run_fingerprint(config), config.assume_year,
                                     config.rule_dirs, progress, config.limits, _pool):
        yield key, item


def compare(rules: list, facts: list[Fact], docs: list[Document], config: Config) -> list[Finding]:
    from ..rules import engine

    work = parallel.stories(facts, docs)
    if _pool is None or len(work) < 2:
        return engine.run(rules, facts, docs, config.levels, config.disabled)
    batches = parallel.batches(work, _jobs * 4)
    parts = _pool.map(parallel.compare_stories, [rules] * len(batches), batches,
                      [dict(config.levels)] * len(batches), [set(config.disabled)] * len(batches))
    return sorted((f for part in parts for f in part), key=engine.order)
