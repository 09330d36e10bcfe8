"""Front matter, and what is inferred without it: date from a dateline, outlet from credits, story from the folder."""
from __future__ import annotations

from pathlib import Path

from factcheck.readers import load_corpus
from factcheck.readers.markdown import load


def write(p: Path, text: str) -> str:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_front_matter_fields(tmp_path: Path) -> None:
    f = write(tmp_path / "s" / "a.md", "---\noutlet: Reuters\npublished: 2016-12-15\nstory: aleppo\ntitle: T\n---\nBody.\n")
    errors: list = []
    d = load(f, errors)
    assert (d.outlet, d.published, d.story, d.title, d.body) == ("Reuters", "2016-12-15", "aleppo", "T", "Body.\n")
    assert errors == []


def test_ap_dateline_stamp_and_copyright(tmp_path: Path) -> None:
    body = ("Search AP News:\nDec 10, 8:47 AM EST\n\nPARIS (AP) -- Diplomats met on Saturday.\n\n"
            "© 2016 The Associated Press. All rights reserved.\n")
    d = load(write(tmp_path / "syria" / "ap.txt", body), [])
    assert (d.published, d.outlet, d.dateline_place, d.story) == ("2016-12-10", "Associated Press", "Paris", "syria")


def test_reuters_dateline_with_year_from_full_date(tmp_path: Path) -> None:
    body = "PARIS, Dec 10 – Backers of the opposition met. The talks of December 1, 2016 failed.\n— Reuters\n"
    d = load(write(tmp_path / "x" / "r.md", body), [])
    assert (d.published, d.outlet) == ("2016-12-10", "Reuters")


def test_assume_year(tmp_path: Path) -> None:
    d = load(write(tmp_path / "x" / "r.md", "ANKARA, Feb 7 (Reuters) - Rescuers dug.\n"), [], assume_year=2023)
    assert (d.published, d.outlet) == ("2023-02-07", "Reuters")


def test_no_year_no_date(tmp_path: Path) -> None:
    d = load(write(tmp_path / "x" / "r.md", "ANKARA, Feb 7 - Rescuers dug.\n"), [])
    assert d.published is None


def test_crlf_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "x" / "w.md"
    p.parent.mkdir()
    p.write_bytes("\ufeff---\r\noutlet: X\r\n---\r\nLine one.\r\nLine two.\r\n".encode())
    d = load(str(p), [])
    assert d.outlet == "X" and "\r" not in d.text and d.body == "Line one.\nLine two.\n"


def test_directory_glob_and_order(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.json"):
        write(tmp_path / "s" / name, "Text.\n")
    errors: list = []
    paths = [d.path for d in load_corpus([str(tmp_path / "s")], errors)]
    assert [Path(p).name for p in paths] == ["a.txt", "b.md"]
    globbed = [Path(d.path).name for d in load_corpus([str(tmp_path / "s" / "*.md")], errors)]
    assert globbed == ["b.md"]


def test_sample_corpus_front_matter(root: Path) -> None:
    errors: list = []
    docs = list(load_corpus([str(root / "corpus")], errors))
    assert errors == [] and len(docs) == 5
    assert {d.story for d in docs} == {"aleppo-2016-12"}
    assert all(d.outlet and d.published and d.title for d in docs)
