"""Spans already claimed in a text, for the extractors' "is this stretch still free?" test.

Entities, unknown places and recurring town names each claim spans as they go and skip a
candidate that overlaps one. Asking every claimed span for every candidate was quadratic: a
275 KB report naming 6,000 places spent 17 s there (issue 19). Kept sorted by start, a test
looks only at the spans that can reach the asked one: those starting within the widest
claimed span's width before it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.width = max((b - a for a, b in self.spans), default=0)

    def overlaps(self, s: int, e: int) -> bool:
        """Does [s, e) overlap a claimed span (a < e and s < b)?"""
        i = bisect_left(self.starts, s - self.width + 1)  # a span starting earlier ends by s
        starts, spans = self.starts, self.spans
        while i < len(starts) and starts[i] < e:
            if spans[i][1] > s:
                return True
            i += 1
        return False

    def add(self, s: int, e: int) -> None:
        i = bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.spans.insert(i, (s, e))
        if e - s > self.width:
            self.width = e - s
