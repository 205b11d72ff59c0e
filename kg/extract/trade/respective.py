"""Figures paired with their countries in order: "Deliveries to South Korea and Japan stood at 21.5 mln
tonnes and 15.2 mln tonnes respectively"; "China and India imported 9.1 and 4.3 mln tonnes,
respectively".

"respectively" tells the reader the n-th country takes the n-th figure. The parser cannot say so: it
hangs the second figure anywhere, and the rules that read one flow per clause find two countries and
two figures and state none. Here the countries of the flow (the places after its noun's "to"/"from", or
the verb's coordinated subjects) are paired with the sentence's unread figures of one kind, when their
numbers agree.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.trade.actors import is_country_token
from kg.extract.trade.clauses import is_forecast, sentence_evidence
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import flow_figures, measured
from kg.extract.trade.items import items_in
from kg.extract.trade.lexicon import EXPORT_NOUNS, EXPORT_VERBS, IMPORT_NOUNS, PURCHASE_VERBS
from kg.facts import Article, Export, Mention


def _listed(head: Token) -> list[Mention]:
    """A country and those coordinated with it: "South Korea and Japan"."""
    first = is_country_token(head)
    if first is None:
        return []
    return [first, *(m for c in head.conjuncts if c.i > head.i and (m := is_country_token(c)) is not None)]


def _flow_countries(sent: Span) -> tuple[list[Mention], bool, Token] | None:
    """The countries the flow lists, whether they receive it (True) or send it, and the flow word."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in EXPORT_NOUNS | IMPORT_NOUNS | {"supply"}:
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "from")):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    if len(found := _listed(obj)) >= 2:
                        return found, prep.lower_ == "to", tok
        if tok.pos_ == "VERB" and lemma in EXPORT_VERBS | PURCHASE_VERBS | _RECEIVING and not is_forecast(tok):
            for subj in (c for c in tok.children if c.dep_ == "nsubj"):
                if len(found := _listed(subj)) >= 2:
                    return found, lemma in PURCHASE_VERBS | _RECEIVING, tok
    return None


_RECEIVING = frozenset({"receive", "absorb"})   # "Japan and South Korea received 2.4mn t and 2.1mn t respectively"


def _other_side(ctx: TradeContext, listed: set[str], importer: bool) -> Mention | None:
    """The story's side of every listed flow: the first of its owners that is none of the listed countries."""
    owners = (ctx.importer, ctx.topic, ctx.place) if importer else (ctx.running, ctx.topic, ctx.place)
    return next((m for m in owners if m is not None and m.code not in listed), None)


def respectively_paired(sent: Span, article: Article, ctx: TradeContext, stated: list[Export]) -> list[Export]:
    """The sentence's events, with one per listed country and its figure, in order, when the sentence
    says "respectively" (replacing what the other rules made of those figures: "Morocco and Algeria
    bought 420,000 and 260,000 tonnes" read as two purchases by Morocco)."""
    if not any(t.lower_ == "respectively" for t in sent) or (flow := _flow_countries(sent)) is None:
        return stated
    countries, receiving, word = flow
    tokens = list(sent)
    figures = [f for f in flow_figures(tokens) if f.kind in ("measure", "money") and tokens[f.start].i > word.i]
    if len(figures) != len(countries) or len({(f.kind, f.unit, f.currency) for f in figures}) != 1:
        return stated
    # the flow noun's goods ("coal deliveries"), those after the last figure ("... 4.3 mln tonnes of
    # soybeans, respectively"), else the goods last measured in the unit ("took the bulk of the cargoes")
    goods = items_in([t for t in word.lefts if t.dep_ in ("compound", "amod")]) \
        or items_in(tokens[figures[-1].end:]) \
        or ctx.goods_measured_in(figures[0].unit)
    # the other side: the story's country for a list of buyers or of origins ("imports from A and B"),
    # the story's importer for a list of sellers
    other = _other_side(ctx, {m.code for m in countries}, importer=word.pos_ == "NOUN" and not receiving) \
        if receiving or word.pos_ == "NOUN" else ctx.importer
    if other is not None and other.code in {m.code for m in countries}:
        return stated
    evidence = sentence_evidence(sent, article, 0.6)
    paired = []
    for country, fig in zip(countries, figures, strict=True):
        ctx.used.add(tokens[fig.start].i)
        src, to = (other, country) if receiving else (country, other)
        paired.append(Export(exporter=ctx.of_era(src), destination=ctx.of_era(to), items=goods, evidence=evidence,
                             **measured(fig)))
    amounts = {e.quantity if e.quantity is not None else e.value for e in paired}
    return [e for e in stated if (e.quantity if e.quantity is not None else e.value) not in amounts] + paired
