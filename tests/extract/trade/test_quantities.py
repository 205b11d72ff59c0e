"""Figures: numbers, Indian grouping and words, qualifiers, units, money, percentages (no model needed)."""
from decimal import Decimal

import pytest
from spacy.lang.en import English

from kg.extract.trade.quantities import parse_number, scan_figures

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


def test_currency_glued_to_the_number():
    assert figs("worth NZ$1.2bn")[0][:4] == ("money", Decimal("1.2e9"), None, "NZD")


def test_currency_adjective_after_the_number():
    assert figs("for 4.17 Australian dollars per share")[0][:4] == ("money", Decimal("4.17"), None, "AUD")


def test_money_the_tagger_calls_an_ordinal_is_still_money():
    # hard: en_core_web_sm tags "14bn" in "totalled $14bn in 2004" as ORDINAL
    from spacy.tokens import Span
    doc = _tok("totalled $14bn in 2004")
    doc.ents = [Span(doc, 2, 3, label="ORDINAL"), Span(doc, 4, 5, label="DATE")]
    assert [(f.kind, f.amount, f.currency) for f in scan_figures(list(doc))] == [
        ("money", Decimal("14e9"), "USD")]


def test_rate_after_the_unit_belongs_to_the_figure():
    (f,) = scan_figures(list(_tok("3.3 million barrels per day of crude")))
    assert (f.unit, f.end) == ("barrel", 5)   # past "per day"


def test_gulf_currency_code_before_the_number():
    assert figs("OMR 1.2 billion")[0][:4] == ("money", Decimal("1.2e9"), None, "OMR")


def test_a_grade_number_is_no_figure():
    got = figs("sold 9,500 tonnes of number five or better rice and 2,000 tonnes of U.S. No. 2 wheat")
    assert [(kind, amount, unit) for kind, amount, unit, *_ in got] == [("measure", Decimal(9500), "tonne"),
                                                                        ("measure", Decimal(2000), "tonne")]
