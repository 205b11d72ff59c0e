"""Sentence starts the parser misses: a new paragraph, and a new item in a wire digest.

A blank line ends a paragraph, and a sentence never runs across one; the parser, which sees the blank
line as one more space, joins a paragraph's last sentence to the next one's first ("... to Zimbabwe in
the week to February 3.\n\nSpot steam coal was quoted at ...") in about one break in seven, so that
figures of one paragraph take the sides or goods of the other, and a quote the next paragraph's
speaker. Reuters digests join separate items with an unspaced ellipsis ("... under the EEP...The
Canadian Grain Commission reported ..."): after a word or figure and before a capitalised word, it
starts a sentence too. Set before the parser, which keeps preset sentence starts. Lives under
extract/ so the build fingerprint changes with it.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

NAME = "wire_ellipsis"

# a blank line between a word, figure or comma and a small letter, figure or bracket is a line wrap in a
# sentence, as some archives store them ("number two soft red winter\n\n(SRW) wheat"), not a paragraph
_PARAGRAPH = re.compile(r"(?<![a-z0-9,(-])\n[ \t\r]*\n\s*(?=\S)|\n[ \t\r]*\n\s*(?=[^\sa-z0-9(])")
_ELLIPSIS = re.compile(r"(?<=\w)\.\.\.(?=[A-Z][a-z])")


@Language.component(NAME)
def mark_wire_ellipsis(doc: Doc) -> Doc:
    # the text, not the tokens, is searched: a pass over every token would cost a share of the parse
    text = doc.text
    for match in _PARAGRAPH.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            span[0].is_sent_start = True
    for match in _ELLIPSIS.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None or span.start < 2:
            continue
        tok = span[0]
        before, dots = doc[tok.i - 2], doc[tok.i - 1]
        if dots.text == "..." and not dots.whitespace_ and not before.whitespace_ and tok.is_title and tok.is_alpha:
            tok.is_sent_start = True
    return doc
