"""A parsed doc's text, read once per doc.

spaCy's Doc.text joins every token's text each time it is read (about 2 ms on a BBC article):
extractors that slice it per name or per list entry spent half of entity extraction there.
"""
from spacy.tokens import Doc

if not Doc.has_extension("kg_text"):
    Doc.set_extension("kg_text", default=None)


def doc_text(doc: Doc) -> str:
    if doc._.kg_text is None:
        doc._.kg_text = doc.text
    return doc._.kg_text
