"""A run's facts and texts on disk, not in memory (issue 18: a 100,000-record dump in flat memory).

The parent of a run used to hold every document's text and every fact until the report was
written (100,000 feed records: ~1.4 GB). A Spill writes each document's facts and text to one
temporary file as extraction yields them, in input order, and keeps only two offsets per
document; the run then compares story by story, loading one story's facts at a time
(api.py), and reporters read the facts back in input order (json, csv) or only the facts the
findings cite (report/common.py). Iterating a Spill gives the facts as the list did, and
`len()` their number, so code written for a list reads it unchanged.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
import weakref
from array import array
from dataclasses import dataclass
from collections.abc import Callable, Iterator
from typing import IO, Any

from .model import Document, Fact, Finding


@dataclass(frozen=True)
class Packed:
    """One document's facts as a pool worker pickled them (parallel._chunk_worker). The parent
    writes them to the spill as they are: it never builds the Fact objects only to pickle them
    again (at 2,000 reports, --jobs 2, that was ~1 s of the parent's serial CPU)."""

    blob: bytes
    count: int

    @classmethod
    def of(cls, facts: list[Fact]) -> Packed:
        return cls(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL), len(facts))

    def unpack(self) -> list[Fact]:
        return pickle.loads(self.blob)  # noqa: S301 - pickled by our own worker


def unpacked(facts: list[Fact] | Packed) -> list[Fact]:
    return facts.unpack() if isinstance(facts, Packed) else facts


class Spill:
    """Facts and text per document, by position in the run's documents (input order)."""

    def __init__(self) -> None:
        fd, self.path = tempfile.mkstemp(prefix="factcheck-spill-")  # named: the pool's workers read it too
        self._fh: IO[bytes] = os.fdopen(fd, "w+b")
        self._gone = weakref.finalize(self, _remove, self._fh, self.path)  # when closed, collected, or at exit
        self._facts = array("q")  # offset of each document's facts
        self._texts = array("q")  # ... and of its text
        self._sizes = array("q")  # ... and how many facts it has
        self._count = 0

    def add(self, text: str, facts: list[Fact] | Packed) -> None:
        """The next document's text and facts (its position: the number added before it)."""
        fh = self._fh
        fh.seek(0, 2)
        self._facts.append(fh.tell())
        if isinstance(facts, Packed):
            fh.write(facts.blob)  # the very bytes pickle.dump would write
            self._sizes.append(facts.count)
        else:
            pickle.dump(facts, fh, protocol=pickle.HIGHEST_PROTOCOL)
            self._sizes.append(len(facts))
        self._count += self._sizes[-1]
        self._texts.append(fh.tell())
        pickle.dump(text, fh, protocol=pickle.HIGHEST_PROTOCOL)

    def span(self, i: int) -> tuple[int, int]:
        """Where document i's facts lie in the file (offset, length): what a worker reads."""
        return self._facts[i], self._texts[i] - self._facts[i]

    def count(self, i: int) -> int:
        """How many facts document i has."""
        return self._sizes[i]

    def flush(self) -> None:
        self._fh.flush()

    def facts(self, i: int) -> list[Fact]:
        return read_facts(self._fh, self.span(i))

    def text(self, i: int) -> str:
        self._fh.seek(self._texts[i])
        return pickle.load(self._fh)  # noqa: S301 - our own temporary file

    def by_document(self) -> Iterator[list[Fact]]:
        """Each document's facts in turn (a read may come between two: every read seeks)."""
        return (self.facts(i) for i in range(len(self._facts)))

    def __iter__(self) -> Iterator[Fact]:
        return (f for facts in self.by_document() for f in facts)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def groups(self, docs: list[Document]) -> list[list[int]]:
        """The positions of each story's documents, stories in first-seen order (parallel.stories'
        order), a story without facts left out: what stories() loads and the pool's tasks name."""
        members: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            members.setdefault(d.story or "default", []).append(i)
        return [idx for idx in members.values() if any(self._sizes[i] for i in idx)]

    def stories(self, docs: list[Document]) -> Iterator[tuple[list[Fact], list[Document]]]:
        """(facts, documents) per story, one story loaded at a time."""
        for idx in self.groups(docs):
            yield [f for i in idx for f in self.facts(i)], [docs[i] for i in idx]

    def close(self) -> None:
        self._gone()


def read_facts(fh: IO[bytes], span: tuple[int, int]) -> list[Fact]:
    """One document's facts from a spill file, at Spill.span(i): the parent reads them so, and so
    does a pool worker comparing stories (factcheck/comparing.py) with its own handle on the file."""
    fh.seek(span[0])
    return pickle.loads(fh.read(span[1]))  # noqa: S301 - the run's own spill file


