"""Bad input in pages and feeds: each an error entry naming file and line, no good document lost."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from factcheck.readers import load_corpus

from .samples import FLOOD, RECORDS, feed, index_page, page
from ..report.helpers import run_in


def read_dir(d: Path) -> tuple[list[str], list[tuple[str, int | None, str]]]:
    errors: list = []
    paths = [doc.path for doc in load_corpus([str(d)], errors)]
    return paths, [(Path(e.path).name, e.line, e.message) for e in errors]


def test_bad_pages(tmp_path: Path) -> None:
    (tmp_path / "good.html").write_text(page(FLOOD))
    (tmp_path / "front.html").write_text(index_page())
    (tmp_path / "cut.html").write_text(page(FLOOD, close=False)[:-400])
    (tmp_path / "image.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    paths, errors = read_dir(tmp_path)
    assert [Path(p).name for p in paths] == ["cut.html", "good.html"]  # a cut page still has its article
    cut_lines = page(FLOOD, close=False)[:-400].count("\n") + 1
    assert errors == [("cut.html", cut_lines, "page ends before </html> (truncated?); read what is there"),
                      ("front.html", None, "page holds no article text (no main text found); skipped"),
                      ("image.htm", None, "binary file (NUL byte at byte 8); skipped")]


def test_bad_records(tmp_path: Path) -> None:
    lines = [RECORDS[0], '{"title": "cut off", "text": "Twelve people', {"title": "no body", "url": "https://x.example/1"},
             ["a", "list"], {"text": "", "source": "Empty Times"}, {"text": 42}, RECORDS[1]]
    (tmp_path / "dump.jsonl").write_text(feed(lines))
    paths, errors = read_dir(tmp_path)
    assert [p.rsplit(":", 1)[1] for p in paths] == ["1", "7"]
    assert errors == [("dump.jsonl", 2, "not valid JSON: Unterminated string starting at (column 30); skipped"),
                      ("dump.jsonl", 3, "record has no text (looked for text, body, content, maintext); skipped"),
                      ("dump.jsonl", 4, "record is not a JSON object (got list); skipped"),
                      ("dump.jsonl", 5, "record has no text (looked for text, body, content, maintext); skipped"),
                      ("dump.jsonl", 6, 'record\'s text ("text") is not a string; skipped')]


def test_truncated_gzip_keeps_the_records_before(tmp_path: Path) -> None:
    many = [dict(RECORDS[0], title=f"copy {i}") for i in range(400)]
    packed = gzip.compress(feed(many).encode())
    (tmp_path / "crawl.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "other.jsonl.gz").write_bytes(b"this is not gzip at all\n")
    paths, errors = read_dir(tmp_path)
    read = [int(p.rsplit(":", 1)[1]) for p in paths]
    assert read == list(range(1, len(read) + 1)) and 0 < len(read) < 400
    (name, line, message), (other, _, other_message) = errors[0], errors[-1]
    assert name == "crawl.jsonl.gz" and message.startswith("compressed file ends early (truncated?)")
    assert line in (len(read) + 1, len(read) + 2)
    assert other == "other.jsonl.gz" and other_message.startswith("not a valid gzip file")


def test_one_report_for_a_mixed_folder_and_strict(tmp_path: Path) -> None:
    news = tmp_path / "tamsin-flood"
    news.mkdir()
    (news / "wire.md").write_text("---\noutlet: Northern Wire\npublished: 2025-04-11\n---\n"
                                  "MILLBROOK (Northern Wire) -- At least 12 people died when the Tamsin River flooded on Thursday.\n")
    (news / "courier.html").write_text(page(FLOOD))
    (news / "dump.jsonl").write_text(feed([RECORDS[0], "{oops", RECORDS[1]]))
    r = run_in(tmp_path, "check", "tamsin-flood", "-f", "json", "--fail-on", "never")
    report = json.loads(r.stdout)
    assert r.exit_code == 0
    docs = {d["path"]: d for d in report["documents"]}
    assert set(docs) == {"tamsin-flood/wire.md", "tamsin-flood/courier.html", "tamsin-flood/dump.jsonl:1", "tamsin-flood/dump.jsonl:3"}
    assert docs["tamsin-flood/courier.html"]["extracted"] is True and "extracted" not in docs["tamsin-flood/wire.md"]
    assert docs["tamsin-flood/dump.jsonl:3"]["source"] == "tamsin-flood/dump.jsonl"
    assert report["errors"] == [{"path": "tamsin-flood/dump.jsonl", "line": 2, "message": "not valid JSON: Expecting property name enclosed in double quotes (column 2); skipped"}]
    killed = {f["value"]["low"] for f in report["facts"] if f.get("measure") == "killed"}
    assert {12, 14, 16} <= killed and not killed & {7, 60}
    assert any(f["status"] in ("conflict", "update") for f in report["findings"])
    assert run_in(tmp_path, "check", "tamsin-flood", "-f", "json", "--fail-on", "never", "--strict").exit_code == 2
