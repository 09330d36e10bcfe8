"""Day expressions resolved against the publication date (10 Dec 2016 was a Saturday)."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import find

PUB = dt.date(2016, 12, 10)


@pytest.mark.parametrize("text,window", [
    ("killed on Saturday", ("2016-12-10", "2016-12-10")),
    ("killed on Thursday", ("2016-12-08", "2016-12-08")),
    ("since Friday evening", ("2016-12-09", "2016-12-10")),
    ("from Friday evening into Saturday", ("2016-12-09", "2016-12-10")),
    ("Friday and Saturday", ("2016-12-09", "2016-12-10")),
    ("overnight", ("2016-12-09", "2016-12-10")),
    ("yesterday", ("2016-12-09", "2016-12-09")),
    ("this week", ("2016-12-05", "2016-12-10")),
    ("last week", ("2016-11-28", "2016-12-04")),
    ("on Dec 8", ("2016-12-08", "2016-12-08")),
    ("on 3 December", ("2016-12-03", "2016-12-03")),
    ("on December 30", ("2015-12-30", "2015-12-30")),
])
def test_windows(text: str, window: tuple[str, str]) -> None:
    found = find(text, 0, len(text), PUB)
    assert [t.window for t in found] == [window]


def test_no_expression_no_window() -> None:
    assert find("The toll stood at 40.", 0, 21, PUB) == []
