"""Which figures of a clause can be a flow's: not a comparison, a change, a price, a balance.

"Exports rose 600 mln dlrs or nine pct to 7.1 billion dlrs, against 6.5 billion a year ago": of the
four figures only 7.1 billion is the flow. The rules here look at the words around each figure
(trade/quantities found them) and keep those a trade rule may read as a shipment.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from spacy.tokens import Token

from kg.extract.trade.actors import is_country_token
from kg.extract.trade.lexicon import BALANCE_NOUNS, CHANGE_VERBS, PLAN_NOUNS, VALUE_VERBS, VESSEL_NOUNS
from kg.extract.trade.quantities import UNITS, Figure, scan_figures
from kg.facts import Mention

# A figure after these is the earlier period's or a change, not the flow: "rose to X from Y",
# "X (Y)", "against Y a year ago", "compared with Y", "versus Y".
_COMPARISON_WORDS = frozenset({"(", "[", "by", "from", "against", "versus", "vs", "vs.", "than", "after"})


# Units of bulk commodities: a figure in them with no goods named is the story's goods ("sold an average of
# 900,000 bags per month"); "80,000 units" of anything is not.
BULK_UNITS = frozenset({"tonne", "bag", "bale", "barrel", "bushel", "ounce", "pound", "gallon", "cubic metre",
                        "quintal"})


_FORECAST_ADJECTIVES = frozenset({"expected", "projected", "forecast", "targeted", "planned", "anticipated",
                                  "seen", "likely", "possible", "potential", "perhaps", "possibly", "maybe"})


# "an option for 25,000 tonnes more", "a tender for 80,000 tonnes": goods that may move later.
_RIGHT_NOUNS = frozenset({"option", "quota", "licence", "license", "permit", "tender"})


def plain(d: Decimal) -> Decimal:
    """3.8E+3 -> 3800: no exponent, so the value is a valid xsd:decimal lexical form."""
    n = d.normalize()
    return n.quantize(Decimal(1)) if n == n.to_integral_value() else n


def measured(fig: Figure) -> dict:
    """An event's figure fields from one figure: a sum is its value and currency, anything else its
    quantity and unit (Export(..., **measured(fig)))."""
    money = fig.kind == "money"
    amount = plain(fig.amount)
    return {"quantity": None if money else amount, "unit": None if money else fig.unit,
            "value": amount if money else None, "currency": fig.currency if money else None,
            "qualifier": fig.qualifier}


_COMPARED_FLOWS = frozenset({"export", "import", "shipment", "sale", "purchase", "arrival", "delivery", "earning"})


def _compared_flow(tokens: Sequence[Token], start: int) -> bool:
    """"were recorded at $9.68 billion against exports of $9.88 billion": the flow of the earlier period."""
    return start > 2 and tokens[start - 1].lower_ == "of" and tokens[start - 2].lemma_.lower() in _COMPARED_FLOWS \
        and (tokens[start - 3].lower_ in _COMPARISON_WORDS or tokens[start - 3].lower_ == "with"
             and start > 3 and tokens[start - 4].lemma_ == "compare")


def flow_figures(tokens: Sequence[Token], scanned: list[Figure] | None = None) -> list[Figure]:
    """The figures of `tokens` (or those already `scanned` in them) a flow may have."""
    figs, keep = scanned if scanned is not None else scan_figures(tokens), []
    comparing = False
    for n, f in enumerate(figs):
        before = tokens[f.start - 1].lower_ if f.start > 0 else ""
        if n and conversion(tokens, figs[n - 1], f):
            continue
        compared = before in ("with", "to") and f.start > 1 and tokens[f.start - 2].lemma_ == "compare" \
            or _compared_over(tokens, f.start) or _compared_flow(tokens, f.start) \
            or before == "on" and f.start > 1 and tokens[f.start - 2].lower_ in _ON_AFTER   # "34% down on 5.70 million"
        # "against 2.83 billion in January and 2.23 billion a year ago": the list stays a comparison
        # "earnings reached 4.2 million dollars from 2,600 tons": what the sum was earned from, no earlier figure
        earned_from = before == "from" and n and figs[n - 1].kind == "money" and f.kind == "measure" \
            and figs[n - 1].end == f.start - 1
        comparing = before in _COMPARISON_WORDS and not _country_bracket(tokens, f) and not earned_from or compared \
            or comparing and before in ("and", ",", "or") \
            and not paired_after(tokens, f) \
            or comparing and [t.lower_ for t in tokens[figs[n - 1].end:f.start]] == ["worth"]
        # "..., 24,391 from Australia": the list's next element; "up from 318,770 bags worth 34.6 mln
        # dlrs": the earlier figure's value is earlier too
        if f.kind == "percent" and f.end < len(tokens) and tokens[f.end].lower_ == "of":
            break   # "supplied 41 pct of record imports of 55.5 mln tonnes": the rest is the whole
        if f.kind == "percent" or comparing or f.amount == 0 or _balance(tokens, f) or _price(tokens, f) \
                or _not_a_flow_figure(tokens, f):
            continue
        if any(t.lower_ in _FORECAST_ADJECTIVES for t in tokens[max(0, f.start - 2):f.start]):
            continue   # "after an expected 1.324 mln this month", "a projected 2 mln tonnes"
        if f.start > 1 and before == "for" and tokens[f.start - 2].lemma_.lower() in _RIGHT_NOUNS:
            continue   # "with an option for 25,000 tons more"
        if before == "of" and f.start > 1 and tokens[f.start - 2].lemma_.lower() in _CHANGE_NOUNS:
            continue   # "reductions of 500 tonnes for unknown destinations": a change, not a flow
        if before == "of" and f.start > 1 and tokens[f.start - 2].lemma_.lower() in _GUESS_NOUNS:
            continue   # "trade expectations of 700,000 to 1.1 million tonnes": a guess, not a flow
        if f.start > 0 and tokens[f.start - 1].pos_ == "VERB" and tokens[f.start - 1].lemma_ in CHANGE_VERBS:
            continue   # "imports rose 60,260 tonnes ... to 471,891 tonnes": the change, not the flow
        if before in ("up", "down") and f.start > 1 and tokens[f.start - 2].text in (",", "(", "-", "--"):
            continue   # "commitments amount to 2.5 mln tonnes, up 1.5 mln": the change
        if f.unit in _LOTS and (before == "in" or f.end + 1 < len(tokens) and tokens[f.end].lower_ == "of" and any(
                t.like_num for t in tokens[f.end + 1:f.end + 3])):
            continue   # "in three cargoes", "three cargoes of 60,000 tonnes each": how the measure was shipped
        keep.append(f)
    return keep


_LOTS = frozenset({"cargo", "shipment", "consignment", "vessel", "batch"})


def conversion(tokens: Sequence[Token], prev: Figure, f: Figure) -> bool:
    """The same flow in another unit: "19.6 million kilolitres, or about 4.25 million barrels per day"."""
    between = [t for t in tokens[prev.end:f.start] if not (t.ent_type_ == "DATE" or t.lower_ in _WHEN_WORDS)]
    if prev.kind == f.kind == "money" and prev.currency != f.currency:
        return [t.lower_ for t in tokens[prev.end:f.start]] in (["("], ["(", "about"], ["(", "or"])
        # "2.46 billion shillings ($44.1 million)": the same sum in dollars
    return prev.kind == f.kind == "measure" and prev.unit != f.unit \
        and [t.lower_ for t in between] in ([",", "or"], ["or"])   # also "51.44 mln tons in May, or 12.11 mln bpd"


_WHEN_WORDS = frozenset({"in", "during", "for", "last", "this", "the", "month", "year"})


def _country_bracket(tokens: Sequence[Token], f: Figure) -> bool:
    """A list element's own figure in brackets after its country: "China (419,196 tonnes), Egypt
    (301,909)" - not an earlier period, which follows a figure: "Holland 2,444,260 (2,234,049)"."""
    return f.start > 1 and tokens[f.start - 1].text == "(" and is_country_token(tokens[f.start - 2]) is not None


