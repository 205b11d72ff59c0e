"""Trade stated as a deal rather than a flow: tenders, awards, accepted bids, report lines.

"The committee awarded contracts to two U.S. firms to supply 81,000 tonnes", "USDA accepted
Algeria's bid for 75,000 tonnes", "Japan added 689,700 tonnes to previous purchases", "Saudi Arabia
is Brazil's biggest supplier, with 115,000 bpd", "The business comprised 41,000 tonnes of crude
oil and 5,000 tonnes of refined oil": each names a seller's and a buyer's side in its own way.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.shared.country_names import lookup_country
from kg.extract.shared.doc_tokens import with_lemma
from kg.extract.trade.actors import country_near, is_country_token, item_origin, no_one_country
from kg.extract.trade.clauses import is_forecast, places, sentence_evidence
from kg.extract.trade.context import TradeContext, country_mention, place_to_country
from kg.extract.trade.figures import BULK_UNITS, flow_figures, pair_after, plain
from kg.extract.trade.items import items_in
from kg.extract.trade.pairs import with_pair_partner
from kg.extract.trade.quantities import CURRENCY_SYMBOLS, SCALES, UNITS, Figure
from kg.facts import COUNTRY, Article, Export, Mention

# Role nouns in "X is (Y's) main supplier, with N" / "X was the largest importer with N": the side X takes.
ROLE_NOUNS = {"supplier": "export", "exporter": "export", "seller": "export", "shipper": "export",
               "importer": "import", "buyer": "import", "recipient": "import", "customer": "import",
               "purchaser": "import", "destination": "import", "market": "import", "outlet": "import",
               "taker": "import"}
_ROLE_WORDS = frozenset(ROLE_NOUNS)
COPULAS = frozenset({"be", "remain", "stay"})
_KEEPING = frozenset({"keep", "retain", "hold", "remain", "stay", "emerge", "rank", "overtake"})
# How a role's figure follows it: "the top buyer, with 15.2 mln tonnes", "the largest buyer at 84,000
# bales", "remained the biggest buyer, taking $9.47 billion worth"
FIGURE_PREPS = frozenset({"with", "at"})
_FIGURE_VERBS = frozenset({"take", "buy", "import", "receive", "ship", "supply", "export", "account", "absorb"})


def role_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """A country named as a supplier or a buyer with a figure: "Saudi Arabia is Brazil's second
    biggest oil supplier, with an average 115,000 bpd" (Saudi Arabia -> Brazil), "The Soviet Union
    was the largest single importer with 133,265 tonnes" (the story's exporter -> the Soviet Union).
    The other side is the possessor or "to"/"of" country, else the story's."""
    for noun in with_lemma(sent, _ROLE_WORDS):
        role = ROLE_NOUNS.get(noun.lemma_.lower())
        # "..., with the Philippines the biggest buyer at 1.7 million tonnes": a verbless clause
        verbless = noun.dep_ == "appos" and noun.head.dep_ == "pobj" and noun.head.head.lower_ == "with"
        # "Russia kept its spot as China's biggest crude oil supplier in June, with shipments of 10.5 mln"
        kept_as = noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB" \
            and noun.head.head.lemma_ in _KEEPING and not is_forecast(noun.head.head)
        if role is None or not verbless and not kept_as and (noun.dep_ != "attr" or noun.head.lemma_ not in COPULAS
                                                             or is_forecast(noun.head)):
            continue
        verb = noun.head.head if kept_as else noun.head
        subj = noun.head if verbless else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        country = is_country_token(subj) if subj is not None else None
        with_ = next((c for w in ((noun,) if verbless else (noun, verb, *_of_flow(noun))) for c in w.children
                      if c.dep_ == "prep" and c.lower_ in FIGURE_PREPS
                      or c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_ in _FIGURE_VERBS and c.tag_ == "VBG"),
                     None) or _with_under_period(noun, verb)
        # "the top buyer, with 15.2 mln tonnes": the parser often hangs it on the verb
        if country is None or with_ is None:
            continue
        region = list(with_.subtree)[1:]
        fig = next((f for f in flow_figures(region) if f.kind in ("measure", "money")), None)
        if fig is None or region[fig.start].i in ctx.used:
            continue
        other = next((m for c in noun.children if c.dep_ == "poss" and (m := is_country_token(c))), None) \
            or next((m for _, m in places(list(noun.subtree), frozenset({"to", "of", "for"}))), None) \
            or item_origin([t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                            for t in c.subtree])   # "the biggest buyer of Indonesian goods"
        if role == "export":
            src, to = country, other or ctx.owner(not_code=country.code, importer=True)
        else:
            src, to = other or ctx.owner(not_code=country.code), country
        if src is None or src.kind != COUNTRY or to is not None and to.code == src.code:
            continue
        goods = items_in(sorted((t for c in noun.lefts if c.dep_ == "compound" and not is_country_token(c)
                                 for t in c.subtree if not is_country_token(t)), key=lambda t: t.i)) \
            or items_in([t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                         for t in c.subtree][1:])
        goods = goods or ctx.goods_measured_in(fig.unit)
        money = fig.kind == "money"
        ctx.used.add(region[fig.start].i)
        yield Export(exporter=ctx.of_era(src), destination=ctx.of_era(to), items=goods,
                     evidence=sentence_evidence(sent, article, 0.6), quantity=None if money else plain(fig.amount),
                     unit=fig.unit, qualifier=fig.qualifier, value=plain(fig.amount) if money else None,
                     currency=fig.currency)


