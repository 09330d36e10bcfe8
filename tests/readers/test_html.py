"""HTML pages (factcheck/readers/html.py): main text without page chrome, metadata into the document."""
from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract_document
from factcheck.readers import Entry, Options, locate, read
from factcheck.readers.html import looks_like_html, outlet_for, parse

from .samples import FLOOD, LIVE, index_page, news_ld, page


def load(tmp_path: Path, html: str, name: str = "flood/courier.html", options: Options | None = None):  # type: ignore[no-untyped-def]
    f = tmp_path / name
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(html, "utf-8")
    errors: list = []
    return read(Entry(str(f)), errors, options), errors


def quantities(doc) -> set[tuple[str, float]]:  # type: ignore[no-untyped-def]
    return {(f.measure, f.value.low) for f in extract_document(doc, ()) if f.kind == "quantity" and f.value}


def test_page_chrome_yields_no_facts(tmp_path: Path) -> None:
    doc, errors = load(tmp_path, page(FLOOD))
    assert errors == [] and doc is not None and doc.extracted
    for chrome in ("cookies", "Seven killed", "firefighters", "riverwatcher88", "60 people", "500 homes", "Subscribe", "All rights"):
        assert chrome not in doc.text
    found = quantities(doc)
    assert ("killed", 14) in found
    assert not {v for _, v in found} & {7, 9, 18, 40, 60, 143, 212, 500}  # figures only the chrome states


def test_metadata_fills_document_fields(tmp_path: Path) -> None:
    ld = news_ld("Flood toll rises to 14 as search goes on", "2025-04-11T06:00:00Z", "Valley Courier Ltd")
    doc, _ = load(tmp_path, page(FLOOD, json_ld=ld))
    assert doc.outlet == "The Valley Courier"  # og:site_name before JSON-LD publisher
    assert doc.published == "2025-04-11T07:30:00+01:00"  # article:published_time first
    assert doc.title == "Flood toll rises to 14 as search goes on"  # JSON-LD headline
    assert doc.url == "https://www.valleycourier.example/news/2025/04/11/flood-toll"
    assert doc.story == "flood" and doc.path.endswith("flood/courier.html") and doc.dateline_place == "Millbrook"


def test_json_ld_alone_gives_date_outlet_and_title(tmp_path: Path) -> None:
    ld = news_ld("Quake toll rises in Castelmora", "2025-06-03T22:05:00+02:00", "Adriatic Live")
    doc, _ = load(tmp_path, page(LIVE, og=False, published=None, json_ld=ld), "quake/live.html")
    assert (doc.outlet, doc.published, doc.title) == ("Adriatic Live", "2025-06-03T22:05:00+02:00", "Quake toll rises in Castelmora")
    assert {("killed", 9), ("injured", 31)} <= quantities(doc)


def test_config_outlet_per_domain_overrides_the_page(tmp_path: Path) -> None:
    options = Options(outlets=(("valleycourier.example", "Valley Courier (Millbrook)"),))
    doc, _ = load(tmp_path, page(FLOOD), options=options)
    assert doc.outlet == "Valley Courier (Millbrook)"
    assert outlet_for("https://news.valleycourier.example/x", options.outlets) == "Valley Courier (Millbrook)"
    assert outlet_for("https://notvalleycourier.example/x", options.outlets) is None


def test_evidence_lines_are_lines_of_the_extracted_text(tmp_path: Path) -> None:
    doc, _ = load(tmp_path, page(FLOOD))
    lines = doc.text.split("\n")
    for fact in extract_document(doc, ()):
        ev = fact.evidence
        assert lines[ev.line - 1][ev.column - 1:].startswith(doc.text[ev.start:ev.end].split("\n")[0])
        assert locate(doc, ev.start) == (doc.path, ev.line, ev.column)


def test_markup_detection() -> None:
    assert looks_like_html(page(FLOOD)) and not looks_like_html("Officials said <b>14</b> died.")
    assert parse(index_page()).text == ""
