"""Which meeting words are meetings: "met" but not "the demand was met", "summit" but not "the
summit of Mont Blanc", "talks" but not "two TED talks", a press conference only when leaders
hold it jointly, "hosted"/"received"/"welcomed" only with a guest named after them.
"""
from __future__ import annotations

import re

from ..scan import Anchored

TRIGGER = re.compile(r"\b(?:(?P<noun>meetings?|talks|summit|conference|gathering|negotiations|dinner|lunch|luncheon|"
                     r"one-on-one|tete-a-tete|tête-à-tête)|"
                     r"(?P<verb>met|meet|meets|meeting|convened|convene|huddled|gathered|hosted|hosts|received|receives|welcomed|welcomes|dined|dines|"
                     r"dining(?!\s+(?:rooms?|halls?|tables?|cars?|areas?|out|options?|experiences?|scene))|"
                     r"(?:sat|sit|sits|sitting) down(?= with\b)))\b", re.I)
TRIGGER_FAST = Anchored(TRIGGER, ["meet", "met", "talks", "summit", "conference", "gathering", "negotiations", "convene",
                                  "huddled", "gathered", "dinner", "lunch", "one-on-one", "tete", "tête", "host",
                                  "receive", "welcome", "dined", "dines", "dining", "sat down", "sit down", "sits down", "sitting down"], digits=False)
OBJECT_VERB = re.compile(r"hosted|hosts|received|receives|welcomed|welcomes", re.I)  # a meeting only with a person after: "hosted Bianchi"
NOT_MEETING = re.compile(r"(?:news|press|video|phone|telephone)\s+$", re.I)
PASSIVE = re.compile(r"\b(?:was|were|be|been|being|is|are)\s+$", re.I)
NOT_AFTER = re.compile(r"\s+(?:call|calls|about|to reporters|to journalists|with (?:resistance|criticism|skepticism|"
                       r"scepticism|anger|protests?|silence|derision|outrage|dismay|approval|applause)|"
                       r"(?:the|its|their|his|her|our|a|an|these|those)\s+(?:\w+\s+)?(?:needs?|demands?|targets?|"
                       r"deadlines?|criteria|requirements?|standards?|costs?|goals?|conditions?|expectations?|obligations?))\b", re.I)
NOT_A_MEETING = re.compile(r"\s+of\s+(?:the\s+)?(?:minds\b|Mount\b|Mont\b|Mt\.|Monte\b|the mountain|the peak|the hill|"
                           r"the volcano|the tower|the ridge|Everest|Kilimanjaro|Denali|Olympus|popularity|his career|her career)"
                           r"|\s+(?:on|about)\s+(?:TV|television|radio|YouTube|podcasts?)\b", re.I)
NOT_A_MEETING_BEFORE = re.compile(r"(?:\bTED(?:x)?|\b(?:gave|give|gives|giving|deliver(?:s|ed)?|series of)\s+(?:\w+\s+){0,2}|"
                                  r"\b(?:reached|reach|reaches|climbed|climb|climbs|scaled|conquered)\s+the)\s*$", re.I)
JOINT_PRESSER = re.compile(r"\b(?:joint?|(?:hold|held|holds|holding|gave|give|gives|giving)\s+(?:a|their)(?:\s+joint?)?)\s+"
                           r"(?:press|news)\s+$", re.I)


def is_meeting(text: str, m: re.Match[str]) -> bool:
    if NOT_MEETING.search(text, max(0, m.start() - 12), m.start()):
        return bool(JOINT_PRESSER.search(text, max(0, m.start() - 40), m.start()))  # leaders' joint press conference: a session
    if m.group().lower() == "met" and PASSIVE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "the demand was met"
    if m.group("verb") and re.match(r"\s+by\b", text[m.end():m.end() + 4]) and m.group().lower() != "met":
        return False  # "intelligence gathered by agencies": a participle, not a meeting
    if OBJECT_VERB.fullmatch(m.group()) and not re.match(r"\s+(?:(?:his|her|their)\s+[A-Z]|[A-Z](?!\w*\s+(?:of|for)\b)(?![\w.-]*['’]s?\s))",
                                                         text[m.end():m.end() + 40]):
        return False  # "received criticism", "hosted a concert", "welcomed Britain's decision": no guest named
    if m.group().lower() in ("dinner", "lunch", "luncheon") and not re.search(
            r"\b(?:with|between|for|hosted|attended|joined|together|leaders?|delegations?|working|state|official|social)\b",
            text[max(0, m.start() - 40):m.end() + 40], re.I):
        return False  # "dinner was served": a meal, not a meeting, unless people share it
    if NOT_A_MEETING.match(text, m.end()) or NOT_A_MEETING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "a meeting of minds", "the summit of Mont Blanc", "two TED talks"
    return not (m.group("verb") or m.group().lower() == "talks") or not NOT_AFTER.match(text, m.end())
