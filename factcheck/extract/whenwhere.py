"""Where and when a meeting mention says it was: the venue phrase of its clause, its day.

"met in Paris", "the Geneva talks", not "talks on the war in Syria" nor "the summit
received rave reviews in Russia"; a day from the sentence ("on Friday", "early
10 December" reaching back into the night before), never "since 2016"; a report
with no date reads only dates that carry their year.
"""
from __future__ import annotations

import datetime as dt
import re

from ..text import Sentence
from . import dates, formats
from .context import DocContext

NO_DAY = dt.date(2999, 12, 31)  # a base for dates that carry their own year
VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|resort|capital|island|port)\s+of\s+)?$"
                          r"|\bon\s+the\s+(?:outskirts|edge)\s+of\s+$|\bvisit(?:s|ing|ed)?\s+(?:the\s+)?$",
                          re.I)  # "in Moyale", "in the border town of Moyale", "at a villa on the outskirts of Brasilia"
AFTER_VERB = re.compile(r"\b(?!(?:held|hosted|convened|scheduled|planned|slated|organi[sz]ed|staged|opened|started|"
                        r"resumed|concluded|ended|wrapped|kicked|called|arranged)\b)[a-z]+ed\b|\b(?:is|was|were|are|drew|"
                        r"got|won|sparked|says|said|went|came|took|gave|made)\b|\b(?:similar to|like the one|unlike|one they had|as they did)\b")
HELD = re.compile(r"\b(?:(?:was|were|is|are|be|been|being|will|would|had|has|have)\s+)+(?:held|hosted|convened|staged|"
                  r"organi[sz]ed|(?:taking|to take) place)\b|\b(?:took|takes|take|taking)\s+place\b"
                  r"|\b(?:is|was|are|were|got)\s+(?:now\s+|already\s+|well\s+)?(?:under\s*way|in\s+progress|going\s+on)\b")  # "is now under way in X"
TOPIC = re.compile(r"\b(?:on(?!\s+the\s+(?:outskirts|edge|sidelines|margins)\b)(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                   r"\d{1,2}(?:st|nd|rd|th)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)\b)|about(?!\s+(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|half))|over|regarding|"
                   r"concerning|amid|amidst|despite|to (?:end|discuss|resolve))\b")  # "talks on the war in X", not "met for about four hours at X"


def venue(ctx: DocContext, m: re.Match[str], lo: int, hi: int) -> str | None:
    """'in/at <place>' in the trigger's clause (nearest, not a topic: "talks on the war in X"),
    else the place right before a noun trigger ("the Geneva talks")."""
    text = ctx.doc.text
    best = None
    for p in ctx.places_in(lo, hi):
        if not VENUE_BEFORE.search(text, max(lo, p.start - 45), p.start) and not (
                m.group().lower() == "conference" and re.search(r"\bfrom\s+$", text[max(lo, p.start - 6):p.start])):
            continue  # a press conference is given "from Helsinki"
        if p.kind == "other" and re.match(r"\s*(?:-\s*)?(?:format\s+)?(?:summit|meeting|talks|conference)\b", text[p.end:p.end + 25], re.I):
            continue  # "at the Normandy Four summit": the meeting's name, not where it was
        between = HELD.sub(" ", text[m.end():p.start]) if p.start > m.end() else ""  # "was held in X", "took place in X"
        if p.start > m.end() and (TOPIC.search(text, m.end(), p.start) or AFTER_VERB.search(between)):
            continue  # "the summit received rave reviews in Russia": where it was judged, not held
        if best is None or abs(p.start - m.end()) < abs(best.start - m.end()):
            best = p
    if best is not None and best.end <= m.start() and re.search(r"\b(?:that|which|who|because|but|while)\b|[;:]", text[best.end:m.start()]):
        best = None  # "told a news conference in Paris that the talks had failed": Paris is not the talks' venue
    if best is None:
        names = formats.find(text, lo, m.start())  # "the Normandy Four summit": a format, not a place
        adj = [p for p in ctx.places_in(lo, m.start()) if not any(f.start <= p.start < f.end for f in names)
               and re.fullmatch(r"(?:['’]s)?\s+(?:(?!(?:that|which|who|the|an?|and|of|to|for|with)\s)[a-z-]+\s+){0,2}", text[p.end:m.start()])]
        best = adj[-1] if adj else None
    return best.name if best else None


def main_city(ctx: DocContext) -> str | None:
    """The one city the report names: where a venue named without its city is (none if it names several)."""
    cities = {p.canonical for p in ctx.places if p.kind == "city"}
    return next(iter(cities)) if len(cities) == 1 else None


def hours(text: str, t: dates.TimeExpr) -> tuple[str, str]:
    """"early 10 December": the small hours of a night that began the day before; "late on 9 December"
    may run past midnight. Such a window takes in the neighbouring day."""
    a, b = (dt.date.fromisoformat(x) for x in t.window)
    if re.search(r"\bearly\s+(?:on\s+)?$", text[max(0, t.start - 12):t.start], re.I):
        a -= dt.timedelta(days=1)
    elif re.search(r"\blate\s+(?:on\s+)?$", text[max(0, t.start - 12):t.start], re.I):
        b += dt.timedelta(days=1)
    return a.isoformat(), b.isoformat()


WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
UNDATED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def ahead(text: str, t: dates.TimeExpr, published: dt.date) -> dates.TimeExpr:
    """A planned meeting's day read forward: a weekday or a yearless date the resolver put in
    the past (it reads reports' days backwards) is the next one."""
    a, b = (dt.date.fromisoformat(x) for x in t.window)
    if b >= published or a != b:
        return t
    said = text[t.start:t.end]
    if WEEKDAY.fullmatch(said.strip()):
        a = b = a + dt.timedelta(days=7)
    elif not UNDATED_YEAR.search(said) and re.search(r"\d", said) and published - a > dt.timedelta(days=7):
        try:
            a = b = a.replace(year=a.year + 1)
        except ValueError:
            return t
        if a > published + dt.timedelta(days=366):
            return t
    else:
        return t
    return dates.TimeExpr(t.start, t.end, (a.isoformat(), b.isoformat()))


def time(ctx: DocContext, sent: Sentence, m: re.Match[str], lo: int, hi: int, prospective: bool,
         own_only: bool = False, place: str | None = None) -> tuple[str, str] | None:
    """The day of the sentence's time expression nearest the meeting word, or None. Outside the
    word's own clause (`own_only`: never) a day past a place other than the meeting's own is that
    place's ("the meeting in Oslo, ... met in Hamburg in July 2017")."""
    text = ctx.doc.text
    spans = periods(text, sent.start, sent.end, ctx.published)
    base = ctx.published or NO_DAY
    found = [t for t in dates.find(text, sent.start, sent.end, base)
             if not any(p.start < t.end and t.start < p.end for p in spans)  # "July 2017" is not "July 20"
             and not re.match(r"since\b", text[t.start:t.end], re.I)  # "the first since 2016": not its day
             and (ctx.published or re.search(r"\b(?:19|20)\d\d\b", text[t.start:t.end]))]  # no report date: years only
    found = [dates.TimeExpr(t.start, t.end, hours(text, t)) for t in found] + spans
    found = [t for t in found if not SINCE.search(text, max(0, t.start - 8), t.start)]  # "dogged him since last year"
    if ctx.published:  # "will meet on Monday" said on a Saturday: the coming Monday; so too a day in a clause of its own
        found = [ahead(text, t, ctx.published) if prospective or FUTURE_BEFORE.search(text, max(sent.start, t.start - 60), t.start)
                 else t for t in found]  # ("... a new chapter. The leaders will begin their day on Saturday")
    found = [t for t in found if not (t.start > m.end() and RELATIVE.search(text, m.end(), t.start))]  # "a format that brokered a deal in 2015"
    near = [t for t in found if lo <= t.start < hi] or ([] if own_only else [t for t in found if not _elsewhere(ctx, m, t, place)])
    return min(near, key=lambda t: abs(t.start - m.end())).window if near else None
    # no day in the sentence: the meeting's other mentions, else the report's day (sessions.py)


def _elsewhere(ctx: DocContext, m: re.Match[str], t: dates.TimeExpr, place: str | None) -> bool:
    """Is another place named between the meeting word and the day (the day of a meeting there)?"""
    a, b = (m.end(), t.start) if t.start >= m.end() else (t.end, m.start())
    return any(p.name != place and p.kind != "other" for p in ctx.places_in(a, b)) \
        or bool(COMPARED.search(ctx.doc.text, a, b))  # "a tete-a-tete, similar to one they had last year"


SINCE = re.compile(r"\bsince\s+$", re.I)
FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\b[^.;:,!?]{0,50}$", re.I)
COMPARED = re.compile(r"\b(?:similar to|like the one|unlike|the one they had|one they had|as they did|compared (?:to|with))\b")
RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
PERIOD = re.compile(r"(?<!\d)(?<!\d\s)\b(?:(?P<month>%s)\s+(?P<year>(?:19|20)\d\d)\b|(?P<last>last)\s+(?P<unit>year|month)\b|"
                    r"(?P<last2>last)\s+year['’]s\b|last\s+(?P<lastmonth>%s)\b(?!\s+\d))" % ("|".join(MONTHS), "|".join(MONTHS)))


def periods(text: str, start: int, end: int, published: dt.date | None) -> list[dates.TimeExpr]:
    """Month-long and year-long windows: "in July 2017", "last year", "last June", "last year's summit"."""
    out = []
    for p in PERIOD.finditer(text, start, end):
        if p.group("month"):
            y, mo = int(p.group("year")), MONTHS.index(p.group("month")) + 1
            a = dt.date(y, mo, 1)
        elif published is None:
            continue
        elif p.group("lastmonth"):  # "last June": the latest June before the report's month
            mo = MONTHS.index(p.group("lastmonth")) + 1
            y = published.year if mo < published.month else published.year - 1
            a = dt.date(y, mo, 1)
        elif p.group("unit") == "month":
            a = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            y, mo = a.year, a.month
        else:
            out.append(dates.TimeExpr(p.start(), p.end(), (f"{published.year - 1}-01-01", f"{published.year - 1}-12-31")))
            continue
        b = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1))
        out.append(dates.TimeExpr(p.start(), p.end(), (a.isoformat(), b.isoformat())))
    return out
