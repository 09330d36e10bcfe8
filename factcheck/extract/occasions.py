"""Meetings told by the occasions they happened at: "the two presidents met twice: during
the G20 summit in Hamburg in July 2017 and on the sidelines of the APEC forum in Danang
in November 2017", "a format that brokered a peace deal in Minsk in 2015".

Background paragraphs list earlier meetings this way. The verb names who met; each
"during/at/on the sidelines of <occasion>" phrase after it is one meeting, with the
place and the day of its own phrase, never the place or day of another phrase in the
sentence. The occasion noun need not be a meeting word ("forum", "Games", "funeral").
A deal signed or brokered in a city was negotiated there: a meeting in that city (a
ceasefire "in Gaza" is where it holds, so only a city after the deal word, and only
with a verb of making it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Fact, stable_id
from ..text import Sentence, evidence
from . import slots, whenwhere
from .context import DocContext

LINK = r"(?:during|at|on the (?:sidelines|margins) of|in the margins of|on the fringes of)"
LEAD = re.compile(r"\s*(?:(?:twice|again|once|briefly|before|previously|earlier|(?:two|three|four|five|several|\d+) times)\b[\s,]*)*"
                  rf"[:—–]?\s*(?P<link>{LINK})\s+", re.I)
NEXT = re.compile(rf"(?:,\s*|\s+)(?:and\s+|or\s+)?(?:again\s+|also\s+|later\s+)?(?P<link>{LINK})\s+", re.I)
OCCASION = re.compile(r"\b(?:summit|forum|conference|meeting|talks|gathering|assembly|session|games|olympics|ceremony|"
                      r"funeral|inauguration|congress|convention|festival|celebrations?|parade|commemorations?|"
                      r"G\d+|APEC|ASEAN|Davos)\b", re.I)
PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Occasion:
    start: int  # the link word ("during")
    end: int
    place: str
    time: tuple[str, str] | None


def after_verb(ctx: DocContext, sent: Sentence, verb_end: int) -> list[Occasion]:
    """The occasions a meeting verb lists right after it, each placed and dated by its own phrase."""
    text = ctx.doc.text
    lead = LEAD.match(text, verb_end, sent.end)
    if not lead:
        return []
    starts = [lead.start("link")]
    pos = lead.end()
    while (nxt := NEXT.search(text, pos, sent.end)) is not None:
        starts.append(nxt.start("link"))
        pos = nxt.end()
    out: list[Occasion] = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else sent.end
        link = re.compile(LINK, re.I).match(text, s)
        assert link is not None
        head = re.compile(r"[,;]|\s(?:in|on|at|near|with|which|where|who)\s").search(text, link.end() + 1, e)
        if not OCCASION.search(text, link.end(), head.start() if head else e):
            continue  # "at the Metropole Hotel in Hanoi, after a brief meeting": a venue, not an occasion
        places = ctx.places_in(s, e)
        where = next((p for p in places if p.kind != "other" and PLACE_BEFORE.search(text, max(s, p.start - 10), p.start)), None) \
            or next((p for p in places if re.search(r"\bin\s+$", text[max(s, p.start - 4):p.start])), None) \
            or next((p for p in places if p.kind != "other"), None)  # a town the gazetteer does not know: after "in"
        if where is None:
            continue
        out.append(Occasion(s, e, where.name, whenwhere.time(ctx, sent, link, s, e, False, own_only=True)))
    return out


DEAL = re.compile(r"\b(?:brokered|signed|sealed|struck|negotiated|clinched|hammered out)\s+(?:an?|the|their)\s+"
                  r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|treaty|pact|memorandum)\s+in\s+(?=[A-Z])")


def deals(ctx: DocContext, sent: Sentence) -> list[tuple[int, Occasion]]:
    """(verb offset, meeting) of each deal the sentence says was made in a city."""
    text = ctx.doc.text
    out = []
    for d in DEAL.finditer(text, sent.start, sent.end):
        city = next((p for p in ctx.places_in(d.end(), min(sent.end, d.end() + 40)) if p.start == d.end()
                     and p.kind in ("city", "other")), None)
        if city is None:
            continue
        e = next((x.start() for x in re.finditer(r"[,;]|\s(?:that|which|but|and)\s", text[city.end:sent.end])), sent.end - city.end)
        out.append((d.start(), Occasion(d.start(), city.end + e, city.name,
                                        whenwhere.time(ctx, sent, d, city.start, city.end + e, False, own_only=True))))
    return out


def split(ctx: DocContext, sent: Sentence, m: re.Match[str], fact: Fact, new: list[Fact],
          told: list[tuple[int, int]]) -> list[Fact]:
    """"X and Y met twice: during the summit in A and on the sidelines of the forum in B": one meeting
    of X and Y per occasion, each with its own place and day, instead of the verb's one."""
    if not slots.verb(ctx.doc.text, m) or not fact.participants:
        return new
    found = after_verb(ctx, sent, m.end())
    if not found:
        return new
    out = [f for f in new if f is not fact]
    for o in found:
        told.append((o.start, o.end))
        extra = tuple((k, v) for k, v in fact.extra if k not in ("report_day", "venue", "session", "duration"))
        out.append(replace(fact, id=stable_id("meeting", ctx.doc.id, o.start), place=o.place, time=o.time, extra=extra,
                           evidence=evidence(ctx.index, sent, o.start, o.start + 1)))
    return out
