"""The values that flow through the pipeline: Document -> Fact -> Finding.

All frozen, so a stage can never change what an earlier stage produced, and
every fact carries its evidence so a reader can always see *why*.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any


def stable_id(*parts: object, length: int = 12) -> str:
    """An id derived from content only, so ids are the same across runs and machines."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:length]


def _by_position(cls: type) -> type:
    """Pickle a slotted frozen dataclass as (class, field values): the default for slots,
    dataclasses' __setstate__, calls fields() and object.__setattr__ once per field and
    object, which was most of the parent's time unpickling facts from the workers (--jobs)."""
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self: Any) -> tuple:
        return cls, tuple([getattr(self, n) for n in names])

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@dataclass(frozen=True)
class Document:
    """One report. `text` is the whole file as decoded (or the text extracted from a
    page or a feed record); `body_start` is where the report body begins (after front
    matter), so evidence offsets stay offsets of `text`."""

    id: str
    path: str
    text: str
    body_start: int = 0
    outlet: str | None = None
    published: str | None = None  # ISO date or datetime
    story: str | None = None
    title: str | None = None
    dateline_place: str | None = None
    ignore: tuple[str, ...] = ()  # rule ids suppressed by front matter
    source: str | None = None  # the file a feed record came from (`path` is then `dump.jsonl:LINE`)
    extracted: bool = False  # text extracted from HTML: evidence lines are lines of `text`, not of the source
    url: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def day(self) -> str | None:
        return self.published[:10] if self.published else None


@_by_position
@dataclass(frozen=True, slots=True)  # slots: hundreds of thousands are held for a report
class Evidence:
    """Where a fact was read: file offsets, 1-based line and column, the sentence."""

    start: int
    end: int
    line: int
    column: int
    sentence: str


@_by_position
@dataclass(frozen=True, slots=True)  # slots: hundreds of thousands are held for a report
class Value:
    """An interval as the text states it. None bounds are unbounded; `approx`
    marks hedged or vague figures, which the comparison widens by a tolerance."""

    low: float | None
    high: float | None
    approx: bool = False
    text: str = ""
    vague: bool = False

    def bounds(self) -> tuple[float, float]:
        return (0.0 if self.low is None else self.low,
                float("inf") if self.high is None else self.high)


@_by_position
@dataclass(frozen=True, slots=True)  # slots: hundreds of thousands are held for a report
class Fact:
    id: str
    doc: str
    kind: str  # quantity | meeting | quote | entity
    evidence: Evidence
    measure: str | None = None
    value: Value | None = None
    unit: str | None = None
    place: str | None = None
    time: tuple[str, str] | None = None  # ISO start, end
    source: str | None = None
    previous: Value | None = None  # the earlier figure of a revision ("rose to 60 from 26")
    revision: bool = False  # the text signals an update ("rose to", "revised", "another")
    participants: tuple[str, ...] = ()
    complete: bool | None = None
    speaker: str | None = None
    text: str | None = None
    entity: str | None = None  # canonical name, for entity mentions
    extra: tuple[tuple[str, Any], ...] = ()


@_by_position
@dataclass(frozen=True, slots=True)  # slots: hundreds of thousands are held for a report
class Finding:
    id: str
    rule: str
    status: str  # agree | conflict | update | variant | single-source
    level: str  # error | warning | info
    kind: str
    facts: tuple[str, ...]
    message: str
    measure: str | None = None
    story: str | None = None
    place: str | None = None
    time: tuple[str, str] | None = None
    detail: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class InputError:
    """A problem with one input (document, rule file, config): reported, never fatal alone."""

    path: str
    line: int | None
    message: str


@dataclass
class Result:
    """What `check()` returns: everything a reporter needs."""

    documents: list[Document] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    rules: list[Any] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    stories: list[Any] = field(default_factory=list)  # stories grouped from the data (readers/stories.py)
    cache_key: str = ""  # documents + rules fingerprint, when the cache is on: keys the run's findings
    texts: Any = None  # the Spill (factcheck/spill.py) holding each document's text when `documents` carry none
