"""How wire copy states trade: hand-made stories in Reuters style (none copied from the gold set),
read the way `kg build` reads a file (date line, headline, dateline blanked for the parser)."""
from decimal import Decimal

import pytest

from kg.build import parser_text
from kg.extract.trade.context import place_to_country
from kg.extract.trade.exports import extract_exports
from kg.sources import read_txt


@pytest.fixture
def story(nlp, tmp_path):
    def read(body: str, headline: str = "TRADE FIGURES", date: str = "1987-05-04"):
        path = tmp_path / "reut-t.txt"
        path.write_text(f"{date}\n{headline}\n\n{body}\n", encoding="utf-8")
        src = read_txt(path)
        return src, list(extract_exports(nlp(parser_text(src)), src.article))
    return read


def sides(e):
    return (e.exporter and e.exporter.code, e.destination and e.destination.code)


def test_headline_and_dateline_are_context_not_events(story):
    src, out = story("CAIRO, May 4 - Egypt bought 150,000 tonnes of wheat at its tender on Sunday, traders said.",
                     headline="EGYPT BUYS 150,000 TONNES OF WHEAT")
    assert src.article.title == "EGYPT BUYS 150,000 TONNES OF WHEAT" and src.article.dateline == "CAIRO"
    (e,) = out   # the headline restates the body: one event, read from the body sentence
    assert sides(e) == (None, "EG") and e.quantity == Decimal(150000) and e.items == ("wheat",)
    assert src.article.text[e.evidence.start:e.evidence.end].startswith("Egypt bought")


def test_buyer_side_verb_takes_the_origin_adjective_as_exporter(story):
    _, (e,) = story("TOKYO, May 4 - Japanese crushers bought 12,000 tonnes of Australian rapeseed overnight.")
    assert sides(e) == ("AU", "JP") and e.items == ("rapeseed",)


def test_optional_origin_names_no_exporter(story):
    _, (e,) = story("DHAKA, May 4 - Bangladesh purchased 20,000 tonnes of optional origin soybean oil.")
    assert sides(e) == (None, "BD")


def test_ownerless_flows_take_the_story_country_and_the_last_currency(story):
    _, out = story("OSLO, May 4 - Norway's exports rose to 9.12 billion crowns in April from 8.7 billion in "
                   "March.\n\nImports fell to 7.05 billion from 7.6 billion.")
    assert [(sides(e), e.value) for e in out] == [(("NO", None), Decimal("9120000000")),
                                                  ((None, "NO"), Decimal("7050000000"))]


def test_wire_money_and_comparison_figures(story):
    _, out = story("SEOUL, May 4 - Exports were 3.1 billion dlrs in April against 2.9 billion in March and "
                   "2.4 billion a year earlier.")
    assert [(sides(e), e.value, e.currency) for e in out] == [(("KR", None), Decimal("3100000000"), "USD")]


def test_balances_and_prices_are_not_flows(story):
    _, out = story("MANILA, May 4 - The trade deficit widened to 210 mln dlrs in April. The Philippines sold "
                   "5,000 tonnes of copra to Italy at 210 dlrs per tonne.")
    assert [(sides(e), e.quantity, e.value) for e in out] == [(("PH", "IT"), Decimal(5000), None)]


def test_list_elements_with_their_own_country_and_shared_unit(story):
    _, out = story("PARIS, May 4 - French wheat exports rose to 310,000 tonnes in April. Italy took 90,000 "
                   "tonnes, Algeria 70,500 and Spain 41,000 tonnes of barley.")
    got = [(sides(e), e.quantity, e.unit) for e in out]
    assert (("FR", "IT"), Decimal(90000), "tonne") in got
    assert (("FR", "DZ"), Decimal(70500), "tonne") in got


def test_tenders_permits_and_forecasts_are_not_events(story):
    _, out = story("ANKARA, May 4 - Turkey has announced a tender to import 80,000 tonnes of sugar. The "
                   "Commission authorised the export of 40,000 tonnes of barley. Exports are expected to "
                   "reach 2 mln tonnes next year.")
    assert out == []


def test_a_range_is_its_lower_bound(story):
    _, (e,) = story("MOSCOW, May 4 - The Soviet Union has bought 2 to 3 mln tonnes of maize this season.")
    assert (sides(e), e.quantity, e.unit) == ((None, "SU"), Decimal(2000000), "tonne")


