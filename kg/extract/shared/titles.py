"""Titles and honorifics: the words around a name that are roles, not the name.

"Prime Minister Theresa May" -> name "Theresa May", role "Prime Minister";
"Dr. A. Kumar" -> name "A Kumar", no role (an honorific is neither).
Word lists live in data/titles.txt, honorifics.txt, org_heads.txt, org_tails.txt, org_nouns.txt,
member_nouns.txt and descriptors.txt.
"""
from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:     # resolution imports this module in the build, which need not load spaCy
    from spacy.tokens import Doc, Span, Token

DATA = files("kg.extract") / "data"
POSSESSIVES = ("’s", "'s", "’", "'")
# Spokesman, spokeswoman and spokesperson are one role; so are the other gendered pairs.
_ROLE_FAMILY = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair",
                "chairwoman": "chair", "chairperson": "chair", "congressman": "congressperson",
                "congresswoman": "congressperson", "advisor": "adviser", "councilor": "councillor"}


@cache
def _words(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


@cache
def title_heads() -> frozenset[str]:
    """Last words of titles ("minister" for "prime minister"): a role phrase ends in one."""
    return frozenset(t.split()[-1] for t in _words("titles.txt"))


def honorifics() -> frozenset[str]:
    return _words("honorifics.txt")


@cache
def org_heads() -> frozenset[str]:
    """Nouns that end the name of a state body ("ministry", "government")."""
    return frozenset(t.split()[-1] for t in _words("org_heads.txt"))


def org_tails() -> frozenset[str]:
    """Last words that make a name an organisation or event ("Schools Cup", "Records")."""
    return _words("org_tails.txt")


def work_nouns() -> frozenset[str]:
    """Common nouns that name the kind of work written right after them ("the film Kill Bill")."""
    return _words("work_nouns.txt")


def org_nouns() -> frozenset[str]:
    """Common nouns that mark the name beside them as a company or product ("oil giant X", "X's shares")."""
    return _words("org_nouns.txt")


def member_nouns() -> frozenset[str]:
    """Nouns for a member of a band, team or company between its name and theirs ("Keane frontman X")."""
    return _words("member_nouns.txt")


def is_title(word: str) -> bool:
    return word.lower() in title_heads()


@cache
def _descriptors() -> frozenset[str]:
    """Job titles and descriptors from nameparser (812 words: "comic", "economist", "bishop")."""
    from nameparser.config import CONSTANTS
    return frozenset(CONSTANTS.titles) | _words("descriptors.txt")


def is_descriptor(word: str) -> bool:
    """A word written before a full name to say what the person is ("Comic Joe Pasquale"), in the
    plural before several ("Singers Jennifer Lopez and husband Marc Anthony"), or a party's member
    ("Tory Liam Fox", "Democrat Nancy Pelosi")."""
    low = word.lower()
    return is_title(word) or low in _descriptors() or (low.endswith("s") and low[:-1] in _descriptors()) \
        or _party_member(low)


def _party_member(low: str) -> bool:
    """"tory", "democrat": the singular of a plural party name of org_tails.txt ("tories")."""
    plural = low[:-1] + "ies" if low.endswith("y") else low + "s"
    return len(low) > 3 and plural in org_tails() and plural != low


def is_honorific(word: str) -> bool:
    return word.lower() in honorifics()


def role_head(role: str | None) -> str | None:
    """The title word a role ends in, gender-neutral: "foreign ministry spokesman" -> "spokesperson"."""
    words = (role or "").split()
    if not words:                      # no role, or a whitespace token
        return None
    last = words[-1].lower()
    return _ROLE_FAMILY.get(last, last)


def clean_name(words: list[str]) -> str:
    """Join name words, dropping possessives and full stops after initials ("S." -> "S")."""
    out = []
    for w in words:
        for p in POSSESSIVES:
            if w.endswith(p) and len(w) > len(p):
                w = w[: -len(p)]
                break
        if w in POSSESSIVES:
            continue
        if re.fullmatch(r"[A-Z]\.", w):
            w = w[0]
        elif re.fullmatch(r"(?:[A-Z]\.){2,}", w):     # "S.J." -> "S J"
            w = " ".join(w.replace(".", ""))
        out.append(w)
    return " ".join(out)


def split_role(words: list[str]) -> tuple[list[str], list[str]]:
    """(role words, name words) for words written before and in a name.

    The role is everything up to the last title or honorific that still leaves
    a name after it; honorifics are then dropped from the role.
    """
    cut = 0
    for i, w in enumerate(words[:-1]):
        if is_title(w) or is_honorific(w):
            cut = i + 1
    role = [w for w in words[:cut] if not is_honorific(w)]
    if role and not is_title(role[-1]):
        role = []
    return role, words[cut:]


def strip_title(text: str) -> tuple[str, str | None]:
    """("Theresa May", "Prime Minister") for "Prime Minister Theresa May"."""
    role, name = split_role(text.split())
    return clean_name(name), (" ".join(role) or None)


_ROLE_POS = {"NOUN", "PROPN", "ADJ"}
_MAX_ROLE = 8


def _role_word(tok: Token) -> bool:
    """Can this word be part of a title phrase ("state", "Foreign", "Chinese", "affairs")?"""
    if tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    return (tok.pos_ in _ROLE_POS or is_title(tok.text) or is_honorific(tok.text)) and \
        bool(re.fullmatch(r"[A-Za-z][A-Za-z.&-]*", tok.text))


def role_span(doc: Doc, name_start: int) -> Span | None:
    """The title phrase written right before a name: "state councillor and foreign minister".

    It must end in a title or honorific next to the name, and runs left over
    modifier words, conjoined titles and a possessive country ("China's").
    """
    i = name_start - 1
    if i < 0 or not (is_title(doc[i].text) or is_honorific(doc[i].text)):
        return None
    if is_honorific(doc[i].text) and not is_title(doc[i].text):    # "Mr", or "Foreign Secretary Mr"
        before = role_span(doc, i) if i > 0 and is_title(doc[i - 1].text) else None
        return doc[before.start if before is not None else i:name_start]
    start = i
    while i > 0 and name_start - i < _MAX_ROLE:
        tok = doc[i - 1]
        if tok.is_sent_end:
            break
        if _role_word(tok):
            i -= 1
        elif tok.text in ("and", "&") and i - 2 >= 0 and is_title(doc[i - 2].text):
            i -= 1
        elif tok.text in ("'s", "’s") and i - 2 >= 0 and doc[i - 2].ent_type_ in ("GPE", "ORG", "NORP"):
            i -= 1
        else:
            break
        start = i
    while start < name_start and not _role_word(doc[start]):    # never begin on "and" or "'s"
        start += 1
    return doc[start:name_start]


def appositive_role(doc: Doc, name_end: int) -> Span | None:
    """A title set off after a name: "Gordon Brown, the chancellor, said" -> "chancellor".

    Only a short phrase of modifier words that ends in a title right before a
    comma, a full stop or the end of the text counts; "the" or "a" opening it is dropped.
    """
    if name_end + 1 >= len(doc) or doc[name_end].text != ",":
        return None
    start = name_end + 1
    if doc[start].lower_ in ("the", "a", "an"):
        start += 1
    for j in range(start, min(start + _MAX_ROLE, len(doc))):
        tok = doc[j]
        if not (_role_word(tok) or tok.text in ("'s", "’s", "and")):
            return None
        after = doc[j + 1] if j + 1 < len(doc) else None
        if is_title(tok.text) and (after is None or after.text in (",", ".", ";")):
            return doc[start:j + 1] if _role_word(doc[start]) else None
    return None
