"""quote: the same speaker's words as different outlets quote them.

Quotes are compared after normalising case, punctuation, quote marks, ellipses
and [bracketed insertions]. One an excerpt of the other -> agree; sharing a run
of at least `min_shared_words` words but worded differently -> variant, with a
word-level diff. Speakers match by full name, or by surname when one outlet
gives only the surname ("Kerry" and "John Kerry").

Example (variant): "Russia and Assad have a moment here where they are obviously
in a dominant position ... to show a little grace" vs "Russia and Assad have a
moment where they are in a dominant position to show a little grace".
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterator

from ..extract.entities import name_key
from ..extract.quotes import normalise
from ..model import Fact, Finding
from .base import Option, Rule, RuleType
from .common import Context, make_finding


def speaker_key(name: str | None, kind: str | None = None) -> str | None:
    """Surname for people ("Kerry" = "John Kerry"); the whole description for anonymous
    sources, so two outlets' "a US official" match but "an official" and "a Russian diplomat" do not."""
    if not name:
        return None
    if kind == "anonymous":
        return "anonymous: " + " ".join(name_key(name).split()[1:] or name_key(name).split())
    key = name_key(name).split()
    return key[-1] if key else None


def word_diff(a: list[str], b: list[str]) -> str:
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(a[i1:i2]))
        else:
            if i2 > i1:
                out.append("[-" + " ".join(a[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def _contains(small: list[str], big: list[str]) -> bool:
    """`small` is a contiguous run of `big` (words hold no spaces, so joined text says it)."""
    return not small or f" {' '.join(small)} " in f" {' '.join(big)} "


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        key = speaker_key(f.speaker, dict(f.extra).get("speaker_kind"))
        if key and f.text:
            groups[(ctx.story(f), key)].append(f)
    min_run = rule.opt("min_shared_words")
    for (_, _), group in sorted(groups.items()):
        group.sort(key=lambda f: (f.doc, f.evidence.start))
        words = {f.id: normalise(f.text or "").split() for f in group}
        grams = {k: _grams(w, min_run) for k, w in words.items()}  # a shared run of min_run words = a shared n-gram
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.doc == b.doc:
                    continue
                wa, wb = words[a.id], words[b.id]
                if len(wa) < min_run or len(wb) < min_run:
                    continue
                if _contains(wa, wb) or _contains(wb, wa):
                    yield make_finding(rule, "agree", [a, b], ctx, f"{ctx.outlet(a)} and {ctx.outlet(b)} quote {a.speaker} alike")
                elif not grams[a.id].isdisjoint(grams[b.id]):
                    diff = word_diff(wa, wb)
                    yield make_finding(rule, "variant", [a, b], ctx,
                                       f"{ctx.outlet(a)} and {ctx.outlet(b)} word {a.speaker}'s quote differently: {diff}", diff=diff)


TYPE = RuleType(
    name="quote", doc=__doc__ or "", check=check,
    options={"min_shared_words": Option(4, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 2, "a whole number of at least 2")})
