"""What a trade sentence leaves unsaid and the article around it supplies.

Wire copy states a country once and then drops it: "Exports rose to 6.93 billion stg", "Imports fell
to 8.61 billion" (whose? in what currency?). Three things stand in, in this order of trust:
- the country whose flow the article last stated (the story's running subject);
- the headline's country ("BRAZIL BUYS FRENCH WHEAT AT TENDER") and the dateline's
  ("SALVADOR, Feb 26 -", a city mapped to its country through GeoNames);
- the last figure's unit or currency, for a bare figure with a scale word ("8.61 billion").
The headline and the dateline are context only: no event is read from them.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.attrs import ENT_TYPE, IS_ALPHA, LEMMA, LENGTH, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from kg.extract.shared.countries import city_country, country_form, country_label, place_country, port_country
from kg.extract.shared.country_names import lookup_country
from kg.extract.shared.doc_tokens import sentences
from kg.extract.shared.titles import is_title
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.quantities import LOCAL_CROWN, LOCAL_DINAR
from kg.facts import COUNTRY, Article, Mention

_HEAD_WORDS = 3   # longest country name in a headline, in words ("UNITED ARAB EMIRATES")
# (successor, first year, predecessor): before the end of the Soviet Union, Moscow spoke for it.
_PREDECESSORS = (("RU", 1992, "SU"),)
# Wire copy writes a local story's money as "dlrs" or "crowns": the country's own currency.
_LOCAL_DOLLARS = {"NZ": "NZD", "AU": "AUD", "CA": "CAD", "HK": "HKD", "SG": "SGD", "TW": "TWD", "ZW": "ZWD"}
_LOCAL_FRANCS = {"BE": "BEF", "LU": "LUF", "CH": "CHF"}   # bare "francs" elsewhere are French
_LOCAL_CROWNS = {"NO": "NOK", "SE": "SEK", "DK": "DKK", "IS": "ISK", "CZ": "CZK", "CS": "CSK", "EE": "EEK"}
# Rupees are India's unless the story is another rupee country's and does not say "Indian"
_LOCAL_RUPEES = {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}
# Shillings, pounds, pesos and rials of no stated country are the story country's where it has them
_LOCAL_SHILLINGS = {"UG": "UGX", "TZ": "TZS", "SO": "SOS"}
_LOCAL_POUNDS = {"EG": "EGP", "LB": "LBP", "SY": "SYP", "SD": "SDG", "SS": "SSP"}
_LOCAL_PESOS = {"AR": "ARS", "CL": "CLP", "CO": "COP", "PH": "PHP", "UY": "UYU", "DO": "DOP", "CU": "CUP"}
_LOCAL_RIALS = {"OM": "OMR", "YE": "YER"}
_LOCAL_OTHERS = (("KES", _LOCAL_SHILLINGS, r"Kenyan"), ("GBP", _LOCAL_POUNDS, r"sterling|stg|British|£"),
                 ("MXN", _LOCAL_PESOS, r"Mexican"), ("IRR", _LOCAL_RIALS, r"Iranian"))
# A dinar of no stated country is the story country's ("875.59 billion dinars" in a Belgrade story)
_LOCAL_DINARS = {"YU": "YUD", "IQ": "IQD", "JO": "JOD", "KW": "KWD", "BH": "BHD", "DZ": "DZD", "TN": "TND",
                 "LY": "LYD"}


# AP-style abbreviations of US states in datelines: "WINTER HAVEN, FLA.", "KANSAS CITY, MO."
_US_STATES = frozenset("ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn "
                       "miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va "
                       "wash w.va wis wyo".split())


def place_to_country(place: str) -> str | None:
    """Alpha-2 of a dateline place: a country, a capital, a region or a city; "CITY, STATE" by its
    state or country ("WINTER HAVEN, FLA." -> US, "HANGZHOU, China" -> CN)."""
    words = " ".join(w.capitalize() for w in place.split())
    if found := lookup_country(words):
        return found[1]
    if code := place_country(words) or city_country(words) or port_country(place):
        return code
    if "," in place:
        city, _, region = place.rpartition(",")
        if region.strip().lower().rstrip(".") in _US_STATES:
            return "US"
        return place_to_country(region) or place_to_country(city)
    return None


_DOLLAR_SIGNS = re.compile(r"\b(?:US|U\.S\.|A|C|NZ|HK|S)\$")


def _country_in(text: str) -> str | None:
    """The country an upper-case headline is about: its first country name ('JAPAN BUYS BRAZILIAN
    SOYBEANS' -> JP; the adjective names the goods' origin), else its first adjective of nationality."""
    words = re.findall(r"[A-Za-z][A-Za-z.'-]*", _DOLLAR_SIGNS.sub(" ", text))   # "US$ 2.04 bln" is money
    adjective = None
    for i in range(len(words)):
        for n in range(_HEAD_WORDS, 0, -1):
            phrase = " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words[i:i + n])
            if i + n <= len(words) and (found := lookup_country(phrase)):
                if country_form(phrase.removesuffix("'S").removesuffix("'s")) != "demonym":
                    return found[1]
                if not any(w.lower() in _CAUSE_WORDS for w in words[:i]):
                    adjective = adjective or found[1]   # not "Pepper imports rise on Sri Lankan supplies"
    return adjective


# "from" and the names after it in a headline: the suppliers ("imports from China, Pakistan")
_FROM_PHRASE = re.compile(r"\bfrom\s+[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*)*")
_IMPORTER_TITLE = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s?\s+(?:[\w.-]+\s+){0,4}?"
                             r"(?:imports?|suppliers?|purchases)\b", re.I)


_SUPPLIER_TO_TITLE = re.compile(r"\b(?:suppliers?|exporters?|sellers?|shippers?)\s+to\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)",
                                re.I)


def _headline_importer(title: str) -> str | None:
    """The country whose imports or suppliers a headline names: "China's soybean imports from Brazil
    jump", "Russia remains India's top oil supplier" - the possessor, wherever it stands; "Russia
    remains top crude supplier to China"."""
    for m in (*_IMPORTER_TITLE.finditer(title), *_SUPPLIER_TO_TITLE.finditer(title)):
        if found := lookup_country(m.group(1)) or lookup_country(m.group(1).split()[-1]):
            return found[1]
    return None


