"""Terminal report (rich): a header, then per story a table of findings, then the
evidence under every conflict and variant with the figure highlighted and path:line.

Written to read at 80 columns: dates are compact ("9-10 Dec 2016"), measure,
place and days each get their own line, no column is narrower than its longest
word (so a wrap never cuts a date or a number in two), and the findings of one
remark or meeting (pairwise comparisons) are one row naming their outlets.
Rendered to a string so the same code serves a terminal, a pipe and `--output`;
colour only when asked for (a terminal without NO_COLOR); the marks and the
[bracketed] figures carry the meaning without it.
"""
from __future__ import annotations

import io
from collections import Counter

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..model import Finding, Result
from .common import MARK, Index, by_story, compact_dates_in, compact_days, counts, grouped, summary_text

LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}
WHAT_CAP = 22  # the "what" column never takes more than this, however long a place name
EXCERPT = 70


def _console(buf: io.StringIO, color: bool, width: int | None) -> Console:
    return Console(file=buf, width=width or 100, color_system="standard" if color else None,
                   force_terminal=color, no_color=not color, highlight=False, emoji=False, soft_wrap=False)


def _done(buf: io.StringIO) -> str:
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    buf = io.StringIO()
    console = _console(buf, color, width)
    index = Index(result)
    console.print(Text(f"factcheck: {counts(result)}", style="bold"))
    for story, findings in by_story(result.findings):
        groups = grouped(findings)
        rows = [(_what(g, index), _figures(g, index)) for g in groups]
        longest = max((len(w) for what, _ in rows for line in what.split("\n") for w in line.split()), default=8)
        table = Table(title=f"story: {story}", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        table.add_column("status", no_wrap=True)
        table.add_column("what", min_width=min(WHAT_CAP, max(longest, 8)), max_width=WHAT_CAP, overflow="fold")
        table.add_column("figures and sources", ratio=1, overflow="fold")
        for g, (what, figures) in zip(groups, rows):
            f = g[0]
            label, style = MARK.get(f.status, (f.status, ""))
            status = Text(label, style=style)
            status.append("\n" + f.level, style=LEVEL_STYLE.get(f.level, ""))
            table.add_row(status, what, figures)
        console.print(table)
        for g in groups:
            if g[0].status in ("conflict", "variant"):
                _evidence(console, g, index, color)
    if result.errors:
        console.print(Text("problems with the input", style="bold"))
        for e in result.errors:
            loc = f"{e.path}:{e.line}" if e.line else e.path
            console.print(Padding(Text(f"{loc}: {e.message}", style="yellow"), (0, 0, 0, 2)))
    if not result.findings and not result.errors:
        console.print("No findings.")
    return _done(buf)


def _subject(group: list[Finding], index: Index) -> str | None:
    """Whose words (quotes) or whose name (spellings) the group is about: the commonest."""
    field = {"quote": "speaker", "entity": "entity"}.get(group[0].kind)
    names = Counter(getattr(fact, field, None) for f in group for fact in index.facts_of(f)) if field else Counter()
    names.pop(None, None)
    return min(names, key=lambda n: (-names[n], -len(n), n)) if names else None  # ties: the fullest name


def _what_lines(group: list[Finding], index: Index) -> list[str]:
    """measure (or kind and subject), place, days: one per line."""
    f = group[0]
    head = f.measure or ("name" if f.kind == "entity" else f.kind)
    return [x for x in (head, _subject(group, index), f.place, compact_days(f.time)) if x]


def _what(group: list[Finding], index: Index) -> str:
    return "\n".join(_what_lines(group, index))


def _outlets(group: list[Finding], index: Index) -> list[str]:
    """The group's outlets in order of publication."""
    facts = {fact.id: fact for f in group for fact in index.facts_of(f)}.values()
    ordered = sorted(facts, key=lambda x: ((d := index.doc(x)) and d.published or "", index.path(x), x.evidence.start))
    return list(dict.fromkeys(index.outlet(fact) for fact in ordered))


def _figures(group: list[Finding], index: Index) -> str:
    """The finding's summary, an update one step a line; a remark several outlets quote alike
    is one line naming them, and every quote row shows (the start of) the words."""
    first = group[0]
    if len(group) > 1 and first.kind == "quote" and first.status == "agree":
        outlets = _outlets(group, index)
        text = f"{len(outlets)} outlets quote {_subject(group, index) or 'the speaker'} alike: {', '.join(outlets)}"
    elif first.kind == "meeting" and first.status == "agree" and all(dict(f.detail).get("union") for f in group):
        outlets = _outlets(group, index)  # who named whom stays in the other formats; here: who, and all named
        named = dict.fromkeys(n for f in group for n in str(dict(f.detail)["union"]).split(", "))
        text = f"{len(outlets)} outlets compatible: {', '.join(outlets)}\nall named: {', '.join(named)}"
    else:
        seen = dict.fromkeys(compact_dates_in(summary_text(f)) for f in group)
        text = "\n".join(s.replace("over time: ", "over time:\n").replace(" -> ", "\n→ ") for s in seen)
    if first.kind == "quote" and first.status == "agree":
        facts = [fact for f in group for fact in index.facts_of(f)]
        words = " ".join(min((fact.text for fact in facts if fact.text), key=len, default="").split())
        if len(words) > EXCERPT:
            words = words[:EXCERPT].rsplit(" ", 1)[0] + " …"
        text += f"\n“{words}”" if words else ""
    return text


def _evidence(console: Console, group: list[Finding], index: Index, color: bool) -> None:
    finding = group[0]
    label, style = MARK.get(finding.status, (finding.status, ""))
    head = " · ".join(_what_lines(group, index))
    console.print(Text(f"{label}: {head}", style=style))
    seen: set[str] = set()
    for f in group:
        for fact in index.facts_of(f):
            if fact.id in seen:
                continue
            seen.add(fact.id)
            before, words, after = index.marked(fact)
            console.print(Padding(Text(f"{index.path(fact)}:{fact.evidence.line} ({index.outlet(fact)})", style="dim"),
                                  (0, 0, 0, 2)))
            body = Text(before)
            if words:
                body.append(f"[{words}]" if not color else words, style="bold underline" if color else "")
            body.append(after)
            console.print(Padding(body, (0, 0, 0, 4)))


SHORT = {"documents": "docs", "figures": "figs", "agree": "agree", "conflict": "confl", "single": "only",
         "first": "first", "revised": "rev", "unattributed": "no src"}


def render_by_outlet(result: Result, *, color: bool = False, width: int | None = None) -> str:
    """The outlet scorecard (`--by-outlet`): a row of counts per outlet, then the sources each cites most."""
    from .scorecard import as_dict, scorecard, sources_text

    buf = io.StringIO()
    console = _console(buf, color, width)
    console.print(Text(f"factcheck: {counts(result)}", style="bold"))
    table = Table(title="outlet scorecard", title_justify="left", box=box.SIMPLE_HEAD, expand=True, padding=(0, 1))
    table.add_column("outlet", ratio=1, min_width=12)
    for label in SHORT.values():
        table.add_column(label, justify="right", no_wrap=True)
    scores = scorecard(result)
    for score in scores:
        d = as_dict(score)
        table.add_row(score.outlet, *(str(d[key]) for key in SHORT))
    console.print(table)
    cited = [s for s in scores if s.sources]
    if cited:
        console.print(Text("sources cited most", style="bold"))
        for score in cited:
            console.print(Padding(Text(f"{score.outlet}: {sources_text(score)}"), (0, 0, 0, 2)))
    console.print(Text("docs: reports; figs: figures a finding cites; agree, confl: figures agreeing with another "
                       "outlet, in a conflict; only: figures no other outlet has; first: comparisons it published "
                       "first; rev: figures a later one replaced; no src: figures credited to no one. "
                       "See docs/scorecard.md.", style="dim"))
    return _done(buf)
