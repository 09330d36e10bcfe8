"""Meetings and talks: where, when, who, and whether the list of who is complete.

A meeting word (meeting, met, talks, summit...) with a venue (a place after
"in"/"at", or just before the word: "the Paris meeting") makes a meeting fact.
Participants are the named countries and people in the phrase that names them
("a meeting of ...", "talks between ...", "X and Y met") plus group descriptions
kept as written ("US, European and Arab foreign ministers"). A list is complete
only when the text presents it as exhaustive ("talks between X and Y", "X and Y
met"); "including", "alongside", "among them" and group descriptions are partial.
A sentence that names people "alongside" or "together with" someone, with no
meeting word, adds partial participants to the report's latest meeting.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact, stable_id
from ..text import Sentence, evidence
from . import dates
from .context import DocContext
from .entities import lexicon as entity_lexicon

TRIGGER = re.compile(r"\b(?:meeting|meetings|met|meet|meets|talks|summit|conference|gathering|convened|huddled)\b", re.I)
VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
PARTIAL = re.compile(r"\b(?:including|alongside|among them|among others|such as|together with|joined by|flanked by)\b", re.I)
GROUP = re.compile(
    r"(?:(?:[A-Z][\w.]*|European|Arab|Western|Gulf|regional|foreign|senior|top|military|opposition),?\s+(?:and\s+)?){0,5}"
    r"(?:[\w-]+\s+){0,2}?(?:foreign ministers|ministers|diplomats|officials|leaders|delegations|delegates|representatives|"
    r"envoys|experts|negotiators|countries|nations|allies|partners|powers|donors|governments|backers|heads of state|chiefs)\b")
COMPANION = re.compile(r"\b(?:alongside|together with|flanked by)\b", re.I)


def extract(ctx: DocContext) -> Iterator[Fact]:
    last: Fact | None = None
    for sent in ctx.sents:
        if not sent.prose:
            continue
        triggers = [m for m in TRIGGER.finditer(ctx.doc.text, sent.start, sent.end)]
        made = False
        for i, m in enumerate(triggers):
            lo = triggers[i - 1].end() if i else sent.start
            hi = triggers[i + 1].start() if i + 1 < len(triggers) else sent.end
            fact = _meeting(ctx, sent, m, lo, hi)
            if fact:
                made = True
                last = fact
                yield fact
        if not made and last is not None and COMPANION.search(sent.text):
            extra = _participants(ctx, sent.start, sent.end, exclude=None)
            if extra:
                yield Fact(id=stable_id("meeting+", ctx.doc.id, sent.start), doc=ctx.doc.id, kind="meeting",
                           evidence=evidence(ctx.index, sent, sent.start, sent.end), place=last.place, time=last.time,
                           participants=tuple(extra), complete=False)


def _meeting(ctx: DocContext, sent: Sentence, m: re.Match[str], lo: int, hi: int) -> Fact | None:
    text = ctx.doc.text
    places = ctx.places_in(lo, hi)
    venue = None
    for p in places:  # "in Paris", "at Geneva", after or before the word
        if VENUE_BEFORE.search(text, max(lo, p.start - 10), p.start):
            if venue is None or abs(p.start - m.end()) < abs(venue.start - m.end()):
                venue = p
    if venue is None:
        adj = [p for p in places if p.end <= m.start() and re.fullmatch(r"\s*", text[p.end:m.start()])]
        venue = adj[-1] if adj else None
    if venue is None:
        return None
    time = None
    if ctx.published:
        found = ctx.times(sent)
        if found:
            time = min(found, key=lambda t: abs(t.start - m.end())).window
        else:
            time = (ctx.published.isoformat(),) * 2
    parts = _participants(ctx, lo, hi, exclude=venue.start)
    segment = text[lo:hi]
    exhaustive = bool(re.search(r"\bbetween\s+\S+.*\s+and\s+", segment)) or bool(re.match(r"^\s*[A-Z][\w.]*(?:\s+\w+)?\s+and\s+[A-Z]", segment))
    complete = exhaustive and not PARTIAL.search(segment) and not GROUP.search(segment)
    return Fact(id=stable_id("meeting", ctx.doc.id, m.start()), doc=ctx.doc.id, kind="meeting",
                evidence=evidence(ctx.index, sent, m.start(), m.end()), place=venue.name, time=time,
                participants=tuple(parts), complete=complete)


def _participants(ctx: DocContext, lo: int, hi: int, exclude: int | None) -> list[str]:
    """Named countries and people, then group descriptions as written, in text order."""
    text = ctx.doc.text
    lex = entity_lexicon()
    found: list[tuple[int, str]] = []
    for p in ctx.places_in(lo, hi):
        if p.start != exclude and p.kind == "country":
            found.append((p.start, p.canonical))
    for e in ctx.ents.within(lo, hi):
        if e.type == "person":
            found.append((e.start, e.canonical))
    groups = [(g.start(), g.end(), g.group().strip(" ,")) for g in GROUP.finditer(text, lo, hi)]
    found += [(s, desc) for s, _, desc in groups]
    for d in re.finditer(r"\b(?:" + "|".join(re.escape(k) for k in sorted(lex.demonyms, key=len, reverse=True)) + r")\b", text[lo:hi]):
        at = lo + d.start()
        if not any(s <= at < e for s, e, _ in groups):  # "Syrian opposition leaders" is a group, not Syria
            found.append((at, lex.demonyms[d.group()]))
    found = [(s, n) for s, n in found if not any(gs <= s < ge and n != desc for gs, ge, desc in groups)]
    out: list[str] = []
    for _, name in sorted(found):
        if name not in out:
            out.append(name)
    return out
