"""Entity mentions: who and what an article names (extractor entities.v1).

Steps, in order:
1. bodies: a gazetteer scan for every country form, and the state bodies written after one
   ("the Chinese foreign ministry");
2. name_evidence: whether a one-word PERSON span is a person, judged on the whole article;
   surroundings: what the words around one occurrence of a name say it is when not a person
   ("McFly were", "Bellini's Norma", "Keane frontman X", "bands like Talking Heads");
3. mentions: spaCy's NER spans corrected by those and turned into Mention facts.
"""
