"""The learned pass: figures the trade rules did not read, judged by the shipped model.

The rules state an event only when a trigger they know governs the figure; on fresh wire stories
most misses are figures no rule reached. Here every candidate figure (trade/candidates.py) the rules
left unread is scored by the figure model; one it accepts becomes an event whose exporter and
destination are the countries the side models score highest (or none), with the goods written after
the figure. The rules' own events are kept, unless the model's "drop" threshold is set and it scores
their figure below it (0 in the shipped file: dropping cost correct events for little gain).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.trade.candidates import Candidate, Side, candidates, sentence_countries, story_sides
from kg.extract.trade.clauses import is_forecast, sentence_evidence, sold_at_home
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import TradeContext
from kg.extract.trade.features import figure_features, flow_word, side_features
from kg.extract.trade.items import items_in
from kg.extract.trade.lexicon import ESTIMATE_NOUNS
from kg.extract.trade.model import TradeModel
from kg.facts import Article, Export

ROLES = ("exporter", "destination")


def _amount(e: Export):
    return e.quantity if e.quantity is not None else e.value


def _earlier_sides(c: Candidate, rules: list[Export]) -> tuple[Side, ...]:
    """The sides of the last event the rules stated before the figure's sentence: wire copy goes on
    about the same flow ("Imports fell to 840 mln") without naming its countries again."""
    before = [e for e in rules if e.evidence.end <= c.sent.start_char]
    if not before:
        return ()
    last = max(before, key=lambda e: e.evidence.end)
    return tuple(Side(m, f"earlier_{role}") for role, m in (("exporter", last.exporter),
                                                             ("destination", last.destination))
                 if m is not None and m.code)


def rule_sides(c: Candidate, rules: list[Export]) -> tuple[bool, bool, set[tuple[str, str]]]:
    """Did the rules read this figure, anything in its sentence, and with which sides."""
    start, end = c.sent.start_char, c.sent.end_char
    here = [e for e in rules if start <= e.evidence.start < end]
    sides = {(role, m.code) for e in here for role, m in (("exporter", e.exporter), ("destination", e.destination))
             if m is not None and m.code}
    # a sum the rules stated as the value of a measure ("52,000 tons worth 186 million dollars") is read too
    return any(c.amount in (e.quantity, e.value) for e in here), bool(here), sides


@dataclass(frozen=True, slots=True)
class Judged:
    """A candidate figure with what the rules made of it and the features the figure model scores."""
    cand: Candidate
    ruled: bool                 # a rule already stated an event of this figure
    features: list[str]
    rule_sides: frozenset[tuple[str, str]]   # (role, country) of the rules' events in its sentence
    context: tuple[Side, ...]   # the story's countries and the sides of the flow stated before

    def sides(self) -> list[Side]:
        return sentence_countries(self.cand.tokens) + list(self.context)

    def options(self, role: str, sides: list[Side] | None = None) -> list[tuple[Side, list[str]]]:
        """Each country that may be this side, with its features (built only for an accepted figure)."""
        sides = self.sides() if sides is None else sides
        flow = flow_word(self.cand)
        return [(s, side_features(self.cand, sides, s, role, self.rule_sides, flow)) for s in sides]


def judge(doc: Doc, article: Article, rules: list[Export], ctx: TradeContext, read_too: bool = False
          ) -> Iterator[Judged]:
    """Every candidate figure no rule read (and with read_too those they did), with its features."""
    story = tuple(story_sides(ctx))
    for c in candidates(doc, ctx, article.title):
        ruled, ruled_sent, sides = rule_sides(c, rules)
        if ruled and not read_too:
            continue
        yield Judged(c, ruled, figure_features(c, ruled, ruled_sent), frozenset(sides),
                     story + _earlier_sides(c, rules))


def _best(model: TradeModel, role: str, options: list[tuple[Side, list[str]]], skip: str | None) -> Side | None:
    """The country the side model scores highest, if it scores it high enough."""
    scored = [(model.score(role, feats), -n, s) for n, (s, feats) in enumerate(options) if s.mention.code != skip]
    if not scored:
        return None
    p, _, side = max(scored, key=lambda x: x[:2])
    return side if p >= model.thresholds.get(role, 0.5) else None


def _goods(c: Candidate, ctx: TradeContext) -> tuple[str, ...]:
    """The goods written after the figure up to the next one; else the sentence's commodity; else, for a
    quantity, the headline's goods (a sum of money with no goods named is trade in goods in general)."""
    later = [t for t in c.tokens[c.fig.end:] if t.like_num]
    stop = c.tokens.index(later[0]) if later else len(c.tokens)
    after = c.tokens[c.fig.end:stop]
    if after and not after[0].is_punct and (found := items_in(after)):
        return found   # (not past a comma: "to 21.4 million hectolitres, farmers' association Coldiretti said")
    # the commodity named last before the figure, else first after it ("Knitwear exports declined to
    # $4.43bn, while bedwear fetched $2.77bn": bedwear's)
    before = [t.lower_ if t.is_lower or t.i == c.sent.start else "" for t in c.tokens[:c.fig.start] if t.is_alpha]
    words = [t.lower_ for t in c.tokens if t.is_alpha]
    named = next((g for k in range(len(before) - 1, -1, -1) if (g := commodity_named(before[max(0, k - 2):k + 1]))),
                 None) or next((g for k in range(len(words)) if (g := commodity_named(words[max(0, k - 2):k + 1]))),
                               None)
    if named:
        return (named,)   # "coffee export revenue was 2.33 billion dlrs": the money is paid for coffee
    return () if c.currency else ctx.goods


