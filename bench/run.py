#!/usr/bin/env python3
"""Benchmark runner for factcheck on synthetic corpora from bench/generate.py.

Why this exists: speed, memory and recall of planted contradictions must be
measured the same way every time, on corpora of known size and known ground
truth, against whatever factcheck CLI is installed (the CLI is still growing,
so flags it does not know yet are detected and skipped, not fatal).

For each size it generates (or reuses) a corpus, then times

    factcheck check DIR --format json --output R.json --no-cache   (cold)
    factcheck check DIR --format json --output R.json              (warm, after one untimed priming run)

and reports the median wall time, documents/s, MB/s of body text, the peak
RSS of the child process, the per-stage split if the report has a top-level
``timings`` object, how many planted conflicts the report found, and the share
of its conflict findings that are planted ones (conflict precision: the corpus
holds no other contradiction, so every other conflict finding is a false alarm).

Usage::

    python bench/run.py --sizes 100 1000 10000 --repeat 3 [--jobs 1 2] [--factcheck CMD]
    python bench/run.py --self-test      # check the report-matching logic on a hand-made report
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import json
import multiprocessing
import os
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Sequence

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
import generate  # noqa: E402  (sibling module, imported by path on purpose)


# --------------------------------------------------------------------------
# Locating and probing the CLI
# --------------------------------------------------------------------------


def resolve_command(spec: str | None) -> tuple[list[str], dict[str, str]]:
    """The factcheck command to run, and extra environment for it.

    Why the fallbacks: the runner must work from a fresh checkout, with the
    package installed (``factcheck`` on PATH), only in the repo's .venv, or not
    installed at all (``python -m factcheck`` with the repo on PYTHONPATH).
    """
    if spec:
        return shlex.split(spec), {}
    found = shutil.which("factcheck")
    if found:
        return [found], {}
    venv = REPO / ".venv" / "bin" / "factcheck"
    if venv.exists():
        return [str(venv)], {}
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return [sys.executable, "-m", "factcheck"], {"PYTHONPATH": path}


def probe(cmd: list[str], env: dict[str, str]) -> tuple[str | None, str]:
    """Return (help text of `check`, version string); help is None if the CLI cannot run."""
    full_env = {**os.environ, **env, "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"}
    try:
        res = subprocess.run([*cmd, "check", "--help"], capture_output=True, text=True, timeout=120,
                             env=full_env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"cannot run {shlex.join(cmd)}: {exc}"
    text = res.stdout + res.stderr
    if res.returncode != 0 or "--output" not in text and "--format" not in text:
        return None, f"`{shlex.join(cmd)} check --help` failed (exit {res.returncode}): {text.strip()[:300]}"
    try:
        ver = subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=60, env=full_env)
        version = (ver.stdout or ver.stderr).strip().splitlines()[0] if ver.returncode == 0 else "unknown"
    except (OSError, subprocess.TimeoutExpired, IndexError):
        version = "unknown"
    return text, version


def supports(help_text: str, flag: str) -> bool:
    """True if `flag` appears as a whole option in the help text (not as a prefix of another)."""
    return re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", help_text) is not None


# --------------------------------------------------------------------------
# Running one timed child
# --------------------------------------------------------------------------


@dataclass
class RunResult:
    """One execution of the CLI."""

    seconds: float
    returncode: int
    peak_rss_mb: float | None
    stderr_tail: str = ""


def run_child(argv: list[str], env: dict[str, str], timeout: float | None, log_dir: Path) -> RunResult:
    """Run argv, measuring wall time and the child's own peak RSS.

    Why os.wait4: it returns the resource usage of exactly this child
    (ru_maxrss is the peak of the child or of any of its own waited-for
    descendants), whereas RUSAGE_CHILDREN is a running maximum over every
    child this runner ever had, so a small run after a big one would read
    wrong.  RUSAGE_CHILDREN is used only where wait4 is unavailable.
    Output goes to files, not pipes, so a chatty child can never block.
    """
    out_path, err_path = log_dir / "stdout.txt", log_dir / "stderr.txt"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env={**os.environ, **env})
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        try:
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                seconds = time.perf_counter() - t0
                proc.returncode = os.waitstatus_to_exitcode(status)
                maxrss: int | None = usage.ru_maxrss
            else:  # pragma: no cover - non-POSIX fallback
                proc.wait()
                seconds = time.perf_counter() - t0
                after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                maxrss = after if after > before else None
        finally:
            if timer:
                timer.cancel()
    # ru_maxrss is KiB on Linux, bytes on macOS
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    rss = round(maxrss * scale, 1) if maxrss else None
    tail = err_path.read_text(encoding="utf-8", errors="replace")[-2000:]
    return RunResult(seconds, proc.returncode, rss, tail)


# --------------------------------------------------------------------------
# Reading a report
# --------------------------------------------------------------------------


def _ids(items: Any) -> list[str]:
    """Fact ids listed by a finding: plain ids, or objects carrying an "id"."""
    out: list[str] = []
    for it in items or []:
        if isinstance(it, dict):
            if "id" in it:
                out.append(str(it["id"]))
        else:
            out.append(str(it))
    return out


def _contains(value: Any, v: float) -> bool:
    """True if a fact's value {low, high} (None = open end) includes v."""
    if not isinstance(value, dict):
        return isinstance(value, (int, float)) and value == v
    lo, hi = value.get("low"), value.get("high")
    if lo is None and hi is None:
        return False
    return (lo is None or lo <= v) and (hi is None or v <= hi)


