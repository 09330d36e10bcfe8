"""The story's clock: a report's day from its front matter, stamps, text and URL, then its story."""
from __future__ import annotations

import datetime as dt

from factcheck.extract import clock, extract_document
from factcheck.model import Document
from factcheck.storyclock import settle
from tests.conftest import make_doc

D = dt.date


def page(body: str, url: str = "", published: str | None = None, story: str = "s", outlet: str = "O") -> Document:
    fm = "---\n" + (f"url: {url}\n" if url else "") + (f"published: {published}\n" if published else "") + "---\n"
    return Document(id=f"d-{outlet}", path=f"{story}/{outlet}.md", text=fm + body, body_start=len(fm),
                    published=published, story=story, outlet=outlet)


def local(doc: Document) -> clock.Clock:
    return clock.local(doc.text, doc.body_start, D.fromisoformat(doc.published) if doc.published else None)


def test_front_matter_moved_forward_by_a_later_dateline() -> None:
    # an updated page keeps its first day in the front matter; the dateline says when this version is from
    c = local(page("Savar, Apr 26 (Agency): The toll rose to 210 on Friday.", published="2019-04-24"))
    assert (c.day, c.how) == (D(2019, 4, 26), "updated")


def test_a_dateline_far_from_publication_is_not_an_update() -> None:
    c = local(page("Savar, Mar 2 (Agency): The toll rose to 210.", published="2019-04-24"))
    assert (c.day, c.how) == (D(2019, 4, 24), "published")


def test_stamp_in_text_and_url_date() -> None:
    assert local(page("Published on 9:15 AM, June 3, 2021\n\nFloods killed 12 people.")).day == D(2021, 6, 3)
    assert local(page("Last updated: 3 March 2022. Floods killed 12.")).day == D(2022, 3, 3)
    c = local(page("Floods killed 12 people on Monday.", url="https://news.example/2020/11/09/floods-kill-12/"))
    assert (c.day, c.how) == (D(2020, 11, 9), "url")


def test_dateline_without_year_waits_for_the_story() -> None:
    c = local(page("Cebu, Nov 9 (Wire): Rescuers found 12 more bodies."))
    assert (c.day, c.month_day) == (None, "nov 9")
    assert clock.story_day(c, "", D(2020, 11, 8)) == D(2020, 11, 9)


def test_story_day_reads_weekdays_from_the_eve_of_the_event() -> None:
    undated = local(page("The quake that struck on Saturday has killed 1,900 people, police said on Sunday."))
    assert undated.day is None
    event = clock.event_day([[D(2015, 4, 25)], [D(2015, 4, 25), D(2015, 4, 26)]])
    assert event == D(2015, 4, 25)
    assert clock.story_day(undated, "struck on Saturday ... said on Sunday", event) == D(2015, 4, 26)
    assert clock.story_day(undated, "rose to 5,100 on Tuesday", event) == D(2015, 4, 28)


def test_wire_copy_dated_the_next_morning_holds_on_the_eve() -> None:
    c = clock.Clock(D(2015, 4, 26), "published")
    assert clock.as_of(c, [D(2015, 4, 25)]).day == D(2015, 4, 25)
    assert clock.as_of(c, [D(2015, 4, 25), D(2015, 4, 26)]).day == D(2015, 4, 26)
    doc = make_doc("A quake hit the region on Saturday. Police said the toll had reached 1,394 in Pokhara.",
                   published="2015-04-26")
    (f,) = [f for f in extract_document(doc) if f.kind == "quantity"]
    assert (f.measure, f.value.low, f.place, f.time, f.source) == (
        "killed", 1394, "Pokhara", ("2015-04-25", "2015-04-25"), "police")
    assert not dict(f.extra).get("role")  # reported speech, not an outdated figure


def test_a_live_page_that_says_today_holds_on_its_own_day() -> None:
    # the lead names only the eve (the landfall), but "this morning" further down says the page is of its own day
    entries = [f"{h:02d}:10 GMT - Aid convoy {h} reached the coast with water and tents." for h in range(23, 5, -1)]
    doc = make_doc("Cyclone Mara made landfall on Friday near the port.\n\n"
                   "09:40 GMT - At least 31 people have now died in Beira, the health ministry said.\n\n"
                   + "\n\n".join(entries) + "\n\n05:05 GMT - Schools stayed shut this morning.", published="2021-03-13")
    (f,) = [f for f in extract_document(doc) if f.kind == "quantity" and f.measure == "killed"]
    assert (f.value.low, f.place, f.source, f.time) == (31, "Beira", "health ministry", ("2021-03-13", "2021-03-13"))


def test_undated_report_is_dated_from_its_story_and_never_compared_otherwise() -> None:
    dated = page("Provincial police said on Saturday that 880 people were killed in Pokhara.", published="2015-04-25", outlet="A")
    undated = page("Provincial police said on Sunday that 1,950 people were killed in Pokhara.", outlet="B")
    lone = page("Officials said on Friday that 40 people were killed in Butwal.", story="t", outlet="C")
    docs = [dated, undated, lone]
    facts = [f for d in docs for f in extract_document(d)]
    assert [f.time for f in facts if f.kind == "quantity" and f.doc != "d-A"] == [None, None]
    settled = settle(docs, facts, extract_document)
    got = {f.doc: f for f in settled if f.kind == "quantity"}
    assert got["d-B"].time == ("2015-04-26", "2015-04-26") and dict(got["d-B"].extra)["day_from"] == "story"
    assert (got["d-B"].value.low, got["d-B"].place, got["d-B"].source) == (1950, "Pokhara", "provincial police")
    assert got["d-C"].time is None and dict(got["d-C"].extra)["not_compared"] == "undated"


def test_a_report_told_in_the_present_is_of_its_own_day() -> None:
    # the only weekday named is the quake's, the eve of publication; "says" tells the toll as of the report
    doc = make_doc("The earthquake struck the Abruzzo hills before dawn on Wednesday. The quake has killed at least 212 "
                   "people, the national civil protection agency says, raising an earlier count of 150.", published="2016-08-25")
    (f,) = [f for f in extract_document(doc) if f.kind == "quantity" and f.measure == "killed"]
    assert (f.value.low, f.time[1], f.source) == (212, "2016-08-25", "national civil protection agency")
