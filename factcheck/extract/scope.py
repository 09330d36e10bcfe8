"""The place a figure takes when its sentence names none, and places named by description.

A report's figures with no place of their own are of the story's place. Which place that
is depends on the kind of event: a widespread one (an earthquake, a flood, a cyclone, a
war) has a national toll, so a report written from the capital ("KATHMANDU: ...") still
gives the country's figure; a local one (a building collapse, a fire, a mine blast) has
the site's. The event kind is read from the headline and lead, in order: the first event
word decides ("a fire after the earthquake" is about the earthquake when the quake is
named first). The word lists are data (rules/lexicons/places.yaml: events).

A capital may be named by description ("the outskirts of Bangladesh's capital", "the
capital of Nepal"): such a phrase is the capital city, for places of figures.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import load_lexicon, per_rule_dirs
from .places import Place

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..text import Sentence
    from .context import DocContext
    from .places import Gazetteer

LEAD = 3  # prose sentences: the lead names the event


class Events:
    """Event words by scope, one alternation: the earliest match in the lead decides."""

    def __init__(self, lex: dict) -> None:
        groups = (lex.get("events") or {})
        alts = []
        for scope in ("widespread", "local"):
            words = [re.escape(str(w).strip()).replace(r"\ ", r"\s+") for w in groups.get(scope) or () if str(w).strip()]
            if words:
                alts.append(rf"(?P<{scope}>\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b)")
        self.rx = re.compile("|".join(alts), re.I) if alts else None
        local = [str(w).strip() for w in groups.get("local") or () if str(w).strip() and " " not in str(w).strip()]
        # "the avalanche", "that blast": an incident referred back to by a definite article
        # (in lower case: "the Fire and Disaster Management Agency" names a body; "the fire service" too)
        self.definite = re.compile(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[a-z-]+\s+)?(?P<noun>{'|'.join(map(re.escape, local))})\b"
                                   rf"(?!\s+(?:service|department|brigade|chief|station|officials?|crews?|fighters|engines?|"
                                   rf"authorit\w+|agency|ministry|police|company|operator|owners?|workers?|inspectors?)\b)") if local else None


@per_rule_dirs
def events(extra_dirs: tuple[str, ...] = ()) -> Events:
    return Events(load_lexicon("places", extra_dirs))


def event_scope(text: str, start: int, prose: list[Sentence], ev: Events) -> str | None:
    """'widespread' or 'local' by the first event word of the headline and lead, else None."""
    if ev.rx is None:
        return None
    end = prose[min(LEAD, len(prose)) - 1].end if prose else min(len(text), start + 600)
    m = ev.rx.search(text, start, end)
    if m is None:
        return None
    return "widespread" if m.group("widespread") else "local"


def default_place(main: str | None, main_kind: str | None, scope: str | None, gaz: Gazetteer,
                  country_of: Mapping[str, str] | None = None) -> str | None:
    """The place of a figure whose sentence names none: the country for a widespread event
    written up from one of its cities, else the report's main place. `country_of`: the report's reading
    of the part-of relation (context._country_of), the gazetteer's by default."""
    if main is None or scope != "widespread" or (main_kind not in ("city", "region") and main not in gaz.towns):
        return main
    code = (country_of if country_of is not None else gaz.country_of).get(main)
    return gaz.country_name.get(code, main) if code else main


_CAPITAL_AFTER = re.compile(r"^['’]s\s+capital\b")
_CAPITAL_BEFORE = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$", re.I)


_DEMONYM_CAPITAL = re.compile(r"\b[Tt]he\s+(?P<dem>[A-Z][a-z]+)\s+capital\b")


def capitals(text: str, places: list[Place], gaz: Gazetteer, demonyms: dict[str, str], start: int = 0) -> list[Place]:
    """'Bangladesh's capital', 'the capital of Nepal', 'the Nepalese capital' -> the capital city."""
    named = []
    for m in _DEMONYM_CAPITAL.finditer(text, start):
        code = gaz.country_of.get(demonyms.get(m.group("dem"), ""))
        city = gaz.capital.get(code) if code else None
        if city:
            named.append(Place(m.start("dem"), m.end(), city, city, None, "city"))
    if named:  # in place of what was read there ("in the French capital" is no place called French)
        kept = [p for p in places if not any(n.start < p.end and p.start < n.end for n in named)]
        places = sorted(kept + named, key=lambda p: p.start)
    out = []
    for p in places:
        code = gaz.country_of.get(p.canonical) if p.kind == "country" else None
        city = gaz.capital.get(code) if code else None
        if city:
            after = _CAPITAL_AFTER.match(text[p.end:p.end + 12])
            if after:
                p = Place(p.start, p.end + after.end(), city, city, None, "city")
            elif _CAPITAL_BEFORE.search(text, max(0, p.start - 20), p.start):
                p = Place(p.start, p.end, city, city, None, "city")
        out.append(p)
    return out


BACK = 2  # prose sentences: how far back a definite incident's mention is looked for


def carried(ctx: DocContext, sent: Sentence, ev: Events) -> Place | None:
    """The place of an incident a placeless sentence refers back to ("... died in the avalanche"
    after "climbers on Mount Everest ran as an avalanche struck"): the place named next to that
    incident in one of the sentences just before. Only a local incident word carries a place: a
    sentence about another place does not pass it on unless the figure's sentence continues that
    topic, and "the quake" continues the whole story, whose place is the report's."""
    if ev.definite is None:
        return None
    text = ctx.doc.text
    nouns = {m.group("noun").lower() for m in ev.definite.finditer(text, sent.start, sent.end)}
    if not nouns:
        return None
    before = [s for s in ctx.sents if s.prose and s.end <= sent.start][-BACK:]
    for prev in reversed(before):
        hits = [m.start() for m in re.finditer(rf"\b(?:{'|'.join(map(re.escape, nouns))})\b", text[prev.start:prev.end], re.I)]
        places = [p for p in ctx.places_in(prev.start, prev.end) if not (ctx.dateline and ctx.dateline[0] <= p.start < ctx.dateline[1])]
        if hits and places:
            at = prev.start + hits[0]
            return min(places, key=lambda p: abs(p.start - at))
    return None
