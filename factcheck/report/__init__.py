"""Reporters, one module per format, and a registry that fails on an unknown name."""
from __future__ import annotations

from collections.abc import Iterable

import importlib
import os
import stat
import tempfile
from typing import Protocol

from ..model import Result

FORMATS = {"terminal": "terminal", "json": "jsonfmt", "markdown": "markdown", "html": "htmlfmt", "sarif": "sarif",
           "github": "github", "csv": "csvfmt"}
EXTENSIONS = {".json": "json", ".txt": "terminal", ".md": "markdown", ".markdown": "markdown", ".html": "html",
              ".htm": "html", ".sarif": "sarif", ".sarif.json": "sarif", ".csv": "csv"}


class Renderer(Protocol):
    def __call__(self, result: Result, *, color: bool = False, width: int | None = None) -> str: ...


def get(name: str) -> Renderer:
    if name not in FORMATS:
        raise KeyError(f"unknown format {name!r}; known: {', '.join(FORMATS)}")
    return importlib.import_module(f".{FORMATS[name]}", __package__).render


def format_for(path: str | None, given: str | None) -> str:
    """The explicit format, else the one the output file's extension names, else terminal."""
    if given:
        return given
    if path:
        name = os.path.basename(path).lower()
        for ext in sorted(EXTENSIONS, key=len, reverse=True):  # .sarif.json before .json
            if name.endswith(ext):
                return EXTENSIONS[ext]
    return "terminal"


def write_atomic(path: str, text: str | Iterable[str]) -> None:
    """Temp file in the same directory, then rename: a failed run never leaves half a report.

    `text` may be an iterable of chunks, so a large report is never held whole in memory. A path that
    is not a regular file (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is written straight to:
    renaming over it would replace the device with a file (as root, /dev/null itself)."""
    if _special(path):
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for chunk in [text] if isinstance(text, str) else text:
                out.write(chunk)
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                for chunk in text:
                    fh.write(chunk)
        os.chmod(tmp, _mode(path))  # mkstemp makes 0600; a report should get the usual permissions
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _special(path: str) -> bool:
    """The path exists and is a device, a pipe or a socket, not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _mode(path: str) -> int:
    """The mode the file has now, or the one a plain open() would give it under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
