"""A budget per document, so no single file can stall a run.

Extraction is linear in a document's size and figures, but comparison is not
(every figure of a story meets every other), and a scraped corpus can hold a
number table or a run-on dump of thousands of casualty phrases. Beyond the
budget a document is skipped, or its figures cut, with an input warning that
says so; the run goes on (and `--strict` makes it exit 2, as for any input problem).

News reports hold tens to a few hundred figures, at most about 25 per KB even
in a short brief (the sample reports, the development set and the bench corpus).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from .model import Document, Fact

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
MAX_FIGURES = 1000
DENSE_FLOOR = 1000  # below this many figures, density alone never skips a document
DENSE_PER_KB = 30  # more figures per 1,000 bytes than any news report holds: a table or a number list


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_DOCUMENT_BYTES
    max_figures: int = MAX_FIGURES  # quantity facts kept per document; 0: no cap


def size_problem(entry: Any, limits: Limits) -> str | None:
    """A document over --max-document-bytes is skipped before it is read (a feed record: its own line)."""
    raw = getattr(entry, "raw", None)
    try:
        size = len(raw) if raw is not None else os.stat(getattr(entry, "path", entry)).st_size
    except (OSError, ValueError):
        return None  # an fsspec URL or a vanished file: the reader reports what it finds
    if limits.max_bytes and size > limits.max_bytes:
        return (f"file is {size} bytes, over the {limits.max_bytes} byte ({_mib(limits.max_bytes)}) limit for one document "
                "(--max-document-bytes); skipped")
    return None


def density_problem(doc: Document) -> str | None:
    """A document with more figures per byte than a news report has is not one: skipped unread."""
    body = doc.text[doc.body_start:]
    n = sum(1 for _ in _FIGURE.finditer(body))
    size = len(body.encode("utf-8", "surrogatepass"))
    if n >= DENSE_FLOOR and n * 1000 > DENSE_PER_KB * size:
        return f"{n:,} figures in {_mb(size)}; not a news report, skipped"
    return None


def cap_figures(doc: Document, facts: list[Fact], limits: Limits) -> tuple[list[Fact], str | None]:
    """The first `max_figures` quantity facts (text order) and the other facts; a warning when any were cut."""
    quantities = [f for f in facts if f.kind == "quantity"]
    if not limits.max_figures or len(quantities) <= limits.max_figures:
        return facts, None
    kept = [f for f in facts if f.kind != "quantity"] + quantities[:limits.max_figures]
    kept.sort(key=lambda f: (f.evidence.start, f.kind, f.id))  # extract_document's order
    size = len(doc.text.encode("utf-8", "surrogatepass"))
    return kept, (f"{len(quantities):,} figures in {_mb(size)}; only the first {limits.max_figures:,} "
                  f"are compared (--max-figures)")


def _mib(size: int) -> str:
    return f"{size / 2**20:g} MiB" if size >= 2**20 else f"{size / 1024:g} KiB"


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{size / 1e3:.0f} KB"
