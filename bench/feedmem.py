"""Peak memory of `factcheck check` on JSON Lines dumps of growing size (issue 18: flat memory).

    python bench/generate.py bench/out/c100k --docs 100000 --stories 10000 --seed 1
    python bench/feedmem.py dumps bench/out/c100k bench/out/feeds 10000 30000 100000
    python bench/feedmem.py measure bench/out/feeds/story-10000.jsonl --jobs 1

`dumps` writes, for each size N, the first N reports of a generated corpus (in path order,
so whole stories) as `story-N.jsonl` (front matter as record fields, with the story) and
`nostory-N.jsonl` (the same records without it: stories grouped from the data). `measure`
runs `factcheck check DUMP -f json -o OUT --no-cache --no-progress -j J` and prints the
peak RSS of the largest process (the parent: workers hold one window of records) and the
wall time. Standard library plus factcheck itself.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from readers import front  # noqa: E402


def dumps(src: Path, out: Path, sizes: list[int]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(src.rglob("*.md"))
    for n in sizes:
        with open(out / f"story-{n}.jsonl", "w", encoding="utf-8") as a, \
                open(out / f"nostory-{n}.jsonl", "w", encoding="utf-8") as b:
            for f in files[:n]:
                meta, body = front(f.read_text("utf-8"))
                record = {"text": body, "title": meta.get("title"), "date": meta.get("published"),
                          "source": meta.get("outlet")}
                b.write(json.dumps(record) + "\n")
                a.write(json.dumps({**record, "story": meta.get("story")}) + "\n")
        print(f"{out}/story-{n}.jsonl, {out}/nostory-{n}.jsonl: {min(n, len(files))} records")


def measure(dump: Path, jobs: int, out: Path) -> dict[str, float]:
    argv = [sys.executable, "-m", "factcheck", "check", str(dump), "-f", "json", "-o", str(out),
            "--no-cache", "--no-progress", "-j", str(jobs)]
    t0 = time.perf_counter()
    subprocess.run(argv, check=False, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB -> MiB, the largest process
    return {"peak_mib": round(peak), "seconds": round(wall, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dumps")
    d.add_argument("corpus", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("sizes", type=int, nargs="+")
    m = sub.add_parser("measure")
    m.add_argument("dump", type=Path)
    m.add_argument("--jobs", type=int, default=1)
    m.add_argument("--out", type=Path, default=Path("/tmp/feedmem-report.json"))
    args = ap.parse_args()
    if args.cmd == "dumps":
        dumps(args.corpus, args.out, args.sizes)
    else:
        print(json.dumps({"dump": str(args.dump), "jobs": args.jobs, **measure(args.dump, args.jobs, args.out)}))


if __name__ == "__main__":
    main()
