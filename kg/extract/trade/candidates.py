"""Every figure of a story that could be a trade event's, with the countries that could be its sides.

The learned component (trade/learned.py) judges each of these instead of waiting for a trade rule to
reach it: the rules read a figure only when a trigger they know governs it, and on fresh stories half
the missed events are figures no rule reached. A candidate is a quantity in a unit, a sum of money or
a bare scaled number ("and imports to 4.15 billion") that takes the unit or currency last written;
the sides are the countries of its sentence and the story's own (headline, dateline, the origin a
purchase headline names).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import IS_LOWER, LOWER
from spacy.tokens import Doc, Span, Token

from kg.extract.shared.country_names import country_of_token, lookup_country
from kg.extract.shared.doc_tokens import sentences
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import conversion, flow_figures, plain
from kg.extract.trade.quantities import Figure, holds_number, scan_figures
from kg.facts import COUNTRY, Mention

# A bare number this large ("4.15 billion") is a figure of the unit or currency written before it.
_BARE_AT_LEAST = 100_000


@dataclass(frozen=True, slots=True)
class Side:
    """A country that may be a figure's exporter or destination, and where it was found."""
    mention: Mention
    source: str                 # "sentence" | "topic" | "place" | "origin" | "importer"
    token: Token | None = None  # its (last) token in the sentence, for sentence countries


@dataclass(frozen=True, slots=True)
class Candidate:
    sent: Span
    tokens: list[Token]
    fig: Figure                 # positions index into tokens
    head: Token                 # the figure's number token (after any qualifier or currency sign)
    amount: object              # Decimal, plain
    unit: str | None
    currency: str | None
    flows: frozenset[int] = frozenset()   # starts of the sentence's figures trade/figures keeps as flows'
    index: int = 0              # the sentence's place in the body: the lede states the news
    places: int = 0             # places and nationalities the parser tagged in the sentence
    headline: tuple[str, ...] = ()   # the headline's words the body writes in lower case (no names)


def sentence_countries(tokens: list[Token]) -> list[Side]:
    """Each country named in the sentence once per mention ("Soviet Union" is one), left to right."""
    out: list[Side] = []
    last_end = -1
    for tok in tokens:
        if tok.idx < last_end or not (tok.is_alpha or "." in tok.text) or tok.is_lower and tok.ent_type_ == "":
            continue
        m = country_of_token(tok)
        if m is None or m.kind != COUNTRY or not m.code:
            continue
        last_end = m.end
        end_tok = max((t for t in tokens if t.idx < m.end), key=lambda t: t.i)
        out.append(Side(m, "sentence", end_tok))
    return out


def story_sides(ctx: TradeContext) -> list[Side]:
    """The countries of the story itself: its headline's, its dateline's, a purchase headline's origin."""
    found = (("topic", ctx.topic), ("place", ctx.place), ("origin", ctx.origin), ("importer", ctx.importer))
    return [Side(m, name) for name, m in found if m is not None and m.code]


def _headline_words(doc: Doc, title: str | None) -> tuple[str, ...]:
    """The headline's words the body also writes in lower case: names are (almost) never."""
    rows = doc.to_array([LOWER, IS_LOWER])
    common = set(rows[rows[:, 1] == 1, 0].tolist())
    words = (w.lower() for w in re.findall(r"[A-Za-z]{3,}", title or ""))
    return tuple(w for w in words if doc.vocab.strings[w] in common and lookup_country(w.capitalize()) is None)


def _number_token(tokens: list[Token], fig: Figure) -> Token:
    return next((t for t in tokens[fig.start:fig.end] if t.like_num), tokens[fig.start])


def candidates(doc: Doc, ctx: TradeContext, title: str | None = None) -> Iterator[Candidate]:
    """The story's figures in body sentences, in text order."""
    headline = _headline_words(doc, title)
    last: tuple[str | None, str | None] = (None, None)
    index = -1
    for sent in sentences(doc):
        if sent.end_char <= ctx.header_end:
            continue
        index += 1
        if not holds_number(sent):
            continue   # no number in the sentence: nothing to scan (most sentences of a story)
        tokens = list(sent)
        figs = ctx.scanned[sent.start] if sent.start in ctx.scanned else scan_figures(tokens)
        if not figs:
            continue
        flows = frozenset(f.start for f in flow_figures(tokens, figs))
        places = sum(1 for e in sent.ents if e.label_ in ("GPE", "NORP"))
        for n, fig in enumerate(figs):
            unit, currency = fig.unit, fig.currency
            if fig.kind == "percent" or any(a <= tokens[fig.start].idx < b for a, b in ctx.tables):
                continue   # a table's row was read whole (trade/tables.py): its other columns are no flows
            if n and conversion(tokens, figs[n - 1], fig):
                continue   # "2.46 billion shillings ($44.1 million)": the figure before, converted
            if fig.kind == "count" and unit is None:
                if fig.amount < _BARE_AT_LEAST or not any(last):
                    continue
                unit, currency = last
            if currency:
                currency = ctx.local_money(currency, sent.text)
                unit = None
            last = (unit, currency)
            if currency is None and unit is None:
                continue
            yield Candidate(sent, tokens, fig, _number_token(tokens, fig), plain(fig.amount), unit, currency,
                            flows, index, places, headline)
