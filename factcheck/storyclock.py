"""The story's clock across reports: undated reports read against the story's dated ones.

Extraction sees one report at a time (so it can be cached and spread over processes);
a report that names no day of its own (no front matter date, no stamp, no dated URL)
gets its figures undated. This pass, run once over all extracted reports, finds each
story's event day (the day its dated reports name most), reads the undated report's
weekdays against it (see extract.clock.story_day) and extracts that report again with
the day found. Its figures (quantity facts; meetings and quotes are left as they were)
then carry `day_from: story`. Reports of a story with no
dated report stay undated, and undated figures are never compared.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from .extract import clock
from .extract.dates import find, parse_iso
from .model import Document, Fact, InputError

Extract = Callable[[Document], list[Fact]]


def settle(documents: list[Document], facts: list[Fact], extract: Extract,
           errors: list[InputError] | None = None) -> list[Fact]:
    """`facts` with the figures of undated reports dated from their story, where it can say."""
    clocks = {d.id: clock.local(d.text, d.body_start, None) for d in documents if parse_iso(d.published) is None}
    undated = [d for d in documents if d.id in clocks and clocks[d.id].day is None]
    if not undated:
        return facts  # the common case: every report dated by its front matter
    for d in documents:
        if d.id not in clocks:
            clocks[d.id] = clock.local(d.text, d.body_start, parse_iso(d.published))
    by_story: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        by_story[d.story or "default"].append(d)
    redone: dict[str, list[Fact]] = {}
    ids = {d.id for d in undated}
    kept: dict[str, list[Fact]] = defaultdict(list)  # meetings and quotes keep their own reading
    for f in facts:  # (their rules have their own notion of a day); indexed once, not per report
        if f.doc in ids and f.kind != "quantity":
            kept[f.doc].append(f)
    events: dict[str, dt.date | None] = {}
    for d in undated:
        story = d.story or "default"
        if story not in events:
            events[story] = clock.event_day([_named(x, clocks[x.id].day) for x in by_story[story]
                                             if clocks[x.id].day is not None])
        event = events[story]
        day = clock.story_day(clocks[d.id], d.body, event) if event else None
        if day is None:
            continue
        try:
            got = extract(dataclasses.replace(d, published=day.isoformat()))
        except Exception as e:  # one bad document must never take the run down  # noqa: BLE001
            if errors is not None:
                errors.append(InputError(d.path, None, f"extraction failed: {type(e).__name__}: {e}"))
            continue
        redone[d.id] = sorted([_from_story(f) for f in got if f.kind == "quantity"] + kept[d.id],
                              key=lambda f: (f.evidence.start, f.kind, f.id))
    if not redone:
        return facts
    out: list[Fact] = []
    done: set[str] = set()
    for f in facts:  # keep the input order: the report lists facts document by document
        if f.doc in redone:
            if f.doc not in done:
                out.extend(redone[f.doc])
                done.add(f.doc)
            continue
        out.append(f)
    out.extend(f for doc, fs in redone.items() if doc not in done for f in fs)
    return out


def _named(doc: Document, day: dt.date | None) -> list[dt.date]:
    """The days a dated report names in its first sentences, within the week before its day."""
    if day is None:
        return []
    head = doc.text[doc.body_start:doc.body_start + 3000]
    return [d for t in find(head, 0, len(head), day) if t.window[0] == t.window[1]
            and dt.timedelta(0) <= day - (d := dt.date.fromisoformat(t.window[0])) <= dt.timedelta(days=7)]


def _from_story(f: Fact) -> Fact:
    extra = tuple((k, v) for k, v in f.extra if k not in ("day_from", "not_compared")) + (("day_from", "story"),)
    return dataclasses.replace(f, extra=extra)