def test_barrels_per_day_and_ships_loading_in_the_story_country(story):
    _, out = story("ROUEN, May 4 - Three ships are loading 45,000 tonnes of wheat for China.")
    assert [(sides(e), e.quantity) for e in out] == [(("FR", "CN"), Decimal(45000))]
    _, (e,) = story("QUITO, May 4 - Ecuador exported 180,000 bpd of crude oil in April.")
    assert (e.unit, e.quantity, e.items) == ("barrel", Decimal(180000), ("crude oil",))


@pytest.mark.parametrize("place,code", [("ROUEN", "FR"), ("KANSAS CITY", "US"), ("KUALA LUMPUR", "MY"),
                                        ("WASHINGTON", "US"), ("SAO PAULO", "BR")])
def test_datelines_map_cities_to_countries(place, code):
    assert place_to_country(place) == code


def test_a_list_after_the_event_continues_it(story):
    # the second sentence names no trade word: its figures are the first one's flow, each with its country
    _, out = story("PARIS, May 4 - French exporters sold 120,000 tonnes of soft wheat to third countries "
                   "last week, trade sources said. They include 40,000 tonnes for Egypt, 30,000 for "
                   "Morocco and 25,000 for Algeria.", headline="FRENCH WHEAT SALES")
    listed = {(sides(e), e.quantity) for e in out if e.destination is not None}
    assert listed == {(("FR", "EG"), 40000), (("FR", "MA"), 30000), (("FR", "DZ"), 25000)}
    assert all(e.items == ("soft wheat",) and e.unit == "tonne" for e in out)


def test_countries_credited_with_figures_take_the_events_side(story):
    _, out = story("LONDON, May 4 - Britain exported 300,000 tonnes of barley in April. Saudi Arabia was the "
                   "largest buyer, taking 120,000 tonnes, while Jordan was credited with 60,000 and Cyprus "
                   "20,000 tonnes.", headline="UK BARLEY EXPORTS")
    got = {(sides(e), e.quantity) for e in out}
    assert {(("GB", "JO"), 60000), (("GB", "CY"), 20000)} <= got


def test_a_list_under_a_forecast_is_no_flow(story):
    _, out = story("PARIS, May 4 - France sold 50,000 tonnes of wheat to China last week. A ship is expected "
                   "to load another 12,000 tonnes for China next month.", headline="FRENCH WHEAT")
    assert [e.quantity for e in out] == [50000]


def test_from_a_to_b_is_a_change_not_a_range(story):
    _, out = story("BANGKOK, May 4 - Thai exports were down. March exports fell from 81,200 to 40,350 tonnes.",
                   headline="THAI SUGAR EXPORTS FALL")
    assert [(sides(e), e.quantity, e.qualifier) for e in out] == [(("TH", None), 40350, None)]


def test_a_figure_after_the_other_flow_noun_is_not_this_flows(story):
    _, out = story("PRETORIA, May 4 - This brought total exports for the first quarter to 5.21 billion rand "
                   "and imports to 3.14 billion rand.", headline="SOUTH AFRICAN TRADE")
    exported = [e.value for e in out if e.exporter is not None and e.exporter.code == "ZA"]
    assert exported == [Decimal("5210000000")]


def test_measure_words_are_not_part_of_the_goods(story):
    _, out = story("WASHINGTON, May 4 - Gross crude imports averaged 3.92 mln barrels per day in the first "
                   "quarter, the institute said.", headline="U.S. CRUDE IMPORTS RISE")
    assert [e.items for e in out] == [("crude oil",)]


def test_a_cargo_carried_from_a_country_is_its_shipment(story):
    _, out = story("HAVANA, May 4 - The bulk carrier Nordic, 60,000 tonnes dw, was carrying a cargo of "
                   "42,000 tonnes of iron ore from Trombetas, Brazil, to Cuba when it ran aground.",
                   headline="SHIP AGROUND OFF CUBA")
    assert [(sides(e), e.quantity, e.items) for e in out] == [(("BR", "CU"), 42000, ("iron ore",))]


