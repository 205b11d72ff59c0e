"""Statistics tables in plain text (trade/tables.py): one event per row under the flow just stated.
Hand-made stories in the layout of 1990s wire tables; none is copied from a gold set."""
from decimal import Decimal

EXPORTS_BY_BUYER = """VIENTIANE 1996-08-02

Laos exported 81,000 tonnes of coffee in the first half of 1996, the trade ministry said on Friday.

Main buyers were:

   (in tonnes)      Jan-Jun 96   Jan-Jun 95
   Vietnam            31,200       28,400
   Thailand           22,050       19,900
   Others             27,750       20,100
   Total              81,000       68,400

Coffee prices were steady at $1,420 a tonne."""

IMPORTS_BY_SOURCE = """OSLO 1997-03-03

Norway's imports of primary aluminium totalled 42,100 tonnes in February, customs data showed.

  (in tonnes)        1996      1997
  Sweden            9,800    11,250
  Iceland           7,300     8,020"""

EXPORTS_BY_GOODS = """SEOUL 1996-11-01

South Korea's exports rose 4 percent to $11.2 billion in October, the ministry said.

Other major export items:
  (in mln dlrs)           Oct 96    Oct 95
  Ships                      702       611
  Petrochemicals             455       398"""

EXPORTS_BY_MAKER = """TOKYO 1996-10-25

Japan's car exports to the United States rose 6.2 percent to 120,400 units in September, the industry
association said.

Car exports to the U.S. by maker (in units):
                 Sept 96    Sept 95
  Toyota          31,205     26,874
  Honda           18,940     15,102"""


def rows(events):
    return {(e.exporter and e.exporter.code, e.destination and e.destination.code, e.items, e.quantity or e.value)
            for e in events if "\n" not in e.evidence.sentence and "   " in e.evidence.sentence}


def test_a_buyers_table_gives_each_country_its_current_column(story):
    out = story(EXPORTS_BY_BUYER, headline="Laos H1 coffee exports up", date="1996-08-02")
    assert rows(out) == {("LA", "VN", ("coffee",), Decimal(31_200)), ("LA", "TH", ("coffee",), Decimal(22_050))}


def test_a_suppliers_table_with_years_rising_reads_the_last_column(story):
    out = story(IMPORTS_BY_SOURCE, headline="Norway Feb aluminium imports", date="1997-03-03")
    assert rows(out) == {("SE", "NO", ("primary aluminium",), Decimal(11_250)),
                         ("IS", "NO", ("primary aluminium",), Decimal(8_020))}


def test_a_table_of_goods_is_the_flows_breakdown(story):
    out = story(EXPORTS_BY_GOODS, headline="S.Korea Oct exports up", date="1996-11-01")
    assert rows(out) == {("KR", None, ("ship",), Decimal(702_000_000)),
                         ("KR", None, ("petrochemical",), Decimal(455_000_000))}


def test_a_table_by_maker_breaks_down_the_flow_its_lead_in_names(story):
    out = story(EXPORTS_BY_MAKER, headline="Japan Sept car exports to U.S. up", date="1996-10-25")
    assert rows(out) == {("JP", "US", ("car",), Decimal(31_205)), ("JP", "US", ("car",), Decimal(18_940))}
    assert not any(e.quantity in (95, 26_874, 15_102) for e in out)   # headers and earlier columns


SEASON_EXPORTS = """WASHINGTON 1996-04-09

Exports of the following commodities since the start of the season, as reported to the USDA by
exporters, in thousand tonnes --

               4/2/96    Prev Wk   4/3/95
 Wheat        18,310.2  17,902.5  19,725.8
 Barley          901.4     877.0     812.9"""


def test_a_lead_in_with_no_figure_of_its_own_names_the_tables_flow_and_unit(story):
    out = story(SEASON_EXPORTS, headline="SEASONAL EXPORTS REPORTED BY U.S. EXPORTERS", date="1996-04-09")
    assert rows(out) == {("US", None, ("wheat",), Decimal(18_310_200)), ("US", None, ("barley",), Decimal(901_400))}
