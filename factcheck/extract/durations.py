"""How long a meeting lasted and how many took part, as the text words them.

"talks lasted about three hours", "a 38-minute one-on-one", "less than an hour",
"nine hours of talks" -> an interval in minutes with the words kept; "18 leaders"
-> a head count. Kept beside the meeting (`duration`, `head_count`), never as an
attendee.
"""
from __future__ import annotations

import re

WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
         "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
         "forty-five": 45, "ninety": 90, "half an": 0.5, "a half": 0.5}
NUM = r"(?:\d+(?:\.\d+)?|half an|a half|forty-five|" + "|".join(k for k in WORDS if " " not in k and k != "forty-five") + r")"
HEDGE = r"(?P<{}>about|around|some|roughly|nearly|almost|more than|over|less than|under|just over|just under|at least|up to)?\s*"
H1, H2 = HEDGE.format("hedge"), HEDGE.format("hedge2")
DURATION = re.compile(rf"\b{H1}(?P<n>{NUM})(?P<half> and a half)?[\s-](?P<unit>hours?|minutes?|hrs?|mins?)\b"
                      rf"(?=[\w\s,-]{{0,40}}?\b(?:talks|meeting|summit|discussions?|negotiations|one-on-one|session|dinner|lunch|long)\b"
                      rf"|\s+(?:later|behind closed doors|together))|"
                      rf"\b(?:lasted|lasting|went on for|ran for|for)\s+{H2}(?P<n2>{NUM})(?P<half2> and a half)?\s+(?P<unit2>hours?|minutes?)\b", re.I)
COUNT = re.compile(rf"\b(?P<n>\d+|{'|'.join(k for k in WORDS if k not in ('a', 'an', 'half an', 'a half'))})\s+"
                   r"(?:(?:world|foreign|european|african|asian|arab|heads of|other)\s+)?"
                   r"(?P<who>leaders|heads of state|heads of government|ministers|presidents|prime ministers|delegations|countries|nations)\b", re.I)


def _num(s: str) -> float:
    s = s.lower()
    return float(s) if s[0].isdigit() else float(WORDS.get(s, 0))


def duration(text: str, start: int, end: int, near: int | None = None) -> tuple[str, float, float] | None:
    """(words, low, high) in minutes for the duration in text[start:end] nearest `near` (the meeting word)."""
    found = list(DURATION.finditer(text, start, end))
    if not found:
        return None
    m = min(found, key=lambda x: abs(x.start() - near)) if near is not None else found[0]
    n = _num(m.group("n") or m.group("n2")) + (0.5 if m.group("half") or m.group("half2") else 0)
    unit = (m.group("unit") or m.group("unit2")).lower()
    minutes = n * (60 if unit.startswith("h") else 1)
    hedge = (m.group("hedge") or m.group("hedge2") or "").lower()
    low, high = minutes, minutes
    if hedge in ("more than", "over", "at least", "just over"):
        high = minutes * 1.5
    elif hedge in ("less than", "under", "up to", "just under", "nearly", "almost"):
        low = 0 if hedge in ("less than", "under", "up to") else minutes * 0.85
    elif hedge:
        low, high = minutes * 0.85, minutes * 1.15
    return m.group().strip(), round(low, 1), round(high, 1)


def head_count(text: str, start: int, end: int) -> int | None:
    m = COUNT.search(text, start, end)
    return int(_num(m.group("n"))) if m else None
