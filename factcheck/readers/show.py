"""`factcheck extract --show-text`: the text each document was read as, so a user sees
what was checked (for a page, the extracted main text whose lines evidence counts)."""
from __future__ import annotations

from typing import Any

from ..model import InputError
from . import load_corpus, options_of


def show_text(paths: list[str], config: Any) -> tuple[int, str]:
    """(exit code, text): 0 when some document was read, 2 when none; input problems listed after."""
    errors: list[InputError] = []
    parts: list[str] = []
    for doc in load_corpus(list(paths), errors, options_of(config)):
        facts = [f"outlet: {doc.outlet}", f"published: {doc.published}", f"title: {doc.title}"]
        how = "extracted from HTML" if doc.extracted else ("record of " + doc.source if doc.source else "as read")
        parts.append(f"==> {doc.path} ({how}; {', '.join(facts)}) <==\n{doc.body.rstrip()}\n")
    for e in errors:
        parts.append(f"{e.path}{':' + str(e.line) if e.line else ''}: {e.message}\n")
    return (0 if any(p.startswith("==> ") for p in parts) else 2), "\n".join(parts)
