"""Quotation-mark pairing on raw text: no model needed."""
from __future__ import annotations

import pytest

from kg.extract.quotes.marks import find_quotes


def contents(text: str) -> list[str]:
    spans, _ = find_quotes(text)
    return [" | ".join(text[a:b] for a, b in q.parts) for q in spans]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said “we will win” today.", ["we will win"]),
    ("He said ‘we will win’ today.", ["we will win"]),
    ("Il a dit «nous gagnerons» hier.", ["nous gagnerons"]),
    ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
    ("He said 'we will win' today.", ["we will win"]),
])
def test_every_quotation_style_pairs(text, expected):
    assert contents(text) == expected


def test_interrupted_quote_gives_two_parts():
    assert contents("“A is true,” he said, “and B too.”") == ["A is true,", "and B too."]


def test_apostrophes_are_not_quotation_marks():
    # hard: ’ is both the closing single mark and the apostrophe of Clinton’s and players’
    text = "Clinton’s team said ‘no way’ to the players’ union in the ’90s."
    assert contents(text) == ["no way"]


def test_nested_quote_stays_inside_outer():
    text = "He said “we called it ‘a deal’ yesterday” and left."
    assert contents(text) == ["we called it ‘a deal’ yesterday"]


def test_quote_continued_across_paragraphs():
    # hard: newspaper style leaves the first paragraph open and reopens the next one
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said."
    assert contents(text) == ["First paragraph of the quote. | Second paragraph,"]


def test_unclosed_quote_is_skipped_not_raised():
    # textacy #200/#379 raise on this; we skip the open mark and keep the rest
    text = "“Unclosed here.\n\nNext paragraph has “a real one” inside."
    spans, notes = find_quotes(text)
    assert [text[q.start:q.end] for q in spans] == ["a real one"]
    assert notes and "unclosed" in notes[0]


def test_typewriter_digraph_marks():
    # hard: some archives write double marks as two apostrophes
    assert contents("Why? ''They pay us,'' Mr. King said.") == ["They pay us,"]


def test_right_mark_used_as_opener():
    assert contents("”Sloppy typing is common.” ― A Reader") == ["Sloppy typing is common."]


@pytest.mark.parametrize("text", ['"', "“”", "«", "''", "‘’’", '"a"b"c', "“\n”", "’’’’ “ ” ‘"])
def test_garbage_never_raises(text):
    find_quotes(text)


def test_horizontal_bar_byline_closes_the_quotation():
    # HuffPost style: ”...”― Name, with no space before the bar (U+2015)
    text = "”Mr. Trump embodies the past.” ― Sonya H\n“During the debate he said nothing new.”― Pamela P"
    assert contents(text) == ["Mr. Trump embodies the past.", "During the debate he said nothing new."]


@pytest.mark.parametrize("text", [
    "” … what I learned from these families is that words matter,” he said.",
    "“ … he delivered the speech with a coolness few expected,” Barabak wrote.",
    "“ ... he delivered the speech with a coolness few expected,” Barabak wrote.",
])
def test_a_quotation_may_open_with_a_space_before_its_ellipsis(text):
    # hard: the mark is followed by a space, which otherwise marks a closing mark
    assert len(contents(text)) == 1 and contents(text)[0].rstrip(",").endswith(("matter", "expected"))
