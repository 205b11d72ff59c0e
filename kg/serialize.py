"""Serialise the store: Turtle of the union graph, or the dataset with its named graphs.

Turtle goes through pyoxigraph (rdflib's serializer is ~30x slower on large
graphs); output is sorted so the same store always gives the same bytes.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError
from kg.files import replace_file
from kg.rdf.vocab import PREFIXES
from kg.store import Store

TRIPLE_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
QUAD_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
GRAPH_FORMATS = ("graphml", "gexf")     # property graphs for Gephi, Cytoscape, Neo4j (APOC GraphML import)
FORMATS = (*TRIPLE_FORMATS, *QUAD_FORMATS, *GRAPH_FORMATS, "void")
SUFFIX_FORMAT = {".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "xml",
                 ".nq": "nq", ".trig": "trig", ".graphml": "graphml", ".gexf": "gexf"}


def _union_triples(store: Store) -> list[ox.Triple]:
    """Every triple of the union of graphs once, in a stable order. A build states each triple in
    one graph only (build._share), so the set is there for stores written by other means."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.ox.quads_for_pattern(None, None, None)}
    return sorted(triples, key=str)


def _quads(store: Store) -> list[ox.Quad]:
    return sorted(store.ox.quads_for_pattern(None, None, None), key=str)


# kgr: local names hold "/", which Turtle 1.1 writes escaped (kgr:person\/jane-doe): valid for
# rdflib, Oxigraph, Jena and rapper, and shorter than the full IRI
_PREFIXES = dict(PREFIXES)


