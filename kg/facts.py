"""Typed values that flow between pipeline stages.

Extractors produce these from a spaCy Doc; resolve.py turns mentions into
entities; rdf/mapping.py is the only place that turns them into triples.
They are frozen and picklable so extraction can run in worker processes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from kg.ids import digest


@dataclass(frozen=True, slots=True)
class Article:
    id: str                    # stable: file stem or the id a source gave
    text: str                  # body text; every char offset points into it
    source: str                # path or URL it came from
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    dateline: str | None = None  # the wire dateline's place ("SALVADOR"): context, not a mention
    authors: tuple[str, ...] = ()  # byline and metadata authors: creators, not people in the story
    date_source: str | None = None  # where the date was read: "first line", "html metadata", "jsonl field"

    @property
    def uid(self) -> str:
        """Unique inside a build, unlike `id` (a file stem: business/001 and sport/001 share one)."""
        return digest(self.source, self.text)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: char offsets into Article.text."""
    article_id: str
    start: int
    end: int
    sentence: str
    extractor: str             # registry name, e.g. "quotes.v1"
    confidence: float = 1.0


# Entity kinds; the RDF mapping turns them into kg:Person etc.
PERSON, ORGANIZATION, COUNTRY, PLACE = "Person", "Organization", "Country", "Place"
# A speaker without a name: people ("officials", "a source") or a document or poll ("a study");
# one per article, never merged across articles ("police" in two stories are two forces)
GROUP = "Group"


@dataclass(frozen=True, slots=True)
class Mention:
    """One surface form of an entity in one article.

    `name` is the cleaned name ("Hu Jintao" for "Chinese President Hu
    Jintao"); for a pronoun or role noun the extractor puts the name of the
    antecedent it resolved to in the article, and `text` keeps the words.
    """
    kind: str                  # PERSON | ORGANIZATION | COUNTRY | PLACE | GROUP
    name: str
    text: str
    start: int
    end: int
    role: str | None = None    # "Chinese President", "foreign ministry spokesperson"
    affiliation: Mention | None = None   # country or organisation stated with it
    code: str | None = None    # ISO 3166 alpha-2 for countries


@dataclass(frozen=True, slots=True)
class Quote:
    text: str                  # content only: no quote marks, no attribution
    speaker: Mention | None
    cue: str                   # reporting verb or phrase: "said", "according to"
    direct: bool               # inside quotation marks
    evidence: Evidence
    addressee: Mention | None = None
    kind: str = ""             # taxonomy: "QCQSV", "reported", "according-to", ...


@dataclass(frozen=True, slots=True)
class Export:
    """One stated shipment: an n-ary event. The exporter is None for an import of no stated origin."""
    exporter: Mention | None
    items: tuple[str, ...]     # singular lemma labels: ("ventilator", "oxygen generator")
    evidence: Evidence
    destination: Mention | None = None
    quantity: Decimal | None = None
    unit: str | None = None    # singular unit name; None for plain counts
    qualifier: str | None = None   # "more than", "nearly", ...
    value: Decimal | None = None   # money amount
    currency: str | None = None    # ISO 4217
    date: str | None = None        # "2021-04" / "2021-04-30" / "2021"
    period: str | None = None      # free text when not one date: "since 2021-04"
    buyer: Mention | None = None   # the organisation that bought ("the State Trading Corporation")
    seller: Mention | None = None  # the organisation that sold or shipped ("Cargill")


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything the extractors found in one article."""
    article: Article
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    exports: tuple[Export, ...] = ()
    skipped: tuple[str, ...] = field(default=())   # what was skipped and why


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity after resolution across all articles."""
    key: str                   # IRI path: "person/jane-doe", "country/IN"
    kind: str
    label: str                 # canonical name, the fullest form seen
    alt_labels: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    code: str | None = None    # ISO 3166 alpha-2 for countries
    affiliations: tuple[str, ...] = ()   # keys of countries / organisations
