"""Run every enabled rule over the facts in its scope; the engine sets rule id and level.

Levels live here, not in rule types: conflicts and variants take the rule's level
(a conflict involving only vague wording, "dozens", is at most a warning);
agreement, updates and single-source claims are info. Config overrides win.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Document, Fact, Finding
from .base import LEVELS, Rule
from .common import Context
from .registry import get_type

STATUS_ORDER = {"conflict": 0, "variant": 1, "update": 2, "single-source": 3, "agree": 4}


def level_of(rule: Rule, finding: Finding, overrides: dict[str, str]) -> str:
    if rule.id in overrides:
        return overrides[rule.id]
    if finding.status not in ("conflict", "variant"):
        return "info"
    detail = dict(finding.detail)
    if detail.get("soft") and LEVELS.index(rule.level) < LEVELS.index("warning"):
        return "warning"
    return rule.level


def run(rules: list[Rule], facts: list[Fact], docs: list[Document],
        overrides: dict[str, str] | None = None, disabled: set[str] | None = None) -> list[Finding]:
    overrides, disabled = overrides or {}, disabled or set()
    ctx = Context({d.id: d for d in docs})
    ignored = {d.id: set(d.ignore) for d in docs if d.ignore}
    by_id = {f.id: f for f in facts}
    by_kind: dict[str, list[Fact]] = {}
    for f in facts:
        by_kind.setdefault(f.kind, []).append(f)
    out: dict[str, Finding] = {}
    for rule in sorted(rules, key=lambda r: r.id):
        if not rule.enabled or rule.id in disabled:
            continue
        kinds = rule.scope.get("kind", ("*",))
        pool = by_kind.get(kinds[0], []) if len(kinds) == 1 and kinds[0] != "*" else facts  # same order as `facts`
        scoped = [f for f in pool if rule.applies(f)]
        for finding in get_type(rule.type).check(rule, scoped, ctx):
            if any(rule.id in ignored.get(by_id[i].doc, ()) for i in finding.facts):
                continue  # suppressed in a document's front matter
            out[finding.id] = replace(finding, level=level_of(rule, finding, overrides))
    return sorted(out.values(), key=order)


def order(f: Finding) -> tuple:
    """The findings' order in every report: story, status, rule, measure, id (engines that split the work re-sort with it)."""
    return (f.story or "", STATUS_ORDER.get(f.status, 9), f.rule, f.measure or "", f.id)
