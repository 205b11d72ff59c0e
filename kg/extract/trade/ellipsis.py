"""Clauses that leave the flow word out: the goods alone stand for their flow after one just stated.

"Knitwear exports jumped 24 percent to $318 million, while woven garments rose 4.6 percent to $892
million"; "Exports of chips plunged to $5.96 billion, while those of automobiles jumped to $5.26
billion". The second clause's subject is goods (or "those of" goods); its figure is the same flow's,
with the first clause's sides.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.trade.clauses import FLOW_LEMMAS, sentence_evidence
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import flow_figures, plain
from kg.extract.trade.items import items_in
from kg.extract.trade.lexicon import CHANGE_VERBS, DEAL_NOUNS
from kg.facts import Article, Export

_STATE_VERBS = CHANGE_VERBS | {"be", "total", "reach", "stand", "amount"}
_JOINED = frozenset({"conj", "advcl"})


def elliptic_events(sent: Span, article: Article, ctx: TradeContext, stated: list[Export]) -> Iterator[Export]:
    """The flows of the goods-led clauses joined to a clause that stated one in this sentence."""
    if not stated:
        return
    seed = stated[-1]
    for verb in sent:
        if verb.lemma_ not in _STATE_VERBS or verb.dep_ not in _JOINED or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        goods = _goods_subject(subj) if subj is not None else ()
        if not goods:
            continue
        own = [t for t in verb.subtree if t.i > subj.i and t not in set(subj.subtree)]
        fig = next((f for f in flow_figures(own) if f.kind in ("money", "measure")), None)
        if fig is None or own[fig.start].i in ctx.used or (fig.kind == "money") != (seed.value is not None
                                                                                   and seed.quantity is None):
            continue
        ctx.used.add(own[fig.start].i)
        money = fig.kind == "money"
        yield replace(seed, items=goods, evidence=sentence_evidence(sent, article, 0.6),
                      quantity=None if money else plain(fig.amount), unit=None if money else fig.unit,
                      value=plain(fig.amount) if money else None, currency=fig.currency if money else None,
                      qualifier=fig.qualifier)


def _goods_subject(subj: Token) -> tuple[str, ...]:
    """Goods a clause's subject names with no flow word: "woven garments", "those of automobiles"."""
    if any(t.lemma_.lower() in FLOW_LEMMAS | DEAL_NOUNS for t in subj.subtree):
        return ()   # a flow of its own: the rules read it
    if subj.lower_ == "those":
        of = [t for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree][1:]
        return items_in(of) if of and commodity_named([of[-1].lemma_.lower()]) else ()
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i]
    if commodity_named(words) is None and commodity_named([subj.lemma_.lower()]) is None:
        return ()
    return items_in(list(subj.subtree))
