"""Cues in the clause around a meeting word that qualify what it says: a meeting that only dates
the clause ("X spoke following the A-B summit"), an earlier meeting recalled ("than when they met
in X"), a collective subject ("European leaders": more than those named), some attendees listed
("Among those attending were A and B"), and the body a person speaks for ("NATO Secretary General
X": the person, not NATO). Split from meetings.py, which reads them.
"""
from __future__ import annotations

import re

# "X held a news conference following the A-B summit", "ahead of the talks, X said": the meeting dates the
# clause; its subject is not said to have taken part (names in the meeting's own words still are)
TIME_OF = re.compile(r"\b(?:after|following|before|ahead\s+of|prior\s+to|since|in\s+the\s+(?:run-up|lead-up|wake)\s+(?:to|of)|"
                     r"at\s+the\s+(?:end|close|conclusion)\s+of)\s+"
                     r"(?:the|their|his|her|its|this|that|last|[\w.'’-]+['’]s)\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
# "shorter than when they met in Oslo", "the first time since they met in Oslo": an earlier meeting, not of the report's day
RECALLED = re.compile(r"\b(?:than\s+when|since|(?:years?|months?|weeks?)\s+after|(?:the\s+)?(?:last|first|previous)\s+time)\s+(?:they|the\s+two(?:\s+[\w-]+)?|the\s+pair|"
                      r"[\w.'’-]+\s+and\s+[\w.'’-]+)\s+(?:last\s+|first\s+|had\s+)?$", re.I)
AMONG_THOSE = re.compile(r"\b[Aa]mong\s+(?:those|the\s+(?:leaders|guests|officials|participants|attendees))\s+(?:attending|at|present\s+at|"
                         r"in\s+attendance\s+at|taking\s+part\s+in|invited\s+to)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$")
AMONG_WERE = re.compile(r"[^.;:]{0,60}?\b(?:were|was)\s+")
# "European leaders", "world leaders", "leaders of more than a dozen countries": a company larger than those named
COLLECTIVE = re.compile(r"(?:the\s+)?(?:(?:European|world|Western|Arab|African|Asian|Latin\s+American|Nordic|Baltic|Gulf|allied|other|"
                        r"several|many|regional|foreign)\s+(?:[\w-]+\s+)?(?:leaders|heads|ministers|presidents|officials|delegations)\b|"
                        r"(?:leaders|heads|ministers|delegations)\s+(?:of|from)\s+(?:more\s+than\s+|some\s+|about\s+)?(?:\d+|a\s+dozen|dozens|"
                        r"several|many|[a-z]+ty|ten|eleven|twelve)\b)", re.I)


# "NATO Secretary General Lars Holm", "UN Secretary-General X", "European Commission President Y": the body and the title
# before a name say whom the person speaks for; the body is not a party of its own
AFFILIATION = re.compile(r"(?:[A-Z][\w.'’&-]*\s+){1,3}?(?:(?i:secretary|general|secretary-general|president|chairman|chair|"
                         r"director|director-general|commissioner|chief|head|minister|spokesman|spokeswoman|ambassador|"
                         r"envoy|leader|chancellor|premier|prime)[\s-]+){1,3}")


def speaks_for(text: str, at: int, people: list[int]) -> bool:
    """Is what is named at `at` the body (and title) of a person named right after it?"""
    return any(0 < p - at <= 60 and AFFILIATION.fullmatch(text, at, p) for p in people)


# "A and B joined X for talks with Y", "flew to Washington to join X at the talks": X sat at them too
JOIN_OBJECT = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?P<obj>[^,;:.“”\"]{2,80}?)\s+(?:at|for|in)\s+(?:the\s+|a\s+|an\s+|their\s+)?"
                         r"(?:[\w.'’-]+\s+){0,3}$")