def test_a_load_carried_from_nowhere_named_is_no_trade(story):
    _, out = story("LONDON, May 4 - The tanker was carrying 80,000 tonnes of crude oil when it caught fire.",
                   headline="TANKER FIRE")
    assert out == []


def test_a_value_after_a_percent_change_is_the_flow(story):
    _, out = story("ANKARA, May 4 - Exports were down 6.3 pct at 7.45 billion dlrs in 1986, while imports "
                   "were down 2.1 pct at 11.10 billion dlrs.", headline="TURKISH TRADE DEFICIT WIDENS")
    assert {(sides(e), e.value) for e in out} == {(("TR", None), Decimal("7450000000")),
                                                  ((None, "TR"), Decimal("11100000000"))}


def test_licences_options_and_tenders_are_goods_that_may_move_later(story):
    _, out = story("ANKARA, May 4 - Turkey sold 35,000 tonnes of sugar to Iran, with an option for 25,000 "
                   "tonnes more. Traders said Turkey had issued licences to import 135,000 tonnes of palm oil.",
                   headline="TURKEY SELLS SUGAR")
    assert [(sides(e), e.quantity) for e in out] == [(("TR", "IR"), 35000)]


def test_a_country_named_supplier_or_buyer_with_a_figure(story):
    _, out = story("BRASILIA, May 4 - Saudi Arabia is Brazil's second biggest oil supplier, with an average "
                   "115,000 bpd. Iraq is the main supplier with 235,000 bpd. Kuwait will be a supplier with "
                   "50,000 bpd next year.", headline="BRAZIL OIL IMPORTS")
    assert [(sides(e), e.quantity, e.items) for e in out] == [(("SA", "BR"), 115000, ("oil",)),
                                                             (("IQ", "BR"), 235000, ("oil",))]


def test_national_trade_figures_share_the_story_currency_and_verb(story):
    _, out = story("LISBON, May 4 - The trade gap widened to a 310 mln dlr deficit in April, with exports at "
                   "1.42 billion and imports, both FOB, at 1.73 billion. This brought exports for the first four "
                   "months to 5.61 billion dlrs and imports to 6.90 billion.")
    got = {(sides(e), e.value, e.currency) for e in out}
    assert got == {(("PT", None), Decimal("1420000000"), "USD"), ((None, "PT"), Decimal("1730000000"), "USD"),
                   (("PT", None), Decimal("5610000000"), "USD"), ((None, "PT"), Decimal("6900000000"), "USD")}


def test_compared_figures_behind_a_determiner_are_not_flows(story):
    _, out = story("MANILA, May 4 - Exports of 512 mln dlrs in April were up on the 468 mln in March but lower "
                   "than last April's 530 mln, while imports were also lower, at 601 mln dlrs.")
    assert sorted(e.value for e in out) == [Decimal("512000000"), Decimal("601000000")]


def test_a_figure_shared_with_a_region_has_no_single_destination(story):
    _, (e,) = story("TAIPEI, May 4 - Taiwan's textile exports to the U.S., Japan and western Europe fell to "
                    "1.2 billion U.S. Dlrs in April.")
    assert sides(e) == ("TW", None)


def test_grades_are_spelled_out_and_placed_under_their_commodity(story):
    from kg.extract.trade.commodities import broader
    _, (e,) = story("KINGSTON, May 4 - Jamaica bought 10,000 tonnes of U.S. number two SRW wheat for June "
                    "shipment, the Agriculture Department said.")
    assert e.items == ("soft red winter wheat",) and broader(e.items[0]) == "wheat"
    assert broader("cpo") is None and broader("crude palm oil") == "palm oil"
    assert broader("isthmus crude") == "crude oil" and broader("soybean meal") is None


def test_a_grade_in_the_graph_is_narrower_than_its_commodity(tmp_path):
    from kg import build, query
    story = tmp_path / "in" / "reut-g.txt"
    story.parent.mkdir()
    story.write_text("1987-05-04\nJAMAICA BUYS WHEAT\n\nKINGSTON, May 4 - Jamaica bought 10,000 tonnes of U.S. "
                     "number two SRW wheat for June shipment, the Agriculture Department said.\n", encoding="utf-8")
    build([story.parent], out=tmp_path / "out")
    rows = query("SELECT ?l ?g WHERE { ?e kg:item ?i . ?i rdfs:label ?l ; skos:broader/rdfs:label ?g }",
                 out=tmp_path / "out")
    assert [(r["l"], r["g"]) for r in rows] == [("soft red winter wheat", "wheat")]


