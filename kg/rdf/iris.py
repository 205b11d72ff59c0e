"""The one place IRIs are minted: deterministic and readable (CONTRACT.md)."""
from __future__ import annotations

from rdflib import URIRef

from kg.ids import digest, slug
from kg.rdf.vocab import RESOURCE


def article_iri(content_hash: str) -> URIRef:
    return RESOURCE[f"article/{content_hash}"]


def entity_iri(key: str) -> URIRef:
    """`key` comes from resolve: "person/jane-doe", "country/IN"."""
    return RESOURCE[key]


def item_iri(label: str) -> URIRef:
    return RESOURCE[f"item/{slug(label)}"]


def quote_iri(key: str) -> URIRef:
    return RESOURCE[f"quote/{key}"]


def export_iri(*parts: object) -> URIRef:
    return RESOURCE[f"export/{digest(*parts)}"]


def evidence_iri(*parts: object) -> URIRef:
    return RESOURCE[f"evidence/{digest(*parts)}"]


ENTITIES_GRAPH = RESOURCE["graph/entities"]
