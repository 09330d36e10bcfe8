"""The engine setting (issue 9) without Dask itself: config keys, flags, and no import of dask by default."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import ConfigError, from_file

ROOT = Path(__file__).resolve().parent.parent


def test_default_install_never_imports_dask():
    code = ("import sys, factcheck, factcheck.cli, factcheck.api, factcheck.engines; "
            "from factcheck.api import check; from factcheck.config import Config; "
            "check(['corpus'], Config(cache=False)); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    version = subprocess.run([sys.executable, "-c", "import sys; from factcheck.entry import main; "
                              "sys.argv = ['factcheck', '--version']; main(); "
                              "assert not [m for m in sys.modules if m.startswith(('dask', 'distributed'))]"],
                             capture_output=True, text=True, check=True)
    assert version.stdout.startswith("factcheck ")


def test_config_file_engine_and_scheduler(tmp_path):
    f = tmp_path / "factcheck.toml"
    f.write_text('engine = "dask"\nscheduler = "tcp://10.0.0.5:8786"\n')
    config = from_file(f)
    assert (config.engine, config.scheduler) == ("dask", "tcp://10.0.0.5:8786")
    f.write_text('engine = "spark"\n')
    with pytest.raises(ConfigError, match='"engine" should be one of local, dask'):
        from_file(f)


def test_unknown_engine_flag(monkeypatch):
    monkeypatch.chdir(ROOT)
    res = CliRunner().invoke(app, ["check", "corpus", "--engine", "spark", "--no-config"])
    assert res.exit_code == 2
    assert "unknown engine 'spark'" in res.output


def test_every_engine_has_the_whole_interface():
    # api.py and cli.py ask an engine what it can do (keep a cache, spill) instead of testing its name
    import typing

    from factcheck.engines import ENGINES, Engine, get

    wanted = set(typing.get_type_hints(Engine)) | {n for n in vars(Engine) if not n.startswith("_")}
    assert {"keeps_cache", "spills", "session", "find_files", "extract", "compare"} <= wanted
    for name in ENGINES:
        engine = get(name)
        assert all(hasattr(engine, n) for n in wanted), name
        assert isinstance(engine.keeps_cache, bool) and isinstance(engine.spills, bool)
    assert get("local").keeps_cache and not get("dask").keeps_cache
