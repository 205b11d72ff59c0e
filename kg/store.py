"""The on-disk Oxigraph store: rdflib's Dataset API on oxrdflib, one named graph per article.

Queries see the union of all graphs. An article graph is replaced in one
SPARQL update (DROP + INSERT DATA), which Oxigraph applies atomically, so a
killed build leaves each article either old or new, never half.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Literal, URIRef
from rdflib.query import Result

from kg.errors import KGError
from kg.rdf.mapping import Triple
from kg.rdf.vocab import PREFIXES


def nt_line(t: Triple) -> str:
    """A triple as one line of SPARQL INSERT DATA ("<s> <p> "o" .")."""
    s, p, o = t
    return f"{s.n3()} {p.n3()} {o.n3()} ."


def _ox(term):
    """An rdflib IRI or literal as a pyoxigraph term (the mapping makes no blank nodes)."""
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)) if term.datatype
                                  else None)
    return pyoxigraph.NamedNode(str(term))


class Store:
    def __init__(self, path: Path, create: bool = False, read_only: bool = False):
        if not create and not (path / "CURRENT").exists():
            raise KGError(f"no graph store at {path}; run `kg build PATHS --out {path.parent}` first")
        self.path = path
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            ox_store = pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
        except OSError as err:
            raise KGError(f"cannot open the store at {path}: {err} (is another build using it?)") from None
        self.dataset = Dataset(store=OxigraphStore(store=ox_store), default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns)

    @property
    def ox(self):
        """The pyoxigraph Store underneath, for bulk work rdflib would do slowly."""
        return self.dataset.store._inner

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        self.change_graph_lines(graph, [nt_line(t) for t in triples], None)

    def change_graph_lines(self, graph: URIRef, lines: list[str], before: list[str] | None) -> None:
        """As replace_graph, from triples already written as lines (nt_line); given the lines the
        graph holds now, only the difference is written. Either way one atomic update."""
        if before is None:
            body = "\n".join(lines)
            self.ox.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
            return
        old, new = set(before), set(lines)
        gone, added = "\n".join(sorted(old - new)), "\n".join(sorted(new - old))
        self.ox.update(f"DELETE DATA {{ GRAPH <{graph}> {{\n{gone}\n}} }} ;\n"
                       f"INSERT DATA {{ GRAPH <{graph}> {{\n{added}\n}} }}")

    def bulk_load(self, graphs: dict[str, Iterable[Triple]]) -> None:
        """Many graphs into an empty store with Oxigraph's bulk loader: faster than one update per
        graph on a cold build (BENCHMARKS.md), but not atomic, so only for a store that holds
        nothing yet: a build killed mid-load finds it non-empty and replaces graph by graph."""
        self.ox.bulk_extend(pyoxigraph.Quad(_ox(s), _ox(p), _ox(o), pyoxigraph.NamedNode(g))
                            for g, triples in graphs.items() for s, p, o in triples)

    def drop_graph(self, graph: URIRef) -> None:
        self.ox.update(f"DROP SILENT GRAPH <{graph}>")

    def graphs(self) -> set[str]:
        return {g.value for g in self.ox.named_graphs()}

    def query(self, sparql: str) -> Result:
        return self.dataset.query(sparql)

    def __len__(self) -> int:
        return len(self.ox)

    def close(self) -> None:
        self.dataset.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
