"""Texts and facts spilled to disk (factcheck/spill.py): the documents a spilled run keeps carry no
text, its facts are read back from disk, and every report is byte for byte the one an in-memory run writes."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.config import Config
from factcheck.report import FORMATS, get
from factcheck.model import Finding
from factcheck.rules.engine import order
from factcheck.spill import Findings, Spill

WIRE = """---
outlet: Coastline Wire
published: 2024-05-14
story: ferry-capsize
---
CHITTAGONG, May 14 (Coastline Wire) - Twenty-three people were killed when an overloaded
ferry capsized in the Karnaphuli river near Chittagong on Tuesday, the coast guard said.

Rescuers pulled 41 survivors from the water, a coast guard spokesman told reporters.
"We are still searching the river bed," district commissioner Abul Kashem said.
"""

PAPER = """---
outlet: The Port Observer
published: 2024-05-14
story: ferry-capsize
---
By our river correspondent

Thirty-one people died on Tuesday when a crowded ferry overturned on the Karnaphuli river near
Chittagong, the coast guard said. Another 41 passengers were rescued.

"We are still searching the river bed," district commissioner Abul Kashem said at the jetty.
"""

RECORDS = [
    {"text": "ANCHOR: Floodwaters have forced 1,200 families from their homes in Sylhet on Monday, "
             "the district administration said.\nREPORTER: Boats are ferrying residents to 30 shelters "
             "across Sylhet, officials said.\n", "date": "2024-06-17", "source": "Radio Meghna"},
    {"text": "Some 1,500 families were evacuated from their homes in Sylhet on Monday as the Surma river "
             "rose, the district administration said. Officials said 30 shelters had opened in Sylhet.\n",
     "date": "2024-06-17", "source": "Sylhet Daily"},
    {"text": "SUNAMGANJ, June 18 - At least 12 people were killed in landslides near Sunamganj on Tuesday, "
             "police said.\n", "date": "2024-06-18", "source": "Radio Meghna", "story": "landslides"},
    {"text": "Landslides near Sunamganj killed 15 people on Tuesday, police said.\n", "source": "Valley Live",
     "story": "landslides"},  # undated: dated from its story
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spill")
    (root / "ferry").mkdir()
    (root / "ferry" / "wire.md").write_text(WIRE, "utf-8")
    (root / "ferry" / "paper.md").write_text(PAPER, "utf-8")
    (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS[:2]), "utf-8")
    (root / "later.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS[2:]), "utf-8")
    return root


@pytest.mark.parametrize("names", [("ferry", "feed.jsonl"), (".",)])  # every report dated; one read from its story
def test_a_spilled_run_keeps_no_text_and_writes_the_same_reports(corpus: Path, names: tuple[str, ...]) -> None:
    config = Config(cache=False, jobs=1)
    paths = [str(corpus / n) for n in names]
    held = check(paths, config)
    spilled = check(paths, config, spill=True)
    assert isinstance(spilled.texts, Spill) and held.texts is None
    assert isinstance(spilled.facts, Spill) == (names != (".",))  # redated facts come back as a list
    assert all(d.text == "" for d in spilled.documents) and all(d.text for d in held.documents)
    assert list(spilled.facts) == held.facts and len(spilled.facts) == len(held.facts)
    assert isinstance(spilled.findings, Findings) == isinstance(spilled.facts, Spill)  # findings spilled with the facts
    assert list(spilled.findings) == held.findings and len(spilled.findings) == len(held.findings)
    assert any(f.status == "conflict" for f in held.findings)
    for name in FORMATS:
        render = get(name)
        assert render(spilled) == render(held), name


def test_a_spill_reads_each_document_back_in_input_order() -> None:
    held = check([], Config(cache=False))  # no documents: a spill of nothing is empty, not an error
    store = Spill()
    assert not store and list(store) == [] and held.facts == []
    store.add("first text", [])
    store.add("second text", ["a", "b"])  # type: ignore[list-item]
    store.add("third text", ["c"])  # type: ignore[list-item]
    assert store.text(1) == "second text" and store.facts(2) == ["c"]
    assert list(store) == ["a", "b", "c"] and len(store) == 3
    assert store.text(0) == "first text"  # any order of reads: each one seeks


def finding(story: str, status: str, n: int) -> Finding:
    return Finding(id=f"{story}-{n}", rule="casualty-figures", status=status, level="info", kind="quantity",
                   facts=(f"fact-{story}-{n}",), message=f"{story} {status} {n}", story=story)


def test_spilled_findings_come_back_in_the_report_order_whatever_order_stories_finish() -> None:
    store = Findings()
    assert not store and list(store) == [] and len(store) == 0
    ferry = [finding("ferry", "agree", 1), finding("ferry", "conflict", 2)]
    quake = [finding("quake", "update", 3), finding("quake", "conflict", 4), finding("quake", "agree", 5)]
    store.add(quake, 0)
    store.add([], 1)  # a story without findings leaves no batch
    store.add(ferry, 2)
    everything = quake + ferry
    assert list(store) == sorted(everything, key=order) and len(store) == 5
    assert [(tag, [f.id for f in batch]) for tag, batch in store.batches()] == [
        (0, ["quake-4", "quake-3", "quake-5"]), (2, ["ferry-2", "ferry-1"])]  # as added, each sorted
    store.add([finding("ferry", "update", 6)], 3)  # a second batch of one story: merged where they overlap
    assert list(store) == sorted(everything + [finding("ferry", "update", 6)], key=order)


def test_spilled_findings_are_saved_and_read_back_in_place(tmp_path: Path) -> None:
    store = Findings()
    store.add([finding("quake", "conflict", 1), finding("quake", "agree", 2)], 0)
    store.add([finding("ferry", "single-source", 3)], 1)
    with open(tmp_path / "entry", "wb") as fh:
        store.save(fh)
    with open(tmp_path / "entry", "rb") as fh:
        again = Findings.load(fh)
        assert again is not None and list(again) == list(store) and len(again) == 3
        assert [tag for tag, _ in again.batches()] == [0, 1]
    with open(tmp_path / "other", "wb") as fh:
        pickle.dump(["not", "findings"], fh)
    with open(tmp_path / "other", "rb") as fh:
        assert Findings.load(fh) is None


def test_a_warm_spilled_run_reads_its_findings_from_the_cache(corpus: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config(cache=True, cache_dir=str(tmp_path / "cache"), jobs=1)
    paths = [str(corpus / "ferry"), str(corpus / "feed.jsonl")]
    cold = check(paths, config, spill=True)

    def no_comparing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the warm run compared again")
    monkeypatch.setattr("factcheck.rules.engine.run", no_comparing)
    warm = check(paths, config, spill=True)
    assert isinstance(warm.findings, Findings) and list(warm.findings) == list(cold.findings)
    assert list((tmp_path / "cache").rglob("f*.pickle"))  # the findings entry, streamed to the cache
    assert not list((tmp_path / "cache").rglob(".tmp-*"))
    render = get("json")
    assert render(warm) == render(cold)
