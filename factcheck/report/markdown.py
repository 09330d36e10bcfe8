"""Markdown (GitHub-flavoured), fit for a pull-request comment: a summary line, then a
table per story, conflicts first, each row with its evidence quoted as `path:line`.

Corpus text is hostile until escaped: a pipe would split a table cell, a `<` could
open HTML, a backtick a code span, `*` or `[` change the markup. Every corpus
string goes through `esc`, every path through `code`.
"""
from __future__ import annotations

import re

from ..model import Finding, Result
from .common import LABEL, Index, by_story, counts, credit, summary_text, what
from .scorecard import COLUMNS, cells, scorecard

_PUNCT = re.compile(r"([\\`*_\[\]<>&|~])")  # what is special inline (cells never start a block)


def esc(text: str | None) -> str:
    """Corpus text -> inline Markdown that shows exactly that text, on one line."""
    return _PUNCT.sub(r"\\\1", re.sub(r"\s+", " ", text or ""))


def code(text: str) -> str:
    """A path as a code span; one with a backtick falls back to escaped text."""
    if "`" in text or "\n" in text:
        return esc(text)
    return "`" + text.replace("|", "\\|") + "`"


def _evidence(finding: Finding, index: Index) -> str:
    items = []
    for fact in index.facts_of(finding):
        before, words, after = index.marked(fact)
        quote = esc(before) + (f"**{esc(words)}**" if words.strip() else esc(words)) + esc(after)
        loc = code(f"{index.path(fact)}:{fact.evidence.line}")
        items.append(f"{loc} ({esc(credit(fact, index))}): “{quote}”")
    return "<br>".join(items)


def _scorecard(result: Result, index: Index) -> list[str]:
    """The outlet scorecard (docs/scorecard.md), when any outlet has a figure a finding cites."""
    scores = scorecard(result, index)
    if not any(s.figures for s in scores):
        return []
    out = ["### Outlet scorecard", "", "| " + " | ".join(label for _, label in COLUMNS) + " |",
           "| --- |" + " ---: |" * (len(COLUMNS) - 2) + " --- |"]
    out += ["| " + " | ".join(esc(c) for c in cells(s)) + " |" for s in scores]
    return out + ["", "Columns are defined in the factcheck docs (docs/scorecard.md).", ""]


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    index = Index(result)
    out = ["## factcheck", "", esc(counts(result)), ""]
    levels = {lv: sum(1 for f in result.findings if f.level == lv) for lv in ("error", "warning", "info")}
    if result.findings:
        out += [" · ".join(f"**{n}** {lv}" for lv, n in levels.items() if n), ""]
    for story, findings in by_story(result.findings):
        out += [f"### Story: {esc(story)}", "",
                "| Status | Level | What | Figures and sources | Evidence |", "| --- | --- | --- | --- | --- |"]
        for f in findings:
            label = LABEL.get(f.status, f.status)
            status = f"**{esc(label)}**" if f.status == "conflict" else esc(label)
            out.append(f"| {status} | {esc(f.level)} | {esc(what(f))} | {esc(summary_text(f))} "
                       f"| {_evidence(f, index)} |")
        out.append("")
    out += _scorecard(result, index)
    if result.errors:
        out += ["### Problems with the input", ""]
        for e in result.errors:
            out.append(f"- {code(f'{e.path}:{e.line}' if e.line else e.path)}: {esc(e.message)}")
        out.append("")
    if not result.findings and not result.errors:
        out += ["No findings.", ""]
    return "\n".join(out).rstrip("\n") + "\n"
