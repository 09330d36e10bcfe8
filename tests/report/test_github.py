"""GitHub workflow commands: escaped so corpus text can never break out of a command."""
from __future__ import annotations

import re

from factcheck.report.github import command, escape_data, escape_property

from .helpers import FIXTURES, run_in


def test_escaping_rules() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert command("error", "x\n::set-output name=a::b", file="we,ird:name.md", line=3) == \
        "::error file=we%2Cird%3Aname.md,line=3::x%0A::set-output name=a::b"
    assert command("notice", "m") == "::notice::m"


def test_one_line_per_annotation() -> None:
    out = run_in(FIXTURES / "hostile", "check", "corpus", "--format", "github").stdout
    lines = out.splitlines()
    assert lines[0].startswith("factcheck: ")
    assert [line.split(" ", 1)[0] for line in lines[1:]] == ["::error", "::error"]  # the finding, the input problem
    assert "100%25" in lines[1] and "col=13" in lines[1]
    assert re.match(r"::error file=corpus/plain-wire\.md,line=\d+,title=factcheck%3A input problem::unknown front", lines[2])