def _of_flow(noun: Token) -> list[Token]:
    """The flow a role is of, where the parser hangs the figure: "the main destination of Iran's non-oil
    exports with $3.1 billion"."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _FLOW_NOUNS]


_FLOW_NOUNS = frozenset({"export", "import", "shipment", "sale", "purchase", "delivery", "supply"})


def under_role(flow: Token) -> bool:
    """A flow noun inside a country's role, which role_events reads with that country as one side: "China
    was the main destination of Iran's non-oil exports with $3.1 billion", "The US was the largest market
    for Turkish defense products, with shipments worth $1.52 billion"."""
    for anc in flow.ancestors:
        verb = anc if anc.lemma_ in COPULAS else anc.head if anc.dep_ == "attr" else None
        if verb is None or verb.lemma_ not in COPULAS or is_forecast(verb):
            if anc.pos_ in ("VERB", "AUX"):
                return False   # a clause of its own: "..., while shipments to India reached 3.2 mln tonnes"
            continue
        role = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in _ROLE_WORDS), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return role is not None and subj is not None and is_country_token(subj) is not None
    return False


_SPANS = frozenset({"period", "month", "year", "quarter", "half", "season", "week", "fortnight"})


def _with_under_period(noun: Token, verb: Token) -> Token | None:
    """"the top buyer during the six-month period with 6.6 lakh tonnes": the figure's "with" the parser
    hung on the period named between role and figure."""
    for c in (c for w in (noun, verb) for c in w.children if c.dep_ == "prep" and c.i > noun.i):
        for period in (o for o in c.children if o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.lemma_ in _SPANS)):
            return next((p for p in period.children if p.dep_ == "prep" and p.lower_ in FIGURE_PREPS), None)
    return None


def _deal(seller: Mention | None, buyer: Mention, fig: Figure, region: list[Token], sent: Span, article: Article,
          ctx: TradeContext) -> Export:
    """One sale a tender or report line states: its goods after the figure, else the story's."""
    window = region[fig.end:]
    items = items_in(window) or (ctx.unit_goods.get(fig.unit) if fig.unit else ()) or ctx.goods
    ctx.used.add(region[fig.start].i)
    return Export(exporter=ctx.of_era(seller), destination=ctx.of_era(buyer), items=items,
                  evidence=sentence_evidence(sent, article, 0.7), quantity=plain(fig.amount), unit=fig.unit,
                  qualifier=fig.qualifier)


_AWARD_VERBS = frozenset({"award", "grant", "give", "win"})


_AWARDED = frozenset({"contract", "tender", "order"})


def _awardee_country(tok: Token) -> Mention | None:
    """The country of a firm awarded a supply contract: "two U.S. firms", "Cigra Inc of Chicago"."""
    for t in tok.subtree:
        if m := is_country_token(t):
            return m
        if t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN" and (found := lookup_country(t.text)):
            return country_mention(found[1], t.text, t.idx, t.idx + len(t))   # "two U.S. Firms" (one ORG span)
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.pos_ == "PROPN":   # "Co of New York"
            words = [w for w in t.subtree if w.pos_ == "PROPN" and w.i <= t.i]
            if code := place_to_country(" ".join(w.text for w in words)):
                return country_mention(code, t.text, words[0].idx, t.idx + len(t))
    return None


