"""Voyages: a ship that left one country for another with a cargo is a shipment that happened.

"The Star Laura departed Chornomorsk for Iran with 60,000 tons of corn", "Three ships carrying 97,000
tons of grain left Ukrainian ports", "the Kirkby arrived at Spain's Tarragona port with 28,000 tons of
corn loaded in Odesa". The cargo is the figure the clause measures; the origin is the port or country
left, or where the cargo was loaded, else the goods' origin ("Ukrainian corn"); the destination is what
the ship left for, was bound for or arrived at. A port is read as its country (GeoNames cities).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.shared.doc_tokens import with_lemma
from kg.extract.trade.actors import is_country_token, item_origin
from kg.extract.trade.clauses import is_forecast, sentence_evidence
from kg.extract.trade.context import TradeContext, country_mention, place_to_country
from kg.extract.trade.figures import flow_figures, plain
from kg.extract.trade.items import items_in
from kg.extract.trade.lexicon import VESSEL_NOUNS
from kg.facts import Article, Export, Mention

_LEAVE = frozenset({"leave", "depart", "sail"})
_ARRIVE = frozenset({"arrive", "dock"})
_TOWARDS = frozenset({"for", "to"})
_AT = frozenset({"at", "in"})
_LOADED = frozenset({"load"})
_VOYAGE_VERBS = _LEAVE | _ARRIVE | {"set"}


def voyage_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    for verb in with_lemma(sent, _VOYAGE_VERBS):
        leaving = verb.lemma_ in _LEAVE or verb.lemma_ == "set" and any(c.lower_ == "sail" for c in verb.children)
        if not (leaving or verb.lemma_ in _ARRIVE) or verb.pos_ != "VERB" or not _ship(verb) or _planned(verb):
            continue
        clause = _clause(verb)
        fig = next((f for f in flow_figures(clause) if f.kind == "measure"), None)
        if fig is None or clause[fig.start].i in ctx.used:
            continue
        unit = clause[fig.end - 1]
        goods = [t for t in unit.subtree if t.i > unit.i]   # "of corn", not the rest of the clause
        loaded = _loaded_in(clause)
        if leaving:
            origin = loaded or _left_from(verb) or item_origin(goods)
            if origin is None and ctx.last_exporter is not None:
                origin = ctx.last_exporter   # "A third vessel sailed from Pivdennyi": a port the last ship's
            to = _place_after(verb, _TOWARDS) or bound_place(clause) or _cargo_for(unit) or next(
                (m for c in verb.children if c.dep_ == "dobj" and (m := _place_after(c, _TOWARDS))), None)
            # ("departed Sabine Pass for Japan": the parser hangs "for" on the place left)
        else:
            origin = loaded or _place_after(verb, frozenset({"from"})) or item_origin(goods)
            to = _place_after(verb, _AT)
        if to is not None and origin is not None and to.code == origin.code or origin is None and to is None:
            continue
        ctx.used.add(clause[fig.start].i)
        yield Export(exporter=ctx.of_era(origin), destination=ctx.of_era(to),
                     items=items_in(goods) or ctx.goods, evidence=sentence_evidence(sent, article, 0.6),
                     quantity=plain(fig.amount), unit=fig.unit, qualifier=fig.qualifier)


def _ship(verb: Token) -> bool:
    """The one that left or arrived is a vessel: "three ships", "the Razoni", not "the country"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in VESSEL_NOUNS or subj.pos_ == "PROPN" and subj.ent_type_ not in (
        "PERSON", "GPE", "NORP") and is_country_token(subj) is None)


def _planned(verb: Token) -> bool:
    """A voyage to come: "will ... before heading to Lebanon", "is due to leave"."""
    tok = verb
    for _ in range(3):
        if is_forecast(tok) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return True
        if tok.head == tok:
            break
        tok = tok.head
    return False


def _clause(verb: Token) -> list[Token]:
    """The verb's words without a coordinated clause's: "X left A for B, while Y left C for D"."""
    other = {t.i for c in verb.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "conj" or c.dep_ in (
             "advcl", "ccomp") and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)) for t in c.subtree}
    return [t for t in verb.subtree if t.i not in other]


def _place(tok: Token) -> Mention | None:
    """A country, or a port or city as its country, or a country that owns the place ("Spain's
    Tarragona port", "Ukrainian ports")."""
    if m := is_country_token(tok):
        return m
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound") and (m := is_country_token(c)):
            return m
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "") \
            and (code := place_to_country(tok.text)):
        return country_mention(code, tok.text, tok.idx, tok.idx + len(tok))
    for c in tok.children:   # "at Spain's Tarragona port": the port's name
        if c.dep_ == "compound" and c.pos_ == "PROPN" and (code := place_to_country(c.text)):
            return country_mention(code, c.text, c.idx, c.idx + len(c))
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    if tok.pos_ == "PROPN" and len(words) > 1 and (code := place_to_country(" ".join(t.text for t in words))):
        return country_mention(code, tok.text, words[0].idx, tok.idx + len(tok))   # "departed Sabine Pass"
    return None


def _place_after(verb: Token, preps: frozenset[str]) -> Mention | None:
    return next((m for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj" and (m := _place(o))), None)


def _cargo_for(unit: Token) -> Mention | None:
    """Where the cargo is for: "left Rosario with 52,000 tonnes of corn for Malaysia"."""
    return next((m for t in unit.subtree if t.dep_ == "prep" and t.lower_ == "for"
                 for o in t.children if o.dep_ == "pobj" and (m := _place(o))), None)


def loaded_at(verb: Token) -> Mention | None:
    """Where a ship loaded: "loaded 64,720 tonnes of corn at Chornomorsk", "At Santos, the Ocean Jade
    completed loading ..." (the place the sentence opens with, on the verb or the one it completes)."""
    for v in (verb, verb.head) if verb.dep_ in ("xcomp", "advcl") else (verb,):
        if m := _place_after(v, _AT):
            return m
    return None


def _left_from(verb: Token) -> Mention | None:
    """What a ship left: "left Odesa", "departed Chornomorsk", "sailed from Pivdennyi"."""
    return next((m for c in verb.children if c.dep_ == "dobj" and (m := _place(c))), None) \
        or _place_after(verb, frozenset({"from"}))


def bound_place(clause: list[Token]) -> Mention | None:
    """Where a cargo or ship is "bound for": a country, or a port as its country ("bound for Sikka");
    none for several ("bound for Indonesia, Vietnam and European Union countries")."""
    for o in (o for t in clause if t.lower_ == "bound" for c in t.children if c.lower_ == "for" for o in c.children):
        if any(c.dep_ == "conj" for c in o.children):
            return None
        if m := _place(o):
            return m
    return None


def _loaded_in(clause: list[Token]) -> Mention | None:
    """Where the cargo was loaded: "28,000 tons of corn loaded in Odesa"."""
    return next((m for t in clause if t.lemma_ in _LOADED and t.tag_ == "VBN"
                 for c in t.children if c.dep_ == "prep" and c.lower_ in _AT | {"from"}
                 for o in c.children if o.dep_ == "pobj" and (m := _place(o))), None)
