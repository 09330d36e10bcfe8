"""The document budget: oversized files, number dumps and figure floods are skipped or cut with
one warning each, the run goes on, --strict exits 2; and time per document grows linearly.

Time bounds are ratios (4x the input takes at most 5x the time), best of five runs of
process time, so a loaded machine does not make them flaky."""
from __future__ import annotations

import contextlib
import gc
import json
import random
import time
from pathlib import Path

from typer.testing import CliRunner

from factcheck.budget import Limits
from factcheck.cli import app
from factcheck.extract import extract_document
from factcheck.parallel import extract_one
from tests.conftest import make_doc

PHRASES = ("no fewer than {} villagers were killed", "{} more died overnight", "{} were hurt",
           "rescuers said {} remain unaccounted for", "{} bodies were recovered")
FILLER = ("as crews worked through the rubble of the market district late on Friday evening",
          "the county coroner told a briefing outside the town hall, asking for patience from families")
REPORT = ("---\noutlet: Valley Courier\npublished: 2024-05-11\nstory: quake\n---\n"
          "HILLTOWN -- Twelve people were killed when the quake struck the valley on Friday, the county sheriff said.\n")


def run_on(n: int, seed: int = 7) -> str:
    """One line of n casualty phrases and nothing else: a scraper's worst output."""
    rng = random.Random(seed)
    return ", and ".join(rng.choice(PHRASES).format(rng.randint(2, 950)) for _ in range(n)) + ".\n"