def decide(judged: list[Judged], model: TradeModel, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """The events of the figures the model accepts, with the sides it scores highest."""
    accept = model.thresholds.get("figure", 0.5)
    for j in judged:
        if j.ruled:
            continue
        p = model.score("figure", j.features)
        if p < accept:
            continue
        c = j.cand
        if _foreseen(c.head):
            continue   # "Kyiv hopes to export as much as 10 million tonnes a month": not a flow that was
        sides = j.sides()
        exp = _best(model, "exporter", j.options("exporter", sides), None)
        dst = _best(model, "destination", j.options("destination", sides), exp.mention.code if exp else None)
        if exp is None and dst is None:
            continue
        yield Export(exporter=ctx.of_era(exp.mention) if exp else None, items=_goods(c, ctx),
                     evidence=sentence_evidence(c.sent, article, round(p, 3)),
                     destination=ctx.of_era(dst.mention) if dst else None,
                     quantity=None if c.currency else c.amount, unit=c.unit,
                     value=c.amount if c.currency else None, currency=c.currency, qualifier=c.fig.qualifier)


def _foreseen(number: Token) -> bool:
    """The figure is governed by a verb the rules read as a forecast, plan or permit ("hopes to export",
    "will ship", "help mills export"): the model's scores do not see that, the rules do."""
    verb = number
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    # "raised its forecast for grain exports ... to 40 mln tonnes": the figure is the forecast's
    return verb.pos_ in ("VERB", "AUX") and (is_forecast(verb) or sold_at_home(verb) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS for c in verb.children))


def rejected(judged: list[Judged], model: TradeModel) -> list[tuple[int, int, object]]:
    """(sentence start, end, amount) of the rules' figures the model strongly rejects ("drop" threshold)."""
    drop = model.thresholds.get("drop", 0.0)
    return [(j.cand.sent.start_char, j.cand.sent.end_char, j.cand.amount) for j in judged
            if j.ruled and model.score("figure", j.features) < drop]


def combine(rules: list[Export], judged: list[Judged], model: TradeModel, article: Article,
            ctx: TradeContext) -> list[Export]:
    """The rules' events but those of rejected figures, then the events the model adds."""
    gone = rejected(judged, model)
    kept = [e for e in rules if not any(start <= e.evidence.start < end and _amount(e) == amount
                                        for start, end, amount in gone)]
    return kept + list(decide(judged, model, article, ctx))


def learned_events(doc: Doc, article: Article, rules: list[Export], model: TradeModel,
                   ctx: TradeContext | None = None) -> list[Export]:
    """The rules' events, less those the model rejects, plus those it adds for figures no rule read;
    `ctx` is the rules' context (its figures are not scanned twice)."""
    ctx = ctx or TradeContext.of(doc, article)
    judged = list(judge(doc, article, rules, ctx, read_too=model.thresholds.get("drop", 0.0) > 0))
    return combine(rules, judged, model, article, ctx)