def award_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """A supply contract awarded at a tender is a sale done: "The committee of Taiwan's maize importers
    awarded contracts to two U.S. firms to supply two shipments totalling 81,000 tonnes",
    "Continental Grain Co of New York won a contract for the supply of 54,000 tonnes". The firm's
    country sells; the awarding body's country (else the story's) buys."""
    for verb in with_lemma(sent, _AWARD_VERBS):
        if verb.lemma_.lower() not in _AWARD_VERBS or verb.pos_ != "VERB" or is_forecast(verb):
            continue
        award = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _AWARDED),
                     None)
        if award is None:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() == "win":
            firm, body = subj, None
        else:
            to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
            firm = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            body = subj
        if firm is None:
            continue
        seller = _awardee_country(firm)
        buyer = next((m for t in body.subtree if (m := is_country_token(t))), None) if body is not None else None
        region = [t for t in verb.subtree if t.i > verb.i and t not in set(firm.subtree)]
        measures = [f for f in flow_figures(region) if f.kind == "measure"]   # not "two shipments totalling 81,000 t"
        fig = next((f for f in measures if f.unit in BULK_UNITS), None) or next(iter(measures), None)
        if fig is None or region[fig.start].i in ctx.used:
            continue
        buyer = buyer or ctx.owner(not_code=seller.code if seller else None, importer=True)
        window = region[fig.end:]
        seller = seller or item_origin(window)
        if buyer is None or seller is not None and seller.code == buyer.code:
            continue
        yield _deal(seller, buyer, fig, region, sent, article, ctx)


_BOOKED = frozenset({"purchase", "commitment", "buying", "order", "booking", "import"})


_DEAL_WHOLES = frozenset({"business", "purchase", "sale", "deal", "cargo", "shipment", "total", "order",
                          "contract", "amount", "tonnage", "volume", "quantity"})


_MADE_OF = frozenset({"comprise", "include", "consist", "involve", "cover"})
_MADE_OF_TEXT = re.compile(r"compris|includ|consist|involv|cover", re.I)


def made_of_whole(noun: Token) -> bool:
    """"The purchase comprised 60,000 tonnes of Russian wheat from Louis Dreyfus, ...": the deal just
    stated, read part by part (breakdown_events), not a flow of its own."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in _DEAL_WHOLES and noun.head.lemma_ in _MADE_OF \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "its", "their")
                for c in noun.children) \
        and not any(c.dep_ in ("compound", "prep") for c in noun.children)   # not "The soybean meal sales to Iraq"


def breakdown_events(sent: Span, article: Article, ctx: TradeContext, base: Export | None) -> Iterator[Export]:
    """The parts of a deal just stated: "The business comprised 41,000 tonnes of crude sunflowerseed oil
    ... and 5,000 tonnes of refined oil" - each part is a flow between the same two sides."""
    if base is None or base.quantity is None:
        return
    # the sentence's verb, or the one a source reports ("The purchase comprised ..., GASC said")
    verb = next((t for t in sent if t.dep_ == "ROOT"), None)
    if verb is not None and verb.lemma_ not in _MADE_OF:
        verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ in _MADE_OF), verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    # "The business comprised ...", and "The 137,000 tonnes comprised ..." (the figure just stated)
    whole = subj is not None and (subj.lemma_.lower() in _DEAL_WHOLES or subj.lower_ in UNITS and any(
        c.dep_ == "nummod" for c in subj.children))
    if not whole or verb.lemma_ not in _MADE_OF \
            or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "its", "their")
                       for c in subj.children):
        return
    tokens = [t for t in sent if t.i > verb.i]
    figures = flow_figures(tokens)
    run_unit = None
    for n, fig in enumerate(figures):
        if fig.kind == "count" and run_unit and n:   # "59,500 tonnes of wheat for China, 53,000 of wheat ..."
            fig = replace(fig, kind="measure", unit=run_unit)
        if fig.kind != "measure":
            continue
        run_unit = fig.unit
        pair = pair_after(tokens, fig, goods=True)
        if tokens[fig.start].i in ctx.used or pair and pair[0] == "from":
            continue   # "included 19,102 tonnes from the U.S.": a list pair of its own (_leftover_pairs)
        dest = pair[1] if pair else base.destination   # "59,500 tonnes of wheat for China"
        if dest is not None and base.exporter is not None and dest.code == base.exporter.code:
            continue
        stop = figures[n + 1].start if n + 1 < len(figures) else len(tokens)
        items = items_in(tokens[fig.end:stop]) or base.items
        # a part may name its own origin: "60,000 tonnes of Russian wheat ..., 60,000 tonnes of Ukrainian"
        origin = item_origin(tokens[fig.end:stop]) if base.exporter is None else None
        if origin is not None and dest is not None and origin.code == dest.code:
            origin = None
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=ctx.of_era(origin) if origin else base.exporter, destination=dest, items=items,
                     evidence=sentence_evidence(sent, article, 0.6), quantity=plain(fig.amount), unit=fig.unit,
                     qualifier=fig.qualifier, date=base.date, period=base.period)


