"""Exports: country -exported-> item, one n-ary event per stated shipment.

Triggers are export verbs ("China shipped X to India"), import verbs read backwards ("India
bought X from China" is an export by China) and flow nouns ("China's exports to the US rose to
$X"). Around each trigger the clause is read left to right: every figure (trade/quantities)
opens a shipment whose items are the noun phrases after it, so "26,000 ventilators, 15,000
monitors and 3,800 tonnes of medicines" gives three events. Only shipments with a figure are
kept: a figure is what makes an export a fact rather than a topic.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from kg.extract import register
from kg.extract.shared.countries import country_form
from kg.extract.shared.doc_tokens import column, lemma_ids, per_doc, sentences, string_id
from kg.extract.shared.doc_tokens import lemmas as doc_lemmas
from kg.extract.shared.doc_tokens import text as doc_text
from kg.extract.trade.actors import (
    UNNAMED_RECEIVERS,
    actor,
    bound_for,
    common_lemma,
    country_near,
    in_bloc,
    is_country_token,
    item_origin,
    its_country,
    no_one_country,
    previous_country,
    row_country,
    subject_of,
    the_country,
    world_rank,
)
from kg.extract.trade.bullets import bullet_events, find_bullets
from kg.extract.trade.clauses import (
    DEST_PREPS,
    FLOW_LEMMAS,
    NAME,
    clause_of,
    done_deal,
    is_forecast,
    opens_clause,
    places,
    sentence_evidence,
    sold_at_home,
)
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import Frame, TradeContext
from kg.extract.trade.deals import (
    ROLE_NOUNS,
    accepted_events,
    added_events,
    award_events,
    bracketed_parts,
    breakdown_events,
    followed_events,
    goods_parts,
    made_of_whole,
    role_events,
    under_role,
    with_country_at,
)
from kg.extract.trade.earnings import earns, goods_earnings
from kg.extract.trade.ellipsis import came_from_events, elliptic_events, share_events, which_goods_events
from kg.extract.trade.figures import BULK_UNITS, bare, flow_figures, plain
from kg.extract.trade.items import items_in, non_goods_in, refers_back
from kg.extract.trade.learned import learned_events
from kg.extract.trade.lexicon import (
    ACTOR_NOUNS,
    ARRIVAL_VERBS,
    BALANCE_NOUNS,
    CARRY_VERBS,
    DEAL_NOUNS,
    EARNING_VERBS,
    ESTIMATE_NOUNS,
    EXPORT_NOUNS,
    EXPORT_VERBS,
    FORECAST_LEMMAS,
    GUESS_VERBS,
    IMPORT_NOUNS,
    IMPORT_VERBS,
    LIST_LEADS,
    MEASURE_NOUNS,
    NOT_FLOW_HEADS,
    OTHER_MEASURES,
    PURCHASE_VERBS,
    REGION_MODIFIERS,
    VESSEL_NOUNS,
    WITH_VERBS,
)
from kg.extract.trade.model import active
from kg.extract.trade.pairs import with_pair_partner
from kg.extract.trade.parts import PART_LEADS, part_events
from kg.extract.trade.periods import is_period_token, resolve_period
from kg.extract.trade.quantities import CURRENCY_WORDS, SCALES, UNITS, Figure, holds_number, scan_figures, unit_at
from kg.extract.trade.ranked_goods import ranked, ranked_goods_events
from kg.extract.trade.respective import respectively_paired
from kg.extract.trade.rosters import roster_events
from kg.extract.trade.shares import goods_share_events, origin_parts
from kg.extract.trade.tables import find_tables, table_events
from kg.extract.trade.voyages import bound_place, loaded_at, voyage_events
from kg.facts import COUNTRY, ORGANIZATION, Article, Export, Mention


def _period(clause: Sequence[Token], ref) -> tuple[str | None, str | None]:
    for tok in clause:   # "in FY23": fiscal years the tagger often leaves untagged
        if tok.ent_type_ != "DATE" and is_period_token(tok):
            date, period = resolve_period(tok.text, tok.doc[tok.i - 1].lower_ if tok.i else None, ref)
            if date or period:
                return date, period
    i = 0
    while i < len(clause):
        inside = clause[i].ent_iob_ != "B" and i > 0 and clause[i - 1].ent_type_ == "DATE"
        if clause[i].ent_type_ != "DATE" or inside:
            i += 1
            continue
        j = i + 1
        while j < len(clause) and clause[j].ent_iob_ == "I" and clause[j].i == clause[j - 1].i + 1:
            j += 1
        first = clause[i]
        prep = first.doc[first.i - 1].lower_ if first.i > 0 else None
        date, period = resolve_period(" ".join(t.text for t in clause[i:j]), prep, ref)
        if date or period:
            return date, period
        i = j
    return None, None


def _names_flow(trigger: Token) -> bool:
    """A trigger that names a flow of goods in general: "exports rose to $X", "export orders were $X"."""
    return trigger.lemma_.lower() in FLOW_LEMMAS or any(
        c.dep_ == "compound" and c.lower_ in ("export", "import") for c in trigger.children)


def _list_country(region: Sequence[Token], start: int, trigger: Token | None) -> Mention | None | bool | str:
    """The list element's own country just before a figure: "Saudi Arabia 90,944 tonnes", "followed by
    West Germany with 55,200"; False when a place that is no country stands there."""
    k = start - 1
    while k >= 0 and region[k].lower_ in ("with", ":", "(", "-", "–", "—"):
        k -= 1   # "China (419,196 tonnes), Egypt (301,909)", "Iran - 1.1 mln tons" (agencies that translate
        # from Russian set a dash between name and figure)
    if k > 1 and region[k].lower_ == "," and (any(t.lower_ == "and" for t in region[max(0, k - 4):k - 1])
                                              or region[k + 1].lower_ == "with"):
        k -= 1   # "Hong Kong bought 124,000 tonnes and the United States, 97,000 tonnes": a gapped element;
        # "followed by Japan, with 448,000 tonnes"
    if k < 0 or region[k] == trigger or region[k].dep_ in ("nsubj", "nsubjpass") and region[k].head == trigger:
        return None
    tok = region[k]
    if no_one_country(tok):
        return UNNAMED   # "and the European Union 287,600 tonnes", "followed by unknown destinations at
        # 412,000 tonnes": an element of the list whose receiver is no one country
    if tok.ent_type_ not in ("GPE", "LOC", "NORP") and not (tok.pos_ == "PROPN" and tok.is_title) \
            and not (tok.is_title and country_form(tok.text) == "demonym"):   # "..., Guatemalan 196 (126)"
        return None
    return row_country(tok) or (False if tok.ent_type_ in ("GPE", "LOC") else None)


_STATE_WORDS = frozenset({"state", "government", "state-run", "state-owned", "government-owned"})


def _state_country(org: Mention, doc: Doc, ctx: TradeContext) -> Mention | None:
    """The country of an organisation the parse left without one: a possessive before its title ("Algeria's
    state grains agency OAIC"), else for a state organisation the dateline's ("state-run trader MMTC sold
    30,000 tonnes of rice to Bangladesh" from NEW DELHI). A company of no stated country has none."""
    span = doc.char_span(org.start, org.end, alignment_mode="expand")
    if span is None:
        return None
    before = doc[max(span.sent.start, span.start - 6):span.start]
    # "Algeria's state grains agency OAIC" (the parser hung the possessive on "agency"): that country's
    owner = next((m for t in before if t.dep_ == "poss" and not any(v.pos_ in ("VERB", "AUX") for v in before)
                  and (m := is_country_token(t))), None)
    if owner is not None:
        return owner
    return ctx.place if ctx.place is not None and any(t.lower_ in _STATE_WORDS for t in [*before, *span[:1]]) else None


# Nouns of an amount that is no flow, and verbs of a guess: a figure they govern is theirs
_OTHER_AMOUNTS = frozenset({"quota", "target", "forecast", "estimate", "projection", "capacity", "limit", "ceiling",
                            "allocation", "goal"})


def _other_amount(num: Token, trigger: Token) -> bool:
    """The figure is a quota's, a target's or a guess's that the flow's clause compares it with: "exports
    totalled 38,900 tonnes, well below the government's export quota of 48,000 tonnes", "shipments ...,
    which traders estimated at a further 110,000 tonnes"."""
    tok = num
    if num.head.lower_ in UNITS and any(c.dep_ == "relcl" and c.lemma_ in _SOUGHT for c in num.head.children):
        return True   # "secured 1.2m tonnes of urea, short of the 1.5m tonnes it had sought": the aim
    for _ in range(6):
        if tok.head == tok or tok.head == trigger:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _OTHER_AMOUNTS \
                or tok.pos_ == "VERB" and tok.lemma_ in GUESS_VERBS and tok.i > trigger.i:
            return True
    return False


# Verbs of an amount aimed at: "the 1.5m tonnes it had sought"
_SOUGHT = frozenset({"seek", "want", "plan", "aim", "target", "expect", "hope", "intend", "need", "require"})


def _after_and(region: Sequence[Token], start: int) -> bool:
    """The figure's leading country comes right after "and": "..., and Saudi Arabia about 650,000 bpd"."""
    k = start - 1
    while k > 0 and region[k].ent_iob_ == "I":
        k -= 1
    return k > 0 and region[k - 1].lower_ == "and"


def _suppliers_in_turn(trigger: Token) -> bool:
    """"with Indonesia supplying 1.62 mln tonnes, Malaysia 0.88 mln and ...": the list names more
    suppliers of the same importer, not places the first supplied."""
    return trigger.lemma_ in _PART_GIVERS and trigger.tag_ == "VBG" and (
        trigger.dep_ == "pcomp" and trigger.head.lower_ == "with"
        or trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in trigger.children))


def _flow_noun_between(a: Token, b: Token, trigger: Token) -> bool:
    """Another flow noun stands between two words: a place after it is that flow's (not "for delivery
    to China", which says where this one goes)."""
    return any(t.pos_ == "NOUN" and t.lemma_ in _NOUN_TRIGGERS and t != trigger
               and not (t.dep_ == "pobj" and t.head.lower_ in ("for", "on", "under"))
               for t in a.doc[a.i + 1:b.i])


def _role_phrase(trigger: Token) -> list[Token]:
    """The goods a buyer or supplier of the trigger's sentence is named by: "Egypt has been the biggest
    buyer of Russian wheat this season, taking 2.8 million tonnes" (Russian wheat)."""
    for tok in trigger.sent:
        if tok.lemma_.lower() in ROLE_NOUNS and tok.pos_ == "NOUN":
            of = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for t in c.subtree][1:]
            if of and items_in(of):
                return of
    return []


def _items_before(region: Sequence[Token], start: int, trigger: Token) -> tuple[str, ...]:
    """Goods written before their figure in a list: "included: beef 120,184 (137,686), horse meat 25,651",
    "wheat exports to 2.99 mln tonnes, and barley to 2.96 mln"."""
    k = start
    if k > 1 and region[k - 1].lower_ in _ELEMENT_LINKS and region[k - 2].pos_ == "NOUN":
        k -= 1   # "and barley to 2.96 mln", "corn – 24.3 million tonnes"
        start = k
    # (a commodity the tagger took for a verb is goods too: "and maize 0.6 million tonnes")
    while k > 0 and (region[k - 1].pos_ in ("NOUN", "ADJ") or region[k - 1].is_lower and region[k - 1].is_alpha
                     and (region[k - 1].pos_ == "PROPN" or commodity_named([region[k - 1].lower_]))) \
            and region[k - 1] != trigger \
            and region[k - 1].ent_type_ not in ("GPE", "NORP", "DATE") and not is_country_token(region[k - 1]):
        k -= 1
    if k == start or k == 0 or region[k - 1].lower_ not in (",", ":", "and", ";"):
        return ()
    return items_in(region[k:start])


def _list_head(region: Sequence[Token], begin: int, stop: int) -> int:
    """Where the next list element starts: its country is not this figure's goods."""
    k = stop
    while k > begin and (region[k - 1].ent_type_ in ("GPE", "LOC", "NORP") or region[k - 1].lower_ in ("with",)
                         or in_bloc(region[k - 1])):
        k -= 1
    if begin < k - 1 < stop - 1 and region[k - 1].lower_ in ("to", "for") and region[k - 2].lower_ in (",", "and"):
        k -= 1   # "Exports to Taiwan totalled 201,300 tonnes, to Thailand 164,800": the next element's own "to"
    return k if k < stop and region[k - 1].lower_ in (",", "and", "while", "by") else stop


def _next_element(window: Sequence[Token]) -> bool:
    """Goods after ", and" open the next element of a gapped list, not this figure's: "wheat exports
    to 2.99 mln tonnes, and barley to 2.96 mln"."""
    k = 0
    while k < len(window) and window[k].lower_ in (",", "and", ";"):
        k += 1
    if k == 0:
        return False
    while k < len(window) and (window[k].pos_ in ("NOUN", "ADJ", "PROPN") or window[k].is_lower
                               and commodity_named([window[k].lower_])):   # "and maize 0.6 mln", maize/VB
        k += 1
    # the window ends where the next figure starts
    last = window[k - 1] if k else None
    if k == len(window) and k > 1 and last.i + 1 < len(last.doc) \
            and (last.pos_ in ("VERB", "NOUN") or last.is_lower and commodity_named([last.lower_])):
        # the next figure follows the goods ("Barley exports reached 1.9 mln tonnes and corn 0.4 mln"), also
        # goods the tagger took for a verb
        return last.nbor(1).like_num
    return k < len(window) and window[k].lower_ in _ELEMENT_LINKS and (k + 1 == len(window) or window[k + 1].like_num)


# Words between a gapped list element's goods and its figure: "barley to 2.96 mln", "corn – 24.3 mln"
_ELEMENT_LINKS = frozenset({"to", "at", "–", "—", "-", "--"})


