"""Country names as written in news map to one ISO code."""
import pytest

from kg.extract.shared.country_names import lookup_country


@pytest.mark.parametrize("text, code", [
    ("the US", "US"), ("America", "US"), ("United States", "US"), ("Chinese", "CN"), ("Indian", "IN"),
    ("Beijing", "CN"), ("New Delhi", "IN"), ("Britain", "GB"), ("India’s", "IN"), ("UAE", "AE"),
])
def test_aliases_demonyms_and_capitals(text, code):
    assert lookup_country(text)[1] == code


def test_lowercase_words_are_not_countries():
    assert lookup_country("china") is None
