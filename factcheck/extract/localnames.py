"""Towns no list knows, read from the report itself, and places that are only part of a name.

A small town is often missing from the gazetteer, yet a report names it again and again
("in Amatrice", "the rubble of Amatrice", "Amatrice's mayor"): a name found once as a
place after "in"/"at" is a place wherever else the report writes it, and so is a name
coordinated with it ("in Accumoli and Arquata del Tronto"). Such a recurring town named
after a locative is a town (`towns`), not an unplaced site, when a figure is placed.

A place inside an institution's or building's name ("the Hotel Roma", "San Martino
hospital") is no place of a figure: it is dropped.
"""
from __future__ import annotations

import re

from ..scan import occurrences
from ..spans import Spans
from .places import Place

_NAME = r"(?!(?:The|A|An|This|That|Its|Their|And|But)\b)[A-Z][\w'’-]+(?:\s+(?:del|della|di|de|dei|sul|sur|am|an)\s+[A-Z][\w'’-]+)?"
# "in Accumoli and Arquata del Tronto", "in Visso, Ussita and Norcia": the names after the first
COORDINATED = re.compile(rf"(?:,\s*|,?\s+and\s+)(?P<name>{_NAME})(?=[\s,.;:)]|$)")
LOCATIVE = re.compile(r"\b(?:in|at|near)\s+$")
# Institutions and buildings named with a place: "Hotel Roma", "San Martino hospital", "University of Genoa"
INSTITUTION = re.compile(r"\b(?:Hotel|Hospital|University|College|Clinic|Polyclinic)\s+(?:of\s+)?(?:[A-Z][\w'’-]+\s*){1,3}|"
                         r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?i:hospital|clinic|university|college|hotel)\b")


def coordinated(text: str, first: Place) -> list[Place]:
    """The names listed after an unknown place: "in Accumoli and Arquata del Tronto"."""
    out = []
    pos = first.end
    while (m := COORDINATED.match(text, pos)) is not None:
        name = m.group("name")
        if not name[:1].isupper() or name.split()[0] in ("Mr", "Mrs", "Ms", "Dr"):
            break
        out.append(Place(m.start("name"), m.end("name"), name, name, None, "other"))
        pos = m.end()
    return out


def recurring(text: str, start: int, places: list[Place], taken: Spans) -> tuple[list[Place], set[str]]:
    """Further mentions of unknown names first read as places after "in"/"at"; and the set of
    such names that the report gives more than once (towns, rather than sites).

    Every name's mentions are found in one Aho-Corasick pass (a search of the whole report per
    name was quadratic on a long report naming thousands of places), then claimed name by name."""
    particle = re.compile(r"\s(?:del|della|di|de|dei|sul|sur|am|an)\s")  # "Arquata del Tronto": a town's name
    seeds = {p.canonical for p in places if p.kind == "other" and p.part is None
             and ((" " not in p.canonical and LOCATIVE.search(text, max(0, p.start - 6), p.start)) or particle.search(p.canonical))}
    out: list[Place] = []
    towns: set[str] = set()
    for name, spans in _mentions(text, start, seeds):
        for s, e in spans:
            if not taken.overlaps(s, e):
                taken.add(s, e)
                out.append(Place(s, e, name, name, None, "other"))
        if len(spans) > 1:
            towns.add(name)
    return out, towns


def _mentions(text: str, start: int, names: set[str]) -> list[tuple[str, list[tuple[int, int]]]]:
    r"""Each name (sorted) with its whole-word mentions in text[start:], as
    `(?<![\w'’-])name(?![\w-])` finds them: left to right, none overlapping another of the same name."""
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    for s, e, name in occurrences(text, start, names):
        before = text[s - 1] if s > start else ""
        after = text[e] if e < len(text) else ""
        if before and (_word(before) or before in "'’-") or after and (_word(after) or after == "-"):
            continue
        held = found[name]
        if held and held[-1][1] > s:
            continue  # overlaps the previous mention of the same name: the regex scan resumes after it
        held.append((s, e))
    return sorted(found.items())


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches


def unmasked(text: str, start: int, places: list[Place]) -> list[Place]:
    """The places not inside an institution's name ("at the Hotel Roma in Amatrice": Amatrice only)."""
    spans = [(m.start(), m.end()) for m in INSTITUTION.finditer(text, start)]
    if not spans:
        return places
    return [p for p in places if not any(s <= p.start and p.end <= e and text[s:e].strip() != text[p.start:p.end]
                                         for s, e in spans)]
