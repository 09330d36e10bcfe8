"""The local engine: one process pool for the whole run, on this machine.

Extraction is factcheck/parallel.py (cached, chunked, input order); comparison runs in this
process (see compare()). The report is byte-identical for any --jobs.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any

from .. import parallel
from ..config import Config
from ..readers import find_files, options_of
from ..model import Document, Fact, Finding

_pool: Executor | None = None  # the session's pool, when --jobs > 1


__all__ = ["compare", "extract", "find_files", "jobs_of", "session"]  # find_files: the engine interface's, as is
keeps_cache = True  # see Engine in engines/__init__.py
spills = True

def jobs_of(config: Config) -> int:
    return max(1, min(config.jobs or os.cpu_count() or 1, os.cpu_count() or 1))


@contextmanager
def session(config: Config) -> Iterator[Executor | None]:
    """A process pool for the run (its workers start only when work is submitted); re-entrant."""
    global _pool
    if _pool is not None or jobs_of(config) == 1:
        yield _pool
        return
    with parallel.workers(jobs_of(config)) as pool:
        _pool = pool
        try:
            yield pool
        finally:
            _pool = None


def extract(files: Iterable[Any], config: Config, progress: Callable[[str], None] | None = None) -> Iterator[tuple[str | None, Any]]:
    """(cache key, item) per entry (a file or a feed record), in input order; entries are streamed."""
    from ..ci.cache import Cache, cache_dir, run_fingerprint

    cache = Cache(cache_dir(config.cache_dir), config.cache)
    for _, key, item in parallel.run(files, jobs_of(config), cache, run_fingerprint(config), config.rule_dirs,
                                     options_of(config), progress, config.limits, _pool):
        yield key, item


def compare(rules: list, facts: list[Fact], docs: list[Document], config: Config) -> list[Finding]:
    """A spilled run (the CLI's) is compared story by story in the pool, each worker reading its
    stories' facts from the spill file (factcheck/comparing.py: only offsets go out, findings come
    back). Shipping the facts themselves to the workers was measured slower than comparing here
    (2,000 reports, --jobs 2: 43 s instead of 28 s). Facts held in memory (the Python API) are
    compared here."""
    from ..rules import engine
    from ..spill import Spill

    if isinstance(facts, Spill):  # compared story by story in the pool (factcheck/comparing.py)
        from ..comparing import compare as compare_spilled

        return compare_spilled(rules, facts, docs, config.levels, config.disabled, _pool, jobs_of(config))  # type: ignore[return-value]
    return engine.run(rules, facts, docs, config.levels, config.disabled)
