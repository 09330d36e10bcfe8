"""Quotations and their speakers.

Quotes are read with a small scanner: straight or curly double marks (single
curly marks only where no double mark is open), nested single quotes kept inside,
and a paragraph that ends inside a quote continuing into the next one when that
one opens with a quote mark (the multi-paragraph convention). Broadcast transcript
lines ("KERRY: ...") are quotes by their label.

The speaker comes from the attribution next to the quote ("...," Kerry said;
said Kerry; Kerry told reporters: "..."; a US official, who ..., said; according
to Kerry), else from the same sentence's speech verb ("Kerry urged Russia to "show
a little grace""), a trailing ", Kerry says." or the sentence's subject ("Trump
praised Putin for a "beautiful" World Cup"), else from another quote in the
paragraph (a quote split by its attribution), else from who the paragraph has
speaking before it, else, for a paragraph naming no one, from the speaker of the
paragraph before ("He says ..." then a quote-only paragraph). Headlines
("Kerry: 'Show a little grace'") and transcript labels ("KERRY: ...") name their
speaker. Quotes of one or two words count only when their sentence credits them
before the quote ("said he was "happy""), so labels ("a "working lunch"") do not.
A speaker phrase resolves in `speakers.py`; with none of these it stays unknown.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Evidence, Fact, stable_id
from ..text import Sentence
from .context import DocContext
from .labels import HEADLINE, headline, transcript
from .speakers import Speaker, outside, resolve, subject, talker

OPEN_D, CLOSE_D = "“\"„«", "”\""  # English, straight, German/Bulgarian „...“, French/Russian «...»
CLOSERS = {"“": "”\"", "\"": "”\"", "„": "“”\"", "«": "»", "‘": "’"}
VERB = (r"(?:said|says|say|tells?(?:\s+us)?|told(?:\s+(?:reporters|journalists|the\s+\w+|a\s+(?:news\s+|press\s+)?\w+))?|added|tweeted|wrote|"
        r"posted|warned|insisted|stressed|explained|declared|noted|urged|asked|replied|claimed|admitted|argued|continued|"
        r"recalled|acknowledged|conceded|cautioned|emphasi[sz]ed|announced|confirmed|predicted|vowed|pledged|promised|"
        r"suggested|maintained|complained|charged|quipped|remarked|observed|responded|answered|shouted|concluded)")
REPORTING = rf"(?:{VERB}|lauded|touted|called(?:\s+(?:on|for|it|them|him|her))?|described|praised|critici[sz]ed|accused|denied|dismissed|condemned|demanded|blamed|defended|hailed|welcomed|rejected|according to)"
_ADV = r"(?:\s+(?:also|then|later|however|again|earlier|previously|separately|simply|flatly|bluntly|\w+ly))?"
_C = r"(?:[^,.;:!?“”\"\n]|\.(?=[A-Z]|\s+[A-Z]))"  # a phrase's characters; a dot only in "U.S." or "Maj. Gen."
_NP = rf"(?P<np>{_C}{{1,70}}?)"
# '"...," Maria Santos, head of the health office, told reporters' and '..., Head of the Agency told': the
# appositive after the name, opened by a lower-case word or "Head of"; closed by a comma or by the verb itself
AFTER = [re.compile(rf"\s*[,!?…—–-]?\s*{_NP}(?P<app>,\s*(?:who|a|an|the|[a-z]+|[A-Z][a-z]+\s+of)\b[^“”\"\n]{{1,100}}?"
                    rf"(?:,|(?=\s+(?:told|said|says)\b)))?{_ADV}\s+{VERB}\b"),
         re.compile(rf"\s*[,!?…—–-]?\s*{VERB}\s+(?P<np>{_C}{{1,70}}?)(?=\s*(?:[,.;:!?]|$|\s+(?:in|on|at|during|after|before|as|while|when|of)\s))")]
AFTER_PERIOD = re.compile(rf"\s*\.?\s*(?P<np>[A-Z][^,.;:!?“”\"\n]{{0,60}}?){_ADV}\s+{VERB}(?=\s*[.,])")
MIN_WORDS = 3  # shorter quotes ("happy", "very productive") count only when their own sentence credits them
ACCORDING = re.compile(r"\b[Aa]ccording to (?P<np>[^,;:“”\"]{1,60}?),?\s*$")
ACCORDING_LEAD = re.compile(r"\b[Aa]ccording to (?P<np>[^,;:“”\"]{1,60}?),\s*[^“”\";]{0,150}$")  # 'According to X, the talks were "frank"'
TRAILING = re.compile(rf",\s*{_NP}{_ADV}\s+{VERB}\s*[.!?]?\s*$")
_OPENER = re.compile("[“\"‘„«]")
_CLOSER_RX = {c: re.compile(f"[{re.escape(c)}]") for c in set(CLOSERS.values())}


def extract(ctx: DocContext) -> Iterator[Fact]:
    text = ctx.doc.text
    paras = sorted({(x.para_start, x.para_end) for x in ctx.sents
                    if x.prose or text[x.para_start] in OPEN_D + "‘" or text[x.para_start:x.para_end].rstrip().endswith(("“", "»"))
                    or HEADLINE.match(text, x.para_start, x.para_end)})
    passages: list[tuple[int, int, list[tuple[int, int]], int]] = []  # (open, close, pieces, paragraph index)
    labelled: dict[int, Speaker] = {}
    for k, (p0, p1) in enumerate(paras):
        label = transcript(ctx, p0, p1) or headline(ctx, p0, p1)
        if label:
            q0, q1 = p0 + label[1], p0 + label[2]
            labelled[len(passages)] = label[0]
            passages.append((q0, q1, [(q0, q1)], k))
            continue
        passages += _scan(text, paras, k)
    spans = [(o, c) for o, c, _, _ in passages]
    found: list[tuple[int, int, str, list[tuple[int, int]], int, Speaker | None]] = []
    for n, (o, c, pieces, k) in enumerate(passages):
        if any(a < o and c <= b for a, b in spans):  # inside a longer passage (a paragraph joined to the next)
            continue
        q = " ".join(text[s:e].strip() for s, e in pieces)
        who = labelled.get(n) or _speaker(ctx, o, c, paras[k], spans)
        if len(q.split()) < MIN_WORDS and not _paired(text, c, passages[n + 1:n + 2]) \
                and (who is None or not q.strip(" ,.;:!?…") or not _credited(ctx, o)):
            continue
        found.append((o, c, q, pieces, k, who))
    current: Speaker | None = None  # who is speaking as the report runs on, and in which paragraph
    current_para = -1
    for i, (o, c, q, pieces, k, who) in enumerate(found):
        if who is None:
            sent = _sentence(ctx, o)
            opens = sent is None or not text[sent.start:o].strip()  # a quote that is its whole sentence's start
            same = {f[5] for f in found if f[4] == k and f[5] is not None and (f[0] < o or opens)}
            if len(same) == 1:  # '"...," he said. "..."': the paragraph has one speaker
                who = next(iter(same))
            else:
                who = _carried(ctx, o, c, paras, k, spans, current, current_para)
        found[i] = (o, c, q, pieces, k, who)
        if who is not None:
            current, current_para = who, k
    for o, c, q, pieces, _, who in found:
        yield _fact(ctx, pieces[0][0], pieces[-1][1], q, who)


def _sentence(ctx: DocContext, o: int) -> Sentence | None:
    """The sentence holding offset o."""
    return next((x for x in ctx.sents if x.start <= o < x.end), None)


_JOINED = re.compile(r"[\s,]*(?:but|and|yet|while)\s+")


def _paired(text: str, c: int, following: list[tuple[int, int, list[tuple[int, int]], int]]) -> bool:
    """A short quote joined to a full one ("don't always "dovetail," but "the interests abound""):
    words of the same remark, not a label."""
    if not following:
        return False
    o2, c2, pieces, _ = following[0]
    gap = text[c:o2]
    words = sum(len(text[a:b].split()) for a, b in pieces)
    return words >= MIN_WORDS and bool(_JOINED.fullmatch(gap))


_REPORTED = re.compile(rf"(?<![\w-]){REPORTING}\b")
_CALLED_AS = re.compile(r"\bas,?\s+(?:an?\s+|the\s+)?[“\"‘]")


def _credited(ctx: DocContext, o: int) -> bool:
    """A short quote is a quote, not a label ("a "working lunch""), when its sentence
    has a reporting verb before it or calls something by it ("described the talks as "useful"")."""
    sent = _sentence(ctx, o)
    if sent is None:
        return False
    head = ctx.doc.text[sent.start:o + 1]  # credited before it: '"moderates" hampered the effort, Kerry admitted' is a label
    credit = _REPORTED.search(head)  # "so-called" credits no one
    return bool(credit or _CALLED_AS.search(head))


def _carried(ctx: DocContext, o: int, c: int, paras: list[tuple[int, int]], k: int,
             spans: list[tuple[int, int]], current: Speaker | None, current_para: int) -> Speaker | None:
    """An unattributed quote: who its paragraph has speaking before it, else the person
    its sentence is about, else (a paragraph naming no one) the speaker the report was
    following in the previous paragraph."""
    p0, p1 = paras[k]
    who = talker(ctx, p0, o, spans)
    if who:
        return who
    sent = _sentence(ctx, o)
    if sent is not None:
        who = subject(ctx, sent.start, sent.end, o, c, spans)
        if who:
            return who
    if any(m.type == "person" for m in ctx.ents.within(p0, p1)) or k == 0:
        return None
    prev0, prev1 = paras[k - 1]
    if c >= p1 and any(m.type == "person" for m in ctx.ents.within(p1, paras[k + 1][0] if k + 1 < len(paras) else p1)):
        return None
    if p0 - prev1 >= 400:
        return None
    before = talker(ctx, prev0, prev1, spans) or (current if current_para == k - 1 else None)
    if before is None and any(m.type == "person" and outside(m.start, spans)
                              for m in ctx.ents.within(prev0, prev1)):
        return None  # the paragraph before is about someone who does not speak: the report moved on
    return before or current


def _scan(text: str, paras: list[tuple[int, int]], k: int) -> list[tuple[int, int, list[tuple[int, int]], int]]:
    """Quotes that open in paragraph k; one left open continues into the next paragraph
    when that paragraph opens with a quote mark."""
    p0, p1 = paras[k]
    out = []
    i = p0
    while i < p1:
        m = _OPENER.search(text, i, p1)  # jump to the next quote mark: most of a report is outside quotes
        if m is None:
            break
        i = m.start()
        ch = text[i]
        single = ch == "‘" and (i == p0 or not text[i - 1].isalnum())
        if ch in OPEN_D or single:
            closers = CLOSERS[ch]
            start, pieces, j, kk, end = i, [], i + 1, k, None
            while True:
                e = _close(text, j, paras[kk][1], closers)
                if e is not None:
                    pieces.append((j, e))
                    end = e + 1
                    break
                pieces.append((j, paras[kk][1]))
                nxt = paras[kk + 1] if kk + 1 < len(paras) else None
                if nxt is None or text[nxt[0]] not in (OPEN_D + "‘") or "\n" not in text[paras[kk][1]:nxt[0]]:
                    end = paras[kk][1]
                    break
                kk += 1
                j = nxt[0] + 1
            out.append((start, end, pieces, k))
            i = end if kk == k else p1
            continue
        i += 1
    return out


def _close(text: str, j: int, end: int, closers: str) -> int | None:
    rx = _CLOSER_RX[closers]
    for m in rx.finditer(text, j, end):
        x = m.start()
        if closers != "’" or x + 1 >= len(text) or not text[x + 1].isalnum():
            return x  # a closing single mark is never followed by a letter: "don’t" does not close
    return None


_CONJ = re.compile(r"(?:while|whereas|but|and)\s")
_SAID_BEFORE = re.compile(rf"(?:^|(?<=[,;—–(”\"])|(?<=\bthat)|(?<=\band)|(?<=\bbut)|(?<=\bwhile))\s*"
                          rf"(?P<np>[^,;:“”\"()]{{1,80}}?){_ADV}(?:\s*,\s*(?:[a-z]+ing|seated|flanked|surrounded|accompanied|joined|backed)\b[^,;:“”\"()]{{1,60}},)?"
                          rf"\s+{REPORTING}\b")


def _speaker(ctx: DocContext, o: int, c: int, para: tuple[int, int], spans: list[tuple[int, int]]) -> Speaker | None:
    text = ctx.doc.text
    p0, p1 = para
    nxt = min([a for a, _ in spans if a >= c] + [p1 if c <= p1 else c + 200])
    inner = text[o + 1:c - 1].rstrip()
    open_end = inner[-1:] in ",?!—–-" or text[c:c + 1] == ","  # the sentence goes on after the quote
    for rx in AFTER if open_end else ():
        m = rx.match(text, c, nxt)
        if m and not _CONJ.match(m.group("np").strip()):  # '"...," while X warned that "..."'
            who = resolve(ctx, m.group("np"), m.start("np"), o, spans)
            if who:
                return who
    m = AFTER_PERIOD.match(text, c, nxt)
    if m and text[c - 2:c - 1] in ".!?" or m and text[c:c + 1] == ".":
        who = resolve(ctx, m.group("np"), m.start("np"), o, spans)
        if who:
            return who
    sent = max((s for s in ctx.sents if s.start <= o), key=lambda s: s.start, default=None)
    head_start = max(p0, sent.start if sent else p0)
    m = ACCORDING.search(text, head_start, o)  # 'According to Mr Sunak, "..."'
    who = resolve(ctx, m.group("np"), m.start("np"), o, spans) if m else None
    if who:
        return who
    for m in reversed(list(_SAID_BEFORE.finditer(text[head_start:o]))):  # "Macron, speaking after the talks, said"
        who = resolve(ctx, m.group("np"), head_start + m.start("np"), o, spans)
        if who:
            return who
    m = ACCORDING_LEAD.search(text, head_start, o)
    who = resolve(ctx, m.group("np"), m.start("np"), o, spans) if m else None
    if who:
        return who
    if sent is not None and sent.end > c:  # '"..." of Russian and American businessmen, Putin says.'
        m = TRAILING.search(text, c, sent.end)
        who = resolve(ctx, m.group("np"), m.start("np"), o, spans) if m else None
        if who:
            return who
        return subject(ctx, sent.start, sent.end, o, c, spans)
    return None


_INSERTION = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_ELLIPSIS = re.compile(r"\.\.\.|…")
_PUNCT = re.compile(r"[^\w\s]")


def normalise(q: str) -> str:
    """Compare wording, not typography: case, quote marks, ellipses, [insertions], punctuation."""
    q = _INSERTION.sub(" ", q.lower())
    q = _ELLIPSIS.sub(" ", q)
    q = _PUNCT.sub(" ", q.replace("’", "'").replace("'", ""))
    return " ".join(q.split())


def _fact(ctx: DocContext, s: int, e: int, q: str, who: Speaker | None) -> Fact:
    text = ctx.doc.text
    while e > s and text[e - 1].isspace():  # a quote left open runs to its paragraph's end, not past it
        e -= 1
    line, col = ctx.index.locate(s)
    covered = [x for x in ctx.sents if x.start < e and s < x.end]  # a quote may run over several sentences
    ev = Evidence(s, e, line, col, text[min(covered[0].start, s):max(covered[-1].end, e)] if covered else q)
    extra = (("speaker_kind", who.kind),) if who else ()
    return Fact(id=stable_id("quote", ctx.doc.id, s, e), doc=ctx.doc.id, kind="quote", evidence=ev,
                speaker=who.name if who else None, text=q, extra=extra)
