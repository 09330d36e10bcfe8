"""Each lexicon is built once per process and set of rule directories, however callers spell it."""
from __future__ import annotations

import pytest

from factcheck.extract import entities, numbers, places, quantities

BUILDERS = [places.gazetteer, numbers.lexicon, entities.lexicon, quantities.measure_lexicon]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda f: f.__module__ + "." + f.__name__)
def test_default_spelled_two_ways_is_one_object(build) -> None:
    assert build() is build(()) is build(extra_dirs=())


def test_other_rule_dirs_get_their_own(tmp_path) -> None:
    assert numbers.lexicon((str(tmp_path),)) is not numbers.lexicon()
    assert numbers.lexicon([str(tmp_path)]) is numbers.lexicon((str(tmp_path),))
