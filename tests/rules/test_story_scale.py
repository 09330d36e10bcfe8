"""A story of many copies (one wire report run by hundreds of papers) is compared in time that
grows with its copies, not with their square: 400 copies of five reports took ten minutes when
the quote, meeting and part-of-whole rules compared every pair of facts.

The bound is a ratio (4x the copies in at most 5x the CPU time, as tests/test_budget.py), and
the findings must be those of comparing every pair."""
from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.rules import engine
from factcheck.rules.loader import load_rules
from tests.conftest import make_doc
from tests.test_budget import linear

REPORTS = (
    ("Harbour Gazette", "2025-03-08",
     'Foreign ministers of Norway, Chile and Kenya met in Lisbon on Friday to discuss the fishing accord. '
     '"We owe our coastal towns a deal that lasts longer than one season," Chilean minister Ana Paredes said. '
     'Floods in the northern Lisbon district killed 14 people, while 9 died in all of Portugal, officials said.'),
    ("Coastal Wire", "2025-03-08",
     'Ministers from Norway and Chile held talks in Lisbon on Friday. Paredes told reporters: "We owe the '
     'coastal towns a deal that will last longer than a single season." The fishing accord is due next month.'),
    ("Evening Ledger", "2025-03-09",
     'The talks in Lisbon between Norway, Chile and Kenya ended on Saturday. "A deal that lasts," Paredes said, '
     '"is what our towns are owed." Fourteen people were killed by the floods, the civil protection agency said.'),
)


AGREEING = (
    ("Harbour Gazette", "2025-03-08",
     'Foreign ministers of Norway, Chile and Kenya met in Lisbon on Friday to discuss the fishing accord. '
     '"We owe our coastal towns a deal that lasts longer than one season," Chilean minister Ana Paredes said. '
     'Floods in the northern Lisbon district killed 14 people, officials said.'),
    ("Coastal Wire", "2025-03-08",
     'Ministers from Norway, Chile and Kenya held talks in Lisbon on Friday. Paredes told reporters: "We owe the '
     'coastal towns a deal that will last longer than a single season." Kenyan minister Joseph Otieno said: '
     '"Nobody leaves this table empty-handed." Floods killed 14 people in northern Lisbon, the agency said.'),
    ("Evening Ledger", "2025-03-08",
     'The talks in Lisbon between Norway, Chile and Kenya were held on Friday. "A deal that lasts," Paredes said, '
     '"is what our towns are owed." Otieno said nobody would leave "this table empty-handed".'),
)


def story(copies: int, reports: tuple = REPORTS) -> tuple[list, list]:
    docs, facts = [], []
    for n in range(copies):
        for outlet, day, text in reports:
            doc = make_doc(text, published=day, story="accord", outlet=f"{outlet} {n}", doc_id=f"{outlet}-{n}")
            docs.append(doc)
            facts += extract_document(doc)
    return facts, docs


RULES, _ = load_rules()


def findings(copies: int) -> list:
    facts, docs = story(copies)
    return engine.run(RULES, facts, docs)


def test_copies_are_compared_as_every_pair_would_be() -> None:
    """k copies: each day conflict and each part above its whole is found between every pair of
    copies (k*k), and the reworded quote is one finding with every report that quotes it."""
    one, many = findings(1), findings(6)
    count = lambda fs, rule, status: sum(1 for f in fs if (f.rule, f.status) == (rule, status))  # noqa: E731
    assert count(one, "meeting-day", "conflict") == 2
    assert count(many, "meeting-day", "conflict") == 2 * 6 * 6
    assert count(one, "casualty-figures", "conflict") == 1
    assert count(many, "casualty-figures", "conflict") == 6 * 6
    variant = [f for f in many if (f.rule, f.status) == ("quote-wording", "variant")]
    assert len(variant) == 1 and len(dict(variant[0].detail)["renderings"]) == 3 * 6


def test_comparing_a_story_grows_linearly_with_its_copies() -> None:
    small, large = story(15, AGREEING), story(60, AGREEING)
    assert len(engine.run(RULES, *small)) == len(engine.run(RULES, *large))  # agreement: one finding each, however many copies
    assert linear(lambda: engine.run(RULES, *large), lambda: engine.run(RULES, *small))
