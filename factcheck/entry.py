"""The console script: answers `--version` before importing typer and rich (start-up under 150 ms).

It also owns the run's end on a signal: Ctrl-C (SIGINT) and SIGTERM (CI runners, `timeout`,
container stops) unwind the run as an exception, so the report being written is removed
(the previous one stays), worker processes are stopped and cache entries stay whole; the
exit code is 128 + the signal number (130, 143), after one line on standard error.
"""
from __future__ import annotations

import os
import signal
import sys
from types import FrameType


class Interrupted(BaseException):
    """Raised by the signal handler; a BaseException so no `except Exception` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_MAIN_PID = 0


def _raise(signum: int, frame: FrameType | None) -> None:
    if os.getpid() != _MAIN_PID:  # a worker forked before it reset the handler: end as the default would, silently
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    signal.signal(signum, signal.SIG_IGN)  # a second signal while unwinding must not interrupt the clean-up
    raise Interrupted(signum)


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from .version import __version__

        sys.stdout.write(f"factcheck {__version__}\n")
        return
    global _MAIN_PID
    _MAIN_PID = os.getpid()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _raise)
    from .cli import app

    try:
        app()
    except Interrupted as e:
        what = "interrupted" if e.signum == signal.SIGINT else "terminated"
        sys.stderr.write(f"factcheck: {what} (signal {e.signum}); no report written, any previous report kept\n")
        sys.exit(128 + e.signum)
