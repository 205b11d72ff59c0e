"""Traded items: noun phrases after a figure -> singular labels.

"ventilators and oxygen generators" -> ("ventilator", "oxygen generator");
"medical supplies, including ventilators" -> ("medical supplies", "ventilator"): coordinated
lists split, descriptive modifiers kept, the head noun lemmatised unless it is plural-only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.shared.countries import country_form
from kg.extract.shared.country_names import country_of_token, lookup_country
from kg.extract.shared.doc_tokens import per_doc
from kg.extract.trade.actors import capitalised_goods
from kg.extract.trade.commodities import commodity_named, goods_tagged_verb, spelled_out
from kg.extract.trade.lexicon import (
    BLOC_NAMES,
    COMMODITY_ADJECTIVES,
    GRADE_SEASONS,
    ITEM_STOP_MODIFIERS,
    NON_GOODS,
    NOT_ITEMS,
    PLURALIA_TANTUM,
    TIME_NOUNS,
)
from kg.extract.trade.periods import is_period_token
from kg.extract.trade.quantities import SCALES, UNITS, grade_number

_SEPARATORS = frozenset({",", "and", "or", "&", "including", "plus", "as", "such", "like", "notably",
                         "especially", "mainly", "mostly", "chiefly", "/", ";"})
_LEAD_SKIP = frozenset({"of", "worth", "in", "the", "a", "an", "its", "their", "his", "her", "'", "'s", "’", "’s"})
_LEAD_POS = frozenset({"DET", "NUM", "PUNCT"})
_CONTAINERS = frozenset({"cargo", "shipment", "consignment", "parcel", "lot", "load"})
# words before goods that say where they may come from, no part of their name: "optional origin rapeseed oil"
_ORIGIN_WORDS = (("optional", "origin"), ("optional", "-", "origin"), ("any", "origin"))
_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "X"})


def _label(run: Sequence[Token]) -> str | None:
    # a commodity's name is a noun whatever the tagger says ("Sunflowerseed imports", "Animal fat imports":
    # ADJ before a flow noun)
    if run and (run[0].lower_ == "non" or run[0].lower_.startswith("non-")) \
            and sum(t.lower_ not in ("non", "-") for t in run) <= 1:
        return None   # "non-oil exports" are all goods but oil ("non-basmati rice" is rice)
    nouns = [t for k, t in enumerate(run) if t.pos_ in ("NOUN", "PROPN") or t.lower_ in COMMODITY_ADJECTIVES
             or t.pos_ in ("ADJ", "VERB") and commodity_named([x.lower_ for x in run[:k + 1]]) is not None]
    if not nouns:
        return None
    while len(nouns) > 1 and nouns[-1].lower_ in UNITS:   # "Covishield doses": the unit is not the item
        nouns.pop()
    head = nouns[-1]
    if (defined := _defined_abbreviation(head)) is not None:
        return _label(defined)   # "HRC" where the story wrote "hot rolled coil (HRC)"
    words = [t for t in run if t.i <= head.i]
    while words and (words[0].lower_ in ITEM_STOP_MODIFIERS or words[0].pos_ in _LEAD_POS):
        words = words[1:]
    for lead in _ORIGIN_WORDS:
        if tuple(w.lower_ for w in words[:len(lead)]) == lead and len(words) > len(lead):
            words = words[len(lead):]
    if not words or head.lower_ in UNITS or head.lower_ in SCALES:
        return None
    lemma = head.lower_ if head.lower_ in PLURALIA_TANTUM else head.lemma_.lower()
    # "Iron-ore exports": a hyphen between the words of a name is a space in the label
    within = {t.i for t in words}
    parts = [t.lower_ + (t.whitespace_ or " " * (t.nbor().tag_ == "HYPH" and t.i + 1 not in within))
             for t in words[:-1]]
    label = ("".join(parts) + lemma).strip()
    if lemma in NON_GOODS | NOT_ITEMS | TIME_NOUNS or lookup_country(" ".join(t.text for t in words)) \
            or label in BLOC_NAMES:   # "China took 298,300 tonnes and the European Union 287,600 tonnes"
        return None
    if lemma in _REFERRING and words[0].i > 0 and head.doc[words[0].i - 1].lower_ in ("the", "this") \
            and (len(words) == 1 or commodity_named([t.lower_ for t in words[:-1]]) is None):
        return None   # "450 million kilograms of the leaf", "the beverage", "the steelmaking ingredient": the
        # goods named before, not a new item
    return spelled_out(label)


# "whole milk powder (WMP)", "hot-rolled coil (HRC)": a name and the capitals a story then writes for it
_ABBREVIATED = re.compile(r"((?:[A-Za-z][A-Za-z-]* ){0,4}[A-Za-z][A-Za-z-]*) \(([A-Z]{2,5})\)")


def _defined_abbreviation(tok: Token) -> list[Token] | None:
    """The words a story spelled out for an abbreviation, where it wrote them (not at that place itself)."""
    if not (tok.text.isupper() and 2 <= len(tok.text) <= 5 and tok.is_alpha):
        return None
    doc = tok.doc
    at = per_doc(doc, "abbreviations", lambda: _abbreviations(doc)).get(tok.text)
    if at is None or at[0] <= tok.i < at[1]:
        return None
    words = list(doc[at[0]:at[1]])
    return None if any(t.text.isupper() for t in words) else words


def _abbreviations(doc: Doc) -> dict[str, tuple[int, int]]:
    """Each abbreviation a story defines, and the token span of the words its initials stand for."""
    found: dict[str, tuple[int, int]] = {}
    for m in _ABBREVIATED.finditer(doc.text):
        words, abbr = m.group(1).split(" "), m.group(2)
        for k in range(len(abbr), 0, -1):   # the last k words, their hyphened parts' initials too
            tail = words[-k:]
            initials = ("".join(w[0] for w in tail), "".join(p[0] for w in tail for p in w.split("-") if p))
            if len(tail) == k and abbr in (initials[0].upper(), initials[1].upper()):
                span = doc.char_span(m.end(1) - len(" ".join(tail)), m.end(1))
                if span is not None:
                    found.setdefault(abbr, (span.start, span.end))
                break
    return found


# Class nouns a story uses, with "the", for goods it has already named: "the leaf" (tea), "the
# sweetener" (sugar), "the grain" (rice, wheat), "the oilseed" (soybeans), "the metal" (copper).
_REFERRING = frozenset({"leaf", "sweetener", "grain", "oilseed", "metal", "commodity", "staple", "fibre", "fiber",
                        "crop", "bean", "cereal", "fuel", "fruit", "tuber", "nut", "beverage", "drink",
                        "ingredient", "mineral", "material", "spice"})


def items_in_phrase(tokens: Sequence[Token]) -> tuple[str, ...]:
    """items_in, also when the parser took the goods' first word for a verb of which the rest is the
    object: "was coking coal", "and readymade garments $3.49bn" (a phrase standing where goods must)."""
    if (found := items_in(tokens)) or len(tokens) < 2 or tokens[0].pos_ != "VERB":
        return found
    head = items_in(tokens[1:])
    return (f"{tokens[0].lower_} {head[0]}", *head[1:]) if head else ()


def refers_back(tokens: Sequence[Token]) -> bool:
    """The goods are called by their class after "the": "474.9 million kilos of the beverage"."""
    return any(t.lower_ in ("the", "this") and (head := t.head).lemma_.lower() in _REFERRING and head.i > t.i
               and commodity_named([w.lower_ for w in head.doc[t.i + 1:head.i]]) is None for t in tokens)


def _goods_word(tok: Token) -> bool:
    """A commodity's name the tagger took for a place: "Sorghum shipments totalled 80,200 tonnes"."""
    return commodity_named([tok.lower_]) is not None and lookup_country(tok.text) is None


