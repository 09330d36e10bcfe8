"""variant: one person spelled differently by different outlets (level info)."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules.loader import decode
from factcheck.yamlsafe import load_text
from tests.conftest import make_doc

RULE = """id: name-spelling
extends: variant
scope: {kind: entity}
same: [story]
similarity: 0.8
level: info
"""


def run(*docs):
    rule = decode(load_text(RULE, "inline.yaml", with_lines=True), "inline.yaml")
    facts = [f for d in docs for f in extract_document(d)]
    return [(f.status, f.level, dict(f.detail)["summary"]) for f in engine.run([rule], facts, list(docs))]


def test_gazetteer_variants_list_which_outlet_uses_which_spelling() -> None:
    a = make_doc("Syrian President Bashar al-Assad said the war would go on.", outlet="Wire")
    b = make_doc("President Bashar al Assad told state television the city would be retaken.", outlet="Paper")
    c = make_doc("Bashar Assad said on Thursday that retaking the city would change the war.", outlet="Radio")
    (status, level, summary), = run(a, b, c)
    assert (status, level) == ("variant", "info")
    assert summary == ("Bashar al-Assad spelled 3 ways: 'Bashar Assad': Radio; 'Bashar al Assad': Paper; "
                       "'Bashar al-Assad': Wire")


def test_unknown_names_match_by_surname_and_a_close_first_name() -> None:
    a = make_doc("Interior Minister Dmitry Kozlov said the border would stay open.", outlet="A")
    b = make_doc("Interior Minister Dmitri Kozlov said the border would stay open.", outlet="B")
    (status, _, summary), = run(a, b)
    assert status == "variant" and "'Dmitry Kozlov': A" in summary and "'Dmitri Kozlov': B" in summary


def test_same_spelling_everywhere_is_no_finding() -> None:
    a = make_doc("Russian Foreign Minister Sergey Lavrov said the talks had failed.", outlet="A")
    b = make_doc("Foreign Minister Sergey Lavrov told reporters the talks had failed.", outlet="B")
    assert run(a, b) == []


def test_different_people_with_one_surname_are_not_variants() -> None:
    a = make_doc("Senator Maria Lopez said the bill would pass.", outlet="A")
    b = make_doc("Judge Carlos Lopez said the case would be heard in May.", outlet="B")
    assert run(a, b) == []
