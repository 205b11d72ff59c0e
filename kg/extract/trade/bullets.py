"""Bulleted lines that break down a deal just stated: a tender report's "Details of the purchase:" and
then "* 60,000 tonnes of Russian wheat from Cargill at $227.89 FOB plus $12.19 freight", one line per
cargo. The parser runs the lead-in and the lines into one sentence and reads the freight as goods,
so the lines are read here, one event each, between the deal's buyer and each line's origin (none
when the line names no origin: "optional origin"); the prices after "at" are no flows.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.trade.actors import is_country_token, item_origin
from kg.extract.trade.clauses import NAME
from kg.extract.trade.context import TradeContext
from kg.extract.trade.figures import flow_figures, plain
from kg.extract.trade.items import items_in
from kg.facts import Article, Evidence, Export

# a line that opens with a bullet and states a number: "* 60,000 tonnes ...", "- 60,000 T Russian wheat ..."
_BULLET = re.compile(r"^[ \t]*[-*\u2022][ \t]+(?=[^\n]*\d)[^\n]*$", re.M)
_REACH = 600   # characters from the deal stated to its lead-in's end
# the words after the goods that end them: the seller ("from Cargill") and the price ("at $227.89 FOB")
_GOODS_END = frozenset({"from", "at", "for", "via", "through", "with"})


def find_bullets(text: str, body: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """Runs of two or more bulleted lines right under a lead-in line that ends in a colon, as (where the
    lead-in ends, the lines' spans); none in most stories."""
    if "\n-" not in text and "\n*" not in text and "\n\u2022" not in text:
        return []
    blocks: list[tuple[int, list[tuple[int, int]]]] = []
    lines = [(m.start(), m.end()) for m in _BULLET.finditer(text, body)]
    run: list[tuple[int, int]] = []
    for span in lines:
        if run and text[run[-1][1]:span[0]].strip():
            _close(text, run, blocks)
            run = []
        run.append(span)
    _close(text, run, blocks)
    return blocks


def _close(text: str, run: list[tuple[int, int]], blocks: list) -> None:
    if len(run) < 2:
        return
    lead_end = len(text[:run[0][0]].rstrip())
    if lead_end and text[lead_end - 1] == ":":
        blocks.append((lead_end, list(run)))


def bullet_events(doc: Doc, article: Article, ctx: TradeContext, found: list[Export],
                  blocks: list[tuple[int, list[tuple[int, int]]]]) -> Iterator[Export]:
    """One event per bulleted line under a purchase just stated (its buyer the destination)."""
    for lead_end, lines in blocks:
        deal = next((e for e in reversed(found) if e.evidence.end <= lead_end and lead_end - e.evidence.end <= _REACH
                     and e.destination is not None and e.quantity is not None), None)
        if deal is None:
            continue
        for start, end in lines:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            tokens = list(span)
            fig = next((f for f in flow_figures(tokens) if f.kind == "measure"), None)
            if fig is None or fig.unit != deal.unit:
                continue
            after = tokens[fig.end:]
            goods = after[:next((k for k, t in enumerate(after) if t.lower_ in _GOODS_END), len(after))]
            # the parser reads these verbless lines badly: the origin word may hang anywhere
            origin = item_origin(goods) or next((m for t in goods if t.is_title and (m := is_country_token(t))), None)
            if origin is not None and origin.code == deal.destination.code:
                origin = None
            evidence = Evidence(article.id, start, end, article.text[start:end], NAME, 0.6)
            yield Export(exporter=ctx.of_era(origin) if origin else None, destination=deal.destination,
                         items=items_in(goods) or deal.items, evidence=evidence, quantity=plain(fig.amount),
                         unit=fig.unit, qualifier=fig.qualifier, date=deal.date, period=deal.period)
