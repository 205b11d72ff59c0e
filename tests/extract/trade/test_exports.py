"""Exports extractor on real-style sentences: one behaviour per test."""
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from kg.extract.trade.exports import extract_exports
from kg.facts import Article

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "exports.jsonl"


def run(nlp, text, date=dt.date(2021, 4, 30)):
    art = Article(id="t", text=text, source="t", date=date)
    return list(extract_exports(nlp(text), art))


def test_each_figure_is_its_own_shipment(nlp):
    out = run(nlp, "Since April, China has exported more than 26,000 ventilators and oxygen generators, more "
                   "than 15,000 medical monitors, and nearly 3,800 tonnes of medical materials and medicines "
                   "to India, he said.")
    assert [(e.quantity, e.unit, e.qualifier) for e in out] == [
        (Decimal(26000), None, "more than"), (Decimal(15000), None, "more than"),
        (Decimal(3800), "tonne", "nearly")]
    assert out[0].items == ("ventilator", "oxygen generator")
    assert {e.destination.code for e in out} == {"IN"}
    assert out[0].period == "since 2021-04" and out[0].date == "2021-04"


def test_local_companies_take_the_reporting_ministry_country(nlp):
    # hard: the subject names no country; the ministry reporting it does
    (e,) = run(nlp, "The Chinese foreign ministry said local companies have exported more than 3,800 tonnes "
                    "of medical supplies and ventilators to India in April.")
    assert (e.exporter.code, e.items, e.date) == ("CN", ("medical supplies", "ventilator"), "2021-04")


def test_import_from_is_an_export_by_the_source(nlp):
    (e,) = run(nlp, "India bought 5 lakh tonnes of sugar from Thailand this year.")
    assert (e.exporter.code, e.destination.code, e.quantity, e.date) == ("TH", "IN", Decimal(500000), "2021")


def test_capitals_as_actors_and_supply_with(nlp):
    (e,) = run(nlp, "Beijing has supplied New Delhi with 5,000 oxygen concentrators.")
    assert (e.exporter.code, e.destination.code, e.items) == ("CN", "IN", ("oxygen concentrator",))


def test_flow_noun_with_money_value(nlp):
    (e,) = run(nlp, "Exports from Japan to the US rose 12% to $135bn in 2019.")
    assert (e.exporter.code, e.destination.code, e.value, e.currency, e.quantity, e.date) == (
        "JP", "US", Decimal("135000000000"), "USD", None, "2019")


def test_company_exporter_when_no_country_is_named(nlp):
    (e,) = run(nlp, "Huawei delivered 2 million handsets to Kenya in 2020.")
    assert (e.exporter.kind, e.exporter.name, e.items) == ("Organization", "Huawei", ("handset",))


def test_evidence_points_into_article_text(nlp):
    text = "Officials spoke on Monday. Brazil exported 1.2 million tonnes of soybeans to China in March."
    (e,) = run(nlp, text)
    assert text[e.evidence.start:e.evidence.end] == e.evidence.sentence
    assert e.evidence.extractor == "exports.v1"


def test_restated_shipment_in_one_article_is_one_event(nlp):
    out = run(nlp, "China has exported 26,000 ventilators to India this month. Since April, China has "
                   "exported more than 26,000 ventilators to India.")
    assert len(out) == 1 and out[0].qualifier == "more than"


def test_valued_at_keeps_the_price_with_the_goods(nlp):
    # hard: "valued at" is a participle clause the clause reader used to cut off
    (e,) = run(nlp, "Peru shipped zinc valued at $1.4bn to Brazil in 2003.")
    assert (e.exporter.code, e.destination.code, e.items, e.value, e.date) == (
        "PE", "BR", ("zinc",), Decimal("1400000000"), "2003")


def test_from_exporter_inside_the_item_phrase(nlp):
    # hard: "from Chile" hangs off the item, not off the flow noun
    (e,) = run(nlp, "Exports of salmon from Norway to Japan reached $90m in the first half of 2004.")
    assert (e.exporter.code, e.destination.code, e.items, e.period) == ("NO", "JP", ("salmon",), "2004-H1")


def test_country_adjective_on_the_goods_names_the_exporter(nlp):
    out = run(nlp, "Shipments of Peruvian zinc to China reached 300,000 tonnes in 2004.")
    assert [(e.exporter.code, e.items) for e in out] == [("PE", ("zinc",))]


def test_import_of_country_goods_is_an_export_by_that_country(nlp):
    (e,) = run(nlp, "Japan bought $12bn of Australian coal in 2004.")
    assert (e.exporter.code, e.destination.code, e.items) == ("AU", "JP", ("coal",))


def test_goods_country_needs_a_country_importer(nlp):
    # a firm buying "US patents" or "Indian firms" is not trade between countries
    assert run(nlp, "Siemens has received 1,200 US patents this year.") == []


def test_earned_from_exports_is_the_value_of_the_flow(nlp):
    (e,) = run(nlp, "Ghana earned $1.1bn from cocoa exports in 2003.")
    assert (e.exporter.code, e.items, e.value, e.date) == ("GH", ("cocoa",), Decimal("1100000000"), "2003")


def test_passive_without_agent_takes_the_from_country_as_exporter(nlp):
    (e,) = run(nlp, "More than 5,000 tonnes of dates were exported from Saudi Arabia to Indonesia in 2021.")
    assert (e.exporter.code, e.destination.code, e.items, e.quantity) == ("SA", "ID", ("date",), Decimal(5000))


def test_relative_clause_on_the_exporter(nlp):
    # hard: the subject of "exported" is "which"; the main clause carries no figure
    (e,) = run(nlp, "Australia, which exported 198 million tonnes of coal to Japan in 2021, has begun "
                    "shipping to India again.")
    assert (e.exporter.code, e.destination.code, e.items, e.date) == ("AU", "JP", ("coal",), "2021")


