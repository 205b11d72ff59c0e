"""Serialise the store: Turtle of the union graph, or the dataset with its named graphs.

Turtle goes through pyoxigraph (rdflib's serializer is ~30x slower on large
graphs); output is sorted so the same store always gives the same bytes.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError
from kg.rdf.vocab import PREFIXES
from kg.store import Store

TRIPLE_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD}
QUAD_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
FORMATS = (*TRIPLE_FORMATS, *QUAD_FORMATS)
SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld",
                 ".nq": "nq", ".trig": "trig"}


def _union_triples(store: Store) -> list[ox.Triple]:
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.ox.quads_for_pattern(None, None, None)}
    return sorted(triples, key=str)


def _quads(store: Store) -> list[ox.Quad]:
    return sorted(store.ox.quads_for_pattern(None, None, None), key=str)


# kgr: is left out: its local names hold "/", which Turtle must escape as a backslash-slash
_PREFIXES = {p: ns for p, ns in PREFIXES.items() if p != "kgr"}


def serialize(store: Store, fmt: str) -> bytes:
    if fmt in TRIPLE_FORMATS:
        prefixes = _PREFIXES if fmt == "turtle" else None
        return ox.serialize(_union_triples(store), format=TRIPLE_FORMATS[fmt], prefixes=prefixes)
    if fmt in QUAD_FORMATS:
        prefixes = _PREFIXES if fmt == "trig" else None
        return ox.serialize(_quads(store), format=QUAD_FORMATS[fmt], prefixes=prefixes)
    raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_for(path: Path | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if path is not None and path.suffix.lower() in SUFFIX_FORMAT:
        return SUFFIX_FORMAT[path.suffix.lower()]
    return "turtle"


def write(store: Store, path: Path, fmt: str) -> None:
    data = serialize(store, fmt)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def write_turtle(store: Store, path: Path) -> None:
    write(store, path, "turtle")
