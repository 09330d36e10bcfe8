"""Where, when and on whose word a figure holds: its place, its days and its source.

Split from quantities (which finds and classifies figures): the place nearest the figure
in its own clause, the days its sentence names, the speaker of a quotation it sits in,
and the source of the same figure stated elsewhere in the report.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import Fact
from ..text import Sentence
from . import attribution, numbers
from .context import DocContext
from .places import Place

CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|\s--\s|,\s*(?:while|whereas|but|although|though)\b")
# A participial clause after the figure's own ("a quake that killed 2,500, digging through rubble
# in the capital"): what it places is what the clause's subject does next, not the figure.
PARTICIPLE = re.compile(r",\s+(?:and\s+)?(?!including\b|according\b)[a-z]+ing\b")
# A place named as a reference point ("a village north of Kathmandu", "50 miles from the
# capital, Kathmandu"): the place is not where the figure is.
REFERENCE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|(?:kilomet(?:er|re)s?|km|miles?|hours?|drive|walk))"
                       r"\s+(?:of|from|outside)\s+(?:the\s+(?:\w+\s+)?capital,?\s+)?(?:the\s+)?$", re.I)


def place(ctx: DocContext, sent: Sentence, m: numbers.Mention, src_spans: list[tuple[int, int]]) -> Place | None:
    """The place nearest the figure in its sentence (not in a source phrase or the dateline, and
    rather in its own clause: "53 in India, while 17 died in Tibet"); None: the report's own."""
    skip = [ctx.dateline] if ctx.dateline else []
    cands = [p for p in ctx.places_in(sent.start, sent.end) if not any(a <= p.start < b for a, b in skip)
             and not SAID_IN.search(ctx.doc.text, max(sent.start, p.start - 40), p.start)
             and not ORIGIN.search(ctx.doc.text, max(sent.start, p.start - 50), p.start)
             and not (p.start > m.end and MOSTLY.search(ctx.doc.text, max(m.end, p.start - 40), p.start))
             and not (p.canonical in ctx.capitals and (p.start, p.end) in src_spans)]  # "Tehran said": a government
    # (a country giving a toll, "Nepal counted 1,900 dead", is most often giving its own)
    if not cands:
        return None
    text = ctx.doc.text
    paired = _respectively(text, sent, m, cands)
    if paired is not None:
        return paired
    back = _referred(ctx, sent, m, cands)
    if back is not None:
        return back

    def cost(p: Place) -> float:  # a place in the source phrase ("officials in India") only when no other will do
        d = (p.start - m.end) if p.start >= m.end else (m.start - p.end) * 1.3 + 5
        a, b = (m.end, p.start) if p.start >= m.end else (p.end, m.start)
        unplaced = 100 if p.kind == "other" and p.canonical not in ctx.country_of and not (
            p.canonical in ctx.local_towns and LOCATIVE.search(text, max(0, p.start - 6), p.start)) else 0  # "Rana Plaza ... in Savar"
        trailing = p.start >= m.end and PARTICIPLE.search(text, a, b)
        conceded = p.end <= m.start and (c := CONCESSION.match(text, sent.start, m.start)) is not None and p.end <= c.end()
        barrier = 200 if CLAUSE_END.search(text, a, b) or trailing or conceded else 0
        reference = 150 if REFERENCE.search(text, max(0, p.start - 40), p.start) else 0
        if barrier and p.start >= m.end and SPEAKER_AFTER.match(text, p.end):
            return SPEAKING  # "769 died in the crush, while Iran said 464 ...": Iran speaks of its own figure, not this one
        direct = -5 if p.start >= m.end and DIRECT.fullmatch(text, m.end, p.start) else 0  # "13 in the State of Mexico"
        return d + direct + unplaced + barrier + reference + (150 if any(x <= p.start < y for x, y in src_spans) else 0)
    least, _, best = min((cost(p), i, p) for i, p in enumerate(cands))
    if least >= SPEAKING:
        return None
    owned = POSSESSIVE.match(text, best.end)
    if owned:  # "in central Chile's Valparaiso", "southeastern Turkey's Gaziantep": the place owned is the figure's
        best = next((p for p in cands if p.start == owned.end()), best)
    if ctx.scope == "local" and any(x <= best.start < y and (x, y) != (best.start, best.end) for x, y in src_spans):
        return None  # "the region of Liguria said": a local event's toll is the site's, whoever gives it
    if _beside_site(ctx, best):
        return None
    return _together(ctx.doc.text, cands, best) or best


