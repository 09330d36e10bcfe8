"""Inline SVG for a timeline chart: no script, no library, nothing fetched.

x: the day a figure is current as of (hours when the publication time is known);
y: the figure, on a log scale when the figures span two orders of magnitude or
more. A point is an exact figure, a bar an interval ("dozens", "20 to 25"), an
arrow an open bound ("more than 300"). Outlets are told apart by colour from the
Okabe-Ito palette (safe for the common colour-vision deficiencies) and by shape,
so the chart also reads in grey; figures in conflict get a dashed ring. Every mark
links to its row in the table under the chart, which holds the evidence.
"""
from __future__ import annotations

import html
import math
from datetime import date, timedelta

from .common import MONTHS
from .timeline import Chart, Mark, describe

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "currentColor")  # Okabe & Ito (2008);
# their black as the text colour, so it stays visible in the dark scheme
SHAPES = ("circle", "square", "triangle", "diamond", "down")
W, PLOT_H, LEFT, RIGHT, TOP = 720, 200, 70, 20, 16


def h(text: object) -> str:
    return html.escape(str(text), quote=True)


def style_of(outlets: list[str]) -> dict[str, tuple[str, str]]:
    """Outlet -> (colour, shape); colour and shape cycle at different lengths, so pairs stay distinct."""
    return {o: (PALETTE[i % len(PALETTE)], SHAPES[i % len(SHAPES)]) for i, o in enumerate(outlets)}


def _shape(kind: str, x: float, y: float, colour: str, r: float = 5.5) -> str:
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}"/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}" fill="{colour}"/>'
    points = {"triangle": ((0, -r - 1), (r + 1, r), (-r - 1, r)), "diamond": ((0, -r - 1.5), (r + 1.5, 0), (0, r + 1.5), (-r - 1.5, 0)),
              "down": ((0, r + 1), (r + 1, -r), (-r - 1, -r))}[kind]
    return f'<polygon points="{" ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in points)}" fill="{colour}"/>'


