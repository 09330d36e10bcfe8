"""HTML: one self-contained file (inline CSS, no script, no network) to open in a browser
or attach to a CI run: a summary, a table per story with conflicts first, the
evidence under each finding with the figure marked and `path:line`.

Every string that comes from the corpus, the rules or the findings goes through
`html.escape`, and a Content-Security-Policy forbids scripts and remote loads,
so a hostile report body cannot run code in the reader's browser.
"""
from __future__ import annotations

import html
import re

from ..model import Finding, Result
from .charts_html import charts_html, scorecard_html
from .common import LABEL, Index, by_story, counts, credit, summary_text, what
from .timeline import charts

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #d0d7de}
th{background:#f6f8fa}.status{white-space:nowrap;font-weight:600}
.conflict .status{color:#cf222e}.variant .status{color:#9a6700}.update .status{color:#0969da}.agree .status{color:#1a7f37}
.single-source .status{color:#656d76}.level-error .level{color:#cf222e;font-weight:600}.level-warning .level{color:#9a6700}
.level-info .level{color:#656d76}ul.evidence{margin:.4rem 0 0;padding-left:1.1rem}ul.evidence li{margin:.2rem 0}
code{font-size:.85em;background:#f6f8fa;padding:.1em .3em;border-radius:4px}mark{background:#fff8c5;font-weight:600}
summary{cursor:pointer;color:#656d76}.problems li{color:#9a6700}.meta{color:#656d76}
figure.chart{margin:1rem 0 1.5rem}svg.timeline{width:100%;max-width:720px;height:auto;display:block;color:inherit}
svg.timeline text{font:12px system-ui,sans-serif;fill:currentColor}svg .grid{stroke:#d0d7de;stroke-width:1}
svg .ref{stroke:#57606a;stroke-dasharray:6 4;stroke-width:1.5}svg .ref-label{font-style:italic}
svg .bar{stroke-width:5;stroke-linecap:round;opacity:.8}svg .conflict-ring{fill:none;stroke:currentColor;stroke-width:1.5;stroke-dasharray:3 2}
svg a.mark:hover,svg a.mark:focus{outline:none;opacity:.7}figcaption{color:#656d76;font-size:.9rem}
table.figures td,table.scorecard td,table.scorecard th{font-size:.9rem}table.scorecard td.n{text-align:right}
tr:target{background:#fff8c5}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}th,code{background:#161b22}
td,th{border-color:#30363d}mark{background:#6e5b00;color:#fff}svg .grid{stroke:#30363d}tr:target{background:#3b2e00}}
""".strip()

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factcheck report</title>
<style>
{css}
</style>
</head>
<body>"""


def h(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _cls(word: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", word.lower()) or "other"


def _evidence(finding: Finding, index: Index) -> str:
    items = []
    for fact in index.facts_of(finding):
        before, words, after = index.marked(fact)
        loc = f"{index.path(fact)}:{fact.evidence.line}"
        quote = f"{h(before)}<mark>{h(words)}</mark>{h(after)}" if words else h(before)
        items.append(f"<li><code>{h(loc)}</code> <span class=\"meta\">({h(credit(fact, index))})</span> “{quote}”</li>")
    if not items:
        return ""
    opened = " open" if finding.status in ("conflict", "variant") else ""
    return (f"<details{opened}><summary>evidence ({len(items)})</summary>"
            f"<ul class=\"evidence\">{''.join(items)}</ul></details>")


def _row(f: Finding, index: Index) -> str:
    return (f"<tr class=\"{_cls(f.status)} level-{_cls(f.level)}\">"
            f"<td class=\"status\">{h(LABEL.get(f.status, f.status))}</td><td class=\"level\">{h(f.level)}</td>"
            f"<td>{h(what(f))}<div class=\"meta\">{h(f.rule)}</div></td>"
            f"<td>{h(summary_text(f))}{_evidence(f, index)}</td></tr>")


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    index = Index(result)
    out = [HEAD.replace("{css}", CSS), "<header>", "<h1>factcheck</h1>", f"<p class=\"meta\">{h(counts(result))}</p>",
           "</header>", "<main>", *scorecard_html(result, index)]
    story_charts = charts(result, index)
    for story, findings in by_story(result.findings):
        out += [f"<section class=\"story\" data-story=\"{h(story)}\">", f"<h2>Story: {h(story)}</h2>",
                *charts_html(story_charts.get(story, []), index), "<table>",
                "<thead><tr><th>Status</th><th>Level</th><th>What</th><th>Figures, sources and evidence</th></tr></thead>",
                "<tbody>", *(_row(f, index) for f in findings), "</tbody>", "</table>", "</section>"]
    if result.errors:
        out += ["<section class=\"problems\">", "<h2>Problems with the input</h2>", "<ul>"]
        out += [f"<li><code>{h(f'{e.path}:{e.line}' if e.line else e.path)}</code>: {h(e.message)}</li>" for e in result.errors]
        out += ["</ul>", "</section>"]
    if not result.findings and not result.errors:
        out.append("<p>No findings.</p>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