def _other_flow_between(region: Sequence[Token], trigger: Token, fig: Figure) -> bool:
    """The figure belongs to another flow noun written after the trigger: "brought exports to 6.67
    billion rand and imports to 4.15 billion" (imports, not exports, were 4.15 billion). Flows
    written together before any figure share it: "both exports and imports totalled 14.2 billion"."""
    kind = trigger.lemma_ in IMPORT_NOUNS or trigger.lemma_ in IMPORT_VERBS
    between = trigger.doc[trigger.i + 1:region[fig.start].i]
    if _held_by_other_flow(region[fig.start], trigger):
        return True
    return any(t.pos_ == "NOUN" and t.lemma_ in ("export", "import") and (t.lemma_ == "import") != kind
               and any(w.like_num for w in between[:t.i - between.start])    # not "exports and imports totalled"
               for t in between)


def _held_by_other_flow(num: Token, trigger: Token) -> bool:
    """The figure is in the phrase of another flow noun after the trigger: "the second French wheat
    export sale ..., which follows a Brazilian purchase of 150,000 tonnes" (the purchase's figure)."""
    tok = num
    for _ in range(6):
        if tok.head == tok:
            return False
        tok = tok.head
        if tok == trigger:
            return False
        if tok.pos_ == "NOUN" and tok.i > trigger.i and tok.lemma_ in IMPORT_NOUNS | EXPORT_NOUNS | DEAL_NOUNS \
                and tok.lemma_ != trigger.lemma_ and trigger not in tok.subtree:
            # a flow with a party of its own: "a Brazilian purchase", "Egypt's purchase", "purchases by China"
            return any(c.dep_ in ("amod", "poss", "compound") and is_country_token(c) for c in tok.children) \
                or any(c.dep_ == "prep" and c.lower_ == "by" and any(is_country_token(o) for o in c.children)
                       for c in tok.children)
    return False


def _inherit_unit(fig: Figure, window: Sequence[Token], ctx: TradeContext, at: int) -> Figure:
    """A bare figure with a scale word takes the unit or currency of the figure before it: "exports
    rose to 16.74 billion dlrs ... Imports fell to 8.61 billion"."""
    unit, currency = ctx.last_unit
    if not (unit or currency) and fig.amount >= 1_000_000:
        # the sentence's own figure before it ("produced 540 mln kilos of yarn and exported 157 mln"),
        # else the story's last currency ("a 1.85 billion dlr deficit ..., with exports at 4.91 billion")
        earlier = [(u, c) for i, u, c in ctx.measures if i < at]
        unit, currency = earlier[-1] if earlier else (None, ctx.money)
    unbound = bare(window) or window[0].ent_type_ == "DATE"   # "6.93 billion last month"
    if fig.kind == "count" and window and window[0].lower_ == "worth":   # "bought 170.5 mln worth of items"
        earlier = [c for i, _, c in ctx.measures if i < at and c]
        if earlier or ctx.money:
            return replace(fig, kind="money", currency=earlier[-1] if earlier else ctx.money)
    if fig.kind != "count" or not (unit or currency) or fig.amount < 1000 or not unbound:
        return fig
    return replace(fig, kind="money" if currency else "measure", unit=unit, currency=currency)


def _party(m: Mention | None) -> tuple[Mention | None, Mention | None]:
    """(country, organisation) for a buyer or seller: an organisation stands for its country."""
    if m is None or m.kind == COUNTRY:
        return m, None
    if m.kind == ORGANIZATION:
        return (m.affiliation if m.affiliation and m.affiliation.kind == COUNTRY else None), m
    return None, None


def _events(trigger: Token, region: list[Token], exporter: Mention | None, dest: Mention | None,
            inverse: bool, lead_items: tuple[str, ...], confidence: float, article: Article,
            clause: list[Token], ctx: TradeContext, origin: Mention | None = None) -> Iterator[Export]:
    evidence = sentence_evidence(trigger.sent, article, confidence)
    date, period = _period(clause, article.date)
    region = _closed(region)
    figures = flow_figures(region)
    dests = places(region, frozenset({"from"}) if inverse else DEST_PREPS | {"for"})
    previous: tuple[str, ...] = ()
    origin_list = False   # the list's elements are led by where the goods come from
    run_unit: str | None = None   # the unit of the list so far: "263,051 tonnes ..., China 87,259 wheat"
    out: list[Export] = []
    last_fig: Figure | None = None   # the figure of the last event, which a value may restate
    importing = inverse or trigger.lemma_ in IMPORT_NOUNS
    any_led = False   # a figure led by its own country came before: the sentence is a list
    supplied = False   # an earlier figure was a supplier's part: "with Indonesia supplying 1.62 mln tonnes"
    respective = _respective(region, dests, figures, ctx)
    for n, fig in enumerate(figures):
        stop = figures[n + 1].start if n + 1 < len(figures) else len(region)
        stop = _list_head(region, fig.end, stop)
        window = region[fig.end:stop]
        if region[fig.start].i in ctx.used or _other_flow_between(region, trigger, fig):
            continue
        if fig.start and region[fig.start - 1].lemma_.lower() in OTHER_MEASURES:
            continue   # "exports were 32,800 tonnes and consumption 57,800": another measure's figure
        if _other_amount(region[fig.start], trigger):
            continue   # "well below the government's export quota of 48,000 tonnes", "which traders estimated at"
        if n and fig.unit in ("cargo", "shipment", "vessel") and region[fig.start - 1].lower_ == "in":
            continue   # "purchased 180,000 tonnes of Russian wheat in three cargoes": how it was shipped
        led_by = _list_country(region, fig.start, trigger)
        if led_by is False:
            continue   # "and west coast Africa 4,130": a place that is no country leads this figure
        unnamed = led_by == UNNAMED
        if unnamed:
            led_by = None
        if led_by and fig.kind == "count" and run_unit:   # "China 87,259 wheat"
            fig = replace(fig, kind="measure", unit=run_unit)
        if fig.currency:
            written = " ".join(t.text for t in region[max(0, fig.start - 1):fig.end])
            fig = replace(fig, currency=ctx.local_money(fig.currency, written))
        if fig.kind == "money" and out and last_fig is not None and n and figures[n - 1] == last_fig \
                and last_fig.kind in ("measure", "count") and out[-1].value is None and _values(region, fig.start):
            # "exported 1,381,009 quintales ... with a value of around 230 mln dlrs": the value of those
            out[-1] = replace(out[-1], value=plain(fig.amount), currency=fig.currency)
            ctx.used.add(region[fig.start].i)
            continue
        if fig.kind == "measure" and out and last_fig is not None and last_fig.kind == "money" \
                and out[-1].quantity is None and (
                    n and figures[n - 1] == last_fig and region[fig.start - 1].lower_ == "from"
                    and last_fig.end == fig.start - 1 or _volume_of(region[fig.start])):
            # the measure of the sum just read: "Earnings from tea exports reached 4.2 million dollars from
            # 2,600 tons"; "exports came to 7.8 billion euros, although volumes fell 0.8% to 21.4 million hl"
            out[-1] = replace(out[-1], quantity=plain(fig.amount), unit=fig.unit, qualifier=fig.qualifier)
            ctx.used.add(region[fig.start].i)
            continue
        fig = _inherit_unit(fig, window, ctx, region[fig.start].i)
        run_unit = fig.unit or run_unit
        if fig.unit or fig.currency:
            ctx.last_unit = fig.unit, fig.currency
        gapped = _items_before(region, fig.start, trigger) if fig.start and region[fig.start - 1].lower_ in (
            "to", "at") else ()   # "..., and barley to 2.96 mln": this element's own goods
        # a later element of a list that names its own goods before its figure: "Soyabean oil imports
        # were 32,000 (48,200), sunflower oil 61,600 (92,800) ..."
        listed = _items_before(region, fig.start, trigger) if n and fig.kind != "money" and bare(window) else ()
        items = gapped or listed or (() if _next_element(window) else items_in(window)) or lead_items
        if fig.kind == "measure" and refers_back(window[:3]) and (ctx.goods or ctx.last_items):
            items = ctx.goods or ctx.last_items[1]   # "13.33 million tonnes of the oilseed": the story's goods
            # called by their class
        if not items and n and fig.kind == "count" and previous and figures[n - 1].unit and bare(window):
            fig = replace(fig, kind="measure", unit=figures[n - 1].unit)   # "3.3m barrels ... and 3.4m in June"
        if not items and fig.kind == "measure" and bare(window):   # "beef 120,184 (137,686), horse meat ..."
            items = _items_before(region, fig.start, trigger)
        if not items and fig.kind in ("measure", "money") and not (led_by and previous):
            items = items_in(_role_phrase(trigger))   # "the biggest buyer of Russian wheat, taking 2.8 mln tonnes"
            # (not for a later element of the list: "..., while Vietnam took 620,000 tonnes of Argentine corn
            # and Algeria 450,000 tonnes" after "China was the main buyer of soybeans": Algeria's is corn)
        if not items and previous and (fig.kind == "measure" or led_by and fig.kind == "money"):
            items = previous   # "7m tonnes of gas to India and 4m tonnes to Japan"; a gapped element led
            # by its own country: "China took $2.2bn worth of copper, Japan $540mn and Brazil $310mn"
        if not items and fig.kind == "measure" and ctx.last_items and fig.unit == ctx.last_items[0]:
            items = ctx.last_items[1]   # "Average exports were 1.29 mln bpd": the story's goods
        if not items and fig.kind in ("money", "measure"):   # "exported steel to the tune of 6.7m tonnes"
            window = region[figures[n - 1].end if n else 0:fig.start] + window
            items = items_in(window)
        if not items and fig.kind == "measure" and fig.unit in ctx.unit_goods:
            items = ctx.unit_goods[fig.unit]   # "crude output was 2.43 mln bpd ... Average exports were 1.29 mln"
        if not items and fig.kind == "measure" and (_names_flow(trigger) or fig.unit in BULK_UNITS):
            items = ctx.goods   # "January exports fell to 35,910 tonnes" under THAI SUGAR EXPORTS FALL
        if not items and fig.kind == "measure" and refers_back(window):
            items = ctx.goods or (ctx.last_items[1] if ctx.last_items else ())   # "of the beverage"
        if not items and fig.unit == "barrel":
            items = ctx.oil   # barrels of nothing named are oil: "with 144,000 bpd exported"
        if not items and fig.kind == "money" and trigger.lemma_ in ("shipment", "delivery", "consignment"):
            items = ctx.goods   # "Shipments to the United States were $546 million" in a garments story
        if not items and fig.kind == "money" and ctx.lede and ctx.lede[0] == fig.currency \
                and trigger.lemma_ in EXPORT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "to"
                                                           for c in trigger.children):
            # "Exports to Saudi Arabia stood at Rs 3,275 crore" in a story whose lede states its basmati
            items = ctx.lede[1]   # rice exports in rupees: that rice
        if not items and (fig.kind == "count" or trigger.pos_ == "VERB" and non_goods_in(window)
                          or (exporter or dest) is None or (exporter or dest).kind != COUNTRY
                          or not (_names_flow(trigger) or trigger.lemma_ in ctx.export_deals)):
            continue   # (in a story of export orders, "Orders from the U.S. totalled $2.36 billion" is one)
        previous = items
        # several figures: each may carry its own date ("3.3m barrels in May and 3.4m in June")
        when = _period(window, article.date) if len(figures) > 1 else (None, None)
        if when == (None, None):
            when = date, period
        # its own "to Y", else the next one ("A, B and C to India"), else one before it
        # (nor those of another flow noun after the figure: "Exports to the United States rose to 2.41 bln
        # dlrs and shipments to Hong Kong rose to 2.38 bln")
        parts = next((k for k in range(fig.end, len(region)) if region[k].lower_ in ("including", "which")), None)
        later = [m for pos, m in dests if pos >= stop and (parts is None or pos < parts)
                 and not _flow_noun_between(region[fig.end - 1], region[pos], trigger)
                 and not _with_part(region[pos])]
        place = next((m for pos, m in dests if fig.end <= pos < stop
                      and not _flow_noun_between(region[fig.end - 1], region[pos], trigger)), None)
        if stop < len(region) and region[stop].lower_ in ("to", "for") and stop < fig.end + 3:
            later = []   # the next element names its own place: ", to Thailand 164,800"
        if place is None and not _unnamed_destination(window):   # "to unknown destinations": none
            place = next(iter(later), None) or next((m for pos, m in dests if pos < fig.start), None)
        if unnamed:
            place = None
        summed = place is not None and _one_of_several(place, dests) and _summed(region)
        if summed:   # "shipments to Japan, South Korea and Taiwan reached a combined 68.3 million tons"
            place = None
        if respective:   # "Shipments to Japan, South Korea and Taiwan totalled 36.4, 32.8 and 24.1 mln
            place = respective[n]   # tonnes respectively": the n-th figure is the n-th place's
        part = _part_side(region[fig.start], trigger)
        if part is not None and (part[0] == "from") == importing:
            place = part[1]   # "..., with Brazil taking 580,000 tonnes", "with Chile supplying 226,000 tonnes"
            supplied = importing   # and the list goes on with more suppliers: "..., Australia 0.88 mln"
        buyer = seller = None
        # "Imports of Colombian coffee were 2,169 tonnes ..., Brazilian 483": an adjective of origin leads
        # the element, whose goods come from there to the importer, and so do the list's later elements
        listed_before = any_led
        any_led = any_led or bool(led_by)
        origin_led = bool(led_by) and (origin_list or country_form(led_by.text) == "demonym" or supplied
                                       or importing and not inverse)
        origin_list = origin_list or origin_led
        if led_by:   # "Saudi Arabia 90,944 tonnes barley", "Israel 16,200 (17,600)": the list's receiver
            place = led_by
            if inverse and not origin_led:
                dest = led_by
        if inverse:   # "China bought $35bn of US goods": the goods may name their country
            to, buyer = _party(None if unnamed else dest)   # "... and the European Union 287,600 tonnes"
            if buyer is not None:
                to = ctx.org_country(buyer, doc_text(trigger.doc)) or to
            if to is None and buyer is not None:
                to = _state_country(buyer, trigger.doc, ctx) or _fronted_country(trigger)
                # "the state-run GASC purchased ...": Egypt's; "In Taiwan, the MFIG group bought ..."
            # "imported 162,500 tonnes of sugar from Thailand, Angola and Brazil": one figure for several
            # origins has no single exporter; the importer stays
            several = _one_of_several(place, dests) and not led_by and not respective and part is None
            src = None if several else _purchase_origin(trigger, place if not led_by or origin_led else None,
                                                         window, to, origin, ctx)
            if unnamed or src is None and led_by and not origin_led and out and previous == out[-1].items:
                # "China took 298,300 tonnes and the European Union 287,600": the same seller; "Japan imported
                # Bangladeshi garments worth $1.41 billion and India $1.04 billion": the same goods, the same origin
                src = out[-1].exporter if out else None
            if src is None and trigger.lemma_ not in PURCHASE_VERBS:
                continue   # "the Library receives 3,000 visitors": with no origin only a purchase is trade
            if to is None and not unnamed:
                continue   # a company bought, of no stated country: not trade between countries
        else:
            src, to = (led_by, dest) if origin_led else (exporter, place or dest)
            if led_by and len(out) == 1 and not listed_before and out[-1].destination is not None \
                    and out[-1].exporter is not None and _after_and(region, fig.start) \
                    and led_by != out[-1].destination:
                # "Japan shipped 17,288 tonnes of refined copper to China, and Kazakhstan 14,520 tonnes": a
                # clause that leaves the verb out names its own subject, the exporter, to the same place
                src, to = led_by, out[-1].destination
            if led_by and dest is not None and _suppliers_in_turn(trigger):
                src, to = led_by, dest   # "..., with Indonesia supplying 1.62 mln tonnes, Malaysia 0.88 mln"
            elif led_by and dest is not None and not dests and exporter is not None and exporter.kind == COUNTRY \
                    and led_by.code != dest.code:
                # the receiver is the story's, not written in the clause: later elements name more suppliers
                # to it ("Indonesia supplied 5,940 tonnes, India 3,820 tonnes and Thailand 3,515 tonnes")
                src, to = led_by, dest
            if part is not None and importing:   # "China's imports ..., with Chile supplying 226,000 tonnes"
                src, to = place, dest
            if src is not None and src.kind == ORGANIZATION and (to is not None or trigger.lemma_ in _OUTWARD and (
                    src.affiliation is not None or _state_country(src, trigger.doc, ctx) is not None)):
                country, seller = _party(src)   # "the AWB exported 15.96 mln tonnes": the Australian board
                country = ctx.org_country(src, doc_text(trigger.doc)) or country
                src = country or _state_country(src, trigger.doc, ctx) or _fronted_country(trigger) or src
        if src is None and (to is None or to.kind != COUNTRY):
            continue
        if src is not None and to is not None and to.code and to.code == src.code:
            continue
        if src is not None and src.kind != COUNTRY and to is None:   # "Airbus delivered 40 A300s to UPS"
            continue
        src, to = ctx.of_era(src), ctx.of_era(to)
        money = fig.kind == "money"
        ctx.used.add(region[fig.start].i)
        if items and fig.unit:
            ctx.last_items = fig.unit, items
        if ctx.lede is None:
            ctx.lede = fig.currency, items
        if src is not None and src.kind == COUNTRY:
            ctx.last_exporter = src
        ctx.last_flow, ctx.last_amount = (src, to, evidence.end), fig.amount
        last_fig = figures[n]
        out.append(Export(exporter=src, items=items, evidence=evidence, destination=to,
                          quantity=None if money else plain(fig.amount), unit=fig.unit,
                          qualifier=fig.qualifier, value=plain(fig.amount) if money else None,
                          currency=fig.currency, date=when[0], period=when[1], buyer=buyer, seller=seller))
    yield from out