def _brand(tok: Token) -> bool:
    """A name the tagger calls a place right after "of" that is no country: "doses of Covishield"."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "of" and country_of_token(tok) is None


_MADE = frozenset({"made", "built", "grown", "produced", "manufactured", "assembled"})
_BLOCS = frozenset({"EC", "EEC", "EU", "Community"})
_SAYING = frozenset({"say", "report", "announce", "state", "tell", "add", "confirm", "show"})
# Participles of an amount the tagger may call nouns: "palm olein totalling 24,000 tonnes"
_AMOUNT_WORDS = frozenset({"totalling", "totaling", "totalled", "totaled", "amounting", "valued", "weighing"})


def items_in(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Labels of the item noun phrases at the start of `tokens`, stopping at the first other phrase."""
    toks = list(tokens)
    if len(toks) > 3 and toks[0].text == "(" and toks[2].text == ")" and toks[1].lower_ in UNITS:
        toks = toks[3:]   # "240,000 metric tons (MT) of refined sugar": the unit's abbreviation
    while toks and toks[0].lower_ in _LEAD_SKIP:
        toks = toks[1:]
    if len(toks) > 2 and toks[0].lemma_.lower() in _CONTAINERS and toks[1].lower_ == "of":
        toks = toks[2:]   # "a 20,000 tonne cargo of optional origin rapeseed oil": the goods in it
    labels: list[str] = []
    run: list[Token] = []
    grade = {t.i for k, t in enumerate(toks) if t.like_num and grade_number(toks, k)}
    for t in toks:   # "Chinese-made cotton trousers": where goods were made is their origin, not their name
        if t.dep_ == "npadvmod" and t.ent_type_ in ("GPE", "NORP") and t.head.lower_ in _MADE and t.head.i > t.i:
            grade.update(range(t.i, t.head.i + 1))
    for tok in toks:
        low = tok.lower_
        if tok.i in grade or tok.i + 1 in grade:
            continue   # "number two SRW wheat": the grade number is no part of the goods' name
        if tok.dep_ == "conj" and tok.ent_type_ in ("GPE", "NORP") and tok.head.ent_type_ in ("GPE", "NORP") \
                and tok.head.dep_ == "amod":
            continue   # "Russian and French wheat": the second origin is no more the item than the first
        if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and not _goods_word(tok) and (
                tok.ent_type_ in ("GPE", "NORP") or tok.text.replace(".", "") in _BLOCS
                or capitalised_goods(tok.head) and lookup_country(tok.text)
                or tok.is_title and not tok.head.is_title and country_form(tok.text) == "demonym"):
            # ("Bangladeshi apparel", "Bangladeshi" tagged ORG; "Iranian Heavy" is a crude grade's name)
            continue   # "US goods", "Chilean copper", "EC soft wheat", "U.S. Wheat": the party is not the item
        if low == "as" and not run and not labels:
            break   # "slumped to 247,900 tonnes as gas curtailments ... cut supply": a reason, no goods
        if low in _SEPARATORS or tok.pos_ == "CCONJ":
            if run and (label := _label(run)):
                labels.append(label)
            run = []
            continue
        mistagged = tok.pos_ == "VERB" and goods_tagged_verb(tok)   # "and maize 0.6 mln tonnes"
        stop = (tok.pos_ in ("ADP", "SCONJ", "AUX", "PRON", "PART") and low != "of") or (
            tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and not mistagged) \
            or tok.ent_type_ == "DATE" and tok.lower_ not in GRADE_SEASONS \
            or tok.ent_type_ == "GPE" and not _brand(tok) and not _goods_word(tok) or is_period_token(tok) \
            or tok.lemma_.lower() in TIME_NOUNS or low == "of" and run or low in _AMOUNT_WORDS \
            or tok.dep_ == "nsubj" and tok.head.lemma_ in _SAYING   # "..., GASC said": the source
        if stop:
            break
        if tok.pos_ in _WORD_POS or mistagged or tok.text == "-" or tok.pos_ == "NUM" and run:
            run.append(tok)
        elif tok.pos_ == "DET" or tok.lower_ == "of":
            continue
        else:
            break
    if run and (label := _label(run)):
        labels.append(label)
    return tuple(dict.fromkeys(labels))


def non_goods_in(tokens: Sequence[Token]) -> bool:
    """True when a noun names something that is not goods: "services", "data", "stake"."""
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in NON_GOODS for t in tokens)