def test_a_gapped_list_gives_each_figure_its_own_goods(story):
    _, out = story("PARIS, May 4 - Customs figures bring cumulative maize exports for the season to 4.12 mln "
                   "tonnes, and barley to 3.05 mln, against 3.80 and 2.91 mln tonnes a year ago.")
    assert {(e.items, e.quantity, e.unit) for e in out} == {
        (("maize",), Decimal(4120000), "tonne"), (("barley",), Decimal(3050000), "tonne")}


def test_lower_case_goods_the_tagger_calls_proper_nouns_still_lead_their_figure(story):
    _, out = story("MONTEVIDEO, May 4 - Uruguay's meat exports in 1986 totalled 180,000 tonnes. Shipments in "
                   "tonnes, with 1985 figures in brackets, included: beef 98,200 (91,400), mutton 12,300 "
                   "(14,100) and beef offal 8,150 (7,900).")
    assert {(e.items, e.quantity) for e in out if e.quantity < 100000} == {
        (("beef",), Decimal(98200)), (("mutton",), Decimal(12300)), (("beef offal",), Decimal(8150))}


def test_an_unnamed_flow_takes_the_goods_the_story_last_measured_in_its_unit(story):
    _, (e,) = story("QUITO, May 4 - The state oil company said average crude output in 1986 was 285,000 barrels "
                    "per day. Average exports were 170,000 bpd, down from 182,000 bpd.",
                    headline="ECUADOR HYDROCARBON RESERVES STEADY")
    assert sides(e) == ("EC", None) and e.items == ("crude oil",) and e.quantity == Decimal(170000)


def test_a_supply_contract_awarded_at_a_tender_is_a_sale(story):
    _, out = story("SEOUL, May 4 - The Korean Feed Association awarded contracts to two U.S. Firms to supply two "
                   "shipments totalling 88,000 tonnes of sorghum, an association official said. Cargill Inc of "
                   "Minneapolis won a contract for the supply of 44,000 tonnes at 91.20 dlrs a tonne c and f.",
                   headline="SOUTH KOREA BUYS U.S. SORGHUM")
    assert {(sides(e), e.quantity, e.items) for e in out} == {
        (("US", "KR"), Decimal(88000), ("sorghum",)), (("US", "KR"), Decimal(44000), ("sorghum",))}


def test_goods_shipped_in_a_reduced_relative_take_their_origin_adjective(story):
    _, (e,) = story("WASHINGTON, May 4 - There were 61,300 tonnes of U.S. sorghum shipped to Mexico in the week "
                    "ended April 30, the department said.")
    assert sides(e) == ("US", "MX") and e.items == ("sorghum",)


def test_a_with_phrase_flow_belongs_to_its_clause_subject(story):
    _, out = story("BONN, May 4 - Chile shipped 40,000 tonnes of fishmeal to Spain in March. West Germany "
                   "imported 56,823 tonnes of fishmeal in March, with re-exports at 22,262 tonnes.")
    assert (("DE", None), Decimal(22262)) in {(sides(e), e.quantity) for e in out}


def test_an_ownerless_flow_set_against_an_owned_one_shares_its_owner(story):
    _, out = story("ISLAMABAD, May 4 - Figures show that Kenyan exports to Pakistan, mainly tea, were worth 75 mln "
                   "dlrs in 1985, while imports from Pakistan amounted to only 4.8 mln dlrs.")
    assert {(sides(e), e.value) for e in out} == {(("KE", "PK"), Decimal(75000000)),
                                                  (("PK", "KE"), Decimal(4800000))}


def test_a_with_clause_of_exported_barrels_is_the_main_subjects_crude(story):
    _, out = story("LAGOS, May 4 - Nigeria's crude output was 1.25 mln bpd in April. Before the strike Nigerian "
                   "production was 1.40 mln bpd, with 1.10 mln bpd exported.",
                   headline="NIGERIA OUTPUT RECOVERS - MINISTER")
    assert [(sides(e), e.items, e.quantity) for e in out] == [(("NG", None), ("crude oil",), Decimal(1100000))]


