"""Given names the model left out of a name: "coach Rinus | Michels", "Gilberto | Arango, president".

The small model often tags only the surname of an unfamiliar name, and tags it ORG, GPE or
even DATE ("Theresa | May, shadow secretary"), leaving the given name untagged. A capitalised
untagged word right before a one-word entity is that person's given name when a title stands
before it ("Dutch coach Rinus Michels") or a title follows the name after a comma ("Gilberto
Arango, president of ..."): titles go with people. The joined span is then judged as any
PERSON span (mentions.py), which still turns clubs, works and places away.
"""
from __future__ import annotations

from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Span

from kg.extract.shared.countries import country_form, place_country
from kg.extract.shared.doc_tokens import column
from kg.extract.shared.titles import is_descriptor, is_honorific, is_title, role_span

_KINDS = {"PERSON", "ORG", "GPE", "DATE"}
# a DATE that is one of these is a surname the model read as a month ("Theresa May")
_MONTHS = {"May", "June", "April", "August"}
# members' letters written before a name ("Green MEP Alain Lipietz"); not ranks in capitals ("CPL World Tour")
_MEMBERS = {"MP", "MEP", "MSP", "MLA", "TD"}
# titles a work or a thing also takes after a comma ("Thank You, winner of ..."): no post
_NOT_POSTS = {"winner", "champion", "star", "model", "host", "hit"}
_TITLE_REACH = 3                    # words between the comma and the title: ", shadow home secretary"


def with_given_name(ent: Span) -> Span:
    """The PERSON span of the given name and the one-word entity, or the entity unchanged."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in _KINDS or (ent.label_ == "DATE" and ent.text not in _MONTHS) \
            or ent.start == 0:
        return ent
    given = doc[ent.start - 1]
    if not _given_name_like(given) or not ent[0].is_title:
        return ent
    if role_span(doc, given.i) is None and not _title_follows(doc, ent.end):
        return ent
    return Span(doc, given.i, ent.end, label="PERSON")


def untagged_names(doc) -> list[Span]:
    """Two capitalised words the model tagged nothing, set off by a title as a person's name:
    "Legendary Dutch coach Rinus Michels", "Theresa May, shadow secretary for the family"."""
    out = []
    proper = _untagged_proper_nouns(doc)
    for i in range(len(doc) - 1):
        if not (proper[i] and proper[i + 1]):
            continue                                    # the columns' part of _given_name_like fails
        first, last = doc[i], doc[i + 1]
        if not (_given_name_like(first) and _given_name_like(last)) \
                or (i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN"):
            continue
        before = doc[i - 1] if i else None
        if before is not None and before.pos_ == "PROPN" and not _title_word(before):
            continue
        after_title = before is not None and _title_word(before) and role_span(doc, i) is not None
        if after_title or _title_follows(doc, i + 2):
            out.append(Span(doc, i, i + 2, label="PERSON"))
    return out


def _untagged_proper_nouns(doc) -> list[bool]:
    """Per token, the tests of _given_name_like the token columns answer (title case, no entity,
    PROPN, letters only), so the scan makes Tokens only of pairs that pass them."""
    cols = zip(column(doc, IS_TITLE), column(doc, ENT_TYPE), column(doc, POS), column(doc, IS_ALPHA), strict=True)
    return [bool(title and not ent and pos == PROPN and alpha) for title, ent, pos, alpha in cols]


def _title_word(t) -> bool:
    """A title as titles are written before a name: "coach", "MEP", "Boss" opening a sentence; not
    "King Arthur International", "Star Wars Galaxies", where the capital says it is part of a name."""
    return is_title(t.text) and (t.is_lower or t.text in _MEMBERS or t.is_sent_start)


def _given_name_like(t) -> bool:
    """An untagged capitalised proper noun that is no title, descriptor, country or region."""
    return t.is_title and t.ent_type == 0 and t.pos == PROPN and t.is_alpha and len(t.text) > 1 \
        and not (is_title(t.text) or is_honorific(t.text) or is_descriptor(t.text)) \
        and not country_form(t.text) and not place_country(t.text)


def _title_follows(doc, end: int) -> bool:
    """", president of the exporters' association", ", shadow secretary for the family"."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for k in range(end + 1, min(end + 1 + _TITLE_REACH, len(doc))):
        tok = doc[k]
        if is_title(tok.text) and tok.is_lower and tok.lower_ not in _NOT_POSTS:
            return True
        if not (tok.is_alpha and (tok.is_lower or tok.lower_ in ("the", "a"))):
            return False
    return False
