"""A parsed doc's token attributes as plain lists, read once per doc.

Reading a Doc token by token makes a Token object for every word, which costs more than the
tests a rule then makes on most of them: rules that scan every token read these columns
instead and make Tokens only where they can fire.
"""
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

for _name in ("kg_columns", "kg_words", "kg_lower_forms", "kg_ents"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token, as Doc.to_array gives it (spacy.attrs: POS, IDX, IS_LOWER ...)."""
    if doc._.kg_columns is None:
        doc._.kg_columns = {}
    if (values := doc._.kg_columns.get(attr)) is None:
        values = doc._.kg_columns[attr] = doc.to_array(attr).tolist()
    return values


def words(doc: Doc) -> list[str]:
    """Every token's text."""
    if doc._.kg_words is None:
        strings = doc.vocab.strings
        doc._.kg_words = [strings[orth] for orth in column(doc, ORTH)]
    return doc._.kg_words


def lower_forms(doc: Doc) -> list[str]:
    """Every token's text in lower case (Token.lower_)."""
    if doc._.kg_lower_forms is None:
        strings = doc.vocab.strings
        doc._.kg_lower_forms = [strings[lower] for lower in column(doc, LOWER)]
    return doc._.kg_lower_forms


def string_id(doc: Doc, text: str) -> int:
    """The id a column holds for a string value ("ROOT" in the DEP column, "according" in LOWER)."""
    return doc.vocab.strings[text]


def entity_spans(doc: Doc) -> tuple:
    """doc.ents, which makes every entity Span again on each read."""
    if doc._.kg_ents is None:
        doc._.kg_ents = doc.ents
    return doc._.kg_ents


def ents_within(span: Span) -> list[Span]:
    """span.ents (the entities wholly inside the span) from the doc's entities read once, as
    Span.ents picks them: in order, up to the first that runs past the span's end."""
    out = []
    for ent in entity_spans(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            out.append(ent)
    return out
