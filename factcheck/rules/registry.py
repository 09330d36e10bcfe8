"""The explicit registry of rule types: `get_type(name)` fails clearly on an unknown name."""
from __future__ import annotations

import importlib

from .base import RuleType

TYPES = ("numeric", "set", "quote", "categorical", "variant", "corroboration")
_MODULES = {"set": "setrule"}


def type_names() -> tuple[str, ...]:
    return TYPES


def get_type(name: str) -> RuleType:
    if name not in TYPES:
        raise KeyError(f"unknown rule type {name!r}; known: {', '.join(TYPES)}")
    module = importlib.import_module(f".{_MODULES.get(name, name)}", __package__)
    return module.TYPE
