"""Quotations and their speakers.

Quotes are found per paragraph with straight or curly marks; a paragraph that
opens a quote without closing it continues into the next one (the convention for
multi-paragraph quotes). The speaker comes from the attribution next to the quote
("...," Kerry said; said Kerry; Kerry told reporters: "..."; he said -> the
nearest named person before), else from another quote in the same paragraph
(a quote split by its attribution), else it stays unknown.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact, stable_id
from ..text import LineIndex
from . import entities as ent
from .context import DocContext

OPEN, CLOSE = "“\"", "”\""
QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]+?)(?:[”\"]|$)", re.M)
_SPEAKER = r"(?P<who>(?:[A-Z][\w.'’-]*|the|he|she|they)(?:\s+(?:[A-Z][\w.'’-]*|of|the|US|U\.S\.|[a-z]+(?=\s+(?:said|says|told|added))|al|de|official|diplomat|minister|secretary|spokes\w+|envoy|ambassador|president|chief|leader)){0,7})"
_VERB = r"(?:said|says|told(?: \w+)?|added|tweeted|wrote|warned|insisted|stressed|explained|declared|urged|noted|asked|replied|claimed|admitted)"
AFTER = (re.compile(rf"\s*[,.!?]?\s*{_SPEAKER}\s+{_VERB}\b"), re.compile(rf"\s*[,.!?]?\s*{_VERB}\s+{_SPEAKER}"))
BEFORE = re.compile(rf"(?:^|[.!?]\s+|,\s+){_SPEAKER}\s+(?:also\s+|then\s+|later\s+|however\s+)?(?:{_VERB}|called on|called for|claimed)\b(?:[^“”\"]|“[^”]*”)*$")
MIN_WORDS = 3


def extract(ctx: DocContext) -> Iterator[Fact]:
    text = ctx.doc.text
    index = ctx.index
    spans = [(m.start(), m.end()) for m in QUOTE.finditer(text, ctx.doc.body_start)]
    for p_start, p_end in _paragraphs(ctx):
        found = []
        for m in QUOTE.finditer(text, p_start, p_end):
            q = m.group("q").strip()
            if len(q.split()) < MIN_WORDS:
                continue
            found.append((m.start("q"), m.start("q") + len(m.group("q")), q, _speaker(ctx, m.start(), m.end(), p_start, p_end, spans)))
        known = [s for *_, s in found if s]
        for s, e, q, who in found:
            who = who or (known[0] if len(set(known)) == 1 else None)
            yield _fact(ctx, index, s, e, q, who)


def _paragraphs(ctx: DocContext) -> Iterator[tuple[int, int]]:
    """Paragraph spans; an unclosed quote joins its paragraph with the next."""
    spans = sorted({(s.para_start, s.para_end) for s in ctx.sents if s.prose})
    i = 0
    while i < len(spans):
        s, e = spans[i]
        while i + 1 < len(spans) and _unclosed(ctx.doc.text[s:e]) and ctx.doc.text[spans[i + 1][0]:spans[i + 1][0] + 1] in OPEN:
            i += 1
            e = spans[i][1]
        yield s, e
        i += 1


def _unclosed(para: str) -> bool:
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _speaker(ctx: DocContext, q_start: int, q_end: int, p_start: int, p_end: int, spans: list[tuple[int, int]]) -> str | None:
    text = ctx.doc.text
    for rx in AFTER:
        after = rx.match(text, q_end, min(p_end, q_end + 120))
        if after:
            who = _resolve(ctx, after.group("who"), after.start("who"), q_start, spans)
            if who:
                return who
    sent_start = max([s.start for s in ctx.sents if s.start <= q_start] or [p_start])
    head = text[max(p_start, sent_start):q_start]
    before = BEFORE.search(head)
    if before and before.group("who"):
        return _resolve(ctx, before.group("who"), max(p_start, sent_start) + before.start("who"), q_start, spans)
    return None


def _resolve(ctx: DocContext, phrase: str, offset: int, q_start: int, spans: list[tuple[int, int]]) -> str | None:
    phrase = phrase.strip()
    low = phrase.lower()
    if low in ("he", "she") or re.fullmatch(r"the (?:[\w.-]+ )*(?:official|diplomat|minister|secretary|president|spokes\w+|envoy|ambassador|chief|leader|governor|mayor|general)(?: of \w+)?", low):
        i = q_start  # a pronoun points back past the quote to the latest person named outside quotes
        while True:
            hit = ctx.ents.latest(i, ["person"])
            if hit is None:
                return None
            if not any(a <= hit.start < b for a, b in spans):
                return hit.canonical
            i = hit.start
    name = ent.resolve_phrase(phrase, offset, ctx.ents)
    if name:
        return name.split("; ")[0]
    first = phrase.split()[0]
    if phrase[:1].isupper() and first not in ent.NOT_NAME_START and not first.endswith("ing") and len(phrase.split()) <= 4:
        return phrase
    return None


def normalise(q: str) -> str:
    """Compare wording, not typography: case, quote marks, ellipses, [insertions], punctuation."""
    q = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", q.lower())
    q = re.sub(r"\.\.\.|…", " ", q)
    q = re.sub(r"[^\w\s]", " ", q.replace("’", "'").replace("'", ""))
    return " ".join(q.split())


def _fact(ctx: DocContext, index: LineIndex, s: int, e: int, q: str, who: str | None) -> Fact:
    line, col = index.locate(s)
    sent = next((x for x in ctx.sents if x.start <= s < x.end), None)
    from ..model import Evidence

    ev = Evidence(s, e, line, col, sent.text if sent else q)
    return Fact(id=stable_id("quote", ctx.doc.id, s, e), doc=ctx.doc.id, kind="quote", evidence=ev,
                speaker=who, text=q)
