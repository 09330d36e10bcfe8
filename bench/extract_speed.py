"""Extraction throughput alone (no comparison, no report): MB/s of report text, median of runs.

    python bench/extract_speed.py bench/out/corpus-d1000-s100-seed1-c0.1 --repeat 3
"""
from __future__ import annotations

import argparse
import statistics
import time

from factcheck.api import extract
from factcheck.config import Config
from factcheck.extract.places import gazetteer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    gazetteer()  # one-time start-up cost, measured separately
    times, size = [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        r = extract([args.corpus], Config(jobs=1, cache=False))
        times.append(time.perf_counter() - t)
        size = sum(len(d.body.encode("utf-8")) for d in r.documents)
    med = statistics.median(times)
    print(f"{len(r.documents)} documents, {size / 1e6:.2f} MB of report text, {len(r.facts)} facts")
    print(f"extraction: median {med:.2f} s over {[round(x, 2) for x in times]} -> {size / 1e6 / med:.2f} MB/s (one process)")


if __name__ == "__main__":
    main()
