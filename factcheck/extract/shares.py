"""Shares of territory: "retook nearly 80 percent of Kharkiv", "the militants still hold 21 percent".

A percentage of a place or of territory ("of the city", "of the right bank") is a fact of
measure `percent`, held by one side. War reports give either side's share, so a share the
losing side still holds (`share: held`) is compared as its complement (100 - value): 21
percent held and 79 percent retaken are one statement. Percentages of anything else
("70% of the houses", "90% of the army") stay `other`: they are not territory.
"""
from __future__ import annotations

import re

OF_WHAT = re.compile(r"\s*(?:%|percent|per\s+cent|pct)\W*(?:of|over)\W+(?:the\s+)?(?P<what>[^.;,:()]{0,60})", re.I)
TERRITORY = re.compile(r"\b(?:territor(?:y|ies)|land|area|city|town|country|region|province|district|bank|side|part|half|"
                       r"neighbou?rhoods?|enclave|pocket)\b", re.I)
NOT_TERRITORY = re.compile(r"^(?:\w+\s+){0,2}(?:houses|homes|buildings|army|troops|population|people|voters?|votes|budget|"
                           r"staff|workforce|children|residents)\b", re.I)
HOLDER = re.compile(r"\b(?:still|only|just)\s+(?:\w+\s+)?(?:controls?|holds?|in\s+control\s+of|occup(?:y|ies)|has)\b|"
                    r"\b(?:IS|ISIS|ISIL|Daesh|EI|Islamic\s+State|Taliban|(?i:jihadists?|jihadist\s+group|militants|"
                    r"extremists|insurgents|rebels|the\s+group|separatists))\b[^.;]{0,40}?\b(?:controls?|holds?|in\s+control\s+of|"
                    r"occup(?:y|ies|ied))\b")


def territory(text: str, end: int, sent_end: int, has_place: bool) -> str | None:
    """What a percentage at text[..end] is a share of, when that is a place or territory."""
    m = OF_WHAT.match(text, end, sent_end)
    if not m:
        return None
    what = m.group("what").strip()
    if not what or NOT_TERRITORY.match(what):
        return None
    return what if TERRITORY.search(what) or has_place else None


def side(text: str, clause_start: int, start: int) -> str:
    """`held` when the share is what the losing side still holds, else `gained`."""
    return "held" if HOLDER.search(text, clause_start, start) else "gained"
