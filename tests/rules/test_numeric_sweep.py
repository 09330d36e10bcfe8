"""numeric: the interval sweep gives the pairwise answer, without the pairs (issue 19)."""
from __future__ import annotations

import random
import time

import pytest

from factcheck.model import Evidence, Fact, Value
from factcheck.rules.loader import decode
from factcheck.rules.clashes import _clash, _clash_pairwise, _nested
from factcheck.yamlsafe import load_text

RULE = "id: casualties\nextends: numeric\nscope: {kind: quantity}\nsame: [story, measure, place, time]\n"


def rule(extra: str = ""):
    return decode(load_text(RULE + extra, "inline.yaml", with_lines=True), "inline.yaml")


def fact(n: int, low: float | None, high: float | None, *, doc: str = "a", source: str | None = None, vague: bool = False,
         approx: bool = False, revision: bool = False, previous: tuple[float, float] | None = None,
         earlier: bool = False, time: tuple[str, str] | None = None) -> Fact:
    return Fact(id=f"f{n}", doc=doc, kind="quantity", evidence=Evidence(n, n + 1, 1, n + 1, "s"), measure="killed",
                value=Value(low, high, approx, str(low), vague), unit="people", source=source, time=time,
                previous=Value(*previous) if previous else None, revision=revision,
                extra=(("earlier", True),) if earlier else ())


def random_groups(rng: random.Random, n: int) -> list[list[Fact]]:
    """Distinct figures (one key each), some repeated by several reports, in every combination of flags."""
    values = [(v, v) for v in rng.sample(range(1, 60), 8)] + [(10, 20), (30, 45), (0, 5), (50, None), (5, 50)]
    windows = rng.choice(([("2024-03-02", "2024-03-02")], [("2024-03-01", "2024-03-02"), ("2024-03-02", "2024-03-02")]))
    groups, k = [], 0
    for _ in range(n):
        low, high = rng.choice(values)
        shared = dict(vague=rng.random() < 0.15, approx=rng.random() < 0.2, revision=rng.random() < 0.25,
                      previous=rng.choice(values) if rng.random() < 0.4 else None, earlier=rng.random() < 0.1,
                      time=rng.choice(windows))
        members = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            k += 1
            members.append(fact(k, low, high, doc=rng.choice("abcde"), source=rng.choice((None, "police", "police", "ministry")),
                                **shared))
        groups.append(members)
    return groups


@pytest.mark.parametrize("options", ["", "vague_conflicts: true\n", "tolerance: 0.2\napprox_tolerance: 0.3\n"])
def test_sweep_gives_the_pairwise_answer_on_random_clusters(options: str) -> None:
    rng = random.Random(19)
    r = rule(options)
    for _ in range(1500):
        groups = random_groups(rng, rng.randint(1, 14))
        assert _clash(groups, r) == _clash_pairwise(groups, r)


def test_a_revision_chain_is_explained_and_a_plain_clash_is_not() -> None:
    r = rule()
    chain = [[fact(1, 26, 26)], [fact(2, 60, 60, doc="b", previous=(26, 26))]]  # "rose to 60 from 26"
    assert _clash(chain, r).explained
    plain = [[fact(1, 26, 26)], [fact(2, 60, 60, doc="b")]]
    got = _clash(plain, r)
    assert got.involved == (0, 1) and not got.explained and not got.relayed


def test_one_source_relayed_with_different_figures() -> None:
    got = _clash([[fact(1, 20, 20, source="SANA")], [fact(2, 25, 25, doc="b", source="SANA")]], rule())
    assert got.relayed
    got = _clash([[fact(1, 20, 20, source="SANA")], [fact(2, 25, 25, doc="b", source="SOHR")]], rule())
    assert not got.relayed


def test_backing_counts_the_documents_of_compatible_figures() -> None:
    groups = [[fact(1, 20, 20, doc="a"), fact(2, 20, 20, doc="b")], [fact(3, 25, 25, doc="c")],
              [fact(4, 10, 30, doc="d")], [fact(5, 100, 200, doc="e", vague=True)]]
    got = _clash(groups, rule())
    assert got.involved == (0, 1)
    assert got.backing == {0: {"a", "b", "d", "e"}, 1: {"c", "d", "e"}}


def test_eight_thousand_distinct_figures_in_one_report_take_no_pairs() -> None:
    groups = [[fact(n, float(n), float(n))] for n in range(1, 8001)]
    t = time.process_time()
    got = _clash(groups, rule())
    assert time.process_time() - t < 5  # the pairs alone were 64 million (39 s, 1 GB)
    assert len(got.involved) == 8000 and not got.explained
    assert got.backing[0] == {"a"}


def test_days_inside_another_figures_days_are_found() -> None:
    sat, since_wed, fri = ("2024-03-02", "2024-03-02"), ("2024-02-28", "2024-03-02"), ("2024-03-01", "2024-03-01")
    assert _nested([sat, since_wed]) and _nested([since_wed, None, sat])
    assert not _nested([sat, sat, None]) and not _nested([sat, fri])
    assert not _nested([since_wed, ("2024-02-28", "2024-03-03")])  # the same start: neither is inside the other


def test_a_figure_of_part_of_the_period_only_has_to_stay_below_the_whole() -> None:
    whole = [fact(1, 2429, 2429, time=("2024-02-28", "2024-03-02"))]  # "2,429 rescued since Wednesday"
    part = [fact(2, 32, 32, doc="b", time=("2024-03-02", "2024-03-02"))]  # "32 pulled out alive on Saturday"
    assert _clash([whole, part], rule()).involved == ()
    above = [fact(3, 3000, 3000, doc="c", time=("2024-03-02", "2024-03-02"))]
    assert _clash([whole, above], rule()).involved == (0, 1)
