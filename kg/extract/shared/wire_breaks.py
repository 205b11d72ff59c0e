"""Sentence starts the parser misses in wire digests: "... 15,000 tonnes of U.S. barley malt under the
EEP...The Canadian Grain Commission reported ...".

Reuters digests join separate items with an unspaced ellipsis; the parser reads the two items as one
sentence and hangs the second item's verbs on the first's, so figures of one story take the sides of
the other. An ellipsis with no space on either side, after a word or figure and before a capitalised
word, starts a sentence. Set before the parser, which keeps preset sentence starts. Lives under
extract/ so the build fingerprint changes with it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "wire_ellipsis"


@Language.component(NAME)
def mark_wire_ellipsis(doc: Doc) -> Doc:
    for tok in doc[1:-1]:
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text == "..." and not tok.whitespace_ and not before.whitespace_ \
                and before.text[-1:].isalnum() and after.is_title and after.is_alpha:
            after.is_sent_start = True
    return doc