def _respective(region: Sequence[Token], dests: list[tuple[int, Mention]], figures: list[Figure],
                ctx: TradeContext) -> list[Mention]:
    """Places coordinated after one preposition that "respectively" pairs with as many figures, in order."""
    if not any(t.lower_ == "respectively" for t in region):
        return []
    figures = [f for f in figures if f.kind in ("measure", "money") and region[f.start].i not in ctx.used]
    at = dests[0][0] if dests else None
    group = [m for pos, m in dests if pos == at]
    return group if len(group) > 1 and len(group) == len(figures) else []


_PART_TAKERS = frozenset({"take", "receive", "buy", "purchase", "absorb", "get", "import"})
_PART_GIVERS = frozenset({"supply", "provide", "ship", "send", "sell", "export"})
_PART_GOERS = frozenset({"go", "head"})


def _part_side(num: Token, trigger: Token) -> tuple[str, Mention] | None:
    """Where a part of the flow just stated went, or came from: the country of a clause the part's
    figure stands in ("..., with neighbouring Brazil taking 580,000 tonnes", "of which 31,000 tonnes
    went to China and 18,500 tonnes to South Korea", "with Chile supplying 226,000 tonnes"), as
    ("to", country) or ("from", country)."""
    tok = num
    for _ in range(4):
        if tok.head == tok or tok.head == trigger:
            return None
        tok = tok.head
        if tok.pos_ != "VERB":
            continue
        if tok.lemma_ in _PART_GOERS:   # its own "to" after the figure: "and 18,500 tonnes to South Korea"
            return next((("to", m) for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > num.i
                         for o in c.children if o.dep_ == "pobj" and (m := is_country_token(o))), None)
        absolute = tok.tag_ == "VBG" and (tok.dep_ == "pcomp" and tok.head.lower_ == "with" or tok.dep_ == "advcl"
                                          and any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children))
        if not absolute or tok.lemma_ not in _PART_TAKERS | _PART_GIVERS:
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        subjects = [subj] if subj is not None else []
        while subjects and (nxt := next((c for c in subjects[-1].children if c.dep_ == "conj"), None)) is not None:
            subjects.append(nxt)
        if len(subjects) > 1:   # "with Chile and Peru supplying 226,000 tonnes and 148,500 tonnes": in turn
            own = sorted(tok.subtree, key=lambda t: t.i)
            starts = [own[f.start].i for f in flow_figures(own) if f.kind in ("measure", "money")]
            if len(starts) != len(subjects) or num.i not in starts:
                return None
            subj = subjects[starts.index(num.i)]
        m = is_country_token(subj) if subj is not None else None
        return None if m is None else ("to" if tok.lemma_ in _PART_TAKERS else "from", m)
    return None


def _purchase_origin(trigger: Token, place: Mention | None, window: Sequence[Token], to: Mention | None,
                     origin: Mention | None, ctx: TradeContext) -> Mention | None:
    """Where bought or imported goods came from: the "from" country, the goods' own adjective, else what
    the sentence, the headline or the story says of it."""
    # the goods' own words, not a clause after them ("..., as a ban on Australian supplies continued")
    own = window[:next((k for k, t in enumerate(window) if t.dep_ == "mark"), len(window))]
    src = place or (item_origin(own) if to is not None else None) or origin
    if src is None and to is not None and (role := _role_phrase(trigger)):
        src = item_origin(role)   # "the biggest buyer of Russian wheat, taking 2.8 mln tonnes"
    if src is None and to is not None:   # "featured in U.K. grain exports ..., taking 1.1 mln tonnes"
        src = _sentence_exporter(trigger, not_code=to.code)
    took = (trigger.lemma_ == "take" or trigger.lemma_ == "receive" and (
        _flow_stated_before(trigger, ctx) or _export_just_stated(trigger, ctx))) \
        and not any(c.dep_ == "prt" and c.lower_ == "in" for c in trigger.children)
    if src is None and (took or trigger.lemma_ == "buy" and _part_of_stated(trigger)) \
            and to is not None \
            and (ctx.importer is None or to.code != ctx.importer.code):
        src = ctx.last_exporter   # "The Soviet Union took 263,051 tonnes": of the flow just stated (not
        # the importer a story of its imports is about: "India took in 4.7 million bpd of crude overall";
        # "took in" is an import total of its own)
    if src is None and to is not None and trigger.lemma_ in ("buy", "purchase") \
            and (before := ctx.flow_before(trigger.sent.start_char)) is not None and before[1] is None \
            and before[0] is not None and before[0].kind == COUNTRY and before[0].code != to.code \
            and not _origin_left_open(trigger):
        src = before[0]   # the buyers of an export total just stated, of no other origin: "Indian traders
        # have exported 12 lakh bales of cotton so far. Bangladesh bought 4.5 lakh bales, China 3.2 lakh ..."
    if src is None and to is not None and ctx.origin is not None and to.code != ctx.origin.code \
            and trigger.lemma_ in PURCHASE_VERBS:
        src = ctx.origin   # "Brazil bought 75,000 tonnes at the tender" under BRAZIL BUYS FRENCH WHEAT
    if src is None and to is not None and ctx.export_deals and ctx.last_exporter is not None \
            and ctx.last_exporter.code != to.code and trigger.lemma_ in PURCHASE_VERBS \
            and (owner := ctx.owner()) is not None and owner.code == ctx.last_exporter.code \
            and not _origin_left_open(trigger):
        src = ctx.last_exporter   # a story of one country's export sales: "Taiwan purchased 296,300 tonnes"
    return src


def _with_part(place: Token) -> bool:
    """The place is a part's, in a "with" clause of its own figure: "exports totalled 52,300 head, with
    31,700 head going to Indonesia" (the whole went to no one country)."""
    return any(a.dep_ == "prep" and a.lower_ == "with" and any(t.like_num for t in a.subtree) for a in place.ancestors)


def _origin_left_open(trigger: Token) -> bool:
    """The sentence says the origin is open ("optional origin soybean oil"): no exporter is to be guessed."""
    return any(t.lower_ in ("origin", "origins") for t in trigger.sent)


def _flow_stated_before(trigger: Token, ctx: TradeContext) -> bool:
    """A figure of the same sentence before the trigger was read as a flow: "India was the biggest buyer,
    taking 1.05 mln bpd of Russian crude, while China received 910,000 bpd" (China's is of that flow too)."""
    return any(trigger.sent.start <= i < trigger.i for i in ctx.used)


_GUESS_FORMS = frozenset({"forecast", "forecasts", "project", "projects", "predict", "predicts", "estimate",
                          "estimates", "expect", "expects", "see", "sees"})


def _guess_before(noun: Token) -> bool:
    """A forecasting verb the parser hung on the flow noun as a modifier, after its own subject: "ABPA projects
    chicken exports of 5.1 million tonnes", "Officials project lithium exports of more than US$1 billion"
    (not "the project's exports", nor "Projected exports", read as an adjective elsewhere)."""
    for t in (t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree):
        if t.lower_ in _GUESS_FORMS and t.i > 0 and (t.pos_ == "VERB" or t.doc[t.i - 1].pos_ in ("NOUN", "PROPN")):
            return True
    return False


def _export_just_stated(trigger: Token, ctx: TradeContext) -> bool:
    """The sentence before stated a country's exports to no one country, of which the receiver's figure can
    be a part: "Indonesia exported 30mn t of thermal coal in March. Japan and South Korea received ..." """
    before = ctx.flow_before(trigger.sent.start_char)
    if before is None or before[0] is None or before[0].kind != COUNTRY or before[1] is not None:
        return False
    sent = trigger.sent
    fig = next(iter(flow_figures(list(sent[trigger.i - sent.start:]))), None)
    # "Wheat flour exports totalled 81,100 tonnes. China received 7.1 million tonnes.": no part of it
    return fig is None or ctx.last_amount is None or fig.amount <= ctx.last_amount


def _part_of_stated(trigger: Token) -> bool:
    """"Saudi Arabia alone bought 52,000 tons", "Of this, ..., while Iran bought 3 lakh tonnes": a buyer
    of part of the flow the story just stated."""
    sent = trigger.sent
    return any(c.dep_ == "nsubj" and any(g.lower_ == "alone" for g in c.children) for c in trigger.children) \
        or len(sent) > 2 and sent[0].lower_ == "of" and (sent[1].lower_ in ("this", "these", "that", "which")
                                                         or sent[1].lower_ == "the" and sent[2].lower_ in _WHOLES)


_WHOLES = frozenset({"total", "volume", "amount", "exports", "shipments", "sales"})


def _one_of_several(place: Mention | None, found: list[tuple[int, Mention]]) -> bool:
    """The place is one of countries coordinated after one preposition ("from Thailand, Angola and Brazil")."""
    at = next((pos for pos, m in found if m == place), None) if place is not None else None
    return at is not None and sum(pos == at for pos, _ in found) > 1


def _closed(region: list[Token]) -> list[Token]:
    """The region with the scale and currency words its numbers are written with, where the parser hung
    them elsewhere ("plunged 38 pct to 1.36 bln dlrs", "bln" tagged a verb): not 1.36 of something."""
    have = {t.i for t in region}
    out: list[Token] = []
    for t in region:
        out.append(t)
        j = t.i + 1
        while t.like_num and j < len(t.doc) and j not in have and j - t.i <= 2 \
                and (t.doc[j].lower_ in SCALES or t.doc[j].lower_ in CURRENCY_WORDS):
            out.append(t.doc[j])
            have.add(j)
            j += 1
    return out


def _summed(region: Sequence[Token]) -> bool:
    """The figure is a sum over the countries listed: "together", "combined", "between them"."""
    return any(t.lower_ in ("together", "combined", "jointly", "collectively") or t.lower_ == "between"
               and t.nbor().lower_ == "them" for t in region[:-1])


