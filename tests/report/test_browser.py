"""The sample corpus's HTML report in a real browser (headless Chromium): no console
errors (a CSP violation or a script error would be one), a chart per compared measure
with one mark per dated figure in the live DOM, every evidence link resolving, and a
screenshot that is a real image."""
from __future__ import annotations

import json
import struct
from pathlib import Path

from .browser import console_messages, run
from .helpers import TESTS, run_in
from .test_charts import Page, expected_charts

ROOT = TESTS.parent


def test_sample_report_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    r = run_in(ROOT, "check", "corpus", "-o", str(page))
    assert r.exit_code == 1 and page.exists()  # the sample corpus holds a conflict
    report = json.loads(run_in(ROOT, "check", "corpus", "--format", "json").stdout)

    dom = run(page, tmp_path / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_messages(dom.stderr) == []
    live = Page()
    live.feed(dom.stdout)
    expected = expected_charts(report)
    assert ("trapped", "Aleppo") in live.charts
    assert {k: sorted(v) for k, v in live.charts.items()} == {k: sorted(v) for k, v in expected.items()}
    assert "Outlet scorecard" in dom.stdout
    assert live.hrefs and all(h.startswith("#") and h[1:] in live.ids for h in live.hrefs)

    shot = tmp_path / "report.png"
    taken = run(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1100,1400")
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-2000:]
    assert console_messages(taken.stderr) == []
    head = shot.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (1100, 1400)
