"""HTML: self-contained, every corpus string escaped, readable in a browser."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from . import browser
from .helpers import FIXTURES, run_in

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "main", "section",
                "table", "thead", "tbody", "tr", "th", "td", "div", "details", "summary", "ul", "li", "code", "span", "mark",
                "h3", "strong", "figure", "figcaption", "a",  # charts: links to their own evidence rows only
                "svg", "desc", "g", "line", "text", "circle", "rect", "polygon"}


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


@pytest.fixture(scope="module")
def hostile() -> str:
    return run_in(FIXTURES / "hostile", "check", "corpus", "--format", "html").stdout


def test_hostile_script_is_escaped_not_run(hostile: str) -> None:
    p = parse(hostile)
    assert p.tags <= ALLOWED_TAGS, p.tags - ALLOWED_TAGS  # no script, img, link, a, iframe...
    assert not any(name.startswith("on") for name, _ in p.attrs)
    assert "<script" not in hostile.lower()
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in hostile
    text = "".join(p.text)
    assert "<script>alert('xss')</script>" in text  # shown to the reader as text
    assert "<img src=x onerror=alert(1)>" in text
    assert "&amp;" in text  # a literal "&amp;" in the corpus stays literal


def test_self_contained(hostile: str) -> None:
    assert "default-src 'none'" in hostile
    assert "http://" not in hostile and "https://" not in hostile
    attrs = parse(hostile).attrs
    assert not any(name == "src" for name, _ in attrs)
    hrefs = [value or "" for name, value in attrs if name == "href"]
    assert hrefs and all(v.startswith("#") for v in hrefs)  # chart marks link inside the page, nowhere else


def test_renders_in_headless_chromium(tmp_path: Path, hostile: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(hostile, "utf-8")
    out = browser.run(page, tmp_path / "profile", "--dump-dom")
    assert browser.console_messages(out.stderr) == []  # nothing hostile ran or loaded, not even blocked
    dom = out.stdout
    assert "<table>" in dom and "Problems with the input" in dom
    assert "<script" not in dom.lower()  # the hostile body stayed text in the live DOM
    assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in dom
