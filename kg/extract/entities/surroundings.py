"""What the words around one occurrence of a name say it is, when that is not a person.

The small model tags bands, clubs, works and companies PERSON ("Keane", "Werder Bremen",
"Norma", "Munich Re"). English news writes them in ways it never writes a person:
- with a plural verb, in the British style for bands and teams ("McFly were", "Keane have won");
- right after a person's possessive ("Bellini's Norma", "Oliver Stone's Alexander");
- in a list of organisations or places ("Barcelona, Real Madrid, Werder Bremen");
- before a member noun and that member's name ("Keane frontman Tom Chaplin");
- with a company noun set off after it ("Munich Re, the world's biggest reinsurer,");
- as the portfolio before a capitalised title ("the EU's Humanitarian Aid Commissioner");
- before a company's legal or group word the model left out ("Baker Hughes Inc said");
- before the noun of a prize or event named after someone ("the Gino Marinuzzi conducting competition");
- as a crude oil grade ("Bonny Light was off 17 cts", "traded crude, Minas,");
- as an example of a plural kind ("bands like Talking Heads", "firms such as Ubisoft");
- after a plural noun of standing ("leaders Chelsea", "rivals Werder Bremen");
- after a capitalised work noun opening a sentence ("Comedy Fat Albert - co-written by ...");
- as a parliamentary seat, a town and a compass word where seats are spoken of ("Leeds Central");
- before "of the Year", as the title of an award ("European Businessman of the Year");
- in a list set off beside a counted plural of bodies or works ("two singles, Club Foot and LSF");
- before a relative "which" that is attached to it ("Rockstar, which is behind the GTA titles");
- as what a player joined, before words of a move ("joined Tottenham in an 18-month loan deal");
- before a possessive and a venue noun ("Grauman's Chinese Theatre", venues.py).
Each rule looks at a few tokens around one occurrence; callers take the verdict of any
occurrence in the doc, unless the doc writes the name after a title or honorific.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from kg.extract.entities.venues import named_venue
from kg.extract.quotes.lexicon import reporting_verbs
from kg.extract.shared.countries import TOWN, city_population, country_form
from kg.extract.shared.titles import (
    POSSESSIVES,
    is_honorific,
    is_title,
    member_nouns,
    org_nouns,
    org_tails,
    work_nouns,
)
from kg.facts import ORGANIZATION, PLACE

THING = "thing"         # a work, product or other thing of no kind the graph keeps

_KINDS = {"ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "NORP": PLACE}
_PLURAL_FORMS = {"are", "were", "have", "'re", "'ve", "’re", "’ve"}
_LIST_GLUE = {",", "and", "or", "&"}
# Nouns of things named after a person, written after the name ("the Gino Marinuzzi conducting
# competition"); not "try", "era" or "government", which are the person's own.
_NAMED_AFTER = {"competition", "prize", "trophy", "memorial", "lecture", "scholarship", "fellowship", "medal"}
# Last words of crude oil grade names ("Arab Light", "Iran Heavy", "Brent Blend"), which are
# grades only near a word of the oil trade, within this many tokens.
_GRADE_WORDS = {"Light", "Heavy", "Medium", "Blend", "Sour", "Sweet"}
_GRADE_REACH = 15
_LEGAL_FORMS = {"inc", "ltd", "corp", "plc", "llc", "co", "gmbh"}   # written after a comma: "Ashland Oil, Inc."
_EXAMPLE_REACH = 12                                     # tokens back over a list to "like" / "such as"
_EXAMPLE_OPENERS = {"like", "including", "as"}      # "as" only in "such as"


def occurrence_kind(doc: Doc, start: int, end: int) -> str | None:
    """ORGANIZATION, PLACE or THING when the words around doc[start:end] say it is no person."""
    for rule in _RULES:
        kind = rule(doc, start, end)
        if kind is not None:
            return kind
    return None


def _plural_subject(doc: Doc, start: int, end: int) -> str | None:
    """"McFly were", "Keane have won": a name alone right before a plural verb form. Not one of a
    list ("Butler and Yelling were"), nor after "saw"-type verbs ("saw Turner win")."""
    if end >= len(doc) or doc[end].lower_ not in _PLURAL_FORMS or doc[end - 1].dep_ != "nsubj":
        return None
    if start > 0 and (doc[start - 1].lower_ in _LIST_GLUE or doc[start - 1].pos_ == "DET"):
        return None
    return ORGANIZATION if not any(c.dep_ in ("conj", "appos") for c in doc[end - 1].children) else None


def _after_possessor(doc: Doc, start: int, end: int) -> str | None:
    """"Vincenzo Bellini's Norma": a name right after a person's possessive is something of theirs."""
    if start < 2 or doc[start - 1].text not in POSSESSIVES:
        return None
    owner = doc[start - 2]          # a full name: the model tags clubs PERSON too ("Everton's Thomas Gravesen")
    root = doc[end - 1]             # and no speaker: "said Iron Maiden's Bruce Dickinson"
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in reporting_verbs()
    return THING if owner.ent_type_ == "PERSON" and owner.ent_iob_ == "I" and not speaks else None


