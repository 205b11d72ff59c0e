"""Two spellings of one surname within an article: "Mr Kilroy-Silk" beside "Robert Kilroy Silk",
"Ms Abbott" beside "Diane Abbot".

News copy writes a double-barrelled surname with a hyphen in one sentence and a space in the
next, and drops or doubles a letter of a surname it spells right elsewhere. Resolution uses this
only to join a bare surname to a person of the same article: across articles a near spelling is
as likely another person ("Abbot" and "Abbott").
"""
from __future__ import annotations

_SHORTEST = 5                       # "Abbot"; shorter surnames differ by a letter too often ("Hil", "Hill")


def same_surname(word: str, name: tuple[str, ...]) -> bool:
    """Whether the slug `word` is the surname of the name's word tuple spelt another way."""
    if len(name) > 2 and word.replace("-", "") == name[-2] + name[-1]:
        return True                                     # "kilroy-silk" / ("robert", "kilroy", "silk")
    return _doubled_letter(word, name[-1]) or _doubled_letter(name[-1], word)


def _doubled_letter(longer: str, shorter: str) -> bool:
    """"abbott" is "abbot" with its last consonant doubled: one letter of a double dropped."""
    if len(longer) != len(shorter) + 1 or len(shorter) < _SHORTEST or not longer.isalpha():
        return False
    for i in range(1, len(longer)):
        if longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter:
            return True
    return False
