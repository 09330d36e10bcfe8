"""What every rule type shares: the decoded rule, declared options, one decode path.

Like yamllint, each type declares its options with types and defaults; like Vale,
a rule file `extends:` one type. Decoding rejects unknown keys, wrong types and bad
values with an error naming file, line and key, for every type alike.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Fact, Finding

LEVELS = ("error", "warning", "info")
SAME_FIELDS = ("story", "measure", "place", "time", "speaker", "entity", "unit")
COMMON = {"id", "extends", "message", "level", "scope", "same", "description", "enabled", "example"}


class RuleError(Exception):
    """A bad rule file: carries path, line and key so it can be printed or sent as JSON."""

    def __init__(self, path: str, line: int | None, message: str, key: str | None = None) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message, self.key = path, line, message, key


@dataclass(frozen=True)
class Option:
    """A declared option: its default, a check, and the words for the error message."""

    default: Any
    check: Callable[[Any], bool]
    expect: str


def number_between(lo: float, hi: float, default: float | None = None) -> Option:
    return Option(default, lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and lo <= v <= hi,
                  f"a number between {lo:g} and {hi:g}")


def boolean(default: bool) -> Option:
    return Option(default, lambda v: isinstance(v, bool), "true or false")


def one_of(default: str, *choices: str) -> Option:
    return Option(default, lambda v: v in choices, "one of " + ", ".join(choices))


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    level: str
    message: str
    scope: dict[str, tuple[str, ...]]
    same: tuple[str, ...]
    options: dict[str, Any]
    path: str
    line: int
    description: str = ""
    example: str = ""
    enabled: bool = True

    def applies(self, fact: Fact) -> bool:
        for key, allowed in self.scope.items():
            val = getattr(fact, key, None)
            if "*" not in allowed and val not in allowed:
                return False
        return True

    def opt(self, name: str) -> Any:
        return self.options[name]


@dataclass
class RuleType:
    """A comparator type: its options, its docs, and `check(rule, facts, ctx) -> findings`."""

    name: str
    doc: str
    options: dict[str, Option]
    check: Callable[..., Iterator[Finding]]
    defaults: dict[str, Any] = field(default_factory=dict)
