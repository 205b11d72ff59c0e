"""Statistics tables in plain text: one row per country under a flow the story has just stated.

Wire copy prints a country's trade by partner as columns ("Main buyers in January-June were:" then
"   Indonesia    498,200    61,400"): the parser reads such rows as broken sentences, so they are
read here from the text itself. A row is a country name, two or more spaces, and numbers; the first
number is the current period (Reuters puts it first) unless the header's years rise to the right.
The flow stated before the table says who the rows are: the destinations of an exporter's exports,
or the origins of an importer's imports; its goods and unit carry over, or the header's "(in tonnes)".
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.shared.country_names import lookup_country
from kg.extract.trade.clauses import NAME
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.context import TradeContext, country_mention
from kg.extract.trade.figures import plain
from kg.extract.trade.lexicon import PLURALIA_TANTUM
from kg.extract.trade.quantities import UNITS, parse_number
from kg.facts import Article, Evidence, Export

_NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?"
_ROW = re.compile(rf"^[ \t]*(?P<label>[A-Z][A-Za-z.'&/ -]*?[A-Za-z.)])[ \t]{{2,}}"
                  rf"(?P<cells>{_NUMBER}(?:[ \t]+\S+)*)[ \t]*$")
# "(in tonnes)", "(mln dlrs)", "('000t)"; also "(bln dlrs, pct change from ...)"
_HEADER_UNIT = re.compile(r"\((?:in )?(?:(?P<scale>thousands?|mln|bln|millions?|billions?|'000)(?:\s+|(?<=000))"
                          r"(?:of\s+)?)?(?P<unit>[a-z$ ]+?)(?:[,;][^)]*)?\)", re.I)
_SCALES = {"thousand": 10 ** 3, "thousands": 10 ** 3, "'000": 10 ** 3, "mln": 10 ** 6, "million": 10 ** 6,
           "bln": 10 ** 9, "millions": 10 ** 6, "billion": 10 ** 9, "billions": 10 ** 9}
_MONEY = {"dlrs": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "us dollars": "USD", "yen": "JPY", "stg": "GBP"}
_YEAR = re.compile(r"(?<![\d,])(?:19|20)?(\d\d)(?![\d,])")
_REACH = 600          # characters from the flow stated to the table's first row
_NOT_ROWS = frozenset({"total", "others", "other", "of which", "sub-total", "subtotal"})


@dataclass(frozen=True)
class _Row:
    start: int
    end: int
    label: str
    cells: list[str]


_COLUMNS = re.compile(r"\S[ \t]{2,}\S|^\(.*\)$")   # a header's columns, or "(in tonnes)" alone
_GAP_NUMBER = re.compile(r"[A-Za-z.)][ \t]{2,}\d")


def find_tables(text: str, body: int) -> list[tuple[list[_Row], str, int]]:
    """The story's tables (runs of two or more rows) with their headers; none in most stories."""
    return list(_tables(text, body)) if _GAP_NUMBER.search(text, body) else []


def table_events(doc: Doc, article: Article, ctx: TradeContext, found: list[Export],
                 tables: list[tuple[list[_Row], str, int]]) -> Iterator[Export]:
    """One event per row of each table that follows a stated flow: a country row is the flow's other
    side; under a lead-in "by maker" or "export items", a row of goods or of sellers is a part of it."""
    text = article.text
    for rows, header, head_start in tables:
        near = [e for e in reversed(found) if e.evidence.end <= rows[0].start
                and rows[0].start - e.evidence.end <= _REACH]
        countries = any(lookup_country(r.label) for r in rows)
        named = _named_in(text[text.rfind("\n\n", 0, rows[0].start) + 1:rows[0].start])
        # a lead-in of its own ("Imports of key commodities (mln tons):") says whose rows these are before
        # the flow stated above it does
        seed = None if countries else _lead_seed(text, min(head_start, rows[0].start), article, ctx)
        led_by_goods = seed is not None   # the lead-in named the goods' rows: "main commodity exports, in ..."
        if seed is None:
            seed = next((e for e in near if (e.exporter is None) != (e.destination is None)), None) if countries \
                else next((e for e in near if named <= {m.code for m in (e.exporter, e.destination) if m}), None)
        if seed is None and countries:   # "Port Hedland iron ore exports by destination (mln tonnes):"
            seed = _lead_seed(text, min(head_start, rows[0].start), article, ctx, by_country=True)
        if seed is None:
            continue   # no flow just stated: whose rows these are is not said
        lead = text[seed.evidence.end:rows[0].start]
        by_goods = led_by_goods or _GOODS_LEAD.search(lead) is not None
        if not countries and not (by_goods or _BY_PART.search(lead)):
            continue   # rows of what? ("Sept 96  Sept 95" under prose that names no breakdown)
        unit, scale, currency = _header_unit(header)
        if unit is None and currency is None:
            unit, scale, currency = _lead_unit(lead)
        if unit is None and currency is None:
            unit, currency = seed.unit, seed.currency if seed.quantity is None else None
        column = _current_column(header)
        money = currency is not None and unit is None
        # the goods the lead-in right above the rows names ("Seafood exports to key markets in the first
        # half:"), over those of the flow stated before it
        named_goods = _lead_goods(text, min(head_start, rows[0].start)) if countries else None
        for row in rows:
            if row.label.lower() in _NOT_ROWS or column >= len(row.cells) or not _plain_number(row.cells[column]):
                continue
            amount = parse_number(row.cells[column].replace(",", ""))
            if amount is None or amount == 0:
                continue
            amount = plain(amount * scale)
            made = _row_event(doc, row, seed, countries, by_goods, ctx)
            if made is None:
                continue
            exporter, destination, items = made
            items = (named_goods,) if named_goods else items
            evidence = Evidence(article.id, row.start, row.end, text[row.start:row.end], NAME, 0.6)
            yield Export(exporter=exporter, destination=destination, items=items, evidence=evidence,
                         quantity=None if money else amount, unit=None if money else unit,
                         value=amount if money else None, currency=currency if money else None)


