"""The ninth trade round: hand-made stories in the wire styles of 1987 and of today (none copied from
the gold set), read the way `kg build` reads a file (the `story` fixture of tests/conftest.py)."""
from decimal import Decimal


def facts(events):
    return {(e.exporter and e.exporter.code, e.destination and e.destination.code, e.items,
             e.quantity or e.value) for e in events}


def test_the_lede_right_after_the_dateline_is_read(story):
    # after a blanked header the first word was tagged a name and this flow was lost
    out = story("LONDON, May 4 - Shipments of Brazilian soybeans to China totalled 10.3 million tonnes in April.")
    assert facts(out) == {("BR", "CN", ("soybean",), Decimal(10_300_000))}


def test_goods_before_the_flow_noun_are_read_whole_and_a_bag_size_is_no_figure(story):
    out = story("KUALA LUMPUR, May 4 - Malaysia's palm oil exports rose 12% to 600,000 tonnes in April. "
                "Brazil's coffee exports fell 20% in April to 2.3 million 60-kg bags, exporters said.")
    assert facts(out) == {("MY", None, ("palm oil",), Decimal(600_000)),
                          ("BR", None, ("coffee",), Decimal(2_300_000))}
    assert {e.unit for e in out} == {"tonne", "bag"}


def test_imports_coordinated_after_a_money_figure_take_their_own_verb(story):
    out = story("PEKING, April 17 - Exports to the U.S. Rose 23 pct to 640 mln dlrs and imports fell "
                "26.7 pct to 840 mln, the customs office said.", date="1987-04-17")
    assert facts(out) == {("CN", "US", (), Decimal(640_000_000)), ("US", "CN", (), Decimal(840_000_000))}


def test_a_company_takes_its_country_from_its_appositive(story):
    out = story("RIO DE JANEIRO, May 4 - Petrobras, the Brazilian state oil company, bought 2 mln barrels "
                "of crude oil from Iraq last month.")
    (e,) = out
    assert (e.exporter.code, e.destination.code, e.quantity) == ("IQ", "BR", Decimal(2_000_000))


def test_dealers_sell_the_goods_of_the_origin_named_to_the_buyer_just_stated(story):
    out = story("NEW YORK, May 4 - The Soviet Union bought 90,000 tonnes of raw sugar from trade houses "
                "last night, traders said. They said Japanese trade houses sold three cargoes of Thai sugar.",
                date="1987-05-04")
    assert ("TH", "SU", ("sugar",), Decimal(3)) in facts(out)
    assert not any(e.exporter and e.exporter.code == "JP" for e in out)


def test_passive_shipments_continue_the_flow_just_stated(story):
    out = story("PARIS, May 4 - France has sold a total of 200,000 tonnes of soft wheat to Tunisia since the "
                "start of the season. Of this amount, a total of 150,000 tonnes was exported by March 1.")
    assert ("FR", "TN", ("soft wheat",), Decimal(150_000)) in facts(out)


def test_changes_prices_and_possibilities_are_no_flows(story):
    out = story("SEOUL, May 4 - South Korea's cumulative corn purchases amount to 2.5 mln tonnes, up 1.5 mln "
                "from last year. Peru exported its refined silver at an average price of 5.40 dlrs a troy ounce. "
                "Israeli exports to the U.S. can reach five billion dlrs, the minister said.")
    assert Decimal(1_500_000) not in {e.quantity for e in out}
    assert not any(e.value in (Decimal("5.40"), Decimal(5_000_000_000)) for e in out)


def test_one_figure_from_several_origins_has_no_single_exporter(story):
    out = story("NEW DELHI, May 4 - India bought 200,000 tonnes of palm oil from Indonesia and Malaysia in May.")
    assert facts(out) == {(None, "IN", ("palm oil",), Decimal(200_000))}


def test_a_supplier_of_which_clause_ships_to_the_importer_of_its_clause(story):
    out = story("TOKYO, May 4 - Japan imported 5.4 million tonnes of liquefied natural gas in March, of which "
                "Australia supplied 2.2 million tonnes.")
    assert ("AU", "JP", ("liquefied natural gas",), Decimal(2_200_000)) in facts(out)
