"""Find report files, read them safely, parse front matter, infer what is missing.

One bad file never stops a run: every problem becomes an InputError with the path
(and line, where there is one), and the document is still checked with what could
be inferred. Decoding lives in decoding.py, front matter in frontmatter.py; the
exact messages are listed in docs/errors.md.

The Markdown/text reader (finding files is files.py); `infer` serves every reader.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Document, InputError, stable_id
from . import frontmatter
from .decoding import Refused, decode, read_bytes
from .files import display, why

if TYPE_CHECKING:
    from . import Entry, Options

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{2,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"(?:,?\s*(?P<date>(?:" + _MONTHS + r")\.? \d{1,2}))?\s*(?:\((?P<agency>[A-Za-z ]{2,20})\))?\s*(?:--|[-–—:])\s",
    re.M)
STAMP = re.compile(r"^(?P<date>(?:" + _MONTHS + r")\.? \d{1,2}),? (?:(?P<year>\d{4}),? )?(?P<time>\d{1,2}:\d{2} ?[AP]\.?M\.?)?", re.M)
FULL_DATE = re.compile(r"\b(?:" + _MONTHS + r")\.? \d{1,2},? (?P<year>(?:19|20)\d{2})\b|\b\d{1,2} (?:" + _MONTHS + r") (?P<year2>(?:19|20)\d{2})\b")
COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?P<year>(?:19|20)\d{2})\s*(?P<owner>[A-Z][\w.&' ]{2,40})?", re.I)
AGENCIES = {"AP": "Associated Press", "Reuters": "Reuters", "AFP": "AFP", "UPI": "UPI", "dpa": "dpa",
            "CNN": "CNN", "Xinhua": "Xinhua", "TASS": "TASS", "EFE": "EFE", "ANSA": "ANSA", "PA": "PA Media"}
TAIL_CREDIT = re.compile(r"[—–-]\s*(?P<agency>Reuters|AFP|AP|Xinhua|dpa|UPI|Agencies)\s*$")


def read_text(path: str, errors: list[InputError]) -> str | None:
    """Decoded text, or None (reported) for a file that cannot be a report."""
    shown = display(path)
    problems: list[tuple[int | None, str]] = []
    try:
        raw = read_bytes(path)
        if not raw:
            raise Refused("empty file; skipped")
        text = decode(raw, problems)
    except Refused as e:
        errors.append(InputError(shown, None, str(e)))
        return None
    except OSError as e:
        errors.append(InputError(shown, None, why(path, e)))
        return None
    errors.extend(InputError(shown, line, message) for line, message in problems)
    if not text.strip():
        errors.append(InputError(shown, None, "file holds only white space; skipped"))
        return None
    return text


def infer(body: str, assume_year: int | None, need: tuple[str, ...] = ("published", "outlet")) -> dict:
    """Publication date, outlet and dateline place from the text itself.

    Only what `need` names is looked for beyond the dateline: front matter usually
    gives both, and the whole-body searches are then skipped."""
    found: dict = {}
    head = body[:4000]
    d = DATELINE.search(head)
    if d:
        found["dateline_place"] = d.group("place").strip().title()
        if d.group("agency") and "outlet" in need:
            found["outlet"] = AGENCIES.get(d.group("agency").strip(), d.group("agency").strip())
    copy = COPYRIGHT.search(body) if need else None
    if "published" in need:
        stamp = STAMP.search(head)
        first = FULL_DATE.search(body)
        year = assume_year or (int(copy.group("year")) if copy else
                               (int(first.group("year") or first.group("year2")) if first else None))
        if stamp and stamp.group("year"):
            year = int(stamp.group("year"))
        day = (d.group("date") if d and d.group("date") else None) or (stamp.group("date") if stamp else None)
        if day and year:
            p = _day_of(day, year)
            if p:
                found["published"] = p.isoformat()
    if "outlet" in need and "outlet" not in found:
        tail = TAIL_CREDIT.search(body.rstrip()[-200:])
        if tail:
            found["outlet"] = AGENCIES.get(tail.group("agency"), tail.group("agency"))
        elif copy and copy.group("owner"):
            owner = copy.group("owner").strip().rstrip(".")
            owner = re.sub(r"^The ", "", owner).split(". ")[0]
            found["outlet"] = owner
    return found


def _day_of(day: str, year: int) -> dt.date | None:
    """'Dec. 10' in `year`: the shared calendar resolver, dateparser only if it cannot say."""
    from ..extract.dates import _calendar

    got = _calendar(f"{day} {year}".lower(), dt.date(year, 1, 1))
    if got is not None:
        return got
    from dateparser import parse  # heavy: imported only when a date must be inferred

    p = parse(f"{day} {year}", languages=["en"])
    return p.date() if p else None


def load(path: str, errors: list[InputError], assume_year: int | None = None) -> Document | None:
    """One report, or None (reported) when the file cannot be read as one."""
    text = read_text(path, errors)
    if text is None:
        return None
    shown = display(path)
    problems: list[tuple[int | None, str]] = []
    meta, lines, body_start = frontmatter.split(text, problems)
    meta = frontmatter.check(meta, lines, problems)
    errors.extend(InputError(shown, line, message) for line, message in problems)
    need = tuple(k for k in ("published", "outlet") if not meta.get(k))
    inferred = infer(text[body_start:], assume_year, need)
    story = meta.get("story") or story_of(path)
    return Document(
        id=stable_id("doc", shown), path=shown, text=text, body_start=body_start,
        outlet=meta.get("outlet") or inferred.get("outlet"),
        published=meta.get("published") or inferred.get("published"),
        story=story, title=meta.get("title"),
        dateline_place=meta.get("place") or inferred.get("dateline_place"),
        ignore=meta.get("ignore", ()))


def story_of(path: str) -> str:
    """A file's story when nothing names one: its folder, as a corpus is laid out."""
    return display(str(Path(path).parent.name)) or "default"


def read(entry: Entry, errors: list[InputError], options: Options) -> Document | None:
    """The reader interface (readers/__init__.py): one file, one document."""
    return load(entry.path, errors, options.assume_year)
