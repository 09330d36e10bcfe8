"""CSV: one row per fact, for spreadsheets and pandas. `start`/`end` are the days the
fact refers to; `line`/`column` where its words begin. Columns a kind lacks stay empty.

Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab or
CR) get a leading apostrophe, so a hostile report cannot plant one; numbers are
written as numbers and are never touched.
"""
from __future__ import annotations

import csv
import io

from ..model import Fact, Result
from .common import Index

COLUMNS = ("id", "path", "outlet", "kind", "measure", "low", "high", "approx", "text", "unit", "place",
           "start", "end", "source", "speaker", "line", "column", "sentence")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    text = " ".join(str(value).split())
    return "'" + text if text.startswith(_FORMULA) else text


def row(fact: Fact, index: Index) -> list[str]:
    doc = index.doc(fact)
    value = getattr(fact, "value", None)
    time = getattr(fact, "time", None) or (None, None)
    text = value.text if value is not None else getattr(fact, "text", None)
    values: dict[str, object] = {
        "id": fact.id, "path": index.path(fact), "outlet": doc.outlet if doc else None, "kind": fact.kind,
        "measure": getattr(fact, "measure", None),
        "low": value.low if value is not None else None, "high": value.high if value is not None else None,
        "approx": value.approx if value is not None else None, "text": text, "unit": getattr(fact, "unit", None),
        "place": getattr(fact, "place", None), "start": time[0], "end": time[1],
        "source": getattr(fact, "source", None), "speaker": getattr(fact, "speaker", None),
        "line": fact.evidence.line, "column": fact.evidence.column, "sentence": fact.evidence.sentence}
    return [cell(values[c]) for c in COLUMNS]


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    index = Index(result)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(f, index) for f in result.facts)
    return buf.getvalue()
