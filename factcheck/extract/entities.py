"""People and organisations: gazetteer aliases, titles, surnames, back-references.

A name no list knows is still a person when a title precedes it or a speech verb
follows it; later surname mentions ("Kerry said") resolve to the full name, and
spelling variants (Sergey/Sergei, al-Assad/al Assad) share one canonical key.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lexicon import load_lexicon, per_rule_dirs
from ..scan import Anchored, anchored_on, occurrences
from ..spans import Spans
from .names import NOT_SURNAMES, resolved, short_form, short_forms, strip_honorifics

if TYPE_CHECKING:  # annotations only: context imports this module
    from collections.abc import Iterator

    from ..model import Fact
    from .context import DocContext

_TOK = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_CONN = r"(?:al|el|bin|ibn|de|da|di|van|von|der|le|la|du|dos|del|abu|bint)"
NAME = rf"{_TOK}(?:\s+(?:{_CONN}[\s-])?{_TOK}){{0,3}}"
SPEECH = r"(?:said|says|told|tweeted|added|warned|stated|wrote|insisted|explained|declared|noted|stressed|urged|claimed|admitted)"
NOT_NAME_START = {"The", "A", "An", "But", "And", "In", "On", "At", "It", "He", "She", "They", "We", "This",
                  "That", "There", "His", "Her", "Their", "Our", "If", "As", "After", "Before", "When", "While"}
CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December"}
INVERTED = re.compile(rf"[,!?…][”\"]\s+{SPEECH}\s+(?:(?:[a-z][\w-]*|the)\s+){{0,3}}?(?P<name>{NAME})")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    canonical: str
    type: str  # person | monitor | agency | international | ...
    country: str | None = None  # affiliation read from the title: "French Foreign Minister X" -> France
    title: str | None = None  # the title written before the name: "Prime Minister", "President"


_PARTICLE = re.compile(r"\b(?:al|el)[\s-]+")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key: no diacritics, no 'al-' particles, no hyphens."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = _PARTICLE.sub("", s).replace("-", " ")
    return _SPACES.sub(" ", s).strip()


class Lexicon:
    def __init__(self, data: dict) -> None:
        self.orgs: dict[str, tuple[str, str]] = {}
        for org in data.get("organisations") or []:
            for alias in [org["name"], *(org.get("aliases") or [])]:
                self.orgs[alias] = (org["name"], org.get("type", "org"))
        self.people: dict[str, str] = {}
        self.nationality: dict[str, str] = {}  # canonical name -> country, for "the French president"
        for p in data.get("people") or []:
            for alias in [p["name"], *(p.get("aliases") or [])]:
                self.people[alias] = p["name"]
            if p.get("country"):
                self.nationality[p["name"]] = str(p["country"])
        self.backrefs = {k.lower(): ([v] if isinstance(v, str) else list(v)) for k, v in (data.get("backrefs") or {}).items()}
        self.countries: dict[str, str] = {str(k): str(v) for k, v in (data.get("demonyms") or {}).items()}
        for c in data.get("countries") or []:  # every form of a country, its name included, -> the country
            for form in [c["name"], *(c.get("forms") or [])]:
                self.countries[str(form)] = str(c["name"])
        self.demonyms = self.countries  # the older name for the same map
        self.regional = set(str(data.get("regional_adjectives") or "").split())
        titles = re.sub(r"\s*\|\s*", "|", str(data.get("titles", "President")).strip())
        self.title_re = re.compile(rf"\b(?:(?:{titles})\s+)+(?:of\s+[A-Z][\w]+\s+)?(?P<name>{NAME})")
        self.title_tail = re.compile(rf"\b(?:(?:{titles})\s+)+$")
        self.speech_re = re.compile(rf"(?P<name>{_TOK}(?:\s+(?:{_CONN}[\s-])?{_TOK}){{0,3}})"
                                    rf"(?:\s*,\s*(?:the|a|an|who)\b[^,.“”\"]{{1,60}},)?\s*,?\s+{SPEECH}\b")
        known = sorted([*self.orgs, *self.people], key=len, reverse=True)
        self.known_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in known) + r")(?!\w|-[A-Z0-9])")
        self.known_fast = Anchored(self.known_re, known, digits=False)
        self.title_fast = anchored_on(self.title_re, [titles])
        self.by_key = {name_key(a): c for a, c in self.people.items()}
        honorifics = re.sub(r"\s*\|\s*", "|", str(data.get("honorifics") or "Mr\\.|Mr").strip())
        self.honorific_re = re.compile(rf"^(?:(?:{honorifics})\s+)+")
        self.given_name_honorifics = set(data.get("given_name_honorifics") or ())
        fnf = data.get("family_name_first") or {}
        self.family_first = frozenset(fnf.get("names") or ())
        self.joined_given = frozenset(fnf.get("joined_given") or ())
        # the people by the short form of a one-word alias or a Western-order name ("Trump" -> Donald Trump):
        # computed once, asked per document for a lone name met with a speech verb
        self.by_short: dict[str, set[str]] = {}
        for alias, c in self.people.items():
            short = alias if " " not in alias else self.short(alias)
            if " " not in alias or short == alias.split()[-1]:
                self.by_short.setdefault(short, set()).add(c)
        # country adjectives and regional words ("Russian", "Gulf"): computed once, asked per meeting list
        self.adjectival = self.regional | {f for f, c in self.countries.items()
                                           if f != c and not (f.endswith("s") and not f.endswith("ss"))}

    def short(self, name: str) -> str:
        """The family name a report shortens this person's name to."""
        return short_form(name, self.family_first, self.joined_given)


