"""Judge a user-supplied regular expression before any text is matched with it.

Python's `re` backtracks and has no time limit, so one bad pattern in a lexicon can
hang a run on a 90-character sentence. Rather than time every match, a pattern is
parsed once at load and refused when its shape allows exponential backtracking:

- a quantifier inside a group that repeats more than MAX_SAFE_REPEAT times, `(a+)+`;
- a repeated group whose alternatives can match the same text, `(a|aa)+`, `(ab|a.)+`
  (decided exactly for literal alternatives, conservatively for the rest);
- backreferences. Also refused: patterns that do not compile or that match the
  empty string (they would match everywhere).
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the parser's opcodes, stable since 3.11
from re import _compiler, _parser

MAX_SAFE_REPEAT = 3  # a group repeated at most this often cannot blow up, whatever it holds
MAX_WORDS = 256  # literal alternatives expanded for the exact test; beyond, the conservative one
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ONE_CHAR = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY)
_PROBE = [chr(c) for c in range(32, 127)] + ["\t", "\n", "é", "ß", "€", "“", "\u00a0", "я"]
NESTED = "can backtrack catastrophically: a quantifier inside a repeated group, as in (a+)+; use a single quantifier"
OVERLAP = ("can backtrack catastrophically: a repeated group whose alternatives can match the same text, "
           "as in (a|aa)+; make the alternatives exclusive")


def problem(pattern: object) -> str | None:
    """Why a pattern must not be used, or None when it is safe."""
    if not isinstance(pattern, str):
        return f"should be a regular expression as text, got {type(pattern).__name__}"
    try:
        compiled = re.compile(f"(?:{pattern})", re.I)  # as the extractors embed it
        parsed = _parser.parse(pattern, re.I)
    except (re.error, RecursionError, OverflowError) as e:
        msg = str(getattr(e, "msg", e))
        if "global flags" in msg:
            msg += " (matching is case-insensitive already; for part of a pattern write (?i:...))"
        return f"is not a valid regular expression: {msg}"
    if compiled.fullmatch(""):
        return "matches the empty string (a stray '|' or '?'), so it would match everywhere"
    return _risk(list(parsed), inside=False)


def _risk(items: list, inside: bool) -> str | None:
    """Walk the parse tree; `inside` is True within a group that may repeat many times."""
    for op, av in items:
        found = None
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return "uses a backreference, which can take exponential time; not supported"
        if op in _REPEATS:
            low, high, sub = av
            if inside and low != high:
                return NESTED
            many = high == C.MAXREPEAT or high > MAX_SAFE_REPEAT
            found = (_body_risk(list(sub)) if many and not inside else _risk(list(sub), inside))
            found = found or (_ambiguous(list(sub)) if many else None)
        elif op is C.SUBPATTERN:
            found = _risk(list(av[3]), inside)
        elif op is C.BRANCH:
            found = next((r for alt in av[1] if (r := _risk(list(alt), inside))), None)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found = _risk(list(av[1]), inside)
        if found:
            return found
    return None


def _body_risk(body: list) -> str | None:
    """A repeated body may hold one variable run of single characters when a required
    character it cannot eat fences it, as in (\\d+,)*: the split is then forced."""
    flat = _flatten(body)
    runs = [i for i, (op, av) in enumerate(flat) if op in _REPEATS and av[0] != av[1]]
    if len(runs) == 1:
        sub = list(flat[runs[0]][1][2])
        chars = _first(sub) if len(sub) == 1 and sub[0][0] in _ONE_CHAR else None
        rest = flat[:runs[0]] + flat[runs[0] + 1:]
        if chars is not None and any(_required(it) and not (_first([it]) or chars) & chars for it in rest):
            return _risk(rest, True)
    return _risk(body, True)


def _required(item: tuple) -> bool:
    op, av = item
    return op in _ONE_CHAR or (op in _REPEATS and av[0] > 0 and _first(list(av[2])) is not None)


def _ambiguous(body: list) -> str | None:
    """OVERLAP when the repeated body can split one text two ways."""
    words = _words(body)
    if words is not None:
        return OVERLAP if len(set(words)) < len(words) or not _uniquely_decodable(set(words)) else None
    for op, av in _flatten(body):
        if op is C.BRANCH:
            firsts = [_first(list(alt)) for alt in av[1]]
            for i, a in enumerate(firsts):
                if any(a is None or b is None or a & b for b in firsts[:i]):
                    return OVERLAP
    return None


def _flatten(items: list) -> list:
    out = []
    for op, av in items:
        out += _flatten(list(av[3])) if op is C.SUBPATTERN else [(op, av)]
    return out


def _words(items: list) -> list[str] | None:
    """Every string a literal-only pattern matches (case-folded), or None when it is not literal-only."""
    words = [""]
    for op, av in _flatten(items):
        if op is C.LITERAL:
            words = [w + chr(av).lower() for w in words]
        elif op is C.BRANCH:
            alts = [_words(list(alt)) for alt in av[1]]
            if any(a is None for a in alts):
                return None
            words = [w + a for w in words for alt in alts for a in alt]  # type: ignore[union-attr]
        else:
            return None
        if len(words) > MAX_WORDS:
            return None
    return words


def _uniquely_decodable(code: set[str]) -> bool:
    """Sardinas-Patterson: can every concatenation of code words be split only one way?"""
    frontier = {b[len(a):] for a in code for b in code if a != b and b.startswith(a)}
    seen: set[str] = set()
    while frontier:
        if "" in frontier:
            return False
        seen |= frontier
        nxt = {w[len(d):] for d in frontier for w in code if w.startswith(d)}
        nxt |= {d[len(w):] for d in frontier for w in code if d.startswith(w)}
        frontier = nxt - seen
    return True


def _first(items: list) -> set[str] | None:
    """Probe characters the pattern can start with; None when it may be empty or is too complex."""
    for op, av in items:
        if op is C.AT:
            continue  # \b, ^, $: zero width
        if op in _ONE_CHAR:
            rx = _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), re.I)
            return {c for c in _PROBE if rx.fullmatch(c)}
        if op is C.SUBPATTERN:
            return _first(list(av[3]))
        if op in _REPEATS and av[0] > 0:
            return _first(list(av[2]))
        return None
    return None