# The grades of goods sold may follow the sale a paragraph or two later
_PARTS_REACH = 600   # characters


def goods_parts(sent: Span, article: Article, ctx: TradeContext, found: list[Export]) -> Iterator[Export]:
    """The grades of goods sold just before: "The wheat for Jordan includes 165,000 tonnes of hard red
    winter and 35,000 tonnes of soft red winter", "The wheat, consisting of 60,000 tonnes of hard red
    winter and ..." - each grade is a flow between the sides of the sale of those goods."""
    if not _MADE_OF_TEXT.search(article.text, sent.start_char, sent.end_char):
        return   # most sentences: a look at the text spares a walk over their tokens
    verb = next((t for t in sent if t.lemma_ in _MADE_OF and t.pos_ == "VERB"), None)
    if verb is None:
        return
    whole = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if whole is None or whole.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children):
        return
    goods = whole.lemma_.lower()
    named = next((is_country_token(o) for p in whole.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                  for o in p.children if o.dep_ == "pobj"), None)
    recent = [e for e in found if sent.start_char - e.evidence.end <= _PARTS_REACH]
    base = next((e for e in reversed(recent) if e.quantity is not None
                 and any(i.split()[-1] == goods for i in e.items)
                 and (named is None or e.destination is not None and e.destination.code == named.code)), None)
    if base is None:
        return
    tokens = [t for t in sent if t.i > verb.i]
    for fig in flow_figures(tokens):
        if fig.kind != "measure" or tokens[fig.start].i in ctx.used:
            continue
        grade = next(iter(items_in(tokens[fig.end:])), None)
        if grade is None:
            continue
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=base.exporter, destination=base.destination,
                     items=(grade if grade.split()[-1] == goods else f"{grade} {goods}",),
                     evidence=sentence_evidence(sent, article, 0.6), quantity=plain(fig.amount), unit=fig.unit,
                     qualifier=fig.qualifier, date=base.date, period=base.period)


def bracketed_parts(sent: Span, article: Article, ctx: TradeContext, base: Export | None) -> Iterator[Export]:
    """The shares of a deal just stated, each in brackets after who or when it went to: "The bonus awards
    were made to Cargill, Inc (305,000 tonnes), Continental Grain Co (155,000 tonnes) ...", "The shipment
    periods are March 15-April 20 (12,500 tonnes) and April 1-May 5 (12,500 tonnes)". Each is a flow
    between the deal's sides, in its unit. Not an earlier period, which follows a figure ("2,169 tonnes
    (3,025)"), nor a country's own row ("China (419,196 tonnes)", read as a list)."""
    if base is None or base.quantity is None or base.unit is None:
        return
    tokens = list(sent)
    figures = [f for f in ctx.scanned.get(sent.start, ()) if f.kind == "measure"]
    if not figures or any(is_country_token(t) for t in tokens):
        return
    for fig in figures:
        up = list(tokens[fig.start].ancestors)
        verb = next((t for t in up if t.pos_ in ("VERB", "AUX")), None)
        if any(t.lower_ == "due" for t in up) or verb is not None and is_forecast(verb):
            return   # "was due to be shipped for arrival in May (30,000 tonnes)": shares of a plan
        if not (0 < fig.start < fig.end < len(tokens) and tokens[fig.start - 1].text == "("
                and tokens[fig.end].text == ")" and fig.unit == base.unit and fig.start > 1):
            return   # every figure of the sentence is such a share, or the sentence is something else
        before = tokens[fig.start - 2]
        if before.like_num and before.ent_type_ != "DATE" or before.lower_ in UNITS or before.is_punct:
            return
    for fig in figures:
        if tokens[fig.start].i in ctx.used:
            continue
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=base.exporter, destination=base.destination, items=base.items,
                     evidence=sentence_evidence(sent, article, 0.6), quantity=plain(fig.amount), unit=fig.unit,
                     qualifier=fig.qualifier, date=base.date, period=base.period)


