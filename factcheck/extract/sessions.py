"""One meeting, one identity within a report; sessions of a summit as meetings of their own.

A report mentions its summit many times ("met in Helsinki", "the summit",
"the two leaders' talks"). Mentions in the same place with compatible days
(an undated one fits a dated one) are one meeting: one fact at the first mention,
with every attendee any mention names. A session the report tells apart ("working
lunch", "one-on-one", "press conference") is its own meeting, linked to the
summit (`summit`), whose attendees include everyone at its sessions. A mention with
no place belongs to the meeting the report is about at that point.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ..lexicon import load_lexicon
from ..model import Fact
from . import venues
from .rosters import ROLE_HEAD

SESSIONS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"\b(?:{pat})\b", re.I)) for name, pat in (load_lexicon("meetings").get("sessions") or {}).items()]


def session_of(text: str, start: int, end: int) -> str | None:
    """The session a trigger names: itself ("dinner") or its modifier ("one-on-one meeting")."""
    window = text[max(0, start - 30):end]
    for name, rx in SESSIONS:
        for m in rx.finditer(window):
            if m.end() >= len(window) - (end - start) - 1:  # ends at the trigger, or is the trigger
                return name
    return None


def _fits(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _get(f: Fact, key: str) -> object:
    return dict(f.extra).get(key)


def consolidate(facts: list[Fact], tidy: Callable[[list], list] | None = None, text: str = "") -> list[Fact]:
    """Mentions -> meetings: placeless mentions placed, same-meeting mentions merged."""
    facts = sorted(facts, key=lambda f: f.evidence.start)
    placed: list[Fact] = []
    in_a_city = any(g.place and g.place != _get(g, "venue") for g in facts)  # read once: the loops below stay linear (issue 19)
    for f in facts:
        if f.place is None or f.place == _get(f, "venue") and in_a_city:
            # no place, or a venue with no city: the meeting the report is about then ("the two leaders met at Villa Madama")
            anchor = next((g for g in reversed(placed) if not _get(g, "prospective") and _now(g, f)), None) \
                or next((g for g in facts if g.place and g.evidence.start > f.evidence.start and _now(g, f)), None)
            if anchor is None or _get(f, "prospective"):
                continue
            anchor = anchor if anchor.place != _get(anchor, "venue") else next(
                (g for g in facts if g.place and g.place != _get(g, "venue")), anchor)
            f = replace(f, place=anchor.place, time=f.time or anchor.time,
                        extra=f.extra + (("venue", _get(anchor, "venue")),) if _get(anchor, "venue") and not _get(f, "venue") else f.extra)
        placed.append(f)
    placed = _in_cities(placed, facts)
    merged: list[Fact] = []
    same_key: dict[tuple[object, ...], list[int]] = {}  # meetings merged so far by place, session, prospect
    for f in placed:
        if _get(f, "companion_of"):  # co-presence ("standing alongside X") is not a sitting of the meeting
            merged.append(f)
            continue
        key = (f.place, _get(f, "session"), bool(_get(f, "prospective")))
        into = next((i for i in same_key.get(key, ()) if _fits(merged[i].time, f.time) and not _two_lists(merged[i], f)), None)
        if into is None:
            same_key.setdefault(key, []).append(len(merged))
            merged.append(f)
        else:
            merged[into] = _merge(merged[into], f)
            if _get(f, "session") and _names_session(text, f) and not _names_session(text, merged[into]):
                merged[into] = replace(merged[into], evidence=f.evidence)  # "the social dinner", not "dined together"
    out: list[Fact] = []
    sittings = [s for s in merged if _get(s, "session") and not _get(s, "companion_of")]
    summits = [g for g in merged if not _get(g, "session")]
    for f in merged:  # a summit counts everyone at its sessions; a session points to its summit
        if _get(f, "companion_of"):
            pass
        elif _get(f, "session"):
            summit = next((g for g in summits if g.place == f.place and _fits(g.time, f.time)), None)
            if summit is not None:
                f = replace(f, extra=f.extra + (("summit", summit.id),))
        else:
            for s in sittings:
                if s.place == f.place and _fits(s.time, f.time):
                    f = _merge(f, s, keep_complete=False)
                    f = replace(f, extra=tuple((k, v) for k, v in f.extra if k != "sessions")
                                + (("sessions", tuple(sorted({*(_get(f, "sessions") or ()), str(_get(s, "session"))}))),))
        if f.time is None and _get(f, "report_day"):  # nothing but the report's day says when
            f = replace(f, time=(str(_get(f, "report_day")),) * 2)
        out.append(_tidied(f, tidy) if tidy and int(_get(f, "mentions") or 1) > 1 else f)
    for i, f in enumerate(out):  # co-presence happens when its meeting does
        if _get(f, "companion_of") and f.time is None:
            when = next((g.time for g in out if g.place == f.place and g.time and not _get(g, "companion_of")), None)
            out[i] = replace(f, time=when or ((str(_get(f, "report_day")),) * 2 if _get(f, "report_day") else None))
    return out


def _names_session(text: str, f: Fact) -> bool:
    """Is the mention's word a noun that names its session ("dinner", "press conference"), not a verb ("dined")?"""
    word = text[f.evidence.start:f.evidence.end].lower()
    return bool(word) and not re.fullmatch(r"\w+(?:ed|ing|s)|met|meet", word) and any(
        rx.search(text, max(0, f.evidence.start - 30), f.evidence.end) for _, rx in SESSIONS)


