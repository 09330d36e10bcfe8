"""Shared fixtures: the repository root and a helper to build documents inline."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.model import Document

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


def make_doc(text: str, published: str = "2024-03-02", story: str = "s", outlet: str = "Outlet", doc_id: str | None = None) -> Document:
    """A document built in memory, as corpus loading would build it."""
    return Document(id=doc_id or f"d-{abs(hash((text, outlet))) % 10**8}", path=f"{outlet}.md", text=text,
                    published=published, story=story, outlet=outlet)