def _volume_of(num: Token) -> bool:
    """The figure is the volume of the flow whose value came just before: its clause's subject is
    "volume(s)" ("although volumes fell 0.8% to 21.4 million hectolitres")."""
    verb = next((t for t in num.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in ("volume", "tonnage", "quantity")
                                    for c in verb.children)


def _values(region: Sequence[Token], start: int) -> bool:
    """The money figure at `start` is introduced as the value of the goods before it: "valued at",
    "with a value of", "worth"."""
    words = [t.lower_ for t in region[max(0, start - 6):start]]
    while len(words) > 2 and (words[-1] in ("record", "about", "around", "some", "nearly", "almost", "roughly")
                              or words[-2:] == ["total", "of"] or words[-1] in ("a", "an") and words[-2] == "worth"):
        words = words[:-2] if words[-2:] == ["total", "of"] else words[:-1]
        # "worth a record six billion euros", "worth a total of $2 billion", "worth about $5 million"
    return words[-2:] == ["valued", "at"] or words[-1:] == ["worth"] or words[-4:] == ["with", "a", "value", "of"] \
        or words[-3:] == ["a", "value", "of"] or words[-1:] in (["earning"], ["fetching"])   # "..., earning $8.4m"


def _carried(trigger: Token, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """A cargo carried from a country ("was carrying 50,000 tonnes of bauxite from Brazil to Cuba"):
    a shipment by the country it left, to the one it goes to. Without a "from" country it is a
    load, not a flow between countries."""
    clause = clause_of(trigger)
    src = next((m for _, m in places(clause, frozenset({"from"}))), None)
    if src is None or is_forecast(trigger):
        return
    dest = next((m for _, m in places(clause, DEST_PREPS)), None)
    yield from _events(trigger, [t for t in clause if t.i > trigger.i], src, dest, False, (), 0.7, article,
                       clause, ctx)


# What a "with" clause after a flow may give a part of it: "with nearly a third going to the U.S."
_SHARE_WORDS = frozenset({"third", "half", "quarter", "fifth", "pct", "percent", "%", "most", "bulk", "majority",
                          "share", "rest", "remainder", "balance", "two-thirds", "three-quarters"})


def _goods_origin(region: list[Token]) -> Mention | None:
    """The origin the goods right after the first figure are named for: "152,000 bpd of Venezuelan crude"
    (not a receiver's: "1.5 million tonnes to Chinese buyers")."""
    fig = next((f for f in flow_figures(region) if f.kind == "measure"), None)
    if fig is None:
        return None
    after = region[fig.end:]
    return item_origin(after[:next((k for k, t in enumerate(after) if t.pos_ == "ADP" and t.lower_ != "of"),
                                   len(after))])


def _part_of_made_of(goods: Token) -> bool:
    """Goods listed as the object of "The purchase comprised ..."."""
    while goods.dep_ == "conj" and goods.head.pos_ != "VERB":
        goods = goods.head
    # the parser may hang a later part on the verb itself: "comprised 200,000 tonnes ..., and 60,000 tonnes"
    return goods.dep_ in ("dobj", "conj") and any(made_of_whole(c) for c in goods.head.children)


def _verb_events(trigger: Token, article: Article, ctx: TradeContext) -> Iterator[Export]:
    if trigger.lemma_ in _CARRIERS:
        yield from _carried(trigger, article, ctx)
        return
    inverse = trigger.lemma_ in IMPORT_VERBS
    clause = clause_of(trigger)
    if trigger.lemma_ == "secure" and not any(f.kind == "measure" and f.unit in BULK_UNITS for f in flow_figures(
            [t for t in clause if t.i > trigger.i])):
        return   # "secured 1.2m tonnes of urea in its tender", not "secured 1.4 billion dlrs in pledges" or
        # "secured a 34,000 tonner from Gibraltar" (a ship chartered)
    passive = [t for c in trigger.children if c.dep_ == "nsubjpass" for t in c.subtree]
    host = None   # the verb the goods are subject of, when the trigger only describes them
    if not passive and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN":
        # "There were 287,700 tonnes of U.S. corn shipped to the Soviet Union": the goods it modifies
        own, goods = set(trigger.subtree), trigger.head
        while goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.pos_ == "NOUN":
            goods = goods.head.head
        passive = [t for t in goods.subtree if t not in own]
        host = goods.head if goods.dep_ == "nsubj" else None
        if _part_of_made_of(goods):
            return   # "The purchase comprised ..., and 60,000 tonnes of Australian wheat sold by the Australian
            # Wheat Board": a part of the deal just stated, read with the others by breakdown_events
    region = passive + [t for t in clause if t.i > trigger.i]
    shares = {t.i for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
              and any(o.dep_ in ("pobj", "nsubj") and o.lemma_.lower() in _SHARE_WORDS for o in c.subtree)
              for t in c.subtree}
    if shares:   # "exported 9.8 mln tonnes of potash, with nearly a third going to the U.S.": a share's
        region = [t for t in region if t.i not in shares]   # receiver is not the whole figure's
    if (runners := next((t.i for t in region if t.lower_ == "with" and with_country_at(t)), None)) is not None:
        region = [t for t in region if t.i < runners]   # "China took 171,200 tonnes, with Japan at 18,100
        # tonnes": the runners-up are read by followed_events, each its own buyer
    subject, conf = actor(trigger)
    s = subject_of(trigger)
    if subject is None and s is not None and s.pos_ == "PROPN" and s.lower_ in ctx.orgs:
        # "Egypt's GASC bought ... GASC has now bought ...": the organisation named before, untagged here
        subject, conf = Mention(kind=ORGANIZATION, name=s.text, text=s.text, start=s.idx, end=s.idx + len(s),
                                affiliation=ctx.orgs[s.lower_]), 0.7
    if subject is None and s is not None and s.lower_ == "it" \
            and trigger.lemma_ in ("export", "import", "ship", "re-export") and ctx.running is not None:
        subject, conf = ctx.running, 0.6   # "Last year, it exported 173,500 bpd": the country just named
    if subject is None and s is not None and the_country(s):
        subject, conf = ctx.owner(), 0.6   # "The country exported ...", no country named before: the story's
    if subject is None and s is not None and common_lemma(s) in ACTOR_NOUNS \
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in s.children):
        subject, conf = previous_country(s), 0.6   # "Egypt, the world's largest wheat buyer, ... Its state
        # buyer purchased 240,000 tonnes": the buyer of the country just named
    if subject is None and s is not None and common_lemma(s) in ACTOR_NOUNS \
            and not any(c.dep_ in ("poss", "compound") for c in s.children if c.pos_ == "PROPN"
                        and commodity_named([c.lower_]) is None):   # "Sugar mills", capitalised, are no firm's
        # "private exporters shipped 57,450 tonnes": the story's exporters; "Importers brought in 1,450 tonnes"
        # in a story of one country's imports ("Onion imports from China ..."): that country's importers
        subject, conf = ctx.owner(importer=inverse), 0.6
    if subject is None and inverse and host is not None and host.lemma_ in ARRIVAL_VERBS and not is_forecast(host):
        # "240,000 tons of sugar imported under ... have arrived in the country": the importer is where they arrived
        subject = _arrived_in(host) or next((ctx.owner() for c in host.children if c.dep_ == "prep"
                                             and c.lower_ in ("in", "at") for o in c.children
                                             if o.dep_ == "pobj" and the_country(o)), None)
        conf = 0.6
    if subject is None and inverse and trigger.lemma_ in PURCHASE_VERBS and (
            any(c.dep_ == "nsubjpass" for c in trigger.children) and not places(clause, frozenset({"from", "by"}))
            or s is not None and s.lower_ == "it") and _in_bulk(trigger) \
            and (before := ctx.flow_before(trigger.sent.start_char)) and before[1] is not None:
        # "Egypt's Mostafa Ven has bought 430,000 tons of wheat ... About 280,000 tons of Russian wheat
        # were purchased", "... it bought 60,000 tons of Bulgarian wheat": the buyer just named buys
        subject, conf, passive = before[1], 0.6, []
    if subject is None and passive:   # "5,000 tonnes of dates were exported from Saudi Arabia"
        subject, conf, inverse = next((m for _, m in places(clause, frozenset({"from"}))), None), 0.8, False
        to = next((m for _, m in places(clause, DEST_PREPS)), None)
        if subject is None and to is not None and trigger.lemma_ in EXPORT_VERBS:
            # "300,000 tonnes of French wheat have been sold to Tunisia", "were exported to China"
            subject, conf = item_origin(passive) or ctx.owner(not_code=to.code), 0.6
    dest = None
    if passive and subject is not None and not places(clause, DEST_PREPS) \
            and (before := ctx.flow_before(trigger.sent.start_char)) and before[0] is None \
            and before[1] is not None and before[1].code != subject.code:
        dest = before[1]   # "Japan bought 119,443 tonnes of wheat. Of the total, 81,925 tonnes was sourced from
        # the United States": a share of the import just stated, to its importer
    if subject is None and trigger.lemma_ in _SHIPPED and any(c.dep_ == "nsubjpass" for c in trigger.children) \
            and _measured(passive) and not places(clause, DEST_PREPS | {"from"}) and not is_forecast(trigger) \
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in trigger.children):
        # "By March 10 only 230,000 bags had been shipped", "Of this amount, 150,000 tonnes was
        # exported by March 1": goods shipped by no one named are the flow just stated, else the story's
        if (before := ctx.flow_before(trigger.sent.start_char)) and before[0] is not None:
            subject, dest = before
        else:
            subject = ctx.owner()
        conf = 0.6
    if subject is None and s is not None and (s.like_num or s.lower_ in UNITS) \
            and any(c.dep_ == "mark" and c.lower_ == "with" for c in trigger.children):
        # "Ecuadorean production was 250,000 bpd, with 144,000 bpd exported": the main clause's country
        main = next((c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subject, conf = (is_country_token(main) or country_near(main) if main is not None else None), 0.6
        region = list(s.subtree) + region
    loading_ship = trigger.lemma_ == "load" and s is not None and _ship_name(s, named=True)
    if loading_ship and subject is not None and subject.kind == ORGANIZATION and subject.affiliation is None:
        subject = None   # "The Ocean Lion loaded ...": a ship the tagger took for a firm
    if subject is None and not inverse and s is not None and (common_lemma(s) in VESSEL_NOUNS or loading_ship):
        # "Six ships are loading 120,000 tonnes": in the story's country, unless the goods name theirs
        # ("Two vessels loaded 52,000 tonnes of Cuban raws for Russia"), or the port it loaded at
        # ("At Paranagua, the Maria Cristina loaded 13,000 tonnes of sugar for Ghana", "loaded 64,720
        # tonnes of corn at Chornomorsk for South Korea")
        subject, conf = item_origin([t for t in clause if t.i > trigger.i]) or _fronted_country(trigger) \
            or (loaded_at(trigger) if trigger.lemma_ == "load" else None) or ctx.owner(), 0.6
    if subject is None and inverse and s is not None and s.pos_ in ("NOUN", "PROPN"):
        subject, conf = _fronted_country(trigger), 0.6   # "In Taiwan, the MFIG group bought 65,000 tonnes"
    if subject is None:
        return
    if not inverse and subject.kind == ORGANIZATION and subject.affiliation is None \
            and (origin := _goods_origin(region)) is not None:
        subject = origin   # "Chevron shipped 152,000 bpd of Venezuelan crude to the United States": a firm of no
        # stated country ships the goods of the country they are named for
    if not inverse and s is not None and common_lemma(s) in _DEALERS \
            and not (trigger.lemma_ == "export" and subject.kind == COUNTRY and item_origin(region) is None):
        # (a country's dealers that "exported" goods of no other stated origin export their country's:
        # "Indian traders have exported 12 lakh bales of cotton so far this season")
        # "Japanese trade houses sold three cargoes of Thai sugar": dealers sell goods of other countries,
        # so the goods' origin is the exporter, if stated; the buyer is the one named, else the one whose
        # purchase was just stated ("The Soviet Union bought 90,000 tonnes ... from trade houses")
        before = ctx.flow_before(trigger.sent.start_char)
        to = next((m for _, m in places(region, DEST_PREPS)), None) or (before[1] if before else None)
        origin = item_origin(region)
        if origin is None and to is None:
            return
        yield from _events(trigger, region, origin, to, False, (), 0.6, article, clause, ctx)
        return
    if subject.kind == COUNTRY and not inverse:
        ctx.running = subject
    lead: tuple[str, ...] = ()
    if trigger.dep_ == "relcl" and not flow_figures(region):   # "the wheat that Russia sold ... amounted to 8m t"
        region, lead = _host_clause(trigger, region)
    if trigger.lemma_ in WITH_VERBS:
        objects = (c for c in trigger.children if c.dep_ in ("dobj", "dative"))
        dest = next((m for c in objects if (m := is_country_token(c))), None)
    if inverse and any(c.lower_ == "from" and c.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _GROWERS for o in c.children) for c in region):
        return   # "Ghana bought 614,500 tonnes of beans from farmers": a crop bought at home
    if not inverse and sold_at_home(trigger):
        return   # "farmers had sold 19.7 million mt of soybeans to exporters and crushers"
    if inverse:
        origin = None
        if trigger.dep_ == "conj" and trigger.head.lemma_ in EXPORT_VERBS:   # "exported X to Y and imported Z"
            origin = next((m for _, m in places(clause_of(trigger.head), DEST_PREPS)), None)
        yield from _events(trigger, region, subject, subject, True, lead, conf, article, clause, ctx, origin)
        return
    if dest is None and not places(region, DEST_PREPS) and (
            trigger.lemma_ in _SUPPLY or _as_supplier(trigger)
            or trigger.lemma_ in _SENT and (ctx.importer or subject.kind == COUNTRY and not any(
                c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children) and (
                _last_importer(trigger, ctx) or ctx.lede_importer))):
        # (a country that shipped right after an import total stated, with no "to" of its own, supplied it:
        # "India's pepper imports rose to 26,770 tonnes ... Vietnam shipped 8,900 tonnes")
        # "Iraq shipped 4.8 million tons" in a story headed "China's crude imports ...": to that importer
        importer = ctx.importer or _last_importer(trigger, ctx) or (ctx.lede_importer if not any(
            c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children) else None)
        if importer is None and _as_supplier(trigger) and (before := ctx.flow_before(trigger.sent.start_char)):
            importer = before[1]   # "Australia shipped 367.3 mln tonnes to China ... Brazil, the second-biggest
            # supplier, sent 163.5 mln tonnes": a supplier of the receiver just named
        if importer is not None and importer.code != subject.code:
            dest = importer   # "Brazil supplied 1,263 tonnes in January" under DUTCH SOYMEAL IMPORTS FALL;
            # "China's crude imports rose to 11.2 mln bpd. Saudi Arabia remained the top supplier, shipping ..."
    if dest is None and not places(region, DEST_PREPS):
        dest = bound_place(list(trigger.subtree)) or _supplier_to(trigger, subject)
        # "loaded 100,000 tonnes at Primorsk bound for Sikka"; "overtook Saudi Arabia as China's largest
        # crude supplier, shipping 3.66 mln tonnes"
    # "of which" on the verb, or inside its subject ("of which 5.3 million metric tons are supplied")
    of_which = any(t.lower_ == "which" and t.head.lower_ == "of" and t.i < trigger.i for t in trigger.subtree)
    if dest is None and (trigger.dep_ == "relcl" or of_which) and not places(region, DEST_PREPS):
        dest = _importer_above(trigger, not_code=subject.code)   # "Japan imports ..., of which 5.3 mln are
        # supplied by Saudi Arabia", "of which Australia supplied 2.2 mln": the main clause's importer
    made = list(_events(trigger, region, subject, dest, False, lead, conf, article, clause, ctx))
    if len(made) == 1 and made[0].quantity is not None and made[0].value is None \
            and (earned := _earned_value(trigger)) is not None:
        ctx.used.add(earned[1])   # "shipped 5,200 tonnes of tea, most of it to Pakistan, earning 8.4 mln dollars"
        made = [replace(made[0], value=plain(earned[0].amount), currency=earned[0].currency)]
    yield from made


_EARNING = frozenset({"earn", "fetch"})


def _earned_value(trigger: Token) -> tuple[Figure, int] | None:
    """The sum a participle after the flow says it earned ("..., earning 8.4 million dollars"), with
    the index of its first token."""
    for c in trigger.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in _EARNING and c.i > trigger.i:
            words = [t for t in c.subtree if t.i > c.i]
            money = [f for f in flow_figures(words) if f.kind == "money"]
            if len(money) == 1 and money[0].start == 0:
                return money[0], words[0].i
    return None


_GROWERS = frozenset({"farmer", "grower", "planter", "smallholder", "peasant", "cooperative", "mill", "miller"})
_SUPPLIER_NOUNS = frozenset({"supplier", "exporter", "seller", "shipper", "source"})


UNNAMED = "unnamed"   # a list element led by no one country: a bloc, "unknown destinations"


def _unnamed_destination(window: list[Token]) -> bool:
    """The element's own destination names no country: "120,000 tonnes of corn for delivery to unknown
    destinations and 100,000 tonnes ... to the Philippines", "to other countries"."""
    return any(t.lower_ == "to" and t.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in UNNAMED_RECEIVERS and o.tag_ == "NNS" for o in t.children)
        for t in window)