def _tidied(f: Fact, tidy: Callable[[list], list]) -> Fact:
    """Attendees merged from several mentions, deduplicated ("Kim" beside "Kim Jong Un")."""
    parties = list(_get(f, "parties") or ())
    items = tidy([(i - len(parties), n, t, k) for i, (n, t, k) in enumerate(parties) if t != "group"])  # no offsets
    kept = [(n, t, k) for _, n, t, k in items]
    kept += [p for p in parties if p[1] == "group" and not (len(kept) >= 2 and ROLE_HEAD.search(p[0]))]
    extra = dict(f.extra)
    extra["parties"] = tuple(kept)
    return replace(f, participants=tuple(p[0] for p in kept), extra=tuple(extra.items()))


def _day(f: Fact) -> tuple[str, str] | None:
    """A mention's day: its own, else the report's (what an undated mention of the present gets)."""
    return f.time or ((str(_get(f, "report_day")),) * 2 if _get(f, "report_day") else None)


def _now(g: Fact, f: Fact) -> bool:
    """Is g a meeting of the report's present (not "their first meeting last year in Singapore")?"""
    day = f.time or ((str(_get(f, "report_day")),) * 2 if _get(f, "report_day") else None)
    if g.time is None or day is None:
        return True
    return dt.date.fromisoformat(g.time[1]) >= dt.date.fromisoformat(day[0]) - dt.timedelta(days=7)


def _two_lists(a: Fact, b: Fact) -> bool:
    """Two complete lists that differ: the report tells of two meetings there ("talks between A and B ...
    Separately, talks between A and C")."""
    return bool(a.complete and b.complete and set(a.participants) != set(b.participants))


def _in_cities(placed: list[Fact], facts: list[Fact]) -> list[Fact]:
    """Each meeting placed in a country, in a report that names a meeting of its days in a city there: that
    city ("the summit in Vietnam" is the Hanoi one; "they first met in France in 2014" is not the Paris one).
    The cities are indexed by country once, so a report of many meetings is read in linear time."""
    by_code: dict[str, list[Fact]] = {}
    for g in facts:
        if g.place:
            for code in venues.city_countries(g.place):
                by_code.setdefault(code, []).append(g)
    named = {g.place for g in facts if g.place}
    out = []
    for f in placed:
        code = venues.country_code(f.place) if named - {f.place} else None  # (a look-up in pycountry: only when needed)
        # indexed under the code, a city of another name is in that country (venues.in_country)
        city = next((g.place for g in by_code.get(code, ()) if g.place != f.place and _fits(_day(g), f.time)), None) if code else None
        out.append(replace(f, place=city) if city else f)
    return out


def _merge(a: Fact, b: Fact, keep_complete: bool = True) -> Fact:
    """a with b's attendees, day, venue and duration added; complete only if no mention names more."""
    pa = list(dict(a.extra).get("parties") or ())
    names = {p[0] for p in pa}
    added = [p for p in dict(b.extra).get("parties") or () if p[0] not in names]
    complete = bool(a.complete) if not added else False  # mentions that name different people: no list is the whole
    extra = dict(a.extra)
    extra["parties"] = tuple(pa + added)
    for k in ("venue",) + (("duration", "head_count") if keep_complete else ()):  # a session's length is not the summit's
        if extra.get(k) is None and dict(b.extra).get(k) is not None:
            extra[k] = dict(b.extra)[k]
    extra["mentions"] = int(extra.get("mentions") or 1) + int(dict(b.extra).get("mentions") or 1)
    return replace(a, participants=a.participants + tuple(p[0] for p in added), complete=complete,
                   time=a.time or b.time, extra=tuple((k, v) for k, v in extra.items() if v is not None))