def _ends_with(path: str, rel: str) -> bool:
    """Compare by whole path components, whatever the separator or prefix."""
    p = PurePosixPath(str(path).replace("\\", "/")).parts
    r = PurePosixPath(rel).parts
    return len(p) >= len(r) and tuple(p[-len(r):]) == tuple(r)


def find_timings(report: dict) -> dict[str, float] | None:
    """Stage -> seconds from the report's top-level `timings` (or summary.timings), if any."""
    for holder in (report, report.get("summary") or {}):
        t = holder.get("timings") if isinstance(holder, dict) else None
        if isinstance(t, dict):
            out = {str(k): float(v) for k, v in t.items() if isinstance(v, (int, float))}
            if out:
                return out
    return None


def analyse(report: dict, manifest: dict) -> dict[str, Any]:
    """Count planted conflicts the report found, plus basic totals.

    A planted conflict counts as found when one finding with status
    "conflict" lists facts that include, for the planted measure, a fact
    whose value contains values[i] and whose document path ends with
    files[i], for both i.  Facts without a measure inherit the finding's.
    """
    docs = {str(d.get("id")): str(d.get("path", "")) for d in report.get("documents") or []}
    facts = {str(f.get("id")): f for f in report.get("facts") or []}
    conflicts = [f for f in report.get("findings") or [] if f.get("status") == "conflict"]
    found: list[dict] = []
    missed: list[dict] = []
    planted_ids: set = set()  # conflict findings that are a planted conflict: the rest are false alarms
    for pc in manifest.get("planted_conflicts") or []:
        measure = str(pc["measure"]).lower()
        hit = None
        for finding in conflicts:
            fmeasure = str(finding.get("measure") or "").lower()
            members = [facts[i] for i in _ids(finding.get("facts")) if i in facts]
            ok = True
            for value, rel in zip(pc["values"], pc["files"]):
                if not any(str(f.get("measure") or fmeasure).lower() == measure
                           and _contains(f.get("value"), value)
                           and _ends_with(docs.get(str(f.get("doc")), ""), rel)
                           for f in members):
                    ok = False
                    break
            if ok:
                hit = finding.get("id")
                planted_ids.add(hit)
        (found if hit is not None else missed).append({"story": pc["story"], "measure": pc["measure"],
                                                       "values": pc["values"], "finding": hit})
    return {
        "documents": len(docs), "facts": len(facts), "findings": len(report.get("findings") or []),
        "conflict_findings": len(conflicts), "planted": len(found) + len(missed),
        "conflict_precision": (len(planted_ids) / len(conflicts)) if conflicts else None,
        "planted_found": len(found), "missed": missed, "timings": find_timings(report),
    }


# --------------------------------------------------------------------------
# Corpus cache
# --------------------------------------------------------------------------


