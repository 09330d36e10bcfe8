"""The HTML report's pictures: a timeline chart per compared measure and place, each with
its text alternative (a caption and a table of the figures with their evidence, which
the chart's marks link to), and the outlet scorecard table."""
from __future__ import annotations

from ..model import Result
from .common import Index, compact_days
from .scorecard import COLUMNS, cells, scorecard
from .svgchart import Scale, anchor, h, style_of, svg
from .timeline import Chart

KEY = ("Each mark is one outlet's figure on the day it is current as of: a point for an exact figure, "
       "a bar for a range, an arrow for an open-ended one (“more than”); a dashed ring marks a figure in "
       "conflict, the dashed line the consensus or latest figure. Select a mark for its evidence.")

LOG = " (log scale: the figures span orders of magnitude)"


def charts_html(charts: list[Chart], index: Index) -> list[str]:
    if not charts:
        return []
    outlets = list(dict.fromkeys(o for c in charts for o in c.outlets))
    styles = style_of(outlets)  # one colour and shape per outlet across the story's charts
    out = ["<h3>Figures over time</h3>", f"<p class=\"meta\">{h(KEY)}</p>"]
    for chart in charts:
        if not chart.marks:
            continue
        out += [f"<figure class=\"chart\" id=\"{h(chart.id)}\" data-measure=\"{h(chart.measure)}\" "
                f"data-place=\"{h(chart.place or '')}\" data-figures=\"{len(chart.marks)}\">",
                f"<figcaption><strong>{h(chart.title)}</strong>{LOG if Scale(chart.marks).log else ''}</figcaption>",
                svg(chart, styles),
                _table(chart, index), "</figure>"]
    return out


def _table(chart: Chart, index: Index) -> str:
    """The chart as text: one row per mark, the target of the mark's link."""
    rows = []
    for m in chart.marks:
        before, words, after = index.marked(m.fact)
        quote = f"{h(before)}<mark>{h(words)}</mark>{h(after)}" if words else h(before)
        loc = f"{index.path(m.fact)}:{m.fact.evidence.line}"
        rows.append(f"<tr id=\"{h(anchor(chart, m))}\"><td>{h(compact_days((m.day, m.day)))}</td><td>{h(m.outlet)}</td>"
                    f"<td>{h(m.text)}{' <strong>(conflict)</strong>' if m.conflict else ''}</td>"
                    f"<td>{h(m.fact.source or 'no source named')}</td>"
                    f"<td><code>{h(loc)}</code> “{quote}”</td></tr>")
    undated = f"<p class=\"meta\">{len(chart.undated)} figure(s) without a date are not drawn.</p>" if chart.undated else ""
    return (f"<details><summary>the figures as a table ({len(chart.marks)})</summary><table class=\"figures\">"
            "<thead><tr><th>As of</th><th>Outlet</th><th>Figure</th><th>Source</th><th>Evidence</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></details>{undated}")


NUM = "<td class=\"n\">"


def scorecard_html(result: Result, index: Index) -> list[str]:
    """The outlet scorecard (docs/scorecard.md), when any outlet has a figure a finding cites."""
    scores = scorecard(result, index)
    if not any(s.figures for s in scores):
        return []
    head = "".join(f"<th>{h(label)}</th>" for _, label in COLUMNS)
    rows = []
    for s in scores:
        values = cells(s)
        rows.append("<tr>" + "".join((NUM if 0 < i < len(values) - 1 else "<td>") + f"{h(v)}</td>"
                                     for i, v in enumerate(values)) + "</tr>")
    return ["<section class=\"scorecard\">", "<h2>Outlet scorecard</h2>",
            "<p class=\"meta\">Per outlet, computed from the findings: figures a finding cites, how many agree with "
            "another outlet, are in conflict, or only this outlet reports; comparisons it published first; figures a "
            "later one replaced; figures credited to no source; the sources it cites most.</p>",
            f"<table class=\"scorecard\"><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
            "</section>"]
