"""'V X as "Q"': a verb that casts its object as something in quoted words.

"Reid has been pounding Trump as a 'con artist'", "a Times article hailed Trump as
'The Comeback Kid'", "Trump openly admires Putin as a 'strong leader'": the verb is
no reporting verb, but the quotation marks on what the object is called say those are
the subject's words, and what is said is the object with its label. Verbs that use a
thing as something ("used civilians as 'human shields'", "offering them as 'premium
packages'") name no one's words: the marks there are the writer's or a third party's.
A passive ("was dismissed as 'ridiculous'", "known as 'Precious'") names no speaker.
"""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.shared import doc_tokens
from kg.extract.shared.doc_tokens import column, string_id

_OPENING = frozenset(["“", "‘", "\"", "'", "``", "«"])
_CLOSING = frozenset(["”", "’", "\"", "'", "''", "»"])
_DASHES = frozenset(["—", "--", "–", "―", "-"])
# Verbs of using, offering and appointing (FrameNet Using, Function, Offering, Change_of_leadership):
# "as" gives the role a thing is put to, not what someone calls it.
_USE_VERBS = frozenset("""use employ utilize utilise exploit serve act function double work run offer sell
market install appoint elect hire rank""".split())
_MAX_OBJECT = 12               # tokens from the verb to "as"
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])   # a finite verb before "as" starts another clause
_MAX_LEAD = 4                  # words between "as" and the opening mark: "as being in the"


def characterised(v: Token) -> tuple[Token, int] | None:
    """The object of 'V X as "Q"' and the index of the closing mark that ends what is said,
    when v is an active verb with an object followed by "as" and a quotation."""
    if v.pos_ != "VERB" or v.lemma_.lower() in _USE_VERBS or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or v.tag_ == "VBN" and \
            not any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
        return None
    obj = _object(v)
    if obj is None:
        return None
    doc = v.doc
    as_i = next((k for k in range(obj.i + 1, min(len(doc), v.i + _MAX_OBJECT)) if doc[k].lower_ == "as"), None)
    if as_i is None or any(t.is_punct or t.tag_ in _FINITE for t in doc[obj.i + 1:as_i]):
        return None
    close = _quoted_label(doc, as_i)
    return (obj, close) if close is not None else None


def earliest_characterising(doc: Doc) -> int:
    """The first token index a characterised verb can have, from the token columns: its "as"
    (within _MAX_OBJECT tokens after it) needs an opening mark within _quoted_label's reach;
    len(doc) when no "as" of the doc has one."""
    as_id, words = string_id(doc, "as"), doc_tokens.words(doc)
    quoted_as = next((i for i, lower in enumerate(column(doc, LOWER)) if lower == as_id
                      and any(w in _OPENING for w in words[i + 1:i + _MAX_LEAD + 2])), None)
    return len(doc) if quoted_as is None else quoted_as - _MAX_OBJECT + 1


def _object(v: Token) -> Token | None:
    """The direct object, or the object of a preposition right after the verb ("go after X")."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None:
        prep = next((c for c in v.children if c.dep_ == "prep" and c.i == v.i + 1 and c.lower_ != "as"), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return obj


def _quoted_label(doc, as_i: int) -> int | None:
    """The closing mark of the quotation that "as" leads to within a few words, run on over
    'and a "Q2"'; None when the label is not quoted."""
    k = as_i + 1
    while k < len(doc) and k <= as_i + _MAX_LEAD and doc[k].text not in _OPENING:
        if doc[k].is_punct or doc[k].is_space:
            return None
        k += 1
    if k >= len(doc) or doc[k].text not in _OPENING:
        return None
    close = _close(doc, k)
    while close is not None and (nxt := _next_word(doc, close)) is not None and doc[nxt].lower_ in ("and", "or"):
        k = next((j for j in range(nxt + 1, min(len(doc), nxt + _MAX_LEAD)) if doc[j].text in _OPENING), None)
        more = _close(doc, k) if k is not None and not any(t.is_punct for t in doc[nxt + 1:k]) else None
        if more is None:
            break
        close = more
    return close


def _next_word(doc, i: int) -> int | None:
    return next((j for j in range(i + 1, min(len(doc), i + 3)) if not doc[j].is_space), None)


def _close(doc, opening: int) -> int | None:
    sent_end = doc[opening].sent.end
    return next((j for j in range(opening + 1, min(len(doc), opening + 80)) if doc[j].text in _CLOSING
                 and j < sent_end + 2), None)


def label_content(v: Token, obj: Token, close: int) -> list[Token]:
    """The object, its label and, when the label runs straight on into a "for" phrase, the
    reason given ("hailed X as 'the Comeback Kid' for the business success he was bringing");
    a dash or comma after the label opens the writer's own comment."""
    doc = v.doc
    start = obj.left_edge.i if obj.left_edge.i > v.i else obj.i
    end = close + 1
    if end < len(doc) and doc[end].lower_ == "for":
        while end < doc[close].sent.end and not (doc[end].is_punct and (doc[end].text in _DASHES or
                                                                        doc[end].text in ",;:.")):
            end += 1
    return list(doc[start:end])
