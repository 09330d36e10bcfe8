"""How reporters shorten a person's name: the family name alone, in the name's own order.

"Kim Jong Un", "Moon Jae-in" and "Xi Jinping" are written family name first, so
the short form is "Kim", "Moon", "Xi"; "Donald Trump" shortens to "Trump". A name
is read as family-name-first only when its first word is a family name the lexicon
lists and the rest reads as romanised syllables ("Jong Un", "Jae-in", "Jinping"),
so "Kim Davis" or "Lee Anderson" keep the Western order. Honorifics ("Mr", "Dame",
"President") are not names: they are stripped from a name before it is shortened.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: entities imports this module
    from .entities import Lexicon, Mention

_SYLLABLE = r"[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|n|m|l|k|p|r|t)?"
_ONE = re.compile(rf"(?:{_SYLLABLE})")
_ONE_OR_TWO = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
# Words that follow an honorific without being a name: "King Street", "Premier League", "President's Cup".
NOT_SURNAMES = {"Street", "Road", "Avenue", "Square", "Park", "League", "Hall", "House", "Bridge", "College",
                "University", "Hospital", "Airport", "Station", "Palace", "Cup", "Award", "Prize", "Day", "Office",
                "Council", "Court", "Committee", "Commission", "Cabinet", "Administration", "Government", "Party"}


def _syllables(word: str, two: bool) -> bool:
    return bool((_ONE_OR_TWO if two else _ONE).fullmatch(word.lower()))


def family_first(name: str, family: Collection[str], joined: Collection[str]) -> bool:
    """'Kim Jong Un', 'Kim Jong-un', 'Moon Jae-in', 'Xi Jinping' -> True; 'Kim Davis' -> False.

    family: family names written first; joined: those whose given name may be one
    unhyphenated word ("Xi Jinping", "Wang Yi")."""
    toks = name.replace("‐", "-").split()
    if len(toks) < 2 or toks[0] not in family:
        return False
    given = toks[1:]
    if len(given) == 2:  # "Jong Un", "Yong Chol"
        return all(_syllables(t, False) for t in given)
    if len(given) == 1 and "-" in given[0]:  # "Jae-in", "Jong-un"
        return all(_syllables(p, False) for p in given[0].split("-"))
    return len(given) == 1 and toks[0] in joined and _syllables(given[0], True)


def short_form(name: str, family: Collection[str] = (), joined: Collection[str] = ()) -> str:
    """The form a report uses once the person is introduced: the family name."""
    toks = [t for t in name.split() if t not in SUFFIXES] or name.split()
    if not toks:
        return name
    if family_first(" ".join(toks), family, joined):
        return toks[0]
    return toks[-1]


def strip_honorifics(name: str, honorific_re: re.Pattern[str]) -> str:
    """'President Trump' -> 'Trump', 'Mr. Okafor' -> 'Okafor'; a name that is only a title stays."""
    rest = honorific_re.sub("", name, count=1).strip()
    return rest or name


def short_forms(spans: list[Mention], people: dict[str, str], lex: Lexicon) -> dict[str, list[tuple[int, str]]]:
    """Short form -> (position, full name) of every full mention it may stand for: the
    family name in the name's own order ("Kim" for Kim Jong Un), and "~Alan" for the
    given name an honorific uses ("Sir Alan"). The lexicon's one-word aliases come last."""
    shorts: dict[str, list[tuple[int, str]]] = {}
    for m in spans:
        if m.type == "person" and len(m.canonical.split()) > 1:
            for form in {lex.short(m.surface), lex.short(m.canonical)} if len(m.surface.split()) > 1 else {lex.short(m.canonical)}:
                shorts.setdefault(form, []).append((m.start, m.canonical))
            shorts.setdefault("~" + m.canonical.split()[0], []).append((m.start, m.canonical))
    for c in people.values():  # a lone name met with a speech verb ("Kerry said") is searched for everywhere
        if " " not in c and c not in shorts:
            full = lex.by_short.get(c, set())
            shorts[c] = [(-1, next(iter(full)) if len(full) == 1 else c)]
    for alias, c in lex.people.items():
        if " " not in alias and alias not in shorts:
            shorts[alias] = [(-1, c)]
    return shorts


def resolved(m: Mention, shorts: dict[str, list[tuple[int, str]]], given_name: bool) -> Mention:
    """A one-word mention -> the full person it stands for: the only one with that short
    form, else the nearest full mention before it; with several and none before, it stays as written."""
    cands = shorts.get(("~" if given_name else "") + m.canonical) or shorts.get(m.canonical) or []
    names = {c for _, c in cands}
    if len(names) == 1:
        pick = next(iter(names))
    else:
        before = [(p, c) for p, c in cands if 0 <= p < m.start]
        pick = max(before)[1] if before else m.canonical
    return replace(m, canonical=pick)
