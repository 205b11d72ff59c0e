

def test_reported_clause_keeps_its_participles_and_second_complement(nlp):
    from kg.extract.quotes.attribution import extract_quotes
    from kg.facts import Article
    text = ("She said she was drawn to her first job, prosecuting fraud cases, in part because of the many "
            "women in charge there. But Flynn said the general respects the troops and his remark was an "
            "expression of frustration.")
    quotes = [q.text for q in extract_quotes(nlp(text), Article(id="x", text=text, source="x"))]
    assert any(q.endswith("women in charge there") for q in quotes), quotes
    assert any(q.endswith("an expression of frustration") for q in quotes), quotes


def test_sentence_initial_according_to_misparsed_as_root(nlp):
    from kg.extract.quotes.attribution import extract_quotes
    from kg.facts import Article
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of fear and desperation."
    (q,) = extract_quotes(nlp(text), Article(id="x", text=text, source="x"))
    assert q.text == "the move reeks of fear and desperation" and q.speaker.name == "Rush Limbaugh"