def ensure_corpus(out_root: Path, docs: int, stories: int, seed: int, share: float,
                  regenerate: bool) -> tuple[Path, dict, float | None]:
    """Reuse a corpus generated with the same parameters, or generate it.

    Returns (directory, manifest, generation seconds or None if reused).
    """
    d = out_root / f"corpus-d{docs}-s{stories}-seed{seed}-c{share:g}"
    want = {"docs": docs, "stories": stories, "seed": seed, "conflict_share": share,
            "generator_version": generate.GENERATOR_VERSION}
    mpath = d / "manifest.json"
    if not regenerate and mpath.exists() and not (d / generate.IN_PROGRESS).exists():
        try:
            manifest = json.loads(mpath.read_text(encoding="utf-8"))
            if manifest.get("params") == want:
                return d, manifest, None
        except (OSError, ValueError):
            pass
    if d.exists():
        if not (mpath.exists() or (d / generate.IN_PROGRESS).exists()):
            raise SystemExit(f"error: {d} exists but is not a generated corpus; move it away")
        shutil.rmtree(d)
    t0 = time.perf_counter()
    manifest = generate.generate(d, docs, stories, seed, share, log=lambda s: print(f"  {s}"))
    return d, manifest, time.perf_counter() - t0


# --------------------------------------------------------------------------
# Main loop
# --------------------------------------------------------------------------


@dataclass
class Row:
    """Aggregated result of one (size, variant, jobs) combination."""

    docs: int
    stories: int
    mb: float
    variant: str
    jobs: int | None
    runs: list[float] = field(default_factory=list)
    returncodes: list[int] = field(default_factory=list)
    peak_rss_mb: list[float | None] = field(default_factory=list)
    median_s: float | None = None
    docs_per_s: float | None = None
    mb_per_s: float | None = None
    max_rss_mb: float | None = None
    planted: int | None = None
    planted_found: int | None = None
    conflict_findings: int | None = None
    conflict_precision: float | None = None  # share of conflict findings that are planted conflicts
    facts: int | None = None
    timings: dict[str, float] | None = None
    error: str | None = None
    stderr_tail: str | None = None
    missed: list[dict] = field(default_factory=list)


def fmt_stage(t: dict[str, float] | None) -> str:
    return "n/a" if not t else " ".join(f"{k}={v:.2f}s" for k, v in t.items())


