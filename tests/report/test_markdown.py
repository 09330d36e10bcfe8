"""Markdown: pipes, HTML and backticks in corpus text never change the table or the markup."""
from __future__ import annotations

import re

from factcheck.report.markdown import code, esc

from .helpers import FIXTURES, run_in


def cells(row: str) -> list[str]:
    return re.split(r"(?<!\\)\|", row.strip())[1:-1]


def test_escape() -> None:
    assert esc("a | b") == "a \\| b"
    assert esc("<script>x</script>") == "\\<script\\>x\\</script\\>"
    assert esc("`rm` *x* _y_ [l](u) &amp;") == "\\`rm\\` \\*x\\* \\_y\\_ \\[l\\](u) \\&amp;"
    assert esc("two\nlines") == "two lines"
    assert code("corpus/a.md:3") == "`corpus/a.md:3`"
    assert code("a|b.md:1") == "`a\\|b.md:1`"
    assert code("we`ird.md:1") == "we\\`ird.md:1"


def test_hostile_table_keeps_its_columns() -> None:
    out = run_in(FIXTURES / "hostile", "check", "corpus", "--format", "markdown").stdout
    story, scores = out.split("### Outlet scorecard")
    rows = [line for line in story.splitlines() if line.startswith("| ")]
    assert rows and all(len(cells(r)) == 5 for r in rows)
    rows = [line for line in scores.splitlines() if line.startswith("| ")]
    assert len(rows) == 4 and all(len(cells(r)) == 10 for r in rows)
    assert not re.search(r"(?<!\\)<(script|img)", out)
    assert "`tick`" not in out


def test_conflicts_first_in_each_story() -> None:
    out = run_in(FIXTURES / "conflict", "check", "corpus", "--format", "markdown").stdout
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert "conflict" in rows[0]
    assert "`corpus/reuters-quake.md:9`" in rows[0] and "**25**" in rows[0]


def test_renders_as_intended() -> None:
    """Through a CommonMark + GFM-tables renderer: one table row per finding, corpus text as text."""
    from markdown_it import MarkdownIt  # ships with rich

    from .test_html import parse

    out = run_in(FIXTURES / "hostile", "check", "corpus", "--format", "markdown").stdout
    page = MarkdownIt("commonmark").enable("table").render(out)
    p = parse(page)
    assert p.tags <= {"h2", "h3", "p", "strong", "table", "thead", "tbody", "tr", "th", "td", "code", "br", "ul", "li"}
    story, scores = page.split("<h3>Outlet scorecard</h3>")
    assert story.count("<tr>") == 2 and story.count("<td>") == 5
    assert scores.count("<tr>") == 3 and scores.count("<td") == 2 * 10  # a hostile outlet name splits no cell
    text = "".join(p.text)
    assert "<script>alert('xss')</script> on Saturday | **bold** `code` 100%" in text
    assert "Evil | Wire <img src=x onerror=alert(1)> `tick` 100%" in text
