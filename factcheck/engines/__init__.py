"""Where the pipeline's functions run, behind one small interface (`Engine`).

`local` (the default, factcheck/engines/local.py) uses a process pool on this machine;
`dask` (factcheck/engines/dask.py, `pip install factcheck[dask]`) spreads the same functions
over a Dask cluster. Both run the same stages: find files, extract each document, compare
each story; an engine never has its own copy of extraction or rule code, and the report
is byte-identical whichever runs it.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol

ENGINES = ("local", "dask")


class EngineError(Exception):
    """An engine cannot run (Dask not installed, no scheduler at the address)."""


class Engine(Protocol):
    keeps_cache: bool  # extraction is cached per document (so the run's findings can be cached too)
    spills: bool  # texts and facts may go to a spill file of this process (factcheck/spill.py)

    def session(self, config: Any) -> AbstractContextManager[Any]:
        """Workers for the whole run (extraction and comparison share them); re-entrant."""

    def find_files(self, paths: list[str], errors: list) -> list[str]: ...

    def extract(self, entries: Any, config: Any,
                progress: Callable[[str], None] | None) -> Iterator[tuple[str | None, Any]]:
        """(cache key or None, (document, facts, errors)) per entry (factcheck/readers: a file or a feed record), in input order."""

    def compare(self, rules: list, facts: list, docs: list, config: Any) -> list:
        """The findings of every story, in the rule engine's order."""


def get(name: str) -> Engine:
    if name not in ENGINES:
        raise EngineError(f"unknown engine {name!r}; known: {', '.join(ENGINES)}")
    return importlib.import_module(f"{__name__}.{name}")  # type: ignore[return-value]  # modules satisfy the protocol
