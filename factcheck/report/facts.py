"""Plain listing of extracted facts, for `factcheck extract` in a terminal or pipe."""
from __future__ import annotations

from ..model import Result
from ..rules.common import fmt_num


def render_facts(result: Result) -> str:
    docs = {d.id: d for d in result.documents}
    lines: list[str] = []
    for f in result.facts:
        d = docs.get(f.doc)
        loc = f"{d.path if d else f.doc}:{f.evidence.line}:{f.evidence.column}"
        if f.kind == "quantity" and f.value is not None:
            v = f.value
            val = fmt_num(v.low) if v.low == v.high else f"{fmt_num(v.low)}..{fmt_num(v.high)}"
            what = f"{f.measure} {'~' if v.approx else ''}{val} {f.unit or ''}".rstrip()
            when = f.time[0] if f.time and f.time[0] == f.time[1] else (f"{f.time[0]}..{f.time[1]}" if f.time else "?")
            extra = f" place={f.place or '?'} day={when}" + (f" source={f.source}" if f.source else "")
            lines.append(f"{loc}: {what} ({v.text!r}){extra}")
        elif f.kind == "meeting":
            lines.append(f"{loc}: meeting in {f.place or '?'} on {f.time[0] if f.time else '?'}: "
                         f"{', '.join(f.participants)}{'' if f.complete else ' (partial list)'}")
        elif f.kind == "quote":
            lines.append(f"{loc}: quote by {f.speaker or '?'}: {f.text!r}")
        elif f.kind == "entity":
            lines.append(f"{loc}: name {f.text!r} -> {f.entity}")
    for e in result.errors:
        lines.append(f"{e.path}:{e.line or 0}: error: {e.message}")
    return "\n".join(lines) + ("\n" if lines else "")
