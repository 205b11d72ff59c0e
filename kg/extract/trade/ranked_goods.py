"""Goods ranked among a country's exports, each with its figure: "The automotive industry was the top
exporting sector with $2.7 billion, followed by ready-made garments and apparel with $1.6 billion and
chemicals with $1.5 billion"; "Gold was the top non-oil export item at AED62.4 billion".

Trade-statistics releases rank the goods, not the partners: the subject is the goods, the predicate a
ranking noun ("item", "product", "sector", "earner") of the exports, and the runners-up after "followed
by" are more goods, each with its figure. Each is the story's country's export, with no destination.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.shared.doc_tokens import with_lemma
from kg.extract.trade.clauses import is_forecast, sentence_evidence
from kg.extract.trade.context import TradeContext
from kg.extract.trade.deals import COPULAS, FIGURE_PREPS
from kg.extract.trade.figures import flow_figures, measured
from kg.extract.trade.items import items_in
from kg.extract.trade.quantities import scan_figures
from kg.facts import COUNTRY, Article, Export

_RANKS = frozenset({"item", "product", "sector", "earner", "category", "commodity", "good"})
_TOP = frozenset({"top", "largest", "biggest", "leading", "main", "major", "first", "second", "third"})
_LINKS = frozenset({",", "and", "with", "at", "while"})


def ranked(noun: Token) -> bool:
    """"the top exporting sector", "the top non-oil export item", "the biggest export earner"."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return noun.dep_ == "attr" and noun.head.lemma_ in COPULAS and not is_forecast(noun.head) \
        and any(c.lower_ in _TOP for c in mods) \
        and any(t.lemma_.lower() in ("export", "exporting") for c in mods for t in c.subtree)


def ranked_goods_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    for noun in with_lemma(sent, _RANKS):
        if noun.lemma_.lower() not in _RANKS or not ranked(noun):
            continue
        verb = noun.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        exporter = ctx.owner()
        if subj is None or exporter is None or exporter.kind != COUNTRY:
            continue
        goods = items_in(sorted(subj.subtree, key=lambda t: t.i))
        with_ = next((c for w in (noun, verb) for c in w.children
                      if c.dep_ == "prep" and c.lower_ in FIGURE_PREPS and c.i > noun.i), None)
        if not goods or with_ is None:
            continue
        region = sorted(with_.subtree, key=lambda t: t.i)[1:]
        fig = next((f for f in flow_figures(region) if f.kind in ("measure", "money")), None)
        if fig is None or region[fig.start].i in ctx.used or fig.start > 1:
            continue
        ctx.used.add(region[fig.start].i)
        evidence = sentence_evidence(sent, article, 0.6)
        yield Export(exporter=exporter, destination=None, items=goods, evidence=evidence, **measured(fig))
        yield from _runners_up(sent, verb, exporter, fig.kind, evidence, ctx)


def _runners_up(sent: Span, verb: Token, exporter, kind: str, evidence, ctx: TradeContext) -> Iterator[Export]:
    """"..., followed by ready-made garments and apparel with $1.6 billion and chemicals with $1.5 billion":
    the goods before each figure, in the leader's kind of figure."""
    follow = next((t for t in sent if t.lemma_ == "follow" and t.tag_ == "VBN" and t.i > verb.i), None)
    by = next((c for c in follow.children if c.dep_ == "agent"), None) if follow is not None else None
    if by is None:
        return
    tokens = list(sent.doc[by.i + 1: sent.end])
    start = 0
    for fig in scan_figures(tokens):   # (not flow_figures: it reads "at AED13.8 billion" as a price)
        head = tokens[start:fig.start]
        while head and head[0].lower_ in _LINKS:
            head = head[1:]
        while head and head[-1].lower_ in _LINKS:
            head = head[:-1]
        start = fig.end
        goods = items_in(head)
        if fig.kind != kind or not goods or tokens[fig.start].i in ctx.used \
                or len(head) > 6 or any(t.lower_ in ("which", "that", "who") for t in head):
            continue   # "..., and aluminium, which brought in AED11.7 billion": another clause's figure
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=exporter, destination=None, items=goods, evidence=evidence, **measured(fig))
