"""Which quotes are the same statement, across all articles of a build.

The same words reported by two articles must be one kg:Quote with two
sources. Quotes are compared only within one speaker and one kind (direct
or reported), and only when they share a run of words, so the work grows
with the number of near-duplicates, not with the square of the corpus.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.facts import ArticleFacts, Quote
from kg.ids import digest
from kg.resolve import Resolution

SAME_STATEMENT = 0.75      # Jaccard of word sets; wording differs by a few words at most
_SHINGLE = 4


@dataclass(frozen=True, slots=True)
class QuoteIdentity:
    key: str                   # IRI path segment after quote/
    text: str                  # the text every article's graph states for it
    confidence: float


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    if not text.isascii():        # most quotes are: they skip the normalisation
        text = unicodedata.normalize("NFKC", text).replace("’", "'")
    return _WORD.findall(text.lower())


def _shingles(ws: list[str]) -> set[tuple[str, ...]]:
    if len(ws) < _SHINGLE:
        return {tuple(ws)}
    return set(zip(*(ws[k:] for k in range(_SHINGLE)), strict=False))   # shorter tails end it


Forms = tuple[list[str], set[str], set[tuple[str, ...]]]     # a quote's words, their set, its shingles

# Each prepared article's id and its quotes' forms, by the id() of its facts; the facts are held with
# them, so that id names no other object while it is here. quote_identities() empties it.
_PREPARED: dict[int, tuple[ArticleFacts, str, list[Forms]]] = {}


def _forms(text: str) -> Forms:
    ws = words(text)
    return ws, set(ws), _shingles(ws)


def prepare(all_facts: Iterable[ArticleFacts]) -> None:
    """Each article's quote words and shingles, which depend on no other article: a build works them
    out for its cached articles while the new ones are parsed (0.15 s of adding one article to 2,200)."""
    _PREPARED.clear()
    for facts in all_facts:
        _PREPARED[id(facts)] = (facts, facts.article.uid, [_forms(q.text) for q in facts.quotes])


def _article(facts: ArticleFacts) -> tuple[str, list[Forms]]:
    hit = _PREPARED.get(id(facts))
    if hit is not None and hit[0] is facts:
        return hit[1], hit[2]
    return facts.article.uid, [_forms(q.text) for q in facts.quotes]


def quote_identities(all_facts: Iterable[ArticleFacts],
                     res: Resolution) -> dict[tuple[str, Quote], QuoteIdentity]:
    quotes: list[tuple[str, Quote, str, Forms]] = []   # (article id, quote, speaker key, its forms)
    for facts in all_facts:
        uid, forms = _article(facts)
        for q, form in zip(facts.quotes, forms, strict=True):
            quotes.append((uid, q, res.key_of(uid, q.speaker) or "", form))
    _PREPARED.clear()

    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    word_sets = [form[1] for *_, form in quotes]
    # (speaker, direct) -> shingle -> the first quote holding it; a later holder is compared to it
    first_of: dict[tuple[str, bool], dict[tuple[str, ...], int]] = defaultdict(dict)
    for i, (_, q, speaker, (_, _, shingles)) in enumerate(quotes):
        firsts = first_of[(speaker, q.direct)]
        held = shingles & firsts.keys()      # most quotes share no run of words: sets, not a loop
        for first in {firsts[sh] for sh in held}:     # each earlier holder compared once
            a, b = word_sets[first], word_sets[i]
            if a and b and len(a & b) / len(a | b) >= SAME_STATEMENT:
                parent[find(i)] = find(first)
        firsts.update(dict.fromkeys(shingles - held, i))

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        groups[find(i)].append(i)
    out: dict[tuple[str, Quote], QuoteIdentity] = {}
    for members in groups.values():
        # the longest wording is the most complete report; ties broken by text for determinism
        rep = max(members, key=lambda i: (len(quotes[i][1].text), quotes[i][1].text))
        _, rep_quote, speaker, (ws, _, _) = quotes[rep]
        ident = QuoteIdentity(
            key=digest(speaker, rep_quote.direct, " ".join(ws)),
            text=rep_quote.text,
            confidence=max(quotes[i][1].evidence.confidence for i in members))
        for i in members:
            out[(quotes[i][0], quotes[i][1])] = ident
    return out