def test_reported_to_have_bought_is_a_purchase_done(story):
    _, (e,) = story("LONDON, May 4 - Egypt is reported to have bought three cargoes of white sugar from "
                    "operators last week, traders said.")
    assert sides(e) == (None, "EG") and e.quantity == Decimal(3) and e.items == ("white sugar",)


def test_a_buyer_adding_to_previous_purchases_is_buying(story):
    _, out = story("WASHINGTON, May 4 - China has added 120,000 tonnes of U.S. wheat to its previous "
                   "commitments for delivery this season, the department said. Taiwan added 45,000 tonnes to "
                   "previous purchases, it said.", headline="CHINA ADDS TO U.S. WHEAT PURCHASES")
    assert {(sides(e), e.quantity) for e in out} == {(("US", "CN"), Decimal(120000)), (("US", "TW"), Decimal(45000))}


def test_a_purchase_headline_gives_the_origin_the_body_leaves_out(story):
    _, (e,) = story("CAIRO, May 4 - Egypt bought 200,000 tonnes of wheat at its tender on Sunday, traders said.",
                    headline="EGYPT BUYS FRENCH WHEAT AT TENDER")
    assert sides(e) == ("FR", "EG")


def test_a_dateline_behind_the_wires_asterisks_is_still_a_dateline(story):
    src, _ = story("****LONDON, May 4 - Sugar prices rose on Monday.")
    assert src.article.dateline == "LONDON"


def test_an_accepted_bid_or_offer_at_a_tender_is_a_sale(story):
    _, out = story("WASHINGTON, May 4 - USDA accepted Morocco's bid for 50,000 tonnes of hard red winter wheat "
                   "under the program, the department said.")
    assert [(sides(e), e.quantity, e.items) for e in out] == [
        (("US", "MA"), Decimal(50000), ("hard red winter wheat",))]
    _, out = story("AMMAN, May 4 - The ministry accepted offers for 30,000 tonnes of barley at its tender, "
                   "traders said.", headline="JORDAN BUYS AUSTRALIAN BARLEY")
    assert [(sides(e), e.quantity) for e in out] == [(("AU", "JO"), Decimal(30000))]


def test_orders_in_an_export_orders_story_are_export_orders(story):
    _, out = story("SEOUL, May 4 - Export orders for South Korean products rose to 3.1 billion U.S. Dlrs in "
                   "April. Orders for ships were 610 mln U.S. Dlrs, while textile orders were 420 mln dlrs.",
                   headline="SOUTH KOREA'S EXPORT ORDERS RISE")
    assert {(sides(e), e.value) for e in out} >= {(("KR", None), Decimal(610000000)),
                                                 (("KR", None), Decimal(420000000))}


def test_measured_foreign_imports_are_the_story_countrys_and_domestic_ones_are_no_trade(story):
    src, out = story("KANSAS CITY, MO., May 4 - There were 1,250,000 gallons of foreign imports last week versus "
                     "133,505 gallons the week before. Domestic imports last week were 306,031 gallons.",
                     headline="FCOJ MOVEMENT FALLS")
    assert src.article.dateline == "KANSAS CITY, MO."
    assert [(sides(e), e.quantity, e.items) for e in out] == [((None, "US"), Decimal(1250000), ("orange juice",))]


def test_a_relative_clause_on_a_flow_states_its_figure(story):
    _, out = story("BEIJING, May 4 - Officials said grain imports rose in 1986, but remained below exports, "
                   "which rose to 9.42 mln tonnes from 9.33 mln in 1985.")
    assert (("CN", None), Decimal(9420000)) in {(sides(e), e.quantity) for e in out}


def test_a_list_element_paired_with_its_country_ends_a_comparison(story):
    _, out = story("TOKYO, May 4 - Japanese primary aluminium imports rose to 98,000 tonnes in April. This brought "
                   "total imports in 1986/87, ending March 31, to 1.09 mln tonnes against 1.25 mln a year earlier. "
                   "The April total included 19,100 tonnes from the U.S. against 16,500 in March and 9,900 a year "
                   "ago, 24,300 from Australia against 19,500 and 21,200, and 12,600 from Indonesia.")
    got = {(sides(e), e.quantity) for e in out}
    assert {((None, "JP"), Decimal(1090000)), (("US", "JP"), Decimal(19100)), (("AU", "JP"), Decimal(24300)),
            (("ID", "JP"), Decimal(12600))} <= got
    assert not {q for _, q in got} & {Decimal(16500), Decimal(9900), Decimal(19500), Decimal(21200)}


