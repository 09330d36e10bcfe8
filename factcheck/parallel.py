"""Extraction of many documents: cached, and spread over processes with --jobs.

Documents are processed in chunks (one task per chunk, not per document, so the
per-task overhead stays small) and in windows of a few chunks per process, so a
feed of a million records is streamed, never held whole; results come back in
input order, so the output is byte-identical for any --jobs and for a cold or warm cache.
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from .budget import Limits, cap_figures, density_problem, size_problem
from .ci.cache import Cache, doc_keys, save_stat_index, stat_index
from .model import Document, Fact, InputError
from .readers import Entry, Options, read

Item = tuple[Document | None, list[Fact], list[InputError]]
CHUNK = 32
WINDOW = 8  # chunks per process held at a time


def extract_one(entry: Entry | str, assume_year: int | None, extra_dirs: tuple[str, ...],
                options: Options | None = None, limits: Limits = Limits()) -> Item:
    """Read and extract one document; every problem becomes an InputError, never an exception.

    A document over the budget (factcheck/budget.py) is skipped or its figures cut, with a warning."""
    from .extract import extract_document

    entry = Entry(entry) if isinstance(entry, str) else entry
    errors: list[InputError] = []
    too_big = size_problem(entry, limits)
    if too_big:
        return None, [], [InputError(entry.name, None, too_big)]
    doc = read(entry, errors, options or Options(assume_year))
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
    """(entries, rule dirs, options, limits[, (cache, fingerprint)]): the dask engine passes no cache."""
    entries, extra_dirs, options, limits = args[:4]
    if len(args) > 4:  # the local pool: facts go back pickled once, as the parent's spill stores them
        from .extract import places
        from .spill import Packed

        places.use_cache(*args[4])
        return [(doc, Packed.of(facts), errors)
                for doc, facts, errors in (extract_one(e, options.assume_year, extra_dirs, options, limits) for e in entries)]
    return [extract_one(e, options.assume_year, extra_dirs, options, limits) for e in entries]


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


def run(files: Iterable[Entry | str], jobs: int, cache: Cache, fingerprint: str, extra_dirs: tuple[str, ...],
        options: Options, progress: Callable[[str], None] | None = None,
        limits: Limits = Limits(), pool: Executor | None = None) -> Iterator[tuple[str, str | None, Item]]:
    """Yield (document name, cache key, item) in input order, a window of entries at a time (a feed is
    streamed); `pool`: the engine session's, else one made here when there is work for several."""
    source = iter(Entry(f) if isinstance(f, str) else f for f in files)
    cpus = max(1, min(jobs, os.cpu_count() or 1))
    index = stat_index(cache, fingerprint)
    seen: dict = {}
    pending: collections.deque = collections.deque()  # windows submitted, not yet yielded
    with contextlib.ExitStack() as stack:
        while True:
            window = list(itertools.islice(source, CHUNK * WINDOW * cpus))
            if window:
                keys = doc_keys(window, fingerprint, index, seen) if cache.enabled else [None] * len(window)
                cached = [cache.get(k) if k else None for k in keys]
                todo = [e for e, hit in zip(window, cached) if hit is None]
                if todo:
                    from .extract import places

                    places.use_cache(cache, fingerprint)
                fresh: Iterable[Item] | list = ()
                workers_wanted = min(cpus, (len(todo) + CHUNK - 1) // CHUNK)
                if workers_wanted > 1 or (pool is not None and todo and cpus > 1):
                    if pool is None:
                        pool = stack.enter_context(workers(cpus))
                    fresh = [pool.submit(_chunk_worker, (todo[i:i + CHUNK], extra_dirs, options, limits, (cache, fingerprint)))
                             for i in range(0, len(todo), CHUNK)]
                else:
                    fresh = (extract_one(e, options.assume_year, extra_dirs, options, limits) for e in todo)  # lazily: progress per document
                pending.append((window, keys, cached, fresh))
                if isinstance(fresh, list) and len(pending) < 2:
                    continue  # the workers start on the next window while this one is read back: no idle gap between windows
            if not pending:
                break
            window, keys, cached, fresh = pending.popleft()
            made = iter(_results(fresh) if isinstance(fresh, list) else fresh)
            for entry, key, hit in zip(window, keys, cached):
                item = hit if hit is not None else next(made)
                if hit is None and key and item[0] is not None:
                    cache.put(key, item)
                if progress:
                    progress(entry.path)
                yield entry.name, key, item
    save_stat_index(cache, fingerprint, index, seen)


def _results(futures: list) -> Iterator[Item]:
    """The items of submitted chunks, in submission order."""
    for future in futures:
        yield from future.result()
