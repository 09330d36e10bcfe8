"""Parts of a total and increments read as totals; counts stated as none; heights in metres.

Each sentence is written here in a reporting style (wire, live page, regional paper,
broadcast transcript) and pins measure, interval, subset/role, place, day and source."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.rules.intervals import comparable
from tests.conftest import make_doc
from tests.extract.sentence_eval import people_facts as people



def row(f) -> tuple:
    x = dict(f.extra)
    return (f.measure, f.value.low, f.value.high, bool(x.get("subset")), x.get("role"), f.place, f.time, f.source)


MON, TUE, SUN = ("2024-03-04",) * 2, ("2024-03-05",) * 2, ("2024-03-03",) * 2


@pytest.mark.parametrize("text, want", [
    # wire copy: how badly some of them are hurt, after the total
    ("GENEVA (Reuters) - Eleven people were injured in the fire at the chemical plant in Sion on Tuesday, "
     "two of them severely, police said.",
     [("injured", 11, 11, False, None, "Sion", TUE, "police"), ("injured", 2, 2, True, None, "Sion", TUE, "police")]),
    # broadcast transcript: the part counted with an adverb only
    ("CORRESPONDENT: Thirteen people have been hurt in the crash near Bari, three badly, the fire service said on Sunday.",
     [("injured", 13, 13, False, None, "Bari", SUN, "fire service"), ("injured", 3, 3, True, None, "Bari", SUN, "fire service")]),
    # a bare figure with a condition is no people total of its own
    ("A gas explosion in Graz injured 19 people on Tuesday, four seriously, police said.",
     [("injured", 19, 19, False, None, "Graz", TUE, "police")]),
    # live page: a condition after those in hospital
    ("Live updates: 18 people remain in hospital in Trabzon, five in a critical condition, the governor's office said on Monday.",
     [("injured", 18, 18, False, None, "Trabzon", MON, "governor's office"),
      ("injured", 5, 5, True, None, "Trabzon", MON, "governor's office")]),
    # regional paper: "of them" and intensive care
    ("The regional health authority said on Sunday that 23 people are being treated in Porto, 7 of them in intensive care.",
     [("injured", 23, 23, False, None, "Porto", SUN, "regional health authority"),
      ("injured", 7, 7, True, None, "Porto", SUN, "regional health authority")]),
    # another measure after the total is its own total, not a part of it
    ("Two people were killed in Leeds on Tuesday and 15 seriously injured, police said.",
     [("killed", 2, 2, False, None, "Leeds", TUE, "police"), ("injured", 15, 15, False, None, "Leeds", TUE, "police")]),
])
def test_condition_after_a_total_is_a_part(text: str, want: list) -> None:
    assert [row(f) for f in people(text)] == want


@pytest.mark.parametrize("text, want", [
    # broadcast transcript: a list opened by "including", a group named by its size, then "others"
    ("REPORTER: The mayor of Lorca told local radio on Tuesday that at least nine people had died in the town, "
     "including a family of five, and three others.",
     [("killed", 9, None, False, None, "Lorca", TUE, "mayor of Lorca"),
      ("killed", 5, 5, True, None, "Lorca", TUE, "mayor of Lorca"),
      ("killed", 3, 3, True, None, "Lorca", TUE, "mayor of Lorca")]),
    # regional paper: "among them"
    ("Fire crews said on Monday that 12 people had been hurt in Tromso, among them a couple of teenagers.",
     [("injured", 12, 12, False, None, "Tromso", MON, "Fire crews"),
      ("injured", 2, 2, True, None, "Tromso", MON, "Fire crews")]),
    # the list ends where another measure begins
    ("Seven people died in Lagos on Monday, including two children, and 30 were injured, police said.",
     [("killed", 7, 7, False, None, "Lagos", MON, "police"), ("killed", 2, 2, True, None, "Lagos", MON, "police"),
      ("injured", 30, 30, False, None, "Lagos", MON, "police")]),
])
def test_list_after_including_is_a_part(text: str, want: list) -> None:
    assert [row(f) for f in people(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Houses folded in on themselves, and in one district alone, 31 people were killed, the governor of Herat said on Monday.",
     ("killed", 31, 31, True, None, "Herat", MON, "governor of Herat")),
    ("In Marseille, police said 12 people died in the old harbour alone on Tuesday.",
     ("killed", 12, 12, True, None, "Marseille", TUE, "police")),
    ("At a single care home in Lyon, 14 residents died, the ministry said on Monday.",
     ("killed", 14, 14, True, None, "Lyon", MON, "ministry")),
    # a named place is that place's own figure, left to the place machinery
    ("In Antakya alone, 90 people were killed on Monday, the governor said.",
     ("killed", 90, 90, False, None, "Antakya", MON, "governor")),
    # a moment, not a part of the area
    ("At one point, 40 people were trapped in the lift in Osaka on Tuesday, firefighters said.",
     ("trapped", 40, 40, False, None, "Osaka", TUE, "firefighters")),
])
def test_one_part_of_the_area(text: str, want: tuple) -> None:
    (f,) = people(text)
    assert row(f) == want


@pytest.mark.parametrize("text, want", [
    ("Divers recovered the last four bodies from the lake in Annecy on Sunday, bringing the official death toll to 52.",
     [("killed", 4, 4, False, "increment", "Annecy", SUN, None), ("killed", 52, 52, False, None, "Annecy", SUN, None)]),
    ("ANCHOR: Firefighters pulled seven more bodies from the hotel in Rigopiano on Tuesday, raising the toll there to 29.",
     [("killed", 7, 7, False, "increment", "Rigopiano", TUE, None), ("killed", 29, 29, False, None, "Rigopiano", TUE, None)]),
    # the total has no measure word of its own: it counts what the increment counts, not "in hospital"
    ("Two more patients died in hospital in Durban on Monday, taking the total to 61, the health department said.",
     [("killed", 2, 2, False, "increment", "Durban", MON, "health department"),
      ("killed", 61, 61, False, None, "Durban", MON, "health department")]),
    ("Police arrested 14 protesters in Dhaka on Monday, which brought the number in custody to 230, a police spokesman said.",
     [("arrested", 14, 14, False, "increment", "Dhaka", MON, "police"),
      ("arrested", 230, 230, False, None, "Dhaka", MON, "police")]),
])
def test_increment_before_the_toll_it_brings(text: str, want: list) -> None:
    facts = people(text)
    assert [row(f) for f in facts] == want
    assert [comparable(f, True) for f in facts] == [False, True]


@pytest.mark.parametrize("text, want", [
    ("The civil protection agency said on Monday that there is no longer anyone missing in Umbria.",
     ("missing", 0, 0, False, None, "Umbria", MON, "civil protection agency")),
    ("Everyone reported missing in Murcia has now been accounted for, the regional government said on Tuesday.",
     ("missing", 0, 0, False, None, "Murcia", TUE, "regional government")),
    ("Nobody is still unaccounted for in Kobe, the fire chief told the BBC on Sunday.",
     ("missing", 0, 0, False, None, "Kobe", SUN, "fire chief")),
])
def test_zero_counts(text: str, want: tuple) -> None:
    (f,) = people(text)
    assert row(f) == want


@pytest.mark.parametrize("text", [
    "Until all those missing are found, the search in Murcia will go on, the mayor said on Tuesday.",
    "No one was trapped in the second building in Izmir, the governor said on Monday.",
    "Not all those missing in Murcia have been accounted for, the mayor said on Tuesday.",
])
def test_no_zero_when_not_asserted(text: str) -> None:
    assert people(text) == []


def test_a_zero_beside_another_count_is_left_out() -> None:
    text = ("Officials said on Monday that there is no longer anyone missing in the north, "
            "but at least 9 people remain missing in Bergamo.")
    assert [(f.measure, f.value.low) for f in people(text)] == [("missing", 9)]


@pytest.mark.parametrize("text, want", [
    ("Dozens of cars plunged 30m into the gorge near Bergamo on Tuesday, police said.", ("other", "metres", 30)),
    ("The viaduct, 52m (171ft) above the river, gave way in Trento on Tuesday.", ("other", "metres", 52)),
    ("Officials in Accra said on Monday that 45m people live within reach of the flood plain.", ("count", "people", 45e6)),
    ("The government pledged £45m to the families on Monday.", ("other", "money", 45e6)),
    ("The deck fell 45 metres onto the railway in Trento on Tuesday, police said.", ("other", "metres", 45)),
])
def test_metres_not_million(text: str, want: tuple) -> None:
    facts = [f for f in extract_document(make_doc(text, published="2024-03-06"))
             if f.kind == "quantity" and f.value.text.startswith(("45", "30", "52"))]
    assert [(f.measure, f.unit, f.value.low) for f in facts] == [want]


def test_those_killed_include_is_a_part_of_the_toll() -> None:
    # regional paper: the nationalities of some of the dead, after the toll
    got = people("The toll stood at 212 on Thursday. Those killed include one Dutch citizen and four Poles, "
                       "the foreign ministry said.", "2023-08-25")
    whole = [f for f in got if not dict(f.extra).get("subset")]
    assert [f.value.low for f in whole] == [212]
    assert sorted(f.value.low for f in got if dict(f.extra).get("subset")) == [1, 4]


def test_of_who_is_read_as_of_whom() -> None:
    # a common slip in broadcast copy: "9 of who" is a part of the 16 the blast left injured
    got = people("The blast left 16 injured, 9 of who remain in a serious condition at the county hospital.",
                 "2023-08-25")
    assert [f.value.low for f in got if not dict(f.extra).get("subset")] == [16]


@pytest.mark.parametrize("sentence,want", [
    ("Rescuers said 18 children died at a ſingle school in the town.", True),  # a long s: re.I reads it as "s"
    ("Rescuers said 18 children died at a school in the town on Monday.", False),
    ("In the harbour district alone, 12 people died, officials said.", True),
])
def test_part_of_area_gate_keeps_every_match(sentence: str, want: bool) -> None:
    from factcheck.extract.parts import part_of_area

    at = sentence.index("1")
    assert part_of_area(sentence, 0, len(sentence), at, at + 2) is want


@pytest.mark.parametrize("sentence,whole,part", [
    ("Out of the 96 people injured, 12 are still being treated in hospital, the ministry said on Saturday.", 96, 12),
    ("Of the 40 dead, 14 were children, police said on Saturday.", 40, 14),
    ("Of those killed, 14 were pilgrims from abroad, the governor said on Saturday.", None, 14),
])
def test_a_clause_opened_by_its_whole_makes_the_figure_a_part(sentence: str, whole: int | None, part: int) -> None:
    facts = [f for f in extract_document(make_doc(sentence)) if f.kind == "quantity"]
    flags = {f.value.low: bool(dict(f.extra).get("subset")) for f in facts}
    assert flags[part] is True and (whole is None or flags[whole] is False)


def test_because_of_is_not_a_whole() -> None:
    facts = [f for f in extract_document(make_doc("Because of the storm, 12 people died on Saturday, police said."))
             if f.kind == "quantity"]
    assert [(f.value.low, bool(dict(f.extra).get("subset"))) for f in facts] == [(12, False)]


def test_a_group_named_before_its_figure_is_a_breakdown() -> None:
    text = "Officials put the number of foreigners killed at nine on Sunday, while 31 people died in all."
    facts = {f.value.low: dict(f.extra).get("breakdown") for f in extract_document(make_doc(text)) if f.kind == "quantity"}
    assert facts == {9: "foreigners", 31: None}
