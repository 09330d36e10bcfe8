"""Who a speaker phrase points to: a named person, an organisation, or an anonymous
source kept as written ("a US official").

News writing introduces anonymous sources with an indefinite article and refers
back with a definite one ("a US official ... said" -> "the official added"), and
uses pronouns and role nouns ("he said", "the secretary of state said") for the
person last named as a subject; both conventions are followed here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import entities as ent
from .context import DocContext

ROLE = (r"(?:officials?|diplomats?|ministers?|secretary(?: of state| general)?|secretary-general|president|premier|"
        r"chancellor|spokes(?:man|woman|person)|envoy|ambassador|chief|leader|governor|mayor|general|commander|sources?|"
        r"aide|advis[eo]r|analysts?|experts?|witness(?:es)?|residents?|doctors?|activists?|officers?|director|chairman|"
        r"senator|lawmakers?|negotiators?|workers?|survivors?|neighbou?rs?|father|mother|man|woman|students?|teachers?|"
        r"volunteers?|farmers?|owners?|manager|researchers?|scientists?|professor|representatives?|delegates?|"
        r"counterpart|monitor|observatory|group|agency|ministry|organi[sz]ation|police|army|military|government|statement)")
ORG_HEADS = {"monitor", "observatory", "group", "agency", "ministry", "organisation", "organization", "police", "army",
             "military", "government", "statement"}
SPEECH_AFTER = re.compile(rf"^(?:\s*,[^,]{{1,80}},)?\s+(?:\w+ly\s+|also\s+)?{ent.SPEECH}\b")
TIME_TAIL = re.compile(r"\s+(?:on\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
                       r"in a statement|on Twitter|in an interview)\b.*$")


_LEAD_CONJ = re.compile(r"^(?:and|but|as|so|then|while)\s+", re.I)
_INDEFINITE = re.compile(r"^(?:a|an|one|another|two|three|several|some)\s+")  # "one senior EU diplomat"
_ROLE_END = re.compile(rf"\b{ROLE}$")
_ROLE_HEAD = re.compile(rf"\b({ROLE})$")
_POSSESSOR = re.compile(r"^[\w.]+['’]s\s")
_PLURAL_SOURCES = re.compile(r"(?:residents?|witnesses|activists|officials|sources|doctors|analysts|experts)")


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # person | org | anonymous


def resolve(ctx: DocContext, phrase: str, offset: int, q_start: int, spans: list[tuple[int, int]],
            transcript: bool = False) -> Speaker | None:
    """A speaker phrase as written -> who it names, or None when it names no one."""
    raw = phrase
    phrase = TIME_TAIL.sub("", phrase).strip(" ,—–-")
    phrase = _LEAD_CONJ.sub("", phrase)
    offset += raw.find(phrase) if phrase and raw.find(phrase) > 0 else 0
    low = phrase.lower()
    if not phrase or len(phrase.split()) > 9:
        return None
    if low in ("he", "she"):
        return _antecedent(ctx, offset, spans)
    if low in ("they", "we", "it", "i", "you", "this", "that", "there", "who", "which"):
        return None
    inside = ctx.ents.within(offset, offset + len(phrase))
    if _INDEFINITE.match(low) and _ROLE_END.search(low) \
            and not any(m.type == "person" for m in inside):
        return Speaker(phrase, "anonymous")  # "one senior EU diplomat": the EU is not the speaker
    for m in inside:
        return Speaker(m.canonical, "person" if m.type == "person" else "org")
    head = _ROLE_HEAD.search(low)
    if head and (low.startswith("the ") or _POSSESSOR.match(phrase) or phrase[:1].isupper()):
        titled = _titled(ctx, phrase, offset, spans)
        if titled:
            return titled
        intro = _introduced(ctx, head.group(1), offset)
        if intro:
            return intro
        if head.group(1) in ORG_HEADS:  # "the monitoring group" -> the latest monitor named
            backref = ent.resolve_phrase(phrase, offset, ctx.ents)
            return Speaker(backref.split("; ")[0], "org") if backref else None
        return _antecedent(ctx, offset, spans)
    if _PLURAL_SOURCES.fullmatch(low):
        return Speaker(phrase, "anonymous")
    return _name(ctx, phrase, transcript)


HEADS_OF = {"leader": ("president", "prime minister", "premier", "chancellor", "king", "queen", "leader", "emir"),
            "premier": ("prime minister", "premier"), "secretary": ("secretary",), "minister": ("minister",)}


_POSSESSIVE = re.compile(r"['’]s$")


def _titled(ctx: DocContext, phrase: str, offset: int, spans: list[tuple[int, int]]) -> Speaker | None:
    """'the Russian leader', 'the U.S. president', 'the prime minister' -> the person the
    report gave that title (and country), nearest before; None when it names no one or
    several people fit equally."""
    lex = ctx.ents.lex or ent.lexicon()
    words = phrase.split()
    country = next((lex.countries[w] for w in (_POSSESSIVE.sub("", x) for x in words) if w in lex.countries), None)
    low = phrase.lower()
    head = next((h for h in ("prime minister", "foreign minister", "secretary of state", "secretary-general")
                 if low.endswith(h)), words[-1].lower() if words else "")
    wanted = HEADS_OF.get(head, (head,))
    if head in ("official", "officials", "source", "sources", "diplomat", "diplomats") or (country is None and head == "leader"):
        return None
    fits = []
    for m in ctx.ents.mentions:
        if m.type != "person" or not _outside(m, spans):
            continue
        title = (m.title or "").lower()
        of = m.country or ctx.ents.affiliation.get(m.canonical)
        if (country is None or of == country) and (any(w in title for w in wanted) or (head == "leader" and of)):
            fits.append(m)
    names = {m.canonical for m in fits}
    if len(names) == 1:
        return Speaker(next(iter(names)), "person")
    before = [m for m in fits if m.start < offset]
    if len(names) > 1 and before and country is not None:
        return Speaker(before[-1].canonical, "person")
    return None


_LOWER_LEAD = re.compile(r"^(?:[a-z][\w-]*\s+)+")  # "neighbor " before "Maria Lopez"


def _name(ctx: DocContext, phrase: str, transcript: bool) -> Speaker | None:
    """'neighbor Maria Lopez', 'Jane Doe, CEO of Acme' -> the capitalised name no list knows."""
    phrase = _LOWER_LEAD.sub("", phrase.split(",")[0]).strip()
    toks = phrase.split()
    if not toks or len(toks) > 4 or toks[0] in ent.NOT_NAME_START | ent.CALENDAR or toks[0].endswith("ing"):
        return None
    if not all(t[:1].isupper() or t in ("al", "el", "bin", "ibn", "de", "van", "von", "da", "di") for t in toks):
        return None
    lex = ctx.ents.lex or ent.lexicon()
    if phrase in lex.countries or any(p.name == phrase or p.canonical == phrase for p in ctx.places_in(0, len(ctx.doc.text))):
        return None
    known = ctx.ents.surnames.get(phrase) or lex.by_key.get(ent.name_key(phrase))
    if known:
        return Speaker(known, "person")
    if phrase in lex.orgs:
        return Speaker(lex.orgs[phrase][0], "org")
    if len(toks) == 1 and not transcript and toks[0].isupper():
        return None
    return Speaker(phrase, "person")


def _outside(m: ent.Mention, spans: list[tuple[int, int]]) -> bool:
    return outside(m.start, spans)


def _antecedent(ctx: DocContext, offset: int, spans: list[tuple[int, int]]) -> Speaker | None:
    """The person a pronoun points to: the first person named (outside quotes) in the
    nearest sentence before that names anyone: news names its subject first."""
    i = offset
    while True:
        hit = ctx.ents.latest(i, ["person"])
        if hit is None:
            return None
        if _outside(hit, spans) and _in_prose(ctx, hit.start):
            break
        i = hit.start
    sent = next((s for s in ctx.sents if s.start <= hit.start < s.end), None)
    if sent is not None:  # the subject of a speech verb, else the first person named
        named = [m for m in ctx.ents.within(sent.start, min(sent.end, offset)) if m.type == "person" and _outside(m, spans)]
        speaking = [m for m in named if SPEECH_AFTER.match(ctx.doc.text[m.end:sent.end])]
        hit = (speaking or named or [hit])[0]
    return Speaker(hit.canonical, "person")


def _in_prose(ctx: DocContext, i: int) -> bool:
    """In report prose, not page chrome ("Notable deaths in 2022 ... King Tut's tomb")."""
    return any(x.start <= i < x.end and x.prose for x in ctx.sents)


def _introduced(ctx: DocContext, head: str, offset: int) -> Speaker | None:
    """'the official' after 'a US official, who spoke on condition of anonymity, said'."""
    text = ctx.doc.text
    lo = max(ctx.doc.body_start, offset - 3000)
    intro = None
    for m in re.finditer(rf"\b(?:a|an|one|another)\s+((?:[\w.'’-]+\s+){{0,4}}?{re.escape(head)})\b", text[lo:offset], re.I):
        intro = (lo + m.start(), m.group(0))
    if intro is None:
        return None
    latest = ctx.ents.latest(offset, ["person"])
    if latest is not None and latest.start > intro[0]:
        return None  # someone was named since: the description more likely points to them
    return Speaker(intro[1], "anonymous")


# A clause's verb right after its subject: "Putin hailed", "Trump then appeared", "Kim also said".
_VERBISH = re.compile(r"(?:\s*,[^,“”\"\n]{1,60},|\s*,)?\s+(?:(?:also|then|even|later|again|earlier|first|himself|herself|\w+ly)\s+)?"
                      r"(?:[a-z]+(?:ed|es|s)|went|spoke|told|said|gave|took|made|came|met|put|set|sat|stood|began|"
                      r"kept|left|let|felt|thought|saw|got|held|brought|struck|wrote|was|is|has|had|will|would|can|could)\b")


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_CONJ_GAP = re.compile(r"(?:^|[,;])\s*(?:and|but|while)\s")


def _persons(ctx: DocContext, start: int, end: int, spans: list[tuple[int, int]]) -> list[ent.Mention]:
    return [m for m in ctx.ents.within(start, end) if m.type == "person" and _outside(m, spans)]


def subject(ctx: DocContext, start: int, end: int, q_start: int, q_end: int,
            spans: list[tuple[int, int]]) -> Speaker | None:
    """The person a sentence is about, for a quote its attribution does not name:
    the nearest subject (a person, or he/she) before the quote whose verb follows
    ("Trump praised Putin for hosting a "beautiful" World Cup"), else the first after
    it ("Portraying ties as "complicated", Putin went on ..."); in a sentence that is
    not English, the first person it names outside quotes."""
    text = ctx.doc.text
    named = _persons(ctx, start, end, spans)
    subs: list[tuple[int, int, ent.Mention | None]] = [(m.start, m.end, m) for m in named]
    subs += [(start + p.start(), start + p.end(), None) for p in _PRONOUN.finditer(text[start:end])
             if outside(start + p.start(), spans)]
    subs = [x for x in sorted(subs) if _VERBISH.match(text, x[1], end) and text[x[1]:x[1] + 2] not in ("'s", "’s")]
    before = [x for x in subs if x[1] <= q_start]
    after = [x for x in subs if x[0] >= q_end and not _CONJ_GAP.search(text[q_end:x[0]])]
    for s, e, m in ([before[-1]] if before else []) + after[:1]:
        if m is not None:
            return Speaker(m.canonical, "person")
        return _antecedent(ctx, s, spans)
    if named and not ENGLISH.search(text, start, end):  # no verb pattern reads this language
        return Speaker(named[0].canonical, "person")
    return None


ENGLISH = re.compile(r"\b(?:the|and|of|to|was|is|with|that)\b")


def outside(i: int, spans: list[tuple[int, int]]) -> bool:
    """Offset `i` is in none of the quote spans."""
    return not any(a <= i < b for a, b in spans)


_SAYS = re.compile(rf"(?P<np>\b[Hh]e|\b[Ss]he|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})"
                   rf"(?:\s+[a-z]+){{0,6}}?\s+{ent.SPEECH}\b")


def talker(ctx: DocContext, start: int, end: int, spans: list[tuple[int, int]]) -> Speaker | None:
    """The last person a paragraph has speaking ("He says ...", "Putin ... said the Cold
    War is over"): who an unattributed quote-only paragraph after it continues."""
    text = ctx.doc.text
    last = None
    for m in _SAYS.finditer(text[start:end]):
        if not outside(start + m.start(), spans):
            continue
        np = m.group("np")
        if np.lower() in ("he", "she"):
            who = _antecedent(ctx, start + m.start(), spans)
        else:
            inside = _persons(ctx, start + m.start(), start + m.end("np"), spans)
            who = Speaker(inside[-1].canonical, "person") if inside else None
        last = who or last
    return last
