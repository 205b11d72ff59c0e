"""Bylines, reporting tails and photo credits: the article's creators, not people in the story."""
from __future__ import annotations

import pytest

from kg.extract.shared.credits import find_credits


@pytest.mark.parametrize("text,authors", [
    ("By Jane Doe, CBC News\n\nOttawa said on Monday ...", ("Jane Doe",)),
    ("BY JANE DOE AND JOHN ROE\nThe talks ended.", ("Jane Doe", "John Roe")),
    ("By Jane Doe and John Roe | The Globe\nText", ("Jane Doe", "John Roe")),
    ("Talks ended.\n(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; "
     "Editing by Will Dunham.)", ("Valerie Volcovici", "Lawrence Hurley")),
    ("Text.\nContributing: Jane Doe and John Roe", ("Jane Doe", "John Roe")),
])
def test_byline_names_are_authors(text, authors):
    assert find_credits(text).authors == authors


@pytest.mark.parametrize("text", [
    # real sentence openers that look like a byline (quotes-dev, BBC)
    "By the fall of 2010, Tea Party \"super PACs\" had seized on cap-and-trade.",
    "By contrast, Trump has just 5 percent support of the black vote in Florida.",
    "By early 2005 the net could have two new domain names.",
    "By playing games, like pass-the-parcel, a University of Hertfordshire team is finding out.",
])
def test_sentences_starting_with_by_are_no_byline(text):
    assert find_credits(text) == find_credits("")


def test_photo_credit_span_covers_the_name():
    text = "The minister arrived (Jane Doe/Reuters) on Monday.\nPhoto: John Roe/AP\nMore text."
    credits = find_credits(text)
    assert credits.covers(text.index("Jane"), text.index("Jane") + 8)
    assert credits.covers(text.index("John"), text.index("John") + 8)
    assert not credits.covers(0, 12)
    assert credits.authors == ()


def test_credited_names_are_no_mentions(nlp):
    from kg.extract.entities.mentions import doc_mentions
    text = ("By Jane Doe, CBC News\n\nPrime Minister Justin Trudeau spoke in Ottawa on Monday.\n"
            "(Reporting by Valerie Volcovici; Editing by Will Dunham)")
    names = {m.name for m in doc_mentions(nlp(text)) if m.kind == "Person"}
    assert "Justin Trudeau" in names
    assert not names & {"Jane Doe", "Valerie Volcovici", "Will Dunham"}
