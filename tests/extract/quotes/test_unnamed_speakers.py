"""Speakers the article does not name by a name: shares of people, groups.

BBC sentences from ../shared/corpus/bbc; the rest hand-made for one hard case each.
"""
from __future__ import annotations

from kg.extract.quotes.attribution import extract_quotes
from kg.facts import Article, Quote


def quotes(nlp, text: str) -> list[Quote]:
    return list(extract_quotes(nlp(text), Article(id="t", text=text, source="t")))


def test_share_of_people_speaks_as_that_share(nlp):
    # BBC technology: "50%" is the subject, a noun; the share speaks, as an unnamed group
    text = "Almost 50% of those questioned said they would trust search engines much less."
    (q,) = quotes(nlp, text)
    assert q.speaker is not None and q.speaker.kind == "Group" and q.speaker.name == "50% of those questioned"


def test_share_of_a_partys_supporters_is_not_the_party(nlp):
    # hard: "of Labour supporters" would make Labour the speaker by the "officials at X" rule
    text = "Twelve percent of Labour supporters said they were not sure, according to the survey."
    q = [q for q in quotes(nlp, text) if q.cue == "said"][0]
    assert q.speaker.name == "twelve percent of Labour supporters"