def _as_supplier(trigger: Token) -> bool:
    """A flow verb hung on "X was / remained the top supplier", or whose subject is called one ("Brazil,
    the second-biggest supplier, sent 163.5 mln tonnes"): X supplies, as with "supply"."""
    subj = subject_of(trigger)
    if subj is not None and any(c.dep_ == "appos" and c.lemma_.lower() in _SUPPLIER_NOUNS and not world_rank(c)
                                for c in subj.children):
        return True
    if trigger.dep_ == "acl" and trigger.head.dep_ == "attr" and trigger.head.lemma_.lower() in _SUPPLIER_NOUNS:
        return not world_rank(trigger.head)   # "X remained the biggest supplier, shipping ..."
    if trigger.dep_ not in ("advcl", "xcomp", "conj") or trigger.head.lemma_ not in ("be", "remain", "stay"):
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in _SUPPLIER_NOUNS for c in trigger.head.children)


def _ship_name(tok: Token, named: bool = False) -> bool:
    """"the Maria Cristina loaded ...": a name after "the" that is no country, company or bloc is a ship's
    (`named`: also one the tagger took for an organisation)."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and tok.ent_type_ not in (("GPE", "NORP") if named else ("GPE", "ORG", "NORP", "LOC")) \
        and is_country_token(tok) is None


def _supplier_to(trigger: Token, subject: Mention) -> Mention | None:
    """The country whose supplier the trigger's clause calls its subject: "Russia overtook Saudi Arabia
    as China's largest crude oil supplier, shipping 3.66 mln tonnes", "..., remaining India's top supplier",
    "the biggest supplier of crude to China"."""
    for verb in (trigger, trigger.head) if trigger.dep_ in ("advcl", "xcomp", "conj") else (trigger,):
        for c in verb.children:
            nouns = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "as" else \
                [c] if c.dep_ in ("attr", "oprd") else []
            for noun in nouns:
                if noun.lemma_.lower() in _SUPPLIER_NOUNS:
                    # or "... the second largest supplier of crude oil to China, having shipped 79.6 mln tonnes"
                    named = (*(p for p in noun.children if p.dep_ == "poss"),
                             *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
                               for o in p.children if o.dep_ == "pobj"))
                    return next((m for p in named if (m := is_country_token(p)) and m.code != subject.code), None)
    return None


def _last_importer(trigger: Token, ctx: TradeContext) -> Mention | None:
    """The importer of an import total stated just before ("China's crude imports rose to 11.2 mln bpd"):
    what its suppliers supply."""
    before = ctx.flow_before(trigger.sent.start_char)
    return before[1] if before and before[0] is None and before[1] is not None else None


def _host_clause(trigger: Token, region: list[Token]) -> tuple[list[Token], tuple[str, ...]]:
    """A relative clause on the goods takes its figure from the clause the goods are subject of."""
    goods, verb = trigger.head, trigger.head.head
    lead = items_in([c for c in goods.lefts if c.dep_ in ("compound", "amod")] + [goods])
    if not lead or goods.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or is_forecast(verb):
        return region, ()
    own = set(goods.subtree)
    return region + [t for t in clause_of(verb) if t.i > trigger.i and t not in own], lead


_EARNINGS = frozenset({"earnings", "earning", "revenue", "receipt", "receipts", "turnover"})   # "export turnover"
# What a flow noun names when one of these modifies it is not goods: "capital exports", "service imports".
_NOT_GOODS_FLOWS = frozenset({"capital", "service", "tourism", "investment", "labour", "labor", "remittance"})


def _earning_goods(noun: Token) -> tuple[str, ...]:
    """The goods whose export earnings `noun` names: what named goods' exports earned is their value
    ("Colombia's coffee export revenue dropped ... to 233.6 mln dlrs"); export earnings of no named
    goods may include services and stay unread."""
    if noun.lemma_.lower() not in _EARNINGS and noun.lower_ not in _EARNINGS:
        return ()
    mods = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")]   # "coffee" under "export"
    at = next((k for k, c in enumerate(mods) if c.lower_ == "export"), None)
    return items_in([t for t in mods[:at] if not is_country_token(t)]) if at else ()


def _earner(noun: Token) -> Token | None:
    """The verb that gives a flow noun its value: "Kenya earned $470m from tea exports"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "from":
        return None
    verb = prep.head
    for _ in range(3):
        # the parser hangs "from" on the sum: "which earns about 400 mln dlrs annually from coffee exports",
        # "earned the equivalent of 33 mln U.S. Dlrs from coffee exports"
        if verb.pos_ not in ("NOUN", "PROPN", "ADP") or verb.dep_ not in ("dobj", "pobj", "prep"):
            break
        verb = verb.head
    if verb.pos_ == "VERB" and verb.lemma_ in EARNING_VERBS:
        return verb
    if verb.pos_ == "NOUN" and verb.lower_ in _EARNINGS and verb.dep_ == "nsubj" and verb.head.pos_ == "VERB":
        return verb.head   # "Kenya's earnings from tea exports rose to 138 billion shillings": the sum is theirs
    return None


def _owner(noun: Token, inverse: bool, own: list[Token], of_phrase: list[Token],
           earner: Token | None) -> Mention | None:
    """Whose flow the noun names: "China's exports", "exports of wine from Chile", "Chilean copper
    shipments" or the subject that earned it. For imports this is the importer."""
    if m := country_near(noun, with_from=not inverse):
        return m
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        if m := next((is_country_token(o) for o in prep.children if o.dep_ == "pobj"), None):
            return m   # "corn sales by Argentina to the Soviet Union", "purchases by China of ..."
    if earner is not None and not inverse:
        subject, _ = actor(earner)
        if subject is not None and subject.kind == COUNTRY:
            return subject
    if inverse:
        return None
    return next((m for _, m in places(own, frozenset({"from"}))), None) or item_origin(of_phrase)


def _origin_adjectives(noun: Token) -> list[Mention]:
    """The countries of the nationality adjectives on a flow noun: "Russian arrivals"."""
    return [m for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
            and (m := is_country_token(c)) is not None]


