"""Remarks: one speaker's quotes in a story grouped into the utterances they render.

A rendering is what one report quotes of an utterance (the same words quoted twice in
a report are one rendering). Two renderings from different reports render one remark
when one is an excerpt of the other, when they share a run of words, or, for the
same remark worded otherwise (another translation: "restore an acceptable level of
confidence" / "restore the acceptable level of trust"), when the shorter one's
content words are largely found in the best-aligned window of the longer
(rapidfuzz's partial-ratio alignment). Names capitalised inside a sentence ("Russia",
"the United States") are the story's topic and count for nothing: two remarks about
the same countries are not one remark. Short fragments ("constructive") join the one
remark they are an excerpt of, and never bridge two remarks.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from ..disjoint import DisjointSets
from ..extract.quotes import normalise
from ..model import Fact

STOP = frozenset("""a an the and or but if of to in on at by for with from as into about over than then that this these
those it its it's is are was were be been being am do does did have has had not no so we our us i me my you your he
him his she her they them their there here what which who whom will would shall should can could may might must just
also very all any some more most such only own same too s t between among through during before after under
against within without around because while where when how why one two like well even still now up down out off""".split())


@dataclass(frozen=True)
class Rendering:
    facts: tuple[Fact, ...]  # every quote of these words in one report
    doc: str
    words: tuple[str, ...]  # normalised
    text: str  # as the report wrote it (the longest of its quotes)

    @cached_property  # read for every pair of renderings: worked out once
    def names(self) -> frozenset[str]:
        """Words capitalised inside a sentence (Russia, United States): the story's topic,
        shared by many remarks, so they are no evidence that two quotes are one remark."""
        return _names(self.text)

    @cached_property
    def padded(self) -> str:
        """The words joined and padded with spaces: what contains() searches, built once."""
        return f" {' '.join(self.words)} "

    def grams(self, n: int) -> frozenset[tuple[str, ...]]:
        """Its runs of n words, built once per n (they were rebuilt for every pair)."""
        memo = self.__dict__.setdefault("_grams", {})
        if n not in memo:
            memo[n] = frozenset(tuple(self.words[i:i + n]) for i in range(len(self.words) - n + 1))
        return memo[n]

    @cached_property
    def content(self) -> tuple[tuple[int, str, str], ...]:
        """(position, word, stem) of each content word, in order: content_seq before the names
        are taken out, worked out once per rendering instead of once per pair."""
        return tuple((i, w, stem(w)) for i, w in enumerate(self.words) if w not in STOP and not w.isdigit())


@dataclass(frozen=True)
class Options:
    min_shared_words: int
    min_excerpt_words: int
    min_shared_content: int
    min_content_share: float
    min_content_share_short: float = 0.6  # a short quote: most of its content words ...
    min_similarity: float = 80.0  # ... and a close character alignment


@lru_cache(maxsize=65536)  # the same words recur across every pair of quotes compared
def stem(w: str) -> str:
    """A crude stem, enough to meet 'interests' with 'interest' and 'going' with 'go'."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[:-len(suffix)]
    return w


def content(words: Sequence[str]) -> set[str]:
    return {stem(w) for w in words if w not in STOP and not w.isdigit()}


def contains(small: Sequence[str], big: Sequence[str]) -> bool:
    """`small` is a contiguous run of `big` (words hold no spaces, so joined text says it)."""
    return not small or f" {' '.join(small)} " in f" {' '.join(big)} "


def renderings(facts: list[Fact]) -> list[Rendering]:
    """Per report, quotes whose words are one another's excerpt are one rendering."""
    by_doc: dict[str, list[tuple[tuple[str, ...], Fact]]] = {}
    for f in sorted(facts, key=lambda f: (f.doc, f.evidence.start)):
        words = tuple(normalise(f.text or "").split())
        if words:
            by_doc.setdefault(f.doc, []).append((words, f))
    out = []
    for doc, items in by_doc.items():
        items.sort(key=lambda x: -len(x[0]))
        groups: list[list[tuple[tuple[str, ...], Fact]]] = []
        for words, f in items:
            home = next((g for g in groups if contains(words, g[0][0])), None)
            (home.append((words, f)) if home else groups.append([(words, f)]))
        for g in groups:
            out.append(Rendering(tuple(f for _, f in g), doc, g[0][0], g[0][1].text or ""))
    return out


_MID_CAPITAL = re.compile(r"(?<=[\w,;:]\s)[A-Z][\w'’-]*")  # capitalised inside a sentence


def _names(text: str) -> frozenset[str]:
    return frozenset(normalise(m.group()) for m in _MID_CAPITAL.finditer(text))


def _shared_run(a: Sequence[str], b: Sequence[str], n: int) -> bool:
    grams = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    return any(tuple(b[i:i + n]) in grams for i in range(len(b) - n + 1))


def aligned(short: Sequence[str], long: Sequence[str], pad: int) -> tuple[int, int, float]:
    """The words of `long` that `short` best aligns with (rapidfuzz partial-ratio
    alignment), widened by `pad` words each side, and the alignment score."""
    s, text = " ".join(short), " ".join(long)
    al = fuzz.partial_ratio_alignment(s, text)
    if al is None:
        return 0, len(long), 0.0
    first = len(text[:al.dest_start].split())
    span = len(text[al.dest_start:al.dest_end].split())
    return max(0, first - pad), min(len(long), first + span + pad), al.score


