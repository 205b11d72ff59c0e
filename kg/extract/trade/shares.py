"""Goods' shares of the flow just stated: "Of the total, corn accounted for 598,000 tonnes, soybeans for
310,000 tonnes and wheat for 212,000 tonnes"; "Lemons accounted for 28.5 million cartons of the total,
while soft citrus made up 24.1 million cartons".

Statistics stories give a country's total shipments, then split them by goods with a verb of share
("account for", "make up", "represent"). Each share is a flow between the total's two sides in its own
goods; the figure must be in the total's unit, so a share of something else ("accounted for 40 percent")
is not read as one.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from kg.extract.trade.actors import is_country_token, item_origin
from kg.extract.trade.clauses import is_forecast, sentence_evidence
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import flow_figures, plain
from kg.extract.trade.items import items_in
from kg.extract.trade.lexicon import ACTOR_NOUNS
from kg.facts import Article, Export, Mention

_SHARE_VERBS = frozenset({"account", "make", "represent", "comprise", "constitute"})
# Bodies that sell a country's goods, whose share of a total is no goods of its own
_SELLER_BODIES = frozenset({"federation", "board", "cooperative", "association", "exporter", "trader", "shipper",
                            "institute", "council", "corporation"})


def _share_verb(tok: Token) -> Token | None:
    """The verb of share the figure is the object of ("accounted for N", "made up N")."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in _SHARE_VERBS or is_forecast(verb):
        return None
    if verb.lemma_ == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    return verb


def _goods_of(verb: Token) -> tuple[str, ...]:
    """The goods the share verb's subject names, not a country ("Brazil accounted for ..." is a buyer)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or is_country_token(subj) or subj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
            and commodity_named([subj.lower_]) is None:   # "Robusta", tagged a person, is goods
        return ()
    return items_in([t for t in subj.subtree if t.i <= subj.i])


def _country_of(verb: Token) -> Mention | None:
    """The country the share verb's subject is: "Sri Lanka, which enjoys duty-free access, accounted for"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return is_country_token(subj) if subj is not None else None


def _gapped_goods(tokens: Sequence[Token], start: int) -> tuple[str, ...]:
    """A later element with the verb left out: "..., soybeans for 310,000 tonnes and wheat for 212,000"."""
    while start > 2 and tokens[start - 1].lower_ in ("the", "remaining", "other", "balance", "rest", "of"):
        start -= 1   # "and arabica for the remaining 29,362 bags"
    if start < 2 or tokens[start - 1].lower_ != "for":
        return ()
    k = start - 2
    while k > 0 and tokens[k - 1].pos_ in ("NOUN", "ADJ") and not tokens[k - 1].like_num:
        k -= 1
    if k == 0 or tokens[k - 1].lower_ not in (",", "and") or is_country_token(tokens[start - 2]):
        return ()
    return items_in(tokens[k:start - 1])


def goods_share_events(sent: Span, article: Article, ctx: TradeContext, base: Export,
                       here: Sequence[Export] = ()) -> Iterator[Export]:
    """One event per goods' (or a country's) share of `base`, the flow stated before this sentence, in
    its unit; not a figure the sentence's own events (`here`) already read."""
    if base.quantity is None or base.unit is None:
        return
    tokens = list(sent)
    evidence = sentence_evidence(sent, article, 0.6)
    read = {e.quantity for e in here}
    for fig in flow_figures(tokens):
        num = tokens[fig.start]
        if fig.kind != "measure" or fig.unit != base.unit or num.i in ctx.used or plain(fig.amount) in read:
            continue
        verb = _share_verb(num)
        side = _country_of(verb) if verb is not None else None
        if side is not None and (base.exporter is None) != (base.destination is None):
            # "India's pepper imports rose to 26,770 tonnes ... Sri Lanka accounted for 11,450 tonnes": the
            # country's part of the flow, on the side the flow left open
            if side.code in {m.code for m in (base.exporter, base.destination) if m is not None}:
                continue
            ctx.used.add(num.i)
            yield Export(exporter=side if base.exporter is None else base.exporter,
                         destination=side if base.destination is None else base.destination, items=base.items,
                         evidence=evidence, quantity=plain(fig.amount), unit=fig.unit, qualifier=fig.qualifier)
            continue
        goods = _gapped_goods(tokens, fig.start) if verb is not None else ()
        goods = goods or (_goods_of(verb) if verb is not None else ())
        # "The federation itself accounted for 3.31 mln bags ... and private exporters for 3.90 mln": a
        # seller's share of the total, in its goods
        sellers = bool(goods) and goods[-1].split()[-1] in ACTOR_NOUNS | _SELLER_BODIES
        if sellers:
            goods = base.items
        if not goods or goods == base.items and not sellers:
            continue
        ctx.used.add(num.i)
        yield Export(exporter=base.exporter, destination=base.destination, items=goods, evidence=evidence,
                     quantity=plain(fig.amount), unit=fig.unit, qualifier=fig.qualifier)


def origin_parts(sent: Span, article: Article, ctx: TradeContext, here: Sequence[Export]) -> Iterator[Export]:
    """The parts a purchase's sentence lists after its total, each named by its origin: "GASC bought
    180,000 tonnes of wheat in a tender on Thursday, 120,000 tonnes of U.S. soft red winter wheat and
    60,000 tonnes of French soft wheat" - parts that add up to no more than the total."""
    if len(here) != 1 or here[0].quantity is None or here[0].exporter is not None or here[0].destination is None:
        return
    base = here[0]
    tokens = list(sent)
    figures = flow_figures(tokens)
    at = next((n for n, f in enumerate(figures) if f.kind == "measure" and plain(f.amount) == base.quantity), None)
    if at is None:
        return
    parts = []
    for n in range(at + 1, len(figures)):
        fig = figures[n]
        if fig.kind != "measure" or fig.unit != base.unit or tokens[fig.start].i in ctx.used:
            return
        stop = figures[n + 1].start if n + 1 < len(figures) else len(tokens)
        window = tokens[fig.end:stop]
        origin = item_origin(window)
        if origin is None or origin.code == base.destination.code:
            return
        parts.append((fig, origin, items_in(window) or base.items))
    if not parts or sum(plain(f.amount) for f, _, _ in parts) > base.quantity:
        return
    evidence = sentence_evidence(sent, article, 0.6)
    for fig, origin, items in parts:
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=ctx.of_era(origin), destination=base.destination, items=items, evidence=evidence,
                     quantity=plain(fig.amount), unit=fig.unit, qualifier=fig.qualifier,
                     buyer=base.buyer, date=base.date, period=base.period)
