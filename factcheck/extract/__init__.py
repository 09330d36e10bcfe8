"""Extractors: one module each; `extract_document` runs them all on one document."""
from __future__ import annotations

from ..model import Document, Fact


def extract_document(doc: Document, extra_dirs: tuple[str, ...] = ()) -> list[Fact]:
    """All facts of one document, in text order. Pure: same input, same output."""
    from . import context, entities, meetings, quantities, quotes

    ctx = context.build(doc, extra_dirs)
    facts = list(quantities.extract(ctx, extra_dirs))
    facts += meetings.extract(ctx)
    facts += quotes.extract(ctx)
    facts += entities.extract(ctx)
    facts.sort(key=lambda f: (f.evidence.start, f.kind, f.id))
    return facts
