"""A progress bar on stderr while documents are read, for runs long enough to wonder about.

Only on a terminal (never in a pipe, a CI log or a golden file), only when the corpus
is large, and transient: it disappears when the run ends, leaving the report alone.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MIN_DOCUMENTS = 50  # below this a run takes a second or two: a bar would only flicker

Callback = Callable[[str], None]


def wanted(paths: list[str], stream: object = None) -> int:
    """How many documents the bar will count, or 0 when there should be no bar."""
    stream = stream if stream is not None else sys.stderr
    if not getattr(stream, "isatty", lambda: False)():
        return 0
    from ..readers import find_files

    total = len(find_files(list(paths), []))
    return total if total >= MIN_DOCUMENTS else 0


@contextmanager
def bar(total: int) -> Iterator[Callback | None]:
    """Yield a callback to call once per document read (with its path), or None for no bar."""
    if total <= 0:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[path]}", style="dim", markup=False))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("reading", total=total, path="")

        last = [""]

        def advance(path: str) -> None:
            if path != last[0]:  # the records of a feed share its path: the bar counts files
                last[0] = path
                progress.update(task, advance=1, path=path[-50:])

        yield advance