# Sentences of the body in which a story without a dateline names who reports it.
_SOURCE_SENTENCES = 3


def _source_country(doc: Doc, body: int) -> str | None:
    """The country of the first institution a story without a dateline reports through: "..., the U.S.
    Agriculture Department said", "Japan's customs data showed", "according to the Argentine grain
    board"; else the country of its lede's subject. It stands where the dateline would: wire copy
    states its sources in their own country, and a story's first subject is what it is about."""
    from kg.extract.trade.actors import is_country_token
    from kg.extract.trade.lexicon import ACTOR_NOUNS, REPORTING_VERBS
    body_sents = (s for s in sentences(doc) if s.end_char > body and any(t.is_alpha for t in s))
    sents = list(itertools.islice(body_sents, _SOURCE_SENTENCES))
    for sent in sents:
        for tok in sent:
            if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB":
                sources = [c for c in tok.children if c.dep_ == "nsubj"]
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                sources = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            else:
                continue
            for source in sources:
                if source.ent_type_ != "ORG" and source.lemma_.lower() not in ACTOR_NOUNS | _REPORT_NOUNS:
                    continue   # "traders said", "he said": no institution
                for t in source.subtree:
                    if m := is_country_token(t):
                        return m.code
                    if t.ent_type_ == "ORG" and t.pos_ in ("PROPN", "ADJ") and (found := lookup_country(t.text)):
                        return found[1]   # a country word inside the institution's name: "the U.S. Agriculture
                        # Department", "the Bank of Korea"
    for subject in (t for t in sents[0] if t.dep_ in ("nsubj", "nsubjpass")) if sents else ():
        for t in subject.subtree:   # "South Africa's trade surplus rose ...": the lede's subject
            if m := is_country_token(t):
                return m.code
    return None


_FLOW_TITLE = re.compile(r"export|import|ship|buy|bought|sell|sold|sale|purchas|tender|cargo|suppl|deliver", re.I)
_REPORT_NOUNS = frozenset({"department", "ministry", "office", "bureau", "board", "agency", "bank", "data",
                           "figures", "statistics", "council", "institute", "association", "corporation",
                           "commission", "service", "administration", "customs", "secretariat", "union"})


