"""Country names found by gazetteer, and the state bodies written after them.

NER misses lower-case bodies ("the Chinese foreign ministry") and often tags
country names inconsistently; a token-level gazetteer scan finds every
country form, and a country adjective followed by a body noun
(data/org_heads.txt) names an organisation. Later short forms ("the foreign
ministry") are the same organisation as the nearest qualified one before.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.attrs import POS
from spacy.tokens import Doc

from kg.extract.shared import doc_tokens
from kg.extract.shared.countries import country_label, demonym_of, surface_forms
from kg.extract.shared.table_cache import cached_table
from kg.extract.shared.titles import org_heads
from kg.facts import COUNTRY, ORGANIZATION, Mention

_MAX_MODIFIERS = 3
_BODY_POS = {"ADJ", "NOUN", "PROPN"}


@dataclass(frozen=True, slots=True)
class Found:
    """A mention with the token range it covers."""
    start: int
    end: int
    mention: Mention


@cache
def _gazetteer() -> dict[str, dict[tuple[str, ...], tuple[str, str]]]:
    """Country forms as token tuples, grouped by their first word (most tokens start none)."""
    return cached_table("country-gazetteer", _derive_gazetteer)


def _derive_gazetteer() -> dict[str, dict[tuple[str, ...], tuple[str, str]]]:
    tokenizer = spacy.blank("en").tokenizer
    index: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {}
    for form, v in surface_forms().items():
        words = tuple(t.text for t in tokenizer(form))
        index.setdefault(words[0], {})[words] = v
    return index


def country_spans(doc: Doc) -> list[Found]:
    """Every country name, alias or demonym in the doc (case-sensitive, longest match first)."""
    index = _gazetteer()
    words = doc_tokens.words(doc)
    out: list[Found] = []
    i = 0                                               # where the next name may start
    for k in [k for k, word in enumerate(words) if word in index]:
        forms = index[words[k]]
        if k < i or not forms:
            continue
        i = k
        hit = max(((f, v) for f, v in forms.items() if tuple(words[i:i + len(f)]) == f),
                  key=lambda fv: len(fv[0]), default=None)
        if hit is None:
            continue
        n, code = len(hit[0]), hit[1][0]
        span = doc[i:i + n]
        out.append(Found(i, i + n, Mention(kind=COUNTRY, name=country_label(code), text=span.text,
                                           start=span.start_char, end=span.end_char, code=code)))
        i += n
    return out


def _body_words(doc: Doc, i: int) -> int | None:
    """End of "foreign ministry" starting at token i: modifiers then a body noun; None if none."""
    for j in range(i, min(i + _MAX_MODIFIERS + 1, len(doc))):
        tok = doc[j]
        if tok.pos_ not in _BODY_POS or not tok.is_alpha or tok.ent_type_ in ("PERSON", "GPE", "DATE"):
            return None
        if tok.lower_ in org_heads():
            while j + 1 < len(doc) and doc[j + 1].lower_ in org_heads():   # "customs department"
                j += 1
            return j + 1
    return None


def _body_name(code: str, words: list[str]) -> str:
    return " ".join([demonym_of(code) or country_label(code), *(w.capitalize() for w in words)])


def body_mentions(doc: Doc, countries: list[Found]) -> list[Found]:
    """State bodies: "the Chinese foreign ministry", "China's foreign ministry", and their short forms."""
    qualified: list[tuple[int, tuple[str, ...], Mention]] = []
    out: list[Found] = []
    for c in countries:
        if c.end < len(doc) and doc[c.end].text == "-":
            continue
        i = c.end + (1 if c.end < len(doc) and doc[c.end].text in ("'s", "’s") else 0)
        end = _body_words(doc, i)
        if end is None or c.mention.code is None:
            continue
        words = tuple(t.lower_ for t in doc[i:end])
        span = doc[c.start:end]
        m = Mention(kind=ORGANIZATION, name=_body_name(c.mention.code, list(words)), text=span.text,
                    start=span.start_char, end=span.end_char, affiliation=c.mention)
        out.append(Found(c.start, end, m))
        qualified.append((c.start, words, m))
    taken = {i for f in out for i in range(f.start, f.end)}
    if not qualified:
        return sorted(out, key=lambda f: f.start)
    lowers, pos = doc_tokens.lower_forms(doc), doc_tokens.column(doc, POS)
    body_pos = {doc_tokens.string_id(doc, p) for p in _BODY_POS}
    for i in range(len(doc)):
        if i in taken or (i > 0 and pos[i - 1] in body_pos):
            continue
        for start, words, m in reversed(qualified):
            n = len(words)
            same = tuple(lowers[i:i + n]) == words
            if n > 1 and start < i and same and not taken & set(range(i, i + n)):
                span = doc[i:i + n]
                out.append(Found(i, i + n, Mention(kind=ORGANIZATION, name=m.name, text=span.text,
                                                   start=span.start_char, end=span.end_char,
                                                   affiliation=m.affiliation)))
                taken |= set(range(i, i + n))
                break
    return sorted(out, key=lambda f: f.start)
