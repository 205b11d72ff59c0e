"""Word lists the quote rules read: reporting cues, titles, role and organisation nouns.

The reporting cues live in data/reporting_verbs.txt (its header says where
they came from). The small tables below were written by hand from English
news style guides (AP/Reuters titles) and checked against the seed articles
and the BBC sample corpus; none of them names a person or an outlet.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

SPEECH, ARGUE, DIRECTIVE, COGNITION, EVIDENCE = "speech", "argue", "directive", "cognition", "evidence"
COMMIT = "commit"
CONFIDENCE = {SPEECH: 0.9, ARGUE: 0.8, DIRECTIVE: 0.7, COMMIT: 0.7, COGNITION: 0.6, EVIDENCE: 0.6}


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


# Titles written before a name; never part of the name itself.
HONORIFICS = frozenset("""mr mrs ms miss mx dr prof sir dame lord lady madam rev
sen senator rep gov governor pres president gen col lt sgt capt adm cmdr judge justice""".split())

# Role nouns a definite description can refer back with ("the president said").
# Values are the canonical role word stored for matching.
ROLE_SYNONYMS = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair": "chair",
    "congressman": "congressman", "congresswoman": "congressman", "lawmaker": "lawmaker",
    "premier": "premier", "prime": "prime", "pm": "prime",
}
ROLE_NOUNS = frozenset("""president spokesperson minister secretary senator governor mayor
candidate nominee chair director chief ambassador envoy premier prime chancellor king queen
prince leader official officer commissioner representative congressman lawmaker manager
executive ceo founder general commander captain coach judge justice attorney lawyer
prosecutor adviser advisor aide analyst economist professor researcher scientist doctor
diplomat counsellor councillor deputy speaker head president-elect vice-president""".split())

# Heads of organisation descriptions ("the ministry said", "the airline said").
ORG_NOUNS = frozenset("""ministry department agency company firm airline government office
commission committee council court campaign party bank board authority administration
organisation organization union group embassy consulate army military police service
university institute foundation network newspaper broadcaster channel paper website
regulator parliament congress senate cabinet bureau team club association federation
state customs""".split())

PERSON_PRONOUNS = frozenset(["he", "she"])
PLURAL_PRONOUNS = frozenset(["they", "we"])


def role_lemma(t: Token) -> str:
    lemma = t.lemma_.lower() if t.lemma_ else t.lower_
    return ROLE_SYNONYMS.get(lemma, ROLE_SYNONYMS.get(t.lower_, lemma))


def role_words(role: str | None) -> set[str]:
    """Canonical words of a role string: "Foreign Ministry spokesman" -> {foreign, ministry, spokesperson}."""
    words = (w.strip(".,").lower() for w in (role or "").split())
    return {ROLE_SYNONYMS.get(w, w) for w in words if w.isalpha()}
