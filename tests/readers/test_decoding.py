"""Bytes -> text (factcheck/readers/decoding.py): each encoding problem decoded or refused, and reported exactly."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from factcheck.readers import decoding
from factcheck.readers.markdown import read_text
from factcheck.readers.decoding import Refused, decode


def dec(raw: bytes) -> tuple[str, list]:
    problems: list = []
    return decode(raw, problems), problems


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_unicode_boms(codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec, b"")
    assert dec(bom + "Café — 12 killed.\r\n".encode(codec)) == ("Café — 12 killed.\n", [])


def test_utf8_bom_is_dropped_and_offsets_count_it() -> None:
    assert dec(codecs.BOM_UTF8 + b"ok\n") == ("ok\n", [])
    text, problems = dec(codecs.BOM_UTF8 + b"ab\r\ncd\xffe")
    assert text == "ab\ncd\ufffde"
    assert problems == [(2, "invalid UTF-8 at byte 9 (1 bad byte in all); decoded with replacement characters")]


def test_invalid_utf8_line_counts_lone_cr() -> None:
    text, problems = dec("é\rline two\rthree \xff".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    assert text == "é\nline two\nthree \ufffd"
    assert problems == [(3, "invalid UTF-8 at byte 18 (1 bad byte in all); decoded with replacement characters")]


def test_truncated_multibyte_sequence() -> None:
    text, problems = dec("killed — 12".encode()[:-4])  # cut inside the em dash
    assert text.startswith("killed ") and problems[0][1].startswith("invalid UTF-8 at byte 7 ")


def test_legacy_windows_1252() -> None:
    text, problems = dec("“Smart” quotes — café".encode("cp1252"))
    assert text == "“Smart” quotes — café"
    assert problems == [(1, "not UTF-8 (first non-UTF-8 byte at byte 0); decoded as Windows-1252")]


def test_mixed_file_is_damaged_utf8_not_legacy() -> None:
    text, problems = dec("café ".encode() + b"\xe9t\xe9")
    assert text == "café \ufffdt\ufffd"
    assert problems[0][1] == "invalid UTF-8 at byte 6 (2 bad bytes in all); decoded with replacement characters"


def test_binary_is_refused_with_offset() -> None:
    with pytest.raises(Refused, match=r"^binary file \(NUL byte at byte 3\); skipped$"):
        decode(b"GIF\x00\x01", [])


def test_late_nul_and_controls_keep_length() -> None:
    raw = b"a" * decoding.SNIFF + b"\n\x00b\x07c\x1b[1mD\x1b[0m\x0c\xc2\x85"  # ..., ANSI colour, form feed, NEL
    text, problems = dec(raw)
    assert text == "a" * decoding.SNIFF + "\n b c    D      "
    assert len(text) == len(raw.decode("utf-8"))  # same length: offsets and columns stay true
    assert problems == [(2, "NUL bytes replaced with spaces (1 in all)")]


def test_crlf_cr_and_unicode_line_separators() -> None:
    assert dec("a\r\nb\rc\nd\u2028e".encode()) == ("a\nb\nc\nd e", [])


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_BYTES", 10)
    (tmp_path / "ok.md").write_bytes(b"x" * 10)
    (tmp_path / "big.md").write_bytes(b"x" * 11)
    assert decoding.read_bytes(str(tmp_path / "ok.md")) == b"x" * 10
    errors: list = []
    assert read_text(str(tmp_path / "big.md"), errors) is None
    assert errors[0].message == "file is 11 bytes, over the 10 byte (0 MiB) limit for one document; skipped"


def test_fifo_never_blocks(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.md")
    errors: list = []
    assert read_text(str(tmp_path / "pipe.md"), errors) is None
    assert errors[0].message == "not a regular file; skipped"
