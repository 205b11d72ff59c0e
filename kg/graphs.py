"""Which named graphs a build writes, without mapping the articles that did not change.

An article's graph is a function of its facts, of the entity keys its mentions resolve to and of
the identities of its quotes: together, its signature. Most of its triples are its own (the
article node, evidence, export events); the rest (quote nodes, "X said Q", items) another article
may state too, and a triple stated by two articles moves to the shared graph (a query over the
union of graphs sees each triple once). Those shareable triples are cached per signature as
SPARQL/N-Triples lines, so an unchanged article is known by its signature and its shareable
lines alone: it is mapped again only when its signature changed or a triple it shares has moved.
Adding one article to an archive then maps one article, not all of them.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import ArticleFacts, Quote
from kg.files import replace_file
from kg.ids import digest
from kg.quote_identity import QuoteIdentity
from kg.rdf import mapping
from kg.rdf.iris import ENTITIES_GRAPH
from kg.rdf.mapping import Triple
from kg.rdf.vocab import RESOURCE
from kg.resolve import Resolution
from kg.store import nt_line

_LOCAL = (str(RESOURCE["evidence/"]), str(RESOURCE["export/"]))   # subjects minted per article


def signature(facts: ArticleFacts, res: Resolution, quote_ids: dict[tuple[str, Quote], QuoteIdentity],
              rules: str) -> str:
    """Everything mapping.article_triples reads, as one digest."""
    a, uid = facts.article, facts.article.uid
    parties = [*facts.mentions, *(m for q in facts.quotes for m in (q.speaker, q.addressee)),
               *(m for e in facts.exports for m in (e.exporter, e.destination, e.buyer, e.seller))]
    quotes = [(i.key, i.text, i.confidence) for i in (quote_ids[(uid, q)] for q in facts.quotes)]
    return digest(rules, mapping.content_hash(a.text), a.source, a.id, a.title, a.date, a.date_source,
                  a.authors, [res.key_of(uid, m) for m in parties], quotes)


def _shareable(t: Triple, article: str) -> bool:
    s = str(t[0])
    return s != article and not s.startswith(_LOCAL)


class SharedLines:
    """Per signature, the shareable triples of an article graph (out/cache/shared/<signature>.json)."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def get(self, sig: str) -> list[str] | None:
        path = self.folder / f"{sig}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, sig: str, lines: list[str]) -> None:
        replace_file(self.folder / f"{sig}.json", json.dumps(lines))

    def keep_only(self, sigs: set[str]) -> None:
        for path in self.folder.glob("*.json"):
            if path.stem not in sigs:
                path.unlink(missing_ok=True)

    def graph_lines(self, key: str | None) -> list[str] | None:
        """The shared graph's lines as last written, if they are those of `key` (else None)."""
        try:
            data = json.loads((self.folder.parent / "shared-graph.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data["lines"] if key is not None and data.get("key") == key else None

    def put_graph_lines(self, key: str, lines: list[str]) -> None:
        replace_file(self.folder.parent / "shared-graph.json", json.dumps({"key": key, "lines": lines}))


@dataclass
class ArticleGraph:
    iri: str
    facts: ArticleFacts
    signature: str
    shareable: list[str]
    triples: list[Triple] | None = None        # mapped in this run


@dataclass
class Plan:
    """The graphs of a build: a key per graph (same key, same triples) and the triples of those
    whose key changed. The shared graph's lines are N-Triples/SPARQL lines."""
    keys: dict[str, str] = field(default_factory=dict)
    writes: dict[str, list[Triple]] = field(default_factory=dict)
    shared: list[str] = field(default_factory=list)
    shared_triples: list[Triple] | None = None   # the shared graph as terms, when every part was mapped


def plan(all_facts: Iterable[ArticleFacts], res: Resolution, quote_ids: dict[tuple[str, Quote], QuoteIdentity],
         rules: str, cache: SharedLines, written: dict[str, str], cold: bool) -> Plan:
    """Keys for every graph and triples for the changed ones; a cold build maps every article."""
    graphs: list[ArticleGraph] = []
    term_of: dict[str, Triple] = {}
    for facts in all_facts:
        iri = str(mapping.article_graph(facts))
        sig = signature(facts, res, quote_ids, rules)
        lines = None if cold else cache.get(sig)
        ag = ArticleGraph(iri, facts, sig, lines or [])
        if lines is None:
            _map(ag, res, quote_ids, term_of)
            cache.put(sig, ag.shareable)
        graphs.append(ag)
    seen = Counter(x for ag in graphs for x in set(ag.shareable))
    common = {x for x, n in seen.items() if n > 1}
    out = Plan()
    for ag in graphs:
        key = digest(ag.signature, sorted(common.intersection(ag.shareable)))
        out.keys[ag.iri] = key
        if written.get(ag.iri) == key:
            continue
        if ag.triples is None:
            _map(ag, res, quote_ids, term_of)
        out.writes[ag.iri] = [t for t in ag.triples if not (_shareable(t, ag.iri) and nt_line(t) in common)]
    entity_triples = [t for e in res.entities.values() for t in mapping.entity_triples(e)]
    entity_lines = {nt_line(t): t for t in entity_triples}
    out.shared = sorted(set(entity_lines) | common)
    shared = str(ENTITIES_GRAPH)
    out.keys[shared] = digest(*out.shared)
    if written.get(shared) != out.keys[shared] and all(x in entity_lines or x in term_of for x in out.shared):
        out.shared_triples = [entity_lines.get(x) or term_of[x] for x in out.shared]
    cache.keep_only({ag.signature for ag in graphs})
    return out


def _map(ag: ArticleGraph, res: Resolution, quote_ids: dict[tuple[str, Quote], QuoteIdentity],
         term_of: dict[str, Triple]) -> None:
    ag.triples = list(dict.fromkeys(mapping.article_triples(ag.facts, res, quote_ids)))
    ag.shareable = []
    for t in ag.triples:
        if _shareable(t, ag.iri):
            x = nt_line(t)
            ag.shareable.append(x)
            term_of[x] = t
