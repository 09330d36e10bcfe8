"""Who a mention of a person stands for, for any extractor: one function over a document.

    from factcheck.extract.people import person_at
    person_at(ctx, "Kim", offset)                 -> "Kim Jong Un" (the nearest full Kim before)
    person_at(ctx, "the Russian leader", offset)  -> "Vladimir Putin" (the person titled so)
    person_at(ctx, "Mr Okafor", offset)           -> "Chidi Okafor"
    person_at(ctx, "he", offset)                  -> the subject of the last sentence naming someone

Names are read in their own order (family name first for "Kim Jong Un", "Xi Jinping"),
honorifics are not names ("Sir Alan" is Alan Duncan when he was named in full), and
an ambiguous short form stays unresolved (None), never guessed.
"""
from __future__ import annotations

from .context import DocContext
from .speakers import resolve


def person_at(ctx: DocContext, phrase: str, offset: int) -> str | None:
    """The canonical full name of the person `phrase` (at document offset `offset`) refers
    to, or None when it names no person or cannot be told apart from another."""
    who = resolve(ctx, phrase, offset, offset, [])
    if who is None or who.kind != "person":
        return None
    if who.name in ctx.ents.ambiguous:  # a short form left as written: several people share it
        return None
    return who.name
