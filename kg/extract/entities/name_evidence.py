"""Is a one-word PERSON span a person? The whole doc's use of the word decides.

The small model tags company, club, product and award names PERSON ("Yukos",
"United", "Firefox", "Oscar"). One sentence rarely tells, but the article
does: people are written after a title or inside a full name ("Mr Blair",
"Tony Blair"); things are written after a determiner ("the Yukos case", "a
very tough Everton"), as a modifier ("Oscar nominees", "Oscar-winning"), in
capitals ("BAA"), in lower case elsewhere ("Jobs will go" beside "jobs"), or
tagged ORG or GPE elsewhere in the article. Person evidence wins over thing
evidence; with neither the word stays a person ("Eminem", "Madonna").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.entities.surroundings import THING, occurrence_kind
from kg.extract.quotes.lexicon import reporting_verbs
from kg.extract.shared.doc_text import lower_words
from kg.extract.shared.doc_tokens import per_doc, words
from kg.extract.shared.titles import is_honorific, is_title, org_nouns, org_tails, work_nouns
from kg.facts import ORGANIZATION, PERSON, PLACE

# Words that open a noun phrase about a thing, never a bare surname.
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
                "every", "each", "any", "no"}
# What a word tagged so elsewhere in the article is; None: a thing of no kind we keep ("Tory", "Kill Bill").
_THING_LABELS = {"ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "PRODUCT": None,
                 "WORK_OF_ART": None, "EVENT": None, "NORP": None, "LAW": None}


@dataclass
class NameEvidence:
    """Per-doc index of where each capitalised word occurs, and the verdicts reached so far."""
    doc: Doc
    name_words: set[str]
    at: dict[str, list[int]] = field(default_factory=dict)
    lower: frozenset[str] = frozenset()
    verdicts: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, name_words: set[str]) -> NameEvidence:
        return cls(doc, name_words, word_positions(doc), lower_words(doc))

    def kind(self, word: str) -> str | None:
        """PERSON, ORGANIZATION, PLACE, or None (a thing of no kind we keep) for a one-word name."""
        if word not in self.verdicts:
            self.verdicts[word] = self._judge(word)
        return self.verdicts[word]

    def person_evidence(self, word: str) -> bool:
        """The doc writes the word as a person's: inside a full name or after a title ("Mr Deer")."""
        return word in self.name_words or self.titled(word)

    def titled(self, word: str) -> bool:
        """The doc writes the word after a title or honorific somewhere ("Mr Abbas")."""
        return any(titled(self.doc[i]) for i in self.at.get(word, ()))

    def _judge(self, word: str) -> str | None:
        toks = [self.doc[i] for i in self.at.get(word, ())]
        if word.lower() in org_tails():
            return ORGANIZATION
        if any(org_noun_beside(t) for t in toks):
            return ORGANIZATION
        if word in self.name_words or any(titled(t) for t in toks):
            return PERSON
        if word.lower() in self.lower:
            return None
        for t in toks:
            if t.ent_type_ in _THING_LABELS:
                return _THING_LABELS[t.ent_type_]
        if any(_thing_use(t) or _in_brackets_after_name(t) or work_before(t) or _platform(t) for t in toks):
            return None
        for t in toks:
            if (kind := occurrence_kind(self.doc, t.i, t.i + 1)) is not None:
                return None if kind == THING else kind
        if word.isupper() and len(word) > 1:
            return ORGANIZATION
        return PERSON


# Verbs of publishing whose "on X" is a medium ("posted on Facebook"); "turned on Johnson" is not one.
_POSTING_VERBS = frozenset({"post", "share", "upload", "publish", "stream", "broadcast", "appear", "tweet",
                            "livestream", "air", "launch"})


def _platform(t: Token) -> bool:
    """"posted on Facebook", "said on Twitter", "shared via Instagram": a medium, not a person
    (only for a word the doc never writes as a person's name or after a title)."""
    verb = t.head.head
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "via") and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in _POSTING_VERBS or verb.lemma_.lower() in reporting_verbs())


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """Token positions of each capitalised word, computed once per doc (rules read it before the
    doc's NameEvidence exists)."""
    return per_doc(doc, "word positions", lambda: _capitalised_at(words(doc)))


def _capitalised_at(words: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        if word[:1].isupper():
            index.setdefault(word, []).append(i)
    return index


def titled(t: Token) -> bool:
    """"Mr Blair", "striker Rooney": a title or honorific right before the word (not "major Oscars")."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    return before is not None and (is_honorific(before.text) or (
        is_title(before.text) and not (before.is_lower and before.pos_ == "ADJ")))


# Verbs whose object is a work, never a person: "the band sang Hey Ya", "she directed Vera Drake".
_CREATIVE_VERBS = frozenset({"sing", "perform", "record", "direct", "publish", "stage", "premiere",
                             "compose", "produce", "screen"})


def work_before(t: Token) -> bool:
    """"the film Kill Bill", "her latest album Girls": a work noun (and its modifiers) right before;
    or the name is what a creative verb made ("sang Hey Ya")."""
    j = t.i - 1
    if j > 1 and t.doc[j].text == "," and t.doc[j - 1].lower_ in work_nouns() \
            and t.doc[j - 2].lower_ in ("his", "her", "their", "its", "own"):
        j -= 1              # "adapted from his own play, Purlie Victorious"; not "the program, Milton Hertz"
    while j >= 0 and t.doc[j].is_lower and t.doc[j].pos_ in ("ADJ", "ADV"):
        if t.doc[j].lower_ in work_nouns():            # "big-budget epic Alexander": "epic" tagged ADJ
            return True
        j -= 1
    if j >= 0 and t.doc[j].is_lower and t.doc[j].lower_ in work_nouns() and t.doc[j].pos_ != "VERB":
        return True
    head = t
    while head.dep_ in ("compound", "flat", "nmod", "amod") and head.head != head:
        head = head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _CREATIVE_VERBS


def org_noun_beside(t: Token) -> bool:
    """"software firm Sendmail", "the governing body, Segas", "Yukos' shares": a company noun
    before the name (or its appositive comma) or after its possessive."""
    doc = t.doc
    before = doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.text == "," and t.i > 1:
        before = doc[t.i - 2]                           # "Greece's governing body, Segas,"
    if before is not None and before.is_lower and before.lower_ in org_nouns():
        return True
    after = doc[t.i + 1:t.i + 3]
    return len(after) == 2 and after[0].text in ("'s", "’s", "'", "’") and after[1].lower_ in org_nouns()


def _in_brackets_after_name(t: Token) -> bool:
    """Team sheets: "Nicolas Mas (Perpignan)", "Jones (Wolves)": the club in brackets after a player."""
    doc = t.doc
    return 1 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" \
        and doc[t.i - 2].ent_type_ == "PERSON"


def _thing_use(t: Token) -> bool:
    doc = t.doc
    j = t.i - 1
    while j >= 0 and doc[j].is_lower and doc[j].pos_ in ("ADJ", "ADV"):     # "a very tough Everton"
        j -= 1
    if j >= 0 and doc[j].lower_ in _DETERMINERS and doc[j].dep_ != "mark" and doc[j].pos_ != "SCONJ":
        return True
    after = doc[t.i + 1:t.i + 3]
    if len(after) == 2 and after[0].text == "-" and not t.whitespace_ and after[1].is_lower:
        return True                                                        # "Oscar-winning"
    return t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.is_lower   # "Yukos assets"
