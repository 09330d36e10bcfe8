"""Texts and facts spilled to disk (factcheck/spill.py): the documents a spilled run keeps carry no
text, its facts are read back from disk, and every report is byte for byte the one an in-memory run writes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.config import Config
from factcheck.report import FORMATS, get
from factcheck.spill import Spill

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
    assert spilled.findings == held.findings and any(f.status == "conflict" for f in held.findings)
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
