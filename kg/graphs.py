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
import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg import rdf
from kg.entity_lines import EntityLines
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
    """Everything mapping.article_triples reads, and the mapping's code, as one digest."""
    a, uid = facts.article, facts.article.uid
    parties = [*facts.mentions, *(m for q in facts.quotes for m in (q.speaker, q.addressee)),
               *(m for e in facts.exports for m in (e.exporter, e.destination, e.buyer, e.seller))]
    quotes = [(i.key, i.text, i.confidence) for i in (quote_ids[(uid, q)] for q in facts.quotes)]
    keys = res.keys.get(uid, {})       # as res.key_of, without looking the article up for each mention
    return digest(rules, rdf.code_digest(), mapping.content_hash(a.text), a.source, a.id, a.title, a.date,
                  a.date_source, a.authors, [None if m is None else keys.get(m) for m in parties], quotes)


def _shareable(t: Triple, article: str) -> bool:
    s = str(t[0])
    return s != article and not s.startswith(_LOCAL)


class SharedLines:
    """Per signature, the shareable triples of an article graph (out/cache/shared/<signature>.json)."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.kept: dict[str, list[str]] = {}
        self.graph: dict | None = None
        self.pending: dict[str, list[str]] = {}    # put, not yet written (write_pending)

    def read_all(self) -> None:
        """Every kept file into memory: a build reads them while its parser works (adding one article
        to 2,200 read 2,200 files and the shared graph's 7 MB after resolution, ~0.2 s)."""
        for path in self.folder.glob("*.json"):
            if (lines := self.get(path.stem)) is not None:
                self.kept[path.stem] = lines
        self.graph = self._graph()

    def get(self, sig: str) -> list[str] | None:
        if (lines := self.kept.get(sig)) is not None:     # the same signature has the same lines
            return lines
        path = self.folder / f"{sig}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, sig: str, lines: list[str]) -> None:
        """Kept for this build at once, written by write_pending: a cold build puts 2,200 files, 1.5-2.5 s
        of creating small files that a forked process can do beside the store's load. A build killed
        before they are written maps those articles again next time."""
        self.kept[sig] = self.pending[sig] = lines

    def write_pending(self) -> None:
        for sig, lines in self.pending.items():
            replace_file(self.folder / f"{sig}.json", json.dumps(lines))
        self.pending = {}

    def keep_only(self, sigs: set[str]) -> None:
        for path in self.folder.glob("*.json"):
            if path.stem not in sigs:
                path.unlink(missing_ok=True)

    def graph_lines(self, key: str | None) -> list[str] | None:
        """The shared graph's lines as last written, if they are those of `key` (else None)."""
        data = self.graph if self.graph is not None else self._graph()
        return data["lines"] if key is not None and data.get("key") == key else None

    def _graph(self) -> dict:
        try:
            return json.loads((self.folder.parent / "shared-graph.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def put_graph_lines(self, key: str, lines: list[str]) -> None:
        replace_file(self.folder.parent / "shared-graph.json", json.dumps({"key": key, "lines": lines}))
        self.graph = {"key": key, "lines": lines}


@dataclass
class ArticleGraph:
    iri: str
    signature: str
    shareable: list[str]
    lines: list[str] | None = None        # every triple of the graph, mapped in this run


@dataclass
class Plan:
    """The graphs of a build: a key per graph (same key, same triples) and the N-Triples lines of
    those whose key changed (the shared graph's always)."""
    keys: dict[str, str] = field(default_factory=dict)
    writes: dict[str, list[str]] = field(default_factory=dict)
    shared: list[str] = field(default_factory=list)


# What the per-article work reads; set before worker processes are forked, which inherit it.
_INPUT: tuple = ()
_PARALLEL_FROM = 200      # articles: fewer are not worth a process's start


def plan(all_facts: list[ArticleFacts], res: Resolution, quote_ids: dict[tuple[str, Quote], QuoteIdentity],
         rules: str, cache: SharedLines, written: dict[str, str], cold: bool, jobs: int = 1,
         entity_lines: EntityLines | None = None) -> Plan:
    """Keys for every graph and lines for the changed ones; a cold build maps every article. The
    articles' mappings are computed by `jobs` forked processes when there are many; their signatures
    here (2,200 took 0.15 s, less than forking two processes of the build's size). `entity_lines`:
    the entities' lines kept by the last build (else every entity is mapped)."""
    global _INPUT
    _INPUT = (all_facts, res, quote_ids, rules)
    try:
        sigs = _signatures(range(len(all_facts)))
        lines = [None if cold else cache.get(sig) for sig in sigs]
        todo = [i for i, x in enumerate(lines) if x is None]
        mapped = dict(zip(todo, _in_parallel(_mapped, todo, jobs), strict=True))
        graphs = []
        for i, facts in enumerate(all_facts):
            ag = ArticleGraph(str(mapping.article_graph(facts)), sigs[i], lines[i] or [])
            if i in mapped:
                ag.lines, ag.shareable = mapped[i]
                cache.put(ag.signature, ag.shareable)
            graphs.append(ag)
        seen: Counter = Counter()
        for ag in graphs:
            seen.update(set(ag.shareable))     # counted in C, an article at a time
        common = {x for x, n in seen.items() if n > 1}
        out = Plan()
        for ag in graphs:
            out.keys[ag.iri] = digest(ag.signature, sorted(common.intersection(ag.shareable)))
        # against the graph's key, not the article's: two files with the same text are one graph,
        # the last one's (each of the BBC corpus's 98 such articles was mapped again on every build)
        again = [i for i, ag in enumerate(graphs) if written.get(ag.iri) != out.keys[ag.iri] and ag.lines is None]
        for i, (ag_lines, _) in zip(again, _in_parallel(_mapped, again, jobs), strict=True):
            graphs[i].lines = ag_lines
        for ag in graphs:
            if written.get(ag.iri) != out.keys[ag.iri]:
                shareable = set(ag.shareable) & common
                out.writes[ag.iri] = [x for x in ag.lines if x not in shareable]
    finally:
        _INPUT = ()
    if entity_lines is None:
        entities = {nt_line(t) for e in res.entities.values() for t in mapping.entity_triples(e)}
    else:
        entities = entity_lines.lines(res.entities.values())
    out.shared = sorted(entities | common)
    out.keys[str(ENTITIES_GRAPH)] = digest(*out.shared)
    cache.keep_only({ag.signature for ag in graphs})
    return out


def _signatures(span: range) -> list[str]:
    all_facts, res, quote_ids, rules = _INPUT
    return [signature(all_facts[i], res, quote_ids, rules) for i in span]


def _mapped(indexes: list[int]) -> list[tuple[list[str], list[str]]]:
    """(every line, the shareable lines) of each article graph of `indexes`."""
    all_facts, res, quote_ids, _ = _INPUT
    out = []
    for i in indexes:
        facts = all_facts[i]
        iri = str(mapping.article_graph(facts))
        lines, shareable = [], []
        for t in dict.fromkeys(mapping.article_triples(facts, res, quote_ids)):
            x = nt_line(t)
            lines.append(x)
            if _shareable(t, iri):
                shareable.append(x)
        out.append((lines, shareable))
    return out


def _in_parallel(work, items: list[int], jobs: int) -> list:
    """work(part) over `items` in up to `jobs` forked processes, results in order. Forked, the
    processes read _INPUT from the parent's memory: nothing is sent but indexes."""
    if jobs < 2 or len(items) < _PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return work(items)
    size = -(-len(items) // (2 * jobs))         # two parts per process: one slow part ends later alone
    parts = [items[i:i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        return [x for part in pool.map(work, parts) for x in part]
