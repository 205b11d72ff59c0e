"""A parsed doc's text, read once per doc.

spaCy's Doc.text joins every token's text each time it is read (about 2 ms on a BBC article):
extractors that slice it per name or per list entry spent half of entity extraction there. It is
joined here from the token columns (doc_tokens.py), the same text without a Token per word.
"""
from spacy.attrs import IS_LOWER, SPACY
from spacy.tokens import Doc

from kg.extract.shared.doc_tokens import column, words

for _name in ("kg_text", "kg_lower_words"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    if doc._.kg_text is None:
        doc._.kg_text = "".join(w + " " if space else w for w, space in zip(words(doc), column(doc, SPACY),
                                                                             strict=True))
    return doc._.kg_text


def lower_words(doc: Doc) -> frozenset[str]:
    """The words the doc writes in lower case somewhere ("may" beside "May")."""
    if doc._.kg_lower_words is None:
        doc._.kg_lower_words = frozenset(w for w, lower in zip(words(doc), column(doc, IS_LOWER), strict=True)
                                         if lower)
    return doc._.kg_lower_words
