"""Which reader reads which files: the suffix table, in a module of its own so that finding files
(files.py) and choosing a reader (__init__.py) both read it without importing each other."""
from __future__ import annotations

# suffix -> module under factcheck/readers/ (imported on first use: a Markdown run never loads lxml)
READERS = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl"}
