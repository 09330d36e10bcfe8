"""quote: one finding per remark, however many outlets quote it.

A speaker's quotes in a story are grouped into remarks (`remarks.py`): the same
utterance quoted whole, in part, with other punctuation, spelling or contractions,
or in another translation. Quotes are compared after normalising case, punctuation,
quote marks, ellipses and [bracketed insertions]. A remark quoted by two or more
outlets gives one finding: agree when every rendering is an excerpt of one wording
(a fragment quoted inside a paraphrase included); variant when the wording differs,
with each outlet's wording and a word diff against the most common one. Speakers
match by the family name ("Kerry" = "John Kerry", "Kim" = "Kim Jong Un"), anonymous
sources by their whole description.

Options: `min_shared_words` (a run of this many words in common links two quotes),
`min_excerpt_words` (a shorter fragment is not grouped), `min_shared_content` and
`min_content_share` (reworded or translated: this many content words, and this share
of the shorter quote's, found in the aligned window of the longer), and for a short
quote `min_content_share_short` of its content words with a character alignment of
at least `min_similarity` (0-100).

Example (variant): "Russia and Assad have a moment here where they are obviously
in a dominant position ... to show a little grace" vs "Russia and Assad have a
moment where they are in a dominant position to show a little grace".
"""
from __future__ import annotations

import difflib
import math
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from ..extract.entities import lexicon, name_key
from ..model import Fact, Finding
from .base import Option, Rule, RuleType, number_between
from .common import Context, make_finding
from .remarks import Options, Rendering, aligned, excerpt_of, remarks, renderings


def speaker_key(name: str | None, kind: str | None = None) -> str | None:
    """The family name for people ("Kerry" = "John Kerry", "Kim" = "Kim Jong Un"); the
    whole description for anonymous sources, so two outlets' "a US official" match but
    "an official" and "a Russian diplomat" do not."""
    if not name:
        return None
    if kind == "anonymous":
        return "anonymous: " + " ".join(name_key(name).split()[1:] or name_key(name).split())
    short = lexicon().short(name)
    return name_key(short) or None


def word_diff(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> str:
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


def canonical(group: list[Rendering]) -> Rendering:
    """The most common wording: the rendering most reports quote (whole or in part), then the
    wording nearest all the others (the medoid), then the longest. Renderings alike in words and
    text are one class, weighed by their number: one wire story in 400 papers costs its distinct
    wordings squared, not its copies squared."""
    classes: dict[tuple[tuple[str, ...], str], list[Rendering]] = {}
    for r in group:
        classes.setdefault((r.words, r.text), []).append(r)
    reps = [(m[0], {x.doc for x in m}, len(m)) for m in classes.values()]
    joined = {k: " ".join(k[0]) for k in classes}
    keys: dict[tuple[tuple[str, ...], str], tuple] = {}
    for k, m in classes.items():
        r = m[0]
        support = len(set().union(*(docs for x, docs, _ in reps if excerpt_of(x, r))))
        closeness = math.fsum(fuzz.token_set_ratio(joined[k], joined[(x.words, x.text)]) * (n - ((x.words, x.text) == k))
                              for x, _, n in reps)  # the others: r itself is left out
        keys[k] = (support, closeness, len(r.words), r.text)
    return max(group, key=lambda r: keys[(r.words, r.text)])


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        key = speaker_key(f.speaker, dict(f.extra).get("speaker_kind"))
        if key and f.text:
            groups[(ctx.story(f), key)].append(f)
    opt = Options(rule.opt("min_shared_words"), rule.opt("min_excerpt_words"), rule.opt("min_shared_content"),
                  rule.opt("min_content_share"), rule.opt("min_content_share_short"), rule.opt("min_similarity"))
    for _, group in sorted(groups.items()):
        for remark in remarks(renderings(group), opt):
            if len({r.doc for r in remark}) > 1:
                yield _finding(rule, remark, ctx)


def _finding(rule: Rule, remark: list[Rendering], ctx: Context) -> Finding:
    remark = sorted(remark, key=lambda r: (ctx.outlet(r.facts[0]), r.facts[0].evidence.start))
    main = canonical(remark)
    facts = [f for r in remark for f in r.facts]
    speaker = max((f.speaker or "" for f in facts), key=len)
    rows = []
    for r in remark:
        row = {"fact": r.facts[0].id, "doc": r.doc, "outlet": ctx.outlet(r.facts[0]), "text": r.text,
               "excerpt": excerpt_of(r, main)}
        if not row["excerpt"]:
            lo, hi, _ = aligned(r.words, main.words, 0) if len(r.words) < len(main.words) else (0, len(main.words), 0)
            row["diff"] = word_diff(main.words[lo:hi], r.words)  # against the part of the remark it renders
        rows.append(row)
    outlets = sorted({row["outlet"] for row in rows})
    if all(row["excerpt"] for row in rows):
        return make_finding(rule, "agree", facts, ctx, f"{', '.join(outlets)} quote {speaker} alike",
                            canonical=main.text, renderings=rows, speaker=speaker)
    diff = " | ".join(f"{row['outlet']}: {row['diff']}" for row in rows if "diff" in row)
    return make_finding(rule, "variant", facts, ctx,
                        f"{speaker}'s remark worded differently by {diff} (against {ctx.outlet(main.facts[0])})",
                        diff=diff, canonical=main.text, renderings=rows, speaker=speaker)


def _whole(default: int, least: int = 1) -> Option:
    return Option(default, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= least, f"a whole number of at least {least}")


TYPE = RuleType(
    name="quote", doc=__doc__ or "", check=check,
    options={"min_shared_words": _whole(4, least=2),
             "min_excerpt_words": _whole(2), "min_shared_content": _whole(3),
             "min_content_share": number_between(0, 1, 0.3), "min_content_share_short": number_between(0, 1, 0.6),
             "min_similarity": number_between(0, 100, 80)})