@per_rule_dirs
def lexicon(extra_dirs: tuple[str, ...] = ()) -> Lexicon:
    return Lexicon(load_lexicon("entities", extra_dirs))


@dataclass
class DocEntities:
    """All entity mentions of one document, in order, with surname resolution."""

    mentions: list[Mention] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    lex: Lexicon | None = None
    ambiguous: frozenset[str] = frozenset()  # short forms several people of the report share ("Kim")

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.affiliation = {m.canonical: m.country for m in self.mentions if m.country}

    def latest(self, before: int, types: list[str] | None = None) -> Mention | None:
        i = bisect_left(self._starts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            if types is None or m.type in types:
                return m
            i -= 1
        return None

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out


_PLACE_BEFORE = re.compile(r"(?:\b(?:of|in|at|near|from|outside|inside|around|across)|[A-Z][\w.]*)\s+$")
_NEXT_CAP = re.compile(r" ([A-Z][\w'’-]*)")


def find(text: str, start: int, lex: Lexicon | None = None) -> DocEntities:
    """Scan text[start:] for organisations and people."""
    lex = lex or lexicon()
    spans: list[Mention] = []
    taken = Spans()

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    for m in lex.known_fast.finditer(text, start):
        surface = m.group()
        if surface in lex.orgs:
            canonical, typ = lex.orgs[surface]
        else:
            canonical, typ = lex.people[surface], "person"
        title = lex.title_tail.search(text, max(0, m.start() - 40), m.start()) if typ == "person" else None
        spans.append(Mention(m.start(), m.end(), surface, canonical, typ, _affiliation(text, title.start(), lex) if title else None,
                             title.group(0).strip() if title else None))
        taken.add(m.start(), m.end())
    people: dict[str, str] = {}
    given: set[int] = set()  # mentions addressed by the given name ("Sir Alan")
    for rx, scan in ((lex.title_re, lex.title_fast), (lex.speech_re, lex.speech_re), (INVERTED, INVERTED)):
        for m in scan.finditer(text, start):
            name = _trim(m.group("name"))
            s = m.start("name")
            bare = strip_honorifics(name, lex.honorific_re)  # "President Trump said" -> Trump
            s += len(name) - len(bare) if name.endswith(bare) else 0
            title = text[m.start():s].strip() if rx is lex.title_re else (name[:len(name) - len(bare)].strip() or None)
            name = bare
            e = s + len(name)
            if not name or name.split()[0] in NOT_NAME_START | CALENDAR or not free(s, e):
                continue
            single = len(name.split()) == 1
            honorific = bool(title) and bool(lex.honorific_re.fullmatch(title + " "))
            if single and ((rx is lex.title_re and not honorific) or name.endswith("ing") or name.isupper() or name in NOT_SURNAMES
                           or _is_place(name, lex)
                           or rx is lex.speech_re and not title  # "living in Kano said": where she lives, not who spoke
                           and _PLACE_BEFORE.search(text[max(0, s - 20):s])):
                continue  # a lone capitalised word is a person only after an honorific or as the subject of a speech verb
            canonical = lex.by_key.get(name_key(name), name)
            people.setdefault(name_key(canonical), canonical)
            country = _affiliation(text, m.start(), lex) if title else None
            if single and title and title.split()[-1] in lex.given_name_honorifics:
                given.add(s)
            spans.append(Mention(s, e, name, canonical, "person", country, title))
            taken.add(s, e)
    shorts = short_forms(spans, people, lex)
    spans = [resolved(m, shorts, m.start in given) if m.type == "person" and " " not in m.canonical else m for m in spans]
    names_of = {w: {n for _, n in c} for w, c in shorts.items() if not w.startswith("~")}  # given-name keys are not searched for
    surnames = {w: shorts[w][0][1] for w, names in names_of.items() if len(names) == 1}
    for s, e, word in whole_words(text, start, list(names_of)):
        after = _NEXT_CAP.match(text[e:e + 30])
        if after and after.group(1) not in CALENDAR and not after.group(1).isupper():
            continue  # "Kim Yong Chol" beside "Kim Jong Un", "Trump Tower": another name, not the short form
        if free(s, e):
            spans.append(resolved(Mention(s, e, word, word, "person"), shorts, False))
    ambiguous = frozenset(w for w, names in names_of.items() if len(names) > 1)
    return DocEntities(spans, surnames, lex, ambiguous)


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"  # the characters `[\w-]` matches


def whole_words(text: str, start: int, words: dict[str, str] | list[str]) -> list[tuple[int, int, str]]:
    """Occurrences of `words` in text[start:] not inside a longer word or hyphenated name,
    leftmost first and without overlaps: what one alternation regex would find, without
    compiling a new regex for every document (the word list changes per document)."""
    hits = []
    n = len(text)
    rank: dict[str, int] = {}
    for order, w in enumerate(words):
        rank.setdefault(w, order)
    for i, e, w in occurrences(text, start, rank):
        if (i == 0 or not _wordish(text[i - 1])) and (e >= n or not _wordish(text[e])):
            hits.append((i, rank[w], e, w))
    hits.sort()
    out: list[tuple[int, int, str]] = []
    pos = start
    for i, _, e, w in hits:
        if i >= pos:
            out.append((i, e, w))
            pos = e
    return out


def _is_place(word: str, lex: Lexicon) -> bool:
    """"Moscow said", "Russia said": a capital or a country speaking is not a person."""
    return word in lex.countries or _is_city_or_country(word)


@functools.lru_cache(maxsize=4096)
def _is_city_or_country(word: str) -> bool:
    from .places import gazetteer

    return any(p.start == 0 and p.end == len(word) and p.kind in ("country", "city") for p in gazetteer().find(word))


_CAPS_TAIL = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})$")
_POSSESSIVE = re.compile(r"['’]s$")


