"""Pages and feeds written for these tests: realistic templates (navigation, cookie banner,
related links, comments, footer; Open Graph and JSON-LD), invented events and outlets."""
from __future__ import annotations

import json
from typing import Any

CHROME_TOP = """<header class="site-header"><a class="logo" href="/">{site}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe for $1 a week</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We and our 143 partners use cookies to personalise content.
<button>Accept all</button> <button>Manage choices</button></p></div>"""

CHROME_BOTTOM = """<aside class="related"><h2>More from {site}</h2><ul>
<li><a href="/a/1">Seven killed as bus overturns on mountain pass</a></li>
<li><a href="/a/2">Council votes 9-2 to close the old bridge for 18 months</a></li>
<li><a href="/a/3">Warehouse fire: 40 firefighters battle blaze overnight</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments (212)</h3>
<div class="comment"><p class="author">riverwatcher88</p><p>My cousin says 60 people were killed and nobody is reporting it.</p></div>
<div class="comment"><p class="author">jm_harlow</p><p>More than 500 homes flooded on our side of town alone, shameful response.</p></div></section>
<footer class="site-footer"><p>&copy; 2025 {site} Media Group. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>"""


def page(paragraphs: list[str], *, site: str = "The Valley Courier", headline: str = "Flood toll rises to 14",
         published: str | None = "2025-04-11T07:30:00+01:00", og: bool = True, json_ld: dict[str, Any] | None = None,
         url: str = "https://www.valleycourier.example/news/2025/04/11/flood-toll", close: bool = True) -> str:
    """A regional paper's article page around `paragraphs`."""
    head = [f"<title>{headline} | {site}</title>", '<meta name="viewport" content="width=device-width">']
    if og:
        head += [f'<meta property="og:site_name" content="{site}">', f'<meta property="og:title" content="{headline}">',
                 f'<meta property="og:url" content="{url}">', '<meta property="og:type" content="article">']
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if json_ld is not None:
        head.append(f'<script type="application/ld+json">{json.dumps(json_ld)}</script>')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' + "\n".join(head) + "\n</head>\n<body>\n"
            + CHROME_TOP.format(site=site) + f'\n<main>\n<article class="story">\n<h1>{headline}</h1>\n'
            + '<p class="byline">By Priya Castell, Courier staff</p>\n<time datetime="2025-04-11">April 11, 2025</time>\n'
            + body + '\n<div class="share"><a href="#">Share on social</a> <a href="#">Email</a></div>\n</article>\n'
            + CHROME_BOTTOM.format(site=site) + "\n</main>\n</body>\n")
    return html + "</html>\n" if close else html


FLOOD = [
    "MILLBROOK &mdash; At least 14 people have died after the Tamsin River burst its banks on Thursday, county officials said on Friday.",
    "Sheriff Alan Ortiz told reporters that 230 residents had been moved to shelters in Millbrook and Harlow overnight, "
    "and that search teams were still checking flooded farmhouses along the valley road.",
    "&ldquo;We have not reached everyone yet,&rdquo; Ortiz said, adding that crews from three neighbouring counties had joined the effort.",
    "The state emergency office said about 3,000 homes were without power on Friday morning.",
]

LIVE = [
    "Rescue teams in the hill town of Castelmora are working through the night after Tuesday's earthquake, which the regional governor said had killed 9 people.",
    "Update 21:40: The civil protection agency now says 31 people were injured, up from 20 earlier in the evening.",
    "Roads into the town remain closed, and the army has sent two field kitchens to the main square.",
]


def news_ld(headline: str, published: str, publisher: str) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": publisher, "url": "https://example.org/"},
        {"@type": "NewsArticle", "headline": headline, "datePublished": published,
         "publisher": {"@type": "Organization", "name": publisher}, "author": [{"@type": "Person", "name": "Ines Varga"}]}]}


def index_page() -> str:
    """A section front: headlines and links, no article."""
    links = "\n".join(f'<li><a href="/n/{i}">Story headline number {i} about the county budget</a></li>' for i in range(12))
    return ('<!DOCTYPE html><html><head><title>News | The Valley Courier</title></head><body>'
            + CHROME_TOP.format(site="The Valley Courier") + f"<main><ul>{links}</ul></main></body></html>\n")


def feed(records: list[Any]) -> str:
    """JSON Lines text: dicts dumped one per line, strings written as they are (to plant bad lines)."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


RECORDS: list[dict[str, Any]] = [
    {"url": "https://www.riverpost.example/2025/04/11/valley-flood", "title": "River flood kills 14 in valley towns",
     "date_publish": "2025-04-11 09:12:00", "source_domain": "riverpost.example", "story": "tamsin-flood",
     "maintext": "MILLBROOK, April 11 -- Fourteen people were killed when the Tamsin River flooded on Thursday, "
                 "county officials said.\n\nAbout 230 people spent the night in emergency shelters."},
    {"url": "https://news.harlowgazette.example/flood", "title": "Harlow counts the cost", "published": "2025-04-12",
     "outlet": "Harlow Gazette", "story": "tamsin-flood",
     "text": "Officials in Harlow said on Saturday that 16 people had died in the flooding, "
             "revising an earlier count.\nThe county said 240 residents remained in shelters."},
]
