"""'V X as "Q"': a verb that is no reporting verb casts its object in quoted words.

BBC sentences from ../shared/corpus/bbc; the rest hand-made for one hard case each.
"""
from __future__ import annotations

from kg.extract.quotes.attribution import extract_quotes
from kg.facts import Article, Quote


def quotes(nlp, text: str) -> list[Quote]:
    return list(extract_quotes(nlp(text), Article(id="t", text=text, source="t")))


def test_object_introduced_as_quoted_words_is_the_subjects_statement(nlp):
    # BBC business: "introduce" reports nothing, but the marks make the label Mr Brown's words
    text = ('Dr Greenspan was invited by Chancellor Gordon Brown. Mr Brown introduced Dr Greenspan to the '
            '400 invited guests as the "the world\'s greatest economist".')
    (q,) = [q for q in quotes(nlp, text) if "economist" in q.text]
    assert q.direct and q.speaker.name == "Gordon Brown"
    assert q.text.startswith("Dr Greenspan") and q.text.endswith("greatest economist")


def test_two_quoted_labels_joined_by_and_are_one_statement(nlp):
    # hard: a metaphorical attack verb ("pounding") and the label run on over "and a '...'"
    text = ('Opposition leader Jane Okafor has been pounding the minister as a "walking disaster" and a '
            '"part-time politician." The ministry did not respond.')
    (q,) = [q for q in quotes(nlp, text) if "disaster" in q.text]
    assert q.text == "the minister as a walking disaster and a part-time politician"
    assert q.direct and q.speaker.name == "Jane Okafor"


def test_thing_used_as_quoted_role_is_not_the_users_statement(nlp):
    # hard: "used X as 'Q'" puts a thing to a use; the marks are the officials' words, not the army's
    text = 'Officials said the army used civilians as "human shields" during the siege.'
    found = quotes(nlp, text)
    assert not any(q.cue.endswith(" as") for q in found), found
    assert [q.speaker.name for q in found] == ["officials"]


def test_passive_label_names_no_speaker(nlp):
    # hard: "was hailed as 'Q'" says the plan was called so, by no one named
    text = 'The budget was hailed as "a turning point for the regions" when it was published on Monday.'
    assert not any(q.cue.endswith(" as") for q in quotes(nlp, text))


def test_aside_after_a_dash_is_the_writers(nlp):
    # hard: what follows the dash comments on the label; it is not the speaker's
    text = ('Conservative leader Michael Howard dismissed the plan as a "stealth tax" - a charge that '
            'ministers have always denied.')
    (q,) = [q for q in quotes(nlp, text) if "stealth" in q.text]
    assert q.text == "the plan as a stealth tax" and q.speaker.name == "Michael Howard"
