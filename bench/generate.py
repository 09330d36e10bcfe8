#!/usr/bin/env python3
"""Deterministic generator of a synthetic news corpus for factcheck benchmarks.

Why this exists: factcheck must be measured on corpora far larger than any
hand-labelled fixture, and the measurement is only meaningful if the corpus
looks like real coverage (wire copy, transcripts, live blogs, press releases,
page chrome, background numbers that are *not* people counts) while carrying a
known ground truth.  This script fabricates such a corpus from a seed:

* every story is one event with true per-day figures per measure; every report
  states the figure that was true on its publication day (qualified, rounded
  or vague but always *compatible* with the truth), so an ordinary story holds
  no real contradiction;
* a known share of stories get exactly one planted contradiction (one outlet
  states a clearly incompatible exact figure for the same measure, place and
  day as another outlet), recorded in ``manifest.json`` so a benchmark can
  compute recall.

Usage::

    python bench/generate.py OUT_DIR --docs 10000 --stories 1000 --seed 1 \
        --conflict-share 0.1

Only the standard library and PyYAML (for ``--check``) are used.  Output is a
pure function of the arguments: no clock, no ``hash()``, string seeds only
(``random.Random(str)`` hashes strings with SHA-512, independent of
``PYTHONHASHSEED``).  Files are streamed to disk one at a time; memory use is
proportional to the number of stories, not to the corpus size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import shutil
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

GENERATOR_VERSION = 2  # 2: shapes that fooled the checker on real reports (see DocWriter.real_shapes)
"""Bump when output for a given seed changes, so cached corpora are rebuilt."""

IN_PROGRESS = ".generating"
"""Marker present while a corpus is being written: such a directory is ours to replace."""

MEASURES = (
    "killed", "injured", "missing", "trapped", "displaced",
    "evacuated", "rescued", "arrested", "affected",
)

# --------------------------------------------------------------------------
# World data
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A real city with the hazards that plausibly strike it.

    ``codes`` lists event-type codes (see ``EVENT_TYPES``) so an earthquake is
    never placed in a city that has none; ``pool`` picks a name pool so the
    officials and witnesses quoted have plausible names.
    """

    city: str
    country: str
    region: str
    codes: str
    pool: str


PLACES: tuple[Place, ...] = (
    Place("Gaziantep", "Turkey", "southeastern Turkey", "QFCBPW", "tr"),
    Place("Izmir", "Turkey", "western Turkey", "QFCBW", "tr"),
    Place("Aleppo", "Syria", "northern Syria", "QXBC", "ar"),
    Place("Homs", "Syria", "western Syria", "XB", "ar"),
    Place("Kobe", "Japan", "western Japan", "QSFCB", "jp"),
    Place("Sendai", "Japan", "northeastern Japan", "QSF", "jp"),
    Place("Jakarta", "Indonesia", "western Java", "FQCBP", "id"),
    Place("Palu", "Indonesia", "central Indonesia", "QF", "id"),
    Place("Manila", "Philippines", "the northern Philippines", "SFQCBP", "ph"),
    Place("Tacloban", "Philippines", "the central Philippines", "SF", "ph"),
    Place("Kathmandu", "Nepal", "central Nepal", "QFCB", "sa"),
    Place("Mumbai", "India", "western India", "FBCSP", "sa"),
    Place("Chennai", "India", "southern India", "FSCB", "sa"),
    Place("Dhanbad", "India", "eastern India", "MC", "sa"),
    Place("Karachi", "Pakistan", "southern Pakistan", "FSCBP", "sa"),
    Place("Quetta", "Pakistan", "southwestern Pakistan", "QMC", "sa"),
    Place("Dhaka", "Bangladesh", "central Bangladesh", "FBCPS", "sa"),
    Place("Chengdu", "China", "southwestern China", "QFCMB", "cn"),
    Place("Zhengzhou", "China", "central China", "FCBM", "cn"),
    Place("Mexico City", "Mexico", "central Mexico", "QBCP", "es"),
    Place("Acapulco", "Mexico", "southern Mexico", "SFQ", "es"),
    Place("Santiago", "Chile", "central Chile", "QWCP", "es"),
    Place("Valparaiso", "Chile", "central Chile", "WQ", "es"),
    Place("Copiapo", "Chile", "northern Chile", "M", "es"),
    Place("Lima", "Peru", "central Peru", "QFCPB", "es"),
    Place("Guayaquil", "Ecuador", "western Ecuador", "QFC", "es"),
    Place("Port-au-Prince", "Haiti", "southern Haiti", "QSFCP", "fr"),
    Place("Houston", "United States", "southeastern Texas", "SFCB", "en"),
    Place("Los Angeles", "United States", "southern California", "QWC", "en"),
    Place("New Orleans", "United States", "southern Louisiana", "SF", "en"),
    Place("Sydney", "Australia", "southeastern Australia", "WFSC", "en"),
    Place("Brisbane", "Australia", "northeastern Australia", "FS", "en"),
    Place("Kelowna", "Canada", "western Canada", "W", "en"),
    Place("Leiria", "Portugal", "central Portugal", "W", "pt"),
    Place("Athens", "Greece", "southern Greece", "WQCP", "gr"),
    Place("Genoa", "Italy", "northwestern Italy", "BFC", "it"),
    Place("L'Aquila", "Italy", "central Italy", "Q", "it"),
    Place("Valencia", "Spain", "eastern Spain", "FWC", "es"),
    Place("Kharkiv", "Ukraine", "northeastern Ukraine", "XBC", "sl"),
    Place("Odesa", "Ukraine", "southern Ukraine", "XS", "sl"),
    Place("Lagos", "Nigeria", "southwestern Nigeria", "FBCP", "afw"),
    Place("Maiduguri", "Nigeria", "northeastern Nigeria", "XF", "afw"),
    Place("Accra", "Ghana", "southern Ghana", "FCB", "afw"),
    Place("Nairobi", "Kenya", "central Kenya", "FCPB", "afe"),
    Place("Goma", "DR Congo", "eastern Congo", "XQ", "afe"),
    Place("Johannesburg", "South Africa", "northeastern South Africa", "MCPF", "afs"),
    Place("Durban", "South Africa", "eastern South Africa", "FS", "afs"),
    Place("Beira", "Mozambique", "central Mozambique", "SF", "pt"),
    Place("Antananarivo", "Madagascar", "central Madagascar", "SF", "fr"),
    Place("Cairo", "Egypt", "northern Egypt", "BCP", "ar"),
    Place("Marrakesh", "Morocco", "central Morocco", "QF", "ar"),
    Place("Derna", "Libya", "eastern Libya", "FS", "ar"),
    Place("Khartoum", "Sudan", "central Sudan", "XF", "ar"),
    Place("Baghdad", "Iraq", "central Iraq", "XCPB", "ar"),
    Place("Beirut", "Lebanon", "western Lebanon", "XBP", "ar"),
    Place("Kerman", "Iran", "southeastern Iran", "QCM", "fa"),
    Place("Tehran", "Iran", "northern Iran", "QPBC", "fa"),
    Place("Herat", "Afghanistan", "western Afghanistan", "QF", "fa"),
    Place("Medellín", "Colombia", "northwestern Colombia", "BFCM", "es"),
    Place("Rio de Janeiro", "Brazil", "southeastern Brazil", "FBCP", "pt"),
    Place("Brumadinho", "Brazil", "southeastern Brazil", "M", "pt"),
    Place("Caracas", "Venezuela", "northern Venezuela", "PF", "es"),
    Place("La Paz", "Bolivia", "western Bolivia", "PCF", "es"),
    Place("Tegucigalpa", "Honduras", "central Honduras", "SF", "es"),
    Place("Havana", "Cuba", "western Cuba", "SB", "es"),
    Place("Yangon", "Myanmar", "southern Myanmar", "PSF", "mm"),
    Place("Colombo", "Sri Lanka", "western Sri Lanka", "FP", "sa"),
    Place("Da Nang", "Vietnam", "central Vietnam", "SF", "vn"),
    Place("Bangkok", "Thailand", "central Thailand", "FPCB", "th"),
    Place("Hualien", "Taiwan", "eastern Taiwan", "QSC", "cn"),
    Place("Seoul", "South Korea", "northwestern South Korea", "FCBP", "kr"),
    Place("Christchurch", "New Zealand", "the South Island", "Q", "en"),
    Place("Katowice", "Poland", "southern Poland", "MC", "sl"),
    Place("Kemerovo", "Russia", "western Siberia", "MC", "sl"),
    Place("Bucharest", "Romania", "southern Romania", "QBC", "bk"),
    Place("Durres", "Albania", "western Albania", "Q", "bk"),
)

CAPITALS: dict[str, str] = {
    "Turkey": "Ankara", "Syria": "Damascus", "Japan": "Tokyo", "Indonesia": "Jakarta",
    "Philippines": "Manila", "Nepal": "Kathmandu", "India": "New Delhi",
    "Pakistan": "Islamabad", "Bangladesh": "Dhaka", "China": "Beijing",
    "Mexico": "Mexico City", "Chile": "Santiago", "Peru": "Lima", "Ecuador": "Quito",
    "Haiti": "Port-au-Prince", "United States": "Washington", "Australia": "Sydney",
    "Canada": "Ottawa", "Portugal": "Lisbon", "Greece": "Athens", "Italy": "Rome",
    "Spain": "Madrid", "Ukraine": "Kyiv", "Nigeria": "Abuja", "Ghana": "Accra",
    "Kenya": "Nairobi", "DR Congo": "Kinshasa", "South Africa": "Johannesburg",
    "Mozambique": "Maputo", "Madagascar": "Antananarivo", "Egypt": "Cairo",
    "Morocco": "Rabat", "Libya": "Tripoli", "Sudan": "Khartoum", "Iraq": "Baghdad",
    "Lebanon": "Beirut", "Iran": "Tehran", "Afghanistan": "Kabul", "Colombia": "Bogota",
    "Brazil": "Brasilia", "Venezuela": "Caracas", "Bolivia": "La Paz",
    "Honduras": "Tegucigalpa", "Cuba": "Havana", "Myanmar": "Yangon",
    "Sri Lanka": "Colombo", "Vietnam": "Hanoi", "Thailand": "Bangkok",
    "Taiwan": "Taipei", "South Korea": "Seoul", "New Zealand": "Wellington",
    "Poland": "Warsaw", "Russia": "Moscow", "Romania": "Bucharest", "Albania": "Tirana",
}

NATIONAL_AGENCY: dict[str, str] = {
    "Turkey": "AFAD, the disaster management authority",
    "Indonesia": "the national disaster mitigation agency (BNPB)",
    "Philippines": "the National Disaster Risk Reduction and Management Council",
    "Japan": "the Fire and Disaster Management Agency",
    "India": "the National Disaster Management Authority",
    "Pakistan": "the National Disaster Management Authority",
    "United States": "the Federal Emergency Management Agency",
    "Nepal": "the National Disaster Risk Reduction and Management Authority",
    "Mexico": "the civil protection agency",
    "Chile": "the national emergency office, Senapred",
}

RED_CRESCENT = {
    "Turkey", "Syria", "Pakistan", "Bangladesh", "Egypt", "Morocco", "Libya",
    "Iran", "Afghanistan", "Iraq", "Sudan",
}

CURRENCY: dict[str, str] = {
    "Turkey": "lira", "Japan": "yen", "India": "rupees", "Pakistan": "rupees",
    "Indonesia": "rupiah", "Philippines": "pesos", "Mexico": "pesos", "Chile": "pesos",
    "Colombia": "pesos", "Brazil": "reais", "China": "yuan", "South Africa": "rand",
    "Nigeria": "naira", "Kenya": "shillings", "Egypt": "pounds", "Bangladesh": "taka",
}

NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    # pool: (given names, family names, family name first?)
    "tr": (("Mehmet", "Ayse", "Mustafa", "Fatma", "Emre", "Zeynep", "Hakan", "Elif", "Murat", "Selin"),
           ("Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Aydin", "Ozturk", "Arslan", "Dogan", "Koc"), False),
    "ar": (("Ahmed", "Fatima", "Omar", "Layla", "Khaled", "Nour", "Hassan", "Rania", "Youssef", "Mona"),
           ("Haddad", "al-Masri", "Khalil", "Nasser", "Saleh", "Ibrahim", "Mansour", "Hamdan", "Aziz", "Farouk"), False),
    "fa": (("Ali", "Maryam", "Reza", "Zahra", "Hossein", "Fatemeh", "Mohammad", "Sara", "Ahmad", "Nargis"),
           ("Hosseini", "Rahimi", "Karimi", "Ahmadi", "Mohammadi", "Sadeghi", "Noori", "Rezaei", "Jafari", "Haidari"), False),
    "sa": (("Rajesh", "Priya", "Amit", "Sunita", "Imran", "Ayesha", "Ravi", "Anjali", "Farhan", "Deepa"),
           ("Sharma", "Patel", "Khan", "Singh", "Rahman", "Gupta", "Chowdhury", "Thapa", "Perera", "Reddy"), False),
    "cn": (("Wei", "Jing", "Lei", "Min", "Hao", "Yan", "Jun", "Mei", "Qiang", "Ling"),
           ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Lin"), True),
    "jp": (("Hiroshi", "Yuko", "Takashi", "Aiko", "Kenji", "Naomi", "Satoshi", "Emi", "Daisuke", "Keiko"),
           ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"), False),
    "kr": (("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Joon-young", "Soo-jin", "Dong-hyun", "Eun-ji"),
           ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim"), True),
    "id": (("Budi", "Siti", "Agus", "Dewi", "Joko", "Rina", "Hendra", "Putri"),
           ("Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Kusuma", "Pratama", "Setiawan"), False),
    "ph": (("Jose", "Maria", "Ramon", "Cristina", "Eduardo", "Liza", "Rodrigo", "Grace"),
           ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino"), False),
    "vn": (("Minh", "Lan", "Tuan", "Huong", "Duc", "Thao", "Quang", "Mai"),
           ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"), True),
    "th": (("Somchai", "Suda", "Anan", "Malee", "Prasert", "Nattaya"),
           ("Srisuk", "Chaiyaporn", "Wongsa", "Boonmee", "Thongchai", "Saelim"), False),
    "mm": (("Aung", "Khin", "Kyaw", "Thandar", "Zaw", "Su"),
           ("Win", "Oo", "Htun", "Myint", "Naing", "Aye"), False),
    "es": (("Carlos", "Maria", "Jose", "Ana", "Luis", "Carmen", "Jorge", "Lucia", "Miguel", "Sofia"),
           ("Garcia", "Rodriguez", "Martinez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores"), False),
    "pt": (("Joao", "Ana", "Pedro", "Mariana", "Lucas", "Beatriz", "Rafael", "Fernanda"),
           ("Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira"), False),
    "fr": (("Jean", "Marie", "Pierre", "Claudine", "Jacques", "Nadege", "Louis", "Sophie"),
           ("Joseph", "Pierre-Louis", "Baptiste", "Charles", "Etienne", "Rakotomalala", "Jean-Baptiste", "Rasoanaivo"), False),
    "en": (("James", "Sarah", "Michael", "Emily", "David", "Jessica", "Robert", "Laura", "Daniel", "Megan"),
           ("Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Anderson", "Thompson", "Clarke", "Walker"), False),
    "gr": (("Nikos", "Eleni", "Giorgos", "Maria", "Dimitris", "Katerina"),
           ("Papadopoulos", "Georgiou", "Nikolaou", "Konstantinou", "Pappas", "Vlachos"), False),
    "it": (("Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara"),
           ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"), False),
    "sl": (("Olena", "Andriy", "Ivan", "Natalia", "Piotr", "Anna", "Dmitry", "Katarzyna"),
           ("Kovalenko", "Shevchenko", "Nowak", "Kowalski", "Ivanov", "Petrenko", "Zielinski", "Morozov"), False),
    "bk": (("Arben", "Elena", "Andrei", "Ioana", "Besnik", "Mirela"),
           ("Popescu", "Ionescu", "Hoxha", "Shehu", "Dumitru", "Krasniqi"), False),
    "afw": (("Chinedu", "Ngozi", "Emeka", "Funmilayo", "Kwame", "Abena", "Ibrahim", "Aisha"),
            ("Okafor", "Adeyemi", "Mensah", "Bello", "Eze", "Owusu", "Abubakar", "Nwosu"), False),
    "afe": (("Wanjiru", "Otieno", "Achieng", "Kamau", "Amani", "Baraka", "Grace", "Peter"),
            ("Mwangi", "Odhiambo", "Kiprop", "Njoroge", "Mutua", "Mugisha", "Habimana", "Wekesa"), False),
    "afs": (("Thabo", "Nomvula", "Sipho", "Lerato", "Themba", "Zanele", "Pieter", "Johan"),
            ("Nkosi", "Dlamini", "Mokoena", "Khumalo", "Botha", "van der Merwe", "Ndlovu", "Mabunda"), False),
}

BYLINE_NAMES = (
    "Sarah Dadouch", "Jonathan Spicer", "Ece Toksabay", "Tom Balmforth", "Fanny Potkin",
    "Karen Lema", "Rupam Jain", "Gibran Peshimam", "Ruma Paul", "Brenda Goh",
    "Dave Graham", "Natalia Ramos", "Marco Aquino", "Andre Paultre", "Nathan Frandino",
    "Renju Jose", "Lefteris Papadimas", "Angelo Amante", "Emma Pinedo", "Olena Harmash",
    "Camillus Eboh", "Duncan Miriri", "Nelson Banya", "Nafisa Eltahir", "Parisa Hafezi",
    "Mohammad Yunus Yawar", "Oliver Griffin", "Gabriel Araujo", "Mayela Armas", "Daniel Ramos",
    "Shoon Naing", "Uditha Jayasinghe", "Khanh Vu", "Panu Wongcha-um", "Ben Blanchard",
    "Hyonhee Shin", "Lucy Craymer", "Alan Charlish", "Guy Faulconbridge", "Luiza Ilie",
)

# --------------------------------------------------------------------------
# Event types
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class EventType:
    """One kind of event and the measures it produces.

    ``ratios`` scale every non-fatal measure from the final death toll, so
    figures inside a story are mutually plausible (injured > killed,
    displaced >> killed, and so on).
    """

    key: str
    code: str
    noun: str
    short: str
    plural: str
    killed_range: tuple[int, int]
    ratios: dict[str, tuple[float, float]]
    weight: int


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("quake", "Q", "earthquake", "quake", "earthquakes", (8, 4000),
              {"injured": (2, 5), "missing": (0.05, 0.3), "trapped": (0.1, 0.6),
               "displaced": (40, 300), "rescued": (0.1, 0.8), "affected": (300, 2000)}, 14),
    EventType("flood", "F", "flooding", "floods", "floods", (4, 500),
              {"missing": (0.2, 0.8), "displaced": (100, 800), "evacuated": (50, 500),
               "rescued": (1, 8), "affected": (500, 5000)}, 16),
    EventType("storm", "S", "storm", "storm", "storms", (3, 400),
              {"injured": (1, 5), "missing": (0.1, 0.6), "evacuated": (200, 2000),
               "displaced": (50, 600), "affected": (300, 4000)}, 12),
    EventType("crash", "C", "crash", "crash", "crashes", (5, 180),
              {"injured": (0.5, 3), "missing": (0.05, 0.3), "rescued": (0.2, 1.5)}, 16),
    EventType("collapse", "B", "building collapse", "collapse", "building collapses", (3, 120),
              {"injured": (0.8, 3), "trapped": (0.2, 1.0), "rescued": (0.3, 1.5),
               "missing": (0.1, 0.5)}, 10),
    EventType("shelling", "X", "shelling", "strike", "attacks", (3, 60),
              {"injured": (1.5, 4), "displaced": (50, 400)}, 8),
    EventType("wildfire", "W", "wildfire", "fire", "wildfires", (2, 90),
              {"injured": (1, 4), "missing": (0.2, 1.5), "evacuated": (300, 3000),
               "displaced": (50, 500)}, 8),
    EventType("mine", "M", "mine disaster", "mine blast", "mining accidents", (3, 110),
              {"injured": (0.3, 2), "trapped": (0.3, 2), "rescued": (0.5, 3),
               "missing": (0.1, 0.5)}, 7),
    EventType("protest", "P", "protest crackdown", "protests", "protests", (2, 70),
              {"injured": (3, 10), "arrested": (10, 100)}, 9),
)
EVENTS_BY_CODE: dict[str, EventType] = {e.code: e for e in EVENT_TYPES}

STORM_NAMES = (
    "Amara", "Bolaven", "Celia", "Doksuri", "Ewan", "Freddy", "Gita", "Haima", "Idai",
    "Jova", "Kammuri", "Lorena", "Mangkhut", "Nalgae", "Otis", "Pabuk", "Rai", "Saola",
    "Tembin", "Vamco", "Yagi", "Zelia", "Beryl", "Dorian", "Ileana", "Koinu",
)
TYPHOON_COUNTRIES = {"Japan", "Philippines", "China", "Taiwan", "Vietnam", "South Korea"}
CYCLONE_COUNTRIES = {"India", "Bangladesh", "Pakistan", "Mozambique", "Madagascar", "Australia",
                     "Myanmar", "Sri Lanka", "South Africa", "Libya"}
FERRY_COUNTRIES = {"Philippines", "Indonesia", "Bangladesh", "DR Congo", "Nigeria", "Egypt", "Thailand",
                   "Myanmar", "South Korea", "Brazil", "Turkey", "Greece", "Italy", "Japan", "Sri Lanka"}
HURRICANE_COUNTRIES = {"United States", "Mexico", "Haiti", "Cuba", "Honduras"}

# --------------------------------------------------------------------------
# Outlets
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    """A publisher and the house style its reports are written in."""

    name: str
    style: str  # wire | broadcast | local | release | live
    tag: str = ""  # short form used in datelines, e.g. "(Reuters)"
    hq: str = ""   # where press releases are datelined

    @property
    def slug(self) -> str:
        return slugify(self.name)


GLOBAL_WIRES = (
    Outlet("Reuters", "wire", "Reuters"), Outlet("Associated Press", "wire", "AP"),
    Outlet("AFP", "wire", "AFP"), Outlet("Xinhua", "wire", "Xinhua"),
    Outlet("dpa", "wire", "dpa"), Outlet("EFE", "wire", "EFE"),
)
REGIONAL_WIRES: dict[str, Outlet] = {
    "Japan": Outlet("Kyodo News", "wire", "Kyodo"),
    "Turkey": Outlet("Anadolu Agency", "wire", "AA"),
    "India": Outlet("Press Trust of India", "wire", "PTI"),
    "South Korea": Outlet("Yonhap", "wire", "Yonhap"),
    "Indonesia": Outlet("ANTARA", "wire", "ANTARA"),
    "Philippines": Outlet("Philippine News Agency", "wire", "PNA"),
}
BROADCASTERS = (
    Outlet("NPR", "broadcast", "All Things Considered"), Outlet("BBC World Service", "broadcast", "Newshour"),
    Outlet("Sky News", "broadcast", "Sky News Tonight"), Outlet("DW News", "broadcast", "The Day"),
    Outlet("France 24", "broadcast", "France 24 Live"), Outlet("Voice of America", "broadcast", "VOA News Now"),
)
LIVE_BLOGS = (
    Outlet("The Guardian", "live"), Outlet("Al Jazeera", "live"), Outlet("CNN", "live"),
    Outlet("BBC News", "live"), Outlet("The Independent", "live"),
)
NATURAL_RELEASES = (
    Outlet("IFRC", "release", "International Federation of Red Cross and Red Crescent Societies", "Geneva"),
    Outlet("OCHA", "release", "UN Office for the Coordination of Humanitarian Affairs", "Geneva"),
    Outlet("UNICEF", "release", "UNICEF", "New York"),
    Outlet("World Health Organization", "release", "WHO", "Geneva"),
)
CONFLICT_RELEASES = (
    Outlet("OCHA", "release", "UN Office for the Coordination of Humanitarian Affairs", "Geneva"),
    Outlet("UNICEF", "release", "UNICEF", "New York"),
    Outlet("Medecins Sans Frontieres", "release", "MSF", "Geneva"),
    Outlet("UN Human Rights Office", "release", "OHCHR", "Geneva"),
)
PROTEST_RELEASES = (
    Outlet("Amnesty International", "release", "Amnesty International", "London"),
    Outlet("Human Rights Watch", "release", "Human Rights Watch", "New York"),
    Outlet("UN Human Rights Office", "release", "OHCHR", "Geneva"),
)
STYLE_WEIGHTS = (("wire", 34), ("local", 20), ("broadcast", 14), ("live", 15), ("release", 12))

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTHS_WIRE = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def slugify(text: str) -> str:
    """ASCII, lowercase, hyphenated: safe for file and story names."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")


def article(word: str) -> str:
    """'a' or 'an' for a following word (good enough for this vocabulary)."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def cap(text: str) -> str:
    """Capitalise the first character only (str.capitalize lowercases the rest)."""
    return text[:1].upper() + text[1:]


def number_words(n: int, british: bool = False) -> str:
    """Spell out n the way English news copy does (with digits past 999 unless round)."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (f"-{_SMALL[o]}" if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        head = f"{_SMALL[h]} hundred"
        return head if not r else f"{head}{' and' if british else ''} {number_words(r)}"
    if n < 1_000_000 and n % 1000 == 0:
        return f"{number_words(n // 1000, british)} thousand"
    return f"{n:,}"


def _steps(v: int) -> list[int]:
    """Round-number step sizes below v, largest first (…, 50, 20, 10, 5)."""
    out: list[int] = []
    for k in range(len(str(v)), -1, -1):
        p = 10 ** k
        out.extend((5 * p, 2 * p, p))
    return [s for s in out if 5 <= s < v]


def nice_below(v: int) -> int | None:
    """Roundest number R < v with R >= 0.8 v, for "more than R"."""
    for s in _steps(v):
        r = (v // s) * s
        if r == v:
            r -= s
        if 0 < r < v and r >= 0.8 * v:
            return r
    return None


def nice_above(v: int) -> int | None:
    """Roundest number R > v with v >= 0.95 R, for "nearly R"."""
    for s in _steps(v):
        r = -(-v // s) * s
        if r == v:
            r += s
        if r > v and v >= 0.95 * r:
            return r
    return None


def nice_about(v: int) -> int:
    """Roundest number within 2.5% of v, for "about R" (v itself if none)."""
    if v < 20:
        return v
    for s in _steps(v):
        r = round(v / s) * s
        if r > 0 and abs(r - v) <= 0.025 * v:
            return r
    return v


def round_sig(v: float, sig: int) -> int:
    """Round to `sig` significant figures: official estimates of displaced etc. are round."""
    if v < 10 ** sig:
        return int(round(v))
    p = 10 ** (int(math.log10(v)) - sig + 1)
    return int(round(v / p) * p)


VAGUE = (
    (13, 23, "more than a dozen"), (36, 99, "dozens of"), (300, 999, "hundreds of"),
    (3000, 9999, "thousands of"), (30000, 99999, "tens of thousands of"),
    (300000, 999999, "hundreds of thousands of"),
)
"""Vague quantities, only used well inside their conventional ranges."""


def render_int(rng: random.Random, v: int, words: float) -> str:
    """Digits with separators, occasionally words or an unseparated/spaced form."""
    if v < 10 and rng.random() < 0.7:
        return number_words(v)
    if v < 100 and rng.random() < words:
        return number_words(v)
    if v >= 1_000_000 and v % 100_000 == 0:
        m = f"{v / 1e6:.1f}".removesuffix(".0")
        return f"{m} million"
    if 1000 <= v < 10000 and rng.random() < 0.04:
        return str(v)
    if v >= 10000 and rng.random() < 0.02:
        return f"{v:,}".replace(",", " ")
    return f"{v:,}"


def qty(rng: random.Random, v: int, *, exact: bool = False, vague: bool = True,
        words: float = 0.08) -> str:
    """Phrase a people count v so that the phrase is *compatible* with v.

    Why: an ordinary story must contain no real contradiction, yet outlets
    rarely all print the same exact digits.  Every branch below keeps v inside
    the range the phrase denotes (at least R <= v, more than R < v, nearly
    R > v >= 0.95 R, about R within 2.5 %, vague words well inside their range).
    Returned text goes before the noun: "at least 40", "dozens of".
    """
    if exact or v < 2:
        return render_int(rng, v, words)
    modes = ["exact"] * 40 + ["at_least"] * 22 + ["more_than"] * 8 + ["nearly"] * 5 + ["about"] * 13
    vague_word = next((w for lo, hi, w in VAGUE if lo <= v <= hi), None)
    if vague and vague_word:
        modes += ["vague"] * 12
    mode = rng.choice(modes)
    if mode == "vague" and vague_word:
        return vague_word
    if mode == "more_than" and v >= 10:
        r = nice_below(v)
        if r is not None:
            return f"{rng.choice(('more than', 'more than', 'over'))} {render_int(rng, r, words)}"
    if mode == "nearly" and v >= 10:
        r = nice_above(v)
        if r is not None:
            return f"{rng.choice(('nearly', 'almost', 'close to'))} {render_int(rng, r, words)}"
    if mode == "about":
        r = nice_about(v)
        word = rng.choice(("about", "around", "some", "roughly", "an estimated", "approximately"))
        return f"{word} {render_int(rng, r, words)}"
    if mode in ("at_least", "more_than", "nearly"):
        return f"at least {render_int(rng, v, words)}"
    return render_int(rng, v, words)


def money(rng: random.Random, usd_millions: float, country: str) -> str:
    """A damage or aid amount, in dollars or the local currency."""
    cur = CURRENCY.get(country)
    if usd_millions >= 1000:
        amount = f"{usd_millions / 1000:.1f}".removesuffix(".0") + " billion"
    else:
        amount = f"{usd_millions:.0f} million"
    if cur and rng.random() < 0.3:
        return f"the equivalent of ${amount}"
    return f"${amount}"


def clean(text: str) -> str:
    """Tidy spacing left by empty template slots."""
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r" ([,.;:])", r"\1", text)
    text = re.sub(r",,", ",", text)
    text = text.replace(".m..", ".m.")
    return text.strip()


# --------------------------------------------------------------------------
# Story planning
# --------------------------------------------------------------------------


@dataclass
class StorySeed:
    """Everything decided in the global first pass (cheap, O(stories))."""

    index: int
    sid: str
    etype: EventType
    place: Place
    start: dt.date
    ndays: int
    ndocs: int
    planted: bool


@dataclass
class Person:
    """A named official or witness, fixed per story so all outlets agree."""

    name: str
    role: str
    age: int = 0


@dataclass
class DocPlan:
    """One report to write: who publishes it, on which day, under which file."""

    outlet: Outlet
    day: int
    rel: str = ""
    forced: str | None = None  # measure that must be stated exactly, with place and day
    override: dict[tuple[str, int], int] = field(default_factory=dict)


@dataclass
class Planted:
    """The single contradiction planted in a story."""

    measure: str
    day: int
    true_value: int
    false_value: int
    true_doc: int
    false_doc: int


@dataclass
class Story:
    """Full plan of one story: truth per day, people, numbers, reports."""

    seed: StorySeed
    values: dict[str, list[int]]
    sub: Place | None
    sub_values: dict[str, list[int]]
    children: list[int]
    homes: list[int]
    aftershocks: list[int]
    rescuers: list[int]
    people: dict[str, Person]
    witnesses: list[Person]
    extra: dict[str, str]
    docs: list[DocPlan]
    planted: Planted | None
    names: set[str] = field(default_factory=set)

    @property
    def place(self) -> Place:
        return self.seed.place

    @property
    def et(self) -> EventType:
        return self.seed.etype

    def date(self, day: int) -> dt.date:
        return self.seed.start + dt.timedelta(days=day)


def allocate(total: int, mins: Sequence[int], weights: Sequence[float]) -> list[int]:
    """Split `total` into parts >= mins, proportional to weights (largest remainder)."""
    extra = total - sum(mins)
    wsum = sum(weights)
    raw = [extra * w / wsum for w in weights]
    parts = [m + int(r) for m, r in zip(mins, raw)]
    left = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - int(raw[i])), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def plan_stories(n_docs: int, n_stories: int, seed: int, share: float) -> tuple[list[StorySeed], list[str]]:
    """Global pass: event, place, date, id, size and planted flag per story.

    Dates are reserved per *country* (with a margin) so no two stories in one
    country overlap in time: otherwise facts phrased at country level ("in
    southeastern Turkey") from two different stories could look like a
    contradiction that was never planted.
    """
    rng = random.Random(f"factcheck-bench/plan/{seed}")
    warnings: list[str] = []
    n_planted = min(round(share * n_stories), n_docs - n_stories, n_stories)
    n_planted = max(n_planted, 0)
    if n_planted < round(share * n_stories):
        warnings.append(f"only {n_planted} stories can hold a planted conflict "
                        f"(each needs 2 documents; {n_docs} docs for {n_stories} stories)")
    planted = set(rng.sample(range(n_stories), n_planted))
    mins = [2 if i in planted else 1 for i in range(n_stories)]
    weights = [rng.lognormvariate(0, 0.6) for _ in range(n_stories)]
    sizes = allocate(n_docs, mins, weights)

    ev_weights = [e.weight for e in EVENT_TYPES]
    by_code = {e.code: [p for p in PLACES if e.code in p.codes] for e in EVENT_TYPES}
    first, last = dt.date(1995, 1, 1).toordinal(), dt.date(2024, 12, 20).toordinal()
    reserved: dict[str, set[int]] = {}
    used_ids: set[str] = set()
    overlaps = 0
    seeds: list[StorySeed] = []
    for i in range(n_stories):
        et = rng.choices(EVENT_TYPES, weights=ev_weights)[0]
        ndocs = sizes[i]
        ndays = min(rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5)), ndocs)
        if i in planted:
            ndays = max(1, min(ndays, ndocs - 1))
        for _attempt in range(200):
            place = rng.choice(by_code[et.code])
            start = rng.randint(first, last)
            window = range(start - 3, start + ndays + 3)
            taken = reserved.setdefault(place.country, set())
            if not any(d in taken for d in window):
                break
        else:
            overlaps += 1
        taken = reserved.setdefault(place.country, set())
        taken.update(range(start - 3, start + ndays + 3))
        day0 = dt.date.fromordinal(start)
        stem = f"{day0.year}-{day0.month:02d}"
        for cand in (f"{et.key}-{slugify(place.country)}-{stem}",
                     f"{et.key}-{slugify(place.city)}-{stem}"):
            if cand not in used_ids:
                sid = cand
                break
        else:
            k = 2
            while f"{et.key}-{slugify(place.city)}-{stem}-{k}" in used_ids:
                k += 1
            sid = f"{et.key}-{slugify(place.city)}-{stem}-{k}"
        used_ids.add(sid)
        seeds.append(StorySeed(i, sid, et, place, day0, ndays, ndocs, i in planted))
    if overlaps:
        warnings.append(f"{overlaps} stories overlap in time with another story in the same country")
    return seeds, warnings


def make_name(rng: random.Random, pool: str) -> str:
    """A plausible full name from a regional pool."""
    given, family, family_first = NAME_POOLS[pool]
    g, f = rng.choice(given), rng.choice(family)
    return f"{f} {g}" if family_first else f"{g} {f}"


def rising(rng: random.Random, final: int, ndays: int, floor: int = 0) -> list[int]:
    """A non-decreasing per-day series ending at `final` (tolls only go up)."""
    frac = rng.uniform(0.3, 0.7)
    out: list[int] = []
    for d in range(ndays):
        if d == ndays - 1:
            frac = 1.0
        val = max(floor, int(round(final * frac)))
        if out:
            val = max(val, out[-1])
        out.append(val)
        frac += (1 - frac) * rng.uniform(0.35, 0.8)
    return out


def outlet_pool(story_seed: StorySeed, style: str) -> tuple[Outlet, ...]:
    """Outlets of a style that would plausibly cover this story."""
    p = story_seed.place
    if style == "wire":
        reg = REGIONAL_WIRES.get(p.country)
        return GLOBAL_WIRES + ((reg,) if reg else ())
    if style == "broadcast":
        return BROADCASTERS
    if style == "live":
        return LIVE_BLOGS
    if style == "local":
        return (Outlet(f"The {p.city} Herald", "local"), Outlet(f"{p.city} Daily News", "local"),
                Outlet(f"{p.city} Today", "local"))
    code = story_seed.etype.code
    if code == "P":
        return PROTEST_RELEASES
    if code == "X":
        return CONFLICT_RELEASES
    if code in "CBM":
        return (Outlet(f"{p.country} Red {'Crescent' if p.country in RED_CRESCENT else 'Cross'}",
                       "release", "", CAPITALS.get(p.country, p.city)),
                Outlet("IFRC", "release", "International Federation of Red Cross and Red Crescent Societies", "Geneva"),
                Outlet("International Labour Organization" if code == "M" else "World Health Organization",
                       "release", "", "Geneva"))
    return NATURAL_RELEASES


def build_story(ss: StorySeed, seed: int) -> Story:
    """Second pass for one story: truth tables, people, report plans, planted conflict."""
    rng = random.Random(f"factcheck-bench/story/{seed}/{ss.index}")
    et, place = ss.etype, ss.place
    lo, hi = et.killed_range
    killed_final = int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))
    if ss.planted:
        killed_final = max(killed_final, 24)
    values: dict[str, list[int]] = {"killed": rising(rng, killed_final, ss.ndays, floor=1)}
    if ss.planted:
        values["killed"] = [max(v, 6) for v in values["killed"]]
    for m, (a, b) in et.ratios.items():
        final = killed_final * rng.uniform(a, b)
        sig = rng.choice((2, 3))
        if m in ("displaced", "evacuated", "affected"):
            final = round_sig(final, sig)
        final = max(int(round(final)), 2)
        values[m] = rising(rng, final, ss.ndays)
        if m in ("displaced", "evacuated", "affected"):
            # official estimates of these are round on every day (round_sig is monotonic)
            values[m] = [round_sig(v, sig) for v in values[m]]
    # No figure of exactly 1: "one people were killed" is not English, and
    # singular phrasing would need its own templates.  0 means "not reported".
    values = {m: [2 if v == 1 else v for v in values[m]] for m in MEASURES if m in values}

    same_country = [p for p in PLACES if p.country == place.country and p.city != place.city]
    sub = rng.choice(same_country) if same_country and et.code in "QFSW" and rng.random() < 0.3 else None
    sub_values: dict[str, list[int]] = {}
    if sub is not None:
        share = rng.uniform(0.1, 0.35)
        for m in ("killed", "injured"):
            if m in values:
                sub_values[m] = [int(v * share) for v in values[m]]
    children: list[int] = []
    if et.code in "QFSXB" and rng.random() < 0.4:
        cshare = rng.uniform(0.1, 0.3)
        children = [int(v * cshare) for v in values["killed"]]
    homes: list[int] = []
    if et.code in "QFSWX":
        homes = rising(rng, round_sig(killed_final * rng.uniform(5, 60) + 20, 2), ss.ndays)
    aftershocks = rising(rng, rng.randint(40, 600), ss.ndays, floor=5) if et.code == "Q" else []
    rescuers = [round_sig(v, 2) for v in rising(rng, round_sig(rng.uniform(200, 20000), 2), ss.ndays, floor=50)]

    used_names: set[str] = set()

    def new_name(pool_key: str) -> str:
        """A name not yet used in this story: one person, one role, in every report."""
        for _ in range(50):
            name = make_name(rng, pool_key)
            if name not in used_names:
                break
        used_names.add(name)
        return name

    pool = place.pool
    local_title = rng.choice((f"the governor of {place.city}", f"the mayor of {place.city}",
                              f"{place.city}'s mayor", f"the regional governor"))
    people = {
        "local": Person(new_name(pool), local_title),
        "minister": Person(new_name(pool), rng.choice(("the interior minister", "the health minister",
                                                             "the minister for disaster management"))),
        "spokes": Person(new_name(pool), rng.choice(("a spokesperson for the disaster agency",
                                                           "a spokesman for the civil defence service",
                                                           "the agency's spokeswoman"))),
        "police": Person(new_name(pool), f"a police spokesperson in {place.city}"),
        "rescue": Person(new_name(pool), rng.choice((f"the head of {place.city}'s fire department",
                                                           "the civil defence chief",
                                                           "a rescue team leader"))),
        "aid": Person(new_name(rng.choice(("en", "fr", "es", "it"))),
                      rng.choice(("the Red Cross country director", "the UN resident coordinator",
                                  "a UNICEF representative", "head of the WHO country office"))),
        "doctor": Person(new_name(pool), f"a doctor at {place.city}'s main public hospital"),
    }
    if et.code == "M":
        company = f"{rng.choice(NAME_POOLS[pool][1])} {rng.choice(('Mining', 'Coal', 'Resources'))}"
        people["company"] = Person(new_name(pool), f"a spokesperson for {company}")
    if et.code == "P":
        people["rights"] = Person(new_name(rng.choice(("en", "fr"))),
                                  rng.choice(("a researcher at Amnesty International",
                                              "a senior researcher at Human Rights Watch")))
    if et.code == "C":
        people["operator"] = Person(new_name(pool), "a spokesperson for the operator")
    occupations = ("teacher", "shopkeeper", "taxi driver", "nurse", "student", "farmer",
                   "construction worker", "retired engineer", "shop owner", "street vendor",
                   "mechanic", "pharmacist")
    witnesses = [Person(new_name(pool), rng.choice(occupations), rng.randint(19, 78))
                 for _ in range(5)]

    extra = story_extras(rng, ss, killed_final)

    # ---- reports: day and outlet per report
    ndocs, ndays = ss.ndocs, ss.ndays
    day_of = list(range(ndays)) + rng.choices(range(ndays), weights=(1.0, 0.8, 0.6, 0.45, 0.35)[:ndays],
                                              k=ndocs - ndays)
    day_of.sort()
    styles = [s for s, _ in STYLE_WEIGHTS]
    sweights = [w for _, w in STYLE_WEIGHTS]
    docs = [DocPlan(rng.choice(outlet_pool(ss, rng.choices(styles, weights=sweights)[0])), d) for d in day_of]

    planted = plant_conflict(rng, ss, values, docs) if ss.planted else None

    counters: dict[str, int] = {}
    for doc in docs:
        counters[doc.outlet.slug] = counters.get(doc.outlet.slug, 0) + 1
        doc.rel = f"{ss.sid}/{doc.outlet.slug}-{counters[doc.outlet.slug]}.md"
    return Story(ss, values, sub, sub_values, children, homes, aftershocks, rescuers, people,
                 witnesses, extra, docs, planted, used_names)


def plant_conflict(rng: random.Random, ss: StorySeed, values: dict[str, list[int]],
                   docs: list[DocPlan]) -> Planted:
    """Choose two same-day reports by different outlets and make one state a false figure.

    The false report's outlet is made the only report of that outlet on that
    day, so the contradiction is strictly between two outlets and nothing else
    in the story disagrees.
    """
    by_day: dict[int, list[int]] = {}
    for i, d in enumerate(docs):
        by_day.setdefault(d.day, []).append(i)
    candidates = [d for d, idx in by_day.items() if len(idx) >= 2]
    day = 0 if 0 in candidates and rng.random() < 0.7 else rng.choice(candidates)
    idx = by_day[day]
    false_i = rng.choice(idx)
    fo = docs[false_i].outlet
    pool = [o for s, _ in STYLE_WEIGHTS for o in outlet_pool(ss, s) if o.name != fo.name]
    for i in idx:
        if i != false_i and docs[i].outlet.name == fo.name:
            docs[i].outlet = rng.choice(pool)
    true_i = rng.choice([i for i in idx if i != false_i])

    options = [m for m in values if values[m][day] >= 5]
    measure = "killed" if rng.random() < 0.6 or len(options) == 1 else rng.choice(options)
    v = values[measure][day]
    for _ in range(20):
        if v >= 8 and rng.random() < 0.45:
            w = int(round(v * rng.uniform(0.4, 0.6)))
        else:
            w = int(round(v * rng.uniform(1.6, 2.3)))
        w = max(w, 1)
        if abs(w - v) >= max(5, 0.3 * v) and w not in values[measure]:
            break
    else:
        w = v * 2 + 7
    docs[true_i].forced = measure
    docs[false_i].forced = measure
    docs[false_i].override[(measure, day)] = w
    return Planted(measure, day, v, w, true_i, false_i)


def story_extras(rng: random.Random, ss: StorySeed, killed_final: int) -> dict[str, str]:
    """Per-story non-people numbers and names (magnitudes, money, vehicles...).

    Fixed per story so outlets agree on them too: only people counts should
    ever disagree, and only where planted.
    """
    et, p = ss.etype, ss.place
    hour = rng.randint(0, 23)
    minute = rng.randint(0, 59)
    ampm = "a.m." if hour < 12 else "p.m."
    h12 = hour % 12 or 12
    ex: dict[str, str] = {
        "time": f"{h12}:{minute:02d} {ampm}",
        "time24": f"{hour:02d}:{minute:02d}",
        "hour": str(hour),
        "damage": money(rng, killed_final * rng.uniform(2, 40) + 15, p.country),
        "aid": money(rng, rng.uniform(2, 80), p.country),
        "eu_aid": f"{rng.randint(2, 40)} million euros",
        "pct": str(rng.randint(12, 85)),
        "rescuer_countries": str(rng.randint(4, 45)),
        "teams": str(rng.randint(6, 120)),
        "troops": f"{rng.randint(2, 60) * 100:,}",
        "shelters": str(rng.randint(12, 400)),
        "warrants": str(rng.randint(3, 40)),
        "inspected": f"{MONTHS[rng.randrange(12)]} {ss.start.year - rng.randint(0, 3)}",
        "power": str(rng.randint(10, 95)),
    }
    # Population is a fact about the city, so it must not change between stories.
    ex["pop"] = f"{random.Random(f'factcheck-bench/pop/{p.city}').uniform(0.6, 9.5):.1f}".removesuffix(".0")
    if et.code == "Q":
        mag = min(8.3, 5.4 + 0.55 * math.log10(killed_final) + rng.uniform(-0.2, 0.4))
        ex.update(mag=f"{mag:.1f}", mag2=f"{mag - rng.uniform(0.8, 1.9):.1f}",
                  depth=str(rng.randint(6, 45)))
    elif et.code == "S":
        kind = ("Typhoon" if p.country in TYPHOON_COUNTRIES else "Cyclone" if p.country in CYCLONE_COUNTRIES
                else "Hurricane" if p.country in HURRICANE_COUNTRIES else "Storm")
        wind = rng.randint(110, 260)
        ex.update(storm=f"{kind} {rng.choice(STORM_NAMES)}", wind=str(wind), mph=str(round(wind / 1.609)),
                  cat=str(min(5, max(1, (wind - 100) // 35))))
    elif et.code == "F":
        ex.update(rain=str(rng.randint(90, 480)), hours=str(rng.choice((12, 24, 36, 48))),
                  metres=f"{rng.uniform(1.2, 6.5):.1f}")
    elif et.code == "C":
        choices = [("bus", "plunged into a ravine"), ("passenger train", "derailed"),
                   ("passenger plane", "crashed shortly after take-off"),
                   ("minibus", "collided with a fuel tanker"), ("double-decker bus", "overturned on a highway")]
        if p.country in FERRY_COUNTRIES:
            choices.append(("ferry", "capsized"))
        vehicle, verb = rng.choice(choices)
        aboard = int(killed_final * rng.uniform(1.4, 3.0)) + rng.randint(2, 30)
        ex.update(vehicle=vehicle, crash_verb=verb, aboard=f"{aboard:,}", crew=str(rng.randint(2, 12)),
                  speed=str(rng.randint(60, 140)))
    elif et.code == "B":
        ex.update(floors=number_words(rng.randint(4, 16)),
                  building=rng.choice(("residential building", "apartment block", "market building",
                                       "garment factory", "hotel", "school building")),
                  built=str(rng.randint(1962, 2016)), units=str(rng.randint(12, 140)))
    elif et.code == "X":
        ex.update(attack=rng.choice(("Shelling", "A missile strike", "Artillery fire", "A rocket attack")),
                  target=rng.choice(("a crowded market", "a residential area", "a bus station",
                                     "an apartment block", "a shopping centre")),
                  since=str(rng.randint(2012, 2022)))
    elif et.code == "W":
        ha = rng.randint(800, 90000)
        ex.update(hectares=f"{ha:,}", acres=f"{int(ha * 2.471):,}", temp=str(rng.randint(36, 46)),
                  contained=str(rng.randint(5, 60)), wind=str(rng.randint(40, 110)))
    elif et.code == "M":
        under = int(killed_final * rng.uniform(2.5, 6)) + rng.randint(10, 60)
        ex.update(mineral=rng.choice(("coal", "coal", "gold", "copper")), depth=str(rng.randint(150, 1200)),
                  underground=f"{under:,}")
    elif et.code == "P":
        rise = rng.randint(15, 120)
        ex.update(trigger=rng.choice((f"{'an' if str(rise).startswith('8') or rise in (11, 18) else 'a'} "
                                      f"{rise}% rise in fuel prices",
                                      "a disputed election result", "a new tax law",
                                      "the arrest of an opposition leader")),
                  days=number_words(rng.randint(3, 14)))
    return ex


# --------------------------------------------------------------------------
# Writing one report
# --------------------------------------------------------------------------

NOUN = {
    "killed": "people", "injured": "people", "missing": "people", "trapped": "people",
    "displaced": "people", "evacuated": "residents", "rescued": "people", "arrested": "people",
    "affected": "people",
}

CORE: dict[str, tuple[tuple[str, bool], ...]] = {
    # (template, needs a bare number).  {Q}/{q}: quantity; {pp}: place; {dp}: day.
    "killed": (
        ("{Q} {noun} were killed {pp} {dp}", False),
        ("{Q} {noun} died {pp} {dp}", False),
        ("{Ev} killed {q} {noun} {pp} {dp}", False),
        ("{Ev} has killed {q} {noun} {pp}", False),
        ("the death toll {pp} rose to {q} {dp}", True),
        ("the number of dead {pp} stood at {q} {dp}", True),
        ("{Q} {noun} have been confirmed dead {pp}", False),
        ("{Ev} has claimed {q} lives {pp}", False),
    ),
    "injured": (
        ("{Q} {noun} were injured {pp} {dp}", False),
        ("{Q} {noun} were wounded {pp}", False),
        ("{Q} {noun} were hurt {pp} {dp}", False),
        ("the number of injured {pp} rose to {q} {dp}", True),
        ("{Ev} injured {q} {noun} {pp}", False),
    ),
    "missing": (
        ("{Q} {noun} remain missing {pp}", False),
        ("{Q} {noun} were still unaccounted for {pp} {dp}", False),
        ("{Q} {noun} were listed as missing {dp}", False),
        ("rescuers were still searching for {q} missing {noun} {pp}", False),
    ),
    "trapped": (
        ("{Q} {noun} were trapped {where} {pp}", False),
        ("{Q} {noun} remained trapped {where} {dp}", False),
        ("rescuers were trying to reach {q} {noun} trapped {where}", False),
    ),
    "displaced": (
        ("{Q} {noun} have been displaced {pp}", False),
        ("{Q} {noun} have been forced from their homes {pp}", False),
        ("{Ev} has displaced {q} {noun} {pp}", False),
        ("{Q} {noun} had been left homeless {pp} {dp}", False),
    ),
    "evacuated": (
        ("{Q} {noun} have been evacuated {pp} {dp}", False),
        ("authorities evacuated {q} {noun} {pp} {dp}", False),
        ("{Q} {noun} were moved to safety {dp}", False),
    ),
    "rescued": (
        ("{Q} {noun} have been rescued {pp}", False),
        ("rescuers pulled {q} {noun} to safety {dp}", False),
        ("rescue teams have saved {q} {noun} {pp}", False),
    ),
    "arrested": (
        ("{Q} {noun} were arrested {pp} {dp}", False),
        ("police detained {q} {noun} {dp}", False),
        ("{Q} {noun} have been taken into custody {pp}", False),
    ),
    "affected": (
        ("{Q} {noun} have been affected {pp}", False),
        ("{Ev} has affected {q} {noun} {pp}", False),
        ("{Q} {noun} are affected by {ev} {pp}", False),
    ),
}

FORCED = {
    # measure: (day-0 verb phrase, later-day verb phrase) for the planted sentence
    "killed": ("were killed", "had been killed"), "injured": ("were injured", "had been injured"),
    "missing": ("were missing", "were still missing"), "trapped": ("were trapped", "remained trapped"),
    "displaced": ("were displaced", "had been displaced"), "evacuated": ("were evacuated", "had been evacuated"),
    "rescued": ("were rescued", "had been rescued"), "arrested": ("were arrested", "had been arrested"),
    "affected": ("were affected", "had been affected"),
}

LABEL = {
    "killed": "the death toll", "injured": "the number of injured", "missing": "the number of missing",
    "trapped": "the number of people trapped", "displaced": "the number of displaced people",
    "evacuated": "the number of evacuees", "rescued": "the number of people rescued",
    "arrested": "the number of arrests", "affected": "the number of people affected",
}

SOURCES = {
    "killed": ("the health ministry", "hospital officials", "{agency}", "the interior ministry",
               "civil defence officials", "police", "officials", "state media", "local officials"),
    "injured": ("the health ministry", "hospital officials", "{agency}", "medics", "officials"),
    "missing": ("police", "{agency}", "officials", "rescue officials"),
    "trapped": ("rescue officials", "{agency}", "officials", "the fire service"),
    "displaced": ("the UN's humanitarian office", "{agency}", "aid agencies", "officials"),
    "evacuated": ("authorities", "{agency}", "the fire service", "local officials"),
    "rescued": ("rescue teams", "{agency}", "the fire service", "officials"),
    "arrested": ("police", "the interior ministry", "rights groups", "lawyers for the detainees"),
    "affected": ("the UN's humanitarian office", "{agency}", "aid agencies"),
}

WITNESS_QUOTES = {
    "Q": ("I heard a terrible roar and then everything started shaking. We ran out in our pyjamas",
          "My brother's family is still under there. We can hear nothing",
          "We have been sleeping in the car since it happened. Nobody dares to go back inside",
          "The whole street just folded like paper"),
    "F": ("The water rose so fast we had to climb onto the roof",
          "We lost everything, the furniture, the animals, the harvest",
          "Nobody warned us. By the time we understood, the road was a river"),
    "S": ("The wind was screaming all night. The roof went first, then the windows",
          "We have no power, no water and no news of my parents in the village",
          "It was the strongest storm I have seen in my life"),
    "C": ("There was a huge bang and then people were screaming",
          "I was sitting at the back and that is the only reason I am alive",
          "We were pulling people out through the windows"),
    "B": ("We heard cracking sounds for weeks and told the owner, but nobody listened",
          "It came down in seconds, like a cloud of dust",
          "My cousin lived on the third floor. We are still waiting"),
    "X": ("The first blast shattered every window on the street",
          "We were queueing for bread when it hit",
          "There is nowhere safe for the children any more"),
    "W": ("The sky turned orange and the smoke was everywhere",
          "We had ten minutes to leave. We took the dog and the photos",
          "The fire jumped the road as if it was nothing"),
    "M": ("My husband went down for the night shift and has not come back",
          "We have been waiting at the gate for news since the explosion",
          "Everyone knew the ventilation was bad"),
    "P": ("They fired straight into the crowd",
          "We were marching peacefully when the tear gas came",
          "My son was taken away in a van and we do not know where he is"),
}

OFFICIAL_QUOTES = (
    "We are doing everything we can, and we will not stop until every person is accounted for",
    "Every minute counts now",
    "The scale of this tragedy is immense",
    "Our priority is shelter, clean water and medical care for those who have lost everything",
    "We ask people to stay away from damaged buildings and to follow the instructions of the authorities",
    "Those responsible for any negligence will be held to account",
    "We have mobilised all available resources",
)

RELATED = (
    "Oil prices edge higher as traders weigh supply outlook",
    "Central bank holds key rate at {pct}%",
    "{country} opposition calls for inquiry into emergency response",
    "Explainer: Why {country} is so vulnerable to {plural}",
    "In pictures: {Short} leaves trail of destruction in {city}",
    "Opinion: Building codes save lives, but only if they are enforced",
    "Stocks slip as investors eye inflation data",
    "Aid groups warn of disease risk in {region}",
    "Watch: Drone footage shows scale of damage in {city}",
    "How to help victims of the {short} in {country}",
    "{country} declares three days of national mourning",
    "Football match postponed as {city} counts cost of {short}",
)


class DocWriter:
    """Writes one report of a story in the house style of its outlet.

    Every people count goes through ``fig`` so a report always states the
    figure true on the day it refers to, except the planted false report whose
    override replaces one (measure, day) everywhere in it, title included.
    """

    def __init__(self, story: Story, doc: DocPlan, di: int, seed: int) -> None:
        self.s = story
        self.doc = doc
        self.rng = random.Random(f"factcheck-bench/doc/{seed}/{story.seed.index}/{di}")
        self.day = doc.day
        self.pub = story.date(doc.day)
        self.style = doc.outlet.style
        self.words = 0.45 if self.style == "broadcast" else 0.08
        p = story.place
        et = story.et
        ex = story.extra
        self.wd = WEEKDAYS[self.pub.weekday()]
        self.wd0 = WEEKDAYS[story.seed.start.weekday()]
        self.prev_wd = WEEKDAYS[(self.pub - dt.timedelta(days=1)).weekday()]
        agency = {"C": "the transport ministry", "B": "the fire department", "X": "the regional administration",
                  "M": "the mining ministry", "P": "the interior ministry"}.get(
            et.code, NATIONAL_AGENCY.get(p.country, "the national disaster management agency"))
        ev = {"Q": "the earthquake", "F": "the flooding", "S": ex.get("storm", "the storm"),
              "C": f"the {ex.get('vehicle', '')} crash", "B": f"the collapse of the {ex.get('building', '')}",
              "X": "the attack", "W": "the wildfire", "M": "the blast", "P": "the crackdown"}[et.code]
        self._witnesses: list[Person] = []
        self._lines: list[str] = []
        self.ctx: dict[str, str] = dict(ex)
        self.ctx.update(city=p.city, country=p.country, region=p.region, agency=agency, ev=ev, Ev=cap(ev),
                        noun_ev=et.noun, short=et.short, Short=cap(et.short), plural=et.plural,
                        wd=self.wd, wd0=self.wd0, outlet=doc.outlet.name, year=str(self.pub.year),
                        where={"M": "underground", "B": "under the rubble", "Q": "under collapsed buildings"}.get(
                            et.code, "in the debris"))

    # ---- facts ------------------------------------------------------------

    def fig(self, m: str, day: int | None = None) -> int:
        """The figure this report states for measure m on a given day."""
        d = self.day if day is None else day
        return self.doc.override.get((m, d), self.s.values[m][d])

    def q(self, m: str, day: int | None = None, *, exact: bool = False, vague: bool = True) -> str:
        return qty(self.rng, self.fig(m, day), exact=exact, vague=vague, words=self.words)

    def other_name(self, pool: str) -> str:
        """A byline, host or press contact who is none of the story's named people."""
        for _ in range(50):
            name = make_name(self.rng, pool)
            if name not in self.s.names:
                return name
        return name

    def noun(self, m: str) -> str:
        code = self.s.et.code
        if code == "M" and m in ("killed", "trapped", "rescued", "missing"):
            return self.rng.choice(("miners", "workers", "people"))
        if code == "P" and m in ("arrested", "injured", "killed"):
            return self.rng.choice(("protesters", "people", "demonstrators"))
        if code == "C" and m in ("killed", "injured"):
            return self.rng.choice(("people", "passengers", "people"))
        return NOUN[m]

    # ---- phrases ----------------------------------------------------------

    def pp(self, allow_empty: bool = True) -> str:
        """Main place with one of the qualifiers outlets use."""
        p = self.s.place
        opts = [f"in {p.city}", f"in the city of {p.city}", f"in {p.region}'s {p.city}",
                f"in and around {p.city}", f"in {p.city} and surrounding areas", f"across {p.city}",
                f"in the {p.city} area", f"in {p.region}"]
        if allow_empty:
            opts += ["", ""]
        return self.rng.choice(opts)

    def dp(self, day: int | None = None, allow_empty: bool = True) -> str:
        """A day phrase for the report's own day (or an earlier day)."""
        d = self.day if day is None else day
        wd = WEEKDAYS[self.s.date(d).weekday()]
        if d == self.day:
            if self.style in ("broadcast", "live") and self.rng.random() < 0.5:
                opts = ["today", "so far today", "this morning", "tonight"]
            else:
                opts = [f"on {wd}", f"on {wd}", f"by {wd} evening", f"late on {wd}", f"as of {wd}",
                        f"on {wd} morning"]
        elif d == self.day - 1:
            opts = [f"on {wd}", "a day earlier"] + (["yesterday"] if self.style in ("broadcast", "live") else [])
        else:
            opts = [f"on {wd}"]
        if allow_empty and d == self.day:
            opts += ["", ""]
        return self.rng.choice(opts)

    def source(self, m: str) -> str:
        return self.rng.choice(SOURCES[m]).format(**self.ctx)

    def official(self, *keys: str) -> Person:
        keys = keys or tuple(k for k in self.s.people if k not in ("aid", "doctor"))
        return self.s.people[self.rng.choice(keys)]

    def attribute(self, core: str, m: str, dp_used: bool) -> str:
        """Wrap a core clause with an attribution, the way wire copy does."""
        src = self.source(m)
        dpx = "" if dp_used else self.dp(allow_empty=True)
        r = self.rng.random()
        if r < 0.35:
            return clean(f"{cap(core)}, {src} said {dpx}.")
        if r < 0.55:
            return clean(f"{cap(core)}, according to {src}.")
        if r < 0.7:
            return clean(f"According to {src}, {core}.")
        if r < 0.82:
            who = self.official()
            return clean(f"{cap(core)}, {who.name}, {who.role}, told reporters {dpx}.")
        if r < 0.9:
            return clean(f"{cap(core)}, {src} said in a statement.")
        return clean(f"{cap(core)} {dpx}.")

    def measure_sentence(self, m: str, day: int | None = None) -> str:
        """One statement of measure m (on the report's day unless `day` given)."""
        tpl, bare = self.rng.choice(CORE[m])
        q = self.q(m, day, vague=not bare)
        dp = self.dp(day) if "{dp}" in tpl else ""
        # lower-case form; attribute() capitalises it only when it opens the sentence
        ev = self.ctx["ev"]
        core = tpl.format(Q=q, q=q, noun=self.noun(m), pp=self.pp(), dp=dp, ev=ev, Ev=ev,
                          where=self.ctx["where"])
        return self.attribute(core, m, bool(dp))

    def forced_sentence(self, m: str) -> str:
        """The exact, explicitly placed and dated statement a planted pair shares."""
        n = self.q(m, exact=True)
        p = self.s.place.city
        vp0, vp1 = FORCED[m]
        src = self.source(m)
        if self.day == 0:
            return clean(f"{cap(n)} {NOUN[m]} {vp0} in {p} on {self.wd}, {src} said.")
        return clean(f"By {self.wd}, {n} {NOUN[m]} {vp1} in {p}, {src} said.")

    def prior_sentence(self, m: str, attached: bool = False) -> str | None:
        """A figure from an earlier day, stated with that day's true value."""
        if self.day == 0:
            return None
        d = self.rng.randrange(self.day)
        n = self.q(m, d, vague=False)
        if n.startswith("at least"):  # "put the toll at at least 40" reads badly
            n = self.q(m, d, exact=True)
        wd = WEEKDAYS[self.s.date(d).weekday()]
        lab = LABEL[m]
        opts = [f"On {wd}, officials had put {lab} at {n}.",
                f"Earlier figures released on {wd} put {lab} at {n}.",
                f"{cap(lab)} had stood at {n} on {wd}."]
        if attached and d == self.day - 1:
            opts.append(f"That was up from {n} a day earlier.")
        return self.rng.choice(opts)

    def quote_official(self) -> str:
        who = self.official()
        text = self.rng.choice(OFFICIAL_QUOTES)
        r = self.rng.random()
        if r < 0.3 and "rescued" in self.s.values and self.fig("rescued") > 0:
            text = f"So far we have brought {self.q('rescued', vague=False)} people out alive. {text}"
        elif r < 0.5:
            text = f"We have confirmed {self.q('killed', vague=False)} deaths, and I fear that number will rise"
        form = self.rng.random()
        if form < 0.5:
            return f"\"{text},\" said {who.name}, {who.role}."
        if form < 0.8:
            return f"{who.name}, {who.role}, told reporters: \"{text}.\""
        return f"\"{text},\" {who.name} said."

    def next_witness(self) -> tuple[Person, str]:
        """A witness and a line not yet used in this report (people do not repeat themselves)."""
        if not self._witnesses:
            self._witnesses = self.rng.sample(self.s.witnesses, len(self.s.witnesses))
        if not self._lines:
            self._lines = self.rng.sample(WITNESS_QUOTES[self.s.et.code], len(WITNESS_QUOTES[self.s.et.code]))
        return self._witnesses.pop(), self._lines.pop()

    def quote_witness(self) -> str:
        w, text = self.next_witness()
        if self.rng.random() < 0.5:
            return f"\"{text},\" said {w.name}, {w.age}, a {w.role} from {self.s.place.city}."
        return f"{w.name}, a {w.age}-year-old {w.role}, said: \"{text}.\""

    # ---- paragraphs -------------------------------------------------------

    def lead(self) -> str:
        """Opening sentence: what happened, where, and the death toll."""
        c = self.ctx
        code = self.s.et.code
        k = self.q("killed")
        kb = self.q("killed", vague=False)
        pp = self.pp()
        # Always date the lead: a later-day lead also names the event's day
        # ("Monday's quake"), and the toll belongs to the day it is reported.
        dp = self.dp(allow_empty=False)
        if self.day == 0:
            opts = {
                "Q": lambda: [f"A magnitude {c['mag']} earthquake struck {c['region']} {dp}, killing {k} people {pp} and toppling hundreds of buildings",
                      f"{cap(k)} people were killed {pp} {dp} when a powerful earthquake of magnitude {c['mag']} shook {c['region']}",
                      f"A powerful earthquake killed {k} people {pp} {dp}, flattening homes and sending residents fleeing into the streets"],
                "F": lambda: [f"Flash floods triggered by torrential rain killed {k} people {pp} {dp}, submerging roads and sweeping away cars",
                      f"{cap(k)} people were killed {pp} {dp} after heavy rain caused rivers to burst their banks"],
                "S": lambda: [f"{c.get('storm')} slammed into {c['region']} {dp}, killing {k} people {pp} and cutting power to large parts of the region",
                      f"{cap(k)} people were killed {pp} {dp} as {c.get('storm')} tore through {c['region']} with winds of up to {c.get('wind')} km/h"],
                "C": lambda: [f"{cap(k)} people were killed {pp} {dp} when {article(c['vehicle'])} {c.get('vehicle')} {c.get('crash_verb')}",
                      f"{cap(article(c['vehicle']))} {c.get('vehicle')} {c.get('crash_verb')} {pp} {dp}, killing {k} people"],
                "B": lambda: [f"{cap(article(c['floors']))} {c.get('floors')}-storey {c.get('building')} collapsed {pp} {dp}, killing {k} people and trapping others beneath the rubble",
                      f"{cap(k)} people were killed {pp} {dp} when {article(c['building'])} {c.get('building')} gave way"],
                "X": lambda: [f"{c.get('attack')} hit {c.get('target')} {pp} {dp}, killing {k} people",
                      f"{cap(k)} people were killed {pp} {dp} when {c.get('attack', '').lower()} struck {c.get('target')}"],
                "W": lambda: [f"A fast-moving wildfire killed {k} people {pp} {dp}, forcing residents to flee as flames swept through hillside suburbs",
                      f"{cap(k)} people were killed {pp} {dp} as a wildfire fanned by strong winds raced through {c['region']}"],
                "M": lambda: [f"An explosion at a {c.get('mineral')} mine {pp} killed {k} {self.noun('killed')} {dp}, and rescuers were trying to reach others trapped underground",
                      f"{cap(k)} {self.noun('killed')} were killed {dp} in a blast at a {c.get('mineral')} mine {pp}"],
                "P": lambda: [f"Security forces opened fire on protesters {pp} {dp}, killing {k} people",
                      f"{cap(k)} people were killed {pp} {dp} as security forces cracked down on protests over {c.get('trigger')}"],
            }[code]()
        else:
            opts = {
                "Q": lambda: [f"The death toll from {self.wd0}'s earthquake in {c['region']} rose to {kb} {dp}, as rescuers searched through the rubble for survivors",
                      f"Rescuers in {c['region']} pulled more survivors from collapsed buildings {dp} as the number of people killed {pp} climbed to {kb}",
                      f"{cap(k)} people have now been confirmed dead {pp} after the magnitude {c['mag']} earthquake that struck {c['region']} on {self.wd0}"],
                "F": lambda: [f"The death toll from flooding {pp} rose to {kb} {dp} as water levels began to recede in some areas",
                      f"{cap(k)} people have died {pp} since heavy rains began on {self.wd0}, according to figures released {dp}"],
                "S": lambda: [f"The number of people killed by {c.get('storm')} {pp} rose to {kb} {dp}, as crews worked to restore power",
                      f"{cap(k)} people have now died {pp} after {c.get('storm')} made landfall on {self.wd0}"],
                "C": lambda: [f"The death toll from {self.wd0}'s {c.get('vehicle')} crash {pp} rose to {kb} {dp}, as investigators searched for the cause"],
                "B": lambda: [f"Rescuers {pp} recovered more bodies {dp} from the rubble of the {c.get('building')} that collapsed on {self.wd0}, bringing the death toll to {kb}"],
                "X": lambda: [f"The number of people killed in {self.wd0}'s strike on {c.get('target')} {pp} rose to {kb} {dp}"],
                "W": lambda: [f"The death toll from the wildfire {pp} rose to {kb} {dp} as firefighters battled to contain the blaze"],
                "M": lambda: [f"The death toll from {self.wd0}'s explosion at a {c.get('mineral')} mine {pp} rose to {kb} {dp}"],
                "P": lambda: [f"The number of people killed in protests {pp} rose to {kb} {dp}, as demonstrators defied a curfew"],
            }[code]()
        core = self.rng.choice(opts)
        src = self.source("killed")
        return clean(f"{core}, {src} said.") if self.rng.random() < 0.7 else clean(f"{core}.")

    def detail(self) -> list[str]:
        """Event-specific paragraphs full of numbers that are not people counts."""
        c = self.ctx
        code = self.s.et.code
        d = self.day
        out: list[str] = []
        if code == "Q":
            out += [f"The quake struck at {c['time']} local time at a depth of {c['depth']} km, according to the "
                    f"U.S. Geological Survey. It was followed by {self.s.aftershocks[d]:,} aftershocks, the "
                    f"strongest of magnitude {c['mag2']}.",
                    f"The region sits on one of the world's most active fault lines, and the quake was felt "
                    f"as far as {self.rng.randint(150, 900)} km away."]
        elif code == "F":
            out += [f"More than {c['rain']} mm of rain fell in {c['hours']} hours, more than the average for an "
                    f"entire month, and river levels rose {c['metres']} metres above the danger mark.",
                    f"Meteorologists warned that another {self.rng.randint(40, 150)} mm could fall by the weekend."]
        elif code == "S":
            out += [f"{c['storm']} made landfall at {c['time']} local time with sustained winds of {c['wind']} km/h "
                    f"({c['mph']} mph), equivalent to a Category {c['cat']} hurricane.",
                    f"Power was cut to about {self.rng.randint(12, 95)}% of households, and "
                    f"{self.rng.randint(20, 400)} flights were cancelled."]
        elif code == "C":
            speed = (f", and was travelling at about {c['speed']} km/h" if "bus" in c["vehicle"]
                     or "train" in c["vehicle"] else "")
            out += [f"The {c['vehicle']} was carrying {c['aboard']} passengers and {c['crew']} crew members"
                    f"{speed}, officials said.",
                    f"Investigators have recovered the {c['vehicle']}'s data recorder, and a preliminary report "
                    f"is expected within {self.rng.randint(10, 30)} days."]
        elif code == "B":
            out += [f"The {c['floors']}-storey {c['building']}, built in {c['built']}, housed about "
                    f"{c['units']} units. Neighbours said two extra floors had been added without permits.",
                    f"The collapse happened at {c['time']} local time, when many residents were at home."]
        elif code == "X":
            out += [f"The strike hit {c['target']} at about {c['time']} local time. It was the deadliest "
                    f"attack on the city since {c['since']}.",
                    f"Emergency services said {self.rng.randint(3, 25)} buildings and {self.rng.randint(10, 80)} "
                    f"cars were damaged."]
        elif code == "W":
            out += [f"The fire has burned through {c['hectares']} hectares ({c['acres']} acres) and was "
                    f"{c['contained']}% contained, with temperatures topping {c['temp']}C and winds gusting "
                    f"to {c['wind']} km/h.",
                    f"More than {self.rng.randint(3, 40) * 10} firefighters and {self.rng.randint(4, 30)} "
                    f"water-bombing aircraft were deployed."]
        elif code == "M":
            out += [f"The blast happened about {c['depth']} metres underground shortly after {c['time']}. "
                    f"{c['underground']} miners were underground at the time of the explosion.",
                    f"The mine, which produces about {self.rng.randint(1, 9)} million tonnes of {c['mineral']} "
                    f"a year, had been fined {self.rng.randint(2, 12)} times since {self.rng.randint(2005, 2015)}."]
        elif code == "P":
            out += [f"Protests erupted {c['days']} days ago over {c['trigger']}, and have spread to at least "
                    f"{self.rng.randint(5, 30)} cities.",
                    f"Internet access was restricted in several regions, and a curfew from {self.rng.randint(6, 10)} "
                    f"p.m. to {self.rng.randint(5, 7)} a.m. was imposed."]
        if self.s.homes:
            out.append(f"Authorities said {self.s.homes[d]:,} homes had been destroyed or badly damaged. "
                       f"Damage was estimated at {c['damage']}.")
        return out

    def operations(self) -> str:
        n = self.s.rescuers[self.day]
        c = self.ctx
        opts = [f"More than {nice_below(n) or n:,} rescue workers, supported by teams from "
                f"{c['rescuer_countries']} countries, were deployed.",
                f"Some {n:,} emergency workers and {c['teams']} search teams were working through the night."]
        return self.rng.choice(opts)

    def history(self) -> str:
        """A past event in the same place: dated decades earlier, deterministic per place."""
        p = self.s.place
        hrng = random.Random(f"factcheck-bench/history/{p.city}/{self.s.et.key}")
        year = hrng.randint(1950, 1990)
        n = hrng.randint(30, 3000) if self.s.et.code in "QFS" else hrng.randint(10, 200)
        return (f"In {year}, {article(self.s.et.noun)} {self.s.et.noun} in {p.city} killed {n:,} people, "
                f"and it remains the deadliest on record in the area.")

    def economy(self) -> str:
        c = self.ctx
        return self.rng.choice((
            f"The {self.s.place.region} area is home to about {c['pop']} million people and accounts for "
            f"roughly {c['pct']}% of the country's manufacturing output.",
            f"{self.s.place.city}, a city of about {c['pop']} million people, is a regional transport hub.",
        ))

    def aid(self) -> str:
        c = self.ctx
        a = self.s.people["aid"]
        return self.rng.choice((
            f"The United Nations released {c['aid']} from its emergency fund, and the European Union pledged "
            f"{c['eu_aid']} in humanitarian assistance.",
            f"{a.name}, {a.role}, said {c['aid']} was needed over the next {self.rng.choice((3, 6, 9))} months "
            f"for shelter, food and clean water.",
        ))

    def sub_paragraph(self) -> str | None:
        if not self.s.sub or not self.s.sub_values:
            return None
        m = self.rng.choice(list(self.s.sub_values))
        v = self.s.sub_values[m][self.day]
        if v < 2:
            return None
        n = qty(self.rng, v, words=self.words)
        verb = "were killed" if m == "killed" else "were injured"
        return clean(f"In neighbouring {self.s.sub.city}, {n} people {verb} {self.dp()}, local officials said.")

    def children_sentence(self) -> str | None:
        if not self.s.children or self.s.children[self.day] < 2:
            return None
        n = qty(self.rng, self.s.children[self.day], vague=False, words=self.words)
        return self.rng.choice((f"Among the dead were {n} children, {self.source('killed')} said.",
                                f"The dead included {n} children, according to {self.source('killed')}."))

    def victim_sentence(self) -> str:
        age = self.rng.randint(2, 88)
        who = self.rng.choice(("man", "woman", "boy", "girl")) if age < 18 else self.rng.choice(("man", "woman", "nurse", "teacher"))
        return (f"Among the victims was a {age}-year-old {who}, whose relatives told local media they had "
                f"searched hospitals for hours.")

    def reaction(self) -> str:
        c = self.ctx
        if self.s.et.code == "P":
            return self.rng.choice((
                "The UN human rights office called on the authorities to exercise restraint and to release "
                "everyone detained for peacefully exercising their rights.",
                f"The government said the protests had been hijacked by \"criminal elements\" and extended a "
                f"curfew for another {self.rng.randint(2, 7)} days.",
                "Opposition leaders called for a general strike and said the demonstrations would continue.",
            ))
        return self.rng.choice((
            f"The government declared three days of national mourning and said {c['aid']} would be released "
            f"for reconstruction.",
            f"Messages of condolence poured in from around the world, and at least {c['rescuer_countries']} "
            f"countries offered help.",
            "Opposition politicians demanded an inquiry into the response, saying warnings had been ignored "
            "for years.",
        ))

    def infrastructure(self) -> str:
        c = self.ctx
        r = self.rng
        return r.choice((
            f"{cap(number_words(r.randint(3, 19)))} roads were closed and the airport suspended flights for "
            f"{r.randint(4, 48)} hours.",
            f"Power was cut to about {c['power']}% of homes in the city, and mobile networks were down in "
            f"{r.randint(2, 12)} districts.",
            f"Water supplies were disrupted for {r.randint(2, 9)} days in parts of the city, and {r.randint(20, 300)} "
            f"schools were closed until further notice.",
        ))

    def hospitals(self) -> str:
        d = self.s.people["doctor"]
        beds = self.rng.randint(40, 600)
        text = self.rng.choice(("We are working around the clock and we are running out of blood",
                                "The emergency ward is full, we are treating people in the corridors",
                                "Many of the injured have crush wounds and need surgery"))
        return (f"Hospitals in {self.s.place.city} set up {beds} extra beds. \"{text},\" said {d.name}, "
                f"{d.role}.")

    def troops(self) -> str:
        c = self.ctx
        return self.rng.choice((
            f"The army deployed {c['troops']} soldiers to help with the search and to distribute food and water.",
            f"The government sent {c['troops']} troops and {self.rng.randint(5, 60)} helicopters to the region.",
        ))

    def shelters(self) -> str:
        return self.rng.choice((
            f"Authorities set up {self.ctx['shelters']} temporary shelters in schools, sports halls and "
            f"places of worship.",
            f"Aid agencies distributed {self.rng.randint(2, 90) * 100:,} tents and {self.rng.randint(5, 200)} "
            f"tonnes of food.",
        ))

    def forecast(self) -> str:
        code = self.s.et.code
        r = self.rng
        nxt = WEEKDAYS[(self.pub.weekday() + r.randint(1, 3)) % 7]
        if code == "Q":
            return (f"Seismologists warned that aftershocks of magnitude {r.randint(4, 6)} or higher could "
                    f"continue for weeks. Overnight temperatures were expected to fall to {r.randint(-6, 9)}C.")
        if code in "FS":
            return (f"Forecasters warned of another {r.randint(30, 200)} mm of rain by {nxt}, and "
                    f"{r.randint(2, 15)} provinces remained on red alert.")
        if code == "W":
            return (f"Forecasters said temperatures would ease to {r.randint(24, 33)}C by {nxt}, "
                    f"but winds of up to {r.randint(40, 90)} km/h could fan new outbreaks.")
        return (f"The weather service forecast temperatures of {r.randint(8, 35)}C and "
                f"{r.choice(('light rain', 'clear skies', 'strong winds'))} for {nxt}.")

    def leader_visit(self) -> str:
        r = self.rng
        visit_day = WEEKDAYS[self.s.date(r.randrange(self.day + 1)).weekday()]
        points = number_words(r.randint(3, 12))
        return r.choice((
            f"The president, who visited {self.s.place.city} on {visit_day}, promised to rebuild every "
            f"destroyed home within {r.choice(('a year', 'two years', '18 months'))}.",
            f"The prime minister chaired an emergency cabinet meeting on {visit_day} and announced "
            f"{article(points)} {points}-point recovery plan.",
        ))

    def investigation(self) -> str | None:
        code = self.s.et.code
        n = self.ctx["warrants"]
        if code in "QB":
            return (f"Prosecutors issued detention warrants for {n} contractors and building owners, and "
                    f"said they had opened investigations into more than {self.rng.randint(2, 9) * 10} buildings.")
        if code in "CM":
            return (f"Prosecutors opened a criminal investigation and said {n} managers had been questioned. "
                    f"Safety inspectors last visited the site in {self.ctx['inspected']}.")
        return None

    def markets(self) -> str:
        r = self.rng
        cur = CURRENCY.get(self.s.place.country, "local currency")
        return r.choice((
            f"The {cur} fell {r.uniform(0.3, 4.5):.1f}% against the dollar, and the main stock index closed "
            f"down {r.uniform(0.5, 6):.1f}%.",
            f"Insurers estimated losses at {self.ctx['damage']}, with only about {r.randint(5, 40)}% of "
            f"homes in the area insured.",
        ))

    def context(self) -> str:
        code = self.s.et.code
        r = self.rng
        yr = self.pub.year - r.randint(3, 25)
        return {
            "Q": f"The country's building code was tightened in {yr}, but engineers say enforcement remains patchy.",
            "F": f"Scientists say climate change is making extreme rainfall more frequent; the region recorded "
                 f"its wettest {MONTHS[self.pub.month - 1]} since {yr}.",
            "S": f"The storm was the {r.choice(('fifth', 'ninth', 'twelfth', 'fifteenth'))} to hit the country "
                 f"this year, and the strongest since {yr}.",
            "C": f"Road and rail safety has improved since {yr}, but the route is notorious for accidents.",
            "B": f"Thousands of buildings in the city were put up without permits during a construction boom "
                 f"that began in {yr}.",
            "X": f"Fighting in the area has intensified since {yr}, and the city has been hit repeatedly.",
            "W": f"The fire season now starts about {r.randint(2, 6)} weeks earlier than it did in {yr}.",
            "M": f"The country's mining safety rules were last overhauled in {yr}.",
            "P": f"The country has seen waves of unrest since {yr}, when a similar price rise sparked riots.",
        }[code]

    def social(self) -> str:
        return self.rng.choice((
            "Videos shared on social media showed residents digging with their bare hands and carrying "
            "belongings through the debris.",
            "Images broadcast on television showed streets strewn with debris and emergency vehicles "
            "struggling to get through.",
            "Residents said they had received no warning and criticised the slow arrival of help.",
        ))

    def rescue_story(self) -> str | None:
        if self.s.et.code not in "QBM":
            return None
        r = self.rng
        age = r.randint(2, 80)
        who = r.choice(("girl", "boy")) if age < 16 else r.choice(("woman", "man"))
        hours = r.randint(20, 130)
        return (f"In one of the few moments of relief, rescuers brought out a {age}-year-old {who} after "
                f"{hours} hours, to applause from onlookers. Medics said the {who} was dehydrated but conscious.")

    def aid_quote(self) -> str:
        a = self.s.people["aid"]
        text = self.rng.choice((
            "The needs are enormous and they are growing by the hour. Families have lost their homes, "
            "their livelihoods and in many cases their loved ones",
            "What people need most right now is shelter, clean water and medical care, and they need it "
            "before the weather turns",
            "We are worried about the spread of disease in crowded shelters, and about the children who "
            "have been separated from their families",
        ))
        return f"\"{text},\" said {a.name}, {a.role}. \"We cannot let the world look away.\""

    def explainer(self) -> str:
        code = self.s.et.code
        r = self.rng
        return {
            "Q": "Why was the damage so severe? Experts point to shallow depth, soft soil and buildings that "
                 "were never designed to withstand strong shaking. Many older structures were made of "
                 "unreinforced masonry.",
            "F": "Urban sprawl over former wetlands and blocked drainage channels made the flooding worse, "
                 "engineers said. Several embankments gave way within hours of each other.",
            "S": "The storm intensified rapidly over unusually warm waters before landfall, giving "
                 "authorities little time to organise evacuations.",
            "C": "Investigators will examine the condition of the vehicle, the driver's hours and the state "
                 "of the road. Relatives said they had long complained about the service.",
            "B": "Engineers said the building showed signs of poor-quality concrete and missing steel "
                 "reinforcement. Residents said cracks had appeared in the walls months ago.",
            "X": "Residents said there had been no warning before the first impact. The area had been "
                 "considered relatively safe until recently.",
            "W": "Years of drought had left the vegetation tinder-dry, and strong winds pushed the fire "
                 "into neighbourhoods faster than crews could respond.",
            "M": "Miners' unions have long warned about gas build-up and ageing equipment in the country's "
                 "older pits. The company said it had complied with all regulations.",
            "P": "The protests began peacefully but turned violent after security forces moved in to clear "
                 f"a central square, witnesses said. At least {r.randint(2, 9)} police stations were set on fire.",
        }[code]

    def families(self) -> str:
        return self.rng.choice((
            f"Outside {self.s.place.city}'s main hospital, families waited for news, scanning lists of names "
            f"pinned to a board. Volunteers handed out water and blankets.",
            "In the worst-hit neighbourhoods, residents slept in cars, tents and parks, fearing further "
            "damage. Many said they had nowhere else to go.",
            "Mosques, churches and community centres opened their doors to families who had lost their "
            "homes, and volunteers organised soup kitchens.",
        ))

    def body_paragraphs(self) -> list[str]:
        """The story content, style-neutral, in a plausible news order.

        Tolls come first (with earlier-day figures attached to the sentence
        they update, so "up from 40 a day earlier" has a clear referent), then
        a random selection of quotes, colour and background paragraphs.
        """
        s = self.s
        r = self.rng
        paras = [self.lead()]
        if self.doc.forced:
            paras.append(self.forced_sentence(self.doc.forced))
        measures = [m for m in s.values if m != "killed" and self.fig(m) > 0]
        r.shuffle(measures)
        chosen = [m for m in measures if r.random() < 0.75 or m == self.doc.forced]
        toll: list[str] = []
        for m in (["killed"] if r.random() < 0.6 or self.doc.forced == "killed" else []) + chosen:
            sent = self.measure_sentence(m)
            if self.day > 0 and r.random() < 0.35:
                sent += " " + (self.prior_sentence(m, attached=True) or "")
            if toll and r.random() < 0.4:
                toll[-1] += " " + sent
            else:
                toll.append(sent)
        paras += [clean(t) for t in toll]
        optional: list[str | None] = [
            self.quote_official(), self.quote_witness(), self.operations(), *self.detail(),
            self.sub_paragraph(), self.children_sentence(), self.victim_sentence(),
            self.quote_witness(), self.aid(), self.history(), self.economy(), self.reaction(),
            self.quote_official(), self.infrastructure(), self.hospitals(), self.troops(),
            self.shelters() if s.et.code in "QFSWX" else None, self.forecast(), self.leader_visit(),
            self.investigation(), self.markets(), self.context(), self.social(),
            self.rescue_story(), self.aid_quote(), self.explainer(), self.families(),
        ]
        if self.day > 0 and r.random() < 0.5:
            optional.insert(r.randrange(1, 4), self.prior_sentence("killed"))
        opt = [p for p in optional if p]
        target = r.randint(10, 26)
        keep = sorted(r.sample(range(len(opt)), min(target, len(opt))))
        # mostly keep the news order, but let a few paragraphs float
        picked = [opt[i] for i in keep]
        for _ in range(len(picked) // 4):
            i, j = r.randrange(len(picked)), r.randrange(len(picked))
            picked[i], picked[j] = picked[j], picked[i]
        # short paragraphs are often run together in print
        merged: list[str] = []
        for para in picked:
            if merged and len(merged[-1]) < 220 and len(para) < 220 and not para.startswith('"') \
                    and r.random() < 0.4:
                merged[-1] += " " + para
            else:
                merged.append(para)
        paras += merged
        paras[1:1] = self.real_shapes()
        return paras

    def real_shapes(self) -> list[str]:
        """Figures that are true but are not the day's toll, as real reports write them: a
        nationality breakdown, the day's increment, another incident's toll and a projection.
        None may ever be read as contradicting the toll. A separate random stream, so the rest
        of the report is the same as in generator version 1."""
        r = random.Random(f"factcheck-bench/shapes/{self.s.seed.index}/{self.doc.rel}")
        story = random.Random(f"factcheck-bench/shapes/{self.s.seed.index}")  # facts of the story: one truth
        k = self.fig("killed")
        out: list[str] = []
        first = self.fig("killed", 0)
        if first >= 3 and r.random() < 0.3:  # foreigners die in the event itself: the count never changes
            n = story.randint(1, min(4, first - 1))
            nat = story.choice(("Briton", "American", "German", "Canadian", "Australian", "Filipino", "Kenyan"))
            nat += "s" if n > 1 else ""
            out.append(r.choice((f"{cap(number_words(n))} {nat} {'were' if n > 1 else 'was'} among the dead, the foreign ministry said.",
                                 f"The dead included {number_words(n)} {nat}, according to their embassy.")))
        prev = self.fig("killed", self.day - 1) if self.day > 0 else 0
        if self.day > 0 and k - prev >= 2 and r.random() < 0.3:
            out.append(f"Rescuers recovered {number_words(k - prev)} more bodies on {self.wd}.")
        if r.random() < 0.25:
            year = self.pub.year - r.randint(3, 40)
            out.append(f"A bus crash on the same road in {year} killed {r.randint(10, 90)} people.")
        if k >= 20 and r.random() < 0.2:
            out.append(f"Officials warned that the toll could exceed {k * r.randint(2, 4):,} as remote areas are reached.")
        return out

    # ---- titles and chrome ------------------------------------------------

    def title(self) -> str:
        """Headline; its figure goes through fig() like the body's, so a false report's title is false too."""
        kb = self.q("killed", vague=False)
        p = self.s.place
        short = self.s.et.short
        opts = [f"{p.country} {short} death toll rises to {kb}",
                f"{cap(kb)} killed in {p.city} {short}",
                f"Rescuers search for survivors after {short} hits {p.city}",
                f"{cap(self.s.et.noun)} in {p.city}: what we know so far",
                f"{p.city} {short}: officials say toll could rise"]
        if self.style == "live":
            return f"Live: {p.country} {short} – death toll climbs to {kb} as rescue efforts continue"
        if self.style == "release":
            return f"{self.doc.outlet.name} responds to {self.s.et.noun} in {p.country}"
        if self.style == "broadcast":
            return f"{cap(short)} in {p.country} leaves {kb} dead"
        return self.rng.choice(opts)

    def related(self, n: int) -> list[str]:
        picks = self.rng.sample(RELATED, n)
        return [r.format(pct=f"{self.rng.uniform(1, 12):.2f}".rstrip('0').rstrip('.'), **{
            k: v for k, v in self.ctx.items() if k in ("country", "plural", "Short", "short", "city", "region")})
            for r in picks]

    def copyright(self) -> str:
        o = self.doc.outlet.name
        y = self.pub.year
        if o == "Associated Press":
            return (f"Copyright {y} The Associated Press. All rights reserved. This material may not be "
                    f"published, broadcast, rewritten or redistributed without permission.")
        if o == "Reuters":
            return "Our Standards: The Thomson Reuters Trust Principles."
        return f"© {y} {o}. All rights reserved."

    # ---- styles -----------------------------------------------------------

    def render(self) -> tuple[str, str]:
        """Return (title, Markdown body) for this report."""
        title = self.title()
        body = getattr(self, f"render_{self.style}")(title)
        return title, body.strip() + "\n"

    def render_wire(self, title: str) -> str:
        o = self.doc.outlet
        p = self.s.place
        city = p.city if self.rng.random() < 0.6 else CAPITALS.get(p.country, p.city)
        m = self.pub.month - 1
        if o.tag == "AP":
            dateline = f"{city.upper()}, {p.country} (AP) —"
        elif o.tag == "AFP":
            dateline = f"{city} ({p.country}) (AFP) -"
        elif o.tag == "Xinhua":
            dateline = f"{city.upper()}, {MONTHS_AP[m]} {self.pub.day} (Xinhua) --"
        else:
            dateline = f"{city.upper()}, {MONTHS_WIRE[m]} {self.pub.day} ({o.tag}) -"
        paras = self.body_paragraphs()
        paras[0] = f"{dateline} {paras[0]}"
        out: list[str] = []
        if self.rng.random() < 0.5:
            out.append(self.rng.choice(("Skip to main content", "World | Asia Pacific | Americas | Africa | Business",
                                        "Advertisement · Scroll to continue")))
        out += paras
        reporters = self.rng.sample(BYLINE_NAMES, 3)
        if o.tag == "AP":
            out.append(f"Associated Press writer {reporters[0]} in {CAPITALS.get(p.country, p.city)} contributed to this report.")
        elif o.tag == "Xinhua":
            out.append("Enditem")
        elif o.tag == "AFP":
            out.append(f"{slugify(reporters[0])[:3]}-{slugify(reporters[1])[:2]}/{slugify(reporters[2])[:3]}")
        else:
            out.append(f"Reporting by {reporters[0]} and {reporters[1]}; Editing by {reporters[2]}")
        if self.rng.random() < 0.6:
            out.append("Related coverage\n\n" + "\n".join(f"- {r}" for r in self.related(3)))
        out.append(self.copyright())
        return "\n\n".join(out)

    def render_local(self, title: str) -> str:
        o = self.doc.outlet
        reporter = self.other_name(self.s.place.pool)
        hh = self.rng.randint(6, 11)
        mm = self.rng.randint(0, 59)
        out = [f"Home › News › {self.rng.choice(('Local', 'Metro', 'Region'))}", f"# {title}",
               f"By {reporter} | {o.name}\n"
               f"Published {hh}:{mm:02d} a.m. {MONTHS_AP[self.pub.month - 1]} {self.pub.day}, {self.pub.year} "
               f"| Updated {self.rng.randint(1, 9)}:{self.rng.randint(0, 59):02d} p.m."]
        paras = self.body_paragraphs()
        if self.rng.random() < 0.5:
            local = (f"Schools in {self.s.place.city} will remain closed until at least {WEEKDAYS[(self.pub.weekday() + 2) % 7]}, "
                     f"and the city council will hold an emergency session at {self.rng.randint(5, 8)} p.m.")
            paras.insert(min(len(paras), 4), local)
        if len(paras) > 6:
            paras.insert(5, f"**READ MORE:** {self.related(1)[0]}")
        if self.rng.random() < 0.3:
            paras.insert(min(len(paras), 3), f"> {self.quote_witness()}")
        out += paras
        out += ["Share this article: Facebook | X | WhatsApp | Email",
                f"Sign up for the {o.name} morning newsletter", self.copyright()]
        return "\n\n".join(out)

    def render_broadcast(self, title: str) -> str:
        o = self.doc.outlet
        host = self.other_name("en")
        corr = self.rng.choice(BYLINE_NAMES)
        paras = self.body_paragraphs()
        out = [f"{o.tag} | {o.name}", "TRANSCRIPT",
               f"{host.upper()}, HOST: We begin tonight in {self.s.place.region}. {paras[0]}"]
        out.append(f"{host.upper()}, HOST: Our correspondent {corr} is in {self.s.place.city}. {corr.split()[0]}, "
                   f"what are you seeing?")
        rest = paras[1:]
        speaker = f"{corr.upper()}, BYLINE"
        questions = ("What are officials saying about the number of victims?", "And what happens now?",
                     "How are people there coping?", "Is help getting through?")
        questions = self.rng.sample(questions, len(questions))
        interp = "" if self.s.place.pool == "en" else " (Through interpreter)"
        i = 0
        while i < len(rest):
            size = self.rng.choice((1, 2, 2, 3))
            chunk = " ".join(rest[i:i + size])
            i += size
            out.append(f"{speaker}: {chunk}")
            if i < len(rest) and self.rng.random() < 0.3:
                w, line = self.next_witness()
                out.append(self.rng.choice(("(SOUNDBITE OF SIRENS)", "(BEGIN VIDEO CLIP)", "(SOUNDBITE OF ARCHIVED BROADCAST)")))
                out.append(f"{w.name.upper()}: {line}.{interp}")
                out.append(f"{speaker}: That was {w.name}, a {w.role}.")
            elif i < len(rest) and questions and self.rng.random() < 0.3:
                out.append(f"{host.upper()}, HOST: {questions.pop()}")
        out.append(f"{host.upper()}, HOST: That's {corr} reporting from {self.s.place.city}. Thank you.")
        out.append(f"{corr.upper()}, BYLINE: Thank you.")
        out.append(f"Copyright © {self.pub.year} {o.name}. All rights reserved. This text may not be in its "
                   f"final form and may be updated or revised in the future.")
        return "\n\n".join(out)

    def render_release(self, title: str) -> str:
        o = self.doc.outlet
        org = o.name
        paras = self.body_paragraphs()
        date_s = f"{self.pub.day} {MONTHS[self.pub.month - 1]} {self.pub.year}"
        out = ["PRESS RELEASE", f"**{title}**", f"{o.hq or CAPITALS.get(self.s.place.country, '')}, {date_s} – {paras[0]}"]
        figs = [m for m in self.s.values if self.fig(m) > 0]
        key = [f"**Key figures (as of {self.pub.day} {MONTHS[self.pub.month - 1]})**"]
        for m in figs[: self.rng.randint(2, len(figs))] if len(figs) >= 2 else figs:
            key.append(f"- {cap(self.q(m, vague=False))} people {m}")
        out.append("\n".join(key))
        out += paras[1:]
        head = self.other_name(self.rng.choice(("en", "fr", "es")))
        out.append(f"\"We are deeply saddened by the loss of life in {self.s.place.city}. Our teams are on the "
                   f"ground and will stay as long as they are needed,\" said {head}, {org}'s regional director.")
        orng = random.Random(f"factcheck-bench/org/{o.name}")  # facts about an org never change
        out.append(f"About {o.name}: {org} works in more than {orng.randint(80, 190)} countries and "
                   f"territories and has an annual budget of about {money(orng, orng.uniform(300, 9000), '')}.")
        out.append(f"For more information, contact: {self.other_name('en')}, communications officer, "
                   f"+41 22 {self.rng.randint(700, 799)} {self.rng.randint(1000, 9999)}")
        return "\n\n".join(out)

    def render_live(self, title: str) -> str:
        o = self.doc.outlet
        paras = self.body_paragraphs()
        start = int(self.ctx["hour"]) + 1 if self.day == 0 else self.rng.randint(5, 9)
        start = min(start, 20)
        n_entries = len(paras)
        times = sorted(self.rng.sample(range(start * 60, 24 * 60), min(n_entries, 24 * 60 - start * 60)))
        out = [f"# {title}", f"Updated {self.rng.randint(1, 59)} minutes ago | {o.name}", "**Key points**"]
        kp = [paras[0]]
        if self.doc.forced:
            kp.append(paras[1])
        out.append("\n".join(f"- {x}" for x in kp))
        entries = list(zip(times, paras))
        for t, para in reversed(entries):
            hh, mm = divmod(t, 60)
            out.append(f"**{hh:02d}:{mm:02d} GMT** – {para}")
        if self.rng.random() < 0.5:
            out.append("That's all for today. Our live coverage continues tomorrow")
        out += ["Share | Comments", self.copyright()]
        return "\n\n".join(out)


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------


def front_matter(outlet: str, published: dt.date, story: str, title: str) -> str:
    """YAML front matter; strings that might confuse YAML are JSON-quoted (valid YAML)."""
    def scalar(s: str) -> str:
        return s if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&-]*", s) else json.dumps(s, ensure_ascii=False)
    return (f"---\noutlet: {scalar(outlet)}\npublished: {published.isoformat()}\nstory: {story}\n"
            f"title: {json.dumps(title, ensure_ascii=False)}\n---\n")


def generate(out_dir: Path, n_docs: int, n_stories: int, seed: int, share: float,
             log: Callable[[str], None] = print) -> dict:
    """Write the corpus and manifest; return the manifest dict."""
    if n_docs < 1 or n_stories < 1:
        raise ValueError("--docs and --stories must be positive")
    if n_docs < n_stories:
        raise ValueError(f"--docs ({n_docs}) must be >= --stories ({n_stories}): every story needs a report")
    if not 0 <= share <= 1:
        raise ValueError("--conflict-share must be in [0, 1]")
    seeds, warnings = plan_stories(n_docs, n_stories, seed, share)
    for w in warnings:
        log(f"warning: {w}")
    out_dir.mkdir(parents=True, exist_ok=True)
    marker = out_dir / IN_PROGRESS
    marker.write_text("generation in progress; a directory holding this file may be replaced\n")
    total_bytes = 0
    written = 0
    planted: list[dict] = []
    for ss in seeds:
        story = build_story(ss, seed)
        sdir = out_dir / ss.sid
        sdir.mkdir(exist_ok=True)
        for di, doc in enumerate(story.docs):
            title, body = DocWriter(story, doc, di, seed).render()
            raw = body.encode("utf-8")
            total_bytes += len(raw)
            fm = front_matter(doc.outlet.name, story.date(doc.day), ss.sid, title).encode("utf-8")
            (out_dir / doc.rel).write_bytes(fm + raw)
            written += 1
        if story.planted:
            pc = story.planted
            pairs = sorted(((pc.true_value, story.docs[pc.true_doc].rel),
                            (pc.false_value, story.docs[pc.false_doc].rel)))
            planted.append({
                "story": ss.sid, "measure": pc.measure, "place": story.place.city,
                "day": story.date(pc.day).isoformat(),
                "values": [v for v, _ in pairs], "files": [f for _, f in pairs],
                "true_value": pc.true_value,
            })
    manifest = {
        "docs": written, "stories": n_stories, "bytes": total_bytes,
        "planted_conflicts": planted,
        "params": {"docs": n_docs, "stories": n_stories, "seed": seed, "conflict_share": share,
                   "generator_version": GENERATOR_VERSION},
        "notes": "values[i] is stated by files[i]; true_value is the story's real figure.",
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    marker.unlink()
    return manifest


def check(out_dir: Path) -> list[str]:
    """Re-read the corpus with PyYAML and verify it against the manifest.

    Why: the front matter is written by hand for speed, so this proves it
    parses as YAML and that counts, byte totals and planted files line up.
    """
    import yaml  # only needed here

    problems: list[str] = []
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    n = 0
    total = 0
    for path in sorted(out_dir.glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            problems.append(f"{path}: no front matter")
            continue
        head, _, body = text[4:].partition("\n---\n")
        meta = yaml.safe_load(head)
        for key in ("outlet", "published", "story", "title"):
            if key not in meta:
                problems.append(f"{path}: missing {key}")
        if not isinstance(meta.get("published"), dt.date):
            problems.append(f"{path}: published is not a date")
        if meta.get("story") != path.parent.name:
            problems.append(f"{path}: story {meta.get('story')!r} != directory")
        if slugify(str(meta.get("outlet"))) != path.stem.rsplit("-", 1)[0]:
            problems.append(f"{path}: outlet slug does not match file name")
        n += 1
        total += len(body.encode("utf-8"))
    if n != manifest["docs"]:
        problems.append(f"found {n} documents, manifest says {manifest['docs']}")
    if total != manifest["bytes"]:
        problems.append(f"body bytes {total} != manifest {manifest['bytes']}")
    for pc in manifest["planted_conflicts"]:
        for v, f in zip(pc["values"], pc["files"]):
            p = out_dir / f
            if not p.exists():
                problems.append(f"planted file missing: {f}")
            elif not any(form in p.read_text(encoding="utf-8").lower()
                         for form in (f"{v:,}", str(v), f"{v:,}".replace(",", " "), number_words(v))):
                problems.append(f"{f}: planted value {v} not found in text")
    return problems


def default_out(n_docs: int, n_stories: int, seed: int, share: float) -> Path:
    return Path(__file__).resolve().parent / "out" / f"corpus-d{n_docs}-s{n_stories}-seed{seed}-c{share:g}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", nargs="?", type=Path,
                    help="output directory (default: bench/out/corpus-d<N>-s<M>-seed<S>-c<share>)")
    ap.add_argument("--docs", type=int, default=1000, help="number of reports (default 1000)")
    ap.add_argument("--stories", type=int, default=None, help="number of stories (default docs/10)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--conflict-share", type=float, default=0.1,
                    help="share of stories that get one planted conflict (default 0.1)")
    ap.add_argument("--force", action="store_true", help="overwrite a non-empty directory that is not a corpus")
    ap.add_argument("--check", action="store_true", help="re-read the output with PyYAML and verify it")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    stories = args.stories if args.stories is not None else max(1, args.docs // 10)
    out = args.out_dir or default_out(args.docs, stories, args.seed, args.conflict_share)
    log: Callable[[str], None] = (lambda s: None) if args.quiet else (lambda s: print(s, file=sys.stderr))
    if out.exists() and any(out.iterdir()):
        if (out / "manifest.json").exists() or (out / IN_PROGRESS).exists() or args.force:
            log(f"replacing existing corpus in {out}")
            shutil.rmtree(out)
        else:
            print(f"error: {out} is not empty and holds no manifest.json (use --force)", file=sys.stderr)
            return 2
    t0 = time.perf_counter()
    try:
        manifest = generate(out, args.docs, stories, args.seed, args.conflict_share, log)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    secs = time.perf_counter() - t0
    log(f"wrote {manifest['docs']} documents in {stories} stories to {out} "
        f"({manifest['bytes'] / 1e6:.1f} MB of body text, {len(manifest['planted_conflicts'])} planted "
        f"conflicts) in {secs:.1f}s")
    if args.check:
        problems = check(out)
        for p in problems[:50]:
            print(f"check: {p}", file=sys.stderr)
        if problems:
            return 1
        log("check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
