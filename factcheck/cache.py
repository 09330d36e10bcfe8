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

import functools
import hashlib
import os
import pickle
import tempfile
import time
from pathlib import Path
from typing import Any

from . import __version__
from .lexicon import default_rules_dir

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
    return rules_fingerprint(config.rule_dirs, config.assume_year, config.max_document_bytes, config.max_figures)


@functools.lru_cache(maxsize=1)
def _code_hash() -> str:
    """The package's own source: an edited checkout (or editable install) invalidates like a new version."""
    h = hashlib.sha256()
    for f in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()


def doc_key(fingerprint: str, path: str) -> str | None:
    """A document's key from its bytes (never more than the size limit); None when unreadable."""
    from .decoding import MAX_BYTES

    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError:
        return None
    return hashlib.sha256(fingerprint.encode() + b"\x1f" + path.encode("utf-8", "surrogateescape") + b"\x1f" + raw).hexdigest()


def doc_keys(files: list[str], fingerprint: str, cache: "Cache") -> list[str | None]:
    """Every file's key; an unchanged file (same size, mtime, ctime, inode: git's index check) is not read again.

    The index is one cache entry per fingerprint. A file modified less than two seconds before it
    was indexed is hashed again next time (git's "racy" case: a same-size edit in the same clock tick)."""
    index_key = "stat-" + fingerprint
    old = cache.get(index_key) or {}
    new: dict[str, tuple[tuple[int, ...], str]] = {}
    fresh_after = time.time_ns() - 2_000_000_000
    out: list[str | None] = []
    for f in files:
        try:
            st = os.stat(f)
        except (OSError, ValueError):
            out.append(doc_key(fingerprint, f))
            continue
        sig = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        hit = old.get(f)
        key = hit[1] if hit and hit[0] == sig else doc_key(fingerprint, f)
        if key and st.st_mtime_ns < fresh_after:
            new[f] = (sig, key)
        out.append(key)
    if new != old:
        cache.put(index_key, new)
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
        if not self.enabled:
            return
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except OSError:
            pass  # a read-only or full disk only costs speed
