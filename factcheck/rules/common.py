"""Helpers the rule types share: blocking keys, value formatting, finding construction."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Document, Fact, Finding, stable_id
from .base import Rule


@dataclass
class Context:
    """What a rule may look up besides its facts: documents by id."""

    docs: dict[str, Document] = field(default_factory=dict)

    def story(self, fact: Fact) -> str:
        d = self.docs.get(fact.doc)
        return (d.story if d else None) or "default"

    def outlet(self, fact: Fact) -> str:
        d = self.docs.get(fact.doc)
        return (d.outlet or d.path) if d else fact.doc

    def published(self, fact: Fact) -> str:
        d = self.docs.get(fact.doc)
        return (d.published or "") if d else ""


def whole_place(place: str | None) -> str | None:
    """'western Aleppo' -> 'Aleppo': the block a part belongs to."""
    if not place:
        return place
    parts = place.split(" ", 1)
    return parts[1] if len(parts) == 2 and parts[0].islower() else place


def place_key(f: Fact) -> str | None:
    """Where a figure is compared: the report's own scope ("@BD": a report about Savar and one about
    Bangladesh count the same toll), else its place as a whole ("western Aleppo" -> "Aleppo")."""
    area = dict(f.extra).get("area") if f.extra else None
    return f"@{area}" if area else whole_place(f.place)


def block(rule: Rule, facts: Iterable[Fact], ctx: Context, extra: tuple[str, ...] = ()) -> dict[tuple, list[Fact]]:
    """Group facts by the rule's `same` fields (place by its whole), never all pairs."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        key = []
        for s in rule.same + extra:
            if s == "story":
                key.append(ctx.story(f))
            elif s == "place":
                key.append(place_key(f))
            elif s == "time":
                continue  # time windows are compared by overlap, not by equality
            else:
                key.append(getattr(f, s, None))
        groups[tuple(key)].append(f)
    return groups


def fmt_num(x: float | None) -> str:
    if x is None:
        return "∞"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def fmt_value(f: Fact) -> str:
    v = f.value
    if v is None:
        return "?"
    if v.text:
        return v.text.strip()
    return fmt_num(v.low) if v.low == v.high else f"{fmt_num(v.low)}-{fmt_num(v.high)}"


def make_finding(rule: Rule, status: str, facts: list[Fact], ctx: Context, summary: str, **detail: object) -> Finding:
    """The one way rule types build a finding: id from content, message from the template."""
    ids = tuple(sorted({f.id for f in facts}))
    first = facts[0]
    times = [f.time for f in facts if f.time]
    time = (min(t[0] for t in times), max(t[1] for t in times)) if times else None
    fields = {"summary": summary, "status": status, "measure": first.measure or first.kind,
              "place": first.place or "?", "story": ctx.story(first), "rule": rule.id, "kind": first.kind,
              "time": f"{time[0]}..{time[1]}" if time and time[0] != time[1] else (time[0] if time else "?"),
              "values": detail.get("values", summary), "outlets": ", ".join(sorted({ctx.outlet(f) for f in facts}))}
    try:
        message = rule.message.format_map(_Default(fields))
    except (ValueError, IndexError):
        message = summary
    return Finding(id=stable_id("finding", rule.id, status, *ids), rule=rule.id, status=status, level="",
                   kind=first.kind, facts=ids, message=message, measure=first.measure, story=ctx.story(first),
                   place=first.place, time=time, detail=tuple(sorted({**detail, "summary": summary}.items())))


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
