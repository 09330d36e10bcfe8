"""The story's clock: the day a report's figures hold on, when the report does not say it plainly.

Many real pages carry no publication date, or an outdated one ("updated" pages keep the
first day in their URL), and speak of days only as weekdays ("on Sunday", "Monday's
figure"). A report's day is found, in order, from: its front matter, moved forward when
its own text stamps a later update ("Savar, Apr 26 (PTI):", "Last updated: 3 March");
a date stated at the top of its text ("Published on 10:02 AM, April 27, 2013"); a date in
its URL (/2013/04/26/). What is still unknown is settled from the story (`story_day`):
the event day the story's dated reports name most, against which weekdays are read.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from .dates import WEEKDAYS, _calendar

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MD = rf"{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# "Last updated: 3 March 2024", "Published on 10:02 AM, April 27, 2013", "Posted Tuesday, May 16"
STAMP = re.compile(rf"\b(?:Published|Updated|Last\s+updated|Posted|First\s+published|Modified)(?:\s+on|\s+at)?\s*:?\s*"
                   rf"(?:\d{{1,2}}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,4}})?\s*,?\s*)?(?:{_WD},?\s+)?"
                   rf"(?P<date>(?:{_MD})(?:,?\s+(?P<year>{_YEAR}))?)")
# "Savar, Apr 26 (PTI):", "MANILA, Philippines, March 3 (Reuters) -"
DATELINE = re.compile(rf"^\s*[A-Z][A-Za-z.'’ -]{{1,30}}(?:,\s*[A-Z][A-Za-z.' ]{{1,30}})?,\s*(?P<date>{_MD})(?:,?\s+(?P<year>{_YEAR}))?"
                      r"\s*\([^()\n]{1,30}\)\s*(?:--|[:–—-])", re.M)
FULL = re.compile(rf"(?P<date>(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON})\s+(?P<year>{_YEAR}))")
ISO = re.compile(r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")
URL = re.compile(r"^url:\s*[\"']?(?P<url>\S+?)[\"']?\s*$", re.M)
URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]\d)[/-](?P<d>[0-3]\d)(?=[/-]|$|\.)")
URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/")
_DATELINE_CUE = re.compile(r"\(")  # cheap tests first: most pages have neither shape
_STAMP_CUE = re.compile(r"(?:Published|Updated|updated|Posted|published|Modified)\b")
HEAD = 400  # a date at the top of the body is the page's own; further down it may be background
UPDATE_SPAN = 10  # days an update stamp may lie after the publication date and still be this report's


@dataclass(frozen=True)
class Clock:
    """What a report says of its own day: `day` when known, else a day of a month without
    a year (`month_day`) or the year and month of its URL (`month`)."""

    day: dt.date | None
    how: str  # published | updated | text | url | story | none
    month_day: str | None = None  # "apr 26": a dateline or stamp without a year
    month: tuple[int, int] | None = None


def local(doc_text: str, body_start: int, published: dt.date | None) -> Clock:
    """The report's day from its own front matter, text and URL."""
    head = doc_text[body_start:body_start + 3000]
    stamped = [m for rx, cue in ((DATELINE, _DATELINE_CUE), (STAMP, _STAMP_CUE)) if cue.search(head) for m in rx.finditer(head)]
    url_m = URL.search(doc_text, 0, body_start)
    url = url_m.group("url") if url_m else ""
    if published is not None:
        later = [d for m in stamped if (d := _stamp_day(m, published.year)) and published < d <= published + dt.timedelta(days=UPDATE_SPAN)]
        return Clock(max(later), "updated") if later else Clock(published, "published")
    for m in stamped:
        if m.group("year"):
            d = _stamp_day(m, int(m.group("year")))
            if d:
                return Clock(d, "text")
    top = doc_text[body_start:body_start + HEAD]
    for rx in (ISO, FULL):
        m = rx.search(top)
        if m:
            d = _iso(m) if rx is ISO else _stamp_day(m, int(m.group("year")))
            if d:
                return Clock(d, "text")
    u = URL_DAY.search(url)
    if u and (d := _iso(u)):
        year_of = d.year
    else:
        d, year_of = None, None
    if stamped:
        year = year_of or (int(um.group("y")) if (um := URL_MONTH.search(url)) else None)
        if year:
            got = _stamp_day(stamped[0], year)
            if got:
                return Clock(got, "text")
        return Clock(None, "none", month_day=stamped[0].group("date").lower())
    if d:
        return Clock(d, "url")
    um = URL_MONTH.search(url)
    return Clock(None, "none", month=(int(um.group("y")), int(um.group("m"))) if um else None)


def as_of(clock: Clock, named: list[dt.date]) -> Clock:
    """A report dated the day after the only days it names was written that day: wire copy for
    a next-morning edition says "on Saturday", never "yesterday", for the day it was written."""
    if clock.how != "published" or clock.day is None or not named:
        return clock
    latest = max(named)
    if latest == clock.day - dt.timedelta(days=1):
        return Clock(latest, "published")
    return clock


def _stamp_day(m: re.Match[str], year: int) -> dt.date | None:
    text = re.sub(r"\s+", " ", m.group("date")).lower().rstrip(",")
    text = re.sub(r",?\s*(?:19|20)\d\d$", "", text)
    return _calendar(f"{text} {year}", dt.date(year, 12, 31))


def _iso(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def event_day(named_by_doc: list[list[dt.date]]) -> dt.date | None:
    """The day a story's dated reports name most (ties: the earliest): the event they share."""
    counts: Counter[dt.date] = Counter()
    for days in named_by_doc:
        counts.update(set(days))
    if not counts:
        return None
    return max(counts, key=lambda d: (counts[d], -d.toordinal()))


_NAMED = re.compile(rf"\b(?P<wd>{_WD})\b|\b(?P<md>{_MD})\b(?!,?\s+(?:19|20)\d\d)", re.I)


def story_day(clock: Clock, body: str, event: dt.date) -> dt.date | None:
    """An undated report's day from its story: weekdays are read as the first such day from the eve
    of the story's event on, a day of a month as the one nearest the event; the report is as of
    the latest day it names."""
    if clock.month_day:
        return _nearest(clock.month_day, event)
    days = []
    for m in _NAMED.finditer(body):
        if m.group("wd"):
            ahead = (WEEKDAYS.index(m.group("wd").lower()) - (event - dt.timedelta(days=1)).weekday()) % 7
            days.append(event - dt.timedelta(days=1) + dt.timedelta(days=ahead))
        else:
            d = _nearest(re.sub(r"\s+", " ", m.group("md")).lower(), event)
            if d and abs((d - event).days) <= 14:
                days.append(d)
    if clock.month:
        days = [d for d in days if (d.year, d.month) == clock.month] or ([] if days else days)
    return max(days) if days else None


def _nearest(month_day: str, event: dt.date) -> dt.date | None:
    got = [d for y in (event.year - 1, event.year, event.year + 1) if (d := _calendar(f"{month_day} {y}", event))]
    return min(got, key=lambda d: abs((d - event).days)) if got else None
