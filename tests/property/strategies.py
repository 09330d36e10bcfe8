"""Text strategies shaped like news prose, so random examples reach the parsers' real paths."""
from __future__ import annotations

from hypothesis import strategies as st

NUMBERY = ["one", "two", "twenty-five", "hundred", "thousand", "million", "billion", "and", "a", "dozen", "dozens", "of",
           "between", "to", "-", "–", "at least", "nearly", "about", "more than", "up to", "some", "an estimated",
           "several", "hundreds", "thousands", "tens", "scores", "1,000", "2.5", "19,136", "2-3", "20 to 25", "3m", "4bn",
           "0", "007", "99999999999999999999", "1e5", "1.", ".5", "12,34", "1,000,000.25", "%", "percent", "$", "€5"]
NEWSY = ["people", "were", "killed", "wounded", "injured", "missing", "in", "Aleppo", "Kathmandu", "Syria", "on",
         "Saturday", "Dec", "10", "2016", "said", "the", "police", "according to", "SANA", "Reuters", "the death toll",
         "rose", "from", "another", "Flight", "370", "years old", "km", "\"", "“", "”", ",", ".", ";", ":", "(", ")",
         "\n", "\n\n", "—", "Mr.", "U.S.", "President", "met", "talks", "with", "Kerry", "Lavrov", "'"]
WORDS = st.sampled_from(NUMBERY + NEWSY)
ODD = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6)  # any Unicode, no surrogates


@st.composite
def prose(draw: st.DrawFn, max_words: int = 60) -> str:
    """Words and figures in news order, with odd characters mixed in."""
    parts = draw(st.lists(st.one_of(WORDS, WORDS, WORDS, ODD), max_size=max_words))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "", "  ", "\n", "\t"]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))
