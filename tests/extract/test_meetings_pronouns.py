"""Who "their" and "the two leaders" are, who "Joining A are ..." adds, and who dined: the
people of the report's latest sentences, not the first-named ones."""
from __future__ import annotations

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str, published: str | None = "2022-06-30") -> list[Fact]:
    return meeting_facts(text, published)


def test_their_is_the_pair_named_last():
    # regional paper: the leaders, then aides, then the leaders again: "their" is the leaders
    got = meetings("President Andrzej Duda and President Gitanas Nauseda met in Warsaw on Wednesday. Aides Lena "
                   "Kowalski and Piotr Nowak arrived later. Duda and Nauseda spoke at length. It was shorter than "
                   "their breakfast talks in Vilnius the previous spring.")
    vilnius = [f for f in got if f.place == "Vilnius"]
    assert vilnius and all(set(f.participants) == {"Andrzej Duda", "Gitanas Nauseda"} for f in vilnius)


def test_joining_a_are_adds_to_the_dinner():
    # photo caption style: "Joining A are X and Y"
    got = meetings("Chancellor Olaf Scholz and President Emmanuel Macron began their summit by dining together at "
                   "the Elysee Palace in Paris on Tuesday. Joining Scholz are Finance Minister Christian Lindner and "
                   "adviser Jens Plotner.")
    dinner = [f for f in got if dict(f.extra).get("session") == "dinner"]
    assert len(dinner) == 1
    assert {"Olaf Scholz", "Emmanuel Macron", "Christian Lindner", "Jens Plotner"} <= set(dinner[0].participants)


def test_title_inside_a_name_run_is_cut():
    # "Party of X Vice Chairman and Department Director Y": the name is what follows the last title
    got = meetings("President Lee Jae-myung hosted Premier Li Qiang in Seoul on Monday with Democratic Party "
                   "Vice Chairman and Policy Department Director Park Min-soo.")
    assert len(got) == 1
    assert "Park Min-soo" in got[0].participants
    assert not any("Chairman" in p or "Director" in p for p in got[0].participants)


def test_session_evidence_is_the_mention_that_names_it():
    # "dined together" first, "the state dinner" later: the dinner is shown by the sentence that names it
    got = meetings("King Charles and President Joe Biden dined together at Windsor Castle in Windsor on Monday. "
                   "The state dinner between King Charles and Biden lasted two hours.")
    dinner = [f for f in got if dict(f.extra).get("session") == "dinner"]
    assert len(dinner) == 1 and "state dinner" in dinner[0].evidence.sentence
