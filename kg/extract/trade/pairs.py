"""The other side of a flow stated under a two-country agreement: "Total shipments in the third year of
the U.S.-USSR grains agreement ... amounted to 152,600 tonnes of wheat" go from the U.S. to the USSR.

Wire copy names a bilateral agreement by its hyphenated pair of countries and then states the
shipments under it with one side only (the exporter, from the dateline or an origin adjective). The
pair names the destination: the side that is not the exporter.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.extract.shared.country_names import lookup_country
from kg.extract.trade.context import country_mention
from kg.facts import Export, Mention

# Nouns of a bilateral agreement a hyphenated pair names: "the U.S.-USSR grain agreement".
AGREEMENT_NOUNS = frozenset({"agreement", "accord", "pact", "protocol", "deal", "treaty", "arrangement"})


def _pair(sent: Span) -> tuple[Mention, Mention] | None:
    """The two countries of "A-B agreement" in the sentence, as mentions of each half."""
    doc = sent.doc
    for tok in sent:
        after = [t.lemma_.lower() for t in doc[tok.i + 1: tok.i + 5] if not t.is_space][:2]
        if "-" not in tok.text[1:-1] or not AGREEMENT_NOUNS.intersection(after):
            continue
        left, _, right = tok.text.partition("-")
        sides = []
        at = tok.idx
        for half in (left, right):
            if not (found := lookup_country(half)):
                break
            sides.append(country_mention(found[1], half, at, at + len(half)))
            at += len(half) + 1
        if len(sides) == 2 and sides[0].code != sides[1].code:
            return sides[0], sides[1]
    return None


def with_pair_partner(events: list[Export], sent: Span) -> list[Export]:
    """Events of the sentence with an exporter and no destination take the pair's other side."""
    if not any(e.destination is None and e.exporter is not None for e in events):
        return events
    pair = _pair(sent)
    if pair is None:
        return events
    out = []
    for e in events:
        codes = [m.code for m in pair]
        if e.destination is None and e.exporter is not None and e.exporter.code in codes:
            e = replace(e, destination=pair[1 - codes.index(e.exporter.code)])
        out.append(e)
    return out
