"""Who speaks and to whom: the subject and the addressee of a reporting cue.

The subject is the verb's own when the parse gives one; otherwise it is found
up the tree ("responded by saying", "C, X said, adding that ...", "X said A and
warned B", "Y quoted X as saying"). The addressee is the object of telling
verbs, a "to" phrase, or the person a message or call was for ("in a letter to
Y", "in a phone call with Y").
"""
from __future__ import annotations

from spacy.tokens import Token

# Nouns that carry a statement: "in a letter to Y", "according to the message from X to Y".
MESSAGE_NOUNS = frozenset("""message letter statement note email e-mail tweet post call phone
speech remarks remark interview address telegram cable report briefing conference release
op-ed column article book memo conversation talks meeting""".split())
# Of those, the ones held with someone: "in a phone call with Y" names Y as the addressee
# ("a joint statement with Y" would make Y a co-author, so not every message noun)
_TALK_NOUNS = frozenset("call phone conversation talks meeting".split())
ADDRESSEE_VERBS = frozenset("tell inform assure reassure brief remind urge ask advise warn notify promise".split())


def speaker_of(v: Token, verbs: dict[str, str]) -> Token | None:
    # the nearest subject: a headline or dateline word before it can also hang on the verb as nsubj
    # "40% of voters said": "%" is a noun there
    subjects = [c for c in v.children if (not c.is_punct or c.pos_ == "NOUN") and (
        c.dep_ in ("nsubj", "csubj") or c.dep_ == "nsubjpass" and v.lemma_ == "quote")]
    if subjects:
        c = min(subjects, key=lambda c: abs(c.i - v.i))
        if c.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
            return v.head
        return c
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((g for g in agent.children if g.dep_ == "pobj"), None)
    if v.dep_ == "compound" and v.head.pos_ == "PROPN" and v.i < v.head.i:
        return v.head                    # "Said Ellis: ..." parsed as one noun phrase
    prev = v.doc[v.i - 1] if v.i > 0 else None
    if v.tag_ == "VBG" and prev is not None and prev.dep_ in ("pobj", "dobj") and prev.pos_ in ("PROPN", "NOUN"):
        return prev                      # "footage of Clinton asking", "heard Obama saying": who does it
    if v.dep_ in ("advcl", "xcomp", "conj", "acl") and v.tag_ == "VBG":
        # "C, X said, adding that ...": the sibling cue's speaker, not the head clause's subject
        for sib in v.head.children:
            if sib != v and sib.dep_ == "parataxis" and sib.lemma_.lower() in verbs:
                s = speaker_of(sib, verbs)
                if s is not None:
                    return s
    if v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in verbs:
        # "X said A would happen and warned B": the parse joins "warned" to A, but it is X's
        # next act (its content is cut from A the same way, in _content)
        return speaker_of(v.head.head, verbs)
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
        return speaker_of(v.head, verbs)
    if v.dep_ == "pcomp":
        # "responded by saying", "before asking", "stopped short of calling": the governing verb's subject
        h = v.head
        while h.pos_ in ("ADP", "ADV", "ADJ", "SCONJ") and h.head != h:
            h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return speaker_of(h, verbs)
    if v.dep_ in ("acl",) and v.head.pos_ in ("NOUN", "PROPN"):
        return v.head                    # "Trump, speaking in Ohio, ..." is handled via the head
    if v.i > 0 and v.doc[v.i - 1].ent_type_ in ("PERSON", "ORG") and v.doc[v.i - 1].pos_ == "PROPN":
        return v.doc[v.i - 1]            # "... of the Washington Post Trump said": the parse lost the subject
    return None


def addressee_of(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ in ("dobj", "dative") and v.lemma_ in ADDRESSEE_VERBS:
            return c
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if c.dep_ == "prep" and c.lower_ in ("in", "through", "via"):
            for n in c.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in MESSAGE_NOUNS:
                    return to_of(n)
    return None


def to_of(noun: Token) -> Token | None:
    for p in noun.children:
        if p.dep_ == "prep" and (p.lower_ == "to" or p.lower_ == "with" and noun.lemma_.lower() in _TALK_NOUNS):
            return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None
