"""Meeting mentions in reports written in other languages.

A few meeting words of other languages ("vertice", "cumbre", "sommet", "Gipfel",
"встреча", "среща") and the other-language names of cities ("Parigi", "Париж") are
lexicon data (rules/lexicons/meetings.yaml). Without that language's grammar, a
mention takes every person its sentence names, as a partial list, and its place
from a city named after a preposition of those languages, so a report in Italian
joins the finding of the summit the English reports describe.
"""
from __future__ import annotations

import re

from ..lexicon import load_lexicon
from ..scan import Anchored

_DATA = load_lexicon("meetings")
WORDS: list[str] = str(_DATA.get("foreign_triggers") or "").split()
CITY_FORMS: dict[str, str] = {str(k): str(v) for k, v in (_DATA.get("city_forms") or {}).items()}
_ALT = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True)) or "(?!)"
TRIGGER = re.compile(rf"(?<!\w)(?:{_ALT})(?!\w)", re.I)
TRIGGER_FAST = Anchored(TRIGGER, WORDS, digits=False)
VENUE_CITIES: dict[str, str] = {str(k): str(v) for k, v in (_DATA.get("venue_cities") or {}).items()}
PREP = r"(?:a|in|en|à|em|no|na|nel|nella|di|de|в|във|во)"
_CITIES = "|".join(sorted((re.escape(c) for c in CITY_FORMS), key=len, reverse=True)) or "(?!)"
CITY = re.compile(rf"(?<!\w){PREP}\s+(?P<city>{_CITIES})(?!\w)")


def place(text: str, start: int, end: int) -> str | None:
    """The city a sentence of another language places its meeting in: "a Parigi", "в Париж"."""
    m = CITY.search(text, start, end)
    return CITY_FORMS[m.group("city")] if m else None


def venue_city(text: str) -> str | None:
    """The city of a venue the text names ("the Elysee Palace" -> Paris), from the lexicon."""
    return next((c for v, c in VENUE_CITIES.items() if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)), None)