_LEAD_FLOW = re.compile(r"\b(?P<out>exports?|shipments?|sales)\b|\b(?P<in>imports?|purchases|arrivals)\b", re.I)
# "in thousand tonnes", "in thousands of 60-kg bags"
_LEAD_UNIT = re.compile(r"\bin (?:(?P<scale>thousands?|mln|bln|millions?|billions?) (?:of )?)?(?:\d+-kg )?(?:metric )?"
                        r"(?P<unit>[a-z]+)\b", re.I)


def _lead_seed(text: str, top: int, article: Article, ctx: TradeContext, by_country: bool = False) -> Export | None:
    """The flow a table's lead-in (the paragraph above its header, which starts at `top`) names
    without a figure of its own: "Exports of the following commodities ..., in thousand tonnes --"
    (the story's country's exports, by goods); with `by_country`, rows of countries under a lead-in
    of a flow by destination or origin ("iron ore exports by destination (mln tonnes):"), its goods named."""
    begin, lead = _lead_in(text, top)
    m = _LEAD_FLOW.search(lead)
    if m is None or not (_BY_COUNTRY.search(lead) if by_country else _GOODS_LEAD.search(lead)):
        return None
    side = ctx.owner() if m.group("out") else ctx.owner(importer=True)
    if side is None:
        return None
    at = begin + m.start()
    evidence = Evidence(article.id, at, at, "", NAME, 0.6)
    goods = _goods_before(lead, m) if by_country else None
    return Export(exporter=side if m.group("out") else None, destination=None if m.group("out") else side,
                  items=(goods,) if goods else (), evidence=evidence)


def _lead_goods(text: str, top: int) -> str | None:
    """The goods a table's lead-in (the paragraph above its header, which starts at `top`) names right
    before its flow word: "Seafood exports to key markets ..." -> seafood."""
    lead = _lead_in(text, top)[1]
    m = _LEAD_FLOW.search(lead)
    return None if m is None else _goods_before(lead, m, last=4)


def _lead_in(text: str, top: int) -> tuple[int, str]:
    """Where the paragraph that ends at `top` starts, and its text: a table's lead-in."""
    begin = text.rfind("\n\n", 0, len(text[:top].rstrip()))
    begin = begin + 2 if begin >= 0 else 0
    return begin, text[begin:top]


def _goods_before(lead: str, flow: re.Match, last: int | None = None) -> str | None:
    """The goods named before the lead-in's flow word (in its `last` words), the longest name first."""
    words = re.findall(r"[a-z]+", lead[:flow.start()].lower())[-last if last else 0:]
    return next((g for k in range(len(words)) if (g := commodity_named(words[k:]))), None)


_BY_COUNTRY = re.compile(r"\bby (?:destination|origin|country|source|market|buyer|supplier)s?\b", re.I)


def _lead_unit(lead: str) -> tuple[str | None, int, str | None]:
    """"..., in thousand tonnes, unless noted": the unit a lead-in declares for the rows."""
    for m in _LEAD_UNIT.finditer(lead):
        word = m.group("unit").lower()
        scale = _SCALES.get((m.group("scale") or "").lower(), 1)
        if word in UNITS:
            return UNITS[word], scale, None
        if word in _MONEY:
            return None, scale, _MONEY[word]
    return None, 1, None


