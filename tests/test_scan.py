"""Anchored scanning finds exactly what the plain regex scan finds, on real and generated text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import context, dates, entities, meetings, numbers, quantities
from factcheck.scan import DOC_MIN, Anchored, Union, capitalised, literal_prefixes
from tests.property.strategies import WORDS, prose

ROOT = Path(__file__).resolve().parent.parent
SCANNERS = {"numbers": lambda: numbers.lexicon().fast, "dates": lambda: dates._FAST,
            "meetings": lambda: meetings._TRIGGER_FAST, "known names": lambda: entities.lexicon().known_fast,
            "titles": lambda: entities.lexicon().title_fast, "unknown places": lambda: context._UNKNOWN_FAST,
            "triggers": lambda: quantities.measure_lexicon().trigger_fast}
TRICKY = st.sampled_from(["\u0130", "\u0131", "\u017f", "\u212a", "A", "a", "a  hundred", "a-\nthousand", "İn", "ſince",
                          "Kın", "Monday", "since Friday", "from Monday to Wed", "10 Dec", "Dec. 10", "in 2015", "٣",
                          "x12-14", "1234 567-8", "twenty-one", "someone", "often", "of 1999", "Back in 2001",
                          "during 2010", "last night", "earlier this week", "this month", "tonight", "overnight",
                          "between Monday and Tuesday", "since the quake struck on Sunday", "yesterday", "today",
                          "3rd of March", "between 5 and 9", "dozens", "a handful", "tens of thousands",
                          "Meetings", "held talks", "the summit", "a conference", "gathering", "negotiations", "convened",
                          "huddled", "gathered", "they met", "will meet", "meets", "Idlib province", "in northern Aleppo",
                          "Foreign Minister Sergei Lavrov", "Secretary of State John Kerry", "Maj. Gen. Ali Said",
                          "the Syrian Observatory", "SOHR", "near Homs", "outside the Town Hall", "into Gaza", "IN Paris",
                          "death toll", "death-toll", "Tolls", "bodies were recovered", "claimed 12 lives", "hospitalised",
                          "taken to a hospital", "in critical condition", "lost their lives", "unaccounted for", "bused out",
                          "skilled", "Evacuees", "food-insecure", "without power", "half", "half-a-dozen", "a half",
                          "a quarter of a million", "two-thirds", "four dozen", "12 lakh", "Rs 1.5 crore", "3k-8k", "$4m",
                          "between 20 and 35", "above 800", ">12", "≥ 45", "300 or more", "40-plus", "two in five",
                          "one out of every", "sixty - three", "5-4", "24/7", "9/11", "09", "a-million", "a —dozen"])


def _texts() -> list[str]:
    files = sorted((ROOT / "corpus").glob("*.md")) + sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def _same(fast: Anchored, text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    want = [(m.start(), m.end(), m.lastgroup) for m in fast.rx.finditer(text, start, end)]
    assert [(m.start(), m.end(), m.lastgroup) for m in fast.finditer(text, start, end)] == want


@pytest.mark.parametrize("name", SCANNERS)
def test_same_matches_on_every_bundled_report(name: str) -> None:
    texts = _texts()
    assert len(texts) >= 5
    for text in texts:
        _same(SCANNERS[name](), text)
        cuts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text)] + [len(text)]
        for a, b in zip(cuts, cuts[1:]):  # sentence by sentence, as the extractors ask
            _same(SCANNERS[name](), text, a, b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(prose(20), TRICKY, WORDS), max_size=12).map(" ".join), st.integers(0, 40), st.integers(0, 400))
def test_same_matches_on_generated_text(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    long = text + " Filler words here." * (DOC_MIN // 19 + 1) + text  # long enough to take the per-document path
    for make in SCANNERS.values():
        _same(make(), text, start, min(len(text), start + length))
        _same(make(), long, start, min(len(long), start + length))
        _same(make(), long, len(long) - len(text) + start, len(long))


@pytest.mark.parametrize("phrase", TRICKY.elements)
def test_same_matches_on_each_tricky_phrase(phrase: str) -> None:
    for make in SCANNERS.values():
        _same(make(), f"Officials said {phrase}, 12 people died.")


def test_words_inside_longer_words_are_not_anchors() -> None:
    fast = Anchored(re.compile(r"\bone\b", re.I), ["one"], digits=False)
    assert fast.starts("someone gone; One", 0, 17) == [14]


def test_words_with_inner_punctuation_start_only_at_a_word() -> None:
    fast = Anchored(re.compile(r"\bu\.s\.|\bper cent", re.I), ["u.s.", "per cent", "u s"], digits=False)
    assert fast.starts("The U.S. said; bu.s. (per cent) u s", 0, 35) == [4, 22, 32]
    _same(fast, "The U.S. said; bu.s. (per cent) u s, per-cent")


def test_lead_word_before_a_gap() -> None:
    fast = Anchored(re.compile(r"a(?=[\s-]+hundred)", re.I), [], digits=False, before={"hundred": "a"})
    assert fast.starts("A -\nhundred, ahundred", 0, 20) == [0]


def test_scanners_are_anchored() -> None:
    # the default lexicons are plain enough to anchor; a fallback to the plain regex would lose the speed
    for make in SCANNERS.values():
        assert isinstance(make(), Anchored)


def test_suffix_gate_lists_every_suffix_of_the_pattern() -> None:
    alternatives = re.search(r"\(\?:(province\|[^)]*)\)", context._SUFFIXED.pattern).group(1).split("|")
    assert set(alternatives) == set(context._SUFFIXES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(prose(20), WORDS, st.sampled_from(
    ["police said", "according to", "citing", "Quoting", "per", "word from", "data from", "the ministry estimated",
     "raised the toll", "revised its figure", "told reporters", "puts the figure at", "“Ten died,” said Ann Lee",
     "officials are now saying", "were reporting", "tweeted", "confirms", "troopers tell us", "is telling us",
     "stated", "announced", "warned", "insisted", "counted", "recorded", "noted", "claimed", "wrote", "lowered", "updated"])), max_size=10).map(" ".join))
def test_attribution_gates_change_nothing(text: str) -> None:
    from factcheck.extract import attribution
    from factcheck.extract.entities import DocEntities

    ents = DocEntities([], {}, entities.lexicon())
    assert attribution.clauses(text, 0, len(text), ents) == attribution.clauses(text, 0, len(text), ents, gated=False)


def test_attribution_gates_on_bundled_reports() -> None:
    from factcheck.extract import attribution
    from factcheck.extract.entities import DocEntities

    ents = DocEntities([], {}, entities.lexicon())
    for text in _texts():
        cuts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text)] + [len(text)]
        for a, b in zip(cuts, cuts[1:]):
            assert attribution.clauses(text, a, b, ents) == attribution.clauses(text, a, b, ents, gated=False)


@pytest.mark.parametrize("sentence", [
    "State troopers tell us two people died.", "Police are telling us 12 were hurt.", "The agency reported 30 deaths.",
    "Officials, however, confirmed 8 deaths.", "The ministry estimated that 200 were displaced.",
    "Rescuers counted 41 bodies, officials said.", "The UN puts the figure at 400.", "Health officials raised the toll to 31.",
    "Nine died, the governor tweeted on Friday.", "“Ten died,” wrote Ann Lee.", "Six were hurt, police noted.",
    "According to SANA, 20 were killed.", "Citing medics, Reuters said 5 died.", "Word from the mayor is that 3 died."])
def test_attribution_gates_keep_every_clause_shape(sentence: str) -> None:
    from factcheck.extract import attribution
    from factcheck.extract.entities import DocEntities

    ents = DocEntities([], {}, entities.lexicon())
    found = attribution.clauses(sentence, 0, len(sentence), ents)
    assert found and found == attribution.clauses(sentence, 0, len(sentence), ents, gated=False)


@pytest.mark.parametrize("pattern,words", [
    ("deaths?|tolls?", ["death", "toll"]), ("death[- ]tolls?|bodies(?: were)? found", ["death", "bodies"]),
    ("Gen\\.|Maj\\. Gen\\.", ["Gen", "Maj"]), ("fatalit(?:y|ies)|hospitali[sz]ed", ["fatalit", "hospitali"]),
    ("(?:a|b)c", None), ("x|[ab]y", None), ("a*b", None), ("\\bkilled", None)])
def test_literal_prefixes(pattern: str, words: list[str] | None) -> None:
    assert literal_prefixes(pattern) == words


def _union_reference(union: Union) -> re.Pattern[str]:
    return re.compile("|".join(getattr(part, "rx", part).pattern for part in union.parts))


def _same_union(union: Union, text: str, start: int = 0) -> None:
    want = [(m.start(), m.end(), m.group()) for m in _union_reference(union).finditer(text, start)]
    assert [(m.start(), m.end(), m.group()) for m in union.finditer(text, start)] == want


def test_union_of_named_places_on_bundled_reports() -> None:
    for text in _texts():
        _same_union(context._NAMED, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(prose(20), WORDS, st.sampled_from(
    ["the capital, Kabul", "capital Lima", "district of Rasuwa", "the epicentre of Lamjung", "Rana Plaza", "the Dharahara Tower",
     "The Tower", "An Old Mine", "Its Market", "Thames Bridge", "TheBig Mall", "AN Hotel", "outskirts of The Hague",
     "province of Idlib Province", "Suburbs of X", "mayor of New York City Hall", "base camp", "Everest Base Camp"])),
    max_size=12).map(" ".join), st.integers(0, 30))
def test_union_of_named_places_on_generated_text(text: str, start: int) -> None:
    _same_union(context._NAMED, text, min(start, len(text)))


def test_union_prefers_the_earlier_part_and_never_overlaps() -> None:
    union = Union(re.compile(r"ab"), re.compile(r"abc|bcd"), re.compile(r"cde"))
    assert [m.group() for m in union.finditer("abcde bcde abcd")] == \
        [m.group() for m in re.finditer(r"ab|abc|bcd|cde", "abcde bcde abcd")] == ["ab", "cde", "bcd", "ab"]


@pytest.mark.parametrize("word", ["The", "Then", "A", "An", "And", "Its", "It", "Their", "Theirs", "This", "Thistle", "Zed", "Ünal"])
def test_capitalised_is_the_lookahead_it_replaces(word: str) -> None:
    excluded = ("The", "A", "An", "This", "That", "Its", "Their")
    plain = re.compile(rf"(?!(?:{'|'.join(excluded)})\b)[A-Z]")
    fast = re.compile(capitalised(excluded))
    for text in (word, f"{word} x", f"{word}-y", f"{word}s"):
        assert bool(fast.match(text)) == bool(plain.match(text))
