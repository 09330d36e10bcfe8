"""Lexicons (YAML data) from the shipped defaults and any user rule directories.

A user directory's file of the same name replaces the default one, so a lexicon
can be retuned without Python. Loaded once per process and cached.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from .yamlsafe import read_yaml


def default_rules_dir() -> Path:
    """The shipped `rules/`: `factcheck/defaults` when installed, the checkout's folder otherwise."""
    installed = Path(__file__).resolve().parent / "defaults"
    if (installed / "lexicons").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


@functools.lru_cache(maxsize=None)
def load_lexicon(name: str, extra_dirs: tuple[str, ...] = ()) -> dict[str, Any]:
    """Load lexicons/NAME.yaml; a later directory's copy replaces an earlier one."""
    data: dict[str, Any] = {}
    for base in (str(default_rules_dir()), *extra_dirs):
        f = Path(base) / "lexicons" / f"{name}.yaml"
        if f.is_file():
            loaded = read_yaml(f)
            if isinstance(loaded, dict):
                data = loaded
    return data


def words(value: Any) -> set[str]:
    """A whitespace-separated word list (as written in YAML) to a set."""
    if isinstance(value, str):
        return set(value.lower().split())
    return {str(v).lower() for v in value or ()}
