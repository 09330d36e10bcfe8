"""Terminal report (rich): a header, then per story a table of findings, then the
evidence under every conflict and variant with the figure highlighted and path:line.

Rendered to a string so the same code serves a terminal, a pipe and `--output`;
colour only when asked for (a terminal without NO_COLOR).
"""
from __future__ import annotations

import io
from collections import defaultdict

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Fact, Finding, Result

MARK = {"conflict": ("✗ conflict", "bold red"), "variant": ("~ variant", "yellow"), "update": ("↻ update", "cyan"),
        "agree": ("✓ agree", "green"), "single-source": ("· single", "dim")}
LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width or 100, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False, emoji=False, soft_wrap=False)
    facts = {f.id: f for f in result.facts}
    docs = {d.id: d for d in result.documents}
    _header(console, result)
    by_story: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_story[f.story or "default"].append(f)
    for story in sorted(by_story):
        findings = by_story[story]
        table = Table(title=f"story: {story}", title_justify="left", box=box.SIMPLE_HEAD, expand=True, show_lines=False)
        table.add_column("status", no_wrap=True)
        table.add_column("level", no_wrap=True)
        table.add_column("what", ratio=2, overflow="fold")
        table.add_column("figures and sources", ratio=5)
        for f in findings:
            label, style = MARK.get(f.status, (f.status, ""))
            what = " · ".join(x for x in (f.measure or f.kind, f.place) if x) + (f"\n{_when(f)}" if _when(f) else "")
            summary = dict(f.detail).get("summary", f.message)
            table.add_row(Text(label, style=style), Text(f.level, style=LEVEL_STYLE.get(f.level, "")), what, str(summary))
        console.print(table)
        for f in findings:
            if f.status in ("conflict", "variant"):
                _evidence(console, f, facts, docs, color)
    if result.errors:
        console.print(Text("problems with the input", style="bold"))
        for e in result.errors:
            loc = f"{e.path}:{e.line}" if e.line else e.path
            console.print(Text(f"  {loc}: {e.message}", style="yellow"))
    if not result.findings and not result.errors:
        console.print("No findings.")
    return buf.getvalue()


def _header(console: Console, result: Result) -> None:
    counts: dict[str, int] = defaultdict(int)
    for f in result.findings:
        counts[f.status] += 1
    parts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items(), key=lambda kv: list(MARK).index(kv[0]) if kv[0] in MARK else 9))
    console.print(Text(f"factcheck: {len(result.documents)} documents, {len(result.facts)} facts, "
                       f"{len(result.findings)} findings" + (f" ({parts})" if parts else ""), style="bold"))


def _when(f: Finding) -> str | None:
    if not f.time:
        return None
    return f.time[0] if f.time[0] == f.time[1] else f"{f.time[0]}..{f.time[1]}"


def _evidence(console: Console, finding: Finding, facts: dict[str, Fact], docs: dict, color: bool) -> None:
    label, style = MARK.get(finding.status, (finding.status, ""))
    console.print(Text(f"{label}: {finding.message}", style=style))
    for fid in finding.facts:
        fact = facts.get(fid)
        if fact is None:
            continue
        doc = docs.get(fact.doc)
        path = doc.path if doc else fact.doc
        ev = fact.evidence
        sentence = ev.sentence
        line = Text(f"    {path}:{ev.line}: ", style="dim")
        rel = doc.text.find(sentence, max(0, ev.start - len(sentence))) if doc else -1
        a, b = ev.start - rel, ev.end - rel
        if rel >= 0 and not color:  # no styling in a pipe: mark the figure with brackets instead
            sentence = f"{sentence[:a]}[{sentence[a:b]}]{sentence[b:]}"
        body = Text(sentence)
        if rel >= 0 and color:
            body.stylize("bold underline", a, b)
        line.append(body)
        console.print(line)
