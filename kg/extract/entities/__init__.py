"""Entity mentions: who and what an article names (extractor entities.v1).

Steps, in order:
1. bodies: a gazetteer scan for every country form, and the state bodies written after one
   ("the Chinese foreign ministry");
2. name_evidence: whether a one-word PERSON span is a person, judged on the whole article;
3. mentions: spaCy's NER spans corrected by those and turned into Mention facts.
"""