def test_the_parts_of_a_deal_just_stated_are_flows_between_the_same_sides(story):
    _, out = story("CAIRO, May 4 - Egypt bought 46,000 tonnes of sunflowerseed oil at its tender on Sunday, "
                   "traders said. The business comprised 41,000 tonnes of crude sunflowerseed oil in bulk and "
                   "5,000 tonnes of refined oil in drums.")
    assert {(sides(e), e.quantity, e.items) for e in out} == {
        ((None, "EG"), Decimal(46000), ("sunflowerseed oil",)),
        ((None, "EG"), Decimal(41000), ("crude sunflowerseed oil",)),
        ((None, "EG"), Decimal(5000), ("refined oil",))}


def test_an_acronym_takes_the_country_of_the_name_it_abbreviates(story):
    _, out = story("OTTAWA, May 4 - The Canadian Wheat Board's (CWB) export program is well advanced, its "
                   "chairman said. In the 1985/86 crop year the CWB exported a record 19.5 mln tonnes of wheat.")
    (e,) = out
    assert sides(e) == ("CA", None) and e.quantity == Decimal(19500000) and e.seller.name == "CWB"


def test_fractions_percent_ranges_vessel_sizes_and_currency_names_are_no_flows(story):
    _, out = story("BANGKOK, May 4 - The EC absorbed more than two thirds of the 5.8 mln tonnes of pellets exported "
                   "by Thailand last year. Rubber and tin exports account for 95 to 98 pct of its earnings. The "
                   "2,852 dwt vessel Christa loaded with ore from Brazil collided on the river.")
    assert {e.quantity for e in out} <= {Decimal(5800000)}
    _, out = story("ANTANANARIVO, May 4 - Rice imports increased to 82.4 billion Malagasy francs in the first nine "
                   "months of last year, the ministry said.")
    assert all(e.items == () or "franc" not in e.items[0] for e in out)


def test_a_flow_under_a_condition_that_would_follow_is_hypothetical(story):
    _, out = story("KUALA LUMPUR, May 4 - When buffer stock purchases or sales amount to 300,000 tonnes, there "
                   "would be an automatic adjustment of three pct under the new accord.",
                   headline="RUBBER ACCORD EXPORT SALES RULES")
    assert out == []


def test_a_bare_scaled_figure_takes_the_unit_of_the_sentences_figure_before_it(story):
    _, out = story("KARACHI, May 4 - The trade deficit was 120 mln dlrs. Pakistan produced 540 mln kilos of yarn "
                   "in fiscal 1985/86 and exported 157 mln.")
    assert [(sides(e), e.quantity, e.unit, e.value) for e in out] == [
        (("PK", None), Decimal(157000000), "kilogram", None)]


def test_vessels_counted_are_not_the_goods_they_carry(story):
    _, out = story("LONDON, May 4 - Five other ships loaded with raw sugar from Mauritius are waiting at "
                   "Silvertown to be discharged, Tate and Lyle added.")
    assert all(e.quantity != Decimal(5) for e in out)


def test_the_noun_a_participle_describes_is_what_was_sold_not_the_seller(story):
    _, out = story("Ten credits are the equivalent to one US dollar and typical items sold include iron ingots ($5) "
                   "and shogun armour ($1.70).", headline="VIRTUAL GOODS", date="2005-01-10")
    assert out == []


def test_a_change_written_with_its_percent_and_a_figure_compared_to_are_no_flows(story):
    _, out = story("WASHINGTON, May 4 - On the exports side, agricultural exports rose 600 mln dlrs or nine pct to "
                   "7.1 billion dlrs. March imports amounted to 1.29 billion dlrs compared to 1.27 billion dlrs in "
                   "February. Soyabean exports rose to 119,400 tonnes actual weight from 73,200 tonnes.")
    assert sorted(e.value or e.quantity for e in out) == [Decimal(119400), Decimal(1290000000), Decimal(7100000000)]
    assert all("weight" not in " ".join(e.items) for e in out)


