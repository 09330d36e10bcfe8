"""Quotes a label introduces: broadcast transcripts ("KERRY: We have made progress")
and headlines ("Kerry: 'Show a little grace'").

A label is a speaker only when it recurs (a transcript), opens the report, or names a
person the report names elsewhere, so "BREAKING NEWS: ..." or "WASHINGTON: ..." are not.
"""
from __future__ import annotations

import re

from .context import DocContext
from .speakers import Speaker, resolve

TRANSCRIPT = re.compile(r"(?P<label>[A-Z][A-Z.'’\- ]{1,50}?)(?:\s*\([^)\n]{1,30}\))?(?:,\s*(?P<role>[^:\n]{1,80}))?:\s+(?P<q>\S[^\n]*)$")
NOT_LABELS = {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "READ MORE", "PHOTO", "VIDEO",
              "RELATED", "SOURCE", "SOURCES", "CORRECTION", "CLARIFICATION", "LIVE", "ADVERTISEMENT", "WARNING", "ALERT"}
HEADLINE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*(?P<q>[‘'“\"].{3,300}[’'”\"])\s*$")


def transcript(ctx: DocContext, p0: int, p1: int) -> tuple[Speaker, int, int] | None:
    """'KERRY: We are...' / 'JOHN KERRY, U.S. SECRETARY OF STATE: ...' -> (speaker, offset of the words)."""
    m = TRANSCRIPT.match(ctx.doc.text, p0, p1)
    label = m.group("label").strip() if m else ""
    if not m or label in NOT_LABELS or len(label) < 2:
        return None
    if m.group("q")[0] in "\"“‘'«„":
        return None  # "REPORTER: 'We...,' the governor said": the label reads someone else's words
    places = ctx.places_in(p0, p0 + len(label))
    if places and len(places[0].name) >= len(label) - 1:
        return None  # "WASHINGTON: ..." is a dateline
    who = resolve(ctx, label.title(), p0, p0, [], transcript=True)
    if who is None or not (p0 <= ctx.doc.body_start + 1 or _recurs(ctx, label) or _named(ctx, who)):
        return None  # "BREAKING NEWS: ..." is no speaker: a label is one when it recurs or names a person of the report
    return who, m.start("q") - p0, p1 - p0


def headline(ctx: DocContext, p0: int, p1: int) -> tuple[Speaker, int, int] | None:
    """'Kerry: 'Show a little grace'' -> (the speaker, where the words start and end)."""
    m = HEADLINE.match(ctx.doc.text, p0, p1)
    if not m:
        return None
    who = resolve(ctx, m.group("name"), p0, p0, [], transcript=True)
    if who is None or who.kind != "person" or not _named(ctx, who):
        return None
    return who, m.start("q") + 1 - p0, m.end("q") - 1 - p0


def _recurs(ctx: DocContext, label: str) -> bool:
    """The label opens more than one line: a transcript."""
    return len(re.findall(rf"(?m)^{re.escape(label)}(?:\s*\([^)\n]*\))?(?:,[^:\n]*)?:\s", ctx.doc.text)) > 1


def _named(ctx: DocContext, who: Speaker) -> bool:
    """The report names this person somewhere (the label is not some other capitalised word)."""
    return any(m.type == "person" and m.canonical == who.name for m in ctx.ents.mentions)
