"""Reading speed of pages and feeds next to Markdown, on a generated corpus.

    python bench/generate.py bench/out/c300 --docs 300 --stories 30 --seed 1
    python bench/readers.py bench/out/c300 bench/out/c300-forms

Writes the corpus again as saved pages (each report's paragraphs inside a page template
with navigation, cookie banner, related links, comments, footer, Open Graph and JSON-LD
metadata) and as one JSON Lines dump (front matter as record fields), then times reading
each form (factcheck's readers only) and `factcheck check --no-cache -j 1` on each, and
prints MB/s, documents per second and the extra cost per page of main-text extraction.
Standard library plus factcheck itself.
"""
from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import time
from pathlib import Path

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{ld}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/video">Video</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="cookie-banner"><p>We use cookies and similar technologies. <button>Accept</button></p></div>
<main><article><h1>{title}</h1><p class="byline">Staff reporter</p>
{body}
</article><aside class="related"><h2>Related</h2><ul><li><a href="/r1">Three hurt as lorry overturns on ring road</a></li>
<li><a href="/r2">Budget talks stall for a 4th day</a></li></ul></aside>
<section class="comments"><p>reader_17: I heard 250 people were hurt, not what they say.</p></section></main>
<footer><p>&copy; {year} {outlet}. All rights reserved.</p></footer></body></html>
"""


def front(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip().strip('"')
    return meta, body


def convert(src: Path, out: Path) -> None:
    (out / "md").mkdir(parents=True, exist_ok=True)
    with open(out / "dump.jsonl", "w", encoding="utf-8") as dump:
        for f in sorted(src.rglob("*.md")):
            text = f.read_text("utf-8")
            meta, body = front(text)
            rel = f.relative_to(src)
            (out / "md" / rel).parent.mkdir(parents=True, exist_ok=True)
            (out / "md" / rel).write_text(text, "utf-8")
            paras = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta.get("title", ""),
                             "datePublished": meta.get("published", ""), "publisher": {"@type": "Organization", "name": meta.get("outlet", "")}})
            page = (out / "html" / rel).with_suffix(".html")
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(PAGE.format(title=html.escape(meta.get("title", "")), outlet=html.escape(meta.get("outlet", "")),
                                        published=meta.get("published", ""), ld=ld, body=paras,
                                        year=meta.get("published", "2000")[:4]), "utf-8")
            dump.write(json.dumps({"text": body, "title": meta.get("title"), "date": meta.get("published"),
                                   "source": meta.get("outlet"), "story": meta.get("story")}) + "\n")


def size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def timed(argv: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    return time.perf_counter() - t, done.stdout.strip()


READ = ("import sys,time;from factcheck.readers import load_corpus;t=time.perf_counter();e=[];"
        "n=sum(1 for _ in load_corpus([sys.argv[1]],e));print(n,time.perf_counter()-t)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a corpus written by bench/generate.py")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    convert(args.corpus, args.out)
    rows = {}
    for form in ("md", "html", "dump.jsonl"):
        path = args.out / form
        _, got = timed([sys.executable, "-c", READ, str(path)])
        docs, seconds = int(got.split()[0]), float(got.split()[1])
        report = args.out / f"report-{form}.json"  # never -o /dev/null: the atomic write would replace it (as root)
        wall, _ = timed([sys.executable, "-m", "factcheck", "check", str(path), "--no-cache", "-j", "1", "-f", "json",
                         "-o", str(report), "--fail-on", "never"])
        mb = size(path) / 1e6
        rows[form] = (docs, seconds, wall)
        print(f"{form:>10}: {docs} documents, {mb:.1f} MB; read {seconds:.2f} s ({mb / seconds:.2f} MB/s, "
              f"{docs / seconds:.0f} docs/s); check -j 1 {wall:.1f} s")
    (n, md_read, md_check), (_, html_read, html_check) = rows["md"], rows["html"]
    print(f"extraction per page: {1000 * (html_read - md_read) / n:.1f} ms reading, {1000 * (html_check - md_check) / n:.1f} ms in a check")


if __name__ == "__main__":
    main()
