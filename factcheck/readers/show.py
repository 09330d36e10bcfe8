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


def show_stories(paths: list[str], config: Any) -> tuple[int, str]:
    """`factcheck stories`: each story grouped from the data with its documents and why; stated stories counted."""
    from collections import Counter

    from ..api import extract

    result = extract(list(paths), config)
    docs = {d.path: d for d in result.documents}
    out: list[str] = []
    for story in result.stories:
        out.append(f"story {story.name} ({len(story.docs)} document{'s' if len(story.docs) != 1 else ''}, grouped from the data)")
        for p in story.docs:
            d = docs[p]
            out.append(f"  {p}  {d.outlet or '?'}  {d.day or '?'}  {d.title or ''}".rstrip())
        for link in story.links:
            days = "" if link.days is None else (", same day" if link.days == 0 else f", {link.days} day{'s' if link.days > 1 else ''} apart")
            shared = f", shared: {', '.join(link.shared)}" if link.shared else ""
            out.append(f"  why: {link.a} ~ {link.b}: words {link.similarity:.2f}{days}{shared}")
        out.append("")
    grouped = {p for s in result.stories for p in s.docs}
    stated = Counter(d.story for d in result.documents if d.path not in grouped)
    for name, n in sorted(stated.items()):
        out.append(f"story {name} ({n} document{'s' if n != 1 else ''}, stated: front matter, folder or story field)")
    for e in result.errors:
        out.append(f"{e.path}{':' + str(e.line) if e.line else ''}: {e.message}")
    return (0 if result.documents else 2), "\n".join(out).rstrip() + "\n"
