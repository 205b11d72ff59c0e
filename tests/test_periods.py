"""Periods: explicit and relative to the article date."""
import datetime as dt

import pytest

from kg.extract.periods import resolve_period

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
])
def test_resolve_period(text, prep, expected):
    assert resolve_period(text, prep, REF) == expected


def test_relative_period_without_article_date_is_unknown():
    assert resolve_period("last month", None, None) == (None, None)
    assert resolve_period("2004", "in", None) == ("2004", None)
