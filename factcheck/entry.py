"""The console script: answers `--version` before importing typer and rich (start-up under 150 ms)."""
from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        sys.stdout.write(f"factcheck {__version__}\n")
        return
    from .cli import app

    app()
