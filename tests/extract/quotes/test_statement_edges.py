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


def test_clause_with_the_complements_pronoun_continues_the_statement(nlp):
    # hard: the parser joins "she knows" to "says"; same pronoun and tense as "she hopes": one statement
    text = 'Ms Okafor says she hopes to be elected mayor, but she knows that "the city will always come first."'
    (q,) = quotes(nlp, text)
    assert q.text.startswith("she hopes to be elected mayor") and q.text.endswith("will always come first")
    assert q.direct and q.speaker.name == "Okafor"


def test_bare_infinitive_joined_to_said_goes_with_the_complement(nlp):
    # hard: "let" cannot be coordinated with "said"; it continues "wanted to speak"
    text = ('On the radio show, Ms Okafor said she wanted to speak "directly to young voters" and let them '
            'know that "their voice counts."')
    (q,) = quotes(nlp, text)
    assert q.text.startswith("she wanted to speak") and q.text.endswith("their voice counts")


def test_verb_in_the_complements_tense_is_part_of_it(nlp):
    # hard: "refused" agrees with "posed", not with "say": what police say he did, not their next act
    text = "Police say the driver posed a threat and refused to leave his vehicle."
    (q,) = quotes(nlp, text)
    assert q.text == "the driver posed a threat and refused to leave his vehicle"


def test_reporting_verb_in_the_reporting_verbs_tense_is_the_next_act(nlp):
    # hard: "said ... and warned", both past tense, are two acts of the speaker
    text = ("Mr Brown said the economy was stable and warned that borrowing would rise.")
    found = quotes(nlp, text)
    said = [q for q in found if q.cue == "said"][0]
    assert "warned" not in said.text and "borrowing" not in said.text



def test_relative_clause_closing_the_statement_is_the_writers(nlp):
    # hard: ", which forced her to ..." tells the reader what the illness did; the speaker said the rest
    text = ("Mr Fowler said he expects the senator to fully recover from pneumonia, which forced her to "
            "cancel a fundraising trip.")
    (q,) = quotes(nlp, text)
    assert q.text == "he expects the senator to fully recover from pneumonia"


def test_apposition_on_a_name_closing_the_statement_is_the_writers(nlp):
    # BBC-style: the apposition says what NATO is, for the reader
    text = ("Critics say the money could be better spent in partnership with NATO, the military alliance "
            "that includes the United States.")
    (q,) = quotes(nlp, text)
    assert q.text == "the money could be better spent in partnership with NATO"


def test_quoted_relative_clause_stays_the_speakers(nlp):
    # hard: inside quotation marks the relative clause is the speaker's own words
    text = ('Mr Fowler said the senator had pneumonia, "which is no reason to quit the race."')
    (q,) = quotes(nlp, text)
    assert q.text.endswith("no reason to quit the race")


def test_what_is_promised_holds_the_quoted_words_and_the_rest_of_the_object(nlp):
    # hard: only part of the promised object is quoted; the promise is all of it
    text = ('Tory leader Michael Howard is promising lower taxes and "a fairer deal for families," but he '
            'has also stepped up his attacks.')
    (q,) = [q for q in quotes(nlp, text) if q.cue == "promising"]
    assert q.text == "lower taxes and a fairer deal for families" and q.direct
    assert q.speaker.name == "Michael Howard"


def test_subordinate_clause_before_the_aside_opens_the_whole_statement(nlp):
    # hard: "he said" hangs on the "Though" clause; that clause alone is half a statement
    text = ("Though the last handover was relatively smooth, he said, replacing the leader now would be "
            "far more bitter.")
    (q,) = quotes(nlp, text)
    assert q.text.startswith("Though the last handover") and q.text.endswith("far more bitter")


def test_concession_after_an_aside_at_a_paragraphs_end_is_the_writers(nlp):
    # real (Washington Post, shortened): the paragraph break after the sentence must not hide the
    # concession closing it
    text = ("The latest test, North Korea said, was its biggest yet, although it may take several days "
            "to determine how powerful it was.\n\nOther news followed.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == "said"]
    assert q.text == "The latest test was its biggest yet"


def test_meaning_after_the_quoted_words_is_the_writers_gloss(nlp):
    # hard: ", meaning ..." says what the quoted word entails, for the reader; "Mills’" is an
    # apostrophe, not a quotation mark, so the quotation closes after "partial"
    text = ("Democrats blasted the committee for failing to say that Mills’ immunity was only “partial,” "
            "meaning it only protected her from charges over her laptop.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == "blasted"]
    assert "meaning" not in q.text and q.text.endswith("partial")


def test_participle_reporting_what_others_call_the_act_is_the_writers(nlp):
    # real (USA Today, shortened): what analysts described the act as is not what the speaker said
    text = ('The Republican nominee has repeatedly wondered whether the moderators will be "fair" to him, '
            "engaging in what analysts described as pre-debate tactics.")
    q = next(q for q in quotes(nlp, text) if q.cue == "wondered")
    assert q.text == "the moderators will be fair to him"


def test_time_clause_after_the_closing_mark_ends_the_quotation(nlp):
    # hard: the quotation ends at its mark; "when ..." says when the words were said
    text = ('The advert ends with the candidate saying, "That makes me smart," when his rival attacked him '
            "for not paying tax.")
    qs = [q for q in quotes(nlp, text) if q.text.startswith("That makes me smart")]
    assert qs and all(q.text == "That makes me smart" for q in qs)


def test_clause_with_its_own_noun_subject_after_comma_and_but_is_the_writers(nlp):
    # real (Washington Post): "but instant debate polls are not ..." is the writer's caveat
    text = ("Instant polls showed Clinton was the winner of Monday's debate, but instant debate polls are "
            "not a measure of voting intentions six weeks from now.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == "showed"]
    assert q.text == "Clinton was the winner of Monday's debate"


def test_next_sentence_joined_by_and_is_not_what_was_agreed(nlp):
    # real (New York Times): the union's step is the writer's next fact; "miners'" is a possessive
    text = ("In the end, Patriot agreed to effectively lend Mr. Clarke $5 million, and the coal miners' union "
            "also stepped in with money.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == "agreed"]
    assert q.text == "to effectively lend Mr. Clarke $5 million"
