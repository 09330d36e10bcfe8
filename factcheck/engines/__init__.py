"""Where the pipeline's functions run. `local` (the default) lives in factcheck/parallel.py;
`dask` (factcheck/engines/dask.py, `pip install factcheck[dask]`) spreads the same functions
over a Dask cluster. An engine never has its own copy of extraction or rule code."""
from __future__ import annotations

ENGINES = ("local", "dask")


class EngineError(Exception):
    """An engine cannot run (Dask not installed, no scheduler at the address)."""
