"""Comparison of a spilled run (factcheck/spill.py), story by story, in the session's pool.

The comparison and the scorecard's tally were the serial tail of a --jobs run: after the
workers had extracted every report, the parent alone read each story's facts back, ran the
rules, and read every story's facts back once more for the scorecard (2,000 reports: ~2 s of
a 13 s run). Workers read the spill file themselves (it is a named file; they get offsets,
not facts), run the rules and tally the scorecard for a batch of stories, and send back only
the findings and the tally; the parent stores each story's findings as they come, in story
order. Without a pool the same function runs in this process, so the report is the same for
any --jobs.
"""
from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from typing import Any

from .model import Document, Fact, Finding
from .spill import Findings, Spill, read_facts

STORIES_PER_TASK = 8
AHEAD = 16  # tasks in flight per worker: bounded, so a feed of 100,000 stories is streamed


def compare(rules: list, spill: Spill, docs: list[Document], levels: dict[str, str], disabled: set[str],
            pool: Executor | None, jobs: int = 1) -> Findings:
    """Every story's findings (spill.Findings, tagged with the story's position) and the scorecard tally."""
    from .report.scorecard import _Tally

    spill.flush()
    out = Findings()
    tasks = _tasks(spill, docs)
    if pool is None or jobs < 2:
        results: Iterator[list] = (compare_batch((spill.path, rules, batch, levels, disabled)) for batch in tasks)
    else:  # submitted now; collected when the report first needs the findings (its facts are written meanwhile)
        results = _in_pool(pool, tasks, (spill.path, rules), (levels, disabled), jobs)
    out.defer((item for batch in results for item in batch), _Tally())
    return out


def _tasks(spill: Spill, docs: list[Document]) -> Iterator[list[tuple[int, list[tuple[int, int]], list[Document]]]]:
    """Batches of (story position, its documents' fact spans, its documents), in story order
    (Spill.groups: a story without facts has no position)."""
    numbered = ((n, [spill.span(i) for i in idx], [docs[i] for i in idx]) for n, idx in enumerate(spill.groups(docs)))
    while batch := list(itertools.islice(numbered, STORIES_PER_TASK)):
        yield batch


def _in_pool(pool: Executor, tasks: Iterator[list], head: tuple, tail: tuple, jobs: int) -> Iterator[list]:
    """The first AHEAD * jobs tasks submitted at once (not when the results are first read); then
    one more each time one is collected: memory stays bounded on a feed of 100,000 stories."""
    flight = collections.deque(_submit(pool, (*head, batch, *tail)) for batch in itertools.islice(tasks, AHEAD * jobs))

    def collect() -> Iterator[list]:
        while flight:
            done = flight.popleft().result()
            more = next(tasks, None)
            if more is not None:
                flight.append(_submit(pool, (*head, more, *tail)))
            yield done
    return collect()


def _submit(pool: Executor, args: tuple) -> Future:
    """To the pool; here when its session has ended (a caller of api.check reading the findings after
    the run: the tasks submitted before then have finished, the rest are compared here)."""
    try:
        return pool.submit(compare_batch, args)
    except RuntimeError:
        done: Future = Future()
        done.set_result(compare_batch(args))
        return done


def compare_batch(args: tuple[str, list, list, dict[str, str], set[str]]) -> list[tuple[int, list[Finding], Any]]:
    """(position, findings, scorecard tally) for each story of a batch, its facts read from the spill file."""
    from .report.scorecard import story_tally
    from .rules import engine

    path, rules, batch, levels, disabled = args
    out = []
    with open(path, "rb") as fh:
        for tag, spans, docs in batch:
            facts: list[Fact] = [f for span in spans for f in read_facts(fh, span)]
            found = engine.run(rules, facts, docs, levels, disabled)
            out.append((tag, found, story_tally(facts, docs, found)))
    return out
