"""Figures: numbers, Indian grouping and words, qualifiers, units, money, percentages (no model needed)."""
from decimal import Decimal

import pytest
from spacy.lang.en import English

from kg.extract.quantities import parse_number, scan_figures

_tok = English()


def figs(text):
    doc = _tok(text)
    return [(f.kind, f.amount, f.unit, f.currency, f.qualifier) for f in scan_figures(list(doc))]


@pytest.mark.parametrize("text, value", [
    ("3,86,452", 386452), ("26,000", 26000), ("1.2", Decimal("1.2")), ("20bn", 20 * 10**9),
    ("twenty-six thousand", 26000), ("five", 5), ("one hundred and twenty", 120),
])
def test_parse_number(text, value):
    assert parse_number(text) == Decimal(value)


def test_indian_words_lakh_and_crore():
    assert figs("5 lakh tonnes and 2 crore doses") == [
        ("measure", Decimal(500000), "tonne", None, None), ("measure", Decimal(20000000), "dose", None, None)]


def test_qualifier_and_tonne_unit():
    assert figs("nearly 3,800 tonnes of medicines") == [("measure", Decimal(3800), "tonne", None, "nearly")]


def test_over_is_normalised_to_more_than():
    assert figs("over 26 thousand ventilators")[0][4] == "more than"


def test_money_symbol_and_scale_word():
    assert figs("$1.15 trillion")[0][:4] == ("money", Decimal("1.15e12"), None, "USD")


def test_money_currency_word_after():
    assert figs("22,201bn yen")[0][3] == "JPY"


def test_percentage_is_a_change_not_a_quantity():
    assert [f[0] for f in figs("rose 12.3% and 5 per cent")] == ["percent", "percent"]


def test_added_up_to_is_not_a_qualifier():
    assert figs("added up to 500 tonnes")[0][4] is None
