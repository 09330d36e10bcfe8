"""Meetings and talks: where, when, who, and whether the list of who is complete.

A meeting word (meeting, met, talks, summit...) outside quotation marks with a
venue ("in Paris", "the Paris meeting") makes a meeting fact. Participants come
only from the slots grammar gives them, never from anything nearby:
"a meeting of X", "talks between X and Y", "X and Y met (with Z)", "X, meeting
... with Y", "X held talks with Y", "U.S. and Russian talks". A list is complete
only when it is a bare list of named parties in an exhaustive slot; "including",
"among them", "other", group descriptions and "with"-only lists are partial.
A sentence of co-presence ("Speaking alongside the foreign ministers of ...,
Kerry said") adds partial participants to the meeting the report is about then:
the one it places there, else the latest meeting that is not a later/upcoming one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact, stable_id
from ..scan import Anchored
from ..text import Sentence, evidence
from . import dates, phrases
from .context import DocContext
from .entities import CALENDAR

TRIGGER = re.compile(r"\b(?:(?P<noun>meetings?|talks|summit|conference|gathering|negotiations)|"
                     r"(?P<verb>met|meet|meets|meeting|convened|convene|huddled|gathered))\b", re.I)
_TRIGGER_FAST = Anchored(TRIGGER, ["meet", "met", "talks", "summit", "conference", "gathering", "negotiations", "convene",
                                   "huddled", "gathered"], digits=False)
NOT_MEETING = re.compile(r"(?:news|press|video|phone|telephone)\s+$", re.I)
PASSIVE = re.compile(r"\b(?:was|were|be|been|being|is|are)\s+$", re.I)
NOT_AFTER = re.compile(r"\s+(?:call|calls|about|to reporters|to journalists|with (?:resistance|criticism|skepticism|"
                       r"scepticism|anger|protests?|silence|derision|outrage|dismay|approval|applause)|"
                       r"(?:the|its|their|his|her|our|a|an|these|those)\s+(?:\w+\s+)?(?:needs?|demands?|targets?|"
                       r"deadlines?|criteria|requirements?|standards?|costs?|goals?|conditions?|expectations?|obligations?))\b", re.I)
VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
TOPIC = re.compile(r"\b(?:on|about|over|regarding|concerning|to (?:end|discuss|resolve))\b")
SLOT = re.compile(r"\b(?:of|between|with|among|involving|including|attended by|brought together|bringing together|grouping)\s+")
PARTIAL_SLOT = re.compile(r",\s*(?:including|among them|among others|among whom)\s+")
LIGHT = re.compile(r"\b(?:held|hold|holds|holding|hosted|host|hosts|hosting|attended|attend|attends|attending|chaired|"
                   r"had|have|having|convened|joined|join|opened|began|begin|started|resumed)\s+(?:[\w-]+\s+){0,3}$")
AUX = re.compile(r"(?:\s|,|\b(?:also|have|has|had|will|would|to|are|is|were|was|be|been|due|set|expected|scheduled|"
                 r"plan|planned|later|earlier|then|again|first|finally|privately|secretly|reportedly|already|"
                 r"on|last|this|next|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)*$")
PROSPECTIVE = re.compile(r"\b(?:will|would|to be held|due to|planned|upcoming|next|ahead of|scheduled|expected to|set to|later)\b", re.I)
COPRESENCE = re.compile(r"\b(?:(?:speaking|standing|appearing|sitting|seated|talking)\b[^.;“”\"]{0,60}?\b(?:alongside|together with|next to|beside)|"
                        r"flanked by|joined by|(?:news|press) conference (?:with|alongside))\s+", re.I)
GAP_OK = re.compile(r"^(?:[\s,]|\b(?:in|at|on|the|later|earlier|today|tonight|this|last|next|week|weekend|morning|afternoon|"
                    r"evening|night|also|again|privately|here|there|\d+)\b|\b[A-Z][\w.'’-]*)*$")


def extract(ctx: DocContext) -> Iterator[Fact]:
    made: list[Fact] = []
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^“”\"]*[”\"]", ctx.doc.text[:])]
    for sent in ctx.sents:
        if not sent.prose:
            continue
        triggers = [m for m in _TRIGGER_FAST.finditer(ctx.doc.text, sent.start, sent.end)
                    if not any(a <= m.start() < b for a, b in quoted) and _is_meeting(ctx.doc.text, m)]
        new: list[Fact] = []
        for i, m in enumerate(triggers):
            lo = triggers[i - 1].end() if i else sent.start
            hi = triggers[i + 1].start() if i + 1 < len(triggers) else sent.end
            fact = _meeting(ctx, sent, m, lo, hi)
            if fact:
                new.append(fact)
        if not new and made:
            extra = _companion(ctx, sent, made)
            if extra:
                new.append(extra)
        made += new
        yield from new


def _is_meeting(text: str, m: re.Match[str]) -> bool:
    if NOT_MEETING.search(text, max(0, m.start() - 12), m.start()):
        return False
    if m.group().lower() == "met" and PASSIVE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "the demand was met"
    return not (m.group("verb") or m.group().lower() == "talks") or not NOT_AFTER.match(text, m.end())


def _verb(text: str, m: re.Match[str]) -> bool:
    """"met", "convened"; "meeting" only after a comma or an auxiliary ("X, meeting in Paris")."""
    if m.group().lower() != "meeting":
        return not m.group("noun")
    return bool(re.search(r"(?:,|\b(?:is|are|was|were|be|been))\s*$", text[max(0, m.start() - 12):m.start()]))


def _premodifiers(ctx: DocContext, m: re.Match[str], lo: int) -> phrases.Phrase | None:
    """Names and country adjectives right before a noun trigger, split on hyphens: "US-Russia talks"."""
    text = ctx.doc.text
    pre = re.search(r"((?:(?:[A-Z][\w.'’]*|and|,|[-–/])\s*)+)(?:(?!(?:an?|the|this|that|their|its|his|her|to|of|for|with|at|in|on)\s)[a-z][\w-]*\s+){0,2}$",
                    text[max(lo, m.start() - 80):m.start()])
    if not pre or not re.search(r"[A-Z]", pre.group(1)):
        return None
    s = m.start() - len(pre.group(0))
    return phrases.Phrase(s, s + len(pre.group(1).rstrip()), False, hyphens=True)


def _meeting(ctx: DocContext, sent: Sentence, m: re.Match[str], lo: int, hi: int) -> Fact | None:
    text = ctx.doc.text
    venue = _venue(ctx, m, lo, hi)
    if venue is None:
        return None
    parties, exhaustive = _slots(ctx, m, lo, hi, venue)
    named = [p for p in parties.items]
    complete = exhaustive and not parties.partial and not parties.groups and len(named) >= 2
    prospective = bool(PROSPECTIVE.search(text, max(lo, m.start() - 40), m.start()))
    return _fact(ctx, sent, m.start(), m.end(), venue, _time(ctx, sent, m, lo, hi, prospective), parties, complete,
                 prospective)


def _venue(ctx: DocContext, m: re.Match[str], lo: int, hi: int) -> str | None:
    """'in/at <place>' in the trigger's clause (nearest, not a topic: "talks on the war in X"),
    else the place right before a noun trigger ("the Geneva talks")."""
    text = ctx.doc.text
    best = None
    for p in ctx.places_in(lo, hi):
        if not VENUE_BEFORE.search(text, max(lo, p.start - 10), p.start):
            continue
        if p.start > m.end() and TOPIC.search(text, m.end(), p.start):
            continue
        if best is None or abs(p.start - m.end()) < abs(best.start - m.end()):
            best = p
    if best is not None and best.end <= m.start() and re.search(r"\b(?:that|which|who|because|but|while)\b|[;:]", text[best.end:m.start()]):
        best = None  # "told a news conference in Paris that the talks had failed": Paris is not the talks' venue
    if best is None:
        adj = [p for p in ctx.places_in(lo, m.start())
               if re.fullmatch(r"(?:['’]s)?\s+(?:(?!(?:that|which|who|the|an?|and|of|to|for|with)\s)[a-z-]+\s+){0,2}", text[p.end:m.start()])]
        best = adj[-1] if adj else None
    return best.name if best else None


def _time(ctx: DocContext, sent: Sentence, m: re.Match[str], lo: int, hi: int, prospective: bool) -> tuple[str, str] | None:
    if not ctx.published:
        return None
    found = dates.find(ctx.doc.text, sent.start, sent.end, ctx.published)
    near = [t for t in found if lo <= t.start < hi] or found
    if near:
        return min(near, key=lambda t: abs(t.start - m.end())).window
    return None if prospective else (ctx.published.isoformat(),) * 2


def _slots(ctx: DocContext, m: re.Match[str], lo: int, hi: int, venue: str) -> tuple[phrases.Phrase, bool]:
    """Who the grammar names as taking part, and whether the slot is an exhaustive one."""
    text = ctx.doc.text
    cal, adj = CALENDAR, _adjectival(ctx)
    found: list[phrases.Phrase] = []
    exhaustive = False
    slot = SLOT.search(text, m.end(), hi)
    if slot and GAP_OK.match(text[m.end():slot.start()]):
        ph = phrases.forward(text, slot.end(), hi, cal, adj)
        if ph:
            word = slot.group().split()[0]
            exhaustive = word in ("of", "between") and not _verb(text, m)
            ph.partial |= word in ("including", "among")
            found.append(ph)
    elif PARTIAL_SLOT.search(text, m.end(), hi):  # "a meeting at the library, among them ..."
        ph = phrases.forward(text, PARTIAL_SLOT.search(text, m.end(), hi).end(), hi, cal, adj)
        if ph:
            ph.partial = True
            found.append(ph)
    elif _verb(text, m) and m.group().lower() != "meeting":  # "Kerry met Lavrov"
        ph = phrases.forward(text, m.end(), hi, cal, adj)
        if ph and ph.start - m.end() <= 1:
            found.append(ph)
    if _verb(text, m):
        aux = AUX.search(text, lo, m.start())
        subj = phrases.backward(text, lo, aux.start() if aux else m.start(), cal, adj)
        if subj:  # "X and Y met (with Z)": the subject names the parties
            found.append(subj)
            exhaustive = True
    else:
        light = LIGHT.search(text, lo, m.start())
        if light:  # "X held talks with Y", "X hosted a meeting of Y"
            aux = AUX.search(text, lo, light.start())
            subj = phrases.backward(text, lo, aux.start() if aux else light.start(), cal, adj)
            if subj:
                found.append(subj)
                exhaustive = exhaustive or not slot or slot.group().startswith("with")
        else:  # "U.S. and Russian talks", "the Kerry-Lavrov meeting"
            pre = _premodifiers(ctx, m, lo)
            if pre:
                found.append(pre)
                exhaustive = True
    merged = phrases.Phrase(min((p.start for p in found), default=m.start()), max((p.end for p in found), default=m.end()),
                            any(p.partial for p in found))
    for ph in found:
        _fill(ctx, ph, exclude=venue)
        merged.items += [i for i in ph.items if i[1] not in {x[1] for x in merged.items}]
        merged.groups += ph.groups
    return merged, exhaustive and bool(found)


def _companion(ctx: DocContext, sent: Sentence, made: list[Fact]) -> Fact | None:
    text = ctx.doc.text
    co = COPRESENCE.search(text, sent.start, sent.end)
    if not co:
        return None
    ph = phrases.forward(text, co.end(), sent.end, CALENDAR, _adjectival(ctx))
    if not ph:
        return None
    _fill(ctx, ph, exclude=None)
    if not ph.items:
        return None
    speaker = next((e for e in ctx.ents.within(ph.end, sent.end) if e.type == "person"), None)
    if speaker and speaker.canonical not in {i[1] for i in ph.items}:
        ph.items.append((speaker.start, speaker.canonical, "person", ctx.ents.affiliation.get(speaker.canonical) or speaker.canonical))
    places = {p.name for p in ctx.places_in(sent.start, sent.end)} | {p.canonical for p in ctx.places_in(sent.start, sent.end)}
    names = {i[1] for i in ph.items}
    target = (next((f for f in reversed(made) if f.place in places), None)
              or next((f for f in reversed(made) if names & set(f.participants)), None)
              or next((f for f in reversed(made) if not dict(f.extra).get("prospective")), None) or made[-1])
    ph.partial = True
    return _fact(ctx, sent, co.start(), co.end(), target.place, target.time, ph, False, False, related=target.id)


def _adjectival(ctx: DocContext) -> set[str]:
    lex = ctx.ents.lex
    if lex is None:
        return set()
    return lex.adjectival


def _fill(ctx: DocContext, ph: phrases.Phrase, exclude: str | None) -> None:
    """Items of one list: group descriptions as written, then named parties outside them."""
    phrases.fill(ctx, ph, exclude, _adjectival(ctx))


def _fact(ctx: DocContext, sent: Sentence, s: int, e: int, place: str | None, time: tuple[str, str] | None,
          ph: phrases.Phrase, complete: bool, prospective: bool, related: str | None = None) -> Fact:
    items = sorted([(o, n, t, k) for o, n, t, k in ph.items] + [(o, g, "group", g) for o, g in ph.groups])
    extra: list[tuple[str, object]] = [("parties", tuple((n, t, k) for _, n, t, k in items))]
    if prospective:
        extra.append(("prospective", True))
    if related:
        extra.append(("companion_of", related))
    return Fact(id=stable_id("meeting", ctx.doc.id, s), doc=ctx.doc.id, kind="meeting", evidence=evidence(ctx.index, sent, s, e),
                place=place, time=time, participants=tuple(n for _, n, _, _ in items), complete=complete, extra=tuple(extra))