def _list_items(doc: Doc, start: int, end: int) -> list[Span]:
    """Runs of capitalised words joined to doc[start:end] by commas and "and"/"or", up to three on
    each side ("Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen")."""
    out: list[Span] = []
    i = start
    while len(out) < 3 and i > 0 and doc[i - 1].lower_ in _LIST_GLUE:
        j = i - 1
        while j >= 0 and doc[j].lower_ in _LIST_GLUE:
            j -= 1
        k = j
        while k >= 0 and _item_word(doc[k]):
            k -= 1
        if k == j:
            break
        out.append(doc[k + 1:j + 1])
        i = k + 1
    j, right = end, 0
    while right < 3 and j < len(doc) and doc[j].lower_ in _LIST_GLUE:
        while j < len(doc) and doc[j].lower_ in _LIST_GLUE:
            j += 1
        k = j
        while k < len(doc) and _item_word(doc[k]):
            k += 1
        if k == j:
            break
        out.append(doc[j:k])
        right, j = right + 1, k
    return out


def _item_word(t) -> bool:
    return t.text[:1].isupper() and t.lower_ not in _LIST_GLUE and not t.is_punct


def _body_item(item: Span) -> str | None:
    """ORGANIZATION or PLACE for a list item that is surely one: a country, a club named with its
    town ("Real Madrid", "AC Milan"), a multi-word ORG tag. Not a one-word town: team sheets list
    surnames that are towns too ("Francis, Kabba, Shaw")."""
    if country_form(item.text):
        return PLACE
    if any(len(t.text.rstrip(".")) == 1 for t in item):
        return None                                     # "C Stoica, A Masi": a team sheet's initials
    if len(item) > 1 and (city_population(item[-1].text) >= TOWN or city_population(item[0].text) >= TOWN
                          or item.root.ent_type_ == "ORG"):
        return ORGANIZATION
    return None


def _in_list_of_bodies(doc: Doc, start: int, end: int) -> str | None:
    """Listed with two or more organisations or places and no person, a name is of their kind:
    "Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen". Team sheets list surnames the
    model tags GPE or ORG ("Weaver, Onuoha, Jordan"): a one-word item counts only as a country."""
    items = _list_items(doc, start, end)
    if any(t.ent_type_ == "PERSON" for item in items for t in item):
        return None
    kinds = [k for item in items if (k := _body_item(item)) is not None]
    if len(kinds) < 2 or 2 * len(kinds) < len(items):
        return None
    return ORGANIZATION if ORGANIZATION in kinds or start + 1 < end else PLACE


def _member_after(doc: Doc, start: int, end: int) -> str | None:
    """"Keane frontman Tom Chaplin", "Chelsea striker Didier Drogba": a member noun, then the member."""
    j = end
    if j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":     # "Keane lead singer"
        j += 1
    if j + 1 < len(doc) and doc[j].is_lower and doc[j].lower_ in member_nouns() \
            and doc[j + 1].ent_type_ == "PERSON":
        return ORGANIZATION
    return None


def _org_appositive(doc: Doc, start: int, end: int) -> str | None:
    """"Munich Re, the world's biggest reinsurer, said": a company noun set off after the name."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    for j in range(end + 2, min(end + 8, len(doc))):
        t = doc[j]
        if t.text in (",", ".", ";", ":"):
            return None
        if t.is_lower and t.lower_ in org_nouns() and t.pos_ == "NOUN" and (
                j + 1 == len(doc) or doc[j + 1].text in (",", ".", ";")):
            return ORGANIZATION
        if not (t.is_lower or t.text in POSSESSIVES or t.pos_ in ("PROPN", "ADJ", "NUM")):
            return None
    return None


def _portfolio(doc: Doc, start: int, end: int) -> str | None:
    """"the EU's Humanitarian Aid Commissioner, Louis Michel", "Venezuelan Energy and Mines Minister
    Aturo Hernandez": the name of a post, not of a person."""
    j = end
    if j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].text[:1].isupper():
        j += 2                                          # "Energy and Mines Minister"
    if j + 1 >= len(doc):
        return None
    title, after = doc[j], doc[j + 1]
    if not title.text[:1].isupper() or title.text.isupper() or not is_title(title.text) \
            or is_honorific(title.text) or _post_before(doc, start):
        return None
    return THING if after.text == "," or after.ent_type_ == "PERSON" else None


def _post_before(doc: Doc, start: int) -> bool:
    """"Secretary of State George Shultz and Foreign Minister ...": a post named right before the
    span makes it the holder's name, not a portfolio."""
    return start >= 3 and doc[start - 2].lower_ == "of" and is_title(doc[start - 3].text)


