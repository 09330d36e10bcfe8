"""Score the quantity extractor on tests/extract/data/quantity_sentences.yaml.

Used by the test (thresholds) and runnable as a script to see every miss:
    python tests/extract/sentence_eval.py [-v]
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.extract import extract_document
from factcheck.model import Document

DATA = Path(__file__).parent / "data" / "quantity_sentences.yaml"
PEOPLE = {"killed", "injured", "missing", "trapped", "displaced", "evacuated", "rescued", "arrested", "affected"}


def people_facts(text: str, published: str = "2024-03-06") -> list:
    """The people-count facts of one sentence or paragraph, as a report dated `published` (tests' shorthand)."""
    from tests.conftest import make_doc

    return [f for f in extract_document(make_doc(text, published=published))
            if f.kind == "quantity" and f.measure in PEOPLE]


def meeting_facts(text: str, published: str | None) -> list:
    """The meeting facts of a text, as a report dated `published` (the meeting tests' shorthand)."""
    doc = Document(id="d", path="d.md", text=text, published=published, story="s", outlet="X")
    return [f for f in extract_document(doc) if f.kind == "meeting"]


STOP = {"the", "of", "and", "a", "an", "in", "city", "province", "state", "region"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    place: list[bool] = field(default_factory=list)
    day: list[bool] = field(default_factory=list)
    source: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @staticmethod
    def share(xs: list[bool]) -> float:
        return sum(xs) / len(xs) if xs else 1.0


def words(s: object) -> set[str]:
    return {w.strip(".,'\"’").lower() for w in str(s or "").replace("-", " ").split()} - STOP - {""}


def same_num(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(b), 1)


def case_doc(case: dict) -> Document:
    return Document(id=case["id"], path=f"{case['id']}.txt", text=case["text"], published=str(case["published"]), story="t")


def evaluate() -> Score:
    cases = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    sc = Score()
    for case in cases:
        facts = [f for f in extract_document(case_doc(case)) if f.kind == "quantity" and f.measure in PEOPLE]
        unmatched = list(facts)
        for g in case.get("facts") or []:
            hit = next((f for f in unmatched if f.measure == g["measure"] and same_num(f.value.low, g["low"])
                        and same_num(f.value.high, g["high"])), None)
            if hit is None:
                sc.fn += 1
                sc.misses.append(f"missed {case['id']}: {g['measure']} {g['low']}..{g['high']}")
                continue
            unmatched.remove(hit)
            sc.tp += 1
            ok_place = (not g.get("place") and not hit.place) or bool(words(g.get("place")) & words(hit.place))
            ok_day = hit.time == (str(g["start"]), str(g["end"]))
            ok_src = (g.get("source") is None and hit.source is None) or bool(words(g.get("source")) & words(hit.source))
            sc.place.append(ok_place)
            sc.day.append(ok_day)
            sc.source.append(ok_src)
            for ok, what, want, got in ((ok_place, "place", g.get("place"), hit.place), (ok_day, "day", (g["start"], g["end"]), hit.time),
                                        (ok_src, "source", g.get("source"), hit.source)):
                if not ok:
                    sc.misses.append(f"wrong {what} {case['id']} {g['measure']} {g['low']}: want {want!r} got {got!r}")
        for f in unmatched:
            sc.fp += 1
            sc.misses.append(f"extra {case['id']}: {f.measure} {f.value.low}..{f.value.high} {f.value.text!r}")
    return sc


if __name__ == "__main__":
    s = evaluate()
    if "-v" in sys.argv:
        print("\n".join(s.misses))
    print(f"precision {s.precision:.3f} recall {s.recall:.3f} place {Score.share(s.place):.3f} "
          f"day {Score.share(s.day):.3f} source {Score.share(s.source):.3f} (tp {s.tp} fp {s.fp} fn {s.fn})")
