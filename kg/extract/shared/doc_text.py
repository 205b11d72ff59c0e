"""A parsed doc's text, read once per doc.

spaCy's Doc.text joins every token's text each time it is read (about 2 ms on a BBC article):
extractors that slice it per name or per list entry spent half of entity extraction there. It is
joined here from the token columns (doc_tokens.py), the same text without a Token per word.
"""
from itertools import compress

from spacy.attrs import IS_LOWER, SPACY
from spacy.tokens import Doc

from kg.extract.shared.doc_tokens import column, per_doc, words


def doc_text(doc: Doc) -> str:
    return per_doc(doc, "text", lambda: "".join([w + " " if space else w
                                                 for w, space in zip(words(doc), column(doc, SPACY), strict=True)]))


def lower_words(doc: Doc) -> frozenset[str]:
    """The words the doc writes in lower case somewhere ("may" beside "May")."""
    return per_doc(doc, "lower words", lambda: frozenset(compress(words(doc), column(doc, IS_LOWER))))