def _body_tail_after(doc: Doc, start: int, end: int) -> str | None:
    """"Baker Hughes Inc said", "Samuel Montagu and Co Ltd", "Jardine Fleming (Securities) Ltd",
    "Ashland Oil, Inc. chairman": a company's legal or group word right after the name the model
    cut short (after a comma, only a legal form: "Smith, Club captain" is a person's role)."""
    j = end
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text.rstrip(".").lower() in _LEGAL_FORMS \
            and doc[j + 1].text[:1].isupper():
        return ORGANIZATION
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3
    if j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].text.rstrip(".") == "Co":
        return ORGANIZATION
    word = doc[j].text.rstrip(".") if j < len(doc) else ""
    return ORGANIZATION if word[:1].isupper() and word.lower() in org_tails() else None


def _named_after(doc: Doc, start: int, end: int) -> str | None:
    """"the Gino Marinuzzi conducting competition", "a Nobel memorial lecture": a prize, event or
    place named after a person is no mention of them (tests/golden/README.md, people policy)."""
    for j in range(end, min(end + 3, len(doc))):
        t = doc[j]
        if not t.is_lower or t.pos_ not in ("NOUN", "ADJ", "VERB"):
            return None
        if t.lower_ in _NAMED_AFTER and t.pos_ == "NOUN":
            return THING
    return None


def _grade(doc: Doc, start: int, end: int) -> str | None:
    """Crude oil grades: "Bonny Light was off 17 cts", "Indonesia's main traded crude, Minas"."""
    before = doc[start - 2] if start > 1 and doc[start - 1].text == "," else doc[start - 1] if start else None
    if before is not None and before.lower_ in ("crude", "grade", "blend"):
        return THING
    if end - start < 2 or doc[end - 1].text not in _GRADE_WORDS:
        return None
    near = doc[max(0, start - _GRADE_REACH):min(len(doc), end + _GRADE_REACH)]
    return THING if any(t.lower_ in ("crude", "barrel", "barrels", "bpd") for t in near) else None


def _example_of(doc: Doc, start: int, end: int) -> str | None:
    """"bands like Talking Heads", "firms such as Ubisoft and Konami": an example of a plural kind."""
    i, stop = start - 1, max(1, start - _EXAMPLE_REACH)
    while i > stop and doc[i].lower_ in _LIST_GLUE and doc[i - 1].text[:1].isupper():
        i -= 1                                          # back over a list: "like Blur, Oasis, Suede"
        while i > stop and doc[i].text[:1].isupper() and doc[i].lower_ not in _LIST_GLUE:
            i -= 1
    if i < 1 or doc[i].lower_ not in _EXAMPLE_OPENERS:
        return None
    if doc[i].lower_ == "as":
        if doc[i - 1].lower_ != "such":
            return None
        i -= 1
    return _kind_of_plural(doc[i - 1])


def _kind_of_plural(t) -> str | None:
    if t.tag_ != "NNS" or not t.is_lower:
        return None
    singular = t.lemma_.lower()
    if singular in org_nouns():
        return ORGANIZATION
    return THING if singular in work_nouns() else None


def _standing_before(doc: Doc, start: int, end: int) -> str | None:
    """"15 points behind leaders Chelsea", "rivals Werder Bremen": one name after a plural noun that
    describes it is a team or a group ("sisters Venus and Serena Williams" lists several)."""
    if start < 1 or (end < len(doc) and doc[end].lower_ in _LIST_GLUE):
        return None
    noun = doc[start - 1]
    if noun.tag_ != "NNS" or not noun.is_lower or noun.ent_type_ in ("DATE", "TIME"):
        return None
    root = doc[end - 1]
    tied = (noun.dep_ == "compound" and start <= noun.head.i < end) or root.head == noun
    return ORGANIZATION if tied else None


def _after_work_opener(doc: Doc, start: int, end: int) -> str | None:
    """"Comedy Fat Albert - co-written by Bill Cosby - entered the chart": a capitalised work noun
    opening the sentence, tagged with the title it names."""
    first = doc[start]
    return THING if end - start > 1 and first.is_sent_start and first.lower_ in _capital_work_nouns() else None


@cache
def _capital_work_nouns() -> frozenset[str]:
    return work_nouns() - {"record", "single", "track", "play", "show", "game", "series"}


# The last words of a parliamentary seat named after a town ("Leeds Central", "Nottingham North"),
# and the words of a sentence that speak of seats.
_SEAT_TAILS = {"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest"}
_SEAT_WORDS = {"constituency", "constituencies", "seat", "seats", "mp", "mps", "by-election", "ward", "wards",
               "marginal", "marginals", "riding", "ridings"}


