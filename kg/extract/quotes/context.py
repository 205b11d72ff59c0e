"""Where a quotation's speaker is written when no reporting clause owns its words.

The per-article index the quote rules share (paragraphs, quotation tokens, cues),
and the frames around a quotation: a cue in its own sentence, a colon lead-in
("He said:"), a dash byline either way round ('"..." - Name' and 'Name -- "..."'),
and, when a cue has no usable subject, the subject of the clause it hangs on.
"""
from __future__ import annotations

import bisect
import re

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Token

from kg.extract.quotes.cues import Cue, TokenRange, find_cues
from kg.extract.quotes.marks import find_quotes
from kg.extract.shared.doc_text import doc_text
from kg.extract.shared.doc_tokens import column, entity_spans

MARKS = "\"“”„«»‹›"
MIN_WORDS = 3                  # shorter content is a scare quote or a fragment, not a statement
_DASH = re.compile(r"[^\S\n]*,?[^\S\n]*(?:--|[—–―-])[^\S\n]*")


class QuoteArticle:
    """Per-article indexes built once: paragraphs, quotation tokens, cues."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text = doc_text(doc)
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.spans, self.notes = find_quotes(text)
        self.qtok: list[TokenRange] = []
        self.quoted: set[int] = set()
        for q in self.spans:
            first = doc.char_span(q.parts[0][0], q.parts[0][1], alignment_mode="expand")
            last = doc.char_span(q.parts[-1][0], q.parts[-1][1], alignment_mode="expand")
            a = first.start if first is not None else 0
            b = last.end if last is not None else a
            self.qtok.append((a, b))
            self.quoted.update(range(a, b))
        self.cues = find_cues(doc, self.quoted)
        self._names: set[str] | None = None
        self._is_word: list[bool] | None = None     # per token: neither punctuation nor space

    def names(self) -> set[str]:
        """Lowercase words of the people and organisations the model tagged in the article."""
        if self._names is None:
            self._names = {t.lower_ for e in entity_spans(self.doc) if e.label_ in ("PERSON", "ORG")
                           for t in e if t.is_alpha and t.text[:1].isupper()}
        return self._names

    def para(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def words(self, a: int, b: int) -> int:
        if self._is_word is None:
            self._is_word = [not (punct or space) for punct, space in zip(column(self.doc, IS_PUNCT),
                                                                         column(self.doc, IS_SPACE), strict=True)]
        return sum(self._is_word[a:b])


def speaker_token(art: QuoteArticle, subject: Token | None, cue: Cue | None) -> Token | None:
    """The subject, unless the model took it from inside the quotation or from another
    paragraph, or found none; then the nearest name or pronoun next to the verb, outside
    the marks, else the subject of the clause the cue hangs on (_governing)."""
    if cue is None:
        return subject
    v, sent = cue.verb, cue.verb.sent
    if subject is not None and subject.i not in art.quoted and art.para(subject.idx) == art.para(v.idx):
        return subject
    if subject is not None and subject.i in art.quoted:
        near = sorted(range(max(sent.start, v.i - 8), min(sent.end, v.i + 8)), key=lambda i: abs(i - v.i))
        for i in near:
            t = art.doc[i]
            if i not in art.quoted and (t.ent_type_ in ("PERSON", "ORG") or t.lower_ in ("he", "she")):
                return t.head if t.dep_ == "compound" and t.head.ent_type_ == t.ent_type_ else t
    return _governing(art, cue)


def _governing(art: QuoteArticle, cue: Cue) -> Token | None:
    """Who speaks when the parse gave the cue no subject of its own: in "Mr. Trump hardly
    clarified the matter -- "A" -- and, when questioned, asserting, "B"" (the -ing cue hangs
    on a verb inside "A"), the nearest subject before the cue in its sentence and paragraph,
    outside the marks and what is reported; else the nearest person named there."""
    v, doc = cue.verb, art.doc
    para, content = art.para(v.idx), {i for a, b in cue.content for i in range(a, b)}
    before = [doc[i] for i in range(v.i - 1, v.sent.start - 1, -1)
              if i not in art.quoted and i not in content and art.para(doc[i].idx) == para]
    for t in before:
        if t.dep_ == "nsubj" and (t.ent_type_ in ("PERSON", "ORG") or t.lower_ in ("he", "she") or
                                  t.pos_ in ("PROPN", "NOUN") and not t.ent_type_):
            return t
    for t in before:
        if t.ent_type_ == "PERSON":
            return t.head if t.dep_ == "compound" and t.head.ent_type_ == "PERSON" else t
    return None


def frame_cue(art: QuoteArticle, qi: int) -> Cue | None:
    """A cue outside the marks in the quotation's own sentences and paragraph,
    or in a lead-in ending with a colon just before it."""
    doc, (a, b) = art.doc, art.qtok[qi]
    if b <= a:
        return None
    lo, hi = doc[a].sent.start, doc[b - 1].sent.end
    nxt = next((t for t in doc[hi:hi + 3] if not t.is_punct and not t.is_space), None)
    if nxt is not None and nxt.is_lower and nxt.sent.start >= hi:
        hi = nxt.sent.end       # '"... pay his?" a narrator asks.': no sentence begins in lower case
    prev_end = art.qtok[qi - 1][1] if qi > 0 else 0
    next_start = art.qtok[qi + 1][0] if qi + 1 < len(art.qtok) else len(doc)
    para = art.para(art.spans[qi].start)
    best, best_d = None, None
    for cue in art.cues:
        v = cue.verb.i
        if not (lo <= v < hi and prev_end <= v < next_start) or art.para(cue.verb.idx) != para:
            if not _colon_lead(art, qi, cue):
                continue
            d = 1000
        else:
            d = (v - b) if v >= b else (a - v) + 0.5    # after the quotation wins a tie
        if cue.content and cue.form == "clause" and d < 1000 and \
                not any(i in art.quoted for r in cue.content for i in range(*r)):
            if art.words(cue.content[0][0], cue.content[-1][1]) >= MIN_WORDS:
                continue                                 # that cue reports something else
        if best_d is None or d < best_d:
            best, best_d = cue, d
    return best


def _colon_lead(art: QuoteArticle, qi: int, cue: Cue) -> bool:
    doc, k = art.doc, _before_open(art, qi)
    return k >= 0 and doc[k].text == ":" and doc[k].sent.start <= cue.verb.i < k


def byline(art: QuoteArticle, qi: int) -> tuple[Token | None, str]:
    """"..." - Name, title  /  And from Name:  "..." """
    doc, text, span = art.doc, art.text, art.spans[qi]
    close = span.end + 1
    m = _DASH.match(text, close)
    if m and "\n" not in m.group(0):
        t = token_at(doc, m.end(), len(text))
        if t is not None and (t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"):
            return t, "dash"
    k = _before_open(art, qi)
    if k >= 0 and doc[k].text == ":":
        names = [t for t in doc[doc[k].sent.start:k] if t.ent_type_ in ("PERSON", "ORG")]
        if names:
            return names[-1], "colon"
        # "His reply: '...'": a possessive on the noun that leads in is the speaker
        poss = [c for c in doc[k - 1].children if c.dep_ == "poss" and c.lower_ in ("his", "her")] if k else []
        if poss and doc[k - 1].sent.start == poss[0].i:
            return poss[0], "colon"
    return None, "floating"


def _before_open(art: QuoteArticle, qi: int) -> int:
    """The token before the quotation's opening mark (marks include the digraphs `` and '')."""
    doc, k = art.doc, art.qtok[qi][0] - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in MARKS or doc[k].text in ("''", "``")):
        k -= 1
    return k


def dash_lead(art: QuoteArticle, qi: int) -> Token | None:
    """A person named just before a dash that opens the quotation, mid-sentence: 'including
    Mitt Romney -- "It is disqualifying ..." --' (the dash byline turned around)."""
    doc, k = art.doc, _before_open(art, qi)
    if k < 1 or doc[k].text not in ("--", "—", "–") or "\n" in doc[k:art.qtok[qi][0]].text:
        return None
    if doc[k - 1].ent_type_ != "PERSON" or k - 1 in art.quoted:
        return None
    t = doc[k - 1]
    return t.head if t.dep_ == "compound" and t.head.ent_type_ == "PERSON" else t


def token_at(doc: Doc, char: int, n: int) -> Token | None:
    span = doc.char_span(char, min(char + 1, n), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
