"""Countries listed, each with its figure, as the members of a plural role: "Main exporters to Iran were
China ($10.9 billion), the UAE ($10.5 billion) and Turkey ($2.6 billion)"; "The main destinations were
Germany with $10.9 billion, Britain with $10.5 billion and Iraq with $3.2 billion".

The subject names the role (suppliers, buyers, markets ...) and, often, the other side ("exporters to
Iran", "Iran's suppliers", "buyers of Turkish goods"); the predicate lists the members. Each member
with a figure of its own is one flow, in the role's direction; the other side is the one the subject
names, else the story's.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.trade.actors import is_country_token, item_origin
from kg.extract.trade.clauses import is_forecast, places, sentence_evidence
from kg.extract.trade.context import TradeContext
from kg.extract.trade.deals import ROLE_NOUNS
from kg.extract.trade.figures import flow_figures, measured
from kg.extract.trade.items import items_in
from kg.facts import COUNTRY, Article, Export, Mention

_LISTING = frozenset({"be", "include"})


def _role_subject(sent: Span) -> tuple[Token, Token] | None:
    """The plural role noun that is the subject of "were" / "included", and that verb."""
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.lemma_.lower() in ROLE_NOUNS \
                and tok.head.lemma_ in _LISTING and not is_forecast(tok.head):
            return tok, tok.head
    return None


def _members(verb: Token, sent: Span) -> list[tuple[Mention, list[Token]]]:
    """Each country after the verb with the words up to the next one (which hold its figure)."""
    doc = sent.doc
    found: list[tuple[int, Mention]] = []
    for t in doc[verb.i + 1: sent.end]:
        m = is_country_token(t)
        if m is None:
            continue
        if found and found[-1][1].code == m.code and found[-1][0] == t.i - 1:
            found[-1] = (t.i, m)   # "United States": the member's words go on after its last token
        else:
            found.append((t.i, m))
    # the member's last word stays in its region: "Germany ($10.9 billion)" is its own figure, not an earlier one
    return [(m, list(doc[at: found[k + 1][0] if k + 1 < len(found) else sent.end]))
            for k, (at, m) in enumerate(found)]


def roster_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    found = _role_subject(sent)
    if found is None:
        return
    noun, verb = found
    exporting = ROLE_NOUNS[noun.lemma_.lower()] == "export"
    own = list(noun.subtree)
    named = next((m for c in noun.children if c.dep_ == "poss" and (m := is_country_token(c))), None) \
        or next((m for _, m in places(own, frozenset({"to", "of", "for"}))), None) \
        or (None if exporting else item_origin(own))   # "buyers of Turkish goods"
    goods = items_in([t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for t in c.subtree][1:])
    evidence = sentence_evidence(sent, article, 0.6)
    for member, region in _members(verb, sent):
        fig = next((f for f in flow_figures(region) if f.kind in ("measure", "money")), None)
        if fig is None or region[fig.start].i in ctx.used:
            continue
        other = named or (ctx.owner(not_code=member.code, importer=True) if exporting
                          else ctx.owner(not_code=member.code))
        if other is None or other.kind != COUNTRY or other.code == member.code:
            continue
        src, to = (member, other) if exporting else (other, member)
        ctx.used.add(region[fig.start].i)
        yield Export(exporter=ctx.of_era(src), destination=ctx.of_era(to),
                     items=goods or ctx.goods_measured_in(fig.unit), evidence=evidence, **measured(fig))