def test_an_export_headline_names_the_origin_of_the_buyers_purchases(story):
    _, out = story("PARIS, May 4 - Between July 1 and January 31, Britain bought 274,665 tonnes against 642,800 "
                   "tonnes a year earlier, ONIC figures showed.", headline="FRENCH WHEAT EXPORTS TO EC FALL")
    assert [(sides(e), e.quantity) for e in out] == [(("FR", "GB"), Decimal(274665))]


def test_sales_in_an_export_sales_story_are_export_sales(story):
    _, out = story("WASHINGTON, May 4 - Net sales of soybeans totalling 274,200 tonnes equaled the preceding "
                   "week, the department said in its Export Sales Report.", headline="USDA COMMENTS ON EXPORT SALES")
    assert [(sides(e), e.quantity, e.items) for e in out] == [(("US", None), Decimal(274200), ("soybean",))]


def test_estimates_obligations_revised_comparisons_and_changes_are_no_flows(story):
    _, out = story("WASHINGTON, May 4 - USDA estimated Soviet 1986/87 coarse grain imports at 12.00 mln tonnes. "
                   "Bangladesh must import nearly two mln tonnes of grain annually. Crude oil imports in the week "
                   "fell to 3.40 mln bpd from a revised 3.60 mln. China's textile exports reached a record 2.2 "
                   "billion dlrs, an increase of 49 pct. U.S. exports of soybeans account for one-fifth of output.")
    assert sorted(e.value or e.quantity for e in out) == [Decimal(3400000), Decimal(2200000000)]
    assert all("increase" not in e.items for e in out)


def test_a_purchase_takes_the_exporter_its_sentence_names_and_a_supplied_part_its_importer(story):
    _, out = story("LONDON, May 4 - The Soviet Union featured prominently in U.K. grain exports outside the EC, "
                   "taking a combined total of 1.1 mln tonnes of wheat and barley.")
    assert [(sides(e), e.quantity) for e in out] == [(("GB", "SU"), Decimal(1100000))]
    _, out = story("TOKYO, May 4 - Japan imports some 12 mln tonnes of LPG a year, of which 5.3 mln tonnes are "
                   "supplied by Saudi Arabia.")
    assert (("SA", "JP"), Decimal(5300000)) in {(sides(e), e.quantity) for e in out}


def test_a_figure_named_as_an_increase_is_a_change(story):
    _, out = story("WASHINGTON, May 4 - Exports rose to 7.1 billion dlrs, because of a 104 pct or 600 mln dlr "
                   "increase in grain shipments.")
    assert [e.value for e in out] == [Decimal(7100000000)]


def test_worth_of_goods_is_a_value_in_the_sentences_currency(story):
    _, out = story("CANBERRA, May 4 - In 1986 Australia sold 428 mln Australian dlrs' worth of goods, including "
                   "steel and coking coal, to India and bought 170.5 mln worth of items, including cotton textiles.")
    assert {(sides(e), e.value, e.currency) for e in out} == {(("AU", "IN"), Decimal(428000000), "AUD"),
                                                              (("IN", "AU"), Decimal(170500000), "AUD")}


def test_a_size_per_lot_is_not_the_flow(story):
    _, out = story("NEW DELHI, May 4 - The Indian State Trading Corp (STC) are reported to have taken three parcels, "
                   "around 5,000 tonnes each, of palm olein at the weekly tender, traders said.")
    assert all(e.quantity not in (Decimal(3), Decimal(5000)) for e in out)


def test_a_bilateral_statistic_names_its_partner_once_for_both_flows(story):
    _, out = story("BEIJING, May 4 - China's trade with Japan shrank in the first quarter. Exports to Japan fell "
                   "2.3 pct to 1.28 billion dlrs and imports 24.4 pct to 2.14 billion.",
                   headline="CHINA TRADE WITH JAPAN FALLS")
    assert {(sides(e), e.value) for e in out} == {(("CN", "JP"), Decimal(1280000000)),
                                                  (("JP", "CN"), Decimal(2140000000))}


