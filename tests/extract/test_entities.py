"""Entities: gazetteer aliases, titles and affiliations, surnames, spelling variants, unknown names."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import entities as ent
from factcheck.extract.entities import whole_words
from factcheck.extract import extract_document
from factcheck.model import Document


def doc(text: str, outlet: str = "X") -> Document:
    return Document(id=f"d-{outlet}", path=f"{outlet}.md", text=text, published="2024-03-02", story="s", outlet=outlet)


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.canonical, m.type) for m in ent.find(text, 0).mentions]


def people(text: str) -> dict[str, str | None]:
    """surface -> affiliation, persons only."""
    return {m.surface: m.country for m in ent.find(text, 0).mentions if m.type == "person"}


@pytest.mark.parametrize("text,surface", [
    ("Daesh fighters withdrew from the town overnight.", "Daesh"),
    ("Coalition jets struck ISIL positions near the dam.", "ISIL"),
    ("The group, which calls itself Islamic State, claimed the attack.", "Islamic State"),
    ("An ISIS-linked cell was broken up, police said.", "ISIS"),
    ("Officials blamed IS for the bombing.", "IS"),
])
def test_armed_group_aliases_share_one_canonical(text: str, surface: str) -> None:
    assert (surface, "Islamic State", "armed") in mentions(text)


def test_monitoring_group_alias_and_back_reference() -> None:
    text = ("At least 12 people died, the Britain-based SOHR said on Sunday. "
            "The monitoring group, which relies on a network of sources, said the toll could rise.")
    ents = ent.find(text, 0)
    assert [m.canonical for m in ents.mentions if m.type == "monitor"] == ["Syrian Observatory for Human Rights"]
    at = text.index("The monitoring group")
    assert ent.resolve_phrase("The monitoring group", at, ents) == "Syrian Observatory for Human Rights"


def test_back_reference_without_antecedent_resolves_to_nothing() -> None:
    text = "The monitoring group said nothing more."
    assert ent.resolve_phrase("The monitoring group", 0, ent.find(text, 0)) is None


@pytest.mark.parametrize("text,surface,country", [
    ("US Secretary of State John Kerry arrived in Paris on Saturday.", "John Kerry", "United States"),
    ("Russian Foreign Minister Sergey Lavrov rejected the proposal.", "Sergey Lavrov", "Russia"),
    ("Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov said troops had paused.", "Igor Konashenkov", "Russia"),
    ("Russia's U.N. ambassador Vitaly Churkin said Friday the plan had failed.", "Vitaly Churkin", "Russia"),
    ("French Foreign Minister Jean-Marc Ayrault tweeted the three priorities.", "Jean-Marc Ayrault", "France"),
    ("Mayor Linda Okafor thanked the volunteers at Tuesday's council meeting.", "Linda Okafor", None),
])
def test_people_with_titles_and_their_affiliation(text: str, surface: str, country: str | None) -> None:
    assert people(text).get(surface, "missing") == country


def test_title_does_not_swallow_a_weekday() -> None:
    assert "Sergey Lavrov" in people("Foreign Minister Sergey Lavrov Saturday dismissed the plan.")


def test_later_surname_mentions_resolve_to_the_full_name() -> None:
    text = ("U.S. Secretary of State John Kerry met opposition leaders in Paris. "
            "Kerry said the talks were hard. Later, Kerry told reporters he was hopeful.")
    surnames = [m.canonical for m in ent.find(text, 0).mentions if m.surface == "Kerry"]
    assert surnames == ["John Kerry", "John Kerry"]


@pytest.mark.parametrize("spelling", ["Sergei Lavrov", "Sergey Lavrov"])
def test_gazetteer_spelling_variants_resolve_to_one_person(spelling: str) -> None:
    assert (spelling, "Sergey Lavrov", "person") in mentions(f"Foreign Minister {spelling} spoke in Moscow.")


@pytest.mark.parametrize("spelling", ["Bashar al-Assad", "Bashar al Assad", "Bashar Assad"])
def test_assad_spellings_share_a_canonical(spelling: str) -> None:
    assert (spelling, "Bashar al-Assad", "person") in mentions(f"Syrian President {spelling} gave an interview.")


def test_name_key_ignores_particles_hyphens_and_diacritics() -> None:
    assert ent.name_key("Abu Mohammed al-Julani") == ent.name_key("Abu Mohammed al Julani")
    assert ent.name_key("Recep Tayyip Erdoğan") == ent.name_key("Recep Tayyip Erdogan")


@pytest.mark.parametrize("text,name", [
    ("Fire Chief Dana Whitfield said crews were still on scene.", "Dana Whitfield"),  # local news, title
    ("Tomasz Wrobel told reporters the border would stay open.", "Tomasz Wrobel"),  # wire, speech verb
    ("“We lost everything,” said Maria Lopez, 54, outside the shelter.", "Maria Lopez"),  # inverted attribution
    ("Amara Nwosu, the group's director, warned of shortages.", "Amara Nwosu"),  # appositive, speech verb
])
def test_unknown_names_are_people_by_title_or_speech_verb(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "Moscow said the strikes had hit only militants.",
    "Russia said it would veto the draft.",
    "The ministry said in a statement that talks would resume.",
    "On Saturday said nothing.",
])
def test_places_and_common_words_are_not_people(text: str) -> None:
    assert people(text) == {}


def test_country_forms_map_to_the_country() -> None:
    lex = ent.lexicon()
    assert lex.countries["French"] == "France"
    assert lex.countries["Britons"] == "United Kingdom"
    assert lex.countries["U.S."] == "United States"
    assert lex.countries["Qatar"] == "Qatar"
    assert "European" in lex.regional and "European" not in lex.countries


def test_entity_facts_keep_each_outlets_spelling() -> None:
    a = extract_document(doc("Syrian President Bashar al Assad said the war would go on.", "A"))
    b = extract_document(doc("President Bashar Assad told state television the city would be retaken.", "B"))
    got = [(f.entity, f.text) for f in a + b if f.kind == "entity"]
    assert got == [("Bashar al-Assad", "Bashar al Assad"), ("Bashar al-Assad", "Bashar Assad")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="KeryAsd- ’'_é1.", max_size=40),
       st.lists(st.text(alphabet="KeryAsd’'é", min_size=1, max_size=5), min_size=1, max_size=4, unique=True))
def test_whole_words_finds_what_one_alternation_finds(text: str, words: list[str]) -> None:
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    assert whole_words(text, 0, words) == [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]
