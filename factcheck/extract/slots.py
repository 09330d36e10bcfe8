"""The list slots grammar gives a meeting word: who "a meeting of X", "talks between X and
Y", "X and Y met (with Z)", "X held talks with Y", "U.S. and Russian talks" name, and
whether the slot is an exhaustive one ("of", "between", a subject) or not ("with",
"including").
"""
from __future__ import annotations

import re

from . import phrases
from .context import DocContext
from .entities import CALENDAR

SLOT = re.compile(r"\b(?:of|between|with|among|involving|including|attended by|brought together|bringing together|grouping)\s+")
PARTIAL_SLOT = re.compile(r",\s*(?:including|among them|among others|among whom)\s+")
LIGHT = re.compile(r"\b(?:held|hold|holds|holding|hosted|host|hosts|hosting|attended|attend|attends|attending|chaired|"
                   r"had|have|having|convened|joined|join|opened|began|begin|started|resumed)\s+(?:[\w-]+\s+){0,3}$")
AUX = re.compile(r"(?:\s|,|\b(?:also|have|has|had|will|would|to|are|is|were|was|be|been|due|set|expected|scheduled|"
                 r"plan|planned|later|earlier|then|again|first|finally|privately|secretly|reportedly|already|"
                 r"on|last|this|next|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)*$")
GAP_OK = re.compile(r"^(?:[\s,]|\b(?:in|at|on|the|later|earlier|today|tonight|this|last|next|week|weekend|morning|afternoon|"
                    r"evening|night|also|again|privately|here|there|\d+)\b|\b[A-Z][\w.'’-]*)*$")


_AUX_BEFORE = re.compile(r"(?:,|\b(?:is|are|was|were|be|been))\s*$")


def verb(text: str, m: re.Match[str]) -> bool:
    """"met", "convened"; "meeting" only after a comma or an auxiliary ("X, meeting in Paris")."""
    if m.group().lower() != "meeting":
        return not m.group("noun")
    return bool(_AUX_BEFORE.search(text[max(0, m.start() - 12):m.start()]))


_PREMODS = re.compile(r"((?:(?:[A-Z][\w.'’]*|and|,|[-–/])\s*)+)(?:(?!(?:an?|the|this|that|their|its|his|her|to|of|for|with|at|in|on)\s)[a-z][\w-]*\s+){0,2}$")
_CAPITAL = re.compile(r"[A-Z]")


def premodifiers(ctx: DocContext, m: re.Match[str], lo: int) -> phrases.Phrase | None:
    """Names and country adjectives right before a noun trigger, split on hyphens: "US-Russia talks"."""
    text = ctx.doc.text
    pre = _PREMODS.search(text[max(lo, m.start() - 80):m.start()])
    if not pre or not _CAPITAL.search(pre.group(1)):
        return None
    s = m.start() - len(pre.group(0))
    return phrases.Phrase(s, s + len(pre.group(1).rstrip()), False, hyphens=True)


def slots(ctx: DocContext, m: re.Match[str], lo: int, hi: int, venue: str) -> tuple[phrases.Phrase, bool]:
    """Who the grammar names as taking part, and whether the slot is an exhaustive one."""
    text = ctx.doc.text
    cal, adj = CALENDAR, adjectival(ctx)
    found: list[phrases.Phrase] = []
    exhaustive = False
    slot = SLOT.search(text, m.end(), hi)
    if slot and GAP_OK.match(text[m.end():slot.start()]):
        ph = phrases.forward(text, slot.end(), hi, cal, adj)
        if ph:
            word = slot.group().split()[0]
            exhaustive = word in ("of", "between") and not verb(text, m)
            ph.partial |= word in ("including", "among")
            found.append(ph)
    elif PARTIAL_SLOT.search(text, m.end(), hi):  # "a meeting at the library, among them ..."
        ph = phrases.forward(text, PARTIAL_SLOT.search(text, m.end(), hi).end(), hi, cal, adj)
        if ph:
            ph.partial = True
            found.append(ph)
    elif verb(text, m) and m.group().lower() != "meeting":  # "Kerry met Lavrov"
        ph = phrases.forward(text, m.end(), hi, cal, adj)
        if ph and ph.start - m.end() <= 1:
            found.append(ph)
    if verb(text, m):
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
            pre = premodifiers(ctx, m, lo)
            if pre:
                found.append(pre)
                exhaustive = True
    merged = phrases.Phrase(min((p.start for p in found), default=m.start()), max((p.end for p in found), default=m.end()),
                            any(p.partial for p in found))
    for ph in found:
        fill(ctx, ph, exclude=venue)
        merged.items += [i for i in ph.items if i[1] not in {x[1] for x in merged.items}]
        merged.groups += ph.groups
    return merged, exhaustive and bool(found)


def adjectival(ctx: DocContext) -> set[str]:
    lex = ctx.ents.lex
    if lex is None:
        return set()
    return lex.adjectival


def fill(ctx: DocContext, ph: phrases.Phrase, exclude: str | None) -> None:
    """Items of one list: group descriptions as written, then named parties outside them."""
    phrases.fill(ctx, ph, exclude, adjectival(ctx))
