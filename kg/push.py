"""Push a build's named graphs to a SPARQL 1.1 Graph Store endpoint (`kg build --endpoint URL`).

Each article graph, and the shared entities graph, goes as one HTTP PUT of N-Triples to
URL?graph=IRI (replacing what the endpoint held under that IRI); a graph the build dropped is
DELETEd. Only what this build changed is sent, so an incremental build pushes a few graphs.
Works with Oxigraph (`oxigraph serve`, URL http://HOST:7878/store), Fuseki, GraphDB, Virtuoso.
"""
from __future__ import annotations

import urllib.parse

import pyoxigraph as ox

from kg.http import request
from kg.store import Store


def _send(method: str, url: str, body: bytes | None = None) -> None:
    headers = {"Content-Type": "application/n-triples"} if body is not None else {}
    request(method, url, body, headers, timeout=120, missing_ok=method == "DELETE")


def push(store: Store, endpoint: str, graphs: list[str], dropped: list[str]) -> int:
    """PUT `graphs` from the store and DELETE `dropped` at the endpoint; the number of requests."""
    for graph in graphs:
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        _send("PUT", f"{endpoint}?{urllib.parse.urlencode({'graph': graph})}", body)
    for graph in dropped:
        _send("DELETE", f"{endpoint}?{urllib.parse.urlencode({'graph': graph})}")
    return len(graphs) + len(dropped)
