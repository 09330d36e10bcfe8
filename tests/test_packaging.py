"""`pip install .` (not editable) ships only the packages pyproject.toml lists: a new subpackage left
out installs a factcheck that fails on import, which the tests (run from the checkout) would not see."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "factcheck").rglob("__init__.py")}
    assert found - listed == set()
