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

from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

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
    """doc.text, which makes a Token of every word on each read (a sentence's text: a slice of this):
    here from the words and their trailing-space column."""
    def make() -> str:
        return "".join(w + " " if sp else w for w, sp in zip(words(doc), column(doc, SPACY), strict=True))
    return per_doc(doc, "text", make)


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


def lemmas(doc: Doc) -> list[str]:
    """Every token's lemma in lower case."""
    return per_doc(doc, "lemmas", lambda: [lemma.lower() for lemma in map(doc.vocab.strings.__getitem__,
                                                                          column(doc, LEMMA))])


def lemma_ids(doc: Doc, wanted: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    """The ids of the doc's lemmas that are one of `wanted` in lower case (a doc has a few hundred
    distinct lemmas: each is read once)."""
    def make() -> frozenset[int]:
        lows = per_doc(doc, "lemma lows", lambda: {lid: doc.vocab.strings[lid].lower()
                                                   for lid in set(column(doc, LEMMA))})
        return frozenset(lid for lid, low in lows.items() if low in wanted)
    return per_doc(doc, ("lemma ids", wanted), make)   # `wanted`: a rule's constant set or tuple


def with_lemma(span: Span, wanted: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """The span's tokens whose lemma (in lower case) is one of `wanted`, in order: a rule that fires
    only on a few words makes Tokens for those alone."""
    doc = span.doc
    ids = lemma_ids(doc, wanted)
    if not ids:
        return []
    col = column(doc, LEMMA)
    return [doc[i] for i in range(span.start, span.end) if col[i] in ids]


def sentences(doc: Doc) -> list[Span]:
    """doc.sents, from the SENT_START column: Doc.sents makes a Token of every word to find where
    each sentence starts (about 1 ms for a news story)."""
    def make() -> list[Span]:
        starts = [i for i, flag in enumerate(column(doc, SENT_START)) if flag == 1 or i == 0]
        return [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)], strict=True)] if len(doc) else []
    return per_doc(doc, "sentences", make)
