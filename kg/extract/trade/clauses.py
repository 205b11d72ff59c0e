"""The clause around a trade word: its extent, whether it states a fact, and its places.

Shared by the rules of exports.py (trade verbs and flow nouns) and deals.py (tenders, awards and
report lines): a figure belongs to a trigger only inside its clause, a forecast or a condition is
no fact, and "to Y" / "from A" name the sides.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from kg.extract.trade.actors import is_country_token
from kg.extract.trade.commodities import goods_tagged_verb
from kg.extract.trade.lexicon import CARRY_VERBS, FORECAST_LEMMAS, GUESS_VERBS, PLAN_NOUNS, VALUE_VERBS
from kg.extract.trade.quantities import UNITS
from kg.facts import Article, Evidence, Mention

NAME = "exports.v1"


# Dependents that start a clause of their own: their figures belong to another event.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "acl", "conj", "nsubj", "mark"})


DEST_PREPS = frozenset({"to", "into"})


# "mostly to China": the figure is not all for that place, so the place is not its destination.
HEDGES = frozenset({"mostly", "mainly", "largely", "partly", "chiefly", "primarily", "principally",
                    "partially"})


# Triggers that carry an unnamed flow of goods: "exports rose to $X", "exported £3bn".
FLOW_LEMMAS = frozenset({"export", "import", "shipment", "re-export"})


def opens_clause(c: Token) -> bool:
    """A dependent that opens a clause of its own ("while imports rose to $X"), or a flow noun
    conjoined to the trigger ("exports to 6.67 billion and imports to 4.15 billion"): its own event."""
    if c.dep_ == "conj" and c.lemma_ in FLOW_LEMMAS:
        return True
    if c.lower_ == "worth" and c.pos_ == "ADJ":
        return False   # "bought 52,000 tons worth 186 million dollars", parsed as a clause of "worth"
    if c.dep_ == "acl" and c.lemma_ in VALUE_VERBS | CARRY_VERBS:
        return False   # "coffee valued at $2bn", "a plane carrying 30 tonnes": the figure is the goods
    if c.dep_ == "conj" and goods_tagged_verb(c):
        return False   # "Barley exports reached 2.1 mln tonnes and maize 0.6 mln": goods the tagger took for a
        # verb, with the gapped clause's figure right after them
    if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in ("end", "begin", "start"):
        return False   # "in 1986/87, ending March 31, to 1.09 mln": a period, and the parse hangs the rest on it
    if c.dep_ == "relcl" and c.head.lemma_ in FLOW_LEMMAS and not is_forecast(c) and any(
            g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children):
        return False   # "exports, which rose to 9.42 mln tonnes": the clause states the flow's figure
    return c.dep_ in _CLAUSE_DEPS and (
        c.pos_ in ("VERB", "AUX") or c.dep_ in ("advcl", "ccomp", "relcl", "parataxis", "mark"))


def clause_of(head: Token) -> list[Token]:
    """Tokens of head's clause: its subtree without nested clauses, in text order."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if not (opens_clause(c) or tok == head and c.dep_ == "nsubj"))
    return sorted(out, key=lambda t: t.i)


def done_deal(tok: Token) -> bool:
    """An accepted bid or offer is a sale made: "accepted a bid for two bonus offers to cover the sale of";
    so is a contract awarded ("awarded a contract to Cargill to supply a 54,000 tonne cargo")."""
    return tok.lemma_.lower() in ("bid", "offer", "tender", "contract") \
        and tok.head.lemma_ in ("accept", "award", "win")


_CONDITIONS = frozenset({"if", "when", "unless", "once"})


def _hypothetical(tok: Token) -> bool:
    """Under a condition whose outcome is only possible: "when buffer stock purchases amount to 300,000
    tonnes, there would be an adjustment"."""
    clause = tok
    while clause.dep_ not in ("advcl", "ROOT") and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS
                                          for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in clause.head.children)


_ENABLING = frozenset({"help", "enable", "allow", "let", "encourage", "boost", "spur", "support"})


def _forecast_word(tok: Token) -> bool:
    """A verb of plans or hopes, also where the lemmatizer missed it ("Kyiv hopes": lemma "hop")."""
    return tok.lemma_ in FORECAST_LEMMAS or tok.pos_ in ("VERB", "AUX") and (
        tok.lower_.removesuffix("s") in FORECAST_LEMMAS or tok.lower_.removesuffix("d") in FORECAST_LEMMAS)


# Buyers of a crop at home, before it is shipped: "sold ... to exporters and crushers"
_HOME_BUYERS = frozenset({"exporter", "crusher", "processor", "ginner", "mill", "miller", "refiner", "roaster"})


def sold_at_home(verb: Token) -> bool:
    """A sale to the trade at home: "farmers had sold 19.7 million mt of soybeans to exporters and crushers"."""
    return verb.lemma_ == "sell" and any(
        c.lower_ == "to" and c.dep_ in ("prep", "dative") and any(o.dep_ == "pobj" and o.lemma_.lower() in _HOME_BUYERS
                                                       for o in c.children) for c in verb.subtree)


_FORECASTING = frozenset({"forecast", "project", "predict", "expect", "estimate"})


