"""Country names in parsed text: a token or its entity span -> a COUNTRY Mention.

"the US", "America", "Chinese firms", "Beijing" (as an actor) all mean a country. The
name tables and ISO codes are countries.py's; this module adds the token-level rules
the trade extractor needs.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.shared.countries import country_code, country_label
from kg.facts import COUNTRY, Mention


def lookup_country(text: str) -> tuple[str, str] | None:
    """'the US' -> ('United States', 'US'); 'Chinese' -> ('China', 'CN'); unknown -> None."""
    clean = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
    clean = clean.removesuffix("'s").removesuffix("’s").rstrip("'’").strip()
    if not clean or not clean[0].isupper():
        return None
    code = country_code(clean)
    if code is None and clean.endswith("s"):   # plural demonyms: "Americans", "Indians"
        code = country_code(clean[:-1])
    return (country_label(code), code) if code else None


def _span_for(token: Token) -> Span | None:
    doc = token.doc
    if token.ent_type_ in ("GPE", "NORP", "LOC", "ORG"):
        start, end = token.i, token.i + 1
        while doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    # compound chains without NER: "United States", "New Delhi" (not the common nouns before a name:
    # "Rival producer Sri Lanka", tagged a person)
    left = token.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == token.i \
            and doc[left - 1].pos_ == "PROPN":
        left -= 1
    return doc[left: token.i + 1]


# Region adjectives built on a demonym: "Latin American exports" are no country's.
_REGION_WORDS = frozenset({"latin", "central", "north", "south", "east", "west", "southeast", "northeast",
                           "sub-saharan", "pan"})
_REGION_DEMONYMS = frozenset({"american", "asian", "african", "european", "arab"})


def country_of_token(token: Token) -> Mention | None:
    """The country a token stands for, through its entity span or its own text."""
    if token.lower_ in _REGION_DEMONYMS and token.i > 0 and token.doc[token.i - 1].lower_ in _REGION_WORDS:
        return None
    span = _span_for(token)
    # inside a longer name ("Latin American", "American Airlines") the token alone means nothing
    candidates = [span] if span is not None and len(span) > 1 and token.ent_type_ else [
        s for s in (span, token.doc[token.i: token.i + 1]) if s is not None]
    for span in candidates:
        found = lookup_country(span.text)
        if found:
            name, code = found
            return Mention(kind=COUNTRY, name=name, text=span.text, start=span.start_char,
                           end=span.end_char, code=code)
    return None
