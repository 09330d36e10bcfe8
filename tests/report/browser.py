"""A headless Chromium for the report tests: found on PATH, else the test skips, but in CI
(CI=true, where .ci/run installs Debian's chromium) a missing browser is a failure."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium() -> str:
    """The browser's path; skips the test when there is none, fails it in CI."""
    exe = next((p for p in map(shutil.which, NAMES) if p), None)
    if exe is None:
        message = "no Chromium on PATH (.ci/run installs Debian's chromium package)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message + ": required in CI")
        pytest.skip(message)
    return exe


def run(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Open `page` headless with console messages logged to stderr (lines holding ':CONSOLE')."""
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--log-level=0", *args, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]
