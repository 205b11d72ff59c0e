"""Word lists the quote rules read: reporting cues, titles, role and organisation nouns.

The reporting cues live in data/reporting_verbs.txt (its header says where
they came from). Titles, honorifics and organisation heads are titles.py's
(data/titles.txt, honorifics.txt, org_heads.txt); the small tables below add
only what speakers need beyond those, written by hand from English news
style guides (AP/Reuters) and checked against the seed articles and the BBC
sample corpus; none of them names a person or an outlet.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract.shared.titles import honorifics, org_heads, role_head, title_heads

SPEECH, ARGUE, DIRECTIVE, COGNITION, EVIDENCE = "speech", "argue", "directive", "cognition", "evidence"
COMMIT, INTENT, STANCE = "commit", "intent", "stance"
CONFIDENCE = {SPEECH: 0.9, ARGUE: 0.8, DIRECTIVE: 0.7, COMMIT: 0.7, COGNITION: 0.6, EVIDENCE: 0.6,
              INTENT: 0.6, STANCE: 0.6}

# Classes whose direct object is what is reported when there is no clause ("criticized the
# party's lack of awareness", "promised tax cuts"); a belief or finding with only an object
# is rarely one ("knows the specifics", "found a way", "decide the case").
OBJECT_CONTENT = frozenset([SPEECH, ARGUE, DIRECTIVE, COMMIT, STANCE])
# ... except these cues: the utterance verbs whose object is a thing, not a topic ("added a
# line", "wrote a letter", "posted a video", "asked a question", "disclosed their assets",
# "chanted slogans": unless the object is quoted),
# "continue" ("continued the tradition") and "maintain" ("maintains a program").
NO_OBJECT_CONTENT = frozenset("""say add continue point quote ask answer respond reply write post
tweet call recall repeat note observe remark comment brief maintain disclose reveal confirm report
assert chant""".split())

# Nouns that report what someone said or believes when a that-clause follows them ("Trump's
# claim that C", "warnings from his attorney that C", "expressed concern that C"), with the
# class of their verb. From FrameNet's Statement, Reasoning and Opinion frames (the noun
# lexical units that take a finite complement), minus those whose that-clause is a fact
# rather than a claim ("fact", "evidence", "sign").
STATEMENT_NOUNS = {
    **dict.fromkeys("claim assertion allegation argument contention insistence accusation charge "
                    "suggestion admission denial".split(), ARGUE),
    **dict.fromkeys("statement report warning announcement assurance".split(), SPEECH),
    **dict.fromkeys("promise pledge vow".split(), COMMIT),
    **dict.fromkeys("belief notion idea view fear concern hope".split(), COGNITION),
}

# Prepositions that introduce the topic of a cue with no clause or object: "called for a
# moratorium", "spoke about her ties", "warned of a crisis", "commented on the report".
# A preposition maps to the cue lemmas it does this for; "*" for every cue. From PropBank
# frames of the communication verbs (say.01 ... complain.01: ARG1 "about/of/on").
TOPIC_PREPS = {
    "about": frozenset("*"),
    "for": frozenset("call ask push press argue advocate plead appeal campaign lobby".split()),
    "against": frozenset("warn argue rail protest campaign lobby testify caution".split()),
    "of": frozenset("speak talk warn boast complain".split()),
    "on": frozenset("comment elaborate speak talk report reflect".split()),
}


@cache
def reporting_verbs() -> dict[str, str]:
    """lemma -> class, from data/reporting_verbs.txt."""
    text = resources.files("kg.extract").joinpath("data/reporting_verbs.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lemma, cls = line.split()
            out[lemma] = cls
    return out


# Titles, role and organisation nouns: one list per concept, in titles.py's data files
# (data/honorifics.txt, titles.txt, org_heads.txt). Below are only the words those lists
# do not hold because they matter to speakers and not to names.

# Abbreviated and full titles written before a name, stripped from a speaker's name
# ("Sen. Warren", "Gov. Pence", "President Obama"): AP style abbreviations.
_NAME_TITLES = frozenset("""sen senator rep gov governor pres president gen col lt sgt capt adm cmdr
judge justice madam""".split())
HONORIFICS = frozenset(w.rstrip(".") for w in honorifics()) | _NAME_TITLES

# Role nouns a definite description can refer back with ("the nominee said") beyond the
# title heads: news roles that are not written before a name.
ROLE_NOUNS = title_heads() | frozenset("""candidate nominee researcher scientist doctor counsellor
prime vice-president""".split())

# Heads of organisation descriptions ("the ministry said", "the airline said") beyond the
# state bodies of data/org_heads.txt.
# Nouns for a business that news prose uses for the company just named ("Volvo Cars ... the
# company said", "the World Bank ... the lender"), even when the name does not hold the noun.
COMPANY_NOUNS = frozenset("""company firm group lender carrier insurer retailer carmaker automaker
manufacturer maker producer operator miner conglomerate corporation business""".split())

ORG_NOUNS = org_heads() | COMPANY_NOUNS | frozenset("""agency airline government office committee
campaign party bank board authority organisation organization union service university
institute foundation network newspaper broadcaster channel paper website regulator team club
association federation state""".split())

# Speakers the article does not name (facts.GROUP). Documents that say or show: the nouns of
# FrameNet's Text and Evidence frames that news cites as a source ("a study found", "the memo
# says", "polls show").
DOCUMENT_NOUNS = frozenset("""poll survey study report memo document analysis audit review letter
transcript filing complaint lawsuit ad advertisement article editorial research paper data figures
records""".split())
# Collective nouns for people that take a plural verb without a plural ending ("police said").
COLLECTIVE_NOUNS = frozenset("police staff public military clergy jury crowd audience".split())
# ... but not the news media: "the ship sank, state media reported" relays an event, it is not a
# statement of the media's own.
NEWS_NOUNS = frozenset("media press outlets".split())
# Words of quantity before a group that are not part of what it is ("several experts", "most voters").
QUANTIFIERS = frozenset("several many most some few numerous other others various both all".split())

# Nouns of proportion that speak for the people they measure ("52 percent of voters said",
# "a majority of Republicans believe", "Twelve percent indicated"): the partitive nouns of
# quantity that English poll reporting uses (AP style spells "percent"; BBC style writes "per
# cent", whose head is "cent", or "%").
SHARE_NOUNS = frozenset("""percent % cent majority minority plurality half third quarter fifth share
proportion""".split())

PERSON_PRONOUNS = frozenset(["he", "she"])
# Forms of address that stand for a person as a pronoun does: "His Highness said" (Gulf and
# Commonwealth court style; Debrett's forms of address)
ADDRESS_FORMS = frozenset("highness majesty excellency holiness lordship ladyship".split())
PLURAL_PRONOUNS = frozenset(["they", "we"])


def role_lemma(t: Token) -> str:
    """One word of a role, gender-neutral: "spokeswoman" -> "spokesperson" (titles.role_head)."""
    word = role_head(t.lower_) or t.lower_
    if word != t.lower_:
        return word
    lemma = t.lemma_.lower() if t.lemma_ else t.lower_
    return role_head(lemma) or lemma


def role_words(role: str | None) -> set[str]:
    """Canonical words of a role string: "Foreign Ministry spokesman" -> {foreign, ministry, spokesperson}."""
    words = (w.strip(".,").lower() for w in (role or "").split())
    return {role_head(w) or w for w in words if w.isalpha()}
