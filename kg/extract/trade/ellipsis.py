"""Clauses that leave the flow word out: the goods alone stand for their flow after one just stated,
or a share of an import total says only where it came from.

"Knitwear exports jumped 24 percent to $318 million, while woven garments rose 4.6 percent to $892
million"; "Exports of chips plunged to $5.96 billion, while those of automobiles jumped to $5.26
billion". The second clause's subject is goods (or "those of" goods); its figure is the same flow's,
with the first clause's sides. "Of the total, 25.89 million tonnes came from the United States": a share
of the import total just stated, from that country to the same importer. "..., of which 31,000 tonnes
went to China and 18,500 tonnes to South Korea": shares of the flow just stated, each to its country;
"..., of which 5.8 million tonnes was coking coal and 4.9 million tonnes steaming coal": its goods.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.shared.doc_tokens import with_lemma
from kg.extract.trade.actors import is_country_token
from kg.extract.trade.clauses import FLOW_LEMMAS, sentence_evidence
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import flow_figures, measured, plain
from kg.extract.trade.items import items_in, items_in_phrase, non_goods_in
from kg.extract.trade.lexicon import CHANGE_VERBS, DEAL_NOUNS
from kg.facts import Article, Export, Mention

_STATE_VERBS = CHANGE_VERBS | {"be", "total", "reach", "stand", "amount", "double", "triple", "halve", "slide",
                               "tumble", "edge", "sink", "rebound", "hit", "come", "fetch", "earn"}
_JOINED = frozenset({"conj", "advcl"})


def elliptic_events(sent: Span, article: Article, ctx: TradeContext, stated: list[Export]) -> Iterator[Export]:
    """The flows of the goods-led clauses joined to a clause that stated one in this sentence."""
    if not stated:
        return
    seed = stated[-1]
    for verb in with_lemma(sent, _STATE_VERBS):
        if verb.lemma_ not in _STATE_VERBS or verb.dep_ not in _JOINED or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        goods = _goods_subject(subj) if subj is not None else ()
        side = _those_of(subj) if subj is not None and not goods else None
        if side is not None:   # "Imports from China rose to 10.20 trillion yen, while those from the United
            prep, country = side   # States slipped to 6.52 trillion yen": the same flow, of another country
            if prep == "from" and seed.destination is not None and seed.destination.code != country.code:
                seed = replace(seed, exporter=ctx.of_era(country))
            elif prep == "to" and seed.exporter is not None and seed.exporter.code != country.code:
                seed = replace(seed, destination=ctx.of_era(country))
            else:
                continue
            goods = seed.items or ("",)
        if not goods:
            continue
        inside = {t.i for t in subj.subtree}
        own = [t for t in verb.subtree if t.i > subj.i and t.i not in inside]
        money = seed.value is not None and seed.quantity is None
        figures = [f for f in flow_figures(own) if f.kind in ("money", "measure")]
        if not figures or own[figures[0].start].i in ctx.used or (figures[0].kind == "money") != money:
            continue
        for n, fig in enumerate(figures):
            if n:   # a later element that leaves the verb out too: "..., while bedwear fetched $2.77bn and
                # readymade garments $3.49bn"
                between = own[figures[n - 1].end:fig.start]
                if not between or between[0].lower_ not in ("and", ",") or (fig.kind == "money") != money \
                        or any(t.pos_ == "AUX" or t.lemma_ in _STATE_VERBS for t in between) \
                        or own[fig.start].i in ctx.used:   # ("readymade", tagged a verb, is no clause's)
                    break
                goods = items_in_phrase(between[1:])
                if not goods:
                    break
            ctx.used.add(own[fig.start].i)
            yield replace(seed, items=tuple(g for g in goods if g), evidence=sentence_evidence(sent, article, 0.6),
                          **measured(fig))


def _those_of(subj: Token) -> tuple[str, Mention] | None:
    """("from", country) for "those from the United States", ("to", country) for "those to Japan"."""
    if subj.lower_ != "those":
        return None
    return next(((p.lower_, m) for p in subj.children if p.dep_ == "prep" and p.lower_ in ("from", "to")
                 for o in p.children if o.dep_ == "pobj" and (m := is_country_token(o))), None)


def _goods_subject(subj: Token) -> tuple[str, ...]:
    """Goods a clause's subject names with no flow word: "woven garments", "those of automobiles"."""
    if any(t.lemma_.lower() in FLOW_LEMMAS | DEAL_NOUNS for t in subj.subtree):
        return ()   # a flow of its own: the rules read it
    if subj.lower_ == "those":
        of = [t for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree][1:]
        # "while those of automobiles jumped to $5.26 billion": after a flow of goods, "those of" names goods
        return items_in(of) if of and not non_goods_in(of) and not any(is_country_token(t) for t in of) else ()
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i]
    if commodity_named(words) is None and commodity_named([subj.lemma_.lower()]) is None:
        return ()
    return items_in(list(subj.subtree))


_FROM_VERBS = frozenset({"come", "originate", "source"})   # "81,925 tonnes was sourced from the United States"