def _headline_origin(text: str, topic: str | None) -> str | None:
    """The origin a purchase headline gives its goods: "BRAZIL BUYS FRENCH WHEAT AT TENDER" -> FR (an
    adjective of nationality that is not the story's own country); none when it names several
    ("GASC BUYS RUSSIAN, ROMANIAN WHEAT": each cargo has its own)."""
    words = [w.capitalize() if w.isupper() and len(w.strip(".")) > 2 else w
             for w in re.findall(r"[A-Za-z][A-Za-z.'-]*", text)]
    buys = next((k for k, w in enumerate(words) if _BUY_WORD.fullmatch(w)), len(words))
    found, others = set(), set()
    for k, name in enumerate(words):
        pair = " ".join(words[k:k + 2])
        if k + 1 < len(words) and lookup_country(pair) and country_form(pair) != "demonym":
            continue   # "Saudi Arabia buys wheat": a country's name, not an adjective of origin
        if (m := lookup_country(name)) and (code := m[1]) != topic:
            if any(w.lower() in _CAUSE_WORDS for w in words[max(0, k - 2):k]):
                others.add(code)   # "China's coal imports slump on Australian ban": the cause, not the
                continue           # goods, and no sure origin for the story's goods either
            if country_form(name) == "demonym":
                found.add(code)
            elif k > buys:
                others.add(code)   # "buys 180,000 T U.S., French wheat": goods of two origins
    return found.pop() if len(found) == 1 and not others - found else None


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
_CAUSE_WORDS = frozenset({"on", "over", "amid", "despite", "after", "as", "against", "ahead"})
_BUY_WORD = re.compile(r"(?i)buys?|bought|purchases?|imports?|takes?|books?")


def _headline_goods(title: str, doc: Doc) -> tuple[str, ...]:
    """The goods an upper-case headline names ("THAI SUGAR EXPORTS FALL" -> sugar): its first word
    the body uses as a common noun that is neither a trade word nor a country."""
    from kg.extract.trade.lexicon import ACTOR_NOUNS, NOT_FLOW_HEADS, NOT_ITEMS, TIME_NOUNS
    # the body's common nouns, read from the doc's arrays: no Token object per word of every story
    rows = doc.to_array([LEMMA, POS, ENT_TYPE, IS_ALPHA, LENGTH])
    chosen = rows[(rows[:, 1] == NOUN) & (rows[:, 2] == 0) & (rows[:, 3] == 1) & (rows[:, 4] > 2), 0]
    nouns = {doc.vocab.strings[h].lower() for h in set(chosen.tolist())} \
        - (NOT_ITEMS | TIME_NOUNS | ACTOR_NOUNS | NOT_FLOW_HEADS)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    flows = any(_FLOW_TITLE.match(w) for w in words)
    for n in range(len(words), 0, -1):   # a commodity first: "ECUADOR TO PRODUCE CRUDE ABOVE QUOTA - MINISTER"
        head = words[n - 1]
        for form in (head, head[:-1] if head.endswith("s") else head):
            if goods := commodity_named([*words[max(0, n - 3):n - 1], form]):
                return (goods,)
    for k, low in enumerate(words):
        # a word beside the headline's flow, when it has one ("SOYMEAL EXPORTS", "BUYS SOYMEAL"): not
        # "Black Sea corridor closes after 32.9 mil mt of Ukrainian agri exports"
        if flows and not any(_FLOW_TITLE.match(w) for w in words[max(0, k - 2):k + 4]):
            continue
        for form in (low, low[:-1] if low.endswith("s") else low):
            if form in nouns and not lookup_country(low.capitalize()) and not is_title(form):
                return (form,)
    return ()


def country_mention(code: str, text: str, start: int, end: int) -> Mention:
    return Mention(kind=COUNTRY, name=country_label(code), text=text, start=start, end=end, code=code)


@dataclass(frozen=True, slots=True)
class Frame:
    """A flow a following list continues: "Main destinations for beef were, in tonnes: Israel 16,200 ..."."""
    exporter: Mention | None
    items: tuple[str, ...]
    unit: str | None
    end: int          # where the sentence that set it ends; lists must follow within _FRAME_REACH
    parts: bool = False   # a breakdown: the rows are led by goods ("cotton 26,992"), not by countries


_FRAME_REACH = 400   # characters: the list follows its lead-in in the same or the next paragraph


