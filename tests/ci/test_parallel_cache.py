"""--jobs and the cache never change the output: byte-identical for 1 or 2 jobs, cold or warm."""
from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parents[2]


def corpus(tmp_path: Path) -> Path:
    """40 reports in 8 stories (more than one chunk of work per process)."""
    out = tmp_path / "corpus"
    for i in range(8):
        story = out / f"story-{i}"
        story.mkdir(parents=True)
        for f in sorted((ROOT / "corpus").glob("*.md")):
            text = f.read_text(encoding="utf-8").replace("story: aleppo-2016-12", f"story: s{i}")
            (story / f.name).write_text(text.replace("Twenty-five", ["Twenty-five", "Thirty"][i % 2]), encoding="utf-8")
    return out


def run(args: list[str], out: Path) -> bytes:
    r = CliRunner().invoke(app, [*args, "-f", "json", "-o", str(out), "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    return out.read_bytes()


def test_jobs_and_cache_give_identical_bytes(tmp_path: Path) -> None:
    c = corpus(tmp_path)
    cache = tmp_path / "cache"
    base = run(["check", str(c), "--jobs", "1", "--no-cache"], tmp_path / "a.json")
    cold = run(["check", str(c), "--jobs", "2", "--cache-dir", str(cache)], tmp_path / "b.json")
    assert any(cache.rglob("*.pickle"))
    warm = run(["check", str(c), "--jobs", "2", "--cache-dir", str(cache)], tmp_path / "c.json")
    warm1 = run(["check", str(c), "--jobs", "1", "--cache-dir", str(cache)], tmp_path / "d.json")
    assert base == cold == warm == warm1


def test_cache_invalidated_by_edits_and_lexicons(tmp_path: Path) -> None:
    c = corpus(tmp_path)
    cache = tmp_path / "cache"
    before = run(["check", str(c), "--cache-dir", str(cache)], tmp_path / "a.json")
    doc = next(c.rglob("fox6-*.md"))
    doc.write_text(doc.read_text(encoding="utf-8").replace("165 wounded", "166 wounded"), encoding="utf-8")
    after = run(["check", str(c), "--cache-dir", str(cache)], tmp_path / "b.json")
    assert b"166" in after and before != after
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules" / "lexicons", rules / "lexicons")
    measures = rules / "lexicons" / "measures.yaml"
    measures.write_text(measures.read_text().replace("'wounded|wounding|wounds'", "'wounding|wounds'"))
    relexed = run(["check", str(c), "--cache-dir", str(cache), "--rules", str(rules)], tmp_path / "c.json")
    assert relexed != after


def test_unchanged_rerun_reuses_the_report_and_keeps_exit_codes(tmp_path: Path) -> None:
    c = corpus(tmp_path)
    cache = tmp_path / "cache"
    out = tmp_path / "r.sarif"
    args = ["check", str(c), "--cache-dir", str(cache), "-o", str(out)]
    first = CliRunner().invoke(app, args)
    body = out.read_bytes()
    assert first.exit_code == 1 and any((cache / "v1" / "reports").iterdir())
    out.unlink()
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 1 and out.read_bytes() == body
    assert CliRunner().invoke(app, [*args, "--fail-on", "never"]).exit_code == 0
    assert CliRunner().invoke(app, [*args, "--level", "casualty-figures=info"]).exit_code == 0  # a setting in the key


def test_built_gazetteer_is_kept_in_the_cache_and_reused(tmp_path: Path) -> None:
    from factcheck.ci.cache import Cache
    from factcheck.extract import places

    cache = Cache(tmp_path / "cache")
    try:
        places.use_cache(cache, "fingerprint-a")
        places.gazetteer.__wrapped__(())  # build (the per-process memo bypassed) and store
        stored = list((tmp_path / "cache").rglob("*.pickle"))
        assert len(stored) == 1
        again = places.gazetteer.__wrapped__(())  # read back, not rebuilt
        assert cache.hits == 1
        assert [p.canonical for p in again.find("Shelling in eastern Aleppo and Damascus")] == ["Aleppo", "Damascus"]
        places.use_cache(cache, "fingerprint-b")  # other rules or version: another entry
        places.gazetteer.__wrapped__(())
        assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 2
        places.use_cache(Cache(tmp_path / "off", enabled=False))  # --no-cache: nothing read or written
        places.gazetteer.__wrapped__(())
        assert not (tmp_path / "off").exists()
    finally:
        places.use_cache(None)


def test_unchanged_files_are_not_read_again_and_any_edit_is_seen(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The stat index (size, mtime, ctime, inode) spares reading unchanged files, like git's index."""
    import os

    from factcheck.ci import cache as caching

    files = []
    for k in range(3):
        f = tmp_path / f"brief-{k}.md"
        f.write_text(f"MILL TOWN -- {k + 4} workers were hurt in the boiler blast on Monday, the plant manager said.\n")
        os.utime(f, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))  # old: not a "racy" entry
        files.append(str(f))
    store = caching.Cache(tmp_path / "cache")
    first = caching.file_keys(files, "fp", store)
    reads: list[str] = []
    real = caching.doc_key
    monkeypatch.setattr(caching, "doc_key", lambda fp, p: reads.append(p) or real(fp, p))
    assert caching.file_keys(files, "fp", store) == first and reads == []
    edited = tmp_path / "brief-1.md"
    edited.write_text(edited.read_text().replace("hurt", "hurr"))  # same size, same mtime set back: ctime still moves
    os.utime(edited, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    again = caching.file_keys(files, "fp", store)
    assert reads == [str(edited)] and again[1] != first[1] and again[0::2] == first[0::2]


def test_a_reused_report_follows_edited_rule_files_and_where_rules_come_from(tmp_path: Path) -> None:
    """The reuse key takes the rules from their files' bytes (not by loading them): an edit writes
    a new report; the same rules from another directory give the same one."""
    c = corpus(tmp_path)
    cache = tmp_path / "cache"
    rules = tmp_path / "mine"
    rules.mkdir()
    shutil.copy(ROOT / "rules" / "casualties.yaml", rules / "casualties.yaml")
    out = tmp_path / "r.json"
    args = ["check", str(c), "--cache-dir", str(cache), "-f", "json", "-o", str(out), "--fail-on", "never",
            "--only-rules", "--rules"]
    first = run(args + [str(rules)], out)
    rule = rules / "casualties.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("level: error", "level: warning"), encoding="utf-8")
    edited = run(args + [str(rules)], out)
    assert b'"level": "warning"' in edited and edited != first
    other = tmp_path / "theirs"
    shutil.copytree(rules, other)
    assert run(args + [str(other)], out) == edited
    rule.write_text(rule.read_text(encoding="utf-8").replace("level: warning", "level: error"), encoding="utf-8")
    assert run(args + [str(rules)], out) == first


def test_code_fingerprint_covers_the_whole_package():
    # an edited extractor must invalidate the cache, wherever the cache module itself lives
    import factcheck
    from factcheck.ci.cache import code_files

    root = Path(factcheck.__file__).resolve().parent.parent
    names = {p.relative_to(root).as_posix() for p in code_files()}
    assert {"factcheck/extract/quantities.py", "factcheck/rules/numeric.py", "factcheck/ci/cache.py"} <= names
