"""Goods that earned a sum: "Garments brought in US$502 million", "Coffee earned 1.4 billion dollars
from 300,000 tonnes", "Cocoa beans earned N172.1 billion".

Statistics stories give each export item's earnings with the goods as the subject of an earning verb
and no flow word at all. The sum is the value of the story's country's exports of those goods (the
measure after "from", if any, their quantity); a subject that names people or firms ("farmers",
"exporters") earned it and names no goods.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.trade.actors import is_country_token
from kg.extract.trade.clauses import is_forecast, sentence_evidence
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import flow_figures, plain
from kg.extract.trade.items import items_in
from kg.extract.trade.lexicon import ACTOR_NOUNS
from kg.facts import Article, Export

# People who earn wages: "HASCO workers earned 4.20 dlrs daily"
_PEOPLE = frozenset({"worker", "employee", "labourer", "laborer", "miner", "staff", "official", "tourist", "grower",
                     "family", "household", "people", "resident", "student", "driver", "fisherman", "smallholder"})
# A sum per unit of time or goods is a wage or a price: "4.20 dlrs daily", "2.40 dlrs a kg"
_RATE_AFTER = frozenset({"daily", "a", "an", "per", "each", "weekly", "monthly", "hourly"})
_EARNING = frozenset({"earn", "generate", "net"})   # not "fetch": "teas fetched 2.40 dlrs a kg" is a price


def earns(verb: Token) -> bool:
    """An earning verb: "earned", "fetched", or "brought in" with a sum as its object."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_ in _EARNING:
        return True
    return verb.lower_ in ("brought", "brings", "bring", "bringing") and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) and any(
        c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children)


# A flow noun as the subject, its goods after "of": "Sales of crude oil brought in US$ 3.4 billion"
_FLOWS = frozenset({"sale", "sales", "export", "shipment"})


def _goods_subject(verb: Token) -> tuple[str, ...]:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _FLOWS and not any(c.dep_ == "poss" for c in subj.children):
        of = [t for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree][1:]
        return items_in(of) if commodity_named([t.lower_ for t in of]) else ()   # "Sales of crude oil brought in"
    if subj is None or subj.ent_type_ and not commodity_named([subj.lower_]) or is_country_token(subj) \
            or subj.pos_ != "NOUN" and not (subj.pos_ == "PROPN" and commodity_named([subj.lower_])) \
            or subj.lemma_.lower() in ACTOR_NOUNS | _PEOPLE or any(c.dep_ == "poss" for c in subj.children):
        return ()
    words = [t for t in subj.subtree if t.i <= subj.i]
    if commodity_named([t.lower_ for t in words]) is None and subj.tag_ != "NNS":
        return ()   # "Coffee", "crude oil", "garments"; not "the sector", "tourism"
    return items_in(words)


def goods_earnings(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    for verb in sent:
        if not earns(verb) or is_forecast(verb) or not (goods := _goods_subject(verb)):
            continue
        region = [t for t in verb.subtree if t.i > verb.i]
        figs = flow_figures(region)
        money = next((f for f in figs if f.kind == "money"), None)
        owner = ctx.owner()
        if money is None or region[money.start].i in ctx.used or owner is None \
                or money.end < len(region) and region[money.end].lower_ in _RATE_AFTER:
            continue
        measure = next((f for f in figs if f.kind == "measure" and f.start == money.end + 1
                        and region[money.end].lower_ == "from"), None)   # "US$405 million from 1.52 mln tonnes"
        ctx.used.add(region[money.start].i)
        if measure is not None:
            ctx.used.add(region[measure.start].i)
        yield Export(exporter=ctx.of_era(owner), destination=None, items=goods,
                     evidence=sentence_evidence(sent, article, 0.6),
                     quantity=plain(measure.amount) if measure else None, unit=measure.unit if measure else None,
                     value=plain(money.amount), currency=money.currency, qualifier=money.qualifier)
