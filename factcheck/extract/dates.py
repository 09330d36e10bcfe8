"""Time expressions near a figure, resolved to an ISO start-end window.

News days are mostly relative ("on Saturday", "since Friday evening", "this
week"): they are resolved here against the publication date, preferring the past.
Explicit calendar dates ("Dec 10", "10 December 2016") go to dateparser, one short
candidate at a time: its whole-text search is slow and noisy.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..scan import Anchored
from .roles import EVENT

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_CAL = rf"(?:{_MONTH}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?)"  # not "January 20|10"
_DAY = rf"(?:{_WD}|{_CAL}|yesterday|today)"
EXPR = re.compile(
    rf"(?P<span>\b(?:from|between)\s+(?:late\s+|early\s+)?(?P<a>{_DAY}){_PART}\s+(?:into|to|until|till|through|and)\s+(?:early\s+|late\s+)?(?P<b>{_DAY}){_PART})"
    rf"|(?P<both>\b(?P<c>{_WD}){_PART}\s+and\s+(?P<d>{_WD}))"
    rf"|(?P<since>\bsince\s+(?:late\s+|early\s+)?(?P<e>{_DAY}){_PART})"
    rf"|(?P<sinceev>\bsince\s+(?:the\s+)?[a-z][\w\s-]{{2,40}}?\s+(?:began|struck|hit|started|erupted|broke\s+out|collapsed|crashed|caved\s+in|fell|sank|exploded|happened|occurred)\s+(?:late\s+|early\s+)?(?:on\s+)?(?P<ev>{_DAY}){_PART})"
    rf"|(?P<evposs>\b(?:after|in|from|of|by|since)\s+(?P<ev3>{_WD})['’]s\s+(?:[\w.-]+\s+){{0,2}}?{EVENT})"
    rf"|(?P<evclause>\b(?:after|(?:in|from|of|by)(?=\s+(?:the|a|an|this|last)\s+(?:[\w.-]+\s+){{0,2}}?{EVENT}\s+(?:that|which)\s))\s+(?:[\w.,'’-]+\s+){{0,8}}?(?:struck|hit|began|started|erupted|broke\s+out|collapsed|"
    rf"crashed|caved\s+in|made\s+landfall|slammed\s+into|tore\s+through|sank|exploded|happened|occurred)\s+(?:[\w.'’-]+\s+){{0,4}}?"
    rf"(?:late\s+|early\s+)?(?:on\s+)?(?P<ev2>{_DAY}){_PART})"
    rf"|(?P<one>\b(?P<f>{_DAY}){_PART})"
    rf"|(?P<monthyear>\b(?P<mm>{_MONTH})\s+(?P<my>1[6-9]\d\d|20\d\d)\b)"  # "in January 2010": that month
    r"|(?P<year>\b(?:in|In|since|Since|during|During|of|back in|Back in)\s+(?:early\s+|late\s+|mid-)?(?P<y>1[6-9]\d\d|20\d\d)\b(?![-–]\d))"
    r"|(?P<overnight>\bovernight\b|\blast night\b)"
    r"|(?P<thisweek>\b(?:this|earlier this) week\b)"
    r"|(?P<lastweek>\blast week\b)"
    r"|(?P<thismonth>\b(?:this|earlier this) month\b)"
    r"|(?P<tonight>\b(?:this morning|this afternoon|this evening|tonight)\b)",
    re.I)
# Every match of EXPR starts at a word boundary with a digit or one of these words (or their
# prefixes: "mon" starts Monday, "sep" September); the scan tries EXPR only there.
_FAST = Anchored(EXPR, ["after", "from", "between", "since", "in", "during", "of", "by", "back", "overnight", "last", "this",
                        "earlier", "tonight", "today", "yesterday", "mon", "tues", "wednes", "thurs", "fri", "satur",
                        "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    window: tuple[str, str]


@functools.lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser  # heavy import, deferred until a calendar date is seen

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})


@functools.lru_cache(maxsize=4096)
def resolve_day(expr: str, base: dt.date) -> dt.date | None:
    """One day expression -> a date, relative to the publication day `base`."""
    e = expr.strip().lower()
    if e == "today":
        return base
    if e == "yesterday":
        return base - dt.timedelta(days=1)
    if e in WEEKDAYS:
        back = (base.weekday() - WEEKDAYS.index(e)) % 7
        return base - dt.timedelta(days=back)
    d = _calendar(e, base)
    if d is not None:
        return d
    parser = _parser()
    parser._settings.RELATIVE_BASE = dt.datetime(base.year, base.month, base.day)  # noqa: SLF001
    got = parser.get_date_data(expr)
    d = got.date_obj.date() if got and got.date_obj else None
    if d and not re.search(r"\d{4}", expr) and d > base + dt.timedelta(days=2):
        d = d.replace(year=d.year - 1)  # "Dec 30" in a January report: last year
    return d


_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_CAL_MD = re.compile(r"([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")
_CAL_DM = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3})[a-z]*\.?(?:,?\s+(\d{4}))?$")


def _calendar(e: str, base: dt.date) -> dt.date | None:
    """'dec 10', '10 december 2016' without dateparser (the common case, and ~100x faster)."""
    m = _CAL_MD.match(e)
    mon, day, year = (m.group(1), m.group(2), m.group(3)) if m else (None, None, None)
    if not m:
        m = _CAL_DM.match(e)
        if not m:
            return None
        day, mon, year = m.group(1), m.group(2), m.group(3)
    if mon not in _MONTHS:
        return None
    try:
        d = dt.date(int(year) if year else base.year, _MONTHS[mon], int(day))
    except ValueError:
        return None
    if not year and d > base + dt.timedelta(days=2):
        d = d.replace(year=d.year - 1)  # "Dec 30" in a January report: last year
    return d


def find(text: str, start: int, end: int, published: dt.date) -> list[TimeExpr]:
    """Every time expression in text[start:end], resolved against `published`."""
    out: list[TimeExpr] = []
    for m in _FAST.finditer(text, start, end):
        w = _window(m, published)
        if w:
            a, b = sorted(w)
            out.append(TimeExpr(m.start(), m.end(), (a.isoformat(), b.isoformat())))
    return out


def _window(m: re.Match[str], pub: dt.date) -> tuple[dt.date, dt.date] | None:
    g = m.group
    if g("span"):
        a, b = resolve_day(g("a"), pub), resolve_day(g("b"), pub)
        return (a, b) if a and b else None
    if g("both"):
        a, b = resolve_day(g("c"), pub), resolve_day(g("d"), pub)
        return (a, b) if a and b else None
    if g("since"):
        a = resolve_day(g("e"), pub)
        return (a, pub) if a else None
    if g("evclause") or g("evposs"):  # "dead after the quake that struck on Tuesday", "in Tuesday's quake": a running toll, as of today
        a = resolve_day(g("ev2") or g("ev3"), pub)
        return (a, pub) if a else None
    if g("sinceev"):
        a = resolve_day(g("ev"), pub)
        return (a, pub) if a else None  # a running toll since the event began, as of publication
    if g("one"):
        a = resolve_day(g("f"), pub)
        return (a, a) if a else None
    if g("monthyear"):
        mon = _MONTHS.get(g("mm").rstrip(".").lower()[:3])
        y = int(g("my"))
        if mon is None or (y, mon) >= (pub.year, pub.month):
            return None  # "in March 2019" said in March 2019 tells nothing about the day
        first = dt.date(y, mon, 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if g("year"):
        y = int(g("y"))
        if y >= pub.year:
            return None  # "in 2016" said in 2016 tells nothing about the day
        return dt.date(y, 1, 1), dt.date(y, 12, 31)  # a past year: background, not today's figure
    if g("overnight"):
        return pub - dt.timedelta(days=1), pub
    if g("thisweek"):
        return pub - dt.timedelta(days=pub.weekday()), pub
    if g("lastweek"):
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if g("thismonth"):
        return pub.replace(day=1), pub
    if g("tonight"):
        return pub, pub
    return None


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
