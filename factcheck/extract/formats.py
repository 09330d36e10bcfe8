"""Named meeting formats and their members: "the Normandy Four summit" is a meeting of France,
Germany, Russia and Ukraine.

Reports name such formats instead of their members, and a format's name is no attendee
("Normandy" is not a person). The formats are data: rules/lexicons/meetings.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import load_lexicon

def _compiled() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    out = []
    for pat, members in (load_lexicon("meetings").get("formats") or {}).items():
        try:
            out.append((re.compile(rf"\b(?:{pat})\b"), tuple(str(m) for m in members or ())))
        except re.error:
            continue  # a format pattern that does not compile names no format
    return out


FORMATS = _compiled()
NEAR = re.compile(r"(?:[-\s]+(?:format|[a-z]+|leaders['’]?)){0,2}[-\s]+$")  # "Normandy-format summit", "Normandy Four leaders' summit"


@dataclass(frozen=True)
class Format:
    start: int
    end: int
    members: tuple[str, ...]


def find(text: str, start: int, end: int) -> list[Format]:
    """Format names in text[start:end]."""
    return [Format(m.start(), m.end(), members) for rx, members in FORMATS for m in rx.finditer(text, start, end)]


def of_meeting(text: str, lo: int, m_start: int, m_end: int, hi: int) -> Format | None:
    """The format a meeting word names: right before it ("the Normandy Four summit", "a Normandy-format
    summit") or in its "of" slot ("a summit of the Normandy Four")."""
    for f in find(text, lo, hi):
        if f.end <= m_start and NEAR.fullmatch(text, f.end, m_start):
            return f
        if f.start >= m_end and re.fullmatch(r"\s+(?:of|between|among)\s+(?:the\s+)?", text[m_end:f.start]):
            return f
    return None


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
COUNTED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|\d)\s+(?:nations|countries|states|leaders|sides|parties)\b", re.I)


def counted(text: str, start: int, end: int, groups: list[tuple[int, str]]) -> Format | None:
    """"the four nations" of a sentence that names a four-member format: that format's members."""
    for _, g in groups:
        c = COUNTED.search(g)
        if not c:
            continue
        n = int(c.group("n")) if c.group("n").isdigit() else NUMBERS[c.group("n").lower()]
        same = [f for f in find(text, start, end) if len(f.members) == n]
        if same:
            return same[0]
    return None
