"""corroboration: a claim only one outlet makes is `single-source` (level info).

Facts are grouped by the rule's `same` fields; a group whose facts all come from
fewer than `min_outlets` distinct outlets is reported, so an editor sees which
figures nobody else has confirmed. Example: only one report says "hundreds
evacuated" from a city: single-source.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Fact, Finding
from .base import Option, Rule, RuleType
from .common import Context, block, fmt_value, make_finding


def check(rule: Rule, facts: list[Fact], ctx: Context) -> Iterator[Finding]:
    for _, group in sorted(block(rule, facts, ctx).items(), key=lambda kv: str(kv[0])):
        outlets = {ctx.outlet(f) for f in group}
        if len(outlets) < rule.opt("min_outlets"):
            group = sorted(group, key=lambda f: (f.doc, f.evidence.start))
            values = ", ".join(f"{fmt_value(f)}" + (f" ({f.source})" if f.source else "") for f in group)
            yield make_finding(rule, "single-source", group, ctx, f"only {', '.join(sorted(outlets))} reports this: {values}",
                               values=values)


TYPE = RuleType(
    name="corroboration", doc=__doc__ or "", check=check,
    options={"min_outlets": Option(2, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 2, "a whole number of at least 2")})
