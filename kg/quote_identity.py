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


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return re.findall(r"[a-z0-9]+", text)


def _shingles(ws: list[str]) -> set[tuple[str, ...]]:
    if len(ws) < _SHINGLE:
        return {tuple(ws)}
    return {tuple(ws[i:i + _SHINGLE]) for i in range(len(ws) - _SHINGLE + 1)}


def quote_identities(all_facts: Iterable[ArticleFacts],
                     res: Resolution) -> dict[tuple[str, Quote], QuoteIdentity]:
    quotes: list[tuple[str, Quote, str]] = []   # (article id, quote, speaker key)
    for facts in all_facts:
        for q in facts.quotes:
            speaker = res.key_of(facts.article.uid, q.speaker) or ""
            quotes.append((facts.article.uid, q, speaker))

    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    word_sets = [set(words(q.text)) for _, q, _ in quotes]
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, (_, q, speaker) in enumerate(quotes):
        for sh in _shingles(words(q.text)):
            index[(speaker, q.direct, sh)].append(i)
    for bucket in index.values():
        first = bucket[0]
        for other in bucket[1:]:
            a, b = word_sets[first], word_sets[other]
            if a and b and len(a & b) / len(a | b) >= SAME_STATEMENT:
                parent[find(other)] = find(first)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        groups[find(i)].append(i)
    out: dict[tuple[str, Quote], QuoteIdentity] = {}
    for members in groups.values():
        # the longest wording is the most complete report; ties broken by text for determinism
        rep = max(members, key=lambda i: (len(quotes[i][1].text), quotes[i][1].text))
        _, rep_quote, speaker = quotes[rep]
        ident = QuoteIdentity(
            key=digest(speaker, rep_quote.direct, " ".join(words(rep_quote.text))),
            text=rep_quote.text,
            confidence=max(quotes[i][1].evidence.confidence for i in members))
        for i in members:
            out[(quotes[i][0], quotes[i][1])] = ident
    return out