SPREAD = re.compile(r"\b(?:in|across|throughout|over)\s+(?:the\s+)?$", re.I)


def _together(text: str, cands: list[Place], best: Place) -> Place | None:
    """"across Turkey and Syria", "in Mozambique, Zimbabwe and Malawi": a figure of several countries
    together is of all of them (one place, "Turkey and Syria"), not of the one named nearest."""
    if best.kind not in ("country", "region"):
        return None
    order = sorted(cands, key=lambda p: p.start)
    i = j = order.index(best)
    while i > 0 and order[i - 1].kind in ("country", "region") and SEPARATOR.match(text[order[i - 1].end:order[i].start]):
        i -= 1
    while j + 1 < len(order) and order[j + 1].kind in ("country", "region") and SEPARATOR.match(text[order[j].end:order[j + 1].start]):
        j += 1
    if i == j or len({p.canonical for p in order[i:j + 1]}) < j - i + 1 \
            or not SPREAD.search(text, max(0, order[i].start - 20), order[i].start):
        return None  # "like Iran and Russia", "the leaders of Russia and Ukraine": actors, not where
    names = [p.name for p in order[i:j + 1]]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return Place(order[i].start, order[j].end, name, name, None, "other")


LOCATIVE = re.compile(r"\b(?:in|at|near)\s+$")
# "said at a press conference in Jakarta": where the figure was given, not where it is
# "foreign nationals from Poland", "five from Iran, four each from China": where victims came from, not where they fell
ORIGIN = re.compile(r"\b(?:(?:nationals|citizens|tourists|visitors|foreigners|pilgrims|expatriates|expats|holidaymakers)\s+(?:[\w-]+\s+){0,2}?|"
                    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|each)\s+)from\s+(?:the\s+)?"
                    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*(?:and\s+)?|\s+and\s+))*$")  # "from Poland, Denmark and Japan"
