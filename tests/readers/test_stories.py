"""Story from the data (factcheck/readers/stories.py): feed records grouped by event, and why."""
from __future__ import annotations

from pathlib import Path

from factcheck.api import extract
from factcheck.config import Config

from ..report.helpers import run_in
from .samples import feed

FLOOD = [
    ("MILLBROOK -- At least 14 people died after the Tamsin River burst its banks on Thursday, county officials said. "
     "Sheriff Alan Ortiz said 230 residents were moved to shelters in Millbrook and Harlow.", "2025-04-11"),
    ("MILLBROOK (Valley Wire) -- Floodwaters from the Tamsin River killed 15 people in Millbrook and nearby Harlow, "
     "Sheriff Alan Ortiz said on Friday, as shelters took in 230 residents.", "2025-04-12"),
    ("Good evening. Our top story: the death toll from flooding along the Tamsin River has risen to 16, officials in "
     "Millbrook say. Sheriff Alan Ortiz warned the river could rise again overnight and urged residents to stay in shelters.", "2025-04-12"),
]
QUAKE = [
    ("CASTELMORA -- An earthquake killed 9 people in the hill town of Castelmora on Tuesday, governor Lidia Sarro said. "
     "The civil protection agency said 31 people were injured.", "2025-06-03"),
    ("Rescuers searched collapsed houses in Castelmora after Tuesday's earthquake, which governor Lidia Sarro said "
     "killed 9 people and injured 31, according to the civil protection agency.", "2025-06-04"),
]


def records(items: list[tuple[str, str]], first: int = 0, **extra: str) -> list[dict[str, str]]:
    return [{"text": t, "date": d, "source": f"Outlet {first + i}", **extra} for i, (t, d) in enumerate(items)]


def stories_of(path: Path) -> dict[str, set[int]]:
    result = extract([str(path)], Config(cache=False))
    out: dict[str, set[int]] = {}
    for d in result.documents:
        out.setdefault(d.story, set()).add(int(d.path.rsplit(":", 1)[1]))
    return out


def test_records_are_grouped_by_event(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(feed(records(FLOOD) + records(QUAKE, 3)))
    got = stories_of(f)
    assert sorted(got.values(), key=min) == [{1, 2, 3}, {4, 5}]
    assert set(got) == {"millbrook-2025-04-11", "castelmora-2025-06-03"}


def test_same_words_months_apart_are_two_stories(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    later = [(t, "2025-09-0" + d[-1]) for t, d in QUAKE]
    f.write_text(feed(records(QUAKE) + records(later, 2)))
    assert sorted(stories_of(f).values(), key=min) == [{1, 2}, {3, 4}]


def test_a_story_field_overrides_the_grouping(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(feed(records(FLOOD[:2]) + records(FLOOD[2:], 2, story="tamsin-evening-bulletin")))
    got = stories_of(f)
    assert got["tamsin-evening-bulletin"] == {3} and got["millbrook-2025-04-11"] == {1, 2}


def test_stories_command_says_why(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(feed(records(FLOOD) + records(QUAKE, 3)))
    r = run_in(tmp_path, "stories", "dump.jsonl")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "story millbrook-2025-04-11 (3 documents, grouped from the data)"
    assert lines[1].startswith("  dump.jsonl:1  Outlet 0  2025-04-11")
    why = [line for line in lines if line.startswith("  why: dump.jsonl:4 ~ dump.jsonl:5: words ")]
    assert len(why) == 1 and "1 day apart" in why[0] and "Castelmora" in why[0] and "Lidia Sarro" in why[0]


def test_a_story_without_a_dateline_is_named_the_same_in_every_process() -> None:
    """Named after the name its reports give most; a tie must not follow the process's string hashing."""
    import subprocess
    import sys

    code = ("from factcheck.model import Document; from factcheck.readers.stories import _name; "
            "d = Document('x', 'feed.jsonl:3', 'text', published='2021-07-14'); "
            "print(_name([d], [{'Lagos', 'Nigeria', 'Ikeja', 'Babajide Sanwo-Olu', '14 killed'}]))")
    names = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout.strip() for seed in range(6)}
    assert names == {"babajide-sanwo-olu-2021-07-14"}
