"""Plural nouns for groups of people the model tags PERSON: "MPs", "Africans", "Britons".

A person's name is never a plural of an abbreviation ("MPs", "GPs") nor of a noun for one
person of a nation or continent ("Africans", "Israelis"); a surname that happens to end in
"s" ("Williams", "Evans") is neither, since no nation is called "William" or "Evan".
"""
from __future__ import annotations

import re

from kg.extract.shared.countries import country_form

_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}s")
# nouns for one person of a continent or people, which the country table does not list
_PEOPLES = {"African", "Asian", "European", "Arab", "Briton", "Scot", "Kiwi", "Aussie", "Caribbean",
            "Latino", "Hispanic", "Westerner", "Easterner"}


def plural_of_people(word: str) -> bool:
    """"MPs", "Africans", "Israelis": a plural noun for people, no one's name."""
    if _ABBREVIATION_PLURAL.fullmatch(word):
        return True
    if not word.endswith("s") or len(word) < 4:
        return False
    stem = word[:-1]
    return stem in _PEOPLES or country_form(stem) == "demonym"
