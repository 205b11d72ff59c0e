"""Words the wire capitalises after "U.S.": "Exports to the U.S. Rose 23 pct", "the U.S. And Japan".

Reuters copy of the 1980s (and archives converted from upper-case feeds) writes the word after an
abbreviation ending in a full stop with a capital, as if a sentence began there. The tagger then reads
"Rose" and "And" as names and the parser loses the clause. A closed-class word or a verb of change
after such an abbreviation is put back in lower case before parsing; the length is unchanged, so
offsets stay the source's. Names ("U.S. Agriculture Department", "U.S. Wheat") are left alone.
Lives under extract/ so the build fingerprint changes with it.
"""
from __future__ import annotations

import re

# Verbs that report a figure's change, which wire copy puts right after the country
_CHANGE_VERBS = frozenset({"rose", "fell", "rises", "falls", "rising", "falling", "declined", "increased",
                           "decreased", "dropped", "climbed", "slipped", "jumped", "totalled", "totaled",
                           "said", "says", "stood", "amounted", "reached", "eased", "gained"})
# Closed-class words: articles, prepositions, conjunctions, auxiliaries, pronouns, a few adverbs
_CLOSED = frozenset("""a an the and or but nor so yet if as than that which who whom whose what when where while
to of in on at by for from with into onto over under after before about against between through during
since until within without across along among toward towards per via
is are was were be been being has have had having do does did will would shall should can could may might
must it its he she they them their his her we our this these those there also not no only still already
now then again alone too all both each either neither more most less""".split())
_LOWER = _CLOSED | _CHANGE_VERBS
_AFTER_ABBREVIATION = re.compile(r"\b((?:U\.S|U\.K|U\.N|E\.C)\.\s+)([A-Z][a-z]+)\b")
# A lede's opening name in capitals, possessive, before running text ("AUSTRALIA'S live cattle exports
# rebounded", "SOUTH KOREA'S car sales"): the tagger reads "AUSTRALIA 'S" as a noun and "is".
_CAPITAL_POSSESSIVE = re.compile(r"\b((?:[A-Z]{2,} )*[A-Z]{3,})(['\u2019]S)(?= [a-z])")


def lower_wire_capitals(text: str) -> str:
    """`text` with a closed-class word or change verb after "U.S." etc. in lower case, and a capital
    possessive name before running text in title case (same length)."""
    def fix(m: re.Match) -> str:
        word = m.group(2)
        return m.group(1) + word.lower() if word.lower() in _LOWER else m.group(0)
    def title(m: re.Match) -> str:
        return m.group(1).title() + m.group(2).lower()
    return _CAPITAL_POSSESSIVE.sub(title, _AFTER_ABBREVIATION.sub(fix, text))
