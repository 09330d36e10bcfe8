"""JSON: the public contract `factcheck/report@1` (docs/json-report.md, schema in factcheck/schema/)."""
from __future__ import annotations

import json
from typing import Any

from ..model import Fact, Finding, Result

SCHEMA = "factcheck/report@1"


def fact_dict(f: Fact) -> dict[str, Any]:
    d: dict[str, Any] = {"id": f.id, "doc": f.doc, "kind": f.kind}
    if f.kind == "quantity":
        d["measure"] = f.measure
        d["value"] = _value(f.value)
        d["unit"] = f.unit
        if f.previous is not None:
            d["previous"] = _value(f.previous)
        d["revision"] = f.revision
    if f.kind in ("quantity", "meeting"):
        d["place"] = f.place
        d["time"] = {"start": f.time[0], "end": f.time[1]} if f.time else None
    if f.kind == "quantity":
        d["source"] = f.source
    if f.kind == "meeting":
        d["participants"] = list(f.participants)
        d["complete"] = f.complete
    if f.kind == "quote":
        d["speaker"] = f.speaker
        d["text"] = f.text
    if f.kind == "entity":
        d["entity"] = f.entity
        d["text"] = f.text
    ev = f.evidence
    d["evidence"] = {"start": ev.start, "end": ev.end, "line": ev.line, "column": ev.column, "sentence": ev.sentence}
    return d


def _value(v: Any) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"low": _num(v.low), "high": _num(v.high), "approx": v.approx, "text": v.text}


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def finding_dict(f: Finding) -> dict[str, Any]:
    d: dict[str, Any] = {"id": f.id, "rule": f.rule, "status": f.status, "level": f.level, "kind": f.kind,
                         "measure": f.measure, "facts": list(f.facts), "message": f.message,
                         "story": f.story, "place": f.place,
                         "time": {"start": f.time[0], "end": f.time[1]} if f.time else None}
    detail = {k: v for k, v in f.detail if k != "values" and v is not None}
    if detail:
        d["detail"] = detail
    return d


def to_dict(result: Result) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "documents": [{"id": d.id, "path": d.path, "outlet": d.outlet, "published": d.published,
                       "story": d.story, "title": d.title} for d in result.documents],
        "facts": [fact_dict(f) for f in result.facts],
        "findings": [finding_dict(f) for f in result.findings],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in result.errors],
        "summary": summary(result),
    }


def summary(result: Result) -> dict[str, Any]:
    by_status: dict[str, int] = {}
    by_level: dict[str, int] = {}
    for f in result.findings:
        by_status[f.status] = by_status.get(f.status, 0) + 1
        by_level[f.level] = by_level.get(f.level, 0) + 1
    return {"documents": len(result.documents), "facts": len(result.facts), "findings": len(result.findings),
            "by_status": dict(sorted(by_status.items())), "by_level": dict(sorted(by_level.items())),
            "errors": len(result.errors)}


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    # ensure_ascii keeps the file valid whatever the corpus holds (lone surrogates, controls)
    return json.dumps(to_dict(result), indent=2, ensure_ascii=True) + "\n"
