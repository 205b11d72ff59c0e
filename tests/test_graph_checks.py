"""The exported graph: passes our SHACL shapes, parses with an independent parser, round-trips."""
import shutil
import subprocess

import pytest
import rdflib
from conftest import ROOT
from rdflib.compare import isomorphic

from kg import serialize
from kg.rdf.vocab import KG
from kg.store import Store


def test_seeds_graph_conforms_to_shapes(seeds_out):
    pyshacl = pytest.importorskip("pyshacl")
    data = rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_shapes_reject_a_quote_without_evidence(seeds_out):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    bad = rdflib.Graph().parse(data="""
        @prefix kg: <https://w3id.org/newskg/ontology#> .
        <urn:q> a kg:Quote ; kg:text "words" ; kg:cue "said" .""", format="turtle")
    conforms, _, _ = pyshacl.validate(bad, shacl_graph=shapes)
    assert not conforms


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (Debian raptor2-utils) is not installed")
def test_turtle_parses_with_rapper(seeds_out):
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(seeds_out / "graph.ttl")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "returned" in done.stderr and "error" not in done.stderr.lower()


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"),
                                           ("xml", "xml")])
def test_triple_exports_round_trip(seeds_out, fmt, parse_as):
    with Store(seeds_out / "store", read_only=True) as store:
        data = serialize.serialize(store, fmt)
    reference = rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")
    assert isomorphic(rdflib.Graph().parse(data=data, format=parse_as), reference)


def test_jsonld_is_compacted_with_the_shipped_context(seeds_out):
    import json
    with Store(seeds_out / "store", read_only=True) as store:
        doc = json.loads(serialize.serialize(store, "jsonld"))
    assert doc["@context"]["kg"] == "https://w3id.org/newskg/ontology#" and "@graph" in doc
    keys = {k for node in doc["@graph"] for k in node}
    assert {"kg:said", "label", "kg:mentions"} <= keys
    assert not any(k.startswith("http") for k in keys)


def test_turtle_uses_the_resource_prefix(seeds_out):
    text = (seeds_out / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix kgr: <https://w3id.org/newskg/resource/>" in text and "kgr:person\\/xi-jinping" in text


@pytest.mark.parametrize("fmt, parse_as", [("nq", "nquads"), ("trig", "trig")])
def test_dataset_exports_keep_named_graphs(seeds_out, fmt, parse_as):
    with Store(seeds_out / "store", read_only=True) as store:
        data = serialize.serialize(store, fmt)
        graphs = store.graphs()
    ds = rdflib.Dataset()
    ds.parse(data=data, format=parse_as)
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == graphs


def test_vocab_matches_ontology():
    from kg.rdf.vocab import KG
    onto = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(str(KG._NS))}
    in_code = {str(KG._NS) + name for name in KG.__annotations__}
    assert declared == in_code


def test_every_ontology_term_has_label_and_comment():
    onto = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    for term in onto.subjects(rdflib.RDF.type, None):
        if str(term).startswith("https://w3id.org/newskg/ontology#"):
            assert onto.value(term, rdflib.RDFS.label), term
            assert onto.value(term, rdflib.RDFS.comment), term


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_property_graph_exports_label_and_type_every_node(seeds_out, fmt):
    import io

    import networkx as nx
    with Store(seeds_out / "store", read_only=True) as store:
        data = serialize.serialize(store, fmt)
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(data))
    assert all(d.get("label") and d.get("type") for _, d in g.nodes(data=True))
    assert {"said", "exported", "to", "mentions"} <= {d.get("label") for _, _, d in g.edges(data=True)}
    people = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Person"}
    assert "Xi Jinping" in people


def test_an_output_suffix_we_do_not_know_is_an_error_not_silent_turtle(tmp_path):
    from kg.errors import KGError
    assert serialize.format_for(tmp_path / "g.rdf", None) == "xml"
    assert serialize.format_for(tmp_path / "g.graphml", None) == "graphml"
    with pytest.raises(KGError, match="cannot tell the format"):
        serialize.format_for(tmp_path / "g.foo", None)


def test_void_describes_the_build(seeds_out):
    with Store(seeds_out / "store", read_only=True) as store:
        data = serialize.serialize(store, "void")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    g = rdflib.Graph().parse(data=data, format="turtle")
    reference = rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")
    (ds,) = g.subjects(rdflib.RDF.type, void.Dataset)
    assert int(g.value(ds, void.triples)) == len(reference)
    persons = {p for p in g.objects(ds, void.classPartition) if str(g.value(p, void["class"])).endswith("#Person")}
    (part,) = persons
    assert int(g.value(part, void.entities)) == len(set(reference.subjects(rdflib.RDF.type, KG.Person)))


def test_every_term_used_is_declared_and_reasoners_see_schema_org(seeds_out):
    import owlrl
    onto = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    data = rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")
    standard = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/")
    used = set(data.predicates()) | set(data.objects(None, rdflib.RDF.type))
    undeclared = {str(t) for t in used if not str(t).startswith(standard) and (t, None, None) not in onto}
    assert undeclared == set()
    both = data + onto
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(both)
    schema = rdflib.Namespace("https://schema.org/")
    assert set(both.subjects(rdflib.RDF.type, schema.Person)) >= set(data.subjects(rdflib.RDF.type, KG.Person))
    assert (None, schema.mentions, None) in both


def test_countries_link_to_wikidata_and_geonames(seeds_out):
    data = rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")
    india = rdflib.URIRef("https://w3id.org/newskg/resource/country/IN")
    links = {str(o) for o in data.objects(india, rdflib.SKOS.exactMatch)}
    assert links == {"http://www.wikidata.org/entity/Q668", "https://sws.geonames.org/1269750/"}
