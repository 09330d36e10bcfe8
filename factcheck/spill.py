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

import pickle
import tempfile
from array import array
from collections.abc import Iterator
from typing import IO

from .model import Document, Fact


class Spill:
    """Facts and text per document, by position in the run's documents (input order)."""

    def __init__(self) -> None:
        self._fh: IO[bytes] = tempfile.TemporaryFile(prefix="factcheck-spill-")  # gone when closed or collected
        self._facts = array("q")  # offset of each document's facts
        self._texts = array("q")  # ... and of its text
        self._count = 0

    def add(self, text: str, facts: list[Fact]) -> None:
        """The next document's text and facts (its position: the number added before it)."""
        fh = self._fh
        fh.seek(0, 2)
        self._facts.append(fh.tell())
        pickle.dump(facts, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._texts.append(fh.tell())
        pickle.dump(text, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += len(facts)

    def facts(self, i: int) -> list[Fact]:
        self._fh.seek(self._facts[i])
        return pickle.load(self._fh)  # noqa: S301 - our own temporary file

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

    def stories(self, docs: list[Document]) -> Iterator[tuple[list[Fact], list[Document]]]:
        """(facts, documents) per story, one story loaded at a time: parallel.stories' groups, in its order."""
        members: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            members.setdefault(d.story or "default", []).append(i)
        for idx in members.values():
            facts = [f for i in idx for f in self.facts(i)]
            if facts:
                yield facts, [docs[i] for i in idx]

    def close(self) -> None:
        self._fh.close()
