"""People the model tags ORG or GPE, and groups it tags PERSON, on real BBC sentences.

Hard because each sentence alone is all the model sees: "Helen Steel" reads as a company to
it, "Rio Ferdinand" as a place, "Africans" and "MPs" as names.
"""
from __future__ import annotations

from kg.extract.entities.mentions import doc_mentions
from kg.facts import PERSON


def _people(nlp, text):
    return {m.name for m in doc_mentions(nlp(text)) if m.kind == PERSON}


def test_name_paired_with_a_person_is_a_person(nlp):
    # BBC entertainment/361: the model tags "Helen Steel" ORG
    text = ('Helen Steel and David Morris, from north London, dubbed the "McLibel Two", were found guilty '
            'in a 1990s trial of libelling the company.')
    assert {"Helen Steel", "David Morris"} <= _people(nlp, text)


def test_name_in_a_longer_list_of_bands_stays_out(nlp):
    # BBC entertainment/322: "Foo Fighters" beside "Iron Maiden", which the model tags PERSON
    text = "Pixies, Foo Fighters and Iron Maiden will headline this summer's Leeds and Reading festivals."
    assert "Foo Fighters" not in _people(nlp, text)


def test_party_written_with_a_lower_case_word_is_no_partner(nlp):
    # BBC politics: "New Labour and Tony Blair"; the article writes "new" in lower case too
    text = ("People like Forsyth can only see one side of any argument and for him it is the side that is "
            "opposite New Labour and Tony Blair. This new law is needed.")
    assert "New Labour" not in _people(nlp, text)


def test_writer_before_his_work_is_a_person(nlp):
    # BBC tech/113: the model tags "Mervyn Peake's" ORG
    text = "Another team will work on the BBC's big budget drama of Mervyn Peake's gothic fantasy Gormenghast."
    assert "Mervyn Peake" in _people(nlp, text)


def test_plurals_of_people_are_no_persons(nlp):
    # BBC sport/135 and politics/143
    text = ("The three other Africans at the club are former Cameroon defender Ernest Etchi and Nigerian "
            "midfielder Edith Agoye. Labour MP Diane Abbot said she had been elected along with three other "
            "ethnic minority MPs - Keith Vaz, Paul Boateng and Bernie Grant - in 1987.")
    people = _people(nlp, text)
    assert not {"Africans", "MPs"} & people
    assert "Keith Vaz" in people


def test_name_opening_its_own_clause_after_counted_works_is_a_person(nlp):
    # BBC entertainment/033: "the two earlier films, Alfonso Cuaron brings ..." is no list of films
    text = ("Gone are the warm, bright colours found in the two earlier films, Alfonso Cuaron brings in a "
            "bleak and cold feel that is simply gorgeous.")
    assert "Alfonso Cuaron" in _people(nlp, text)


def test_surname_after_a_particle_is_no_company_word(nlp):
    # BBC entertainment/197: "Bank" closes company names, but after "Da" it is a surname
    text = "Rob Da Bank filled in after Peel had a heart attack aged 65 in October."
    assert "Rob Da Bank" in _people(nlp, text)


def test_namesake_of_a_venue_is_no_person(nlp):
    # BBC entertainment/093 and sport/138: the founder's and the saint's names inside a venue's
    text = ("The premiere of Godzilla: Final Wars at Grauman's Chinese Theatre followed the ceremony. "
            "He could then return to St James' Park - and he says that he wants to.")
    assert not {"Grauman", "St James", "James"} & _people(nlp, text)
