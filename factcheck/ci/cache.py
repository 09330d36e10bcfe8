"""An incremental cache, like ruff's: extraction results keyed by content, rules and version.

A document's entry is keyed by the hash of its bytes, its path, the factcheck
version (and the package's source, so an edited checkout invalidates too) and a fingerprint of every rule and lexicon file in force, so editing a
report, a lexicon or upgrading factcheck invalidates exactly what it should. The
findings of a whole run are cached too, keyed by every document key plus the
settings that change comparison. Entries are written to a temp file and renamed,
so concurrent runs never read half an entry. Location: `--cache-dir`, else
$FACTCHECK_CACHE_DIR, else `.factcheck_cache` in the working directory. Entries are
pickles: only point the cache at a directory you trust.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
import time
from pathlib import Path
from collections.abc import Callable
from typing import IO, Any

from ..version import __version__
from ..lexicon import default_rules_dir

FORMAT = "1"


def cache_dir(configured: str | None) -> Path:
    return Path(configured or os.environ.get("FACTCHECK_CACHE_DIR") or ".factcheck_cache")


def rules_fingerprint(extra_dirs: tuple[str, ...], *settings: object) -> str:
    """Hash of the version, every rule/lexicon file's content, and extra settings."""
    h = hashlib.sha256(f"{FORMAT}\x1f{__version__}".encode())
    h.update(_code_hash().encode())
    for base in (default_rules_dir(), *map(Path, extra_dirs)):
        if not base.is_dir():
            continue
        for f in sorted(base.rglob("*.y*ml")):
            h.update(str(f.relative_to(base)).encode())
            h.update(f.read_bytes())
    h.update(repr(settings).encode())
    return h.hexdigest()


def run_fingerprint(config: Any) -> str:
    """The fingerprint of a run's settings that change extraction: rule dirs, assumed year, document budget."""
    from ..readers import fingerprint_settings, options_of  # feed field names and outlets per domain, when set

    return rules_fingerprint(config.rule_dirs, config.assume_year, config.max_document_bytes, config.max_figures,
                             *fingerprint_settings(options_of(config)))


def code_files() -> list[Path]:
    """Every source file of the package (this module sits in factcheck/ci/: the package is one up)."""
    return sorted(Path(__file__).resolve().parent.parent.rglob("*.py"))


@functools.lru_cache(maxsize=1)
def _code_hash() -> str:
    """The package's own source: an edited checkout (or editable install) invalidates like a new version."""
    h = hashlib.sha256()
    for f in code_files():
        h.update(f.read_bytes())
    return h.hexdigest()


def doc_key(fingerprint: str, entry: Any) -> str | None:
    """A document's key from its bytes (a feed record's own line; a file's bytes, never more than
    the size limit, except a feed, hashed whole); None when unreadable. `entry`: a path or an Entry."""
    from ..readers import Entry
    from ..readers.decoding import MAX_BYTES

    if isinstance(entry, str):
        entry = Entry(entry)
    h = hashlib.sha256(fingerprint.encode() + b"\x1f" + entry.path.encode("utf-8", "surrogateescape") + b"\x1f")
    if entry.raw is not None:
        h.update(f"{entry.line}\x1f".encode() + entry.raw)
        return h.hexdigest()
    from ..readers import READERS
    from ..readers.files import suffix_of

    whole = READERS.get(suffix_of(entry.path)) == "jsonl"
    try:
        with open(entry.path, "rb") as fh:
            if not whole:
                h.update(fh.read(MAX_BYTES + 1))
            else:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def doc_keys(entries: list[Any], fingerprint: str, index: dict, seen: dict) -> list[str | None]:
    """Every entry's key; an unchanged file (same size, mtime, ctime, inode: git's index check) is not
    read again. `index`: the stat index of the last run; `seen` gathers this run's (a feed record is
    keyed by its own bytes, already in hand).

    A file modified less than two seconds before it was indexed is hashed again next time (git's
    "racy" case: a same-size edit in the same clock tick)."""
    fresh_after = time.time_ns() - 2_000_000_000
    out: list[str | None] = []
    for e in entries:
        path = e if isinstance(e, str) else e.path
        if not isinstance(e, str) and e.raw is not None:
            out.append(doc_key(fingerprint, e))
            continue
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            out.append(doc_key(fingerprint, e))
            continue
        sig = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        hit = index.get(path)
        key = hit[1] if hit and tuple(hit[0]) == sig else doc_key(fingerprint, e)
        if key and st.st_mtime_ns < fresh_after:
            seen[path] = (sig, key)
        out.append(key)
    return out


def stat_index(cache: "Cache", fingerprint: str) -> dict:
    """The stat index the last run left for these settings (empty when the cache is off)."""
    return (cache.get("stat-" + fingerprint) or {}) if cache.enabled else {}


def save_stat_index(cache: "Cache", fingerprint: str, old: dict, seen: dict) -> None:
    """Keep what this run saw over the last index: entries of files it did not read stay."""
    merged = {**old, **seen}
    if cache.enabled and merged != old:
        cache.put("stat-" + fingerprint, merged)


def file_keys(files: list[str], fingerprint: str, cache: "Cache") -> list[str | None]:
    """doc_keys for a list of files, with the stat index read from and written back to the cache."""
    old = stat_index(cache, fingerprint)
    new: dict = {}
    out = doc_keys(files, fingerprint, old, new)
    save_stat_index(cache, fingerprint, old, new)
    return out


def settings_key(rules: list[Any], config: Any) -> str:
    """Everything besides the documents that changes the findings: rules in force and level settings."""
    return repr((sorted(config.levels.items()), sorted(config.disabled), config.tolerance,
                 sorted((r.id, r.type, r.level, r.enabled, repr(sorted(r.options.items())), r.path) for r in rules)))


class Cache:
    """Get and put pickled entries under one directory; every failure is a miss, never an error."""

    def __init__(self, directory: Path, enabled: bool = True) -> None:
        self.dir = directory / f"v{FORMAT}"
        self.enabled = enabled
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def open(self, key: str) -> IO[bytes] | None:
        """An entry's file, open for reading, or None (a miss)."""
        if not self.enabled:
            return None
        try:
            return open(self._path(key), "rb")
        except OSError:
            self.misses += 1
            return None

    def get(self, key: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                value = pickle.load(fh)  # noqa: S301 - our own cache directory
            self.hits += 1
            return value
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            self.misses += 1
            return None

    def put(self, key: str, value: Any) -> None:
        self.put_with(key, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))

    def put_with(self, key: str, write: Callable[[IO[bytes]], None]) -> None:
        """An entry `write` streams to its file (spilled findings: too large to pickle in one piece)."""
        if not self.enabled:
            return
        target = self._path(key)
        tmp = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, target)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            pass  # a read-only or full disk only costs speed
