"""The HTML reader (.html, .htm): a saved article page -> its main text and metadata.

Main-text extraction is trafilatura's (the maintained library for news pages), so
navigation, related-article lists, cookie banners, comments and footers stay out of
the text. The page's own metadata is read first, in this order: published from
`<meta property="article:published_time">`, then JSON-LD `datePublished`, then
trafilatura/htmldate; outlet from the config's outlet for the page's domain, then
`og:site_name`, then JSON-LD `publisher.name`; title from JSON-LD `headline`, then
`og:title`, then `<title>`. Evidence lines are lines of the extracted text
(`Document.extracted`), which `factcheck extract --show-text PAGE` prints.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..model import Document, InputError, stable_id
from .decoding import normalize
from .files import display
from .frontmatter import iso_date
from .markdown import infer, read_text, story_of

if TYPE_CHECKING:
    from . import Entry, Options

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
                 "LiveBlogPosting", "BlogPosting", "Report", "WebPage"}
_TAG = re.compile(r"<(?:p|div|br|html|body|article|span|h[1-6]|a|section)\b[^>]*>", re.I)
_CLOSE_HTML = re.compile(r"</html\s*>", re.I)


@dataclass(frozen=True)
class Page:
    """What a page holds: main text, and metadata (None when the page does not say)."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """A feed record's text that is markup, not prose: two or more block tags near the start."""
    return len(_TAG.findall(text[:5000])) >= 2


def parse(markup: str) -> Page:
    """Main text and metadata of a page (empty text when the page has no article)."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return Page("")
    meta = _metadata(tree)
    got = bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                          favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True})
    text = normalize(getattr(got, "text", None) or "") if got is not None else ""
    if got is not None:
        meta.setdefault("published", iso_date(getattr(got, "date", None) or ""))
        meta.setdefault("outlet", getattr(got, "sitename", None))
        meta.setdefault("title", getattr(got, "title", None))
        meta.setdefault("url", getattr(got, "url", None))
    return Page(text=text.strip() + "\n" if text.strip() else "",
                **{k: normalize(str(v)).strip() or None if v else None for k, v in meta.items()})


def _metadata(tree: Any) -> dict[str, str | None]:
    """Metadata the page states: meta tags and JSON-LD (keys set only when found)."""
    found: dict[str, str | None] = {}
    metas = {}
    for m in tree.iterfind(".//meta"):
        key = (m.get("property") or m.get("name") or "").strip().lower()
        if key and m.get("content") and key not in metas:
            metas[key] = m.get("content").strip()
    article = _json_ld(tree)
    publisher = article.get("publisher")
    published = metas.get("article:published_time") or article.get("datePublished")
    if published and iso_date(str(published)):
        found["published"] = iso_date(str(published))
    outlet = metas.get("og:site_name") or (publisher.get("name") if isinstance(publisher, dict) else None)
    if outlet:
        found["outlet"] = str(outlet)
    title = article.get("headline") or metas.get("og:title")
    if title:
        found["title"] = str(title)
    canonical = next((link.get("href") for link in tree.iterfind(".//link") if (link.get("rel") or "").lower() == "canonical"), None)
    url = metas.get("og:url") or canonical or (article.get("url") if isinstance(article.get("url"), str) else None)
    if url:
        found["url"] = url
    return found


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first article object among the page's JSON-LD blocks (a @graph searched too), or {}."""
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = set(kinds) if isinstance(kinds, list) else {kinds}
                if kinds & ARTICLE_TYPES - {"WebPage"}:
                    return item
                stack.extend(item.get("@graph", []))
    return {}


def outlet_for(url: str | None, outlets: tuple[tuple[str, str], ...]) -> str | None:
    """The configured outlet for a URL's domain (`bbc.co.uk` matches `www.bbc.co.uk` and `news.bbc.co.uk`)."""
    if not url or not outlets:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    for domain, name in sorted(outlets, key=lambda o: -len(o[0])):
        d = domain.lower().lstrip(".")
        if host == d or host.endswith("." + d):
            return name
    return None


def read(entry: Entry, errors: list[InputError], options: Options) -> Document | None:
    """The reader interface (readers/__init__.py): one page, one document."""
    markup = read_text(entry.path, errors)
    if markup is None:
        return None
    shown = display(entry.path)
    if "<html" in markup[:4096].lower() and not _CLOSE_HTML.search(markup[-4096:]):
        errors.append(InputError(shown, markup.count("\n") + 1, "page ends before </html> (truncated?); read what is there"))
    page = parse(markup)
    if not page.text:
        errors.append(InputError(shown, None, "page holds no article text (no main text found); skipped"))
        return None
    return document(shown, page, options, story_of(entry.path))


def document(name: str, page: Page, options: Options, story: str | None, source: str | None = None,
             extracted: bool = True) -> Document:
    """A Document from an extracted page (or a feed record's plain text, `extracted` False):
    stated metadata first, then what the prose says."""
    outlet = outlet_for(page.url, options.outlets) or page.outlet
    need = tuple(k for k, v in (("published", page.published), ("outlet", outlet)) if not v)
    inferred = infer(page.text, options.assume_year, need)
    return Document(id=stable_id("doc", name), path=name, text=page.text, outlet=outlet or inferred.get("outlet"),
                    published=page.published or inferred.get("published"), story=story, title=page.title,
                    dateline_place=inferred.get("dateline_place"), source=source, extracted=extracted, url=page.url)
