"""Find report files, read them safely, parse front matter, infer what is missing.

One bad file never stops a run: every problem becomes an InputError with the path
(and line, where there is one), and the document is still checked with what could
be inferred. Decoding lives in decoding.py, front matter in frontmatter.py; the
exact messages are listed in docs/errors.md.
"""
from __future__ import annotations

import datetime as dt

import errno
import glob
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from . import frontmatter
from .decoding import MAX_BYTES, Refused, decode, is_url, read_bytes
from .frontmatter import KNOWN_KEYS
from .model import Document, InputError, stable_id

__all__ = ["KNOWN_KEYS", "MAX_BYTES", "display", "find_files", "infer", "load", "load_corpus", "read_text"]

SUFFIXES = {".md", ".markdown", ".txt"}
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
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


def display(path: str) -> str:
    """A path as it can be printed and put in JSON: undecodable bytes and control
    characters become \\xNN escapes (a file name is bytes; a report is text)."""
    shown = os.fsencode(path).decode("utf-8", "backslashreplace")
    shown = shown if is_url(shown) else Path(shown).as_posix()  # an fsspec URL keeps its double slash
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", shown)


def _why(path: str, e: OSError) -> str:
    """Words for an OSError on one path: loops and broken links named as such."""
    if e.errno == errno.ELOOP:
        return "symbolic link loop; skipped"
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(path):
            return f"broken symbolic link (to {display(os.readlink(path))}); skipped"
        return "no such file or directory"
    return f"cannot read: {e.strerror or e}"


def find_files(paths: list[str], errors: list[InputError]) -> list[str]:
    """Expand files, directories (recursive, following links once) and globs, in a
    deterministic order. The same file reached by two paths is read once."""
    found: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    for p in paths:
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else [p]
        if not matches:
            errors.append(InputError(display(p), None, "no files match this pattern"))
        for m in matches:
            try:
                st = os.stat(m)
            except OSError as e:
                errors.append(InputError(display(m), None, _why(m, e)))
                continue
            if stat.S_ISDIR(st.st_mode):
                before, problems, fresh = len(found), len(errors), (st.st_dev, st.st_ino) not in seen_dirs
                _walk(m, (st.st_dev, st.st_ino), found, seen_dirs, errors)
                if fresh and len(found) == before and len(errors) == problems:
                    errors.append(InputError(display(m), None, f"directory holds no documents ({', '.join(sorted(SUFFIXES))})"))
            elif stat.S_ISREG(st.st_mode):
                found.append(m)
            else:
                errors.append(InputError(display(m), None, "not a regular file; skipped"))
    return _unique(found)


def _walk(top: str, key: tuple[int, int], found: list[str], seen: set[tuple[int, int]], errors: list[InputError]) -> None:
    """Depth-first, sorted, hidden entries skipped; a link back to an enclosing directory is reported, not followed."""
    stack: list[tuple[str, tuple[int, int], dict[tuple[int, int], str]]] = [(top, key, {})]
    while stack:
        d, key, ancestors = stack.pop()
        if key in ancestors:
            errors.append(InputError(display(d), None, f"symbolic link loop (leads back to {display(ancestors[key])}); not followed"))
            continue
        if key in seen:
            continue  # reached before through another link
        seen.add(key)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            errors.append(InputError(display(d), None, f"cannot read directory: {e.strerror or e}"))
            continue
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                st = e.stat() if e.is_dir() else None
            except OSError:
                st = None  # a link loop: reading it (below) reports it when it looks like a document
            if st is not None:
                subdirs.append((e.path, (st.st_dev, st.st_ino)))
            elif Path(e.name).suffix.lower() in SUFFIXES:
                if _is_file(e) or e.is_symlink():
                    found.append(e.path)  # a broken or looping link is reported when read
                else:
                    errors.append(InputError(display(e.path), None, "not a regular file; skipped"))
        stack.extend((p, k, {**ancestors, key: d}) for p, k in reversed(subdirs))


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _unique(paths: list[str]) -> list[str]:
    """First occurrence of each file, by path and by identity (links, overlapping arguments)."""
    out: list[str] = []
    seen: set[object] = set()
    for p in paths:
        try:
            st = os.stat(p)
            ident: object = (st.st_dev, st.st_ino)
        except OSError:
            ident = p
        if ident not in seen and p not in seen:
            seen.update((ident, p))
            out.append(p)
    return out


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
        errors.append(InputError(shown, None, _why(path, e)))
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
    from .extract.dates import _calendar

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
    story = meta.get("story") or display(str(Path(path).parent.name)) or "default"
    return Document(
        id=stable_id("doc", shown), path=shown, text=text, body_start=body_start,
        outlet=meta.get("outlet") or inferred.get("outlet"),
        published=meta.get("published") or inferred.get("published"),
        story=story, title=meta.get("title"),
        dateline_place=meta.get("place") or inferred.get("dateline_place"),
        ignore=meta.get("ignore", ()))


def load_corpus(paths: list[str], errors: list[InputError], assume_year: int | None = None) -> Iterator[Document]:
    """Every readable document under `paths`, in a deterministic order."""
    for f in find_files(paths, errors):
        doc = load(f, errors, assume_year)
        if doc is not None:
            yield doc