def _jsonld(store: Store) -> bytes:
    """JSON-LD compacted with our @context (kg/data/context.jsonld, shipped for clients): "kg:said",
    "kgr:person/jane-doe", "label" instead of full IRIs. The context is written into the file,
    so it reads offline."""
    import json
    from importlib.resources import files

    import rdflib
    context = json.loads(files("kg").joinpath("data/context.jsonld").read_text(encoding="utf-8"))
    g = rdflib.Graph()
    g.parse(data=ox.serialize(_union_triples(store), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g.serialize(format="json-ld", context=context["@context"], auto_compact=True).encode("utf-8")


_VOID = "http://rdfs.org/ns/void#"


def _void(store: Store) -> bytes:
    """A VoID description of the build (Turtle): size, the vocabularies it uses, and how many
    resources each class and triples each property has, for catalogues and federated queries."""
    from kg.rdf.vocab import KG, RESOURCE
    triples = _union_triples(store)
    ds = ox.NamedNode(f"{RESOURCE}dataset")
    rdf_type = ox.NamedNode(f"{PREFIXES['rdf']}type")

    def void(name: str) -> ox.NamedNode:
        return ox.NamedNode(_VOID + name)

    def count(n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))

    classes: dict[str, set] = {}
    properties: dict[str, int] = {}
    for t in triples:
        properties[t.predicate.value] = properties.get(t.predicate.value, 0) + 1
        if t.predicate == rdf_type:
            classes.setdefault(t.object.value, set()).add(t.subject)
    out = [ox.Triple(ds, rdf_type, void("Dataset")),
           ox.Triple(ds, void("triples"), count(len(triples))),
           ox.Triple(ds, void("entities"), count(len({t.subject for t in triples}))),
           ox.Triple(ds, void("classes"), count(len(classes))),
           ox.Triple(ds, void("properties"), count(len(properties))),
           ox.Triple(ds, void("uriSpace"), ox.Literal(str(RESOURCE))),
           ox.Triple(ds, void("vocabulary"), ox.NamedNode(str(KG._NS)))]
    for name, members in sorted(classes.items()):
        part = ox.NamedNode(f"{ds.value}/class/{_slug(name)}")
        out += [ox.Triple(ds, void("classPartition"), part), ox.Triple(part, void("class"), ox.NamedNode(name)),
                ox.Triple(part, void("entities"), count(len(members)))]
    for name, n in sorted(properties.items()):
        part = ox.NamedNode(f"{ds.value}/property/{_slug(name)}")
        out += [ox.Triple(ds, void("propertyPartition"), part),
                ox.Triple(part, void("property"), ox.NamedNode(name)), ox.Triple(part, void("triples"), count(n))]
    return ox.serialize(sorted(out, key=str), format=ox.RdfFormat.TURTLE, prefixes={**_PREFIXES, "void": _VOID})


def _slug(iri: str) -> str:
    """"https://w3id.org/newskg/ontology#Person" -> "kg-Person": a readable, unique partition name."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            return f"{prefix}-{iri[len(str(ns)):]}"
    return iri.rsplit("/", 1)[-1].replace("#", "-")


def serialize(store: Store, fmt: str) -> bytes:
    if fmt == "void":
        return _void(store)
    if fmt == "jsonld":
        return _jsonld(store)
    if fmt in TRIPLE_FORMATS:
        prefixes = _PREFIXES if fmt == "turtle" else None
        data = ox.serialize(_union_triples(store), format=TRIPLE_FORMATS[fmt], prefixes=prefixes)
        # an XML parser reads a raw carriage return as a newline: written as a reference it survives
        return data.replace(b"\r", b"&#13;") if fmt == "xml" else data
    if fmt in QUAD_FORMATS:
        prefixes = _PREFIXES if fmt == "trig" else None
        return ox.serialize(_quads(store), format=QUAD_FORMATS[fmt], prefixes=prefixes)
    if fmt in GRAPH_FORMATS:
        return _property_graph(store, fmt)
    raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_for(path: Path | None, fmt: str | None) -> str:
    """--format, else the -o suffix, else Turtle; a suffix we do not know is an error, never Turtle
    silently written under another name."""
    if fmt:
        return fmt
    if path is None or not path.suffix:
        return "turtle"
    if path.suffix.lower() not in SUFFIX_FORMAT:
        raise KGError(f"cannot tell the format from {path.name!r}; use one of "
                      f"{', '.join(sorted(SUFFIX_FORMAT))} or give --format")
    return SUFFIX_FORMAT[path.suffix.lower()]


def _property_graph(store: Store, fmt: str) -> bytes:
    """Entities, items and quotes as labelled, typed nodes; said / to / exported / mentions as edges."""
    import io

    import networkx as nx

    from kg.view import entity_key, graph_from_store, shipped_rows
    drawn = graph_from_store(store)
    g = nx.MultiDiGraph()
    for node, d in drawn.nodes(data=True):
        g.add_node(node, label=str(d.get("label", node)), type=str(d.get("kind", "")),
                   text=str(d.get("title", "")))
    for u, v, d in drawn.edges(data=True):
        g.add_edge(u, v, label=str(d.get("label", "")), evidence=str(d.get("title", "")))
    for row in shipped_rows(store, "mentions.rq"):
        article = "article/" + row.id
        g.add_node(article, label=row.title or row.id, type="Article", text=row.id)
        g.add_edge(article, entity_key(row.node), label="mentions", evidence="")
    buffer = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, buffer)
    return buffer.getvalue()


def write(store: Store, path: Path, fmt: str) -> None:
    replace_file(path, serialize(store, fmt))


def write_csv(store: Store, folder: Path) -> list[Path]:
    """quotes.csv and exports.csv in `folder`: one row per fact, for spreadsheets and pandas."""
    import csv

    from kg.view import sparql_file
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ("quotes", "exports"):
        result = store.ox.query(sparql_file(f"csv-{name}.rq"), use_default_graph_as_union=True)
        columns = [v.value for v in result.variables]
        path = folder / f"{name}.csv"
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows([row[c].value if row[c] is not None else "" for c in columns] for row in result)
        tmp.replace(path)
        written.append(path)
    return written


def write_turtle(store: Store, path: Path) -> None:
    write(store, path, "turtle")


def _prefix_lines() -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(_PREFIXES.items())).encode("utf-8")


def turtle_chunk(lines: list[str]) -> bytes:
    """One graph's Turtle, prefixes left out (graph.ttl declares them once), from its N-Triples
    lines (kg.store.nt_line) in their order: Oxigraph parses and writes 360,000 lines in ~0.4 s,
    where dumping each graph back from the store took ~2 s."""
    data = ox.serialize(ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES),
                        format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)
    return _without_prefixes(data)


def _without_prefixes(data: bytes) -> bytes:
    return b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"@prefix ")).lstrip(b"\n")


def write_turtle_chunks(chunks: Path, graph_lines: dict[str, list[str]]) -> None:
    """The chunks of graphs whose lines a build has (digest -> lines), for write_turtle_of_graphs;
    a chunk already there is kept (same digest, same triples)."""
    chunks.mkdir(parents=True, exist_ok=True)
    for key, lines in graph_lines.items():
        chunk = chunks / f"{key}.ttl"
        if not chunk.exists():
            replace_file(chunk, turtle_chunk(lines))


def write_turtle_of_graphs(store: Store | None, path: Path, graphs: dict[str, str], chunks: Path) -> None:
    """graph.ttl as the build's named graphs one after another, each graph's Turtle cached under its
    digest in `chunks` (written from the build's lines by write_turtle_chunks; one that is missing is
    dumped from the store): a build that changed one article writes that article's chunk and copies
    the rest, instead of reading and sorting every triple of the archive. Turtle keeps a prefix
    declared once for the whole file; a build states each triple in one graph only (kg.graphs), so
    the chunks together are the union graph. `graphs` maps graph IRI -> digest."""
    chunks.mkdir(parents=True, exist_ok=True)
    keep = set()
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as f:
        f.write(_prefix_lines())
        for graph in sorted(graphs):
            chunk = chunks / f"{graphs[graph]}.ttl"
            keep.add(chunk.name)
            if not chunk.exists():
                data = store.ox.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.NamedNode(graph), prefixes=_PREFIXES)
                replace_file(chunk, _without_prefixes(data))
            f.write(b"\n")
            f.write(chunk.read_bytes())
    tmp.replace(path)
    for old in chunks.glob("*.ttl"):
        if old.name not in keep:
            old.unlink()
