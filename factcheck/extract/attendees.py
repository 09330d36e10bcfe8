"""Who attended, read from the clauses reporters write around a meeting word.

The list slots in meetings.py ("talks between X and Y") miss what wire copy writes
most: titled, possessive and appositive subjects ("Russia's President A met his
U.S. counterpart B", "A, 58, and B, 63, met"), objects of "hosted/received/joined
by", "the two leaders" and pronouns. Here a clause is cut at its boundaries and the
people in it are read with a small person reader: entity mentions plus capitalised
name runs that are not places, venues, titles, calendar words or photo credits.
Surnames and pronouns resolve to the person named earlier; "his Russian
counterpart" to the Russian named in the report. `Resolver` is the one interface a
shared person resolver can later replace.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..spans import Spans
from .context import DocContext
from .entities import CALENDAR, NOT_NAME_START, name_key
from .venues import VENUE_WORDS

_TOK = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
RUN = re.compile(rf"(?<![\w/@.-])(?:{_TOK}|[A-Z]\.)(?:[ \t]+(?:(?:al|bin|de|da|di|van|von|der|le|du|dos|del)[ \t]+)?(?:{_TOK}|[A-Z]\.))*")
TITLE_WORDS = set("""President Presidents Prime Minister Ministers Foreign Defence Defense Secretary State Chancellor
Leader Leaders King Queen Prince Premier Vice Deputy Chief Acting Senior Ambassador Envoy General Gen. Sen. Senator Rep.
Gov. Governor Mayor Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sheikh Emir Crown Supreme Chairman Chairwoman Spokesman Spokeswoman
Adviser Advisor National Security Staff White House Kremlin Pope Minister-President Commander Admiral Lt. Col.
Director Commissioner Secretary-General Chair""".split())
NOT_PERSON = set("""U.S. US UK EU UN NATO G7 G20 APEC Summit Palace Hotel House Villa Press Photo Photos Reuters AFP AP EPA
Getty Images TASS Sputnik Xinhua Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
The A An But And In On At It He She They We This That There His Her Their Our If As After Before When While
Still However Meanwhile Later Earlier Both Neither Either North South East West Northern Southern Cold War
Republic Federation Kingdom Union Council Congress Parliament Government Democrats Republicans World Cup Hopes Says With For Of To From By Over Into About Amid Despite Why How What Who Where
One Two Three Four Five Six Seven Eight Nine Ten Group Format Forum Summit Talks Agreement Accord Treaty Deal
Party Front Department Ministry Committee Commission Bureau Agency Institute Organization Organisation Association
Il La Le Les Der Die Das El Los Las Lo Gli Un Una Face Meet Meets Met Holds Visit Visits Trip Tour
Initiative Cooperation Belt Declaration Statement Communique Partnership Strategy Programme Program
Has Have Had Is Are Was Were Been Does Did Between Than Not Against Under Versus
Zone Border Frontier River Valley Mountain Mountains Island Islands Strait Sea Ocean Bay Gulf Peninsula Square Street
Avenue Road Airport News Business Times Herald Journal Tribune Gazette Television TV Radio Broadcasting Network Channel
Media Newspaper""".split())  # a title-case headline's verbs; a place's feature ("the Demilitarized Zone"); an outlet ("Fox Business")
TITLED = re.compile(r"\b(?:%s|leader|president|chairman|chairwoman|chancellor|minister|counterpart|premier|secretary|envoy|"
                    r"aide|adviser|advisor|spokesman|spokeswoman|ambassador)\s+$" % "|".join(map(re.escape, sorted(TITLE_WORDS))), re.I)
PRONOUN_PAIR = re.compile(r"\b(?:the two (?:leaders|men|women|presidents|sides|heads of state)|the pair|both (?:leaders|men|sides)|"
                          r"they|their|the leaders)\b", re.I)
PRONOUN_ONE = re.compile(r"\b(?:he|she|his|her)\b", re.I)
COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<adj>[A-Z][\w.'’]*)\s+counterparts?\b(?!\s*,?\s*[A-Z])")
ROLE_REF = re.compile(r"\b[Tt]he\s+(?P<adjs>(?:[A-Z][\w.]*\s+(?:and\s+(?:the\s+)?)?)+)(?:[Pp]residents?|[Ll]eaders?|"
                      r"[Pp]rime [Mm]inisters?|[Cc]hancellors?|heads? of state)\b")
PRESENT_FOR = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:present|there|in attendance)\s+(?:for|at|during)\s+"
                         r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$")
CREDIT = re.compile(r"[/|©]\s*$|\b(?:Photo|Photos|Credit|Image|By|Picture)\s*:?\s*$")
_NONSPACE = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s$")
_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+(\S+)\s+counterparts?\s*,?\s*$")
_CAPITALISED = re.compile(r"[A-Z][\w.]*")


def untitled(words: list[str]) -> list[str]:
    """["President", "Trump"] -> ["Trump"]: a title is not part of the name."""
    while words and (words[0] in TITLE_WORDS or words[0].rstrip(".") in TITLE_WORDS):
        words = words[1:]
    return words


@dataclass
class Resolver:
    """Person names of one document: full names, surname -> full name, country of each."""

    ctx: DocContext
    full: dict[str, str] = field(default_factory=dict)  # name_key of a word -> canonical full name
    country: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        text = self.ctx.doc.text
        found = [(m.start, m.canonical, m.country) for m in self.ctx.ents.mentions if m.type == "person" and " " in m.canonical]
        found += [(s, name, country) for s, e, name, country in self._runs(text, self.ctx.doc.body_start, len(text))
                  if " " in name and (country or TITLED.search(text, max(0, s - 25), s))]  # "U.S. President Ana Souza"
        for _, name, country in sorted(found, key=lambda x: x[0]):  # in reading order: a lone "Kim" is the Kim named first
            self._learn(name, country)
        lex = self.ctx.ents.lex
        for m in self.ctx.ents.mentions:  # a known person's nationality when no title of the report gives one
            if lex is not None and m.type == "person" and m.canonical in lex.nationality:
                self.country.setdefault(m.canonical, lex.nationality[m.canonical])

    def _learn(self, name: str, country: str | None) -> None:
        words = untitled(name.split())
        if len(words) < 2:
            return
        name = " ".join(words)
        for w in (words[-1], words[0]):
            self.full.setdefault(name_key(w), name)
        self.full.setdefault(name_key(name), name)
        if country:
            self.country.setdefault(name, country)

    def canonical(self, name: str) -> str:
        name = " ".join(untitled(name.split())) or name
        return self.full.get(name_key(name), name)

    def _runs(self, text: str, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
        """(start, end, name, country) of capitalised runs that read as people, titles stripped."""
        lex = self.ctx.ents.lex
        adjectival = lex.adjectival if lex else set()
        countries = lex.countries if lex else {}
        place_spans = Spans((p.start, p.end) for p in self.ctx.places_in(start, end))
        out = []
        for m in RUN.finditer(text, start, end):
            words = [(w.group(), m.start() + w.start()) for w in _NONSPACE.finditer(m.group())]
            country = None
            while words and (words[0][0] in TITLE_WORDS or words[0][0] in countries or _POSSESSIVE.sub("", words[0][0]) in countries):
                base = _POSSESSIVE.sub("", words[0][0])
                country = countries.get(base, country)
                words.pop(0)
            words = [(_POSSESSIVE.sub("", w), o) for w, o in words]
            inner = [i for i, (w, _) in enumerate(words) if w in TITLE_WORDS]
            if inner and inner[-1] == len(words) - 1:
                continue  # "Korea Vice Chairman": a title, no name after it
            words = words[inner[-1] + 1:] if inner else words  # "United Front Department Director Kim Yong-chol"
            if not words or any(w in NOT_PERSON or w in CALENDAR or w in VENUE_WORDS or w in adjectival or w in countries
                                or (w.isupper() and len(w) > 3) for w, _ in words):
                continue  # not a name, or a byline in capitals ("By DEB RIECHMANN")
            s, e = words[0][1], words[-1][1] + len(words[-1][0])
            titled = TITLED.search(text, max(0, s - 25), s) and len(words) > 1
            if words[0][0] in NOT_NAME_START or place_spans.overlaps(s, s + 1 if titled else e):  # titled: only a place where it starts
                continue  # a place, unless only a titled name's surname is one ("Advisor John Bolton")
            if CREDIT.search(text, max(0, s - 12), s) or text[e:e + 1] == "/":
                continue  # "Reuters/John Smith": a photo credit
            cp = _COUNTERPART_OF.search(text[max(0, s - 40):s])
            if cp and not country:  # "his U.S. counterpart Donald Trump": affiliated with the United States
                country = countries.get(cp.group(1)) or countries.get(cp.group(1).rstrip("."))
            out.append((s, e, text[s:e], country))
        return out

    def people(self, start: int, end: int, last: bool = False) -> list[tuple[int, str, str]]:
        """(offset, canonical name, key) of the people named in text[start:end], each at its first
        mention (`last`: at its last, for what a pronoun refers to)."""
        text = self.ctx.doc.text
        got: dict[str, tuple[int, str, str]] = {}
        seen: dict[str, int] = {}

        def add(off: int, name: str, key: str) -> None:
            same = next((g for g in got if name_key(g) == name_key(name)), None)
            if same is None:
                got[name] = (off, name, key)
            seen[same or name] = max(off, seen.get(same or name, off))

        for m in self.ctx.ents.within(start, end):
            if m.type == "person" and m.end <= end and not CREDIT.search(text, max(0, m.start - 12), m.start):
                name = self.canonical(m.canonical)
                add(m.start, name, self.ctx.ents.affiliation.get(m.canonical) or self.country.get(name) or name)
        spans = [(m.start, m.end) for m in self.ctx.ents.within(start, end)]
        for s, e, name, country in self._runs(text, start, end):
            if any(a < e and s < b for a, b in spans):
                continue  # the entity reader's canonical spelling wins
            if " " not in name and name_key(name) not in self.full:
                continue  # a lone capitalised word is a person only when the report named them in full
            name = self.canonical(name)
            add(s, name, country or self.country.get(name) or name)
        for c in COUNTERPART.finditer(text, start, end):
            who = self.counterpart(c.group("adj"))
            if who:
                add(c.start(), who, self.country.get(who, who))
        if last:
            got = {n: (seen[n], n, k) for n, (_, _, k) in got.items()}
        return sorted(got.values())

    def roles(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """"the U.S. and the Russian presidents", "the French leader": the people the report affiliates
        with those countries, when it names them."""
        out = []
        for m in ROLE_REF.finditer(self.ctx.doc.text, start, end):
            for adj in _CAPITALISED.findall(m.group("adjs")):
                who = self.counterpart(adj)
                if who and who not in {o[1] for o in out}:
                    out.append((m.start(), who, self.country.get(who, who)))
        return out

    def counterpart(self, adjective: str) -> str | None:
        """"his Russian counterpart" -> the person the report affiliates with Russia."""
        lex = self.ctx.ents.lex
        country = lex.countries.get(adjective.rstrip(".")) or lex.countries.get(adjective) if lex else None
        if not country:
            return None
        found = [n for n, c in {**self.country, **self.ctx.ents.affiliation}.items() if c == country]
        return self.canonical(found[0]) if found else None

    def before(self, pos: int, n: int) -> list[tuple[int, str, str]]:
        """The last n distinct people named before pos (what "they" or "he" refers to)."""
        people = self.people(max(self.ctx.doc.body_start, pos - 1500), pos, last=True)
        out: list[tuple[int, str, str]] = []
        for p in reversed(people):
            if p[1] not in {o[1] for o in out}:
                out.append(p)
            if len(out) == n:
                break
        return out


REPORTED = re.compile(r"\b(?:said|says|told|tells|added|according|announced|reported)\b")
SUBJ_CUT = re.compile(r"[;:“”\"()]|\b(?:that|said|says|after|before|when|while|as|because|but|where|which|who|since|if)\b")
OBJ_CUT = re.compile(r"[;:“”\"()?!]|\b(?:to (?:discuss|talk|end|resolve|agree)|that|who|which|said|says|told|denied|insisted|"
                     r"warned|stressed|urged|where|after|before|"
                     r"when|while|because|but|over|about|on (?:the|a|an|issues|how|ways)|amid|despite|for the first)\b|"
                     r",\s+(?:the|a|an|which|who|where|as|after|before|and said|saying)\b")
OBJECT_OPENERS = re.compile(r"\s*(?:(?:with|between|of|among|involving|by|including|alongside|and|joined by|hosted by|"
                            r"brokered by|mediated by|chaired by|organi[sz]ed by|attended by|led by|"
                            r"accompanied by|flanked by|next to|opposite)\b|(?:his|her|their)\s|[A-Z])")


AFTER_EVENT = re.compile(r"(?<!day )(?<!days )(?<!hours )(?<!weeks )(?<!shortly )\b(?:after|following|during|at|ahead of|on the sidelines of|on the margins of)\s+(?:the\s+|a\s+|an\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,4}$", re.I)
_THEY = re.compile(r"they\b", re.I)
_THEIR_BEFORE = re.compile(r"\b(?:their|the two leaders['’]|the pair['’]s|both leaders['’])\s+(?:[\w-]+\s+){0,3}$")
_HIS_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$")


def clause_people(res: Resolver, trig_start: int, trig_end: int, lo: int, hi: int, subject_end: int | None,
                  has_object: bool, sent_start: int) -> tuple[list[tuple[int, str, str]], bool]:
    """People a meeting clause names, and whether they are only seen around it (not a list of who sat)."""
    text = res.ctx.doc.text
    got: list[tuple[int, str, str]] = []
    loose = False
    present = PRESENT_FOR.search(text, max(lo, trig_start - 80), trig_start)
    if subject_end is None and present:  # "Merkel was also present for the meeting between X and Y"
        subject_end, loose = present.start(), True
    if subject_end is not None:
        cut = [m.end() for m in SUBJ_CUT.finditer(text, lo, subject_end)]
        s = cut[-1] if cut else lo
        got += res.people(s, subject_end) + res.roles(s, subject_end)
        pair = PRONOUN_PAIR.search(text, s, subject_end) if not got else None
        if not got and (pair or PRONOUN_ONE.search(text, s, subject_end)):
            own = res.people(sent_start, s) if sent_start < s else []  # "Xi, flanked by A, ... as he sat down"
            if pair and len(own) >= 2 and _THEY.match(pair.group()) and not REPORTED.search(text, sent_start, s):
                got += own  # "A gestures near B and C as they attend": all three
            else:
                got += own[:1] if own and not pair else res.before(s, 2 if pair else 1)
    if has_object and OBJECT_OPENERS.match(text, trig_end, hi):
        cut = OBJ_CUT.search(text, trig_end + 1, hi)
        got += res.people(trig_end, cut.start() if cut else hi) + res.roles(trig_end, cut.start() if cut else hi)
    if subject_end is None and not got and lo == sent_start \
            and AFTER_EVENT.search(text, max(lo, trig_start - 50), trig_start) and not OBJECT_OPENERS.match(text, trig_end, hi):
        got += res.people(lo, trig_start)  # "X and Y answered questions ... following talks at the summit"
        loose = True  # seen after the talks, not a list of who sat at them
    if subject_end is None and not got or subject_end is None and len(got) == 1:
        pre = text[max(lo, trig_start - 40):trig_start]  # "their summit", "his first meeting with X"
        if _THEIR_BEFORE.search(pre) and not got:
            got += res.before(trig_start, 2)
        elif _HIS_BEFORE.search(pre):
            got += [p for p in res.before(trig_start, 2) if p[1] not in {g[1] for g in got}][:1]
    seen: set[str] = set()
    return [g for g in got if not (g[1] in seen or seen.add(g[1]))], loose