def _forecasting(verb: Token) -> bool:
    """A verb of a forecast, also "sees" ("USDA sees imports of ..."; "China saw imports of 9 mln tonnes"
    in the past tense is a fact)."""
    return verb.lemma_ in _FORECASTING or verb.lemma_ == "see" and verb.tag_ in ("VBZ", "VBP")


def is_forecast(trigger: Token) -> bool:
    if _hypothetical(trigger):
        return True
    if trigger.pos_ == "NOUN" and (trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and _forecasting(trigger.head)
                                   or any(c.dep_ == "compound" and c.tag_.startswith("VB") and _forecasting(c)
                                          for c in trigger.children)):
        return True   # "USDA forecasts imports of 6.3 mln tonnes in 1995/96" (also with "forecasts" hung on it)
    tok = trigger
    for _ in range(4):
        if any(c.lemma_ in FORECAST_LEMMAS for c in tok.children if c.dep_ in ("aux", "auxpass", "acomp")):
            return True   # "will export", "are likely to rise"
        if done_deal(tok):
            return False
        if _forecast_word(tok) or tok != trigger and tok.pos_ == "NOUN" and tok.lemma_ in PLAN_NOUNS:
            return True
        if tok != trigger and any(c.dep_ == "dobj" and done_deal(c) for c in tok.children):
            return False   # "has won a tender to supply 600,000 tonnes": a sale made
        if tok != trigger and any(c.dep_ == "dobj" and c.lemma_ in FORECAST_LEMMAS for c in tok.children):
            return True   # "announced a tender to import", "unveiled plans to export"
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in GUESS_VERBS and tok.head.i < tok.i:
            return True   # "exporters estimated that 600,000 tonnes has been sold": a guess, not a fact
            # (a source after the clause, "..., Counterpoint estimates.", only attributes it)
        purpose = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if purpose and tok.lemma_ in _ENABLING:
            return True   # "a subsidy to help mills export 60 lakh tonnes": what it should make happen
        if tok.dep_ not in ("xcomp", "conj", "acl") and not purpose or tok.head == tok:
            return False   # "issued licences to import ...": a purpose clause climbs to its verb
        tok = tok.head
    return False


def _measured_noun(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in UNITS or any(c.like_num and c.dep_ == "nummod" for c in tok.children)


def _to_be_sourced(prep: Token) -> bool:
    """Where goods bought are still to come from, or only likely to: "wheat to be sourced from optional
    origins", "corn likely to be sourced from Brazil", "expected to come from the Black Sea region"."""
    verb = prep.head
    if verb.lemma_ not in ("source", "come", "originate", "ship") or prep.lower_ != "from":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        or any(a.lower_ in ("likely", "expected", "expect", "believed", "probably") for a in list(verb.ancestors)[:3])


def places(tokens: Sequence[Token], preps: frozenset[str]) -> list[tuple[int, Mention]]:
    """(position, country) for each 'to Y' / 'from A' among tokens."""
    out = []
    for pos, tok in enumerate(tokens):
        hedged = any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in tok.children) or (
            pos > 0 and tokens[pos - 1].lower_ in HEDGES) or (   # "..., most of it to Pakistan and Sudan"
            tok.i > 2 and tok.doc[tok.i - 1].lower_ in ("it", "them") and tok.doc[tok.i - 2].lower_ == "of"
            and tok.doc[tok.i - 3].lower_ in ("most", "much", "many", "some", "part", "half"))
        if tok.lower_ in preps and tok.dep_ in ("prep", "dative", "agent") and not hedged and not _to_be_sourced(tok):
            for obj in tok.children:
                if obj.dep_ != "pobj":
                    continue
                # "from Trombetas, Brazil": a city, then its country in apposition; "from Saudi Arabia's
                # SABIC", "from Australia's Port Hedland": a firm's or a port's country
                m = is_country_token(obj) or next((is_country_token(a) for a in obj.children
                                                   if a.dep_ == "appos" and is_country_token(a)), None) \
                    or (next((is_country_token(a) for a in obj.children if a.dep_ == "poss"), None)
                        if obj.ent_type_ in ("ORG", "FAC") or obj.pos_ == "PROPN" else None) \
                    or (next((is_country_token(a) for a in obj.children if a.dep_ == "amod"), None)
                        if obj.lemma_.lower() == "market" else None)   # "shipped ... to the Chinese market"
                # "exports to the U.S., Japan and Southeast Asia": a figure shared with a region is no
                # single country's; among countries only, the first is kept ("to Italy and Andorra")
                # (a figure the parser coordinated with the country is the next element: "to Sri
                # Lanka and 5.5 lakh tonnes to Bangladesh")
                others = [is_country_token(c) for c in obj.conjuncts if not _measured_noun(c)]
                if m and all(others):
                    out.append((pos, m))
                    out.extend((pos, c) for c in others)
    return out


def sentence_evidence(sent: Span, article: Article, confidence: float) -> Evidence:
    """The sentence as evidence, without the blanked header the parser saw before it."""
    words = [t for t in sent if not t.is_space]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return Evidence(article.id, start, end, article.text[start:end], NAME, confidence)