_OFFERS = frozenset({"bid", "offer"})


def accepted_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """An accepted bid or offer at a tender is a sale: "USDA accepted Algeria's bid for 75,000 tonnes
    of wheat" (the bidder buys from the accepting side's country), "the Board accepted offers for
    25,000 tonnes of wheat" (the accepting side buys; the goods' or the headline's origin sells)."""
    for verb in with_lemma(sent, ("accept",)):
        if verb.lemma_ != "accept" or verb.pos_ != "VERB" or is_forecast(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _OFFERS), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if obj is None:
            continue
        bidder = next((m for c in obj.children if c.dep_ == "poss" and (m := is_country_token(c))), None)
        side = (is_country_token(subj) or country_near(subj)) if subj is not None else None
        region = [t for t in verb.subtree if t.i > verb.i]
        fig = next((f for f in flow_figures(region) if f.kind == "measure"), None)
        if fig is None or region[fig.start].i in ctx.used:
            continue
        window = region[fig.end:]
        if obj.lemma_.lower() == "bid":     # the bidder buys
            buyer = bidder
            seller = side or item_origin(window) or ctx.owner(not_code=buyer.code if buyer else None)
        else:                               # the accepting side buys
            buyer = side or ctx.owner(importer=True)
            seller = item_origin(window) or ctx.origin
        if buyer is None or seller is None or seller.kind != COUNTRY or seller.code == buyer.code:
            continue
        yield _deal(seller, buyer, fig, region, sent, article, ctx)


def added_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """A buyer adding to what it bought is buying: "The Soviet Union has added 175,600 tonnes of U.S.
    corn to its previous commitments", "Japan added 689,700 tonnes to previous purchases" (export
    sales reports). The goods' origin, else the story's exporting country, sells."""
    for verb in with_lemma(sent, ("add",)):
        if verb.lemma_ != "add" or verb.pos_ != "VERB" or is_forecast(verb):
            continue
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        book = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if book is None or book.lemma_.lower() not in _BOOKED or obj is None or subj is None:
            continue
        buyer = is_country_token(subj) or country_near(subj)
        region = list(obj.subtree)
        fig = next((f for f in flow_figures(region) if f.kind == "measure"), None)
        if buyer is None or fig is None or region[fig.start].i in ctx.used:
            continue
        window = region[fig.end:]
        seller = item_origin(window) or ctx.last_exporter or ctx.owner(not_code=buyer.code)
        if seller is None or seller.kind != COUNTRY or seller.code == buyer.code:
            continue
        ctx.last_exporter = seller
        yield _deal(seller, buyer, fig, region, sent, article, ctx)


def followed_events(sent: Span, article: Article, ctx: TradeContext, stated: list[Export]) -> Iterator[Export]:
    """The runner-up after a flow the sentence states: "Saudi Arabia remained the top supplier, shipping
    1.9 mln bpd, followed by Russia at 1.8 mln bpd", "Shipments to India totalled 310,000 tonnes,
    followed by China with 180,000 tonnes". The named country takes the place of the side the sentence
    names (the supplier, or the destination); the other side, goods and unit are the flow's."""
    if not stated:
        return
    seed = None
    for verb, by in _introducers(sent):
        # the ranked country is the one the runners-up stand for: the subject ("Japan remained the
        # biggest buyer of Indonesian goods, ..., followed by the United States"), else any named
        ranked = {m.code for t in sent if t.i < verb.i and t.dep_ == "nsubj" and (m := is_country_token(t))}
        named = ranked or {m.code for t in sent if t.i < verb.i and (m := is_country_token(t))}
        if seed is None:
            # the flow of the ranked country, not of a later list the parser hung elsewhere ("Germany bought
            # 40,150 tonnes, followed by Saudi Arabia (37,800 tonnes), ... and Japan (19,450 tonnes)")
            first = next((e for e in stated if e.evidence.start == stated[-1].evidence.start and any(
                side is not None and side.code in ranked for side in (e.exporter, e.destination))), stated[-1])
            seed = with_pair_partner([first], sent)[0]   # its sides as the sentence's pair completes them
        for other, region in _runners_up(verb, by):
            if (made := _runner_up(seed, other, region, named, sent, article, ctx)) is not None:
                yield made


