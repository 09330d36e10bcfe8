"""Baselines: accept today's findings, report only new ones.

A finding's id hashes its facts' ids, which hold character offsets, so any edit
above a figure would make an old finding look new. The fingerprint here hashes
only what a reader would call "the same finding": rule, status, measure (or kind),
story, place, and each fact's normalised figure or text with its outlet, sorted.
It survives whitespace edits, reordered or renamed files, and facts that do not
take part in the finding. Two findings with the same fingerprint are counted, so
a second copy of an accepted conflict still shows up as new.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from ..model import Document, Fact, Finding, Result, stable_id

SCHEMA = "factcheck/baseline@1"


class BaselineError(Exception):
    """An unreadable or malformed baseline file."""


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def _num(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else repr(float(x)))


def fact_key(fact: Fact, doc: Document | None) -> str:
    """What a fact says and who says it, without where in the file it says it."""
    outlet = _norm(doc.outlet if doc and doc.outlet else (PurePosixPath(doc.path).stem if doc else fact.doc))
    value = getattr(fact, "value", None)
    if value is not None:
        what = f"{_num(value.low)}..{_num(value.high)}{'~' if value.approx else ''}"
    else:
        parts = getattr(fact, "participants", ()) or ()
        what = _norm(getattr(fact, "text", None) or getattr(fact, "entity", None) or " ".join(sorted(parts)))
    speaker = _norm(getattr(fact, "speaker", None) or getattr(fact, "source", None))
    return f"{outlet}|{what}|{speaker}"


def fingerprint(finding: Finding, facts: dict[str, Fact], docs: dict[str, Document]) -> str:
    keys = sorted(fact_key(facts[i], docs.get(facts[i].doc)) for i in finding.facts if i in facts)
    return stable_id("baseline", finding.rule, finding.status, finding.measure or finding.kind,
                     _norm(finding.story), _norm(finding.place), *keys, length=16)


def fingerprints(result: Result) -> list[str]:
    """One fingerprint per finding, in the order of `result.findings`."""
    facts = {f.id: f for f in result.facts}
    docs = {d.id: d for d in result.documents}
    return [fingerprint(f, facts, docs) for f in result.findings]


def dump(result: Result) -> str:
    """The baseline file: sorted, no timestamps, with the message so a reviewer can read the diff."""
    rows = sorted(({"fingerprint": fp, "rule": f.rule, "status": f.status, "message": f.message}
                   for fp, f in zip(fingerprints(result), result.findings)),
                  key=lambda r: (r["fingerprint"], r["message"]))
    return json.dumps({"schema": SCHEMA, "findings": rows}, indent=2, ensure_ascii=False) + "\n"


def load(path: str) -> Counter[str]:
    """Fingerprint -> how many findings with it were accepted."""
    try:
        with open(path, encoding="utf-8") as fh:
            return parse(fh.read(), path)
    except OSError as e:
        raise BaselineError(f"cannot read baseline {path}: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise BaselineError(f"baseline {path} is not UTF-8: {e}") from None


def parse(text: str, path: str = "<baseline>") -> Counter[str]:
    try:
        data: Any = json.loads(text)
    except ValueError as e:
        raise BaselineError(f"baseline {path} is not valid JSON: {e}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise BaselineError(f'baseline {path} is not a factcheck baseline (expected "schema": "{SCHEMA}")')
    try:
        return Counter(str(row["fingerprint"]) for row in data["findings"])
    except (TypeError, KeyError):
        raise BaselineError(f'baseline {path}: every finding needs a "fingerprint"') from None


def only_new(result: Result, accepted: Counter[str]) -> Result:
    """The result with the findings the baseline accepts removed (each accepted once per count)."""
    left = Counter(accepted)
    new: list[Finding] = []
    for fp, f in zip(fingerprints(result), result.findings):
        if left[fp] > 0:
            left[fp] -= 1
        else:
            new.append(f)
    return replace(result, findings=new)
