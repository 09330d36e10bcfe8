"""Story from the data: documents that name no story (feed records) grouped by event.

A feed has no folders, so records are grouped when they share a vocabulary (MinHash
of their words, with an LSH index of their bands to find candidates without comparing
every pair), were published within a few days of each other, and share a place, a
named entity or figures. Grouping is transitive (a chain of such links is one story)
and deterministic (fixed hash seed, documents in input order). A `story` field in a
record overrides it. `factcheck stories PATHS` prints each story and why.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..disjoint import DisjointSets
from ..model import Document, Fact

PERMUTATIONS = 128
BANDS = (64, 2)  # LSH bands x rows: two documents are candidates for half the pairs at Jaccard 0.1, 2.5% at 0.02
SIMILAR = 0.1  # estimated Jaccard of word sets to be grouped with two shared places, entities or figures, one a name
CLOSE = 0.2  # ... with one
ALONE = 0.4  # ... on vocabulary alone
WINDOW_DAYS = 3
BUCKET_DAYS = WINDOW_DAYS + 1  # one LSH index per bucket of days; a document queries its own and both neighbours
_WORD = re.compile(r"[a-z][a-z'’-]{3,}|\d[\d,.]*\d|\d")
_COMMON = frozenset("said says that with from have were this they their about after which would there been also more "
                    "than when into told what some other over them will could while where being these those".split())


@dataclass(frozen=True)
class Link:
    """Why two documents were put in one story."""

    a: str
    b: str
    similarity: float
    shared: tuple[str, ...]
    days: int | None


@dataclass(frozen=True)
class Story:
    name: str
    docs: tuple[str, ...]  # document paths, in input order
    links: tuple[Link, ...]


def _words(body: str) -> set[str]:
    return {w.rstrip(".,") for w in _WORD.findall(body.lower()) if w not in _COMMON}


def _marks(doc: Document, facts: list[Fact]) -> set[str]:
    """Places, entities and figures a document states: what two reports of one event share."""
    out = {doc.dateline_place} if doc.dateline_place else set()
    for f in facts:
        out.update(x for x in (f.place, f.entity) if x)
        if f.kind == "quantity" and f.value is not None and f.value.low is not None and f.value.low >= 3:
            out.add(f"{f.value.low:g} {f.measure or ''}".strip())
    return out


def _day(doc: Document) -> dt.date | None:
    try:
        return dt.date.fromisoformat(doc.day) if doc.day else None
    except ValueError:
        return None


def group(docs: list[Document], facts: Iterable[Fact]) -> list[Story]:
    """Stories for the documents without one (others are left as they are).

    Each document is compared only with earlier ones published within the window
    (one LSH index per few days) that are not yet in its story, so the work grows with
    the documents of each week, not with the square of the whole dump. `facts` may be the run's
    Spill (factcheck/spill.py): each document's text and facts are then read back one at a time."""
    from datasketch import MinHash

    from ..spill import Spill

    at = [n for n, d in enumerate(docs) if not d.story]
    todo = [docs[n] for n in at]
    if not todo:
        return []
    if isinstance(facts, Spill):
        store = facts
        facts_of = lambda i: store.facts(at[i])  # noqa: E731
        body_of = lambda i: store.text(at[i])[todo[i].body_start:]  # noqa: E731
    else:
        by_doc: dict[str, list[Fact]] = {}
        for f in facts:
            by_doc.setdefault(f.doc, []).append(f)
        facts_of = lambda i: by_doc.get(todo[i].id, [])  # noqa: E731
        body_of = lambda i: todo[i].body  # noqa: E731
    hashes: list[MinHash] = []
    marks: list[tuple[str, ...]] = []  # sorted and interned: a set of each record's names was ~3 KiB
    days: dict[int | None, _Bands] = {}  # bucket of days (None: undated) -> index of its documents
    sets = DisjointSets(len(todo))
    links: list[tuple[int, Link]] = []
    first = MinHash(num_perm=PERMUTATIONS, seed=1)  # its permutations are drawn once, not per document
    for i, d in enumerate(todo):
        m = MinHash(num_perm=PERMUTATIONS, seed=1, permutations=first.permutations, scheme=first.scheme)
        m.update_batch([w.encode() for w in sorted(_words(body_of(i)))])
        hashes.append(m)
        mine = _marks(d, facts_of(i))
        marks.append(tuple(sorted(sys.intern(x) for x in mine)))
        day = _day(d)
        key = None if day is None else day.toordinal() // BUCKET_DAYS
        near = [None] if key is None else [None, key - 1, key, key + 1]
        bands = _Bands.keys(m)
        candidates = sorted({j for k in near if k in days for j in days[k].query(bands)})
        for j in candidates:
            if sets.root(j) == sets.root(i):
                continue  # already in this story: no need to say why twice
            link = _link(todo[j], d, m.jaccard(hashes[j]), mine.intersection(marks[j]))
            if link is not None:
                links.append((i, link))
                sets.join(i, j)
        if key not in days:
            days[key] = _Bands()
        days[key].insert(i, bands)
    stories, names = [], Counter()  # type: ignore[var-annotated]
    for idx in sorted(sets.groups()):
        name = _name([todo[i] for i in idx], [marks[i] for i in idx])
        names[name] += 1
        name = name if names[name] == 1 else f"{name}-{names[name]}"
        inside = set(idx)
        stories.append(Story(name, tuple(todo[i].path for i in idx), tuple(lk for i, lk in links if i in inside)))
    return stories


