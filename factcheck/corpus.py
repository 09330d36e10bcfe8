"""Find report files, read them safely, parse front matter, infer what is missing.

One bad file never stops a run: every problem becomes an InputError with the
path and line, and the document is still checked with what could be inferred.
"""
from __future__ import annotations

import datetime as dt
import glob
import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from .model import Document, InputError, stable_id

SUFFIXES = {".md", ".markdown", ".txt"}
MAX_BYTES = 20 * 1024 * 1024  # a report is kilobytes; larger files are refused with a clear limit
KNOWN_KEYS = {"outlet", "published", "story", "title", "url", "author", "language", "factcheck", "place"}

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


def find_files(paths: list[str], errors: list[InputError]) -> list[str]:
    """Expand files, directories (recursive) and globs, in a deterministic order."""
    found: list[str] = []
    for p in paths:
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else [p]
        if not matches or not any(os.path.exists(m) for m in matches):
            errors.append(InputError(p, None, "no such file or directory"))
            continue
        for m in matches:
            if os.path.isdir(m):
                before = len(found)
                for root, dirs, files in os.walk(m, followlinks=False):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    found += [os.path.join(root, f) for f in sorted(files) if Path(f).suffix.lower() in SUFFIXES]
                if len(found) == before:
                    errors.append(InputError(m, None, "directory holds no .md or .txt documents"))
            elif os.path.isfile(m):
                found.append(m)
            else:
                errors.append(InputError(m, None, "not a regular file"))
    seen: set[str] = set()
    return [f for f in found if not (f in seen or seen.add(f))]


def read_text(path: str, errors: list[InputError]) -> str | None:
    """Decode UTF-8 (BOM tolerated); report bad bytes by offset; refuse binary and huge files."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            errors.append(InputError(path, None, f"file is {size} bytes, over the {MAX_BYTES}-byte limit; skipped"))
            return None
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        errors.append(InputError(path, None, f"cannot read: {e.strerror or e}"))
        return None
    if b"\x00" in raw[:8192]:
        errors.append(InputError(path, None, "binary file (NUL bytes); skipped"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        errors.append(InputError(path, line, f"invalid UTF-8 at byte {e.start}; decoded with replacement characters"))
        text = raw.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, path: str, errors: list[InputError]) -> tuple[dict, int]:
    """Return (front matter, offset of the body). Malformed front matter is reported, body kept."""
    if not text.startswith("---\n"):
        return {}, 0
    end = text.find("\n---", 3)
    if end < 0 or (end + 4 < len(text) and text[end + 4] not in "\n"):
        return {}, 0
    body_start = min(len(text), end + 5)
    try:
        meta = yaml.safe_load(text[4:end + 1]) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        errors.append(InputError(path, line, f"front matter is not valid YAML: {getattr(e, 'problem', e)}"))
        return {}, body_start
    if not isinstance(meta, dict):
        errors.append(InputError(path, 1, "front matter should be a mapping of keys to values"))
        return {}, body_start
    return meta, body_start


def _line_of_key(text: str, key: str) -> int:
    m = re.search(rf"^{re.escape(str(key))}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def check_meta(meta: dict, text: str, path: str, errors: list[InputError]) -> dict:
    """Validate front matter values; drop the bad ones (reported) and keep the rest."""
    out: dict = {}
    for key, val in meta.items():
        line = _line_of_key(text, key)
        if key not in KNOWN_KEYS:
            errors.append(InputError(path, line, f'unknown front matter key "{key}" (known: {", ".join(sorted(KNOWN_KEYS))})'))
            continue
        if key == "published":
            iso = _iso(val)
            if iso is None:
                errors.append(InputError(path, line, f'"published" should be an ISO date like 2016-12-10, got {val!r}'))
                continue
            out[key] = iso
        elif key == "factcheck":
            ign = val.get("ignore") if isinstance(val, dict) else None
            if not isinstance(ign, list) or not all(isinstance(x, str) for x in ign):
                errors.append(InputError(path, line, '"factcheck" should be a mapping like {ignore: [rule-id, ...]}'))
                continue
            out["ignore"] = tuple(ign)
        elif not isinstance(val, (str, int, float)):
            errors.append(InputError(path, line, f'"{key}" should be text, got {type(val).__name__}'))
        else:
            out[key] = str(val)
    return out


def _iso(val: object) -> str | None:
    if isinstance(val, dt.datetime):
        return val.isoformat()
    if isinstance(val, dt.date):
        return val.isoformat()
    if isinstance(val, str):
        try:
            return dt.datetime.fromisoformat(val.strip().replace("Z", "+00:00")).isoformat() if "T" in val \
                else dt.date.fromisoformat(val.strip()).isoformat()
        except ValueError:
            return None
    return None


def infer(body: str, assume_year: int | None) -> dict:
    """Publication date, outlet and dateline place from the text itself."""
    found: dict = {}
    head = body[:4000]
    d = DATELINE.search(head)
    stamp = STAMP.search(head)
    years = [int(m.group("year") or m.group("year2")) for m in FULL_DATE.finditer(body)]
    copy = COPYRIGHT.search(body)
    year = assume_year or (int(copy.group("year")) if copy else (years[0] if years else None))
    if stamp and stamp.group("year"):
        year = int(stamp.group("year"))
    if d:
        found["dateline_place"] = d.group("place").strip().title()
        if d.group("agency"):
            found["outlet"] = AGENCIES.get(d.group("agency").strip(), d.group("agency").strip())
    day = (d.group("date") if d and d.group("date") else None) or (stamp.group("date") if stamp else None)
    if day and year:
        from dateparser import parse  # heavy: imported only when a date must be inferred
        p = parse(f"{day} {year}", languages=["en"])
        if p:
            found["published"] = p.date().isoformat()
    if "outlet" not in found:
        tail = TAIL_CREDIT.search(body.rstrip()[-200:])
        if tail:
            found["outlet"] = AGENCIES.get(tail.group("agency"), tail.group("agency"))
        elif copy and copy.group("owner"):
            owner = copy.group("owner").strip().rstrip(".")
            owner = re.sub(r"^The ", "", owner).split(". ")[0]
            found["outlet"] = owner
    return found


def load(path: str, errors: list[InputError], assume_year: int | None = None) -> Document | None:
    text = read_text(path, errors)
    if text is None:
        return None
    if not text.strip():
        errors.append(InputError(path, None, "empty document"))
    meta, body_start = split_front_matter(text, path, errors)
    meta = check_meta(meta, text, path, errors) if meta else {}
    inferred = infer(text[body_start:], assume_year)
    story = meta.get("story") or Path(path).parent.name or "default"
    return Document(
        id=stable_id("doc", Path(path).as_posix()), path=Path(path).as_posix(), text=text, body_start=body_start,
        outlet=meta.get("outlet") or inferred.get("outlet"),
        published=meta.get("published") or inferred.get("published"),
        story=story, title=meta.get("title"),
        dateline_place=meta.get("place") or inferred.get("dateline_place"),
        ignore=meta.get("ignore", ()))


def load_corpus(paths: list[str], errors: list[InputError], assume_year: int | None = None) -> Iterator[Document]:
    for f in find_files(paths, errors):
        doc = load(f, errors, assume_year)
        if doc is not None:
            yield doc