def _noun_events(noun: Token, article: Article, ctx: TradeContext) -> Iterator[Export]:
    inverse = noun.lemma_ in IMPORT_NOUNS
    if noun.lemma_ == "arrival" and not places(list(noun.subtree), frozenset({"from"})) \
            and not _origin_adjectives(noun):
        return   # "cocoa arrivals at the ports" move within a country; "arrivals from Argentina" and
        # "Russian arrivals totalled 52.96 mln tons" are imports
    if noun.lower_ in ("export", "import") and noun.dep_ == "compound" and noun.head.lemma_ in DEAL_NOUNS:
        return   # "export orders", "export sales": the deal noun is the trigger
    plain = _plain_flow(noun)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.lemma_ not in EXPORT_NOUNS | IMPORT_NOUNS \
            | DEAL_NOUNS:
        noun = noun.head   # "export bonuses on 36,000 tonnes to Algeria": the phrase is the flow
        if ranked(noun):
            return   # "Copper was the biggest export product with $4.1 billion": ranked_goods_events reads it
        if noun.lemma_ in NOT_FLOW_HEADS and not _earning_goods(noun) or any(
                c.dep_ == "compound" and c.lemma_ in NOT_FLOW_HEADS for c in noun.children):
            return   # "an export duty cut": a tax's, not a flow
        plain = plain and not any(c.dep_ == "poss" for c in noun.children)
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _NOT_GOODS_FLOWS for c in noun.lefts):
        return   # "Swiss capital exports rose to 4.64 billion francs": money or services, not goods
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") and noun.head.head.lemma_.lower() in _PERMITS:
        return   # "rebates for the export of 500,000 tonnes": a licence to export, not an export
    if under_role(noun):
        return   # "China was the main destination of Iran's exports with $3.1 billion": role_events reads it
    if _guess_before(noun):
        return   # "APK-Inform forecasts sunflower oil exports at 6.6 mln t": a forecast the parser took for a name
    if _under_forecast(noun) or _in_balance(noun) or _same_flow_compared(noun) or _earlier_same_period(noun):
        return   # "the tender calls for shipment of ...", "an excess of exports over imports of ..."
    if any(c.dep_ == "amod" and c.lemma_.lower() in GUESS_VERBS | FORECAST_LEMMAS for c in noun.children):
        return   # "estimated coarse grain imports at 12 mln tonnes", "projected exports"
    if inverse and any(c.dep_ == "amod" and c.lower_ in ("domestic", "internal", "interstate") for c in noun.children):
        return   # "domestic imports" moved within one country ("domestic exports" are a country's own goods)
    if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) and not _compared_after_figure(c)
           for c in (*noun.children, *((noun.head,) if noun.dep_ == "conj" else ()))):
        return   # "imports from and exports to China added up to ...": a two-way total; "January exports
        # compared with a December figure of 15.0 billion": no figure of its own
    other_flows = {t for c in noun.children if opens_clause(c) for t in c.subtree}
    own = [t for t in noun.subtree if t.i > noun.i and t not in other_flows]
    of_phrase = [t for c in noun.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "for"
                 and noun.lemma_ in DEAL_NOUNS) for t in c.subtree][1:]   # "orders for electronic goods"
    if of_phrase and non_goods_in(of_phrase):
        return   # "imports of services"
    if made_of_whole(noun):
        return   # "The purchase comprised ...": its parts are read by breakdown_events
    earner = _earner(noun)
    if earner is not None and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children) \
            and not any(c.dep_ in ("compound", "amod", "prep") for c in noun.children):
        return   # "Revenue from the shipments reached US$ 689.2 million": the value of the flow just stated
    ordered_by = None
    if noun.lemma_ == "order" and ctx.export_deals and not any(c.dep_ == "poss" for c in noun.children):
        # a story of a country's export orders: "Orders from the United States, the island's largest
        # market, totalled $2.36 billion" - the buyer is where the orders come from
        ordered_by = next((m for _, m in places(own, frozenset({"from"}))), None)
    owner = None if ordered_by else _owner(noun, inverse, own, of_phrase, earner)
    arrived_from = None   # "Russian arrivals totalled 52.96 mln tons": the adjective is where they came from
    if noun.lemma_ == "arrival" and owner is not None \
            and any(m.code == owner.code for m in _origin_adjectives(noun)):
        arrived_from, owner = owner, ctx.owner(not_code=owner.code, importer=True)
    if ordered_by:
        owner = ctx.owner(not_code=ordered_by.code)
    if owner is not None and owner.kind == COUNTRY and not inverse:
        ctx.running = owner
    elif owner is None and (plain or _plain_flow(noun) or inverse and places(own, frozenset({"from"}))
                            or inverse and of_phrase and item_origin(of_phrase) is not None):
        # "Exports rose to ...": the story's country; "while arrivals from Argentina came to ...",
        # "Purchases of Russian coal dropped to ...": the importer of the story, or of the flow just stated
        to = next(iter(_receivers(noun, own)), None)
        before = ctx.flow_before(noun.sent.start_char) if inverse and places(own, frozenset({"from"})) else None
        if before and before[0] is not None and (home := ctx.owner()) is not None and before[0].code == home.code \
                and before[1] is not None and (ctx.place is None or before[1].code != ctx.place.code):
            before = None   # after "Exports to the United States fell ...", "Imports from China rose" are
            # the story's country's, not the United States' (from BEIJING they are China's)
        owner = _with_subject(noun) or _shown_by(noun) or _sibling_owner(noun) or _fronted_place(noun) \
            or _supplier_of(own) or (ctx.importer or before[1] if before else None) or ctx.owner(
            not_code=to.code if to and not inverse else None, importer=inverse)
    elif owner is None and (noun.lemma_ == "shipment" or noun.lemma_ == "delivery" and noun.tag_ == "NNS") \
            and not inverse:   # shipments (deliveries, not "for delivery") of the exports just stated
        owner = ctx.running
        if owner is None and (to := next(iter(_receivers(noun, own)), None)) is not None:
            owner = ctx.owner(not_code=to.code)   # the first flow stated: "Shipments to China ... surged"
    elif owner is None and noun.lemma_ in ("export", "import") and (poss := next(
            (c for c in noun.children if c.dep_ == "poss"), None)) is not None:
        if poss.lower_ == "its":
            owner = its_country(poss)   # "Ghana shipped ... Its exports rose to ...", not a company's
        elif the_country(poss):
            owner = previous_country(poss) or ctx.owner()   # "The country's cocoa exports rose to ..."
    export_deal = any(c.dep_ == "compound" and c.lower_ == "export" for c in noun.children)
    if export_deal:
        ctx.export_deals.add(noun.lemma_)   # the story is about export orders: "Garment orders were ..."
    continued = None
    if noun.lemma_ in DEAL_NOUNS and not (export_deal or _receivers(noun, own) or _by_exporters(noun)
                                          or noun.lemma_ in ctx.export_deals):
        # "sales", "commitments" are trade only with a receiving country or as "export orders", or
        # as more of the flow just stated: "... to the USSR totaled 8,182,500 tonnes. In addition, sales
        # of soybeans totaled 68,200 tonnes", "Total corn commitments ... amount to 1,083,400 tonnes"
        continued = ctx.flow_before(noun.sent.start_char)
        if continued is None or continued[1] is None or any(is_country_token(t) for t in noun.sent) or not any(
                f.kind == "measure" for f in flow_figures(list(noun.sent))):
            return   # a sentence naming a country of its own states something else ("Turkey was made eligible")
        owner = continued[0] or owner
    if owner is None:
        return
    anchor = noun
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_ in MEASURE_NOUNS:
        anchor = anchor.head.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in UNITS \
            and anchor.head.head.i < anchor.i:
        own = [t for t in anchor.head.head.subtree if t.i < anchor.i] + own   # "3,814,891 gallons of imports"
    governed = anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ in ("VERB", "AUX") \
        and not (anchor.dep_ == "dobj" and _subjectless_next(anchor))
    verb = anchor.head if governed else earner or _subjectless_next(anchor) or _verb_above(anchor) \
        or _gapped_verb(anchor)
    if verb is not None and is_forecast(verb):
        return
    clause = clause_of(verb) if verb is not None else list(noun.subtree)
    earned_to = None
    if earner is not None and verb is not None and verb == earner:   # the figure is the verb's object, before the noun
        region = [t for t in clause if t not in set(noun.head.subtree)]
        earned_to = next((m for _, m in places(own, DEST_PREPS)), None)   # "earned X from tea exports to Pakistan"
    else:
        region = own + [t for t in clause if t.i > max(noun.i, anchor.i) and t not in own]
    lead = _earning_goods(noun) or _sector_goods(noun) \
        or items_in(_modifier_phrase(noun)) \
        or _coordinated_goods(noun)
    lead = lead + items_in(of_phrase)
    # the goods of "exports of wheat" are read: the phrase leaves the region, unless it holds the figure
    # ("Corn sales of 2,806,300 tonnes": the unit is its head)
    region = [t for t in region if not (t.head.lower_ == "of" and t.head.head == noun or t.lower_ == "of"
                                          and t.head == noun)] if lead and not any(
        t.like_num for t in of_phrase) else region
    if inverse:
        exporter = next((m for _, m in places(own, frozenset({"from"}))), None) or item_origin(of_phrase) \
            or arrived_from or _partner(noun, owner)
        if exporter is None and owner.kind == COUNTRY and noun.lemma_ == "purchase":
            exporter = _sentence_exporter(noun, not_code=owner.code)   # "the French wheat export sale follows
            # a Brazilian purchase of 150,000 tonnes"
        if exporter is None and owner.kind != COUNTRY:
            return
        yield from _events(noun, region, exporter, owner, False, lead, 0.75, article, clause, ctx)
    else:
        dest = ordered_by or bound_for(noun) or (_arrived_in(verb) if verb is not None else None) or earned_to
        if dest is None and not places(own, DEST_PREPS):
            dest = _partner(noun, owner) or (continued[1] if continued else None)
        importer = ctx.importer or ctx.lede_importer
        if dest is None and importer is not None and importer.code != owner.code \
                and places(own, frozenset({"from"})) and not places(own, DEST_PREPS):
            dest = importer   # "Shipments from Iraq slipped to 830,000 bpd" under "India's oil imports ..."
        made = list(_events(noun, region, owner, dest, False, lead, 0.8, article, clause, ctx))
        if earned_to is not None or verb is not None and verb == earner:
            made = _earned_measure(made, own, lead, ctx)
        yield from made


def _earned_measure(made: list[Export], own: list[Token], lead: tuple[str, ...], ctx: TradeContext) -> list[Export]:
    """"earned 1.43 billion dollars from the export of 248,000 tonnes of coffee": the sum is the value of
    the measure the flow noun holds, one event."""
    measures = [f for f in flow_figures(own) if f.kind == "measure"]
    if len(made) != 1 or made[0].value is None or made[0].quantity is not None or len(measures) != 1:
        return made
    fig = measures[0]
    ctx.used.add(own[fig.start].i)
    items = items_in(own[fig.end:]) or lead or made[0].items
    return [replace(made[0], quantity=plain(fig.amount), unit=fig.unit, qualifier=fig.qualifier, items=items)]


_COMPARING = frozenset({"against", "versus", "vs", "vs."})
# What the EC grants for goods still to be exported (the policy: a licence award is no event)
_PERMITS = frozenset({"rebate", "restitution", "licence", "license", "permit", "certificate", "refund",
                      "eligible"})   # "made eligible for sales of up to 15,000 tonnes"


def _compared_after_figure(prep: Token) -> bool:
    """"imports 628.3 million, compared with 771 million": a comparison after the flow's own figure."""
    return prep.lemma_ == "compare" and any(t.like_num for t in prep.doc[prep.head.i + 1:prep.i])


def _earlier_same_period(noun: Token) -> bool:
    """The flow noun is the earlier period's by its own words: "Exports in the same period last year
    amounted to 5.9 million tonnes" (a comparison, not the story's flow)."""
    words = " ".join(t.lower_ for t in sorted(noun.subtree, key=lambda t: t.i) if t.i >= noun.i)
    return "same period" in words and any(p in words for p in _EARLIER_YEAR)


_EARLIER_YEAR = ("last year", "a year earlier", "a year ago", "previous year", "year before", "prior year")


def _same_flow_compared(noun: Token) -> bool:
    """The flow a figure of the same flow is compared with is its earlier period: "a 1987 import target
    of 2.92 mln tonnes compared with imports of 3.05 mln in 1986". Another flow compared is a contrast
    and stays an event ("exports of 1.2 billion compared with imports of 1.08 billion")."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":   # "compared with exports of 6.72 billion
        first = first.head                                      # and imports of 6.64 billion in January"
    prep = first.head if first.dep_ == "pobj" else None
    if prep is None or not (prep.lower_ in _COMPARING
                            or prep.lower_ in ("with", "to") and prep.head.lemma_ == "compare"):
        return False
    lemma = noun.lemma_.lower()
    return any(t.lemma_.lower() == lemma for t in noun.sent if t.i < prep.i)


# A sector named by an adjective on the flow noun is a class of goods: "agricultural exports rose to
# 7.1 billion dlrs" are exports of agricultural products.
_SECTOR_GOODS = {"agricultural": "agricultural product", "farm": "agricultural product",
                 "manufacturing": "manufactured good", "manufactured": "manufactured good",
                 "industrial": "industrial good"}


def _sector_goods(noun: Token) -> tuple[str, ...]:
    return tuple(_SECTOR_GOODS[c.lower_] for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and c.lower_ in _SECTOR_GOODS)[:1]


def _coordinated_goods(noun: Token) -> tuple[str, ...]:
    """Goods coordinated before the flow noun, which the parser hangs as one nominal modifier:
    "Crude oil and natural gas exports totalled 4.56 billion crowns"."""
    mod = next((c for c in noun.lefts if c.dep_ == "nmod" and any(k.dep_ == "conj" for k in c.children)), None)
    if mod is None or any(is_country_token(t) or t.ent_type_ in ("DATE", "ORG") for t in mod.subtree) \
            or any(t.lower_.startswith("non") for c in noun.lefts for t in c.subtree):
        return ()   # "non-oil and gas exports" are all goods but those
    return items_in(list(mod.subtree))


def _partner(noun: Token, owner: Mention | None) -> Mention | None:
    """The partner a bilateral statistic names once for both flows: "Exports to Japan fell to 1.28
    billion and imports to 2.14 billion" (imports from Japan), "imports from Chile rose, while
    exports fell" (exports to Chile). The other flow noun of the sentence, conjoined or gapped."""
    other, prep = ("export", "to") if noun.lemma_ in IMPORT_NOUNS else ("import", "from")
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return None   # "shipments from the United States" set against "imports from Brazil": a second origin
    for t in noun.sent:
        if t.i >= noun.i or t.lemma_.lower() != other or t.pos_ not in ("NOUN", "PROPN"):
            continue
        found = next((m for _, m in places([x for x in t.subtree if x.i > t.i], frozenset({prep}))), None)
        if found is not None and (owner is None or found.code != owner.code):
            return found
    return None


_MODIFIERS = ("compound", "amod", "poss", "nmod")


def _sentence_exporter(tok: Token, not_code: str | None) -> Mention | None:
    """The owner of an export noun in the same sentence: the origin of a purchase it leaves unsaid."""
    for t in tok.sent:
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() != "export":
            continue
        # "U.K. Grain exports": the country may modify the goods that modify the flow
        phrase = t.head if t.dep_ == "compound" and t.head.lemma_ in DEAL_NOUNS else t   # "French wheat export sale"
        found = country_near(t) or next((m for w in phrase.lefts for x in w.subtree if x.dep_ in _MODIFIERS
                                         and (m := is_country_token(x))), None)
        if found is not None and found.code != not_code:
            return found
    return None


def _importer_above(tok: Token, not_code: str | None) -> Mention | None:
    """The country subject of the import verb a relative clause hangs under."""
    head = tok
    for _ in range(6):
        if head.head == head:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_ in IMPORT_VERBS:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            m = (is_country_token(subj) or country_near(subj)) if subj is not None else None
            return m if m is not None and m.code != not_code else None
    return None


def _fronted_country(trigger: Token) -> Mention | None:
    """The country a clause opens with as where it happens: "In Taiwan, the MFIG group bought ..."."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return next((m for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < trigger.i
                 and c.i == verb.sent.start + (verb.doc[verb.sent.start].is_space)
                 for o in c.children if o.dep_ == "pobj" and (m := is_country_token(o))), None)


def _supplier_of(own: list[Token]) -> Mention | None:
    """The importer an origin is called the supplier of: "Imports from Japan, Taiwan's largest supplier"."""
    return next((m for t in own if t.dep_ == "appos" and t.lemma_.lower() in _SUPPLIER_NOUNS
                 for p in t.children if p.dep_ == "poss" and (m := is_country_token(p))), None)


def _fronted_place(noun: Token) -> Mention | None:
    """The country a sentence opens with as where its flow is: "In neighbouring Ukraine, grain exports
    have reached 7.05 million tonnes"."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return None
    return next((m for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < noun.i
                 for o in c.children if o.dep_ == "pobj" and (m := is_country_token(o))), None)


def _sibling_owner(noun: Token) -> Mention | None:
    """The owner of the other flow an ownerless one is set against in its sentence: "Kenyan exports to
    Pakistan were worth 75 mln dlrs, while imports from Pakistan amounted to 4.8 mln" (Kenya's imports)."""
    for tok in noun.sent:
        if tok.i >= noun.i:
            return None
        if tok.pos_ == "NOUN" and tok.lemma_ in ("export", "import") and tok.lemma_ != noun.lemma_ \
                and (m := country_near(tok)):
            return m
    return None


def _with_subject(noun: Token) -> Mention | None:
    """The country of the clause a "with" phrase hangs on: "West Germany imported 56,823 tonnes ...,
    with re-exports at 22,262 tonnes" (West Germany's re-exports, not the story's last exporter)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subj is None else is_country_token(subj) or country_near(subj)


def _shown_by(noun: Token) -> Mention | None:
    """The country whose figures show the flow: "Chinese customs statistics show exports to the United
    States of $21.5 billion, and imports from the United States of $11.9 billion"."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_ not in _SHOW_VERBS:
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None if subj is None else is_country_token(subj) or country_near(subj)


