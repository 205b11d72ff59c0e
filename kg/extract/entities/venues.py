"""Venues named after a person: "Grauman's Chinese Theatre", "St James' Park".

A name whose possessive is followed by a capitalised venue noun is part of the venue's name,
no mention of its namesake (tests/golden/README.md, people policy). Only a nationality word may
come between ("Chinese"): "Dalglish's Celtic Park" names the venue "Celtic Park", and the man.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.shared.countries import country_form
from kg.extract.shared.titles import POSSESSIVES

THING = "thing"                                         # as surroundings.THING
# last words of venue names; not "Road" or "Street", which are addresses
_VENUES = {"Park", "Theatre", "Theater", "Hall", "Stadium", "Arena", "Gardens", "Cathedral", "Church", "Chapel",
           "College", "Hospital", "Palace", "Castle", "Abbey", "Square"}


def named_venue(doc: Doc, start: int, end: int) -> str | None:
    """THING when doc[start:end] is followed by a possessive and a venue noun."""
    if end + 1 >= len(doc) or doc[end].text not in POSSESSIVES:
        return None
    k = end + 1
    if (doc[k].ent_type_ == "NORP" or country_form(doc[k].text) == "demonym") and doc[k].text[:1].isupper() \
            and k + 1 < len(doc):
        k += 1
    return THING if doc[k].text in _VENUES else None
