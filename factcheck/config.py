"""Run settings: defaults, then a config file, then command-line flags (which win)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Config:
    rule_dirs: tuple[str, ...] = ()
    replace_rules: bool = False  # --rules replaces the shipped defaults instead of adding to them
    disabled: set[str] = field(default_factory=set)
    levels: dict[str, str] = field(default_factory=dict)  # rule id -> level override
    assume_year: int | None = None
    fail_on: str = "error"
    jobs: int = 1