def print_table(rows: list[Row]) -> None:
    """A plain, fixed-width table (no colours, so it pastes into issues)."""
    head = ("docs", "MB", "variant", "jobs", "median s", "docs/s", "MB/s", "peak RSS MB",
            "planted found", "conflicts", "precision", "stages")
    lines = [head]
    for r in rows:
        lines.append((
            str(r.docs), f"{r.mb:.1f}", r.variant, "-" if r.jobs is None else str(r.jobs),
            "-" if r.median_s is None else f"{r.median_s:.2f}",
            "-" if r.docs_per_s is None else f"{r.docs_per_s:.0f}",
            "-" if r.mb_per_s is None else f"{r.mb_per_s:.2f}",
            "-" if r.max_rss_mb is None else f"{r.max_rss_mb:.0f}",
            "-" if r.planted is None else f"{r.planted_found}/{r.planted}",
            "-" if r.conflict_findings is None else str(r.conflict_findings),
            "-" if r.conflict_precision is None else f"{r.conflict_precision:.2f}",
            r.error or fmt_stage(r.timings),
        ))
    widths = [max(len(l[i]) for l in lines) for i in range(len(head))]
    for n, l in enumerate(lines):
        print("  ".join(c.ljust(w) if i in (2, 11) else c.rjust(w) for i, (c, w) in enumerate(zip(l, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def read_report(path: str, manifest: dict, full: bool) -> tuple[dict[str, float] | None, dict[str, Any] | None]:
    """Stage timings (and, if `full`, the planted-conflict analysis) of one JSON report."""
    report = json.loads(Path(path).read_text(encoding="utf-8"))
    return find_timings(report), (analyse(report, manifest) if full else None)


@functools.lru_cache(maxsize=1)
def _analyser() -> concurrent.futures.ProcessPoolExecutor:
    """Reports are parsed in a fresh small process, never in the runner.

    Why: Linux carries a process's peak RSS over fork and exec into the child's
    ru_maxrss, so once the runner had parsed a 10,000-document report (about 1 GB
    of Python objects), every later child "peaked" at 1 GB whatever it used."""
    ctx = multiprocessing.get_context("forkserver")
    return concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=ctx, max_tasks_per_child=1)


def bench_variant(row: Row, argv: list[str], env: dict[str, str], repeat: int, prime: bool,
                  timeout: float | None, work: Path, manifest: dict) -> None:
    """Run one variant `repeat` times (after an optional untimed priming run) and fill `row`."""
    report_path = Path(argv[argv.index("--output") + 1])
    if prime:
        report_path.unlink(missing_ok=True)
        res = run_child(argv, env, timeout, work)
        if res.returncode not in (0, 1) or not report_path.exists():
            row.error = f"priming run failed (exit {res.returncode}): {last_line(res.stderr_tail)}"
            row.stderr_tail = res.stderr_tail
            return
    stage_runs: list[dict[str, float]] = []
    analysis: dict[str, Any] | None = None
    for i in range(repeat):
        report_path.unlink(missing_ok=True)
        res = run_child(argv, env, timeout, work)
        row.returncodes.append(res.returncode)
        # factcheck exits 1 when it has findings: that is success for a benchmark
        if res.returncode not in (0, 1) or not report_path.exists():
            row.error = f"exit {res.returncode}{'' if report_path.exists() else ', no report'}: " \
                        f"{last_line(res.stderr_tail)}"
            row.stderr_tail = res.stderr_tail
            return
        row.runs.append(round(res.seconds, 4))
        row.peak_rss_mb.append(res.peak_rss_mb)
        try:
            t, got = _analyser().submit(read_report, str(report_path), manifest, analysis is None).result()
        except (OSError, ValueError) as exc:
            row.error = f"unreadable report: {exc}"
            return
        if t:
            stage_runs.append(t)
        if analysis is None:  # identical across repeats; parse big reports once
            analysis = got
    row.median_s = round(statistics.median(row.runs), 4)
    row.docs_per_s = round(row.docs / row.median_s, 1) if row.median_s else None
    row.mb_per_s = round(row.mb / row.median_s, 3) if row.median_s else None
    rss = [r for r in row.peak_rss_mb if r is not None]
    row.max_rss_mb = max(rss) if rss else None
    if stage_runs:
        keys = list(dict.fromkeys(k for t in stage_runs for k in t))
        row.timings = {k: round(statistics.median(t[k] for t in stage_runs if k in t), 4) for k in keys}
    if analysis:
        row.planted = analysis["planted"]
        row.planted_found = analysis["planted_found"]
        row.conflict_findings = analysis["conflict_findings"]
        row.conflict_precision = analysis["conflict_precision"]
        row.facts = analysis["facts"]
        row.missed = analysis["missed"][:20]


def last_line(text: str) -> str:
    """The gist of a failure: the last two non-empty stderr lines (exception type and message)."""
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    return " | ".join(lines[-2:])[:300] if lines else "(no stderr)"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000], help="corpus sizes in documents")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per variant; the median is reported")
    ap.add_argument("--jobs", type=int, nargs="+", default=None,
                    help="also pass --jobs N for each N (skipped with a note if the CLI has no --jobs)")
    ap.add_argument("--factcheck", default=None,
                    help="command to run, e.g. 'factcheck' or 'python -m factcheck' (default: found automatically)")
    ap.add_argument("--docs-per-story", type=float, default=10.0, help="stories = size / this (default 10)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--conflict-share", type=float, default=0.1)
    ap.add_argument("--out", type=Path, default=BENCH / "out", help="where corpora are cached (default bench/out)")
    ap.add_argument("--results", type=Path, default=BENCH / "results.json")
    ap.add_argument("--regenerate", action="store_true", help="regenerate corpora even if cached")
    ap.add_argument("--timeout", type=float, default=None, help="kill a run after this many seconds")
    ap.add_argument("--self-test", action="store_true", help="test the report-matching logic and exit")
    args = ap.parse_args(argv)

    if args.self_test:
        return self_test()
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    cmd, env = resolve_command(args.factcheck)
    help_text, version = probe(cmd, env)
    notes: list[str] = []
    if help_text is None:
        print(f"error: {version}", file=sys.stderr)
        return 2
    print(f"factcheck: {shlex.join(cmd)} ({version})")
    has = {f: supports(help_text, f) for f in ("--no-cache", "--jobs", "--no-progress", "--format", "--output")}
    for flag in ("--format", "--output"):
        if not has[flag]:
            print(f"error: `check` has no {flag}; cannot collect a JSON report", file=sys.stderr)
            return 2
    if not has["--no-cache"]:
        notes.append("--no-cache not supported: cold variant skipped; the 'plain' variant is every run as-is")
    jobs_values: list[int | None] = [None]
    if args.jobs:
        if has["--jobs"]:
            jobs_values = list(dict.fromkeys(args.jobs))
        else:
            notes.append(f"--jobs not supported: --jobs {' '.join(map(str, args.jobs))} variants skipped")
    for n in notes:
        print(f"note: {n}")

    rows: list[Row] = []
    corpora: list[dict] = []
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        for size in args.sizes:
            stories = max(1, round(size / args.docs_per_story))
            print(f"corpus: {size} documents, {stories} stories ...", flush=True)
            cdir, manifest, gen_s = ensure_corpus(args.out, size, stories, args.seed, args.conflict_share,
                                                  args.regenerate)
            mb = manifest["bytes"] / 1e6
            corpora.append({"docs": size, "stories": stories, "dir": str(cdir), "body_bytes": manifest["bytes"],
                            "planted": len(manifest["planted_conflicts"]),
                            "generation_s": None if gen_s is None else round(gen_s, 3)})
            print(f"  {'generated in %.1fs' % gen_s if gen_s is not None else 'reused'}: {cdir} "
                  f"({mb:.1f} MB, {len(manifest['planted_conflicts'])} planted conflicts)")
            for jobs in jobs_values:
                base = [*cmd, "check", str(cdir), "--format", "json", "--output",
                        str(work / f"report-{size}.json")]
                if has["--no-progress"]:
                    base.append("--no-progress")
                if jobs is not None:
                    base += ["--jobs", str(jobs)]
                variants: list[tuple[str, list[str], bool]] = []
                if has["--no-cache"]:
                    variants.append(("cold", [*base, "--no-cache"], False))
                    variants.append(("warm", base, True))
                else:
                    variants.append(("plain", base, False))
                for name, argv_, prime in variants:
                    row = Row(size, stories, round(mb, 3), name, jobs)
                    print(f"  {name}{'' if jobs is None else f' --jobs {jobs}'}: {shlex.join(argv_)}", flush=True)
                    bench_variant(row, argv_, env, args.repeat, prime, args.timeout, work, manifest)
                    if row.error:
                        print(f"    failed: {row.error}")
                    else:
                        print(f"    median {row.median_s:.2f}s over {row.runs}; found "
                              f"{row.planted_found}/{row.planted} planted conflicts; conflict precision "
                              f"{'-' if row.conflict_precision is None else f'{row.conflict_precision:.2f}'} "
                              f"({row.conflict_findings} conflict findings)")
                    rows.append(row)

    print()
    print_table(rows)
    for n in notes:
        print(f"note: {n}")
    results = {
        "factcheck": {"command": cmd, "version": version, "flags": has},
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "params": {"sizes": args.sizes, "repeat": args.repeat, "jobs": args.jobs, "seed": args.seed,
                   "conflict_share": args.conflict_share, "docs_per_story": args.docs_per_story},
        "corpora": corpora, "notes": notes, "rows": [asdict(r) for r in rows],
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {args.results}")
    return 1 if any(r.error for r in rows) else 0


# --------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------


def self_test() -> int:
    """Check analyse() and friends on a tiny hand-made report and manifest.

    Why: the real CLI is still being written, so the matching rules are
    pinned here against a report shaped like schema factcheck/report@1.
    """
    manifest = {
        "docs": 4, "stories": 2, "bytes": 1000,
        "planted_conflicts": [
            {"story": "quake-turkey-2023-02", "measure": "killed", "place": "Gaziantep", "day": "2023-02-06",
             "values": [40, 75], "files": ["quake-turkey-2023-02/reuters-1.md", "quake-turkey-2023-02/afp-1.md"]},
            {"story": "flood-peru-2019-03", "measure": "missing", "place": "Lima", "day": "2019-03-02",
             "values": [12, 30], "files": ["flood-peru-2019-03/npr-1.md", "flood-peru-2019-03/cnn-1.md"]},
            {"story": "storm-cuba-2001-09", "measure": "injured", "place": "Havana", "day": "2001-09-01",
             "values": [100, 200], "files": ["storm-cuba-2001-09/ap-1.md", "storm-cuba-2001-09/bbc-news-1.md"]},
        ],
    }

    def v(lo: float | None, hi: float | None) -> dict:
        return {"low": lo, "high": hi, "approx": False, "text": "x"}

    report = {
        "schema": "factcheck/report@1",
        "documents": [
            {"id": "d1", "path": "/abs/corpus/quake-turkey-2023-02/reuters-1.md"},
            {"id": "d2", "path": "corpus\\quake-turkey-2023-02\\afp-1.md"},  # Windows separators
            {"id": "d3", "path": "flood-peru-2019-03/npr-1.md"},
            {"id": "d4", "path": "flood-peru-2019-03/cnn-1.md"},
            {"id": "d5", "path": "x/storm-cuba-2001-09/ap-1.md"},
            {"id": "d6", "path": "x/storm-cuba-2001-09/bbc-news-1.md"},
            {"id": "d7", "path": "x/storm-cuba-2001-09/xap-1.md"},
        ],
        "facts": [
            {"id": "f1", "doc": "d1", "measure": "killed", "value": v(40, 40)},
            {"id": "f2", "doc": "d2", "measure": "killed", "value": v(75, 75)},
            {"id": "f3", "doc": "d3", "measure": "missing", "value": v(12, 12)},
            {"id": "f4", "doc": "d4", "measure": "missing", "value": v(30, None)},  # open-ended "at least 30"
            {"id": "f5", "doc": "d5", "measure": "injured", "value": v(100, 100)},
            {"id": "f6", "doc": "d6", "measure": "killed", "value": v(200, 200)},  # wrong measure
            {"id": "f7", "doc": "d7", "measure": "injured", "value": v(200, 200)},  # wrong file (suffix trap)
        ],
        "findings": [
            {"id": "c1", "status": "conflict", "measure": "killed", "facts": ["f1", "f2"]},
            # the Peru pair appears only in an "agree" finding first, then in a conflict with dict items
            {"id": "a1", "status": "agree", "measure": "missing", "facts": ["f3", "f4"]},
            {"id": "c2", "status": "conflict", "measure": "missing", "facts": [{"id": "f3"}, {"id": "f4"}]},
            {"id": "c3", "status": "conflict", "measure": "injured", "facts": ["f5", "f6", "f7"]},
        ],
        "errors": [],
        "timings": {"load": 0.5, "extract": 2.25, "compare": 0.25},
    }
    res = analyse(report, manifest)
    checks = [
        (res["planted"] == 3, f"planted {res['planted']}"),
        (res["planted_found"] == 2, f"found {res['planted_found']}"),
        ([m["story"] for m in res["missed"]] == ["storm-cuba-2001-09"], f"missed {res['missed']}"),
        (res["conflict_findings"] == 3, f"conflicts {res['conflict_findings']}"),
        (res["conflict_precision"] == 2 / 3, f"conflict precision {res['conflict_precision']}"),
        (res["timings"] == {"load": 0.5, "extract": 2.25, "compare": 0.25}, f"timings {res['timings']}"),
        (find_timings({"summary": {"timings": {"x": 1}}}) == {"x": 1.0}, "summary.timings"),
        (find_timings({"findings": []}) is None, "no timings -> None"),
        (fmt_stage(None) == "n/a", "n/a"),
        (_ends_with("/a/b/c.md", "b/c.md") and not _ends_with("/a/xb/c.md", "b/c.md"), "ends_with"),
        (_contains(v(None, 10), 5) and not _contains(v(None, None), 5) and not _contains(v(6, 9), 5), "contains"),
        (supports("  --no-cache  Skip the cache\n  --jobs N", "--no-cache"), "supports"),
        (not supports("  --no-cache-dir  x", "--no-cache"), "supports: no prefix match"),
        (not supports("  --jobserver x", "--jobs"), "supports: no prefix match 2"),
    ]
    # a report without findings or timings must not crash
    empty = analyse({"documents": [], "facts": [], "findings": []}, manifest)
    checks.append((empty["planted_found"] == 0 and empty["timings"] is None and empty["conflict_precision"] is None,
                   "empty report"))
    failed = [msg for ok, msg in checks if not ok]
    for msg in failed:
        print(f"FAIL: {msg}")
    print("self-test: ok" if not failed else f"self-test: {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
