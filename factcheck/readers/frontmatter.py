"""YAML front matter: split it from the body, parse it with the guarded reader, check it.

A bad front matter never costs the body: malformed YAML is reported at its line and
the lines that still parse one by one are kept; a bad value is reported and dropped,
so the document falls back on what can be inferred from its text.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from .decoding import clean
from ..yamlsafe import YamlError, load_text, strip_lines

KNOWN_KEYS = {"outlet", "published", "story", "title", "url", "author", "language", "factcheck", "place"}
MAX_CHARS = 64 * 1024  # front matter is a few lines; more is a missing closing fence or an attack
_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t].*)?$")

Problem = tuple[int | None, str]  # (line, message)


def split(text: str, problems: list[Problem]) -> tuple[dict[str, Any], dict[str, int], int]:
    """(front matter, line of each key, offset of the body)."""
    opening = _OPEN.match(text)
    if not opening:
        return {}, {}, 0
    close = _CLOSE.search(text, opening.end())
    if close is None:
        if _KEY_LINE.match(text[opening.end():].split("\n", 1)[0]):
            problems.append((1, "front matter has no closing '---' line; read as body text"))
        return {}, {}, 0  # a leading '---' with no keys under it is a Markdown rule, not front matter
    body_start = min(len(text), close.end() + 1)
    block = text[opening.end():close.start()]
    if len(block) > MAX_CHARS:
        problems.append((2, f"front matter is {len(block)} characters, over the {MAX_CHARS} limit; ignored"))
        return {}, {}, body_start
    try:
        meta = load_text(block, with_lines=True, timestamps=False)
    except YamlError as e:
        meta, kept = _salvage(block)
        note = f" (kept: {', '.join(kept)})" if kept else ""
        problems.append(((e.line or 0) + 1, f"front matter is not valid YAML: {e.message}{note}"))
        return meta, {k: line for k, line in kept.items()}, body_start
    if meta is None:
        return {}, {}, body_start
    if not isinstance(meta, dict):
        problems.append((2, f"front matter should be a mapping of keys to values, got {_kind(meta)}"))
        return {}, {}, body_start
    lines = {k: n + 1 for k, n in meta.pop("__lines__", {}).items()}
    meta.pop("__line__", None)
    return strip_lines(meta), lines, body_start


def _salvage(block: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The `key: value` lines that parse on their own; a key given twice is dropped."""
    meta: dict[str, Any] = {}
    lines: dict[str, int] = {}
    twice: set[str] = set()
    for n, line in enumerate(block.split("\n"), start=2):
        if not _KEY_LINE.match(line):
            continue
        try:
            one = load_text(line, timestamps=False)
        except YamlError:
            continue
        if isinstance(one, dict) and len(one) == 1:
            key, val = next(iter(one.items()))
            if key in meta:
                twice.add(key)
            meta[key], lines[key] = val, n
    for key in twice:
        del meta[key], lines[key]
    return meta, lines


def _kind(val: object) -> str:
    if isinstance(val, bool):
        return "true/false (quote it to make it text)"
    return {list: "a list", dict: "a mapping", str: "text", int: "a number", float: "a number"}.get(type(val), type(val).__name__)


def check(meta: dict[str, Any], lines: dict[str, int], problems: list[Problem]) -> dict[str, Any]:
    """Validate values; report and drop the bad ones, keep the rest. Empty values count as absent."""
    out: dict[str, Any] = {}
    for key, val in meta.items():
        line = lines.get(key, 1) if isinstance(key, str) else 1
        if key not in KNOWN_KEYS:
            shown = clean(str(key))[:80]
            close = difflib.get_close_matches(shown, KNOWN_KEYS, n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            problems.append((line, f'unknown front matter key "{shown}" (known: {", ".join(sorted(KNOWN_KEYS))}){hint}'))
        elif val is None or val == "":
            continue
        elif key == "published":
            iso = iso_date(val)
            if iso is None:
                problems.append((line, f'"published" should be an ISO date like 2016-12-10, got {str(val)[:80]!r}'))
            else:
                out[key] = iso
        elif key == "factcheck":
            ign = val.get("ignore") if isinstance(val, dict) else None
            if not isinstance(ign, list) or not all(isinstance(x, str) for x in ign):
                problems.append((line, '"factcheck" should be a mapping like {ignore: [rule-id, ...]}'))
            else:
                out["ignore"] = tuple(clean(x) for x in ign)
        elif isinstance(val, bool) or not isinstance(val, (str, int, float)):
            problems.append((line, f'"{key}" should be text, got {_kind(val)}'))
        else:
            out[key] = clean(str(val))
    return out


def iso_date(val: object) -> str | None:
    """An ISO date or date-time as text, or None. Accepts what YAML and people write."""
    if isinstance(val, (dt.date, dt.datetime)):
        return val.isoformat()
    if not isinstance(val, str):
        return None
    s = val.strip()
    try:
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(s).isoformat() if len(s) > 10 else None
    except ValueError:
        return None