def _affiliation(text: str, title_start: int, lex: Lexicon) -> str | None:
    """The country in the words just before a title: "Russian", "US", "Russia's"."""
    head = _CAPS_TAIL.search(text[max(0, title_start - 60):title_start])
    for word in (head.group(1).split() if head else []):
        word = _POSSESSIVE.sub("", word)
        if word in lex.countries:
            return lex.countries[word]
    return None


def _trim(name: str) -> str:
    """Drop trailing words that are not part of a name ("Kerry On")."""
    toks = _POSSESSIVE.sub("", name).split()
    while toks and (toks[-1] in NOT_NAME_START or toks[-1] in CALENDAR):
        toks.pop()
    return " ".join(toks)


_OFFICIAL = re.compile(r"the (?:[\w.-]+ )*(?:official|diplomat|minister|secretary|president|spokesman|spokeswoman|envoy|ambassador|chief|leader|governor|mayor|general)")


def resolve_phrase(phrase: str, offset: int, ents: DocEntities, lex: Lexicon | None = None) -> str | None:
    """A source phrase ("the monitoring group", "SANA, meanwhile", "he") -> a canonical name."""
    lex = lex or ents.lex or lexicon()
    inside = ents.within(offset, offset + len(phrase))
    if inside:
        names = list(dict.fromkeys(m.canonical for m in inside))
        return "; ".join(names)
    low = phrase.lower().strip(" ,")
    for ref, types in lex.backrefs.items():
        if low.endswith(ref) or low == ref:
            hit = ents.latest(offset, types)
            if hit:
                return hit.canonical
    if low in ("he", "she") or _OFFICIAL.fullmatch(low):
        hit = ents.latest(offset, ["person"])
        return hit.canonical if hit else None
    return None


def extract(ctx: DocContext) -> Iterator[Fact]:
    """One `entity` fact per full-name spelling per document, for the variant rule."""
    from ..model import Fact, stable_id
    from ..text import evidence

    seen: set[str] = set()
    starts = [s.start for s in ctx.sents]
    for m in ctx.ents.mentions:
        if m.type != "person" or len(m.surface.split()) < 2 or m.surface in seen:
            continue
        i = bisect_right(starts, m.start) - 1  # the sentence holding it, by bisection (a scan per mention was quadratic)
        sent = ctx.sents[i] if i >= 0 and m.start < ctx.sents[i].end else None
        if sent is None or not sent.prose:
            continue
        seen.add(m.surface)
        yield Fact(id=stable_id("entity", ctx.doc.id, m.start, m.surface), doc=ctx.doc.id, kind="entity",
                   evidence=evidence(ctx.index, sent, m.start, m.end), entity=m.canonical, text=m.surface)
