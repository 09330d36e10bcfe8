"""Decoding and front matter on any bytes: never raise (except a clear refusal), and the
text handed on has LF line ends and no control characters."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.readers import frontmatter
from factcheck.readers.decoding import Refused, decode

SETTINGS = settings(max_examples=200, deadline=None)
PIECES = st.sampled_from([b"---\n", b"---\r\n", b"...\n", b"outlet: X\n", b"published: 2016-13-45\n", b"a: &a [*a]\n",
                          b"\xef\xbb\xbf", b"\xff\xfe", b"\xe9", b"\xe2\x80", b"\x00", b"\r", b"\x1b[31m", b": [\n", b"\xc3\xa9"])
RAW = st.lists(st.one_of(PIECES, st.binary(max_size=12)), max_size=20).map(b"".join)
BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\r\ud800-\udfff]")


@SETTINGS
@given(RAW)
def test_decode_any_bytes(raw: bytes) -> None:
    problems: list = []
    try:
        text = decode(raw, problems)
    except Refused as e:
        assert str(e).startswith("binary file (NUL byte at byte ")
        return
    assert not BAD.search(text)
    assert decode(raw, []) == text
    for line, message in problems:
        assert line is None or 1 <= line <= text.count("\n") + 1
        assert message


@SETTINGS
@given(RAW)
def test_front_matter_any_text(raw: bytes) -> None:
    try:
        text = decode(raw, [])
    except Refused:
        return
    problems: list = []
    meta, lines, start = frontmatter.split(text, problems)
    assert 0 <= start <= len(text)
    checked = frontmatter.check(meta, lines, problems)
    assert set(checked) <= frontmatter.KNOWN_KEYS | {"ignore"}
    assert all(isinstance(v, (str, tuple)) for v in checked.values())
    for line, _ in problems:
        assert line is None or 1 <= line <= text.count("\n") + 1