# Words a number names a law or programme after: "PL 480", "Public Law 480", "Section 22".
_LAW_NAMES = frozenset({"PL", "P.L.", "Law", "Section"})
_FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
                        "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"})


_SIZES = frozenset({"dwt", "grt", "gt", "teu", "deadweight"})
# A grade's measure of quality, not an amount: "NAR 5,500 kcal/kg coal", "380 cst fuel oil", "10 ppm diesel"
_SPECS = frozenset({"kcal", "kcal/kg", "kilocalories", "cst", "ppm", "api"})


_GUESS_NOUNS = frozenset({"expectation", "estimate", "forecast", "projection", "target", "guess", "prediction"})
_CHANGE_NOUNS = frozenset({"increase", "decrease", "rise", "fall", "drop", "gain", "decline", "jump", "cut",
                           "reduction"})


def _not_a_flow_figure(tokens: Sequence[Token], f: Figure) -> bool:
    """A fraction ("two thirds of the 5.8 mln tonnes"), the low end of a percent range ("95 to 98 pct")
    a vessel's size ("the 2,852 dwt motor vessel") or a grade's quality ("5,500 kcal/kg coal")."""
    if f.start > 0 and tokens[f.start - 1].text in _LAW_NAMES:
        return True   # "in its PL 480 tender": the number names a law or programme
    after = [t.lower_ for t in tokens[f.end:f.end + 3]]
    if after and (after[0] in _FRACTIONS or after[0] in _SIZES or after[0] in _SPECS) \
            or len(after) > 1 and after[0] == "-" and after[1] in _FRACTIONS:   # "one-fifth"
        return True
    if f.kind == "count" and any(t.lemma_.lower() in VESSEL_NOUNS - {"cargo"} for t in tokens[f.end:f.end + 3]):
        return True   # "Five other ships loaded with raw sugar": vessels counted, not goods
    if "times" in after and f.kind == "count":
        return True   # "were 2-3/4 times the previous week's low": a ratio, not a flow
    if after and after[0] in _CHANGE_NOUNS:
        return True   # "a 104 pct or 600 mln dlr increase": a change, not a flow
    if f.kind == "money" and after and tokens[f.end].lemma_.lower() in PLAN_NOUNS:
        return True   # "under a $1.8 billion contract": what a deal is worth, not goods that moved
    word = next((w for w in after if w.isalpha()), "")
    if word in ("cent", "cents", "point", "points"):
        return True   # "a discount of 30-35 cents", "futures less 25 points": a price difference
    if f.end + 1 < len(tokens) and tokens[f.end].lower_ in UNITS and tokens[f.end + 1].lower_ == "each":
        return True   # "three parcels, around 5,000 tonnes each": a size per lot, not the flow
    span = tokens[f.end:f.end + 3]
    adjacent = len(span) == 3 and span[1].i == span[0].i + 1 and span[2].i == span[1].i + 1   # a gapped region
    return adjacent and after[0] in ("to", "-", "and", "or") and span[1].like_num \
        and after[2] in ("pct", "percent", "%")   # also a change: "rose 600 mln dlrs or nine pct to 7.1 billion"


