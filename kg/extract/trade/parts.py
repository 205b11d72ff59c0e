"""Per-product rows after a breakdown lead: "Breakdown was as follows: cotton 26,992 (41,933), sunflower
1,403,230 (1,190,862), linseed 261,600 (309,191), ...".

Statistics stories state a country's total shipments, then break them down by product in one line of
"GOODS figure (earlier figure)" pairs, the unit declared once ("in tonnes") or carried from the total.
Each row is a flow of the story's exporter in its own goods; the bracketed figure is the earlier
period's and is left to flow_figures, which reads "(" as a comparison.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from kg.extract.trade.actors import is_country_token
from kg.extract.trade.clauses import sentence_evidence
from kg.extract.trade.context import Frame, TradeContext
from kg.extract.trade.figures import flow_figures, plain
from kg.facts import Article, Export

# Nouns that announce a per-product breakdown of the flow just stated.
PART_LEADS = frozenset({"breakdown"})
_ROW_WORDS = 3   # longest goods label of a row: "bran/pollards wheat", "fiber cotton"


def goods_before(tokens: Sequence[Token], start: int) -> str | None:
    """The goods label that leads a row's figure: the lower-case words back to the last separator."""
    words: list[str] = []
    k = start - 1
    while k >= 0 and len(words) <= _ROW_WORDS:
        tok = tokens[k]
        k -= 1
        if tok.text == "/":
            words.insert(0, "/")
            continue
        if tok.is_punct or tok.is_space or tok.like_num or tok.lower_ in ("and", "the", "in", "were", "was"):
            break
        if tok.is_stop or is_country_token(tok) or not any(ch.isalpha() for ch in tok.text):
            return None
        words.insert(0, tok.lower_)
    words = " ".join(words).replace(" / ", "/").split()
    return " ".join(words) if 0 < len(words) <= _ROW_WORDS else None


def part_events(sent: Span, article: Article, ctx: TradeContext, frame: Frame, unit: str | None) -> Iterator[Export]:
    """One event per "GOODS figure" row of the sentence, for the frame's exporter."""
    tokens = list(sent)
    evidence = sentence_evidence(sent, article, 0.6)
    for fig in flow_figures(tokens):
        unit = fig.unit or unit
        goods = goods_before(tokens, fig.start)
        if goods is None or fig.kind == "money" or unit is None:
            continue
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=frame.exporter, items=(goods,), evidence=evidence, quantity=plain(fig.amount),
                     unit=unit, qualifier=fig.qualifier)
