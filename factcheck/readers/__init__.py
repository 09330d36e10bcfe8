"""Readers: files of each input format -> Documents, behind one small interface.

A reader is a module (named for its suffixes in READERS) with `read(entry, errors, options) -> Document | None`
and, for a format holding many documents per file (a feed), `entries(path, errors)`
yielding one Entry per record. Every problem becomes an InputError naming the file
and line; a reader never raises for bad input. Offsets in a document's text map to a
location with `locate()`: the file's own line for Markdown, a line of the extracted
text for HTML (`Document.extracted`), a line of the record's text for a feed record
(whose path says `dump.jsonl:LINE`).
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType

from ..model import Document, InputError
from .files import display, find_files, suffix_of
from .registry import READERS

__all__ = ["Entry", "Options", "READERS", "display", "entries", "find_files", "fingerprint_settings", "load_corpus", "locate", "options_of", "read", "reader_for"]



@dataclass(frozen=True)
class Options:
    """Settings that change what a reader yields; part of every cache key."""

    assume_year: int | None = None
    fields: tuple[tuple[str, str], ...] = ()  # document field -> record key, for feeds (--field text=body)
    outlets: tuple[tuple[str, str], ...] = ()  # domain -> outlet name, overriding what a page or record says


@dataclass(frozen=True)
class Entry:
    """One document to read: a whole file, or one record of a feed (its line and bytes)."""

    path: str
    line: int | None = None
    raw: bytes | None = None

    @property
    def name(self) -> str:
        """`report.md`, or `dump.jsonl:12` for a record: the document's path in every report."""
        shown = display(self.path)
        return shown if self.line is None else f"{shown}:{self.line}"


def options_of(config: object) -> Options:
    """The reader settings of a Config (config.py): its year, feed field names and outlets per domain."""
    return Options(getattr(config, "assume_year", None), tuple(sorted(getattr(config, "fields", {}).items())),
                   tuple(sorted(getattr(config, "outlets", {}).items())))


def fingerprint_settings(options: Options) -> tuple[Options, ...]:
    """Reader settings for the cache fingerprint: none by default, so a default run's keys stay as they were."""
    return () if options == Options(options.assume_year) else (options,)


def reader_for(path: str) -> ModuleType:
    """The reader module for a file; Markdown/text for anything unknown (a file named on the command line)."""
    return importlib.import_module(f"{__name__}.{READERS.get(suffix_of(path), 'markdown')}")


def entries(files: Iterable[str], errors: list[InputError]) -> Iterator[Entry]:
    """Each file as one Entry, a feed as one Entry per record (streamed: memory stays flat)."""
    for f in files:
        reader = reader_for(f)
        split = getattr(reader, "entries", None)
        if split is None:
            yield Entry(f)
        else:
            yield from split(f, errors)


def read(entry: Entry, errors: list[InputError], options: Options | None = None) -> Document | None:
    """One document, or None with the reason in `errors`."""
    return reader_for(entry.path).read(entry, errors, options or Options())


def load_corpus(paths: list[str], errors: list[InputError], options: Options | None = None) -> Iterator[Document]:
    """Every readable document under `paths`, in a deterministic order."""
    for entry in entries(find_files(paths, errors), errors):
        doc = read(entry, errors, options)
        if doc is not None:
            yield doc


def locate(doc: Document, offset: int) -> tuple[str, int, int]:
    """(path, line, column) of a text offset: the file's line for Markdown, the extracted
    text's line for HTML pages and feed records (doc.extracted / doc.source say which)."""
    line = doc.text.count("\n", 0, offset) + 1
    return doc.path, line, offset - (doc.text.rfind("\n", 0, offset) + 1) + 1