def _named_in(lead: str) -> set[str]:
    """The countries a table's lead-in names ("Car exports to the U.S. by maker"): its rows are parts
    of the flow between them."""
    words = re.findall(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?", lead)
    return {found[1] for w in words if (found := lookup_country(w) or lookup_country(w.split()[0]))}


def _row_event(doc: Doc, row: _Row, seed: Export, countries: bool, by_goods: bool, ctx: TradeContext):
    """(exporter, destination, items) of a row, or None."""
    if not countries:   # "Ships  702" under "export items"; "Toyota  31,205" under "by maker"
        goods = _goods(doc, row) if by_goods else ()
        return (seed.exporter, seed.destination, goods or seed.items) if goods or not by_goods else None
    country = lookup_country(row.label)
    if country is None:
        return None
    side = country_mention(country[1], row.label, row.start, row.start + len(row.label))
    if seed.exporter is not None and side.code == seed.exporter.code \
            or seed.destination is not None and side.code == seed.destination.code:
        return None
    if seed.exporter is not None:
        return seed.exporter, ctx.of_era(side), seed.items
    return ctx.of_era(side), seed.destination, seed.items


# Row labels that name no goods: blocs and regions (summary rows never reach here: _NOT_ROWS)
_NOT_GOODS_ROWS = frozenset({"asia", "europe", "africa", "americas", "america", "middle east", "latin america",
                             "eu", "ec", "asean", "opec", "oecd", "world"})


_GOODS_LEAD = re.compile(r"\b(?:items?|products?|goods|commodit(?:y|ies)|categor(?:y|ies)|sectors?)\b", re.I)
_BY_PART = re.compile(r"\bby (?:maker|manufacturer|company|firm|producer|exporter|shipper|port|brand|grade)s?\b",
                      re.I)
_NAMES = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})


def _goods(doc: Doc, row: _Row) -> tuple[str, ...]:
    """A row led by goods ("Consumer electronics  671  714"): common nouns the tagger names no entity,
    not a company ("Toyota  31,205"), a bloc or a region."""
    span = doc.char_span(row.start, row.start + len(row.label), alignment_mode="expand")
    words = row.label.split()
    if span is None or row.label.lower() in _NOT_GOODS_ROWS or any(t.ent_type_ in _NAMES for t in span) \
            or any(w[:1].isupper() for w in words[1:]) and not all(w[:1].isupper() for w in words):
        return ()   # "Soybean Meal" and "Consumer electronics" are goods; "Nippon Steel Corp" is none
    *mods, head = row.label.lower().split()
    if head not in PLURALIA_TANTUM:   # the tagger reads a table row badly: its lemmas are not to be trusted
        head = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") and not \
            head.endswith(("ss", "us")) else head
    return (" ".join([*mods, head]),)


def _tables(text: str, body: int) -> Iterator[tuple[list[_Row], str, int]]:
    """Runs of two or more row lines, each with its header (the two lines above) and where the
    header's column lines start ("Jan 97   Jan 96": numbers of no flow)."""
    rows: list[_Row] = []
    at = body
    header, start, above = "", 0, []
    for line in text[body:].splitlines(keepends=True):
        stripped = line.rstrip("\n")
        m = _ROW.match(stripped)
        if m and not _sentence(stripped):
            if not rows:
                header = "\n".join(t for _, t in above[-2:])   # "LNG IMPORTS BY SOURCE (in tonnes)" / "Jan 97  Jan 96"
                start = at + m.start("label")
                for begin, t in reversed(above[-2:]):
                    if _sentence(t) or not _COLUMNS.search(t.strip()):   # prose above keeps its figures
                        break
                    start = begin
            rows.append(_Row(at + m.start("label"), at + len(stripped), m.group("label").strip(),
                             m.group("cells").split()))
        else:
            if len(rows) >= 2:
                yield rows, header, start
            rows = []
            if stripped.strip():
                above.append((at, stripped))
        at += len(line)
    if len(rows) >= 2:
        yield rows, header, start


def _sentence(line: str) -> bool:
    """A line of prose that happens to hold a gap and a number ends like a sentence."""
    line = line.rstrip()
    return line.endswith((".", ":")) and not line[-2:-1].isdigit()


_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _plain_number(cell: str) -> bool:
    return _PLAIN_NUMBER.fullmatch(cell) is not None


def _header_unit(header: str) -> tuple[str | None, int, str | None]:
    """"(in tonnes)" -> tonne; "(mln dlrs)" -> USD in millions."""
    if money := _MONEY_FIRST.search(header):   # "Value (US$ mln)": the currency before its scale
        return None, _SCALES[money.group(2).lower()], _MONEY[money.group(1).lower()]
    m = _HEADER_UNIT.search(header)
    if m is None:
        return None, 1, None
    scale = _SCALES.get((m.group("scale") or "").lower(), 1)
    words = m.group("unit").strip().lower()
    if words in _MONEY:
        return None, scale, _MONEY[words]
    return UNITS.get(words) or _SHORT_UNITS.get(words), scale, None


_SHORT_UNITS = {"t": "tonne", "bbl": "barrel"}   # a header's abbreviations: "('000t)"
_MONEY_FIRST = re.compile(r"\((us\$|\$|us dollars|dlrs|dollars|yen|stg) (mln|million|millions|bln|billion|billions|"
                          r"thousands?)\)", re.I)


def _current_column(header: str) -> int:
    """The first column, unless the header's years rise to the right ("1995  1996")."""
    # the column line, not a lead-in sentence above it ("... (in bpd, with pct change from June 1996):")
    cleaned = _HEADER_UNIT.sub("", "\n".join(line for line in header.split("\n") if not _sentence(line)))
    years = [int(y) for y in _YEAR.findall(cleaned)]
    return len(years) - 1 if len(years) >= 2 and years == sorted(years) and len(set(years)) == len(years) else 0
