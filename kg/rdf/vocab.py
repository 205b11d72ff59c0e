"""The public vocabulary (../CONTRACT.md) as a DefinedNamespace: typos fail loudly.

tests/test_ontology.py checks these terms against ontology/kg.ttl.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

RESOURCE = Namespace("https://w3id.org/newskg/resource/")


class KG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # classes
    Article: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Group: URIRef
    Item: URIRef
    Quote: URIRef
    DirectQuote: URIRef
    IndirectQuote: URIRef
    Export: URIRef
    Evidence: URIRef
    # articles and entities
    mentions: URIRef
    dateSource: URIRef
    role: URIRef
    affiliation: URIRef
    isoCode: URIRef
    # quotes
    said: URIRef
    speaker: URIRef
    text: URIRef
    cue: URIRef
    addressee: URIRef
    quoteType: URIRef
    # exports
    exported: URIRef
    exporter: URIRef
    destination: URIRef
    buyer: URIRef
    seller: URIRef
    item: URIRef
    quantity: URIRef
    unit: URIRef
    quantityQualifier: URIRef
    value: URIRef
    currency: URIRef
    date: URIRef
    period: URIRef
    # provenance
    source: URIRef
    evidence: URIRef
    confidence: URIRef
    article: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    extractor: URIRef


PREFIXES = {
    "kg": str(KG._NS),
    "kgr": str(RESOURCE),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
