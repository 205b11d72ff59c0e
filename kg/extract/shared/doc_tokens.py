"""A parsed doc's token attributes as plain lists, read once per doc.

Reading a Doc token by token makes a Token object for every word, which costs more than the
tests a rule then makes on most of them: rules that scan every token read these columns
instead and make Tokens only where they can fire.

The lists live in doc.user_data, where Doc extensions keep their values too, under keys of
their own: rules read them per name or per token, and `doc._` builds a new Underscore object
on every read (about 2 µs, more than the lookup it saves).
"""
from collections.abc import Callable
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

_KEY = "kg.doc_tokens"


def per_doc(doc: Doc, what: Any, make: Callable[[], Any]) -> Any:
    """The doc's value of `what`, made once; the doc holds it, so nothing outlives the doc."""
    key = (_KEY, what)
    if (value := doc.user_data.get(key)) is None:
        value = doc.user_data[key] = make()
    return value


def column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token, as Doc.to_array gives it (spacy.attrs: POS, IDX, IS_LOWER ...).
    The list is shared: callers must not change it."""
    return per_doc(doc, attr, lambda: doc.to_array(attr).tolist())


def words(doc: Doc) -> list[str]:
    """Every token's text."""
    return per_doc(doc, "words", lambda: list(map(doc.vocab.strings.__getitem__, column(doc, ORTH))))


def lower_forms(doc: Doc) -> list[str]:
    """Every token's text in lower case (Token.lower_)."""
    return per_doc(doc, "lower", lambda: list(map(doc.vocab.strings.__getitem__, column(doc, LOWER))))


def string_id(doc: Doc, text: str) -> int:
    """The id a column holds for a string value ("ROOT" in the DEP column, "according" in LOWER)."""
    return doc.vocab.strings[text]


def text(doc: Doc) -> str:
    """doc.text, which joins every token again on each read (a sentence's text: a slice of this)."""
    return per_doc(doc, "text", lambda: doc.text)


def entity_spans(doc: Doc) -> tuple:
    """doc.ents, which makes every entity Span again on each read."""
    return per_doc(doc, "ents", lambda: doc.ents)


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
