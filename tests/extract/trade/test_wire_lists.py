"""Lists, tables and agreement totals in wire copy (short fixtures quoted from the 1987 Reuters corpus,
spent sets only), read the way `kg build` reads a file."""
from decimal import Decimal

import pytest


def rows(out):
    return [(e.exporter and e.exporter.code, e.destination and e.destination.code, e.items, e.quantity)
            for e in out]


def test_agreement_pair_names_the_destination(story):
    # hard: the sentence names the USSR only inside "U.S.-USSR", one token the parser calls a compound
    out = story("WASHINGTON, April 1 - There were 106,200 tonnes of U.S. corn shipped to the Soviet Union in the "
                "week ended March 26, the U.S. Agriculture Department said.\n\nTotal shipments in the third year "
                "of the U.S.-USSR grains agreement, which ended September 30, amounted to 152,600 tonnes of wheat "
                "and 6,808,100 tonnes of corn.", headline="GRAIN SHIPMENTS TO THE USSR")
    assert rows(out)[1:] == [("US", "SU", ("wheat",), Decimal(152600)), ("US", "SU", ("corn",), Decimal(6808100))]


def test_hyphenated_pair_of_talks_names_no_destination(story):
    out = story("WASHINGTON, April 1 - U.S. exports rose to 20.4 billion dlrs in February as U.S.-Japan trade "
                "talks continued.")
    assert [e.destination for e in out] == [None]


def test_bracketed_figures_after_countries_are_the_rows(story):
    # hard: "(" before a figure usually marks the earlier period; after a country it is the row's own
    out = story("MELBOURNE, April 1 - Australian wheat shipments rose to 1.33 mln tonnes in February.\n\n"
                "The major destinations in February were: China (419,196 tonnes), Egypt (301,909) and the "
                "Soviet Union (100,056 tonnes).", headline="AUSTRALIAN WHEAT EXPORTS RISE")
    assert rows(out)[1:] == [("AU", "CN", ("wheat",), Decimal(419196)), ("AU", "EG", ("wheat",), Decimal(301909)),
                             ("AU", "SU", ("wheat",), Decimal(100056))]


def test_breakdown_rows_are_flows_of_their_own_goods(story):
    # hard: no trade word in the row sentence; the bracketed figures are last year's
    out = story("BUENOS AIRES, April 1 - Argentine subproducts shipments during January/December 1986 totalled "
                "5,618,315 tonnes, against 4,815,188 tonnes in the same period of 1985.\n\n"
                "Breakdown was as follows: cotton 26,992 (41,933), sunflower 1,403,230 (1,190,862), "
                "fiber cotton 3,256 (107,752), rape nil (nil), the board added.",
                headline="ARGENTINE SUBPRODUCTS SHIPMENTS IN 1986")
    assert rows(out) == [("AR", None, ("subproduct",), Decimal(5618315)), ("AR", None, ("cotton",), Decimal(26992)),
                         ("AR", None, ("sunflower",), Decimal(1403230)),
                         ("AR", None, ("fiber cotton",), Decimal(3256))]


def test_country_rows_under_a_destination_lead_take_the_headline_goods(story):
    out = story("BUENOS AIRES, April 1 - Shipments of subproducts amounted to 418,755 tonnes in December.\n\n"
                "The ten principal destinations during January/December 1986 were as "
                "follows, in tonnes:\n\nHolland 2,444,260 (2,234,049), Belgium 546,423 (595,635).",
                headline="ARGENTINE SUBPRODUCTS SHIPMENTS IN 1986")
    assert rows(out)[-2:] == [("AR", "NL", ("subproduct",), Decimal(2444260)),
                              ("AR", "BE", ("subproduct",), Decimal(546423))]


def test_parts_of_a_purchase_keep_its_sides_and_a_programme_number_is_no_figure(story):
    out = story("CAIRO, April 1 - Egypt bought 125,723 tonnes of U.S. wheat flour in its PL 480 tender "
                "yesterday, trade sources said.\n\nThe purchase included 51,880 tonnes for May shipment and "
                "73,843 tonnes for June shipment.")
    assert rows(out) == [("US", "EG", ("wheat flour",), Decimal(125723)),
                         ("US", "EG", ("wheat flour",), Decimal(51880)),
                         ("US", "EG", ("wheat flour",), Decimal(73843))]


def test_row_country_the_tagger_merged_with_its_figure(story):
    # hard: the tagger reads "Guatemalan 196" as one organisation
    out = story("THE HAGUE, April 1 - Dutch green coffee imports fell to 10,430 tonnes in January.\n\n"
                "Imports of Colombian coffee were 2,169 tonnes (3,025 in January 1986), "
                "Brazilian 483 (3,715), Guatemalan 196 (126), Cameroun 464 (560) and Ivory Coast 353 (839).")
    assert [(r[0], r[3]) for r in rows(out)[1:]] == [("CO", Decimal(2169)), ("BR", Decimal(483)), ("GT", Decimal(196)),
                                                 ("CM", Decimal(464)), ("CI", Decimal(353))]


@pytest.mark.parametrize("body", [
    "HONG KONG, April 1 - Imports rose to 24.12 billion dlrs, up 2.6 pct from January's 23.52 billion dlrs and "
    "42 pct above the 16.98 billion dlrs recorded in February 1986.",
    "LONDON, April 1 - The report sees EC imports falling to 91.7 mln tonnes in 2000 from 123.6 mln in 1985 with "
    "Japanese imports falling to 89 mln from 124.6 mln tonnes.",
    "WASHINGTON, April 1 - In its supply-demand report, the USDA raised its estimate for 1986/87 Soviet grain "
    "imports to 26 mln tonnes from 23 mln.",
    "BRUSSELS, April 1 - Certificates were also granted for the export of 15,000 tonnes of maize at a maximum "
    "rebate of 132.90 Ecus per tonne, the traders said.",
])
def test_comparisons_projections_and_licences_are_no_flows(story, body):
    assert [e.value or e.quantity for e in story(body)] in ([], [Decimal("24120000000")])


def test_goods_coordinated_before_the_flow_noun_are_its_items(story):
    # hard: the parser hangs "Crude oil and natural gas" on "exports" as one nominal modifier
    out = story("OSLO, April 1 - Exports dropped to 10.66 billion crowns last month.\n\nCrude oil and natural gas "
                "exports totalled 4.56 billion crowns in February, against 5.10 billion in January.",
                headline="NORWAY TRADE")
    assert [(e.exporter.code, e.items, e.value, e.currency) for e in out][1:] == [
        ("NO", ("crude oil", "natural gas"), Decimal("4560000000"), "NOK")]


def test_goods_excluded_by_non_are_no_items(story):
    out = story("JAKARTA, April 1 - Indonesia's non-oil and gas exports fell to 5.79 billion dlrs in calendar 1986 "
                "from 5.98 billion in 1985.", headline="INDONESIA TRADE")
    assert [(e.exporter.code, e.items) for e in out] == [("ID", ())]


def test_breakdown_rows_take_the_unit_of_the_total(story):
    # hard: the rows say no unit and the lead declares none; the total before them is in tonnes
    out = story("BUENOS AIRES, April 1 - Argentine vegetable oils shipments during November amounted to 138,257 "
                "tonnes.\n\nThe breakdown was: sunflower 27,715 (43,064), linseed 5,228 (4,473).",
                headline="ARGENTINE VEGETABLE OIL SHIPMENTS")
    assert [(e.items, e.quantity, e.unit) for e in out][-2:] == [(("sunflower",), Decimal(27715), "tonne"),
                                                                 (("linseed",), Decimal(5228), "tonne")]
