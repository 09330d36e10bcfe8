"""The package's version, in a module of its own: the cache, the CLI and the SARIF writer read it
without importing the package's lazy API (factcheck/__init__.py), which would close an import cycle."""
from __future__ import annotations

__version__ = "0.1.0"