def linked(a: Rendering, b: Rendering, opt: Options) -> bool:
    """Do two renderings (of full length) render one remark?"""
    short, long = sorted((a.words, b.words), key=lambda w: (len(w), w))  # the same answer either way round
    names = a.names | b.names
    small, big = (a, b) if a.words is short else (b, a)
    if not short or small.padded in big.padded:  # contains(short, long)
        return True
    n = opt.min_shared_words  # a run of n words in common holding two content words that are not names
    # ('previous level of interaction on all mutual', not 'Russia and the United States')
    if any(len([w for w in g if w not in STOP and w not in names]) >= 2 for g in small.grams(n) & big.grams(n)):
        return True
    cs = [st for _, w, st in small.content if w not in names]
    if len(set(cs)) < 2:
        return False
    if not _enough(_lcs(cs, [st for _, w, st in big.content if w not in names]), len(cs), opt, 100.0):
        return False  # not even in the whole of the longer quote: no window of it can do better
    lo, hi, score = aligned(short, long, max(4, 2 * len(short)))
    window = [st for i, w, st in big.content if lo <= i < hi and w not in names]  # content_seq(long[lo:hi], names)
    return _enough(_lcs(cs, window), len(cs), opt, score)  # content words met in the same order


def _enough(shared: int, n: int, opt: Options, score: float) -> bool:
    """Reworded or translated: much of the wording's substance, in order, in one place; or for a
    short quote most of its content words and a close character alignment."""
    if shared >= opt.min_shared_content and shared / n >= opt.min_content_share:
        return True
    return shared >= 2 and shared / n >= opt.min_content_share_short and score >= opt.min_similarity


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (rapidfuzz's, on word sequences: the pure
    Python table was a third of the quote rule's time)."""
    return int(LCSseq.similarity(a, b))


def _links(full: list[Rendering], opt: Options) -> Iterator[tuple[int, int]]:
    """Pairs (i, j) of renderings from different reports that render one remark: the edges whose
    connected groups are the remarks. `linked` reads only a rendering's words and names, so
    renderings alike in both (one wire story in 400 papers) are one class, linked among themselves,
    and each two classes are compared once: a story of many copies costs its distinct wordings
    squared, not its copies squared (400 copies of five reports took ten minutes)."""
    classes: dict[tuple[tuple[str, ...], frozenset[str]], list[int]] = {}
    for i, r in enumerate(full):
        classes.setdefault((r.words, r.names), []).append(i)
    members = list(classes.values())  # in order of first index; a class's reports differ (one rendering per report)
    for m in members:
        yield from ((m[0], j) for j in m[1:])
    sets = DisjointSets(len(members))
    for x, mx in enumerate(members):
        a = full[mx[0]]
        for y in range(x + 1, len(members)):
            my = members[y]
            if len(mx) == len(my) == 1 and full[my[0]].doc == a.doc:
                continue  # two wordings of one report are never linked to each other directly
            if sets.root(x) != sets.root(y) and linked(a, full[my[0]], opt):
                sets.join(y, x)
                yield mx[0], my[0]


def remarks(rs: list[Rendering], opt: Options) -> list[list[Rendering]]:
    """Renderings grouped into remarks: full renderings linked across reports, then each
    short fragment added to the one remark it is an excerpt of."""
    rs = sorted(rs, key=lambda r: (-len(r.words), r.words, r.text))  # an order no file name or id decides
    full = [r for r in rs if len(r.words) >= opt.min_shared_words]
    short = [r for r in rs if len(r.words) < opt.min_shared_words]
    sets = DisjointSets(len(full))
    for i, j in _links(full, opt):
        sets.join(j, i)
    out = [[full[i] for i in group] for group in sets.groups()]
    wordings = [_wordings(g) for g in out]  # each remark's distinct wordings, with the reports of each
    for r in short:
        if len(r.words) < opt.min_excerpt_words or not content(r.words):
            continue
        homes = [k for k, w in enumerate(wordings) if any(d - {r.doc} and contains(r.words, ws) for ws, d in w.items())]
        if not homes:
            homes = [k for k, w in enumerate(wordings) if all(len(ws) < opt.min_shared_words for ws in w)
                     and w.get(r.words, set()) - {r.doc}][:1]
            if not homes:
                out.append([])
                wordings.append({})
                homes = [len(out) - 1]
        if len(homes) == 1:
            out[homes[0]].append(r)
            wordings[homes[0]].setdefault(r.words, set()).add(r.doc)
    return out


def _wordings(group: list[Rendering]) -> dict[tuple[str, ...], set[str]]:
    out: dict[tuple[str, ...], set[str]] = {}
    for x in group:
        out.setdefault(x.words, set()).add(x.doc)
    return out


_CAP = re.compile(r"[^\W\d_]")


def starts_sentence(text: str) -> bool:
    """The rendering opens with a capital: it presents its first word as a sentence start."""
    m = _CAP.search(text)
    return bool(m and m.group().isupper())


_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s+)[\"'“‘(]*")


def excerpt_of(r: Rendering, of: Rendering) -> bool:
    """r's words are a run of `of`'s, and r does not present as a whole sentence what
    `of` opens with other words ("No rush." against "There's no rush."); a fragment
    from deep inside a sentence is an excerpt however a headline capitalises it."""
    if not contains(r.words, of.words):
        return False
    if r.words == of.words[:len(r.words)] or not starts_sentence(of.text) or not starts_sentence(r.text):
        return True
    for m in _SENTENCE_START.finditer(of.text.strip()):  # each sentence of `of`
        head = normalise(of.text.strip()[m.end():]).split()
        if r.words[0] in head[:4]:
            return head[0] == r.words[0]  # a few words before r's start in that sentence: a reworded opening
    return True
