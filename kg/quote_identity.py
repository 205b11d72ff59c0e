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


def quote_identities(all_facts: Iterable[ArticleFacts],
                     res: Resolution) -> dict[tuple[str, Quote], QuoteIdentity]:
    quotes: list[tuple[str, Quote, str, list[str]]] = []   # (article id, quote, speaker key, words)
    for facts in all_facts:
        uid = facts.article.uid       # a digest of the article's text: once per article
        for q in facts.quotes:
            speaker = res.key_of(uid, q.speaker) or ""
            quotes.append((uid, q, speaker, words(q.text)))

    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    word_sets = [set(ws) for *_, ws in quotes]
    # (speaker, direct) -> shingle -> the first quote holding it; a later holder is compared to it
    first_of: dict[tuple[str, bool], dict[tuple[str, ...], int]] = defaultdict(dict)
    for i, (_, q, speaker, ws) in enumerate(quotes):
        firsts = first_of[(speaker, q.direct)]
        for sh in _shingles(ws):
            first = firsts.setdefault(sh, i)
            if first != i:
                a, b = word_sets[first], word_sets[i]
                if a and b and len(a & b) / len(a | b) >= SAME_STATEMENT:
                    parent[find(i)] = find(first)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        groups[find(i)].append(i)
    out: dict[tuple[str, Quote], QuoteIdentity] = {}
    for members in groups.values():
        # the longest wording is the most complete report; ties broken by text for determinism
        rep = max(members, key=lambda i: (len(quotes[i][1].text), quotes[i][1].text))
        _, rep_quote, speaker, ws = quotes[rep]
        ident = QuoteIdentity(
            key=digest(speaker, rep_quote.direct, " ".join(ws)),
            text=rep_quote.text,
            confidence=max(quotes[i][1].evidence.confidence for i in members))
        for i in members:
            out[(quotes[i][0], quotes[i][1])] = ident
    return out