def came_from_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """A figure that "came from" a country: the share of the import stated before that it supplied."""
    for verb in with_lemma(sent, _FROM_VERBS):
        if verb.lemma_ not in _FROM_VERBS or verb.pos_ != "VERB":
            continue
        origin = next((m for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       for o in c.children if o.dep_ == "pobj" and (m := is_country_token(o))), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        before = ctx.flow_before(sent.start_char)
        importer = before[1] if before and before[1] is not None else ctx.importer
        if origin is None or subj is None or importer is None or importer.code == origin.code:
            continue
        own = sorted(subj.subtree, key=lambda t: t.i)
        fig = next((f for f in flow_figures(own) if f.kind == "measure"), None)
        if fig is None or own[fig.start].i in ctx.used:
            continue
        goods = items_in(own[fig.end:]) or ctx.goods_measured_in(fig.unit)
        ctx.used.add(own[fig.start].i)
        yield Export(exporter=ctx.of_era(origin), destination=ctx.of_era(importer), items=goods,
                     evidence=sentence_evidence(sent, article, 0.6), quantity=plain(fig.amount), unit=fig.unit,
                     qualifier=fig.qualifier)


_GO_VERBS = frozenset({"go", "head"})
_SENT_VERBS = frozenset({"ship", "export", "send", "deliver", "sell"})   # passive: "were shipped to China"
_WHOLES = frozenset({"which", "total", "this", "these", "that", "it", "them", "amount"})


def share_events(sent: Span, article: Article, ctx: TradeContext, stated: list[Export]) -> Iterator[Export]:
    """The shares of the flow just stated that "went to" a country: "..., of which 31,000 tonnes went
    to China and 18,500 tonnes to South Korea", "Of the total, 410,000 tonnes went to Indonesia"."""
    if not stated or stated[-1].quantity is None and stated[-1].value is None:
        return
    seed = stated[-1]
    for verb in with_lemma(sent, _GO_VERBS | _SENT_VERBS):
        passive = verb.lemma_ in _SENT_VERBS
        subj = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "nsubj")), None)
        if verb.lemma_ not in _GO_VERBS | _SENT_VERBS or passive and subj is None or verb.pos_ != "VERB" or not any(
                c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in _WHOLES for o in c.children)
                for t in (verb, subj) if t is not None for c in t.children):
            continue   # a share of a whole: "of which", "Of the total"; not "prices went to ..."
        own = sorted(verb.subtree, key=lambda t: t.i)
        figures = flow_figures(own)
        for n, fig in enumerate(figures):
            money = fig.kind == "money"
            if fig.kind not in ("money", "measure") or own[fig.start].i in ctx.used \
                    or money != (seed.quantity is None):
                continue
            stop = figures[n + 1].start if n + 1 < len(figures) else len(own)
            to = next((m for k in range(fig.end, stop) if own[k].lower_ == "to" for o in own[k].children
                       if o.dep_ == "pobj" and (m := is_country_token(o))), None)
            if to is None or seed.exporter is not None and seed.exporter.code == to.code:
                continue
            ctx.used.add(own[fig.start].i)
            yield replace(seed, destination=ctx.of_era(to), evidence=sentence_evidence(sent, article, 0.6),
                          **measured(fig))


def which_goods_events(sent: Span, article: Article, ctx: TradeContext, stated: list[Export]) -> Iterator[Export]:
    """The goods' parts of the flow just stated, written with a copula: "Coal exports totalled 10.7 million
    tonnes, of which 5.8 million tonnes was coking coal and 4.9 million tonnes steaming coal", "shipped
    465,000 vehicles abroad, of which 128,000 were new energy vehicles". Each part is a flow between the
    same sides in its own goods, in the whole's unit. Read on the words, not the tree: the parser takes
    "was coking coal" for a verb in the progressive."""
    if not stated or stated[-1].quantity is None:
        return
    seed = stated[-1]
    at = next((t.i for t in sent[:-1] if t.lower_ == "of" and t.nbor().lower_ in ("which", "this")
               or t.lower_ == "of" and t.nbor().lower_ == "the" and t.i + 2 < sent.end
               and t.doc[t.i + 2].lower_ == "total"), None)
    if at is None:
        return
    rest = [t for t in sent if t.i > at + 1]
    figures = flow_figures(rest)
    for n, fig in enumerate(figures):
        stop = figures[n + 1].start if n + 1 < len(figures) else len(rest)
        after = rest[fig.end:stop]
        if rest[fig.start].i in ctx.used or (fig.unit or None) != (seed.unit or None) \
                or fig.kind not in ("measure", "count") or not after:
            continue
        if after[0].lemma_ == "be":
            after = after[1:]
        elif not (n and rest[fig.start - 1].lower_ in ("and", ",")):
            continue   # "of which 16.8 million tonnes were shipped to China": a share by place, not goods
        end = next((k for k, t in enumerate(after) if t.lower_ in ("and", ",", "while") or t.is_punct), len(after))
        goods = items_in_phrase(after[:end])
        if not goods or goods == seed.items:
            continue
        ctx.used.add(rest[fig.start].i)
        yield replace(seed, items=goods, evidence=sentence_evidence(sent, article, 0.6), **measured(fig))
