"""Facts -> triples in the CONTRACT vocabulary. The only module that knows RDF terms.

Each article's facts become one named graph (the article IRI), so a rebuild
replaces an article by replacing its graph; entities, which are resolved
across all articles, go into one graph of their own.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.extract.shared.countries import geonames_iri, wikidata_iri
from kg.extract.trade.commodities import broader
from kg.facts import COUNTRY, GROUP, ArticleFacts, Entity, Evidence, Export, Mention, Quote
from kg.ids import digest
from kg.quote_identity import QuoteIdentity
from kg.rdf import iris
from kg.rdf.vocab import KG
from kg.resolve import Resolution

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_DATE_TYPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
               (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
               (re.compile(r"^\d{4}$"), XSD.gYear))
_ENTITY_CLASS = {"Person": KG.Person, "Organization": KG.Organization,
                 "Country": KG.Country, "Place": KG.Place, "Group": KG.Group}


def content_hash(text: str) -> str:
    return digest(text)


def article_graph(facts: ArticleFacts) -> URIRef:
    return iris.article_iri(content_hash(facts.article.text))


def date_literal(value: str) -> Literal:
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value):
            return Literal(value, datatype=datatype)
    return Literal(value)


def decimal_literal(value: Decimal) -> Literal:
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


def confidence_literal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


def article_triples(facts: ArticleFacts, res: Resolution,
                    quote_ids: dict[tuple[str, Quote], QuoteIdentity]) -> Iterator[Triple]:
    a = facts.article
    node = article_graph(facts)
    yield node, RDF.type, KG.Article
    yield node, DCTERMS.source, Literal(a.source)
    yield node, DCTERMS.identifier, Literal(a.id)
    if a.title:
        yield node, DCTERMS.title, Literal(a.title)
    if a.date:
        yield node, DCTERMS.date, Literal(a.date.isoformat(), datatype=XSD.date)
        if a.date_source:
            yield node, KG.dateSource, Literal(a.date_source)
    for name in a.authors:
        yield node, DCTERMS.creator, Literal(name)
    uid = a.uid
    mentioned = {res.key_of(uid, m) for m in facts.mentions}
    for q in facts.quotes:
        mentioned.add(res.key_of(uid, q.speaker))
        yield from quote_triples(q, node, res, quote_ids[(uid, q)], uid)
    for e in facts.exports:
        mentioned |= {res.key_of(uid, m) for m in (e.exporter, e.destination, e.buyer, e.seller)}
        yield from export_triples(e, node, res, uid)
    for key in sorted(k for k in mentioned if k):
        yield node, KG.mentions, iris.entity_iri(key)


def evidence_triples(ev: Evidence, article: URIRef) -> Iterator[Triple]:
    node = iris.evidence_iri(article, ev.start, ev.end, ev.extractor)
    yield node, RDF.type, KG.Evidence
    yield node, KG.article, article
    yield node, KG.sentence, Literal(ev.sentence)
    yield node, KG.charStart, Literal(ev.start)
    yield node, KG.charEnd, Literal(ev.end)
    yield node, KG.extractor, Literal(ev.extractor)
    yield node, KG.confidence, confidence_literal(ev.confidence)


def _entity(res: Resolution, article_id: str, mention: Mention | None) -> URIRef | None:
    key = res.key_of(article_id, mention)
    return iris.entity_iri(key) if key else None


def quote_triples(q: Quote, article: URIRef, res: Resolution, ident: QuoteIdentity,
                  article_id: str) -> Iterator[Triple]:
    node = iris.quote_iri(ident.key)
    yield node, RDF.type, KG.Quote
    yield node, RDF.type, KG.DirectQuote if q.direct else KG.IndirectQuote
    yield node, KG.text, Literal(ident.text)
    if q.cue:
        yield node, KG.cue, Literal(q.cue)
    yield node, KG.confidence, confidence_literal(ident.confidence)
    if q.kind:
        yield node, KG.quoteType, Literal(q.kind)
    speaker_key = res.key_of(article_id, q.speaker)
    if speaker_key and not speaker_key.startswith("place/"):   # a place never speaks (shapes.ttl)
        speaker = iris.entity_iri(speaker_key)
        yield node, KG.speaker, speaker
        yield speaker, KG.said, node
    if (addressee := _entity(res, article_id, q.addressee)) is not None:
        yield node, KG.addressee, addressee
    yield node, KG.source, article
    yield node, KG.evidence, iris.evidence_iri(article, q.evidence.start, q.evidence.end, q.evidence.extractor)
    yield from evidence_triples(q.evidence, article)


def export_triples(e: Export, article: URIRef, res: Resolution, article_id: str) -> Iterator[Triple]:
    exporter = _entity(res, article_id, e.exporter)
    destination = _entity(res, article_id, e.destination)
    if exporter is None and destination is None:
        return
    ev = e.evidence
    exporter_name = e.exporter.name if e.exporter else (e.destination.name, "import")
    node = iris.export_iri(article, ev.start, ev.end, exporter_name, e.items, e.quantity, e.value)
    yield node, RDF.type, KG.Export
    if exporter is not None:
        yield node, KG.exporter, exporter
    if destination is not None:
        yield node, KG.destination, destination
    for prop, party in ((KG.buyer, e.buyer), (KG.seller, e.seller)):
        if (org := _entity(res, article_id, party)) is not None:
            yield node, prop, org
    for label in e.items:
        item = iris.item_iri(label)
        yield item, RDF.type, KG.Item
        yield item, RDFS.label, Literal(label)
        yield node, KG.item, item
        if (general := broader(label)) is not None:   # "soft red winter wheat" skos:broader "wheat"
            above = iris.item_iri(general)
            yield item, SKOS.broader, above
            yield above, RDF.type, KG.Item
            yield above, RDFS.label, Literal(general)
        if exporter is not None:
            yield exporter, KG.exported, item
    if e.quantity is not None:
        yield node, KG.quantity, decimal_literal(e.quantity)
    for prop, value in ((KG.unit, e.unit), (KG.quantityQualifier, e.qualifier),
                        (KG.currency, e.currency), (KG.period, e.period)):
        if value:
            yield node, prop, Literal(value)
    if e.value is not None:
        yield node, KG.value, decimal_literal(e.value)
    if e.date:
        yield node, KG.date, date_literal(e.date)
    yield node, KG.source, article
    yield node, KG.evidence, iris.evidence_iri(article, ev.start, ev.end, ev.extractor)
    yield from evidence_triples(ev, article)


def entity_triples(entity: Entity) -> Iterator[Triple]:
    node = iris.entity_iri(entity.key)
    yield node, RDF.type, _ENTITY_CLASS[entity.kind]
    if entity.kind == GROUP:     # the contract's speakers are persons or organisations: a group is one
        yield node, RDF.type, KG.Organization
    yield node, RDFS.label, Literal(entity.label)
    for alt in entity.alt_labels:
        yield node, SKOS.altLabel, Literal(alt)
    for role in entity.roles:
        yield node, KG.role, Literal(role)
    if entity.code:
        yield node, KG.isoCode, Literal(entity.code)
        if entity.kind == COUNTRY:
            for same in (wikidata_iri(entity.code), geonames_iri(entity.code)):
                if same:
                    yield node, SKOS.exactMatch, URIRef(same)
    for key in entity.affiliations:
        yield node, KG.affiliation, iris.entity_iri(key)