@dataclass
class TradeContext:
    """Per-article state the trade rules share while reading sentences in order."""
    header_end: int = 0                       # characters before this are headline or dateline
    topic: Mention | None = None              # the headline's, else the dateline's country
    place: Mention | None = None              # the dateline's country
    running: Mention | None = None            # the country whose flow was last stated
    last_unit: tuple[str | None, str | None] = (None, None)   # (unit, currency) of the last figure
    money: str | None = None                  # the currency the story last wrote, even of a balance
    measures: list[tuple[int, str | None, str | None]] = field(default_factory=list)   # this sentence's units
    measured: str | None = None               # the unit of the last figure written, flow or not
    unit_goods: dict[str, tuple[str, ...]] = field(default_factory=dict)   # unit -> goods last measured in it
    last_items: tuple[str, tuple[str, ...]] | None = None     # (unit, items) of the last measured flow
    lede: tuple[str | None, tuple[str, ...]] | None = None     # (currency, items) of the story's first flow
    last_exporter: Mention | None = None      # the exporter of the last event: "X took 5,000 tonnes" of it
    last_flow: tuple[Mention | None, Mention | None, int] | None = None   # its sides and where it ends
    last_amount: Decimal | None = None        # its figure: the parts its buyers take are no larger
    year: int | None = None                   # the story's year: "Moscow" in 1987 is the Soviet Union
    frame: Frame | None = None                # the last flow stated, for lists that continue it
    goods: tuple[str, ...] = ()               # the headline's goods, found as a noun in the body
    origin: Mention | None = None             # the headline's origin of a purchase: "... BUYS FRENCH WHEAT"
    importer: Mention | None = None           # the headline's importer: "DUTCH SOYMEAL IMPORTS FALL"
    lede_importer: Mention | None = None      # the story country, when the story's first flow is its import
    flow_title: bool = False                  # a flow word in the headline: a story may state its flow there only
    us_dollars: bool = False                  # the story writes "U.S. dlrs": then a bare "dlrs" is one too
    used: set[int] = field(default_factory=set)   # token positions of figures already read
    export_deals: set[str] = field(default_factory=set)   # deal nouns the story wrote as "export orders"
    oil: tuple[str, ...] = ("oil",)           # barrels of unnamed goods: crude oil when the story says crude
    scanned: dict[int, list] = field(default_factory=dict)   # sentence start -> its figures, scanned once
    tables: list[tuple[int, int]] = field(default_factory=list)   # text spans of the tables read row by row
    orgs: dict[str, Mention] = field(default_factory=dict)   # an organisation's country, once the story named it

    def org_country(self, org: Mention, text: str = "") -> Mention | None:
        """The country an organisation was tied to earlier in the story ("Egypt's GASC bought ... GASC has
        now bought ..."), noting the tie when this mention states it, also for the acronym in brackets
        after its name ("the General Authority for Supply Commodities (GASC)")."""
        key = org.name.lower()
        if org.affiliation is not None and org.affiliation.kind == COUNTRY:
            self.orgs.setdefault(key, org.affiliation)
            if acronym := _ACRONYM_AFTER.match(text, org.end):
                self.orgs.setdefault(acronym.group(1).lower(), org.affiliation)
            return org.affiliation
        return self.orgs.get(key)

    @classmethod
    def of(cls, doc: Doc, article: Article) -> TradeContext:
        ctx = cls(year=article.date.year if article.date else None,
                  us_dollars=bool(re.search(r"\bU\.?S\.? (?:dlrs|dollars)\b|US\$", article.text, re.I)))
        text = article.text   # the doc's text has the header blanked
        body = 0
        title = article.title
        code_in_title = None
        if title and (at := text.find(title, 0, len(title) + 40)) >= 0:
            body = at + len(title)
            if code := _country_in(title):
                code_in_title = code
                ctx.topic = country_mention(code, title, at, at + len(title))
        if article.dateline and (at := text.find(article.dateline, body)) >= 0:
            if code := place_to_country(article.dateline):
                ctx.place = country_mention(code, article.dateline, at, at + len(article.dateline))
                ctx.topic = ctx.topic or ctx.place
            body = at + len(article.dateline)
        ctx.header_end = body
        if ctx.place is None and (code := _source_country(doc, body)):
            ctx.place = country_mention(code, "", 0, 0)   # no dateline: the country its sources speak for
            ctx.topic = ctx.topic or ctx.place
        if re.search(r"\bcrude\b", text, re.I):
            ctx.oil = ("crude oil",)
        if title:
            ctx.goods = _headline_goods(title, doc)
            ctx.flow_title = _FLOW_TITLE.search(title) is not None
            if code := _headline_importer(title):    # "Russia remains China's top crude supplier"
                ctx.importer = country_mention(code, title, 0, 0)
            elif re.search(r"\bimports?\b", title, re.I) and code_in_title:
                # a story of one country's imports: its suppliers supply it; a country after "from" is a
                # supplier ("Onion imports from China, Pakistan pick up"): the imports are the dateline's
                if (code := _country_in(_FROM_PHRASE.sub(" ", title))) is not None:
                    ctx.importer = country_mention(code, title, 0, 0) if code != code_in_title else ctx.topic
                elif ctx.place is not None and ctx.place.code != code_in_title:
                    ctx.importer = ctx.place
            if re.search(r"\b(buys?|bought|purchases?|imports?|takes?|books?)\b", title, re.I):
                if code := _headline_origin(title, ctx.topic.code if ctx.topic else None):
                    ctx.origin = country_mention(code, title, 0, 0)   # "BRAZIL BUYS FRENCH WHEAT"
            elif re.search(r"\b(exports?|shipments?|sales?|sells?|sold)\b", title, re.I) and ctx.topic is not None \
                    and ctx.topic != ctx.place:   # the headline's own country, not the dateline's
                ctx.origin = ctx.topic   # "FRENCH WHEAT EXPORTS TO EC FALL": the story's buyers buy French
        # a story about export sales or orders calls them "sales" and "orders" after the first mention
        ctx.export_deals.update(m.group(1).lower().rstrip("s") for m in
                                re.finditer(r"\bexport (sales|orders)\b", text, re.I))
        return ctx

    def in_header(self, tok: Token) -> bool:
        return tok.idx < self.header_end

    def of_era(self, m: Mention | None) -> Mention | None:
        """A successor state named for its predecessor in stories written before it existed."""
        if m is None or m.kind != COUNTRY or self.year is None:
            return m
        for code, until, was in _PREDECESSORS:
            if m.code == code and self.year < until:
                return country_mention(was, m.text, m.start, m.end)
        return m

    def local_money(self, currency: str | None, written: str) -> str | None:
        """The story country's dollar, crown, dinar or rupee for a bare "dlrs" / "crowns" / "dinars" / "rupees"
        ("U.S. dlrs" stays USD, "Indian rupees" INR)."""
        code = self.topic.code if self.topic else None
        if currency == LOCAL_CROWN:
            return _LOCAL_CROWNS.get(code)
        if currency == LOCAL_DINAR:
            return _LOCAL_DINARS.get(code)
        if currency == "INR" and code in _LOCAL_RUPEES and not re.search(r"Indian", written, re.I):
            return _LOCAL_RUPEES[code]
        if currency == "FRF" and code in _LOCAL_FRANCS and not re.search(r"French", written, re.I):
            return _LOCAL_FRANCS[code]
        for default, local, named in _LOCAL_OTHERS:
            if currency == default and code in local and not re.search(named, written, re.I):
                return local[code]
        if currency == "USD" and code in _LOCAL_DOLLARS and not self.us_dollars \
                and not re.search(r"U\.?S\.?|\$", written):
            return _LOCAL_DOLLARS[code]
        return currency

    def goods_measured_in(self, unit: str | None) -> tuple[str, ...]:
        """The goods last measured in this unit, else the headline's: what a figure names no goods of."""
        return self.last_items[1] if self.last_items and self.last_items[0] == unit else self.goods

    def flow_before(self, start: int) -> tuple[Mention | None, Mention | None] | None:
        """The sides of the last flow stated, if it ends within reach before `start`."""
        if self.last_flow is None or start - self.last_flow[2] > _FRAME_REACH:
            return None
        return self.last_flow[:2]

    def frame_at(self, start: int) -> Frame | None:
        return self.frame if self.frame and start - self.frame.end <= _FRAME_REACH else None

    def owner(self, not_code: str | None = None, importer: bool = False) -> Mention | None:
        """The country an ownerless flow ("Exports rose to ...") belongs to; not the flow's other side
        ("wheat sales to China" in a story headed CHINA ... from WASHINGTON are the dateline's). An
        ownerless import ("imports from Ecuador fell") is the story's, not the last exporter's."""
        candidates = (self.importer, self.topic, self.place) if importer else (self.running, self.topic, self.place)
        return next((m for m in candidates if m is not None and m.code != not_code), None)
