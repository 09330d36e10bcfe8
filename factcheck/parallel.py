"""Extraction of many documents: cached, and spread over processes with --jobs.

Documents are processed in chunks (one task per chunk, not per document, so the
per-task overhead stays small); results come back in input order, so the output
is byte-identical for any --jobs and for a cold or warm cache.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager, nullcontext

from .budget import Limits, cap_figures, density_problem, size_problem
from .cache import Cache, doc_keys
from .corpus import display, load
from .model import Document, Fact, InputError

Item = tuple[Document | None, list[Fact], list[InputError]]
CHUNK = 32


def extract_one(path: str, assume_year: int | None, extra_dirs: tuple[str, ...], limits: Limits = Limits()) -> Item:
    """Load and extract one file; every problem becomes an InputError, never an exception.

    A file over the document budget (factcheck/budget.py) is skipped or its figures cut, with a warning."""
    from .extract import extract_document

    errors: list[InputError] = []
    too_big = size_problem(path, limits)
    if too_big:
        return None, [], [InputError(display(path), None, too_big)]
    doc = load(path, errors, assume_year)
    facts: list[Fact] = []
    if doc is not None:
        dense = density_problem(doc)
        if dense:
            return None, [], [*errors, InputError(doc.path, None, dense)]
        try:
            facts = extract_document(doc, extra_dirs)
        except Exception as e:  # one bad document must never take the run down  # noqa: BLE001
            errors.append(InputError(doc.path, None, f"extraction failed: {type(e).__name__}: {e}"))
        facts, cut = cap_figures(doc, facts, limits)
        if cut:
            errors.append(InputError(doc.path, None, cut))
    return doc, facts, errors


def _chunk_worker(args: tuple) -> list[Item]:
    """(paths, assume_year, rule dirs, limits[, (cache, fingerprint)]): the dask engine passes no cache."""
    paths, assume_year, extra_dirs, limits = args[:4]
    if len(args) > 4:
        from .extract import places

        places.use_cache(*args[4])
    return [extract_one(p, assume_year, extra_dirs, limits) for p in paths]


def _quiet() -> None:
    """In a worker: Ctrl-C reaches the whole process group, but only the parent decides what happens."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (factcheck/entry.py): terminate() must end a worker


@contextmanager
def workers(jobs: int) -> Iterator[Executor]:
    """A process pool that, when the run is interrupted or fails, stops at once: queued work is
    cancelled and the workers are terminated, never waited for (a plain `with` would finish every task)."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_quiet)
    try:
        yield pool
    except BaseException:
        procs = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            p.terminate()
        for p in procs:
            p.join(5)
        raise
    pool.shutdown(wait=True)


def stories(facts: list[Fact], docs: list[Document]) -> list[tuple[list[Fact], list[Document]]]:
    """(facts, documents) per story, in first-seen order; a story without facts has no findings."""
    story_of = {d.id: d.story or "default" for d in docs}
    groups: dict[str, tuple[list[Fact], list[Document]]] = {}
    for d in docs:
        groups.setdefault(story_of[d.id], ([], []))[1].append(d)
    for f in facts:
        groups.setdefault(story_of.get(f.doc, "default"), ([], []))[0].append(f)
    return [g for g in groups.values() if g[0]]


def batches(work: list, parts: int) -> list[list]:
    """`work` cut into at most `parts` contiguous batches (stories vary in size; several per worker even out)."""
    size = max(1, -(-len(work) // parts))
    return [work[i:i + size] for i in range(0, len(work), size)]


def compare_stories(rules: list, work: list[tuple[list[Fact], list[Document]]],
                    levels: dict[str, str], disabled: set[str]) -> list:
    """The rule engine on each story of a batch: what an engine's worker runs."""
    from .rules import engine

    return [f for facts, docs in work for f in engine.run(rules, facts, docs, levels, disabled)]


def run(files: list[str], jobs: int, cache: Cache, fingerprint: str, assume_year: int | None,
        extra_dirs: tuple[str, ...], progress: Callable[[str], None] | None = None,
        limits: Limits = Limits(), pool: Executor | None = None) -> Iterator[tuple[str, str | None, Item]]:
    """Yield (path, cache key, item) in input order; `pool`: the engine session's, else one made here."""
    keys: dict[str, str | None] = {}
    todo: list[str] = []
    cached: dict[str, Item] = {}
    for f, key in zip(files, doc_keys(files, fingerprint, cache) if cache.enabled else (None,) * len(files)):
        keys[f] = key
        hit = cache.get(keys[f]) if keys[f] else None
        if hit is not None:
            cached[f] = hit
        else:
            todo.append(f)
    fresh: dict[str, Item] = {}
    if todo:
        from .extract import places

        places.use_cache(cache, fingerprint)
    jobs = max(1, min(jobs, os.cpu_count() or 1, (len(todo) + CHUNK - 1) // CHUNK or 1))
    if jobs > 1:
        chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
        with nullcontext(pool) if pool is not None else workers(jobs) as executor:
            args = [(c, assume_year, extra_dirs, limits, (cache, fingerprint)) for c in chunks]
            for chunk, items in zip(chunks, executor.map(_chunk_worker, args)):
                fresh.update(zip(chunk, items))
    for f in files:
        item = cached.get(f) or fresh.get(f)
        if item is None:
            item = extract_one(f, assume_year, extra_dirs, limits)
        if f not in cached and keys[f] and item[0] is not None:
            cache.put(keys[f], item)
        if progress:
            progress(f)
        yield f, keys[f], item
