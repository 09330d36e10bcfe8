""""A and B were joined by C and D": C and D sat at the meeting the report is telling, the one of
its present, not a background meeting named in between."""
from __future__ import annotations

from factcheck.model import Fact
from tests.extract.sentence_eval import meeting_facts


def meetings(text: str, published: str | None = "2023-09-09") -> list[Fact]:
    return meeting_facts(text, published)


def test_joined_by_adds_attendees_to_the_meeting():
    # summit wire copy: the delegations join the leaders' talks
    got = meetings("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on "
                   "Friday. Later, Lula and Milei were joined by Foreign Minister Mauro Vieira and Foreign Minister "
                   "Diana Mondino.")
    assert len(got) == 1
    assert {"Mauro Vieira", "Diana Mondino", "Javier Milei"} <= set(got[0].participants)
    assert got[0].complete is False


def test_accompanied_by_joins_the_meeting_of_the_present_not_the_background_one():
    # regional paper: an earlier meeting named between the meeting and the sentence of who came along
    got = meetings("Premier Ana Rossi met Governor Luca Ferri in Turin on Monday. The two first met during the "
                   "regional summit in Genoa in May 2019. Rossi was accompanied by deputy premier Paolo Conte.")
    turin = [f for f in got if f.place == "Turin"]
    genoa = [f for f in got if f.place == "Genoa"]
    assert len(turin) == 1 and "Paolo Conte" in turin[0].participants
    assert not any("Paolo Conte" in f.participants for f in genoa)


def test_titled_name_whose_surname_is_a_town_is_a_person():
    # press-office copy: "Adviser John Preston" (Preston is also a town) is one attendee, not a name and a place
    got = meetings("Prime Minister Keir Starmer hosted Chancellor Olaf Scholz in London on Thursday with "
                   "Security Adviser Tim Preston.")
    assert len(got) == 1
    assert "Tim Preston" in got[0].participants
    assert not {"Tim", "Preston"} & set(got[0].participants)


def test_bare_title_beside_the_names_is_not_an_attendee():
    # wire: "joined by U.S. Ambassador to Japan Ada Brennan": the title is hers, not another party
    got = meetings("Kishida met Blinken in Tokyo on Friday. Later, Kishida and Blinken were joined by "
                   "U.S. Ambassador to Japan Ada Brennan and special envoy Mark Lowe.")
    assert len(got) == 1
    assert {"Ada Brennan", "Mark Lowe"} <= set(got[0].participants)
    assert not any("Ambassador" in p for p in got[0].participants)


def test_accompanied_by_with_a_meeting_word_in_an_apposition():
    # wire: "his point man in negotiations" is an apposition, not a meeting of its own
    got = meetings("President Lula and President Milei opened their summit in Brasilia on Friday. Milei was being "
                   "accompanied by Diana Mondino, his point man in negotiations, and Luis Caputo.")
    assert len(got) == 1
    assert {"Diana Mondino", "Luis Caputo"} <= set(got[0].participants)


def test_short_form_followed_by_more_name_is_another_person():
    # "Kim Yong Chol" beside "Kim Jong Un": not the leader's short form
    got = meetings("North Korea's Kim Jong Un met Moon Jae-in in Panmunjom on Friday. Kim was accompanied by "
                   "Kim Yong Chol and Ri Son Gwon.")
    assert len(got) == 1
    assert {"Kim Jong Un", "Kim Yong Chol", "Ri Son Gwon"} <= set(got[0].participants)
    assert "Yong Chol" not in got[0].participants
