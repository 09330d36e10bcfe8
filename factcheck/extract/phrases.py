"""Noun-phrase lists as news prose writes them: who a meeting names, and how.

No tagger (that would mean model weights): a list is read token by token with a
closed vocabulary of what may sit inside a noun phrase (determiners, people nouns,
their usual modifiers, capitalised names) and stops at anything else, so "a
meeting of countries that oppose Assad, including France" yields the list after
"including" and never "oppose Assad". Items are named parties (people,
organisations, countries, places) or group descriptions kept as written ("US,
European and Arab foreign ministers"); a group followed by "of"/"from" a named
list gives way to that list ("the foreign ministers of France, Germany and Qatar").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: context imports entities, which uses this module
    from .context import DocContext

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:Corp|Inc|Ltd|Co|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Gen|Col|Maj|Lt|Capt|Jr|Sr)\.|\w[\w'’-]*|[^\w\s]")
HEADS = set("""ministers diplomats officials leaders delegations delegates representatives envoys experts negotiators
countries nations allies partners powers donors governments backers heads chiefs counterparts members groups factions
parties states commanders generals mediators lawmakers legislators senators mayors governors presidents premiers
ambassadors officers activists rebels militants figures teams agencies organisations organizations ministries sides
monarchs kings executives counterpart minister president envoy delegation leader ambassador official team diplomat
premier chancellor secretary spokesman spokeswoman aides advisers advisors staff staffers interpreters translators
entourage""".split())
MODS = set("""foreign senior top high-ranking military opposition leading regional defence defense interior finance deputy
prime vice chief security government state rebel civil society army police health trade economy economic energy justice
junior former key major world international local tribal religious political community business union humanitarian aid
peace ceasefire intelligence naval national provincial federal city county district party parliamentary cabinet allied
rival warring main moderate like-minded likeminded friendly partner coalition alliance the a an their its his her our
both all two three four five six seven eight nine ten eleven twelve dozens hundreds other several some many""".split())
PARTIAL_WORDS = {"other", "several", "some", "many", "dozens", "hundreds"}
LINKS = {"and", "or", "&", "of", "from"}
CONTINUE = re.compile(r",?\s*(?:including|such as|among them|among others|notably|especially|as well as)\b", re.I)
ADVERBS = {"However", "Meanwhile", "Separately", "Earlier", "Later", "Also", "Today", "Yesterday", "Last", "Next", "Then",
           "Tonight", "Tomorrow", "Overnight", "Ahead", "Now", "Here", "Speaking", "According",
           "Still", "Instead", "Now", "He", "She", "They", "We", "It", "I", "This", "That", "These", "Those", "There"}
PREPS = {"in", "at", "on", "for", "to", "into", "after", "before", "during", "since", "by", "over", "about", "near",
         "In", "At", "On", "For", "After", "Before", "During", "Since", "By", "Over", "About", "Near", "Following", "following"}


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int


@dataclass
class Phrase:
    """A participant list: its span, whether the text marks it partial, its items."""

    start: int
    end: int
    partial: bool = False
    holes: list[tuple[int, int]] = field(default_factory=list)  # skipped relative clauses: "that oppose Assad"
    hyphens: bool = False  # "US-Russia talks", "the Kerry-Lavrov meeting": a hyphen separates parties
    items: list[tuple[int, str, str, str]] = field(default_factory=list)  # (offset, name, type, key)
    groups: list[tuple[int, str]] = field(default_factory=list)


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def is_name(t: str, calendar: set[str]) -> bool:
    from .entities import NOT_NAME_START

    return t[:1].isupper() and t not in ADVERBS and t not in calendar and t not in NOT_NAME_START and t not in PREPS


def np_token(toks: list[Tok], i: int, calendar: set[str], adjectival: set[str]) -> bool:
    """May toks[i] sit inside a participant noun phrase?"""
    t = toks[i].text
    low = t.lower()
    if low in HEADS or low in MODS or t in LINKS or t in adjectival or is_name(t, calendar) or t.isdigit():
        return True
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    return t.islower() and t.isalpha() | ("-" in t) and nxt in HEADS  # one unknown modifier right before a head


def forward(text: str, start: int, end: int, calendar: set[str], adjectival: set[str]) -> Phrase | None:
    """The list that starts at `start`: through commas and "and", past a relative
    clause when "including ..." follows it, up to the first word that cannot be in it."""
    toks = tokens(text, start, end)
    partial, last, i, joined = False, None, 0, False
    holes: list[tuple[int, int]] = []
    while i < len(toks):
        t = toks[i]
        if t.text == ",":
            cont = CONTINUE.match(text, t.start, end)
            if cont:
                partial, joined = True, False
                i = _index_after(toks, cont.end())
                continue
            if joined and (i + 1 >= len(toks) or toks[i + 1].text not in ("and", "or")):
                break  # "France, Britain and Turkey, Kerry said": the list ended with its "and"
            if i + 1 < len(toks) and np_token(toks, i + 1, calendar, adjectival) and toks[i + 1].text.lower() not in ("a", "an"):
                i += 1
                continue
            break
        if CONTINUE.match(text, t.start, end) and last is not None:
            partial = True
            i = _index_after(toks, CONTINUE.match(text, t.start, end).end())
            continue
        if t.text.lower() in ("that", "who", "which") and last is not None:  # skip a relative clause to ", including"
            comma = text.find(",", t.end, end)
            cont = CONTINUE.match(text, comma, end) if comma > 0 else None
            if not cont:
                break
            partial = True
            holes.append((t.start, cont.end()))
            i = _index_after(toks, cont.end())
            continue
        if not np_token(toks, i, calendar, adjectival):
            break
        if t.text.lower() in PARTIAL_WORDS:
            partial = True
        joined = joined or t.text in ("and", "or")
        last = t
        i += 1
    if last is None:
        return None
    ph = _trimmed(text, start, last.end, partial)
    if ph:
        ph.holes = holes
    return ph


def backward(text: str, lo: int, end: int, calendar: set[str], adjectival: set[str]) -> Phrase | None:
    """The list that ends at `end` (a subject before its verb), read back to `lo`."""
    toks = tokens(text, lo, end)
    first, i, stop = None, len(toks) - 1, None
    while i >= 0:
        t = toks[i]
        if t.text == "," and first is not None and i > 0 and np_token(toks, i - 1, calendar, adjectival):
            i -= 1
            continue
        if t.text == "," or not np_token(toks, i, calendar, adjectival):
            stop = t
            break
        first = t
        i -= 1
    if first is None:
        return None
    begin = first.start
    if stop is not None and stop.text in PREPS:  # "In Paris, Kerry met ...": the first chunk is a place, not a party
        comma = text.find(",", begin, end)
        if comma < 0:
            return None
        begin = comma + 1
    return _trimmed(text, begin, toks[-1].end, False)


def _index_after(toks: list[Tok], pos: int) -> int:
    return next((k for k, t in enumerate(toks) if t.start >= pos), len(toks))


_LEAD_LINKS = re.compile(r"^(?:\s|,|\b(?:and|or|of|from|the|a|an|with)\b)*", re.I)
_TRAIL_LINKS = re.compile(r"(?:\s|,|\b(?:and|or|of|from|the|a|an|with)\b)*$", re.I)


def _trimmed(text: str, s: int, e: int, partial: bool) -> Phrase | None:
    """Drop leading/trailing links, determiners and commas."""
    span = text[s:e]
    lead = _LEAD_LINKS.match(span)
    trail = _TRAIL_LINKS.search(span)
    s2, e2 = s + lead.end(), s + (trail.start() if trail else len(span))
    return Phrase(s2, e2, partial) if e2 > s2 else None


_HYPHEN_PARTS = re.compile(r"[^-–/]+|[-–/]")
_TITLE_AFTER = re.compile(r"(?:['’]s)?\s+[A-Z]")
_POSSESSIVE = re.compile(r"['’]s$")


def fill(ctx: DocContext, ph: Phrase, exclude: str | None, adjectival: set[str]) -> None:
    """Group descriptions (kept as written), then the named parties outside them."""
    text = ctx.doc.text
    toks = tokens(text, ph.start, ph.end)
    if ph.hyphens:
        toks = [Tok(m.group(), t.start + m.start(), t.start + m.end()) for t in toks for m in _HYPHEN_PARTS.finditer(t.text)]
    covered: list[tuple[int, int]] = []
    toks = [t for t in toks if not any(a <= t.start < b for a, b in ph.holes)]
    people = [e for e in ctx.ents.within(ph.start, ph.end) if not any(a <= e.start < b for a, b in ph.holes)]
    for i, t in enumerate(toks):
        if t.text.lower() not in HEADS or any(a <= t.start < b for a, b in covered):
            continue
        j, mods = i, 0
        while j > 0 and _modifier(toks[j - 1].text, adjectival):
            j -= 1
            mods += toks[j].text.lower() not in LINKS | {","} and toks[j].text.lower() not in PARTIAL_WORDS
        k = i  # coordinated heads share their modifiers: "military experts and diplomats"
        while k + 2 < len(toks) and toks[k + 1].text in ("and", "or") and toks[k + 2].text.lower() in HEADS:
            k += 2
        while j < i and (toks[j].text in LINKS or toks[j].text == ","):
            j += 1
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        named_after = nxt is not None and (nxt.text in ("of", "from") or any(e.start == nxt.start for e in people))
        covered.append((toks[j].start, toks[k].end))
        if mods and not named_after:
            ph.groups.append((toks[j].start, text[toks[j].start:toks[k].end]))
        if t.text.lower() in ("countries", "nations", "others"):
            ph.partial = ph.partial or not mods and not named_after
    taken = [(a, b) for a, b in covered if any(g[0] == a for g in ph.groups)] + list(ph.holes)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    lex = ctx.ents.lex
    for e in people:
        if free(e.start, e.end):
            key = ctx.ents.affiliation.get(e.canonical) or e.canonical if e.type == "person" else e.canonical
            ph.items.append((e.start, e.canonical, "person" if e.type == "person" else "org", key))
            taken.append((e.start, e.end))
    for p in ctx.places_in(ph.start, ph.end):
        if _TITLE_AFTER.match(text[p.end:ph.end]):
            taken.append((p.start, p.end))  # "US Secretary of State X", "Britain's Prime Minister X": a title
            continue
        if free(p.start, p.end) and p.name != exclude and p.canonical != exclude:
            kind = "country" if p.kind == "country" or lex is not None and p.canonical in lex.countries.values() else "place"
            ph.items.append((p.start, p.canonical if kind == "country" else p.name, kind, p.canonical))
            taken.append((p.start, p.end))
    run: list[Tok] = []
    for n, t in enumerate(toks + [Tok("", ph.end, ph.end)]):  # runs of capitalised words no list knows: "Acme Corp."
        word = _POSSESSIVE.sub("", t.text)
        nxt = toks[n + 1].text if n + 1 < len(toks) else ""
        if free(t.start, t.end) and word[:1].isupper() and lex is not None and word in lex.countries:
            if word not in adjectival or nxt in ("", "and", "or", ",", "-", "–", "/"):  # "Russian President X" is X's title
                ph.items.append((t.start, lex.countries[word], "country", lex.countries[word]))
            taken.append((t.start, t.end))
        elif free(t.start, t.end) and word not in adjectival and is_name(word, _calendar()) and word.lower() not in HEADS | MODS:
            run.append(t)
            continue
        if run:
            name = _POSSESSIVE.sub("", text[run[0].start:run[-1].end])
            if name != exclude and not (lex is not None and lex.title_tail.fullmatch(name + " ")):  # a bare title
                ph.items.append((run[0].start, name, "name", name))
            run = []
    ph.items.sort()


def _modifier(t: str, adjectival: set[str]) -> bool:
    low = t.lower()
    return (low in MODS and low not in ("the", "a", "an", "their", "its", "his", "her", "our")) or t in adjectival \
        or t in ("and", ",") or (t.islower() and "-" in t)


def _calendar() -> set[str]:
    from .entities import CALENDAR

    return CALENDAR
