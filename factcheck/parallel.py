"""Extraction of many documents: cached, and spread over processes with --jobs.

Documents are processed in chunks (one task per chunk, not per document, so the
per-task overhead stays small) and in windows of a few chunks per process, so a
feed of a million records is streamed, never held whole; results come back in
input order, so the output is byte-identical for any --jobs and for a cold or warm cache.
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator

from .cache import Cache, doc_key
from .model import Document, Fact, InputError
from .readers import Entry, Options, read

Item = tuple[Document | None, list[Fact], list[InputError]]
CHUNK = 32
WINDOW = 8  # chunks per process held at a time


def extract_one(entry: Entry | str, assume_year: int | None, extra_dirs: tuple[str, ...],
                options: Options | None = None) -> Item:
    """Read and extract one document; every problem becomes an InputError, never an exception."""
    from .extract import extract_document

    entry = Entry(entry) if isinstance(entry, str) else entry
    errors: list[InputError] = []
    doc = read(entry, errors, options or Options(assume_year))
    facts: list[Fact] = []
    if doc is not None:
        try:
            facts = extract_document(doc, extra_dirs)
        except Exception as e:  # one bad document must never take the run down  # noqa: BLE001
            errors.append(InputError(doc.path, None, f"extraction failed: {type(e).__name__}: {e}"))
    return doc, facts, errors


def _chunk_worker(args: tuple) -> list[Item]:
    """(entries, assume_year, rule dirs[, (cache, fingerprint) or None[, options]]): the dask engine passes no cache."""
    paths, assume_year, extra_dirs = args[:3]
    if len(args) > 3 and args[3] is not None:
        from .extract import places

        places.use_cache(*args[3])
    options = args[4] if len(args) > 4 else None
    return [extract_one(p, assume_year, extra_dirs, options) for p in paths]


def run(files: Iterable[Entry | str], jobs: int, cache: Cache, fingerprint: str, assume_year: int | None,
        extra_dirs: tuple[str, ...], progress: Callable[[str], None] | None = None,
        options: Options | None = None) -> Iterator[tuple[str, str | None, Item]]:
    """Yield (document name, cache key, item) in input order."""
    source = iter(Entry(f) if isinstance(f, str) else f for f in files)
    cpus = max(1, min(jobs, os.cpu_count() or 1))
    pool = None
    try:
        while True:
            window = list(itertools.islice(source, CHUNK * WINDOW * cpus))
            if not window:
                return
            keys = [doc_key(fingerprint, e) for e in window]
            cached = [cache.get(k) if k else None for k in keys]
            todo = [e for e, hit in zip(window, cached) if hit is None]
            if todo:
                from .extract import places

                places.use_cache(cache, fingerprint)
            fresh: Iterable[Item] = ()
            workers = min(cpus, (len(todo) + CHUNK - 1) // CHUNK)
            if workers > 1 or (pool is not None and todo):
                if pool is None:
                    from concurrent.futures import ProcessPoolExecutor

                    pool = ProcessPoolExecutor(max_workers=cpus if len(window) == CHUNK * WINDOW * cpus else workers)
                chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
                args = [(c, assume_year, extra_dirs, (cache, fingerprint), options) for c in chunks]
                fresh = [item for items in pool.map(_chunk_worker, args) for item in items]
            else:
                fresh = (extract_one(e, assume_year, extra_dirs, options) for e in todo)  # lazily: progress per document
            made = iter(fresh)
            for entry, key, hit in zip(window, keys, cached):
                item = hit if hit is not None else next(made)
                if hit is None and key and item[0] is not None:
                    cache.put(key, item)
                if progress:
                    progress(entry.path)
                yield entry.name, key, item
    finally:
        if pool is not None:
            pool.shutdown()
