"""JSON: the public contract `factcheck/report@1` (docs/json-report.md, schema in factcheck/schema/)."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from ..model import Document, Fact, Finding, Result
from .scorecard import as_dict, scorecard

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
        flags = dict(f.extra)  # optional: present only when set (docs/json-report.md)
        for key in ("breakdown", "role", "not_compared", "day_from", "share", "projected"):
            if flags.get(key):
                d[key] = flags[key]
    if f.kind == "meeting":
        d["participants"] = list(f.participants)
        d["complete"] = f.complete
        d.update(_meeting_extra(f))
    if f.kind == "quote":
        d["speaker"] = f.speaker
        d["text"] = f.text
    if f.kind == "entity":
        d["entity"] = f.entity
        d["text"] = f.text
    ev = f.evidence
    d["evidence"] = {"start": ev.start, "end": ev.end, "line": ev.line, "column": ev.column, "sentence": ev.sentence}
    return d


def _meeting_extra(f: Fact) -> dict[str, Any]:
    """Optional meeting fields (docs/json-report.md): only those the text gave."""
    x = dict(f.extra)
    out: dict[str, Any] = {}
    for key in ("venue", "session", "summit", "head_count", "mentions"):
        if x.get(key) is not None:
            out[key] = x[key]
    if x.get("sessions"):
        out["sessions"] = list(x["sessions"])
    if x.get("duration"):
        text, low, high = x["duration"]
        out["duration"] = {"text": text, "low": _num(low), "high": _num(high), "unit": "minutes"}
    return out


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


class _Lazy(list):  # type: ignore[type-arg]
    """A list the JSON encoder walks without it ever being built: one dict alive at a time."""

    def __init__(self, items: list, convert: Any) -> None:
        super().__init__()
        self.items, self.convert = items, convert

    def __iter__(self):  # type: ignore[no-untyped-def]
        return (self.convert(x) for x in self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


def document_dict(d: Document) -> dict[str, Any]:
    """The stable fields, then the optional ones only when set: `source` (the feed a record came from),
    `extracted` (text extracted from HTML: evidence lines are lines of that text) and `url`."""
    out: dict[str, Any] = {"id": d.id, "path": d.path, "outlet": d.outlet, "published": d.published,
                           "story": d.story, "title": d.title}
    if d.source:
        out["source"] = d.source
    if d.extracted:
        out["extracted"] = True
    if d.url:
        out["url"] = d.url
    return out


def to_dict(result: Result, lazy: bool = False) -> dict[str, Any]:
    """`lazy`: lists walked as they are written, and the summary and scorecard worked out when their
    turn comes (the last stories may still be being compared while the facts are written)."""
    wrap = (lambda items, conv: _Lazy(items, conv)) if lazy else (lambda items, conv: [conv(x) for x in items])
    later = (lambda fn: fn) if lazy else (lambda fn: fn())
    return {
        "schema": SCHEMA,
        "documents": wrap(result.documents, document_dict),
        "facts": wrap(result.facts, fact_dict),
        "findings": wrap(result.findings, finding_dict),
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in result.errors],
        "summary": later(lambda: summary(result)),
        "scorecard": later(lambda: [as_dict(s) for s in scorecard(result)]),
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
    return "".join(render_chunks(result))


def _dumper() -> Callable[[Any], str]:
    """JSONEncoder(ensure_ascii=True, separators=(", ", ": ")).encode (valid JSON whatever the corpus
    holds), with its C encoder made once: encode() builds a new one per call, once per fact."""
    base = json.JSONEncoder(ensure_ascii=True, separators=(", ", ": "))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return base.encode
    encoder = make({}, base.default, json.encoder.encode_basestring_ascii, None, ": ", ", ", False, False, True)
    join = "".join

    def dump(value: Any) -> str:
        return base.encode(value) if isinstance(value, str) else join(encoder(value, 0))
    return dump


def render_chunks(result: Result) -> Iterator[str]:
    """The report as a stream of chunks: one document, fact, finding or error per line.

    Each item goes through the C JSON encoder (an indented dump is pure Python and
    took minutes on 10,000 reports); memory stays flat on large corpora."""
    data = to_dict(result, lazy=True)
    dump = _dumper()
    yield "{\n"
    keys = list(data)
    for n, key in enumerate(keys):
        value = data[key]
        value = value() if callable(value) else value
        tail = ",\n" if n + 1 < len(keys) else "\n"
        if isinstance(value, list):
            if not value:
                yield f"  {dump(key)}: []{tail}"
                continue
            yield f"  {dump(key)}: [\n"
            items = list(value) if not isinstance(value, _Lazy) else value
            lines: list[str] = []
            count = len(value)
            for i, item in enumerate(items):
                lines.append("    " + dump(item) + (",\n" if i + 1 < count else "\n"))
                if len(lines) >= 512:
                    yield "".join(lines)
                    lines = []
            yield "".join(lines) + f"  ]{tail}"
        else:
            yield f"  {dump(key)}: {dump(value)}{tail}"
    yield "}\n"