def paired_after(tokens: Sequence[Token], f: Figure) -> bool:
    """The figure is followed by its own country: "24,391 from Australia", "31,000 for the Soviet Union"."""
    return pair_after(tokens, f) is not None


def pair_after(tokens: Sequence[Token], f: Figure, goods: bool = False) -> tuple[str, Mention] | None:
    """The preposition and country that follow a figure (with `goods`, also past "of wheat")."""
    k = f.end + (f.end < len(tokens) and tokens[f.end].lower_ in UNITS)
    if goods and k < len(tokens) and tokens[k].lower_ == "of":   # "53,000 of wheat for the Soviet Union"
        k += 1
        while k < len(tokens) and tokens[k].pos_ in ("NOUN", "ADJ", "PROPN") and not is_country_token(tokens[k]):
            k += 1
    if k >= len(tokens) or tokens[k].lower_ not in ("from", "to", "for"):
        return None
    prep = tokens[k].lower_
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower_ == "the")
    m = is_country_token(tokens[k]) if k < len(tokens) else None
    return (prep, m) if m is not None else None


# Behind a determiner these compare: "42 pct above the 16.98 billion dlrs recorded in February 1986".
_ABOVE = frozenset({"above", "below", "beyond"})
# Words that rank the earlier figure, which the tagger often calls nouns: "from a record 16.15 mln".
_PEAKS = frozenset({"record", "peak", "high", "low", "previous", "revised"})
# "up on", "down on", and "up 6.5 pct on a previous 920,000 tonnes": the figure after "on" is the earlier one
_ON_AFTER = frozenset({"up", "down", "pct", "percent", "%"})


