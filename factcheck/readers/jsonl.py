"""The JSON Lines reader (.jsonl, .ndjson, .jsonl.gz): one document per record, streamed.

`entries()` reads the file a line at a time (gzip decompressed on the fly), so a dump
of any size costs one record of memory here; each record becomes an Entry carrying its
line number and bytes, parsed by `read()` in a worker. A record's path is `dump.jsonl:LINE`
so every finding points at its record. Field names default to those of common dumps
(news-please, NewsAPI, crawls); `--field text=article_body` or the config's `fields`
table names others. A record whose text is HTML is read as a page (readers/html.py).
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from ..model import Document, InputError
from .decoding import MAX_BYTES, Refused, decode, is_url, normalize
from .files import display, why
from .frontmatter import iso_date

if TYPE_CHECKING:
    from . import Entry, Options

DEFAULTS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext"),
    "url": ("url",),
    "title": ("title",),
    "published": ("date", "published", "date_publish", "publishedAt"),
    "outlet": ("source", "outlet", "source_domain", "site_name"),
    "story": ("story", "event_id"),
}


def _open(path: str) -> IO[bytes]:
    if is_url(path):
        import fsspec

        return fsspec.open(path, "rb", compression="infer").open()
    fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by the caller's with
    return gzip.GzipFile(fileobj=fh, mode="rb") if path.lower().endswith(".gz") else fh


def entries(path: str, errors: list[InputError]) -> Iterator[Entry]:
    """One Entry per non-blank line; an over-long line, a damaged gzip or an unreadable file is reported."""
    from . import Entry

    shown, line, records = display(path), 0, 0
    try:
        with _open(path) as fh:
            while raw := fh.readline(MAX_BYTES + 1):
                line += 1
                if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the record without holding it
                    errors.append(InputError(shown, line, f"record is over the {MAX_BYTES} byte limit for one document; skipped"))
                elif raw.strip():
                    records += 1
                    yield Entry(path, line, raw)
    except EOFError:
        errors.append(InputError(shown, line + 1, f"compressed file ends early (truncated?) after line {line}; "
                                                  "the records before it were read"))
        return
    except gzip.BadGzipFile as e:
        errors.append(InputError(shown, line + 1 if line else None, f"not a valid gzip file ({e}); read up to here"))
        return
    except OSError as e:
        errors.append(InputError(shown, line + 1 if line else None, why(path, e)))
        return
    if not records:
        errors.append(InputError(shown, None, "feed holds no records; skipped"))


def read(entry: Entry, errors: list[InputError], options: Options) -> Document | None:
    """The reader interface (readers/__init__.py): one record, one document."""
    shown = display(entry.path)
    if entry.raw is None:  # a feed named as one entry: read the first record (does not happen from entries())
        first = next(entries(entry.path, errors), None)
        return read(first, errors, options) if first is not None else None

    def problem(message: str) -> None:
        errors.append(InputError(shown, entry.line, message))

    record = _record(entry.raw, problem)
    if record is None:
        return None
    mapping = dict(options.fields)
    found = {name: _field(record, (mapping[name],) if name in mapping else keys) for name, keys in DEFAULTS.items()}
    key, text = found["text"]
    if not isinstance(text, str) or not text.strip():
        looked = ", ".join((mapping["text"],) if "text" in mapping else DEFAULTS["text"])
        problem(f"record has no text (looked for {looked}); skipped" if text is None
                else f'record\'s text ("{key}") is {"empty" if isinstance(text, str) else "not a string"}; skipped')
        return None
    meta = {name: _text(value) for name, (_, value) in found.items() if name != "text"}
    published = _date(found["published"][1])
    if found["published"][1] not in (None, "") and published is None:
        problem(f'"{found["published"][0]}" is not a date ({str(found["published"][1])[:40]!r}); inferred from the text')
    return _document(entry.name, shown, text, meta, published, options, problem)


def _document(name: str, source: str, text: str, meta: dict[str, str | None], published: str | None,
              options: Options, problem: Any) -> Document | None:
    from .html import Page, document, looks_like_html, parse

    story = meta.get("story")  # none: grouped with the records of the same event (readers/stories.py)
    if looks_like_html(text):
        page = parse(text)
        if not page.text:
            problem("record's text is HTML with no article text; skipped")
            return None
        page = Page(page.text, meta.get("title") or page.title, published or page.published,
                    meta.get("outlet") or page.outlet, meta.get("url") or page.url)
        return document(name, page, options, story, source)
    page = Page(normalize(text).strip() + "\n", meta.get("title"), published, meta.get("outlet"), meta.get("url"))
    return document(name, page, options, story, source, extracted=False)


def _record(raw: bytes, problem: Any) -> dict[str, Any] | None:
    problems: list[tuple[int | None, str]] = []
    try:
        line = decode(raw, problems)
    except Refused as e:
        problem(str(e).replace("file", "record"))
        return None
    for _, message in problems:
        problem(message)
    try:
        record = json.loads(line.rstrip("\n"))
    except json.JSONDecodeError as e:
        problem(f"not valid JSON: {e.msg} (column {e.colno}); skipped")
        return None
    if not isinstance(record, dict):
        problem(f"record is not a JSON object (got {type(record).__name__}); skipped")
        return None
    return record


def _field(record: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, Any]:
    """(key, value) of the first key present with a value; dotted keys reach into objects (`source.name`)."""
    for key in keys:
        value: Any = record
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value not in (None, ""):
            return key, value
    return keys[0], None


def _text(value: Any) -> str | None:
    """A metadata value as text: strings and numbers as they are, `{"name": ...}` objects by name (NewsAPI's source)."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return normalize(str(value)).strip() or None


def _date(value: Any) -> str | None:
    """ISO text, `2024-03-02 10:00:00`, or seconds since 1970 -> ISO date or date-time."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 10**11:
        return dt.datetime.fromtimestamp(value, dt.timezone.utc).isoformat()
    if isinstance(value, str):
        return iso_date(value.strip().replace("Z", "+00:00") if value.strip().endswith("Z") else value)
    return None
