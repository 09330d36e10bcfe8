"""JSON Lines feeds (factcheck/readers/jsonl.py): one document per record, named dump.jsonl:LINE."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from factcheck.ci.cache import doc_key
from factcheck.readers import Entry, Options, entries, load_corpus, options_of
from factcheck.config import Config

from .samples import FLOOD, RECORDS, feed, page


def docs(paths: list[Path], options: Options | None = None) -> tuple[list, list]:  # type: ignore[type-arg]
    errors: list = []
    return list(load_corpus([str(p) for p in paths], errors, options)), errors


def test_default_field_names_and_record_paths(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(feed(RECORDS))
    got, errors = docs([f])
    assert errors == []
    first, second = got
    assert first.path == f"{f}:1" and second.path == f"{f}:2" and first.source == str(f)
    assert first.id != second.id
    assert (first.outlet, first.published, first.title, first.story) == (
        "riverpost.example", "2025-04-11T09:12:00", "River flood kills 14 in valley towns", "tamsin-flood")
    assert (second.outlet, second.published) == ("Harlow Gazette", "2025-04-12")
    assert first.text.startswith("MILLBROOK, April 11") and first.dateline_place == "Millbrook"


def test_field_options_map_other_names(tmp_path: Path) -> None:
    f = tmp_path / "cms.ndjson"
    f.write_text(feed([{"article_body": "Two ferries collided off Port Alder on Sunday, the coastguard said.",
                        "publisher": {"name": "Alder Evening Star"}, "firstPublished": "2025-02-09T18:00:00Z",
                        "headline": "Ferries collide"}]))
    options = options_of(Config(fields={"text": "article_body", "outlet": "publisher", "published": "firstPublished",
                                        "title": "headline"}))
    (doc,), errors = docs([f], options)
    assert errors == [] and (doc.outlet, doc.published, doc.title) == ("Alder Evening Star", "2025-02-09T18:00:00+00:00", "Ferries collide")
    _, unmapped = docs([f])
    assert [(e.line, e.message) for e in unmapped] == [(1, "record has no text (looked for text, body, content, maintext); skipped")]


def test_gzip_feed_and_html_record(tmp_path: Path) -> None:
    f = tmp_path / "crawl.jsonl.gz"
    records = [RECORDS[0], {"url": "https://www.valleycourier.example/flood", "content": page(FLOOD), "story": "tamsin-flood"}]
    f.write_bytes(gzip.compress(feed(records).encode()))
    (plain, html), errors = docs([f])
    assert errors == [] and not plain.extracted and html.extracted
    assert html.path == f"{f}:2" and html.outlet == "The Valley Courier" and "cookies" not in html.text
    assert html.text.startswith("Flood toll rises to 14\nMILLBROOK")


def test_records_stream_and_keys_follow_content(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(feed(RECORDS) + "\n   \n" + feed([RECORDS[0]]))
    errors: list = []
    stream = entries([str(f)], errors)
    assert next(stream) == Entry(str(f), 1, (json.dumps(RECORDS[0]) + "\n").encode())  # yielded before the rest is read
    rest = list(stream)
    assert [e.line for e in rest] == [2, 5] and errors == []
    first = Entry(str(f), 1, rest[1].raw)
    assert doc_key("fp", first) != doc_key("fp", rest[1])  # same bytes, other line: another document
    assert doc_key("fp", rest[1]) == doc_key("fp", Entry(str(f), 5, rest[1].raw))
    assert doc_key("fp", rest[1]) != doc_key("fp", Entry(str(f), 5, rest[1].raw.replace(b"230", b"231")))
