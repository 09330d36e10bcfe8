"""factcheck: cross-source fact-consistency checker for news reports."""
from __future__ import annotations

from .version import __version__

__all__ = ["__version__", "check", "extract"]


def __getattr__(name: str):  # lazy: `factcheck --version` must not import the pipeline
    if name in ("check", "extract"):
        from . import api
        return getattr(api, name)
    raise AttributeError(name)