def test_relative_clause_on_the_goods_takes_the_main_clause_figure(nlp):
    (e,) = run(nlp, "The wheat that Russia sold to Egypt last season amounted to 8.4 million tonnes.")
    assert (e.exporter.code, e.destination.code, e.items, e.quantity) == ("RU", "EG", ("wheat",), Decimal(8400000))


@pytest.mark.parametrize("text, dest", [
    ("India's China-bound shipments of iron ore fell 30% to 4.2 million tonnes in June.", "CN"),
    ("Indonesian coal shipments bound for India climbed to 11.5 million tonnes in March.", "IN"),
])
def test_bound_names_the_destination(nlp, text, dest):
    (e,) = run(nlp, text)
    assert e.destination.code == dest and e.quantity is not None


def test_goods_before_to_the_tune_of(nlp):
    (e,) = run(nlp, "Indian mills exported finished steel to the tune of 6.7 million tonnes in April-November.")
    assert (e.exporter.code, e.items, e.quantity, e.period) == ("IN", ("finished steel",), Decimal(6700000),
                                                                 "2020-04/2020-11")


def test_elided_unit_and_own_date_for_a_second_figure(nlp):
    a, b = run(nlp, "Iraq exported 3.3 million barrels per day of crude in May and 3.4 million in June.",
               dt.date(2023, 7, 2))
    assert (a.items, a.unit, a.date) == (("crude oil",), "barrel", "2023-05")
    assert (b.items, b.unit, b.quantity, b.date) == (("crude oil",), "barrel", Decimal(3400000), "2023-06")


def test_count_unit_after_a_brand_modifier(nlp):
    (e,) = run(nlp, "Qatar delivered 10 LNG cargoes to Kuwait in the first half of the year.")
    assert (e.items, e.quantity, e.unit) == (("lng",), Decimal(10), "cargo")


def test_goods_carried_by_the_sent_vehicle(nlp):
    (e,) = run(nlp, "The UAE sent an aid plane carrying 30 tonnes of food and medical supplies to Sudan.")
    assert (e.exporter.code, e.destination.code, e.items) == ("AE", "SD", ("food", "medical supplies"))


def test_purchases_and_sourced_from_read_backwards(nlp):
    (e,) = run(nlp, "Chinese purchases of US soybeans reached 32 million tonnes last year.")
    assert (e.exporter.code, e.destination.code, e.items) == ("US", "CN", ("soybean",))
    (e,) = run(nlp, "Bangladesh sourced 1.1 million tonnes of wheat from Canada in fiscal 2020-21.")
    assert (e.exporter.code, e.destination.code, e.period) == ("CA", "BD", "FY2020-21")


def test_counted_receivers_are_not_a_shipment(nlp):
    out = run(nlp, "China exported 2.1 billion doses of vaccines to more than 120 countries by the end of 2021.")
    assert [(e.quantity, e.unit) for e in out] == [(Decimal(2100000000), "dose")]


def test_untagged_fiscal_year_is_the_period_not_an_item(nlp):
    (e,) = run(nlp, "Indian pharma companies exported medicines to the tune of Rs 1.83 lakh crore in FY23.")
    assert (e.items, e.value, e.currency, e.period) == (("medicine",), Decimal("1830000000000"), "INR", "FY2023")


@pytest.mark.parametrize("text", [
    "Users can export up to 5,000 contacts to a CSV file in three steps.",   # software sense
    "Exports fell sharply last month as demand weakened.",                   # no item, no figure
    "Britain's imports of financial services from the US rose to £12bn.",    # services
    "Germany's car exports to China dropped 10% in 2020.",                   # a change only
    "France will export 2 million tonnes of wheat to Algeria next year.",    # a plan
    "Filipino workers in Saudi Arabia sent $2bn home last year.",           # remittances
    "Vodafone has bid $5bn to buy two Italian mobile firms.",               # takeover bid
    "Some 40,000 tonnes of rice were shipped to Sri Lanka last month.",     # passive, no exporter
    "Brent crude rose 2% to $85.40 a barrel after Saudi Arabia pledged output cuts.",   # a price
    "Vietnam's export-oriented manufacturers employ more than 2 million workers.",    # not a flow
])
def test_hard_negatives(nlp, text):
    assert run(nlp, text) == []


def test_golden_set_f1(nlp):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    from eval_exports import as_dict, matches
    tp = fp = fn = 0
    for row in map(json.loads, GOLDEN.read_text(encoding="utf-8").splitlines()):
        date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
        # the set predates import-only events (no stated origin); trade_wire.jsonl scores those
        preds = [as_dict(e) for e in run(nlp, row["text"], date) if e.exporter is not None]
        for g in row["exports"]:
            hit = next((p for p in preds if matches(p, g)), None)
            tp, fn = tp + bool(hit), fn + (not hit)
            if hit:
                preds.remove(hit)
        fp += len(preds)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9


def test_arrival_names_the_destination_of_a_cargo(nlp):
    (e,) = run(nlp, "A cargo of 60,000 tonnes of Russian wheat arrived in Egypt in March.")
    assert (e.exporter.code, e.destination.code, e.items, e.quantity, e.unit) == (
        "RU", "EG", ("wheat",), Decimal(60000), "tonne")


@pytest.mark.parametrize("text", [
    "The cargo ship sank off Sri Lanka with 1,500 containers on board.",
    "A Chinese cargo plane landed in Pakistan on Tuesday.",
    "Indian cargo handlers at the port went on strike.",
])
def test_cargo_as_a_modifier_is_no_shipment(nlp, text):
    assert run(nlp, text) == []