def _remove(fh: IO[bytes], path: str) -> None:
    fh.close()
    with contextlib.suppress(OSError):
        os.unlink(path)


class Findings:
    """A run's findings on disk, one batch per story as the comparison yields them (issue 18: the
    findings of a 100,000-record dump, ~1.6 KB each and ~3 per record, were the run's growth).
    Iterating gives them in the report's order (rules.engine.order, story first): batches are
    read in the order of their first finding, and batches whose ranges overlap are merged.
    `batches()` gives them as they were added, with their tag (the story's position), for a
    reporter that walks the stories alongside (report/scorecard.py)."""

    def __init__(self, fh: IO[bytes] | None = None, index: list[tuple] | None = None) -> None:
        self._fh: IO[bytes] = fh or tempfile.TemporaryFile(prefix="factcheck-findings-")
        self._index: list[tuple] = index or []  # (first key, last key, offset, length, count, tag) per batch
        self._count = sum(e[4] for e in self._index)
        self._tally: Any = None  # the scorecard's tally, when the comparison made it (factcheck/comparing.py)
        self._pending: Iterator[tuple[int, list[Finding], Any]] | None = None

    def defer(self, results: Iterator[tuple[int, list[Finding], Any]], tally: Any) -> None:
        """Stories still being compared (in the pool): (tag, findings, tally) each, added to `tally`
        when the findings are first needed, so the report's documents and facts are written meanwhile."""
        self._pending, self._tally = results, tally

    def _settle(self) -> None:
        pending, self._pending = self._pending, None
        for tag, found, tally in pending or ():
            self.add(found, tag)
            self._tally.add(tally)

    @property
    def tally(self) -> Any:
        self._settle()
        return self._tally

    @tally.setter
    def tally(self, value: Any) -> None:
        self._settle()
        self._tally = value

    def add(self, findings: list[Finding], tag: int) -> None:
        """One story's findings (any order), kept as one sorted batch."""
        if not findings:
            return
        from .rules.engine import order

        batch = sorted(findings, key=order)
        fh = self._fh
        fh.seek(0, 2)
        at = fh.tell()
        pickle.dump(batch, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._index.append((order(batch[0]), order(batch[-1]), at, fh.tell() - at, len(batch), tag))
        self._count += len(batch)

    def _load(self, entry: tuple) -> list[Finding]:
        self._fh.seek(entry[2])
        return pickle.load(self._fh)  # noqa: S301 - our own temporary or cache file

    def batches(self) -> Iterator[tuple[int, list[Finding]]]:
        self._settle()
        return ((e[5], self._load(e)) for e in self._index)

    def __iter__(self) -> Iterator[Finding]:
        from .rules.engine import order

        self._settle()

        group: list[tuple] = []
        for entry in sorted(self._index, key=lambda e: (e[0], e[2])):
            if group and entry[0] > max(e[1] for e in group):
                yield from _merged(self, group, order)
                group = []
            group.append(entry)
        yield from _merged(self, group, order)

    def __len__(self) -> int:
        self._settle()
        return self._count

    def __bool__(self) -> bool:
        self._settle()
        return self._count > 0

    def save(self, fh: IO[bytes]) -> None:
        """The batches and their index to `fh` (the run cache), one batch in memory at a time."""
        self._settle()
        pickle.dump(("factcheck-findings", self._index, self._tally), fh, protocol=pickle.HIGHEST_PROTOCOL)
        for e in self._index:
            self._fh.seek(e[2])
            fh.write(self._fh.read(e[3]))
        fh.flush()

    @classmethod
    def load(cls, fh: IO[bytes]) -> Findings | None:
        """What save() wrote, read in place (only the index now); None if `fh` holds something else."""
        head = pickle.load(fh)  # noqa: S301 - our own cache directory
        if not (isinstance(head, tuple) and len(head) == 3 and head[0] == "factcheck-findings"):
            return None
        at, index = fh.tell(), []
        for e in head[1]:
            index.append((e[0], e[1], at, e[3], e[4], e[5]))
            at += e[3]
        out = cls(fh, index)
        out._tally = head[2]
        return out

    def close(self) -> None:
        self._fh.close()


def _merged(store: Findings, group: list[tuple], order: Callable[[Finding], tuple]) -> Iterator[Finding]:
    if len(group) == 1:
        yield from store._load(group[0])
    elif group:
        yield from sorted((f for e in group for f in store._load(e)), key=order)
