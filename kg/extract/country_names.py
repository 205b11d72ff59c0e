"""Country names as written in news: names, aliases, demonyms and capitals -> (name, ISO alpha-2).

"the US", "America", "Chinese firms", "Beijing" (as an actor) all mean a country. The
tables live in kg/extract/data/ (see the comment at the top of each). Meant to move into
entities.py once that module settles; until then the exports extractor uses it.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from kg.facts import COUNTRY, Mention

_DATA = Path(__file__).parent / "data"
_STRIP_PREFIXES = ("the ",)
_STRIP_SUFFIXES = ("'s", "’s", "'", "’")


def _rows(name: str) -> list[list[str]]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(form -> code, code -> canonical name). Names beat aliases beat capitals/demonyms."""
    names: dict[str, str] = {}
    forms: dict[str, tuple[int, int, str]] = {}   # form -> (priority, -population, code)

    def add(form: str, prio: int, pop: int, code: str) -> None:
        key = form.strip().lower()
        if key and (key not in forms or (prio, -pop) < forms[key][:2]):
            forms[key] = (prio, -pop, code)

    for name, code, capital, demonym, pop, alts in _rows("countries.tsv"):
        names[code] = name
        add(name, 0, int(pop), code)
        for alt in filter(None, alts.split("|")):
            add(alt, 1, int(pop), code)
        for extra in (capital, demonym):
            if extra:
                add(extra, 2, int(pop), code)
    for alias, code in _rows("country_aliases.tsv"):
        add(alias, 1, 10**12, code)
    return {form: code for form, (_, _, code) in forms.items()}, names


def _clean(text: str) -> str:
    text = " ".join(text.split())
    low = text.lower()
    for p in _STRIP_PREFIXES:
        if low.startswith(p):
            text, low = text[len(p):], low[len(p):]
    for s in _STRIP_SUFFIXES:
        if text.endswith(s):
            text = text[: -len(s)]
    return text.strip()


def lookup_country(text: str) -> tuple[str, str] | None:
    """'the US' -> ('United States', 'US'); 'Chinese' -> ('China', 'CN'); unknown -> None."""
    forms, names = _tables()
    clean = _clean(text)
    if not clean or not clean[0].isupper():
        return None
    code = forms.get(clean.lower())
    if code is None and clean.endswith("s"):   # plural demonyms: "Americans", "Indians"
        code = forms.get(clean[:-1].lower())
    return (names[code], code) if code else None


def country_name(code: str) -> str | None:
    return _tables()[1].get(code)


def _span_for(token: Token) -> Span | None:
    doc = token.doc
    if token.ent_type_ in ("GPE", "NORP", "LOC", "ORG"):
        start, end = token.i, token.i + 1
        while doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    # compound chains without NER: "United States", "New Delhi"
    left = token.i
    while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == token.i:
        left -= 1
    return doc[left: token.i + 1]


def country_of_token(token: Token) -> Mention | None:
    """The country a token stands for, through its entity span or its own text."""
    span = _span_for(token)
    # inside a longer name ("Latin American", "American Airlines") the token alone means nothing
    candidates = [span] if span is not None and len(span) > 1 and token.ent_type_ else [
        s for s in (span, token.doc[token.i: token.i + 1]) if s is not None]
    for span in candidates:
        found = lookup_country(span.text)
        if found:
            name, code = found
            return Mention(kind=COUNTRY, name=name, text=span.text, start=span.start_char,
                           end=span.end_char, code=code)
    return None
