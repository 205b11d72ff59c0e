"""Where one statement ends: nested statements, coordinated clauses, the writer's glosses.

BBC sentences from ../shared/corpus/bbc; the rest hand-made for one hard case each.
"""
from __future__ import annotations

from kg.extract.quotes.attribution import extract_quotes
from kg.facts import Article, Quote


def quotes(nlp, text: str) -> list[Quote]:
    return list(extract_quotes(nlp(text), Article(id="t", text=text, source="t")))


def test_belief_nested_in_a_direct_statement_is_not_a_second_quote(nlp):
    # hard: the quoted words close the statement, so it is direct; "he thought ..." inside it
    # is the same statement, not one of its own
    text = 'Mr Blair said he thought the new plan was "the right thing to do for the country."'
    (q,) = quotes(nlp, text)
    assert q.direct and q.cue == "said" and q.text.startswith("he thought the new plan")