def _introducers(sent: Span) -> Iterator[tuple[Token, Token | None]]:
    """What opens a list of runners-up: "followed by", or "with" before a country and "at" its figure
    ("China took 171,200 tonnes, with South Korea at 39,800 tonnes and Japan at 18,100 tonnes")."""
    for t in sent:
        if t.lemma_ == "follow" and t.tag_ == "VBN" and t.i > sent.start:
            yield t, next((c for c in t.children if c.dep_ == "agent"), None)
        elif t.lower_ == "with" and t.i > sent.start and with_country_at(t):
            yield t, t


def with_country_at(with_: Token) -> bool:
    """ "with South Korea at 39,800": a country (its article too) right after "with", then "at" a figure."""
    doc, j = with_.doc, with_.i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or is_country_token(doc[j]) is None:
        return False
    while j < len(doc) and is_country_token(doc[j]) is not None:
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ == "at" and (doc[j + 1].like_num or doc[j + 1].ent_type_ in (
        "MONEY", "QUANTITY", "CARDINAL") or doc[j + 1].text in CURRENCY_SYMBOLS)


def _runners_up(verb: Token, by: Token | None) -> Iterator[tuple[Mention | None, list[Token]]]:
    """Each country of "followed by A at N and B at M" / "by A (N) and B (M)" with the words up to the
    next one, which hold its figure (read in order: the parser hangs the later elements anywhere); None
    for an element that is no one country ("followed by unknown destinations at 412,000 tonnes")."""
    if by is None:
        return
    doc, end = verb.doc, _list_end(verb)
    found: list[tuple[int, Mention | None]] = []
    for t in doc[by.i + 1: end]:
        m = is_country_token(t)
        if m is None and no_one_country(t):
            if not (found and found[-1][1] is None and found[-1][0] == t.i - 1):
                found.append((t.i, None))
            else:
                found[-1] = (t.i, None)   # "European Union"
        elif m is not None and not (found and found[-1][1] is not None and found[-1][1].code == m.code
                                    and found[-1][0] == t.i - 1):
            found.append((t.i, m))
        elif m is not None:
            found[-1] = (t.i, m)   # "United States": the element's words go on after its last token
    for k, (at, m) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else end
        yield m, list(doc[at:stop])


def _list_end(verb: Token) -> int:
    """Where the runners-up end: after the verb's own words, and after the elements the parser hung
    elsewhere ("followed by Qatar with 16.28 mln tons, Malaysia with 14.77 mln tons and Russia ..."):
    countries, figures, "with", "at", "and", commas and brackets, up to any other word."""
    doc, end = verb.doc, max(t.i for t in verb.subtree) + 1
    stop = verb.sent.end
    while end < stop and (doc[end].is_punct and doc[end].text in ",()" or doc[end].lower_ in ("and", "with", "at")
                          or doc[end].like_num or doc[end].ent_type_ in ("QUANTITY", "MONEY", "CARDINAL", "GPE")
                          or any(ch.isdigit() for ch in doc[end].text)   # "SAR8.5", "US$1.3bn"
                          or doc[end].lower_ in SCALES
                          or doc[end].lower_ in UNITS or is_country_token(doc[end]) is not None):
        end += 1
    return end


def _runner_up(seed: Export, other: Mention | None, region: list[Token], named: set[str], sent: Span, article: Article,
               ctx: TradeContext) -> Export | None:
    """The runner-up's flow: the seed's with the country in place of the side the sentence names."""
    fig = next((f for f in flow_figures(region) if f.kind in ("measure", "money")), None)
    if fig is None or region[fig.start].i in ctx.used:
        return None
    money = fig.kind == "money"
    if money != (seed.value is not None) or not money and fig.unit != seed.unit:
        return None   # "followed by Russia at 80 dollars a barrel" is no second flow of a tonnage
    if other is None:   # no one country: it stands for the side the sentence names, the destination
        if seed.destination is None or seed.destination.code not in named or seed.exporter is None:
            return None
        src, to = seed.exporter, None
    elif seed.exporter is not None and seed.exporter.code in named and other.code != (
            seed.destination.code if seed.destination else None):
        src, to = other, seed.destination
    elif seed.destination is not None and seed.destination.code in named and other.code != (
            seed.exporter.code if seed.exporter else None):
        src, to = seed.exporter, other
    else:
        return None
    ctx.used.add(region[fig.start].i)
    return replace(seed, exporter=ctx.of_era(src), destination=ctx.of_era(to),
                  evidence=sentence_evidence(sent, article, 0.6),
                  quantity=None if money else plain(fig.amount), value=plain(fig.amount) if money else None,
                  currency=fig.currency if money else None, qualifier=fig.qualifier)
