"""The pipeline as functions: corpus -> extract -> compare. The CLI only wraps these."""
from __future__ import annotations

import time
from collections.abc import Callable

from .config import Config, with_tolerance
from .model import InputError, Result


def extract(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None) -> Result:
    """Load documents and extract their facts (no comparison). `progress(path)` is called per document."""
    import os

    from . import parallel
    from .cache import Cache, cache_dir, run_fingerprint
    from .corpus import find_files

    config = config or Config()
    result = Result()
    t0 = time.perf_counter()
    if config.engine == "dask":  # the same per-document function on a Dask cluster; no per-document cache
        from .engines import dask as dask_engine

        files = dask_engine.find_files(list(paths), result.errors)
        for doc, facts, errors in dask_engine.extract(files, config, progress):
            result.errors.extend(errors)
            if doc is not None:
                result.documents.append(doc)
                result.facts.extend(facts)
        result.timings["extract"] = time.perf_counter() - t0
        return result
    files = find_files(list(paths), result.errors)
    fingerprint = run_fingerprint(config)
    cache = Cache(cache_dir(config.cache_dir), config.cache)
    jobs = config.jobs or os.cpu_count() or 1
    keys = []
    for _, key, (doc, facts, errors) in parallel.run(files, jobs, cache, fingerprint, config.assume_year,
                                                       config.rule_dirs, progress, config.limits):
        result.errors.extend(errors)
        if doc is not None:
            result.documents.append(doc)
            result.facts.extend(facts)
            keys.append(key or "")
    result.timings["extract"] = time.perf_counter() - t0
    result.cache_key = (fingerprint + "".join(keys)) if config.cache else ""
    return result


def check(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None) -> Result:
    """Extract, then run the rules: the whole job."""
    config = config or Config()
    if config.engine == "dask":  # one cluster session for both stages
        from .engines import dask as dask_engine

        with dask_engine.session(config):
            return _check(paths, config, progress)
    return _check(paths, config, progress)


def _check(paths: list[str], config: Config, progress: Callable[[str], None] | None) -> Result:
    from .rules import engine
    from .rules.loader import load_rules

    rules, rule_errors = load_rules(config.rule_dirs, config.replace_rules)
    rules = with_tolerance(rules, config.tolerance)  # hook: Config.tolerance overrides each rule's `tolerance` option
    result = extract(paths, config, progress)
    result.rules = rules
    result.errors.extend(InputError(e.path, e.line, e.message) for e in rule_errors)
    t0 = time.perf_counter()
    from .cache import Cache, cache_dir

    run_key = _run_key(result, rules, config)
    cache = Cache(cache_dir(config.cache_dir), bool(run_key))
    cached = cache.get(run_key) if run_key else None
    if cached is not None:
        result.findings = cached
    else:
        if config.engine == "dask":
            from .engines import dask as dask_engine

            result.findings = dask_engine.compare(rules, result.facts, result.documents, config)
        else:
            result.findings = engine.run(rules, result.facts, result.documents, config.levels, config.disabled)
        if run_key and not rule_errors:
            cache.put(run_key, result.findings)
    result.timings["compare"] = time.perf_counter() - t0
    return result


def _run_key(result: Result, rules: list, config: Config) -> str | None:
    """The whole run's findings depend on every document, the rules in force and the level settings."""
    import hashlib

    base = result.cache_key
    if not base:
        return None
    from .cache import settings_key

    return hashlib.sha256((base + settings_key(rules, config)).encode()).hexdigest()
