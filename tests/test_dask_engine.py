"""--engine dask gives the local engine's report byte for byte (issue 9).

One LocalCluster (2 worker processes) serves the module; the dask runs point
--scheduler at it, so no test pays for a cluster start of its own.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")

from typer.testing import CliRunner  # noqa: E402

from factcheck.api import check  # noqa: E402
from factcheck.cli import app  # noqa: E402
from factcheck.config import Config  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def _report(tmp_path: Path, name: str, *args: str) -> tuple[int, bytes]:
    out = tmp_path / name
    res = CliRunner().invoke(app, ["check", *args, "-f", "json", "-o", str(out), "--no-config", "--no-progress"])
    assert res.exit_code in (0, 1), res.output
    return res.exit_code, out.read_bytes()


def test_sample_corpus_identical(cluster, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    local = _report(tmp_path, "local.json", "corpus", "--no-cache")
    dask = _report(tmp_path, "dask.json", "corpus", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert dask == local


def test_generated_corpus_identical(cluster, tmp_path, monkeypatch):
    corpus = tmp_path / "gen"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(corpus), "--docs", "2000",
                    "--stories", "200", "--seed", "7", "-q"], check=True)
    assert len(list(corpus.rglob("*.md"))) >= 2000
    monkeypatch.chdir(tmp_path)
    local = _report(tmp_path, "local.json", "gen", "--no-cache", "--jobs", "2")
    dask = _report(tmp_path, "dask.json", "gen", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert dask == local
    assert b'"conflict"' in local[1]


def _shape(result):  # type: ignore[no-untyped-def]
    """What does not depend on how paths are spelled (ids are hashes of the path)."""
    return (len(result.documents), len(result.facts), sorted(d.story for d in result.documents),
            sorted((f.rule, f.status, f.level, f.measure or "") for f in result.findings))


def test_file_urls_and_globs(cluster):
    local = check([str(ROOT / "corpus")], Config(cache=False))
    url = (ROOT / "corpus").as_uri()
    dask = check([url + "/*.md"], Config(engine="dask", scheduler=cluster.scheduler_address))
    assert _shape(dask) == _shape(local) and local.findings
    assert all(d.path.startswith(url + "/") for d in dask.documents)
    assert _shape(check([url], Config(engine="dask", scheduler=cluster.scheduler_address))) == _shape(local)


def test_missing_url_is_an_input_error(cluster):
    result = check([(ROOT / "corpus").as_uri() + "/nothing-*.md"], Config(engine="dask", scheduler=cluster.scheduler_address))
    assert not result.documents
    assert [e.message for e in result.errors] == ["no files match this pattern"]


def test_memory_filesystem_in_process_cluster():
    """memory:// lives in one process: only a cluster of threads in this process can read it."""
    mem = fsspec.filesystem("memory")
    for p in sorted((ROOT / "corpus").glob("*.md")):
        mem.pipe(f"/news/aleppo/{p.name}", p.read_bytes())
    try:
        local = check([str(ROOT / "corpus")], Config(cache=False))
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as c:
            dask = check(["memory://news/aleppo/*.md"], Config(engine="dask", scheduler=c.scheduler_address))
        assert _shape(dask) == _shape(local)
        assert dask.documents[0].path.startswith("memory:///news/aleppo/")
    finally:
        mem.rm("/news", recursive=True)


def test_local_cluster_started_and_closed(tmp_path, monkeypatch):
    """Without --scheduler the engine starts a LocalCluster of --jobs workers and closes it."""
    monkeypatch.chdir(ROOT)
    local = _report(tmp_path, "local.json", "corpus", "--no-cache")
    assert _report(tmp_path, "dask.json", "corpus", "--engine", "dask", "--jobs", "1") == local
    from factcheck.engines import dask as engine

    assert engine._active is None


def test_entries_are_streamed_not_listed(cluster, tmp_path):
    # a feed of many records must never be held whole: read a few chunks ahead per worker, in order
    from factcheck.engines import dask as engine

    for i in range(400):
        (tmp_path / f"r{i:03d}.md").write_text(f"Floods killed {i + 1} people in Riverton on Monday.\n", encoding="utf-8")
    pulled = []

    def entries():
        for i in range(400):
            pulled.append(i)
            yield str(tmp_path / f"r{i:03d}.md")

    out = engine.extract(entries(), Config(engine="dask", scheduler=cluster.scheduler_address))
    _, (doc, facts, _) = next(out)
    assert doc.path.endswith("r000.md") and len(pulled) < 400
    rest = [item[0].path for _, item in out]
    assert [Path(p).name for p in rest] == [f"r{i:03d}.md" for i in range(1, 400)]
