"""Twenty-first round: what a story's first lines say of whose imports it reports, and the taka.
Hand-made stories in the styles of South Asian dailies and markets sites (none copied from a gold set),
read the way `kg build` reads a file."""
from decimal import Decimal


def facts(events):
    return {(e.exporter and (e.exporter.code or e.exporter.name), e.destination and e.destination.code,
             e.quantity or e.value) for e in events}


def test_a_country_after_from_in_the_headline_supplies_the_datelines_imports(story):
    # "imports from Myanmar, India": the suppliers; the imports are the dateline's country's, and its
    # importers bring them in
    out = story("DHAKA: Importers brought in 3,200 tonnes of ginger through Benapole land port last month, "
                "customs officials said.\n\nOf the quantity, 1,900 tonnes came from Myanmar and 1,300 tonnes "
                "from India.", headline="Ginger imports from Myanmar, India rise", date="2022-10-05")
    assert facts(out) == {(None, "BD", Decimal(3200)), ("MM", "BD", Decimal(1900)), ("IN", "BD", Decimal(1300))}


def test_the_taka_as_tk_is_money_not_goods(story):
    out = story("DHAKA: The country imported 2.1 lakh tonnes of lentils worth Tk 1,850 crore in FY22, "
                "mostly from Australia and Canada, the commerce ministry said.",
                headline="Lentil import bill rises", date="2022-08-10")
    assert [(e.quantity, e.value, e.currency, e.items) for e in out] == [
        (Decimal(210_000), Decimal(18_500_000_000), "BDT", ("lentil",))]


def test_a_story_that_opens_with_its_countrys_imports_names_suppliers_of_them(story):
    # no headline says "imports": the lede does, and the sources named after it supply that country
    out = story("TOKYO (Bloomberg) - Japan imported 2.4 million tons of thermal coal in April from Australia, "
                "trade ministry data showed.\n\nShipments from Indonesia fell to 610,000 tons, while Russia "
                "sent 150,000 tons, the lowest in a decade.",
                headline="Coal buyers turn to Australia as prices ease", date="2021-05-20")
    assert facts(out) == {("AU", "JP", Decimal(2_400_000)), ("ID", "JP", Decimal(610_000)),
                          ("RU", "JP", Decimal(150_000))}


def test_a_story_that_opens_with_a_sale_to_its_country_is_no_import_story(story):
    # the first flow is told as a seller's: a later "supply to" names its own buyer
    out = story("Acme Potash shipped a record 3.1 million tonnes of potash to Brazil last year.\n\n"
                "The company also shipped 900,000 tonnes to Indonesia in the first quarter.",
                headline="Acme ships record potash to Brazil", date="2023-03-02")
    assert ("BR" not in {e.destination and e.destination.code for e in out if e.quantity == Decimal(900_000)})
