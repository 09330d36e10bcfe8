"""SARIF 2.1.0, for GitHub code scanning and other viewers: one result per finding.

A finding's first fact is its location and every fact is a related location, each
with line and column (1-based, end exclusive, counted in Unicode code points, as
`columnKind` says) and char offsets into the decoded text. Rule metadata comes
from `result.rules`; the baseline fingerprint is the partial fingerprint, so code
scanning tracks a finding across edits the way `--baseline` does.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..version import __version__
from ..ci.baseline import fingerprints
from ..model import Fact, Result
from .common import Index, credit, figure

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact(path: str) -> dict[str, Any]:
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(Path(path).as_posix().encode("utf-8", "replace")), "uriBaseId": "%SRCROOT%"}  # a lone surrogate in a name must not crash


def physical(fact: Fact, index: Index) -> dict[str, Any]:
    path, line, on_file = index.on_disk(fact)
    if on_file is None:  # a feed record or a page's extracted text: the file, its record line, and where in the text
        loc = index.loc(fact)
        return {"artifactLocation": artifact(path), **({"region": {"startLine": line}} if line else {}),
                "properties": {"document": loc.path, "textLine": loc.line, "textColumn": loc.column,
                               "sentence": fact.evidence.sentence}}
    loc = on_file
    region: dict[str, Any] = {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line,
                              "endColumn": loc.end_column, "charOffset": loc.start, "charLength": loc.end - loc.start}
    before, words, _ = index.marked(fact)
    if words:
        region["snippet"] = {"text": words}
    out: dict[str, Any] = {"artifactLocation": artifact(loc.path), "region": region}
    sentence = fact.evidence.sentence
    if words and sentence:
        start = loc.start - len(before)  # the sentence's start, whose line and column the excerpt holds
        at = index.excerpt(fact)
        out["contextRegion"] = {"startLine": at.line, "startColumn": at.column,
                                "charOffset": start, "charLength": len(sentence), "snippet": {"text": sentence}}
    return out


def rule_descriptor(rule: Any) -> dict[str, Any]:
    rid = str(getattr(rule, "id", rule))
    description = " ".join(str(getattr(rule, "description", "") or "").split())
    out: dict[str, Any] = {"id": rid, "shortDescription": {"text": description.split(". ")[0] or rid}}
    if description:
        out["fullDescription"] = {"text": description}
    example = getattr(rule, "example", "")
    if example:
        out["help"] = {"text": f"{description}\n\nExample:\n{example}".strip(),
                       "markdown": f"{description}\n\nExample:\n\n```\n{example}\n```".strip()}
    out["defaultConfiguration"] = {"level": LEVEL.get(getattr(rule, "level", "warning"), "warning"),
                                   "enabled": bool(getattr(rule, "enabled", True))}
    props = {k: getattr(rule, k) for k in ("type", "message") if getattr(rule, k, None)}
    if "type" in props:
        props["tags"] = ["factcheck", props["type"]]
    if props:
        out["properties"] = props
    return out


def to_dict(result: Result) -> dict[str, Any]:
    index = Index(result)
    rules = sorted(result.rules, key=lambda r: str(getattr(r, "id", r)))
    known = {str(getattr(r, "id", r)) for r in rules}
    for f in result.findings:  # a finding whose rule is not in result.rules still needs a descriptor
        if f.rule not in known:
            known.add(f.rule)
            rules.append(f.rule)
    order = {str(getattr(r, "id", r)): i for i, r in enumerate(rules)}
    results = []
    for finding, fp in zip(result.findings, fingerprints(result)):
        facts = index.facts_of(finding)
        res: dict[str, Any] = {"ruleId": finding.rule, "ruleIndex": order[finding.rule],
                               "level": LEVEL.get(finding.level, "warning"), "message": {"text": finding.message}}
        if facts:
            res["locations"] = [{"physicalLocation": physical(facts[0], index)}]
            res["relatedLocations"] = [{"id": i, "physicalLocation": physical(f, index),
                                        "message": {"text": f"{figure(f)} ({credit(f, index)})"}}
                                       for i, f in enumerate(facts, 1)]
        res["partialFingerprints"] = {"factcheck/v1": fp}
        props = {"findingId": finding.id, "status": finding.status, "kind": finding.kind, "measure": finding.measure,
                 "story": finding.story, "place": finding.place,
                 "time": {"start": finding.time[0], "end": finding.time[1]} if finding.time else None}
        res["properties"] = {k: v for k, v in props.items() if v is not None}
        results.append(res)
    notes = []
    for e in result.errors:
        note: dict[str, Any] = {"level": "error", "message": {"text": e.message}}
        region = {"region": {"startLine": e.line}} if e.line else {}
        note["locations"] = [{"physicalLocation": {"artifactLocation": artifact(e.path), **region}}]
        notes.append(note)
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
                            "rules": [rule_descriptor(r) for r in rules]}},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notes}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    return json.dumps(to_dict(result), indent=2, ensure_ascii=True) + "\n"