class _Bands:
    """The candidates datasketch's MinHashLSH(params=BANDS) finds (documents equal in every row of some
    band), in a third of its memory: one dict per band from the band's bytes to its documents (an int
    for one, a list for more). MinHashLSH kept ~19 KiB per record: 1.9 GB for 100,000 feed records."""

    def __init__(self) -> None:
        self.tables: list[dict[bytes, int | list[int]]] = [{} for _ in range(BANDS[0])]

    @staticmethod
    def keys(m: Any) -> list[bytes]:
        rows, hv = BANDS[1], m.hashvalues
        return [hv[b * rows:(b + 1) * rows].tobytes() for b in range(BANDS[0])]

    def insert(self, i: int, keys: list[bytes]) -> None:
        for table, key in zip(self.tables, keys):
            got = table.get(key)
            if got is None:
                table[key] = i
            elif isinstance(got, list):
                got.append(i)
            else:
                table[key] = [got, i]

    def query(self, keys: list[bytes]) -> set[int]:
        out: set[int] = set()
        for table, key in zip(self.tables, keys):
            got = table.get(key)
            if isinstance(got, list):
                out.update(got)
            elif got is not None:
                out.add(got)
        return out


def _link(a: Document, b: Document, similarity: float, shared: set[str]) -> Link | None:
    """A link when the words are close and the two share names (places, people, bodies) or,
    for very close words, when they name no different dateline places."""
    da, db = _day(a), _day(b)
    days = abs((da - db).days) if da and db else None
    if days is not None and days > WINDOW_DAYS:
        return None
    names = {m for m in shared if not m[0].isdigit()}
    elsewhere = bool(a.dateline_place and b.dateline_place and a.dateline_place != b.dateline_place)
    if (similarity >= ALONE and not elsewhere) or (similarity >= CLOSE and names) \
            or (similarity >= SIMILAR and len(shared) >= 2 and names):
        return Link(a.path, b.path, round(similarity, 2), tuple(sorted(shared)), days)
    return None


def _name(docs: list[Document], marks: list[tuple[str, ...]] | list[set[str]]) -> str:
    """`millbrook-2025-04-11`: the place most members name, and the first day."""
    places = Counter(d.dateline_place for d in docs if d.dateline_place)
    if not places:
        places = Counter(m for ms in marks for m in sorted(ms) if not m[0].isdigit())  # sorted: a tie goes the same way in every process
    days = sorted(d.day for d in docs if d.day)
    words = [places.most_common(1)[0][0] if places else "story", *(days[:1] or [])]
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-") or "story"


def assign(docs: list[Document], facts: Iterable[Fact]) -> tuple[list[Document], list[Story]]:
    """Documents with their grouped story set, and the stories (for `factcheck stories`)."""
    stories = group(docs, facts)
    story_of = {p: s.name for s in stories for p in s.docs}
    return [replace(d, story=story_of[d.path]) if d.path in story_of else d for d in docs], stories