def number_line(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return " ".join(str(rng.randint(1, 99999)) for _ in range(n)) + "\n"


def wordy(n: int, seed: int = 7) -> str:
    """n casualty figures at the density of real prose: the cap applies, not the density rule."""
    rng = random.Random(seed)
    return ". ".join(rng.choice(PHRASES).format(rng.randint(2, 950)).capitalize() + " " + rng.choice(FILLER)
                     for _ in range(n)) + ".\n"


def cpu(fn) -> float:  # type: ignore[no-untyped-def]
    """Best of five, in process time, with the cyclic GC paused: the bound is on our algorithm."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            t = time.process_time()
            fn()
            best = min(best, time.process_time() - t)
    finally:
        gc.enable()
    return max(best, 1e-3)


def linear(large, small, tries: int = 3) -> bool:  # type: ignore[no-untyped-def]
    """4x the input in at most 5x the CPU time, in any of a few measurements: a shared machine's
    noise can push one measurement past the bound (seen once at 5.8x where a quiet run gives 4.1x);
    a quadratic step (16x) fails them all."""
    return any(cpu(large) <= 5 * cpu(small) for _ in range(tries))


def test_extraction_is_linear_on_a_run_on_line_of_casualty_phrases() -> None:
    small, large = make_doc(run_on(800)), make_doc(run_on(3200))
    extract_document(small)  # lexicons loaded before timing
    assert linear(lambda: extract_document(large), lambda: extract_document(small))


def test_extraction_is_linear_on_a_line_of_bare_numbers() -> None:
    small, large = make_doc(number_line(1500)), make_doc(number_line(6000))
    extract_document(small)
    assert linear(lambda: extract_document(large), lambda: extract_document(small))


def test_a_number_dump_is_skipped_with_its_count_and_size(tmp_path: Path) -> None:
    f = tmp_path / "dump.txt"
    f.write_text(number_line(5000))
    doc, facts, errors = extract_one(str(f), None, ())
    assert doc is None and facts == []
    assert [e.message for e in errors] == [f"5,000 figures in {f.stat().st_size / 1e3:.0f} KB; not a news report, skipped"]


def test_skipping_a_dump_takes_time_linear_in_its_size(tmp_path: Path) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(number_line(60000))
    large.write_text(number_line(240000))
    extract_one(str(small), None, ())
    assert linear(lambda: extract_one(str(large), None, ()), lambda: extract_one(str(small), None, ()))
    assert "not a news report, skipped" in extract_one(str(large), None, ())[2][0].message


def test_a_flood_of_figures_at_prose_density_is_capped_in_linear_time(tmp_path: Path) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(run_on(1500))  # longer phrases than a dump: under the density rule, so extracted and cut
    large.write_text(run_on(6000))
    limits = Limits(max_figures=100)
    extract_one(str(small), None, (), limits=limits)
    assert linear(lambda: extract_one(str(large), None, (), limits=limits), lambda: extract_one(str(small), None, (), limits=limits))
    assert extract_one(str(large), None, (), limits=limits)[2][0].message.endswith("only the first 100 are compared (--max-figures)")


def test_figures_beyond_the_cap_are_cut_in_text_order(tmp_path: Path) -> None:
    f = tmp_path / "flood.txt"
    f.write_text(wordy(120))
    doc, facts, _ = extract_one(str(f), None, (), limits=Limits(max_figures=0))
    everything = [x for x in facts if x.kind == "quantity"]
    assert len(everything) > 40
    doc, facts, errors = extract_one(str(f), None, (), limits=Limits(max_figures=40))
    kept = [x for x in facts if x.kind == "quantity"]
    assert [x.id for x in kept] == [x.id for x in everything[:40]]
    assert [e.message for e in errors] == [f"{len(everything):,} figures in {f.stat().st_size / 1e3:.0f} KB; "
                                           "only the first 40 are compared (--max-figures)"]


def test_a_file_over_the_byte_limit_is_skipped_unread(tmp_path: Path) -> None:
    f = tmp_path / "long.md"
    f.write_text(REPORT * 20)
    doc, facts, errors = extract_one(str(f), None, (), limits=Limits(max_bytes=1000))
    assert doc is None
    assert errors[0].message == (f"file is {f.stat().st_size} bytes, over the 1000 byte (0.976562 KiB) limit for one "
                                 "document (--max-document-bytes); skipped")


def test_the_run_goes_on_and_strict_exits_2(tmp_path: Path) -> None:
    (tmp_path / "quake").mkdir()
    (tmp_path / "quake" / "courier.md").write_text(REPORT)
    (tmp_path / "quake" / "scrape.txt").write_text(number_line(3000))
    with contextlib.chdir(tmp_path):
        loose = CliRunner().invoke(app, ["check", "quake", "-f", "json", "--no-config", "--no-cache"])
        strict = CliRunner().invoke(app, ["check", "quake", "-f", "json", "--no-config", "--no-cache", "--strict"])
        capped = CliRunner().invoke(app, ["check", "quake", "-f", "json", "--no-config", "--no-cache",
                                          "--max-document-bytes", "100"])
    data = json.loads(loose.stdout)
    assert loose.exit_code in (0, 1) and data["summary"]["documents"] == 1
    assert [e["message"] for e in data["errors"]] == [f"3,000 figures in {len(number_line(3000)) / 1e3:.0f} KB; "
                                                      "not a news report, skipped"]
    assert strict.exit_code == 2
    assert capped.exit_code == 2 and json.loads(capped.stdout)["summary"]["documents"] == 0


def place_dense(n: int) -> str:
    """A long report naming a new town, official and village in every sentence, each named again."""
    return " ".join(f"Officials in Tarvok{i} said Mayor Lena Smith{i} visited Kelbrin{i} village, and Tarvok{i} residents waited."
                     for i in range(n)) + "\n"


def test_places_and_names_are_found_in_linear_time_in_a_long_report() -> None:
    from factcheck.extract import context

    small, large = make_doc(place_dense(250)), make_doc(place_dense(1000))
    assert len(context.build(small).places) >= 500  # each town twice, each village once: the claims grow with the text
    assert linear(lambda: context.build(large), lambda: context.build(small))


def meeting_dense(n: int) -> str:
    """A long live page telling of a new meeting in every sentence, in a handful of cities."""
    cities = ("Paris", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Warsaw", "Lisbon")
    return " ".join(f"Envoy Alar{i} Vesk met Minister Tarin{i} Holm in {cities[i % len(cities)]} on Monday, aides said."
                    for i in range(n)) + "\n"


def test_meetings_are_read_in_linear_time_in_a_long_report() -> None:
    small, large = make_doc(meeting_dense(150)), make_doc(meeting_dense(600))
    assert sum(f.kind == "meeting" for f in extract_document(small)) >= 100
    assert linear(lambda: extract_document(large), lambda: extract_document(small))