def _seat(doc: Doc, start: int, end: int) -> str | None:
    """"10% in Bristol South and Leeds Central", "the MP for Nottingham North": a town of over
    15,000 people and a compass word or "Central", in a sentence that speaks of seats, is a
    constituency ("Kanye West" names no seat)."""
    if end - start < 2 or doc[end - 1].text not in _SEAT_TAILS \
            or city_population(doc[start:end - 1].text) < TOWN:
        return None
    sent = doc[start].sent
    return PLACE if any(t.lower_ in _SEAT_WORDS for t in sent) else None


_COUNT_MODIFIERS = 4                                    # "two file - sharing networks"
_SET_OFF = {",", "-", ":", "–", "—"}


def _counted_kind(doc: Doc, start: int, end: int) -> str | None:
    """"two singles, Club Foot and LSF", "Grokster and StreamCast, two file-sharing networks": a list
    of names set off beside a counted plural noun of bodies or works ("two strikers, X and Y" are
    people). The list is walked at most _EXAMPLE_REACH tokens either way; a name that is the
    subject of a verb after it opens a clause of its own ("the two earlier films, Alfonso Cuaron
    brings in a bleak feel")."""
    root = doc[end - 1]
    k = start - 1 if not (root.dep_ == "nsubj" and root.head.i >= end) else 0
    while k > 0 and start - k <= _EXAMPLE_REACH:
        t = doc[k]
        if t.text in _SET_OFF and (kind := _counted_plural(doc, k - 1)) is not None:
            return kind
        if not (t.text[:1].isupper() or t.lower_ in _LIST_GLUE):
            break
        k -= 1
    k = end
    while k < len(doc) - 2 and k - end <= _EXAMPLE_REACH:
        t = doc[k]
        if t.text == "," and doc[k + 1].like_num and not doc[k + 1].text[:1].isdigit():
            j = k + 2
            while j < len(doc) and j - k <= _COUNT_MODIFIERS + 2 and (doc[j].is_lower or doc[j].text == "-"):
                if doc[j].tag_ == "NNS":
                    return _kind_of_plural(doc[j])
                j += 1
            return None
        if not (t.text[:1].isupper() or t.lower_ in _LIST_GLUE):
            break
        k += 1
    return None


def _counted_plural(doc: Doc, j: int) -> str | None:
    """The kind of the plural noun at doc[j] when a number word counts it ("a further two hits")."""
    if j < 1 or (kind := _kind_of_plural(doc[j])) is None:
        return None
    for i in range(j - 1, max(j - 2 - _COUNT_MODIFIERS, -1), -1):
        if doc[i].like_num and not doc[i].text[:1].isdigit():
            return kind
        if not (doc[i].is_lower or doc[i].text == "-"):
            break
    return None


def _which_after(doc: Doc, start: int, end: int) -> str | None:
    """"Edinburgh-based developer, Rockstar, which is behind the GTA titles": a relative "which"
    set off right after the name, when the name is itself set off by commas or the parse attaches
    the clause to it; English writes "who" after a person ("backed by Gordon Brown, which
    surprised many" is about the backing)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return None
    if start > 0 and doc[start - 1].text == ",":
        return THING
    verb = doc[end + 1].head
    return THING if verb.dep_ == "relcl" and start <= verb.head.i < end and verb.head.dep_ != "pobj" else None


_MOVE_WORDS = {"loan", "deal", "transfer", "contract", "fee"}
_MOVE_REACH = 6


def _joined_club(doc: Doc, start: int, end: int) -> str | None:
    """"Mido joined Tottenham in an 18-month loan deal", "joined Chelsea on loan": the object of
    "join" right before a phrase of a player's move is a club ("joined Smith in calling for a new
    deal" is not: a verb comes first)."""
    root = doc[end - 1]
    if root.dep_ != "dobj" or root.head.lemma_.lower() != "join":
        return None
    if end >= len(doc) or doc[end].lower_ not in ("in", "on", "for"):
        return None
    for t in doc[end + 1:min(end + _MOVE_REACH, len(doc))]:
        if t.lower_ in _MOVE_WORDS:
            return ORGANIZATION
        if t.pos_ == "VERB":
            return None
    return None


def _of_the_year(doc: Doc, start: int, end: int) -> str | None:
    """"named European Businessman of the Year", "Footballer of the Year": a title of an award,
    no one's name."""
    words = [t.lower_ for t in doc[end:end + 3]]
    return THING if words == ["of", "the", "year"] and doc[end + 2].text[:1].isupper() else None


_RULES = (_plural_subject, _after_possessor, _in_list_of_bodies, _member_after, _org_appositive,
          _portfolio, _body_tail_after, _named_after, _grade, _example_of, _standing_before, _after_work_opener,
          _seat, _of_the_year, _counted_kind, _which_after, _joined_club, named_venue)
