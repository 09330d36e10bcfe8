"""The terminal report at 80 columns: no date or number cut by a wrap, one row per remark,
`--only`, and marks that read without colour."""
from __future__ import annotations

import re
from functools import lru_cache

import pytest

from factcheck.api import check
from factcheck.config import Config
from factcheck.model import Finding
from factcheck.report.common import compact_dates_in, compact_days, grouped
from factcheck.report.terminal import render, render_by_outlet

from .helpers import FIXTURES, run_in

REMARK = FIXTURES / "remark"
TOKEN = re.compile(r"\d[\d,.:\-]*\d|\d")  # numbers, clock times, ISO days, "9-10"


@lru_cache(maxsize=1)
def result():  # type: ignore[no-untyped-def]
    return check([str(REMARK / "corpus")], Config(cache=False))


def source_tokens(res) -> set[str]:  # type: ignore[no-untyped-def]
    """Every number the report could honestly print: from the texts, paths, summaries, days and counts."""
    texts = [d.text for d in res.documents] + [d.path for d in res.documents]
    texts += [compact_dates_in(str(dict(f.detail).get("summary", f.message))) for f in res.findings]
    texts += [compact_days(f.time) or "" for f in res.findings]
    texts += [str(n) for n in range(0, 1000)]  # counts in the header
    return {t.rstrip(",.:-") for text in texts for t in TOKEN.findall(text)}


@pytest.mark.parametrize("width", [80, 120])
def test_no_number_or_date_is_cut_in_two(width: int) -> None:
    res = result()
    out = render(res, width=width)
    lines = out.splitlines()
    assert lines and max(len(line) for line in lines) <= width
    allowed = source_tokens(res)
    printed = {t.rstrip(",.:-") for line in lines for t in TOKEN.findall(line)}
    assert printed <= allowed, printed - allowed  # a cut leaves a fragment such as "16-12-10" or "000"
    for finding in res.findings:  # each compact date whole on one line
        days = compact_days(finding.time)
        assert days is None or any(days in line for line in lines), days
    assert "1,250,000" in out and "2,400,000" in out


def test_measure_place_and_days_on_their_own_lines() -> None:
    lines = render(result(), width=80).splitlines()
    conflict = next(i for i, line in enumerate(lines) if "✗ conflict" in line)
    what = [lines[conflict + k][15:32].strip() for k in range(3)]
    assert what == ["killed", "Lowtown", "9-11 Sep 2023"]


def test_a_remark_quoted_by_four_outlets_is_one_row() -> None:
    res = result()
    quotes = [f for f in res.findings if f.rule == "quote-wording" and f.status == "agree"]
    assert quotes  # one finding per remark (or, before issue 17, one per pair): either way one row
    out = render(res, width=80)
    rows = [line for line in out.splitlines() if "✓ agree" in line and "quote" in line]
    assert len(rows) == 1
    flat = " ".join(out.split())
    assert "quote Amara Okonkwo alike" in flat
    for outlet in ("Continental Wire Service", "Delta Live Blog", "Riverside Radio Transcript", "The Lowtown Gazette"):
        assert outlet in flat


def _finding(fid: str, facts: tuple[str, ...], status: str = "agree", rule: str = "quote-wording") -> Finding:
    return Finding(id=fid, rule=rule, status=status, level="info", kind="quote", facts=facts, message=fid, story="s")


def test_grouped_joins_pairs_of_one_remark_and_keeps_one_finding_per_remark_alone() -> None:
    pairs = [_finding("ab", ("a", "b")), _finding("bc", ("b", "c")), _finding("xy", ("x", "y")),
             _finding("ac", ("a", "c"), status="variant"), _finding("cd", ("c", "d"), rule="other")]
    assert [[f.id for f in g] for g in grouped(pairs)] == [["ab", "bc"], ["xy"], ["ac"], ["cd"]]
    whole = [_finding("abc", ("a", "b", "c")), _finding("xy", ("x", "y"))]  # one finding per remark (issue 17)
    assert [[f.id for f in g] for g in grouped(whole)] == [["abc"], ["xy"]]


def test_compact_days() -> None:
    assert compact_days(("2016-12-09", "2016-12-10")) == "9-10 Dec 2016"
    assert compact_days(("2016-12-10", "2016-12-10")) == "10 Dec 2016"
    assert compact_days(("2023-08-30", "2023-09-02")) == "30 Aug-2 Sep 2023"
    assert compact_days(("2023-12-31", "2024-01-01")) == "31 Dec 2023-1 Jan 2024"
    assert compact_days(None) is None
    assert compact_dates_in("2016-12-10: 100,000 -> 2016-12-15: tens") == "10 Dec 2016: 100,000 -> 15 Dec 2016: tens"


def test_only_filters_by_status_and_piped_output_has_no_colour() -> None:
    r = run_in(REMARK, "check", "corpus", "--only", "conflict,variant")
    assert r.exit_code == 1
    assert "\x1b[" not in r.stdout  # piped: no escape codes, the marks and brackets carry the meaning
    assert "✗ conflict" in r.stdout and "✓ agree" not in r.stdout and "↻ update" not in r.stdout
    assert "[312]" in r.stdout and "[287]" in r.stdout
    assert "1 findings (1 conflict)" in r.stdout
    bad = run_in(REMARK, "check", "corpus", "--only", "conflict,disagree")
    assert bad.exit_code == 2 and "unknown status disagree" in bad.output


def test_by_outlet_fits_80_columns() -> None:
    out = render_by_outlet(result(), width=80)
    assert max(len(line) for line in out.splitlines()) <= 80
    for outlet in ("Continental Wire Service", "Delta Live Blog", "The Lowtown Gazette"):
        row = next(line for line in out.splitlines() if line.strip().startswith(outlet.split()[0]))
        assert re.search(r"(\s+\d+){8}$", row), row  # the eight counts on the outlet's (first) line
    assert "Continental Wire Service: Officials (2)" in out
    r = run_in(REMARK, "check", "corpus", "--by-outlet")
    assert "outlet scorecard" in r.stdout and "sources cited most" in r.stdout


def test_a_meeting_is_one_row_naming_its_outlets_and_everyone_named() -> None:
    res = check([str(FIXTURES.parent.parent / "corpus")], Config(cache=False))
    meetings = [f for f in res.findings if f.kind == "meeting" and f.status == "agree"]
    out = render(res, width=80)
    rows = [line for line in out.splitlines() if "✓ agree" in line and "meeting" in line]
    assert len(rows) == len(meetings) >= 1
    flat = " ".join(out.split())
    for f in meetings:
        union = str(dict(f.detail)["union"])
        assert f"all named: {union}" in flat
        outlets = {d.outlet for d in res.documents if any(x.doc == d.id for x in res.facts if x.id in f.facts)}
        assert f"{len(outlets)} outlets compatible:" in flat