def _modifier_phrase(noun: Token) -> list[Token]:
    """The goods written before a flow noun, whole: "palm oil exports" (the parser hangs "palm" on
    "oil", not on "exports"), "crude oil imports"; no country, no date."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and not is_country_token(c)
            and c.ent_type_ != "DATE"]
    return sorted({t for c in mods for t in c.subtree if t.dep_ in ("compound", "amod") and t.i < noun.i
                   and not is_country_token(t) and t.ent_type_ != "DATE"}, key=lambda t: t.i)


_SHOW_VERBS = frozenset({"show", "indicate", "reveal"})


def _subjectless_next(noun: Token) -> Token | None:
    """The verb right after a flow noun the parser coordinated with the figure before it: in "exports
    rose to 7.28 billion dlrs and imports fell 5.1 pct to 8.33 billion", "imports" hangs on "dlrs" and
    "fell" has no subject: it is the imports' verb."""
    shown = noun.dep_ == "dobj" and noun.head.lemma_ in _SHOW_VERBS   # "figures showing exports rose 27 pct"
    if noun.dep_ != "conj" and not shown or noun.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.i + 1]
    if nxt.pos_ != "VERB" or nxt.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
        return None
    return nxt


def _gapped_verb(noun: Token) -> Token | None:
    """The verb a flow noun shares with the flow it is coordinated with, its own verb left out: "brought
    exports to 6.67 billion rand and imports to 4.15 billion", "with exports at 4.91 billion and
    imports at 6.76 billion" (the parse hangs "imports" on the first figure)."""
    if noun.dep_ != "conj":
        return None
    tok = noun.head
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _verb_above(noun: Token) -> Token | None:
    """The verb a flow noun hangs from through an object phrase: "accepted bids for export bonuses on
    36,000 tonnes to Algeria" (the parse puts the figure on the verb)."""
    tok = noun
    for _ in range(3):
        if tok.dep_ not in ("pobj", "prep", "dobj") or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None


def _under_forecast(noun: Token) -> bool:
    """A flow noun a few steps under a forecast, permit or tender word, or conjoined to one that is."""
    if _seen_changing(noun):
        return True
    tok = noun
    for _ in range(4):
        if tok.head == tok:
            return False
        if tok.dep_ not in ("conj", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "compound", "acl", "xcomp", "ccomp"):
            return False
        tok = tok.head
        if done_deal(tok):
            return False
        if tok.lemma_.lower() in FORECAST_LEMMAS or tok.pos_ == "NOUN" and tok.lemma_.lower() in ESTIMATE_NOUNS:
            return True   # "its estimate of Soviet grain imports"
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS
                                               for c in tok.children):
            return True   # "raised its estimate for 1986/87 Soviet grain imports to 26 mln tonnes"
        if tok.pos_ in ("VERB", "AUX") and (is_forecast(tok) or tok.lemma_.lower() in GUESS_VERBS):
            return True   # "USDA estimated Soviet coarse grain imports at 12.00 mln tonnes"
    return False




def _seen_changing(noun: Token) -> bool:
    """A flow a report 'sees' changing: "sees EC imports falling to 91.7 mln tonnes in 2000", "Imports
    ... are seen rising to 58.6 mln" - a projection, not a flow that happened."""
    for anc in list(noun.ancestors)[:4]:
        if anc.tag_ == "VBG" and anc.dep_ in ("ccomp", "xcomp") and anc.head.lemma_.lower() == "see" \
                or anc.lemma_.lower() == "see" and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in anc.children):
            return True
    return False


def _in_balance(noun: Token) -> bool:
    """'an excess of exports over imports', 'a surplus on exports': the figure is the balance's."""
    tok = noun
    for _ in range(6):
        if tok.head == tok or tok.dep_ not in ("pobj", "prep", "conj"):
            return False
        tok = tok.head
        if tok.lemma_.lower() in BALANCE_NOUNS:
            return True
    return False


def _by_exporters(noun: Token) -> bool:
    """Deals the story's exporters made: "Private exporters concluded advance weekly sales for 79,448 tonnes"."""
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return verb is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() == "exporter" for c in verb.children)


def _receivers(noun: Token, own: list[Token]) -> list[Mention]:
    """Countries a flow noun goes to, in its own phrase or on the verb that governs it ("to cover sales
    of 25,000 tonnes of flour to Iraq": the parse hangs "to Iraq" on "cover")."""
    beside = [t for c in noun.head.children if c.dep_ == "prep" and c != noun for t in c.subtree] \
        if noun.head != noun and noun.dep_ in ("dobj", "nsubjpass") else []
    return [m for _, m in places(own, DEST_PREPS) or places(beside, DEST_PREPS)]


def _plain_flow(noun: Token) -> bool:
    """A flow noun with no owner written at all ("Exports rose", "Average exports were", "Green coffee
    exports fell": a capital for the sentence's start): not "the company's exports", "its sales",
    "exports of services"."""
    return noun.lemma_ in {"export", "import", "re-export"} | DEAL_NOUNS and not any(
        (c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"
         and c.lower_ not in ("export", "import", "fob", "cif") and not commodity_named([c.lower_])
         and not (c.i == c.sent.start and commodity_named([t.lower_ for t in noun.lefts if t.i >= c.i]))
         or c.lower_ in REGION_MODIFIERS or c.ent_type_ in ("NORP", "LOC", "GPE") and not commodity_named([c.lower_]))
        and not is_country_token(c) for c in noun.children)   # "Sugar exports", "Sugar" tagged a place, are goods


def _arrived_in(verb: Token) -> Mention | None:
    """Where a flow arrived: "... arrived in Nepal", "reached India"."""
    if verb.lemma_ not in ARRIVAL_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and (m := is_country_token(c)):
            return m
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > verb.i and verb.lemma_ != "reach":
            # not "In neighbouring Ukraine, grain exports have reached 7.05 mln tonnes": where they were
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (m := is_country_token(obj)):
                return m
    return None


def _ident(m: Mention | None) -> str | None:
    return m and (m.code or m.name)


def _shipment_key(e: Export) -> tuple:
    return _ident(e.exporter), _ident(e.destination), e.items, e.quantity, e.unit, e.value, e.currency


def _merge(exports: list[Export]) -> list[Export]:
    """A shipment restated in the same article ("26,000 ventilators this month" ... "since April,
    more than 26,000 ventilators") is one event: same parties, items and figure, compatible dates."""
    out: list[Export] = []
    index: dict[tuple, list[int]] = {}
    for e in exports:
        same = index.setdefault(_shipment_key(e), [])
        twin = next((i for i in same if not out[i].date or not e.date or out[i].date == e.date), None)
        if twin is None:
            same.append(len(out))
            out.append(e)
            continue
        o = out[twin]
        out[twin] = replace(o, qualifier=o.qualifier or e.qualifier, date=o.date or e.date,
                            period=o.period or e.period)
    return out


# Verbs that say the goods left the country: an organisation of known country doing it exports
# ("sold" alone may be a sale at home: "the GSA sold 5,490 tonnes of tin" from its stockpile).
_OUTWARD = frozenset({"export", "re-export", "ship"})
# Verbs of a supplier: someone is supplied, by default the story's importer
_SUPPLY = frozenset({"supply", "provide"})
_SENT = frozenset({"ship", "send", "deliver"})
# Dealers who sell goods grown or made elsewhere: the goods' origin is the exporter, not their nationality
_DEALERS = frozenset({"house", "trader", "dealer", "merchant", "broker", "operator"})
# Verbs whose passive states a shipment that happened even with no shipper named ("had been shipped");
# "were sold" may be sales at home.
_SHIPPED = frozenset({"ship", "export", "deliver", "load", "re-export"})


def _in_bulk(trigger: Token) -> bool:
    """The verb's goods are measured in a unit of weight, volume or money, not counted in cargoes."""
    return any(f.kind == "money" or f.kind == "measure" and f.unit not in ("cargo", "shipment", "consignment")
               for f in flow_figures(sorted(trigger.subtree, key=lambda t: t.i)))


def _measured(tokens: Sequence[Token]) -> bool:
    """A figure in a unit or in money among `tokens`: goods, not "two ships"."""
    return any(f.kind in ("measure", "money") for f in flow_figures(tokens))
# Verbs that move goods without selling them: a flow only with a country the goods came from.
_CARRIERS = CARRY_VERBS - {"contain", "load"}


def _gapped_flow_noun(tok: Token) -> bool:
    """"exports stood at $1.13 billion and imports $1.20 billion": the tagger reads the flow noun of a
    gapped clause as a verb. It follows "and", has no subject, and the verb it is conjoined to has a
    flow noun as subject."""
    if tok.dep_ != "conj" or tok.tag_ != "VBZ" or tok.i == 0 or tok.nbor(-1).lower_ not in ("and", "while", "but") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(t.lemma_.lower() in EXPORT_NOUNS | IMPORT_NOUNS for t in subject.subtree)


_VERB_TRIGGERS = EXPORT_VERBS | IMPORT_VERBS | _CARRIERS
_NOUN_TRIGGERS = EXPORT_NOUNS | IMPORT_NOUNS


# The words some rule needs somewhere in a story before it can state an event: flow verbs and nouns,
# deals and roles ("buyer", "destination"), vessels, and the bulk units a voyage, a share that "came
# from" or an award is measured in. A story with none states no trade event (the same events on every
# gold set and corpus with and without this test); half of general news has none.
_STORY_GATE = _VERB_TRIGGERS | _NOUN_TRIGGERS | DEAL_NOUNS | VESSEL_NOUNS | CARRY_VERBS | ARRIVAL_VERBS \
    | frozenset(ROLE_NOUNS) | _EARNINGS | EARNING_VERBS | frozenset({
        "tonne", "ton", "barrel", "bpd", "b/d", "bushel", "bale", "bag", "ounce", "kilogram", "kg", "gallon",
        "litre", "liter", "metre", "quintal", "kilolitre", "kiloliter", "mt", "t", "dose", "supplier",
        "exporter", "importer"})


# The learned pass reads figures near these (or in a story whose rules or headline found a flow)
_FLOW_WORDS = frozenset({"export", "import", "re-export", "shipment", "exporter", "importer"})


def _names_trade(doc: Doc) -> bool:
    """Whether any word of the story is one a rule needs (by lemma, read once from the doc's columns)."""
    return bool(lemma_ids(doc, _STORY_GATE))


def _trigger_words(doc: Doc) -> list[tuple[int, bool]]:
    """Where the doc's flow words are, read once from its token columns: (token index, is a verb)."""
    def find() -> list[tuple[int, bool]]:
        pos = column(doc, POS)
        verb, aux, noun, propn = (string_id(doc, p) for p in ("VERB", "AUX", "NOUN", "PROPN"))
        out = []
        for i, (lemma, p) in enumerate(zip(doc_lemmas(doc), pos, strict=True)):
            if p == verb and lemma in ("export", "import") and _gapped_flow_noun(doc[i]):
                out.append((i, False))   # "and imports $1.2 billion", tagged as a verb
            elif lemma in _VERB_TRIGGERS and p in (verb, aux):
                out.append((i, True))
            elif lemma == "bring" and p == verb and any(c.dep_ == "prt" and c.lower_ == "in" for c in doc[i].children) \
                    and not earns(doc[i]):   # "Garments brought in US$502 million": earnings (trade/earnings.py)
                doc[i].lemma_ = "import"   # "China brought in 2.13 million tons of unwrought copper"
                out.append((i, True))
            elif lemma in _NOUN_TRIGGERS and p in (noun, propn):
                out.append((i, False))
            elif lemma == "supply" and p == noun and _supplies_to_country(doc[i]):
                doc[i].lemma_ = "delivery"   # "Supplies to India rose to 6.1 mln tonnes": deliveries, not stocks
                out.append((i, False))
            elif p == propn and lemma.endswith("s") and lemma[:-1] in _NOUN_TRIGGERS and doc[i].is_title:
                doc[i].lemma_ = lemma[:-1]   # "Imports of liquefied natural gas rose ...", tagged a name
                out.append((i, False))        # with its own lemma at a sentence's start: the flow noun
        return out
    return per_doc(doc, "trade.triggers", find)


def _supplies_to_country(noun: Token) -> bool:
    """"Supplies to India", "supplies to South Korea and Japan": a flow; "world supplies" are stocks."""
    return noun.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        o.dep_ == "pobj" and is_country_token(o) for o in c.children) for c in noun.children)


def _triggers(sent: Span) -> Iterator[tuple[Token, bool]]:
    doc = sent.doc
    found = _trigger_words(doc)
    for k in range(bisect_left(found, (sent.start, False)), len(found)):
        i, is_verb = found[k]
        if i >= sent.end:
            return
        yield doc[i], is_verb


def _declared_unit(sent: Span) -> str | None:
    """The unit a table or list declares once: "in tonnes", "(tonnes)"."""
    tokens = list(sent)
    for k, tok in enumerate(tokens[:-1]):
        if tok.lower_ in ("in", "(") and (unit := unit_at(tokens, k + 1)):   # "(in metric tons)"
            return unit
    return None


def _set_frame(sent: Span, ctx: TradeContext, exporter: Mention | None, items: tuple[str, ...],
               parts: bool = False) -> None:
    ctx.frame = Frame(exporter, items, _declared_unit(sent), sent.end_char, parts)


