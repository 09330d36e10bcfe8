"""The pipeline as functions: corpus -> extract -> compare. The CLI only wraps these.

The stages run on an engine (factcheck/engines/: local processes or a Dask cluster), one
session for the whole run; which one never changes the result.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from .config import Config, with_tolerance
from .model import InputError, Result


def extract(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None) -> Result:
    """Load documents and extract their facts (no comparison). `progress(path)` is called per document."""
    from .engines import get

    config = config or Config()
    engine = get(config.engine)
    with engine.session(config):
        return _extract(engine, paths, config, progress)


def _extract(engine, paths: list[str], config: Config, progress: Callable[[str], None] | None,  # type: ignore[no-untyped-def]
             spill: bool = False) -> Result:
    """`spill`: each document's text and facts go to disk as they come (factcheck/spill.py) and the
    documents kept carry no text, so the run's memory does not grow with the texts and facts."""
    from .ci.cache import run_fingerprint
    from .readers import entries
    from .spill import Spill, unpacked

    result = Result()
    t0 = time.perf_counter()
    files = engine.find_files(list(paths), result.errors)
    keys = []
    store = Spill() if spill else None
    for key, (doc, facts, errors) in engine.extract(entries(files, result.errors), config, progress):
        result.errors.extend(errors)
        if doc is not None:
            if store is not None:
                store.add(doc.text, facts)
                doc = replace(doc, text="")
            else:
                result.facts.extend(unpacked(facts))
            result.documents.append(doc)
            keys.append(key or "")
    if store is not None:
        result.facts = result.texts = store  # type: ignore[assignment]
    _group(result)
    _settle_clock(result, config)
    result.timings["extract"] = time.perf_counter() - t0
    cached = config.cache and engine.keeps_cache  # a run's findings are cached only over cached documents
    result.cache_key = (run_fingerprint(config) + "".join(keys)) if cached else ""
    return result


def _group(result: Result) -> None:
    """Documents that name no story (feed records) get one from the data (readers/stories.py)."""
    if any(not d.story for d in result.documents):
        from .readers.stories import assign

        result.documents, result.stories = assign(result.documents, result.facts)


def _settle_clock(result: Result, config: Config) -> None:
    """Undated reports dated from their story (storyclock): a pass over all reports after extraction."""
    from .extract import extract_document
    from .extract.dates import parse_iso
    from .storyclock import settle

    docs = result.documents
    if result.texts is not None and any(parse_iso(d.published) is None for d in docs):
        docs = [replace(d, text=result.texts.text(i)) for i, d in enumerate(docs)]  # undated reports: read with their texts
    result.facts = settle(docs, result.facts, lambda d: extract_document(d, config.rule_dirs), result.errors)


def check(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None,
          spill: bool = False) -> Result:
    """Extract, then run the rules: the whole job, in one engine session.

    `spill` (the CLI's choice; local engine only): texts and facts kept on disk, not in memory
    (factcheck/spill.py); the documents returned then carry no text (`result.texts` has them) and
    `result.facts` is read from disk, as a list is, for every reporter."""
    from .engines import get
    from .rules.loader import load_rules

    config = config or Config()
    engine = get(config.engine)
    with engine.session(config):
        rules, rule_errors = load_rules(config.rule_dirs, config.replace_rules)
        rules = with_tolerance(rules, config.tolerance)  # hook: Config.tolerance overrides each rule's `tolerance` option
        result = _extract(engine, paths, config, progress, spill=spill and engine.spills)
        result.rules = rules
        result.errors.extend(InputError(e.path, e.line, e.message) for e in rule_errors)
        t0 = time.perf_counter()
        from .ci.cache import Cache, cache_dir

        run_key = _run_key(result, rules, config)
        cache = Cache(cache_dir(config.cache_dir), bool(run_key))
        cached = _cached_findings(cache, run_key, result.texts is not None) if run_key else None
        if cached is not None:
            result.findings = cached
        else:
            result.findings = engine.compare(rules, result.facts, result.documents, config)
            if run_key and not rule_errors:
                _cache_findings(cache, run_key, result.findings)
        result.timings["compare"] = time.perf_counter() - t0
    return result


def _run_key(result: Result, rules: list, config: Config) -> str | None:
    """The whole run's findings depend on every document, the rules in force and the level settings."""
    import hashlib

    base = result.cache_key
    if not base:
        return None
    from .ci.cache import settings_key

    return hashlib.sha256((base + settings_key(rules, config)).encode()).hexdigest()


def _cached_findings(cache, run_key: str, spilled: bool):  # type: ignore[no-untyped-def]
    """The findings a run with these documents, rules and settings found: a list, or for a spilled
    run the batches on disk (factcheck/spill.py), read in place from the cache file."""
    from .spill import Findings

    if not spilled:
        return cache.get(run_key)
    fh = cache.open("f" + run_key)
    try:
        found = Findings.load(fh) if fh is not None else None
    except Exception:  # noqa: BLE001 - a damaged entry is a miss, as in Cache.get
        found = None
    if found is None and fh is not None:
        fh.close()
    return found


def _cache_findings(cache, run_key: str, findings) -> None:  # type: ignore[no-untyped-def]
    from .spill import Findings

    if isinstance(findings, Findings):
        cache.put_with("f" + run_key, findings.save)  # streamed: one story's findings in memory at a time
    else:
        cache.put(run_key, findings)
