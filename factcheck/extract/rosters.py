"""An attendee list made tidy: one entry per person, as the report names them in full.

Items come from several readers (list slots, the clause reader, several mentions of
one meeting): "President Trump" and "Donald" + "Trump" read apart, "Kim" beside
"Kim Jong Un", "Zelenskiy" beside "Zelensky", a country beside the person who
stands for it, a role ("his U.S. counterpart") beside the names it describes.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .attendees import NOT_PERSON, TITLE_WORDS, Resolver, untitled
from .entities import CALENDAR, name_key
from .venues import VENUE_WORDS

def tidy(res: Resolver, items: list[tuple[int, str, str, str]]) -> list[tuple[int, str, str, str]]:
    """Attendee items as people: titles off, surnames to full names, fragments and bylines out,
    a country dropped when a person it affiliates is listed ("U.S. counterpart Donald Trump")."""
    lex = res.ctx.ents.lex
    adjectival = lex.adjectival if lex else set()
    text = res.ctx.doc.text

    def surface(it: tuple[int, str, str, str]) -> bool:
        return it[0] >= 0 and text[it[0]:it[0] + len(it[1])] == it[1]

    joined: list[tuple[int, str, str, str]] = []
    for it in sorted(items):  # "Donald" + "Trump" read apart (a known surname): one person
        prev = joined[-1] if joined else None
        if prev and surface(it) and surface(prev) and {it[2], prev[2]} <= {"name", "person"} \
                and text[prev[0] + len(prev[1]):it[0]] == " ":
            whole = text[prev[0]:it[0] + len(it[1])]
            joined[-1] = (prev[0], whole, "person", whole)
        else:
            joined.append(it)
    out: list[tuple[int, str, str, str]] = []
    for off, name, typ, key in joined:
        if typ in ("name", "person"):
            words = [w for w in untitled(name.split()) if w]
            while words and words[0] in adjectival:
                words = untitled(words[1:])
            inner = [i for i, w in enumerate(words) if w in TITLE_WORDS]
            if inner and inner[-1] == len(words) - 1 or words and words[-1][-1:] in "'’":
                continue  # "Korea Vice Chairman", "Workers’": a title or a fragment, no name
            words = words[inner[-1] + 1:] if inner else words  # "Front Department Director Kim Yong-chol"
            if typ == "name" and len(words) == 1 and any(p.name == words[0] for p in res.ctx.places):
                continue  # "Korea" of "Workers’ Party of Korea"
            if not words or any(w.isupper() and len(w) > 3 for w in words) or "\n" in name \
                    or any(w in CALENDAR or w in VENUE_WORDS for w in words) or words[-1][:1].islower() \
                    or any(w in NOT_PERSON for w in (words if typ == "name" else words[:1])):
                # a known person's later words may be short function words elsewhere ("Kim Jong Un", "Un")
                continue  # a title alone, a byline in capitals, a venue or calendar word
            name = res.canonical(" ".join(words))
            key = res.country.get(name) or res.ctx.ents.affiliation.get(name) or (key if key != " ".join(words) else name)
        out.append((off, name, typ, key))
    named = sum(1 for _, _, t, _ in out if t in ("name", "person"))
    out = [i for i in out if not (i[2] == "group" and named >= 2 and ROLE_HEAD.search(i[1]))]  # "his U.S. counterpart" beside the names
    surnames = {w for _, n, t, _ in out if t in ("name", "person") and " " in n for w in n.split()[1:]}
    out = [i for i in out if not (i[2] == "place" and i[1] in surnames)]  # "Bolton" of "John Bolton" read as a town
    keys = [set(_plain(n).split()) for _, n, t, _ in out]
    people_countries = {k for _, n, t, k in out if t in ("name", "person") and k != n}
    kept: list[tuple[int, str, str, str]] = []
    for i, (off, name, typ, key) in enumerate(out):
        if typ in ("name", "person") and any(keys[i] < keys[j] for j in range(len(out)) if out[j][2] in ("name", "person")):
            continue  # "Kim" beside "Kim Jong Un"
        if typ == "country" and name in people_countries:
            continue
        same = next((n for n, k in enumerate(kept) if _plain(k[1]) == _plain(name) or _same_surname(k[1], name)), None)
        if same is None:
            kept.append((off, name, typ, key))
        elif len(name) > len(kept[same][1]) and _plain(kept[same][1]) == _plain(name):
            kept[same] = (kept[same][0], name, typ, key)  # "Acme Corp." over "Acme Corp"
    return kept


def _plain(name: str) -> str:
    return re.sub(r"[^\w\s]", "", name_key(name))


ROLE_HEAD = re.compile(r"\b(?:presidents?|leaders?|counterparts?|chancellors?|premiers?|prime ministers?|heads? of state|"
                       r"ambassadors?|ministers?|secretary|secretaries|advis[eo]rs?|envoys?|spokes(?:man|woman|person)|"
                       r"aides?|assistants?|chiefs? of staff)$", re.I)  # a title beside the names: one of theirs


def _same_surname(a: str, b: str) -> bool:
    """"Volodymyr Zelensky" = "Volodymyr Zelenskyy": one spelling of one person."""
    wa, wb = name_key(a).split(), name_key(b).split()
    return len(wa) > 1 and len(wb) > 1 and wa[0] == wb[0] and fuzz.ratio(wa[-1], wb[-1]) >= 85


def leaders(res: Resolver, start: int, end: int, items: list[tuple[int, str, str, str]]) -> list[tuple[int, str, str, str]]:
    """"Putin met his U.S. counterpart Trump at the U.S.-Russian summit": a country is the person of it
    the same sentence names (the report's one person of that country), not a party of its own."""
    named = {n for _, n, _ in res.people(start, end)}
    out = []
    for off, name, typ, key in items:
        who = res.counterpart(name) if typ == "country" else None
        out.append((off, who, "person", name) if who in named else (off, name, typ, key))
    return out