SPEAKER_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|say|reported|announced|confirmed|told)\b")
SPEAKING = 10_000.0
DIRECT = re.compile(r"\s+(?:(?:people|persons|deaths|dead|killed|injured|missing)\s+)?(?:were\s+)?(?:in|at)\s+(?:the\s+)?")
# "2,946 were killed, most of them in Al Haouz province": where a part of the figure fell, not the figure's place
MOSTLY = re.compile(r"\b(?:(?:most|many|some|several|half|all|the\s+(?:majority|bulk))\s+of\s+(?:them|whom|those|the\s+\w+)|"
                    r"mostly|mainly|largely|chiefly|primarily|particularly|especially)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
QUOTE_MARK = re.compile(r"[“”\"]")
SAID_IN = re.compile(r"\b(?:press|news)\s+(?:conference|briefing)\s+(?:held\s+)?in\s+(?:the\s+)?$", re.I)
POSSESSIVE = re.compile(r"['’]s?\s+")
# "died there", "in the town", "the worst-hit village": a place named just before, referred back to
ANAPHOR = re.compile(r"\b(?:there(?!\s+(?:is|are|was|were|remains?|remained|have|has|had|will|would|may|might|could|can|"
                     r"must|should|seems?|seemed|appears?|appeared|being|been|exists?|existed)\b|['’]s\b)|(?:in|at|of)\s+the\s+(?:[\w-]+\s+)?(?:town|village|city|hamlet|municipality))\b(?!\s+(?:of|hall|council|centre|center)\b)")
FIGURE = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
LIST_AFTER = re.compile(rf"^(?:(?:,\s*|,?\s+and\s+){FIGURE})*,?\s+respectively\b", re.I)
# "Although X said ... in Marche, at least 15 are missing in Y": the concession's places are not the figure's
CONCESSION = re.compile(r"\W*(?:Although|Though|While|Whereas|Even\s+though|Despite)\b[^,]*,")
LIST_BEFORE = re.compile(rf"(?:{FIGURE}(?:,\s*|,?\s+and\s+))*$", re.I)
SEPARATOR = re.compile(r"^(?:,\s*|,?\s+and\s+)(?:the\s+)?$")


def _respectively(text: str, sent: Sentence, m: numbers.Mention, cands: list[Place]) -> Place | None:
    """"The toll in A and B stood at 11 and 49 respectively": figures and places paired in order."""
    after = LIST_AFTER.match(text[m.end:sent.end])
    if after is None:
        return None
    before = LIST_BEFORE.search(text, max(sent.start, m.start - 80), m.start)
    figure = re.compile(FIGURE, re.I)
    k = len(figure.findall(before.group(0))) if before else 0
    n = k + 1 + len(figure.findall(after.group(0)))
    first = before.start() if before and before.group(0) else m.start
    chain: list[Place] = []
    for p in reversed([p for p in cands if p.end <= first]):
        if chain and not SEPARATOR.match(text[p.end:chain[0].start]):
            break
        chain.insert(0, p)
    return chain[k] if len(chain) == n else None


def _referred(ctx: DocContext, sent: Sentence, m: numbers.Mention, cands: list[Place]) -> Place | None:
    """A figure placed by "there" or "the town" just after it (or just before it, with no place of
    its own in between) is of the place named before: in its sentence (the source's own town,
    "the mayor of X said ... died there"), else at the end of the sentence before."""
    text = ctx.doc.text
    a = ANAPHOR.search(text, m.end, min(sent.end, m.end + 50))
    if a is None:
        a = ANAPHOR.search(text, max(sent.start, m.start - 50), m.start)
        if a is None or any(a.end() <= p.start < m.start for p in cands):
            return None
    elif any(m.end <= p.start < a.start() for p in cands):
        return None  # "12 died in Kano, the town's ...": the figure's own place comes first
    town = not a.group(0).startswith("there")  # "the town" is no country
    before = [p for p in cands if p.end <= a.start() and not (town and p.kind == "country")]
    if before:
        return before[-1]
    prev = [s for s in ctx.sents if s.prose and s.end <= sent.start][-1:]
    skip = ctx.dateline or (0, 0)
    earlier = [p for s in prev for p in ctx.places_in(s.start, s.end)
               if not skip[0] <= p.start < skip[1] and not (town and p.kind == "country")]
    return earlier[-1] if earlier else None


NEAR_BEFORE = re.compile(r"\b(?:suburbs?|outskirts|edge)\s+of\s+(?:the\s+)?$|\b(?:outside|near)\s+(?:the\s+)?$", re.I)
NEAR_AFTER = re.compile(r"^['’]s\s+(?:\w+\s+)?(?:suburbs?|outskirts)\b", re.I)


def _beside_site(ctx: DocContext, p: Place) -> bool:
    """A local event's site described by the city it lies beside ("the Rana Plaza in Dhaka's suburb",
    "a depot on the outskirts of Chittagong") when the report is about a town of its own (one no list
    knows, or one of that country): the figure is the town's (the report's place), not the city's."""
    main = ctx.main_place
    if ctx.scope != "local" or ctx.main_kind not in ("city", "other") or not main or main == p.canonical:
        return False
    text = ctx.doc.text
    if not (NEAR_BEFORE.search(text, max(0, p.start - 30), p.start) or NEAR_AFTER.match(text[p.end:p.end + 24])):
        return False
    home = ctx.country_of.get(main)  # a town no list knows lies where the report says
    return home is None or home == ctx.country_of.get(p.canonical)


def day(ctx: DocContext, sent: Sentence) -> tuple[str, str] | None:
    """The days a figure covers: from the earliest to the latest day its sentence names.

    A toll is a running count, so it is current as of the latest day mentioned
    ("recovered more bodies on Tuesday from the block that collapsed on Monday,
    bringing the toll to 13" is Monday..Tuesday); a past year alone ("In 1961, a
    storm killed 54") dates background, and is ignored when a day is also named."""
    if ctx.published is None:
        return None
    found = ctx.times(sent)
    days = [t.window for t in found if t.window[1][:4] != t.window[0][:4] or t.window[0][5:] != "01-01"
            or t.window[1][5:] != "12-31"]
    windows = days or [t.window for t in found]
    if not windows:
        d = ctx.published.isoformat()
        return d, d
    return min(w[0] for w in windows), max(w[1] for w in windows)


def quoted_speaker(ctx: DocContext, sent: Sentence, m: numbers.Mention) -> attribution.Clause | None:
    """A figure inside a quotation is credited to whoever the paragraph quotes."""
    if not ctx.inside_quote(sent.para_start, sent.para_end, m.start):  # indexed once per paragraph (was quadratic)
        return None
    found = ctx.clauses(sent.para_start, sent.para_end)
    text = ctx.doc.text  # rather the clause attached to a quotation ('..." said X', 'X said: "...') than another figure's
    attached = [c for c in found if QUOTE_MARK.search(text, max(sent.para_start, c.start - 12), c.start)
                or QUOTE_MARK.search(text, c.end, min(sent.para_end, c.end + 12))]
    return (attached or found or [None])[0]


BARE_TITLE = re.compile(r"(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|minister|mayor|governor|official|chief|"
                        r"commander|general|director|superintendent|commissioner|sheriff|coroner|secretary)")


def source(ctx: DocContext, clause: attribution.Clause | None) -> str | None:
    """The clause's source, a bare title ("the spokesman said", "the fire chief told reporters") taken
    back to whom the report introduced with it: the person named ("Interior Minister Ram Thapa"),
    or the description it was introduced with ("a spokesman for the Interior Ministry")."""
    if clause is None:
        return None
    if not BARE_TITLE.fullmatch(clause.name):
        return clause.name
    from .speakers import resolve  # speakers reads the context: imported here, as people.py does

    raw = ctx.doc.text[clause.start:clause.end]
    who = resolve(ctx, raw, clause.start, clause.start, [])
    if who is not None and who.kind == "person":
        return who.name
    head = clause.name.split()[-1]
    lo = max(ctx.doc.body_start, clause.start - 3000)
    intro = None
    for m in re.finditer(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}"
                         rf"(?P<of>\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})?"
                         rf"(?:,\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}),)?", ctx.doc.text[lo:clause.start]):
        intro = m
    if intro is not None and intro.group("name"):  # "a spokesman for the ministry, Laxmi Dhakal,": the person named
        return intro.group("name")
    if intro is not None and intro.group("of"):  # "a spokesman for the Interior Ministry"
        return attribution.clean(intro.group(0))
    return (attribution.clean(who.name) if who is not None and who.kind == "anonymous" else "") or clause.name


NEARBY = 1500  # characters: a figure repeated within a few paragraphs is the same statement


def shared_sources(made: list[Fact]) -> list[Fact]:
    """Attribution that comes in another sentence: the lead states "the toll rose to 265" on its own,
    a later paragraph says "police super X told reporters that 265 bodies have been retrieved".
    An unattributed figure takes the source of the same figure (measure and value) stated nearby."""
    credited: dict[tuple, list[Fact]] = {}  # (measure, low, high) -> the credited statements of that figure
    for g in made:
        if g.source and g.value:
            credited.setdefault((g.measure, g.value.low, g.value.high), []).append(g)
    if not credited:
        return made
    out = []
    for f in made:
        if f.source is None and f.value is not None and f.measure not in ("count", "duration", "other"):
            near = [g for g in credited.get((f.measure, f.value.low, f.value.high), ())
                    if abs(g.evidence.start - f.evidence.start) <= NEARBY]
            if near:
                g = min(near, key=lambda g: abs(g.evidence.start - f.evidence.start))
                f = dataclasses.replace(f, source=g.source)
        out.append(f)
    return out
