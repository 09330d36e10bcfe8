"""Bytes of a report -> text that every later stage can trust, and what went wrong.

Nothing is lost silently and nothing takes the run down: invalid UTF-8 is decoded
with replacement characters (or as Windows-1252 when the file is plainly a legacy
8-bit file) and reported with its byte offset; BOMs select UTF-8/16/32; CRLF and
lone CR become LF; control characters become spaces (same length, so offsets and
columns stay true); binary files and files over the size limit are refused.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat

MAX_BYTES = 5 * 1024 * 1024  # a news report is kilobytes; 5 MiB is fifty long articles
SNIFF = 8192  # a NUL byte this early means binary, as git and grep decide

BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED = re.compile("[\udc80-\udcff]")  # undecodable bytes, as surrogateescape leaves them
_MULTIBYTE = re.compile("[\u0080-\udc7f\udd00-\U0010ffff]")  # a character only valid UTF-8 can give
_CUT_UTF8 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # a lead and a continuation byte: damaged UTF-8, not cp1252
_BREAK = re.compile(r"\r\n?|\n")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_ANSI = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]")  # terminal colour codes pasted into a report: styling, not words

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")
Problem = tuple[int | None, str]  # (line, message)


class Refused(Exception):
    """The file cannot be read as a report at all; the message says why."""


def _line(text: str, index: int) -> int:
    """1-based line of text[index], counting CRLF, CR and LF alike."""
    return len(_BREAK.findall(text, 0, index)) + 1


def _decode_utf8(raw: bytes, skip: int, problems: list[Problem]) -> str:
    text = raw.decode("utf-8", "surrogateescape")
    bad = _ESCAPED.search(text)
    if bad is None:
        return text
    offset = skip + len(text[:bad.start()].encode("utf-8", "surrogateescape"))
    count = len(_ESCAPED.findall(text))
    line = _line(text, bad.start())
    if skip == 0 and not _MULTIBYTE.search(text) and not _CUT_UTF8.search(raw):
        try:  # no valid multi-byte sequence anywhere: a legacy 8-bit file, not a damaged UTF-8 one
            legacy = raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            problems.append((line, f"not UTF-8 (first non-UTF-8 byte at byte {offset}); decoded as Windows-1252"))
            return legacy
    s = "" if count == 1 else "s"
    problems.append((line, f"invalid UTF-8 at byte {offset} ({count} bad byte{s} in all); "
                           "decoded with replacement characters"))
    return _ESCAPED.sub("\ufffd", text)


def decode(raw: bytes, problems: list[Problem]) -> str:
    """Decode one file's bytes; raises Refused for a binary file."""
    for bom, codec in BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            if codec == "utf-8":
                text = _decode_utf8(body, len(bom), problems)
                break
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as e:
                problems.append((None, f"invalid {codec.upper()} at byte {e.start + len(bom)}; decoded with replacement characters"))
                text = body.decode(codec, "replace")
            break
    else:
        nul = raw.find(b"\x00", 0, SNIFF)
        if nul >= 0:
            raise Refused(f"binary file (NUL byte at byte {nul}); skipped")
        text = _decode_utf8(raw, 0, problems)
    nul = text.find("\x00")
    if nul >= 0:
        problems.append((_line(text, nul), f"NUL bytes replaced with spaces ({text.count(chr(0))} in all)"))
    text = _BREAK.sub("\n", text)
    text = _ANSI.sub(lambda m: " " * len(m.group()), text)
    return _CONTROL.sub(" ", text)


def clean(text: str) -> str:
    """Text from an escape-aware source (YAML "\\ud800", "\\x1b"): lone surrogates become U+FFFD and
    control characters spaces, as in a decoded body, so no report can fail to encode or print it."""
    return _CONTROL.sub(" ", _SURROGATE.sub("\ufffd", _ANSI.sub(lambda m: " " * len(m.group()), text)))


def normalize(text: str) -> str:
    """Text from a parser (a page's extracted text, a JSON string) made like a decoded file's:
    line breaks as LF, control characters as spaces, lone surrogates as U+FFFD."""
    return clean(_BREAK.sub("\n", text))


def read_bytes(path: str) -> bytes:
    """At most MAX_BYTES + 1 bytes: a file that grows, or lies about its size, cannot exhaust memory."""
    if is_url(path):  # an fsspec URL (s3://, gcs://, file://, memory://), from the dask engine
        return _read_url(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the run
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Refused("not a regular file; skipped")
        size = st.st_size
        raw = fh.read(MAX_BYTES + 1) if size <= MAX_BYTES else b""
    if size > MAX_BYTES or len(raw) > MAX_BYTES:
        size = max(size, len(raw))
        raise Refused(f"file is {size} bytes, over the {MAX_BYTES} byte ({MAX_BYTES // 2**20} MiB) limit "
                      "for one document; skipped")
    return raw


def is_url(path: str) -> bool:
    """`s3://bucket/x.md`, `file:///srv/x.md`: a path for fsspec, not the local file system."""
    return _URL.match(path) is not None


def _read_url(url: str) -> bytes:
    """read_bytes for an fsspec URL (needs fsspec and the protocol's backend, e.g. s3fs)."""
    import fsspec

    try:
        with fsspec.open(url, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError as e:
        raise OSError(errno.ENOENT, str(e)) from None
    except IsADirectoryError:
        raise Refused("not a regular file; skipped") from None
    if len(raw) > MAX_BYTES:
        raise Refused(f"file is over the {MAX_BYTES} byte ({MAX_BYTES // 2**20} MiB) limit for one document; skipped")
    return raw
