"""Wire language of the eighth round (short fixtures quoted from the 1987 Reuters corpus, spent sets
only), read the way `kg build` reads a file."""
from decimal import Decimal


def rows(out):
    return [(e.exporter and e.exporter.code, e.destination and e.destination.code, e.items, e.quantity, e.unit,
             e.value, e.currency) for e in out]


def test_quintales_are_a_unit_of_the_story_goods(story):
    # Spanish-speaking producers count coffee in quintales (the plural as the wire writes it)
    out = story("LIMA, April 1 - Peru's coffee exports are under threat, producers said.\n\n"
                "He said Peru exported 1,616,101 quintales in the year to September 1986.",
                headline="PERU COFFEE EXPORTS")
    assert ("PE", None, ("coffee",), Decimal(1616101), "quintal", None, None) in rows(out)


def test_rupees_are_the_story_countrys(story):
    out = story("KARACHI, April 1 - Exports fell to 5.04 billion rupees (provisional) in February from "
                "5.34 billion (final) in January.", headline="PAKISTAN TRADE DEFICIT")
    assert [r[-2:] for r in rows(out)] == [(Decimal("5040000000"), "PKR")]


def test_dinars_are_the_story_countrys(story):
    out = story("BELGRADE, April 1 - Total exports from January 1 to March 23 were valued at 875.59 billion "
                "dinars.", headline="YUGOSLAV EXPORTS RISE")
    assert [r[-2:] for r in rows(out)] == [(Decimal("875590000000"), "YUD")]


def test_earlier_figure_behind_a_record_or_a_previous_is_a_comparison(story):
    out = story("PEKING, April 1 - Customs figures show that China imported 7.73 mln tonnes of grain in 1986, "
                "up from 5.97 mln in 1985 but down from a record 16.15 mln in 1982.")
    assert [r[3] for r in rows(out)] == [Decimal("7730000")]
    out = story("PARIS, April 1 - In flour, exports totalled 980,000 tonnes, up 6.5 pct on a previous 920,000 "
                "tonnes.", headline="FRENCH WHEAT EXPORTS")
    assert [r[3] for r in rows(out)] == [Decimal(980000)]


def test_the_same_flow_compared_is_its_earlier_period(story):
    out = story("TAIPEI, April 1 - Taiwan has set a calendar 1987 import target of 2.92 mln tonnes compared with "
                "imports of 3.05 mln in 1986.", headline="TAIWAN MAIZE IMPORTS")
    assert out == []


def test_a_value_of_the_goods_just_measured_is_their_value(story):
    out = story("LIMA, April 1 - He said Peru exported 1,381,009 quintales to ICO members last year with a value "
                "of around 230 mln dlrs.", headline="PERU COFFEE EXPORTS")
    assert rows(out) == [("PE", None, ("coffee",), Decimal(1381009), "quintal", Decimal(230000000), "USD")]


def test_bracketed_shares_of_the_deal_just_stated(story):
    out = story("WASHINGTON, April 1 - The Commodity Credit Corporation accepted bids for export bonuses to cover "
                "sales of 225,000 tonnes of U.S. wheat to Jordan, the U.S. Agriculture Department said.\n\n"
                "The bonus awards were made to Louis Dreyfus Corp (200,000 tonnes), and Continental Grain Co "
                "(25,000 tonnes) and will be paid in the form of commodities from CCC stocks.",
                headline="JORDAN BUYS U.S. WHEAT")
    assert [r[:4] for r in rows(out)][1:] == [("US", "JO", ("wheat",), Decimal(200000)),
                                              ("US", "JO", ("wheat",), Decimal(25000))]


def test_bracketed_shares_of_a_plan_are_not_flows(story):
    out = story("KARACHI, April 1 - Pakistan bought 100,000 tonnes of white sugar from a North Korean operator at "
                "its weekend tender, traders said.\n\nThe purchase was due to be shipped for arrival in May "
                "(30,000 tonnes), in June (25,000 tonnes) and in July (45,000 tonnes).")
    assert [r[3] for r in rows(out)] == [Decimal(100000)]


def test_named_goods_export_revenue_is_their_export_value(story):
    out = story("BOGOTA, April 1 - Colombia's coffee export revenue dropped 97 mln dlrs to 233.6 mln dlrs for the "
                "first two months of the year against 330.9 mln dlrs in the similar period of 1986.",
                headline="COLOMBIA COFFEE REVENUE DOWN")
    assert [r[:3] + r[5:] for r in rows(out)] == [("CO", None, ("coffee",), Decimal("233600000"), "USD")]


def test_earned_from_exports_when_the_parser_hangs_from_on_the_sum(story):
    out = story("HARARE, April 1 - Robin Taylor told the domestic news agency ZIANA that Zimbabwe earned the "
                "equivalent of 33 mln U.S. Dlrs from coffee exports last year.", headline="ZIMBABWE COFFEE OUTPUT")
    assert [r[:3] + r[5:] for r in rows(out)] == [("ZW", None, ("coffee",), Decimal(33000000), "USD")]


def test_capital_exports_are_no_goods(story):
    out = story("ZURICH, April 1 - Swiss capital exports rose to 4.64 billion francs in January after 2.54 billion "
                "in December, the Swiss National Bank said.", headline="SWISS CAPITAL EXPORTS RISE")
    assert out == []