def _compared_over(tokens: Sequence[Token], start: int) -> bool:
    """A figure another one is compared with, behind a determiner or possessor: "than December's 421
    mln", "up on the 314 mln in January 1986"."""
    k = start - 1
    while k >= 0 and (tokens[k].pos_ == "DET" or tokens[k].tag_ == "POS" or tokens[k].ent_type_ == "DATE"
                      or k + 1 < start and tokens[k + 1].tag_ == "POS"
                      or tokens[k].dep_ == "amod" and tokens[k].pos_ in ("ADJ", "VERB")   # "from a revised 3.60"
                      or tokens[k].lower_ in _PEAKS):   # "down from a record 16.15 mln in 1982"
        k -= 1
    if k < 0 or k == start - 1:
        return False
    word = tokens[k].lower_
    return word in _COMPARISON_WORDS | _ABOVE | {"since"} \
        or word == "on" and k > 0 and tokens[k - 1].lower_ in _ON_AFTER \
        or word in ("with", "to") and k > 0 and tokens[k - 1].lemma_ == "compare"


_UNIT_KINDS = frozenset({"troy", "metric", "short", "long", "imperial"})


def _price(tokens: Sequence[Token], f: Figure) -> bool:
    """Money per unit or 'at' money is a price: "356 dlrs per tonne", "at 117.44 dlrs"."""
    if f.kind != "money":
        return False
    nxt = [t.lower_ for t in tokens[f.end:f.end + 3]]
    if len(nxt) == 3 and (nxt[0] == "per" and tokens[f.end + 1].like_num or nxt[1] in _UNIT_KINDS):
        del nxt[1]   # "44.819 Ecus per 100 kilos", "5.40 dlrs a troy ounce"
    if len(nxt) >= 2 and nxt[0] in ("per", "a", "an", "/") and nxt[1].rstrip("s") in ("tonne", "ton", "barrel",
                                                                                          "bushel", "ounce", "lb",
                                                                                          "pound", "bag", "kilo"):
        return True
    before = tokens[f.start - 1] if f.start > 0 else None
    if before is None or before.lower_ != "at" or f.start < 2 or f.amount >= 1_000_000:
        return False   # "followed by Azerbaijan at $360 million": a sum of millions is no price of a unit
    k = f.start - 2
    while k > 0 and tokens[k].is_punct and tokens[k].lower_ != "%":   # "%" is punctuation to spaCy
        k -= 1
    # "shipment at 117.44 dlrs" is a price; "stood at", "valued at", "were at" give the flow's value,
    # and so do "were down 6.3 pct at 7.45 billion dlrs" and "were also lower, at 219.41 billion"
    word = tokens[k]
    return word.pos_ not in ("VERB", "AUX") and word.lemma_.lower() not in VALUE_VERBS \
        and word.lower_ not in ("pct", "percent", "%") and word.tag_ not in ("JJR", "RBR")


def _balance(tokens: Sequence[Token], f: Figure) -> bool:
    """A surplus, deficit or balance, not a flow: "a surplus of 2.52 billion", "a 1.85 billion dlr deficit"."""
    after = tokens[f.end].lemma_.lower() if f.end < len(tokens) else ""
    before = [t.lemma_.lower() for t in tokens[max(0, f.start - 2):f.start]]
    if after in BALANCE_NOUNS or len(before) == 2 and before[1] == "of" and before[0] in BALANCE_NOUNS:
        return True
    # "..., pushing Canada's surplus with its largest partner to C$7.74 billion": a balance moved to it
    prep = tokens[f.start].head
    while prep.dep_ in ("compound", "nummod", "quantmod") and prep.head != prep:
        prep = prep.head
    if prep.dep_ == "pobj":
        prep = prep.head
    return prep.lower_ in ("to", "at") and prep.dep_ == "prep" and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in BALANCE_NOUNS for c in prep.head.children)


def bare(window: Sequence[Token]) -> bool:
    """No noun follows a figure: its unit and goods are those of the figure before ("and 3.4m in June")."""
    return not window or window[0].pos_ in ("ADP", "PUNCT", "CCONJ", "AUX", "VERB")
