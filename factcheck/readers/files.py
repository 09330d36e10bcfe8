"""Find the files to read: paths, directories (recursive) and globs, in a deterministic order.

Every problem (a missing path, a link loop, a directory without documents) becomes
an InputError naming the path; nothing here reads a file's contents.
"""
from __future__ import annotations

import errno
import glob
import os
import re
import stat
from pathlib import Path

from ..model import InputError
from .decoding import is_url
from .registry import READERS

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def suffix_of(path: str) -> str:
    """`.md`, `.html`, `.jsonl`, or `.jsonl.gz` for a compressed feed: the key readers are chosen by."""
    name = os.path.basename(path).lower()
    stem, ext = os.path.splitext(name)
    if ext == ".gz":
        return os.path.splitext(stem)[1] + ext
    return ext


def suffixes() -> set[str]:
    """Every suffix some reader reads (see readers/__init__.py)."""
    return set(READERS)


def display(path: str) -> str:
    """A path as it can be printed and put in JSON: undecodable bytes and control
    characters become \\xNN escapes (a file name is bytes; a report is text)."""
    shown = os.fsencode(path).decode("utf-8", "backslashreplace")
    shown = shown if is_url(shown) else Path(shown).as_posix()  # an fsspec URL keeps its double slash
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", shown)


def why(path: str, e: OSError) -> str:
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
                errors.append(InputError(display(m), None, why(m, e)))
                continue
            if stat.S_ISDIR(st.st_mode):
                before, problems, fresh = len(found), len(errors), (st.st_dev, st.st_ino) not in seen_dirs
                _walk(m, (st.st_dev, st.st_ino), found, seen_dirs, errors)
                if fresh and len(found) == before and len(errors) == problems:
                    errors.append(InputError(display(m), None, f"directory holds no documents ({', '.join(sorted(suffixes()))})"))
            elif stat.S_ISREG(st.st_mode):
                found.append(m)
            else:
                errors.append(InputError(display(m), None, "not a regular file; skipped"))
    return _unique(found)


def _walk(top: str, key: tuple[int, int], found: list[str], seen: set[tuple[int, int]], errors: list[InputError]) -> None:
    """Depth-first, sorted, hidden entries skipped; a link back to an enclosing directory is reported, not followed."""
    stack: list[tuple[str, tuple[int, int], dict[tuple[int, int], str]]] = [(top, key, {})]
    known = suffixes()
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
            elif suffix_of(e.name) in known:
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
