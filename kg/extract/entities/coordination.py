"""Full names the model tags ORG or GPE that the words beside them show to be people's.

"Helen Steel and David Morris", "Injured Rio Ferdinand and Sol Campbell": a two-word name
joined by "and" to a full name the model tags PERSON is a person too, as English coordinates
like with like. "Mervyn Peake's gothic fantasy Gormenghast": a name whose possessive is
followed by a work noun is the work's author (a company's work is "a Disney film", no
possessive).
"""
from __future__ import annotations

from spacy.tokens import Span

from kg.extract.shared.countries import TOWN, city_population
from kg.extract.shared.doc_text import lower_words
from kg.extract.shared.titles import POSSESSIVES

_FOREIGN_ARTICLES = {"La", "Il", "Los", "Las", "Les", "Der", "Die", "El", "Le"}   # mentions.py's and two more
_WORK_REACH = 3                                     # words between the possessive and the noun
# works an author writes, paints or composes (not ships or newspapers, which companies own)
_AUTHORED = {"album", "ballad", "ballet", "biography", "book", "comedy", "drama", "epic", "fantasy", "memoir",
             "novel", "opera", "painting", "play", "poem", "saga", "sculpture", "symphony", "thriller", "trilogy"}


def person_beside(span: Span) -> bool:
    """Whether a two-word span is coordinated with a full PERSON name, or owns a work."""
    return _and_person(span) or _author_of(span)


def _and_person(span: Span) -> bool:
    """A pair, not a longer list: "Pixies, Foo Fighters and Iron Maiden" lists bands the model
    tags PERSON too; no seat named after a town, no work after its author's possessive, no first
    word the article also writes in lower case (a given name hardly is: "New Labour and Tony Blair")."""
    doc = span.doc
    after, before = span.end, span.start - 1
    if span[0].text in _FOREIGN_ARTICLES or city_population(span[0].text) >= TOWN \
            or (before >= 0 and doc[before].text in POSSESSIVES) or _written_lower(span[0]):
        return False                                # "La Traviata", "Bristol South", "Verdi's Otello", "New Labour"
    if after + 2 < len(doc) and doc[after].lower_ == "and" and _full_person(doc, after + 1):
        return span.start == 0 or doc[span.start - 1].text != ","
    if before >= 2 and doc[before].lower_ == "and" and doc[before - 1].ent_type_ == "PERSON" \
            and doc[before - 1].ent_iob_ == "I" and doc[before - 1].is_title:
        first = before - 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return first == 0 or doc[first - 1].text != ","
    return False


def _written_lower(t) -> bool:
    return t.lower_ in lower_words(t.doc)


def _full_person(doc, i: int) -> bool:
    """A PERSON entity of two or more title-case words starts at doc[i]."""
    return doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "PERSON" and doc[i].is_title \
        and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i + 1].is_title


def _author_of(span: Span) -> bool:
    doc, j = span.doc, span.end
    if j >= len(doc) or doc[j].text not in POSSESSIVES:
        return False
    for t in doc[j + 1:min(len(doc), j + 2 + _WORK_REACH)]:
        if t.is_lower and t.pos_ == "NOUN" and t.lower_ in _AUTHORED:
            return True
        if not (t.is_lower and t.pos_ in ("ADJ", "NOUN")):
            return False
    return False
