"""Periods: explicit and relative to the article date."""
import datetime as dt

import pytest

from kg.extract.trade.periods import resolve_period

REF = dt.date(2021, 4, 30)


@pytest.mark.parametrize("text, prep, expected", [
    ("April", "in", ("2021-04", None)),
    ("April", "since", ("2021-04", "since 2021-04")),
    ("January", "since", (None, "since 2021-01")),
    ("this month", None, ("2021-04", None)),
    ("last month", None, ("2021-03", None)),
    ("this year", None, ("2021", None)),
    ("the first quarter of 2021", "in", (None, "2021-Q1")),
    ("April 26", "on", ("2021-04-26", None)),
    ("December", "in", ("2020-12", None)),
    ("2009", "by", (None, None)),
    ("2021-22", "in", (None, "FY2021-22")),
    ("fiscal 2020-21", "in", (None, "FY2020-21")),
    ("FY23", "in", (None, "FY2023")),
    ("January-March 2022", "in", (None, "2022-01/2022-03")),
    ("between August and December", None, (None, "2020-08/2020-12")),
    ("the April - June quarter", "in", (None, "2020-04/2020-06")),
    ("the first three months", "in", (None, "2021-01/2021-03")),
    ("the first seven months", "in", (None, "2020-01/2020-07")),
])
def test_resolve_period(text, prep, expected):
    assert resolve_period(text, prep, REF) == expected


def test_relative_period_without_article_date_is_unknown():
    assert resolve_period("last month", None, None) == (None, None)
    assert resolve_period("2004", "in", None) == ("2004", None)
