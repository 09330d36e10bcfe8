"""The shape each lexicon's entries must have, checked once at load (lexicon.py).

A user's numbers.yaml is data we did not write: a scale that is not a number, a
vague interval written backwards or a qualifier of an unknown kind would otherwise
fail deep inside extraction, or quietly mean nothing. Each bad entry is reported
with file, line and key, and dropped; the rest of the file stays in force.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Callable

QUALIFIER_KINDS = ("above", "at_least", "nearly", "approx", "at_most")
POSTFIX_KINDS = ("at_least", "at_most", "approx")
Check = Callable[[Any], "str | None"]


def _number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _positive(x: Any) -> str | None:
    return None if _number(x) and 0 < x <= 1e15 else "should be a number above 0 (at most 1e15)"


def _denominator(x: Any) -> str | None:
    return None if isinstance(x, int) and not isinstance(x, bool) and 2 <= x <= 1000 else "should be a whole number from 2 to 1000"


def _interval(x: Any) -> str | None:
    if not (isinstance(x, list) and len(x) == 2 and _number(x[0]) and (x[1] is None or _number(x[1]))):
        return "should be [low, high]: two numbers, high may be null (unbounded)"
    return None if 0 <= x[0] and (x[1] is None or x[0] <= x[1]) else "should have 0 <= low <= high"


def _phrases(x: Any) -> str | None:
    ok = isinstance(x, list) and all(isinstance(p, str) and p.strip() for p in x)
    return None if ok else "should be a list of non-empty phrases"


def _ratio(x: Any) -> str | None:
    return None if _number(x) and 0 < x <= 1 else "should be a number above 0 and at most 1"


# lexicon -> key -> (check of each entry of a mapping, or of the value itself; allowed entry names or None)
SHAPES: dict[str, dict[str, tuple[Check, tuple[str, ...] | None, bool]]] = {
    "numbers": {
        "scales": (_positive, None, True), "suffixes": (_positive, None, True), "fractions": (_denominator, None, True),
        "vague": (_interval, None, True), "qualifiers": (_phrases, QUALIFIER_KINDS, True),
        "postfix": (_phrases, POSTFIX_KINDS, True), "range_words": (_phrases, None, False),
        "change_words": (_phrases, None, False), "nearly_ratio": (_ratio, None, False),
    },
}


def check(name: str, data: dict[str, Any], f: Path, report: Callable[[int, str], None]) -> None:
    """Drop, in place, every entry of `data` (as loaded with lines) whose shape is wrong; report each."""
    shapes = SHAPES.get(name)
    if not shapes:
        return
    lines = data.get("__lines__", {})
    for key in [k for k in data if not str(k).startswith("__")]:
        line = lines.get(key, 1)
        if key not in shapes:
            report(line, f"{key}: unknown key (known: {', '.join(shapes)}); ignored")
            continue
        test, names, per_entry = shapes[key]
        value = data[key]
        if not per_entry:
            why = test(value)
            if why:
                report(line, f"{key}: {why}; dropped")
                del data[key]
            continue
        if not isinstance(value, dict):
            report(line, f"{key}: should be a mapping; dropped")
            del data[key]
            continue
        sub_lines = value.get("__lines__", {})
        for sub in [k for k in value if not str(k).startswith("__")]:
            why = (f"unknown kind (known: {', '.join(names)})" if names and sub not in names
                   else None if isinstance(sub, str) and sub.strip() else "should be a word or phrase")
            why = why or test(value[sub])
            if why:
                report(sub_lines.get(sub, line), f"{key}.{sub}: {why}; dropped")
                del value[sub]