class Scale:
    """Figure -> pixel row: linear from 0, or log10 when the figures span two orders of magnitude."""

    def __init__(self, marks: tuple[Mark, ...]) -> None:
        values = [v for m in marks for v in (m.low, m.high) if v is not None and v > 0] or [1.0]
        lo, hi = min(values), max(values)
        self.log = hi / lo >= 100
        if self.log:
            self.lo, self.hi = 10 ** math.floor(math.log10(lo)), 10 ** math.ceil(math.log10(hi))
            self.ticks = [10 ** k for k in range(round(math.log10(self.lo)), round(math.log10(self.hi)) + 1)]
        else:
            step = _nice(hi / 4)
            self.lo, self.hi = 0.0, step * math.ceil(hi * 1.08 / step)
            self.ticks = [step * k for k in range(int(round(self.hi / step)) + 1)]

    def y(self, v: float) -> float:
        v = min(max(v, self.lo), self.hi)
        if self.log:
            frac = (math.log10(v) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        else:
            frac = (v - self.lo) / (self.hi - self.lo)
        return TOP + PLOT_H * (1 - frac)


def _nice(x: float) -> float:
    e = 10 ** math.floor(math.log10(x)) if x > 0 else 1
    return next(m * e for m in (1, 2, 2.5, 5, 10) if m * e >= x)


def _tick(v: float) -> str:
    return f"{v / 1e6:g}M" if v >= 1e6 else f"{v / 1e3:g}k" if v >= 1e4 else f"{v:,.0f}" if v >= 1 else f"{v:g}"


def _day(x: float) -> date:
    return date(1970, 1, 1) + timedelta(days=int(x))


def svg(chart: Chart, styles: dict[str, tuple[str, str]]) -> str:
    marks = chart.marks
    scale = Scale(marks)
    x0 = math.floor(min(m.x for m in marks)) - 0.25
    x1 = math.floor(max(m.x for m in marks)) + 1.25
    px = lambda x: LEFT + (W - LEFT - RIGHT) * (x - x0) / (x1 - x0)  # noqa: E731
    legend_rows = _legend_rows(chart.outlets)
    height = TOP + PLOT_H + 34 + 20 * len(legend_rows)
    cid = h(chart.id)
    out = [f'<svg class="timeline" viewBox="0 0 {W} {height}" role="img" aria-labelledby="{cid}-t {cid}-d">',
           f'<title id="{cid}-t">{h(chart.title)} over time</title>', f'<desc id="{cid}-d">{h(describe(chart))}</desc>']
    for v in scale.ticks:
        y = scale.y(v)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
                   f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{h(_tick(v))}</text>')
    first, last = math.floor(x0 + 0.25), math.floor(x1 - 1.25)  # the days shown; a day's label sits at its noon
    every = max(1, math.ceil((last - first + 1) / 10))
    for k in range(first, last + 1, every):
        d = _day(k)
        out.append(f'<line class="grid" x1="{px(k):.1f}" x2="{px(k):.1f}" y1="{TOP + PLOT_H}" y2="{TOP + PLOT_H + 5}"/>'
                   f'<text class="tick" x="{px(k + 0.5):.1f}" y="{TOP + PLOT_H + 18}" text-anchor="middle">'
                   f'{d.day} {MONTHS[d.month - 1]}</text>')
    if chart.line is not None:
        y = scale.y(_centre(chart.line, scale))
        out.append(f'<line class="ref" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
                   f'<text class="ref-label" x="{LEFT + 6}" y="{y - 5:.1f}">'
                   f'{h(chart.line_label)}: {h(chart.line.text)}</text>')
    same_day: dict[int, list[Mark]] = {}
    for m in marks:
        same_day.setdefault(round(m.x * 24), []).append(m)
    for m in marks:
        peers = same_day[round(m.x * 24)]
        x = px(m.x) + (peers.index(m) - (len(peers) - 1) / 2) * 14
        out.append(_mark(chart, m, x, scale, styles[m.outlet]))
    out.append(_legend(legend_rows, styles, TOP + PLOT_H + 40))
    out.append("</svg>")
    return "".join(out)


def _centre(m: Mark, scale: Scale) -> float:
    low = m.low if m.low and m.low > 0 else scale.lo
    high = m.high if m.high is not None else low
    return math.sqrt(low * high) if scale.log and low > 0 else (low + high) / 2


def _mark(chart: Chart, m: Mark, x: float, scale: Scale, style: tuple[str, str]) -> str:
    colour, shape = style
    label = f"{m.outlet}, {m.day}: {m.text}" + (f" ({m.fact.source})" if m.fact.source else "")
    parts = [f'<a class="mark" href="#{h(anchor(chart, m))}" data-fact="{h(m.fact.id)}"><title>{h(label)}</title>']
    if m.low is not None and m.high is not None and m.low == m.high:
        y = scale.y(m.low)
    else:  # an interval: a bar from low to high, an arrow where it is open
        top = scale.y(m.high) if m.high is not None else TOP
        bottom = scale.y(m.low if m.low else scale.lo)
        parts.append(f'<line class="bar" x1="{x:.1f}" x2="{x:.1f}" y1="{top:.1f}" y2="{bottom:.1f}" stroke="{colour}"/>')
        if m.high is None:
            parts.append(f'<polygon points="{x - 5:.1f},{TOP + 7} {x + 5:.1f},{TOP + 7} {x:.1f},{TOP - 2}" fill="{colour}"/>')
        y = scale.y(_centre(m, scale))
    parts.append(_shape(shape, x, y, colour))
    if m.conflict:
        parts.append(f'<circle class="conflict-ring" cx="{x:.1f}" cy="{y:.1f}" r="10"/>')
    return "".join(parts) + "</a>"


def _legend_rows(outlets: list[str]) -> list[list[str]]:
    rows: list[list[str]] = [[]]
    used = LEFT
    for o in outlets:
        need = 24 + 7 * len(o)
        if rows[-1] and used + need > W - RIGHT:
            rows.append([])
            used = LEFT
        rows[-1].append(o)
        used += need
    return rows


def _legend(rows: list[list[str]], styles: dict[str, tuple[str, str]], y0: float) -> str:
    out = ['<g class="legend">']
    for r, row in enumerate(rows):
        x = LEFT
        for o in row:
            colour, shape = styles[o]
            out.append(_shape(shape, x + 6, y0 + 20 * r, colour, 5) +
                       f'<text x="{x + 16}" y="{y0 + 20 * r + 4}">{h(o)}</text>')
            x += 24 + 7 * len(o)
    return "".join(out) + "</g>"


def anchor(chart: Chart, m: Mark) -> str:
    """The id of the mark's row in the table under its chart (its evidence)."""
    return f"{chart.id}-{m.fact.id}"