def _lead_in(sent: Span, ctx: TradeContext) -> None:
    """'Main destinations for refrigerated beef were, in tonnes:' opens a list of the story's exports."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    if ":" not in text and "follows" not in text and not text.rstrip().endswith("-"):
        return   # most sentences: the test below fails whatever the lead word
    lead = next((t for t in sent if t.lemma_.lower() in LIST_LEADS and t.pos_ == "NOUN"
                 or t.lower_ in PART_LEADS and t.pos_ in ("NOUN", "PROPN")), None)
    words = [t for t in sent if not t.is_space]
    if lead is None or not words or words[-1].text not in (":", "-") and "follows" not in text \
            and not any(t.text == ":" for t in sent[lead.i - sent.start:]):   # "... in February were: China (...)"
        return
    goods = [t for c in lead.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for t in c.subtree][1:]
    _set_frame(sent, ctx, ctx.owner(), items_in(goods), lead.lower_ in PART_LEADS)


def _list_events(sent: Span, article: Article, ctx: TradeContext) -> Iterator[Export]:
    """A sentence of 'COUNTRY figure' pairs with no trade word continues the flow stated just before:
    "Israel 16,200 (17,600), Brazil 18,100 (unavailable), Peru 8,100 ..."."""
    frame = ctx.frame_at(sent.start_char)
    if frame is None or frame.exporter is None or sent.root.lemma_ in _MONEY_LOST:
        return   # "Iran also lost about six billion dlrs, Brunei 3.8 billion": losses, not the flow's list
    tokens = list(sent)
    evidence = sentence_evidence(sent, article, 0.6)
    unit = _declared_unit(sent) or frame.unit or ctx.last_unit[0]
    if frame.parts:   # the rows of a total's breakdown are in the total's unit, said or not
        yield from part_events(sent, article, ctx, frame, unit or ctx.measured)
        return
    goods = frame.items or (ctx.last_items[1] if ctx.last_items else ()) or ctx.goods
    figures = flow_figures(tokens)
    for fig in figures:
        unit = fig.unit or unit   # "Italy ... with 75,000 tonnes followed by West Germany with 55,200"
        led_by = _list_country(tokens, fig.start, None)
        if not led_by or led_by == UNNAMED or fig.kind == "money" or led_by.code == frame.exporter.code \
                or tokens[fig.start].i in ctx.used:
            continue
        # "Italy 104,704 of wheat": an element may name its own goods in the list's unit
        own_goods = fig.unit or fig.end < len(tokens) and tokens[fig.end].lower_ == "of"
        items = items_in(tokens[fig.end:]) if own_goods else ()
        ctx.used.add(tokens[fig.start].i)       # read: the leftover-pairs pass need not read it again
        yield Export(exporter=frame.exporter, items=items or goods, evidence=evidence,
                     destination=ctx.of_era(led_by), quantity=plain(fig.amount), unit=unit,
                     qualifier=fig.qualifier)


# Verbs of money lost, owed or spent: a list under them is no list of the flow just stated
_MONEY_LOST = frozenset({"lose", "owe", "borrow", "spend", "invest", "cost", "save", "forfeit"})
# A list may continue the event of the sentence before, if it follows within this many characters.
_LIST_REACH = 250
# Words between a listed country and its figure: "Poland was credited with 54,500", "Chile shipping 229,176".
_PAIR_GLUE = frozenset({"with", ":", "credited", "was", "were", "taking", "took", "shipping", "shipped", "buying",
                        "bought"})


def _pair_country(tokens: Sequence[Token], fig: Figure) -> tuple[str, Mention] | None:
    """The country a leftover figure of a list is paired with: after it ("30,000 tonnes for China",
    "24,391 from Australia") or right before it ("Poland was credited with 54,500")."""
    k = fig.end
    if k < len(tokens) and tokens[k].lower_ in ("for", "to", "from"):
        j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower_ == "the")
        if j < len(tokens) and (m := is_country_token(tokens[j])):
            return ("exporter" if tokens[k].lower_ == "from" else "destination"), m
        return None
    k = fig.start - 1
    glue = 0
    while k >= 0 and tokens[k].lower_ in _PAIR_GLUE and glue < 3:
        k, glue = k - 1, glue + 1
    if k >= 0 and (tokens[k].ent_type_ in ("GPE", "NORP") or tokens[k].pos_ == "PROPN") \
            and (m := row_country(tokens[k])):
        return "listed", m
    return None


def _planned(tok: Token) -> bool:
    """The figure hangs under a forecast or plan: "A ship is expected to load 12,000 tonnes for China", "A
    government-to-government deal to supply 200,000 tonnes to Indonesia is still under negotiation"."""
    while tok.head != tok and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.pos_ in ("VERB", "AUX") and (is_forecast(tok) or tok.dep_ in ("acl", "relcl") and tok.tag_ == "VB"
                                            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                                            and tok.head.lemma_.lower() in _AGREEMENTS)


# What a deal still to be carried out is called: "a deal to supply", "an agreement to buy"
_AGREEMENTS = frozenset({"deal", "agreement", "accord", "contract", "pact", "plan", "memorandum", "offer", "bid"})


def _seed_role(tokens: Sequence[Token], figures: list[Figure], seed: Export) -> str:
    """Which side the countries of a list take: that of the country the stated event's own figure is
    paired with ("Chile shipping 229,176 tonnes ... and Peru 210,513": exporters)."""
    amount = seed.quantity if seed.quantity is not None else seed.value
    fig = next((f for f in figures if plain(f.amount) == amount), None)
    found = _pair_country(tokens, fig) if fig is not None else None
    if found and seed.exporter is not None and found[1].code == seed.exporter.code:
        return "exporter"
    return "destination"


def _leftover_pairs(sent: Span, article: Article, ctx: TradeContext, seeds: list[Export]) -> Iterator[Export]:
    """Figures of a list the rules above left unread, each paired with its own country, continuing
    the event stated in the sentence (or the flow a lead-in opened): "The Soviet Union was the largest
    importer with 133,265 tonnes followed by Saudi Arabia with 53,800", "They include 30,000 tonnes
    for China, 31,000 for the Soviet Union". Quantities only: a list of money is a table of balances."""
    frame = ctx.frame_at(sent.start_char)
    base = seeds[-1] if seeds else None
    if base is None and (frame is None or frame.exporter is None):
        return
    tokens = list(sent)
    figures = flow_figures(tokens)
    listed = _seed_role(tokens, figures, base) if base is not None else "destination"
    exporter = base.exporter if base is not None else frame.exporter
    destination = base.destination if base is not None else None
    goods = base.items if base is not None else frame.items
    unit = base.unit if base is not None else frame.unit
    for n, fig in enumerate(figures):
        if fig.kind not in ("measure", "count") or tokens[fig.start].i in ctx.used or _planned(tokens[fig.start]):
            continue
        unit = fig.unit or unit
        pair = _pair_country(tokens, fig)
        if pair is None or unit is None:
            continue
        role, country = pair
        role = listed if role == "listed" else role
        src, to = (country, destination) if role == "exporter" else (exporter, country)
        if src is None or to is not None and to.code == src.code or src.kind != COUNTRY:
            continue
        stop = figures[n + 1].start if n + 1 < len(figures) else len(tokens)
        after = tokens[fig.end:stop]   # goods written right after the figure, not after a comma: "... and the
        # United States 240,000, ministry figures showed"
        items = items_in(after) if (fig.unit or fig.kind == "count") and after and not after[0].is_punct else ()
        ctx.used.add(tokens[fig.start].i)
        yield Export(exporter=ctx.of_era(src), destination=ctx.of_era(to), items=items or goods,
                     evidence=sentence_evidence(sent, article, 0.6), quantity=plain(fig.amount), unit=unit,
                     qualifier=fig.qualifier, date=base.date if base else None,
                     period=base.period if base else None)


def _note_measures(sent: Span, ctx: TradeContext, numbered: bool = True) -> None:
    """What the sentence measures, flow or not, for later figures that leave it unsaid: its currency
    ("a 1.85 billion dlr deficit") and, per unit, the commodity named before the figure ("coffee
    output ... 5.77 mln bags")."""
    tokens = list(sent) if numbered else []
    figures = ctx.scanned[sent.start] = scan_figures(tokens)   # the learned pass reads them again
    ctx.measures = [(tokens[f.start].i, f.unit, f.currency) for f in figures if f.unit or f.currency]
    ctx.money = next((f.currency for f in figures if f.currency), ctx.money)
    measured = {f.start: f.unit for f in figures if f.unit}
    if not measured:
        return
    ctx.measured = measured[max(measured)]
    words: list[str] = []
    goods = None                  # the last commodity named so far in the sentence
    for k, t in enumerate(tokens):
        if k in measured and goods:
            ctx.unit_goods[measured[k]] = (goods,)
        if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_alpha and not t.ent_type_:   # not "Continental Grain Co"
            words.append(t.lower_)
            goods = commodity_named(words[-3:]) or goods


@register(NAME)
def extract_exports(doc: Doc, article: Article) -> Iterator[Export]:
    """The rules' events, then those the shipped model adds for figures no rule read (trade/learned.py)."""
    if not _names_trade(doc):
        return   # half of general news names no flow, deal, role, vessel or unit at all: nothing to read
    ctx = TradeContext.of(doc, article)
    rules = list(rule_exports(doc, article, ctx))
    model = active()
    if model is None or not (rules or ctx.flow_title or lemma_ids(doc, _FLOW_WORDS)):
        yield from rules   # a story with no flow word (sport, films): no figure of it is a flow
        return
    yield from learned_events(doc, article, rules, model, ctx)



def _lede_importer(first: Export, trigger: Token, ctx: TradeContext) -> None:
    """A story whose first flow is the story country's import ("India imported 1.96 million bpd of Russian
    crude last month") is about that country's imports, as if its headline said so: the suppliers it
    names next ("Shipments from Iraq fell to 830,000 bpd", "Saudi Arabia sent 560,000 bpd") supply it.
    Not a first flow told as a sale ("Canpotex shipped 4.2 million tonnes to Brazil")."""
    home = {m.code for m in (ctx.topic, ctx.place) if m is not None}
    to = first.destination
    if trigger.lemma_ in IMPORT_VERBS | IMPORT_NOUNS and to is not None and to.code in home \
            and (first.exporter is None or first.exporter.code != to.code):
        ctx.lede_importer = to


def rule_exports(doc: Doc, article: Article, ctx: TradeContext | None = None) -> Iterator[Export]:
    found: list[Export] = []
    ctx = ctx or TradeContext.of(doc, article)
    tables = find_tables(article.text, ctx.header_end)
    bullets = find_bullets(article.text, ctx.header_end)
    if tables or bullets:   # a table's rows and a deal's bulleted lines are read whole below, never as a
        # sentence's figures (trade/tables.py, trade/bullets.py)
        ctx.tables = [(start, rows[-1].end) for rows, _, start in tables] \
            + [(lines[0][0], lines[-1][1]) for _, lines in bullets]
        ctx.used.update(t.i for t in doc if any(a <= t.idx < b for a, b in ctx.tables))
    lede_read = False   # the story's first flow is read: see _lede_importer
    for sent in sentences(doc):
        if sent.end_char <= ctx.header_end:
            continue   # the headline and dateline are context, never a second event
        triggers = [(tok, is_verb) for tok, is_verb in _triggers(sent) if not ctx.in_header(tok)]
        numbered = holds_number(sent)
        _note_measures(sent, ctx, numbered)
        before = len(found)
        for tok, is_verb in triggers:
            if is_verb and is_forecast(tok):
                continue
            made = len(found)
            found.extend(_verb_events(tok, article, ctx) if is_verb else _noun_events(tok, article, ctx))
            if len(found) > made and not lede_read:
                _lede_importer(found[made], tok, ctx)
            if ctx.running is not None and not is_verb and tok.lemma_ in FLOW_LEMMAS:
                _set_frame(sent, ctx, ctx.running, items_in([c for c in tok.lefts if c.dep_ == "compound"]))
        if not triggers:
            _lead_in(sent, ctx)
        lede_read = lede_read or len(found) > before
        if not numbered and len(found) == before:
            continue   # every rule below states an event of a figure: the flow words above set context
        if not triggers:
            found.extend(_list_events(sent, article, ctx))
        found.extend(role_events(sent, article, ctx))
        found.extend(roster_events(sent, article, ctx))
        found.extend(ranked_goods_events(sent, article, ctx))
        found.extend(goods_earnings(sent, article, ctx))
        found.extend(award_events(sent, article, ctx))
        found.extend(added_events(sent, article, ctx))
        found.extend(accepted_events(sent, article, ctx))
        found.extend(voyage_events(sent, article, ctx))
        found.extend(came_from_events(sent, article, ctx))
        seeds = found[before:] or [e for e in found[-1:] if sent.start_char - e.evidence.end <= _LIST_REACH]
        if len(found) == before and seeds:
            found.extend(breakdown_events(sent, article, ctx, seeds[-1]))
        found.extend(origin_parts(sent, article, ctx, found[before:]))
        prior = found[before - 1] if before and sent.start_char - found[before - 1].evidence.end <= _LIST_REACH \
            else None
        if prior is not None:   # also beside this sentence's own events: "Sri Lanka accounted for 11,450
            # tonnes, while Vietnam shipped 8,900 tonnes"
            found.extend(goods_share_events(sent, article, ctx, prior, found[before:]))
        if len(found) == before:
            found.extend(goods_parts(sent, article, ctx, found))
        if len(found) == before and seeds:
            found.extend(bracketed_parts(sent, article, ctx, seeds[-1]))
        found.extend(followed_events(sent, article, ctx, found[before:]))
        found[before:] = respectively_paired(sent, article, ctx, found[before:])
        found.extend(elliptic_events(sent, article, ctx, found[before:]))
        found.extend(share_events(sent, article, ctx, found[before:] or seeds))
        found.extend(which_goods_events(sent, article, ctx, found[before:] or seeds))
        found.extend(_leftover_pairs(sent, article, ctx, seeds))
        found[before:] = with_pair_partner(found[before:], sent)
    found.extend(table_events(doc, article, ctx, found, tables))
    yield from _merge(found)
    yield from bullet_events(doc, article, ctx, found, bullets)   # each line is a cargo of its own, even
    # when two lines are alike: "* 60,000 tonnes of Russian wheat from Cargill", "... from Louis Dreyfus"
