"""The dask engine: the same extraction and rule functions, run on a Dask cluster.

It implements the interface of factcheck/engines/__init__.py with the local engine's own
functions: extraction maps `parallel.extract_one` over chunks of paths (one task per chunk),
results in input order; comparison maps `parallel.compare_stories` over batches of stories
and re-sorts the merged findings with the engine's own order, so the report is
byte-identical to the local engine's.

Paths may be fsspec URLs (`s3://bucket/news/*.md`, `gcs://…`, `file://…`): they are
expanded here and read on the workers. Needs `pip install factcheck[dask]`; nothing
here is imported by the default install.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..config import Config
from ..model import Document, Fact, Finding, InputError
from ..parallel import CHUNK, Item
from . import EngineError

_active: Any = None  # the client of the session in progress (api.check uses one for both stages)


keeps_cache = False  # see Engine in engines/__init__.py
spills = False

def _distributed():  # type: ignore[no-untyped-def]
    try:
        import distributed
    except ImportError:
        raise EngineError("--engine dask needs Dask: pip install 'factcheck[dask]'") from None
    return distributed


@contextmanager
def session(config: Config) -> Iterator[Any]:
    """A client: to `config.scheduler`, else to a LocalCluster started (and closed) here. Re-entrant."""
    global _active
    if _active is not None:
        yield _active
        return
    distributed = _distributed()
    cluster = None
    try:
        if config.scheduler:
            client = distributed.Client(config.scheduler)
        else:
            cluster = distributed.LocalCluster(n_workers=config.jobs or os.cpu_count() or 1, threads_per_worker=1,
                                               processes=True, dashboard_address=":0")
            client = distributed.Client(cluster)
    except OSError as e:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler {config.scheduler}: {e}") from None
    _active = client
    try:
        yield client
    finally:
        _active = None
        client.close()
        if cluster is not None:
            cluster.close()


def find_files(paths: list[str], errors: list[InputError]) -> list[str]:
    """Local paths exactly as the local engine finds them; fsspec URLs expanded (globs, directories)."""
    from ..readers import display
    from ..readers import find_files as find_local
    from ..readers.decoding import is_url
    from ..readers.files import suffix_of, suffixes

    if not any(is_url(p) for p in paths):
        return find_local(paths, errors)
    found: list[str] = []
    for p in paths:
        if not is_url(p):
            found.extend(find_local([p], errors))
            continue
        import fsspec

        try:
            fs, root = fsspec.core.url_to_fs(p)
            if fsspec.core.has_magic(root):
                matches = sorted(fs.glob(root))
            elif fs.isdir(root):
                matches = sorted(m for m in fs.find(root) if suffix_of(m) in suffixes()
                                 and not any(part.startswith(".") for part in m[len(root):].split("/")))
            else:
                matches = [root] if fs.exists(root) else []
        except (ImportError, ValueError) as e:  # no backend for the protocol (s3fs, gcsfs), or a bad URL
            errors.append(InputError(display(p), None, f"cannot read: {e}"))
            continue
        except OSError as e:
            errors.append(InputError(display(p), None, f"cannot read: {e.strerror or e}"))
            continue
        if not matches:
            errors.append(InputError(display(p), None, "no files match this pattern"))
        found.extend(fs.unstrip_protocol(m) for m in matches)
    return list(dict.fromkeys(found))


def extract(entries: Any, config: Config, progress: Callable[[str], None] | None = None) -> Iterator[tuple[None, Item]]:
    """`parallel.extract_one` over chunks of entries on the cluster; (no cache key, item) in input order.

    Entries are streamed: at most a few chunks per worker are read ahead and in flight, so a
    feed of 100,000 records is never held whole (a small corpus is still split over every worker)."""
    from collections import deque
    from itertools import islice

    from .. import parallel
    from ..readers import options_of

    source = iter(entries)
    with session(config) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        ahead = workers * 4
        first = list(islice(source, ahead * CHUNK))
        if not first:
            return
        size = max(1, min(CHUNK, -(-len(first) // ahead)))
        args = (tuple(config.rule_dirs), options_of(config), config.limits)

        def chunks() -> Iterator[list[Any]]:
            for i in range(0, len(first), size):
                yield first[i:i + size]
            first.clear()
            while chunk := list(islice(source, size)):
                yield chunk

        flight: deque = deque()
        for chunk in chunks():
            flight.append((chunk, client.submit(_here, os.getcwd(), parallel._chunk_worker, (chunk, *args), pure=False)))
            if len(flight) >= ahead:
                yield from _done(flight.popleft(), progress)
        while flight:
            yield from _done(flight.popleft(), progress)


def _done(pending: tuple[list[Any], Any], progress: Callable[[str], None] | None) -> Iterator[tuple[None, Item]]:
    chunk, future = pending
    items = future.result()
    future.release()
    for entry, item in zip(chunk, items):
        if progress:
            progress(getattr(entry, "path", entry))
        yield None, item


def _here(cwd: str, fn: Callable[[Any], Any], arg: Any) -> Any:
    """fn(arg) in the caller's working directory, when the worker has it, so relative paths (and the
    paths printed in the report) are the same as with the local engine; otherwise paths must be absolute or URLs."""
    if os.getcwd() != cwd and os.path.isdir(cwd):
        os.chdir(cwd)
    return fn(arg)


def compare(rules: list, facts: list[Fact], docs: list[Document], config: Config) -> list[Finding]:
    """`parallel.compare_stories` on batches of stories on the cluster, merged and sorted as the engine sorts."""
    from .. import parallel
    from ..rules import engine

    work = parallel.stories(facts, docs)
    if not work:
        return []
    with session(config) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        batches = parallel.batches(work, workers * 4)
        [shared] = client.scatter([rules], broadcast=True, hash=False)
        data = client.scatter(batches, hash=False)  # straight to the workers, not through the scheduler's task graph
        futures = client.map(parallel.compare_stories, [shared] * len(batches), data,
                             levels=dict(config.levels), disabled=set(config.disabled), pure=False)
        findings = [f for part in client.gather(futures) for f in part]
    return sorted(findings, key=engine.order)