def test_a_goods_phrase_holding_the_figure_keeps_its_unit(story):
    _, out = story("WASHINGTON, May 4 - Corn sales of 1,204,500 tonnes in the week ended April 30 were the largest "
                   "since January, the U.S. Agriculture Department said in its export sales report. Cotton sales "
                   "of 31,600 running bales were down from the previous week.", headline="USDA EXPORT SALES")
    assert {(e.items, e.quantity, e.unit) for e in out} == {(("corn",), Decimal(1204500), "tonne"),
                                                            (("cotton",), Decimal(31600), "bale")}


def test_an_export_sales_story_gives_its_exporter_to_a_purchase_of_no_stated_origin(story):
    _, out = story("WASHINGTON, May 4 - Wheat sales of 210,000 tonnes were up from the previous week, the U.S. "
                   "Agriculture Department said in its export sales report. Egypt purchased 120,000 tonnes for "
                   "the 1987/88 season, it said.", headline="USDA EXPORT SALES")
    assert ("US", "EG") in {sides(e) for e in out}


def test_a_commodity_the_tagger_calls_an_adjective_is_the_goods_and_each_list_element_its_own(story):
    _, out = story("THE HAGUE, May 4 - Dutch imports of vegetable oils rose last year. Sunflowerseed imports fell "
                   "to 210,400 from 230,100 tonnes. Soyabean oil imports were 41,000 (39,200), sunflower oil "
                   "52,300 (48,800) and groundnut oil 8,100 (9,000).", headline="DUTCH OILSEED IMPORTS ROSE")
    assert {(e.items, e.quantity) for e in out} >= {(("sunflowerseed",), Decimal(210400)),
                                                   (("soyabean oil",), Decimal(41000)),
                                                   (("sunflower oil",), Decimal(52300)),
                                                   (("groundnut oil",), Decimal(8100))}


def test_sales_with_no_parties_continue_the_flow_just_stated(story):
    _, out = story("WASHINGTON, May 4 - Private exporters reported sales of 90,000 tonnes of U.S. wheat to Egypt for "
                   "delivery in the 1987/88 season. In addition, sales of sorghum totaled 45,000 tonnes, it said. "
                   "Sales of the company rose to 12 mln dlrs.", headline="USDA REPORTS WHEAT SOLD TO EGYPT")
    assert {(sides(e), e.items, e.quantity) for e in out} == {(("US", "EG"), ("wheat",), Decimal(90000)),
                                                              (("US", "EG"), ("sorghum",), Decimal(45000))}



def test_a_purchase_of_optional_origin_has_no_exporter_even_in_an_export_sales_story(story):
    _, out = story("WASHINGTON, May 4 - Wheat sales of 210,000 tonnes were up from the previous week, the U.S. "
                   "Agriculture Department said in its export sales report. The India State Trading Corp "
                   "bought 20,000 tonnes of optional origin soybean oil and 6,000 tonnes of palm olein at its "
                   "import tender.", headline="USDA EXPORT SALES")
    assert {sides(e) for e in out if e.destination is not None} == {(None, "IN")}


def test_a_supplier_in_a_story_of_one_countrys_imports_supplies_that_country(story):
    _, out = story("THE HAGUE, May 4 - Dutch soymeal imports fell to 80,100 tonnes in March. Brazil supplied "
                   "2,350 tonnes in March, down from 5,100 in February.", headline="DUTCH SOYMEAL IMPORTS FALL")
    assert (("BR", "NL"), Decimal(2350)) in {(sides(e), e.quantity) for e in out}


def test_a_list_led_by_adjectives_of_origin_names_the_exporters(story):
    # the issue's own example: the importer is the story's, each adjective names an origin
    _, out = story("THE HAGUE, May 4 - Dutch green coffee imports fell to 9,800 tonnes in March. Imports of "
                   "Colombian coffee were 2,410 tonnes (2,950 in March 1986), Brazilian 512 (3,100), Indonesian "
                   "390 (160) and Ivory Coast 301 (720).", headline="DUTCH COFFEE IMPORTS FALL")
    got = {(sides(e), e.quantity) for e in out}
    assert {(("CO", "NL"), Decimal(2410)), (("BR", "NL"), Decimal(512)), (("ID", "NL"), Decimal(390)),
            (("CI", "NL"), Decimal(301))} <= got
    assert not any(q in (Decimal(2950), Decimal(3100), Decimal(160), Decimal(720)) for _, q in got)
