"""Who exports: the country (or company) behind a trade verb or flow noun.

"China", "the US", "Beijing", "Chinese firms", "India's exporters" all resolve to a country;
"local companies" in a clause reported by "the Chinese foreign ministry" to the ministry's
country; "the country" to the last country named before the sentence; a named company
with no country to an Organization mention (its country as affiliation when stated).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from kg.extract.shared.country_names import country_of_token, lookup_country
from kg.extract.trade.commodities import commodity_named
from kg.extract.trade.lexicon import (
    ACTOR_NOUNS,
    ANAPHORS,
    BLOC_NAMES,
    BOUND_WORDS,
    EXPORT_VERBS,
    IMPORT_VERBS,
    REPORTING_VERBS,
    VESSEL_NOUNS,
)
from kg.extract.trade.quantities import UNITS
from kg.facts import COUNTRY, ORGANIZATION, Mention

_MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod")
_UP_DEPS = ("xcomp", "advcl", "conj", "pcomp")
_CLAUSE_UP = ("ccomp", "conj", "xcomp", "advcl", "parataxis")
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
# "X is reported / said / known / confirmed to have bought": stated as done, not guessed
_REPORTED_AS = frozenset({"report", "say", "know", "confirm", "believe", "think", "understand"})


def is_country_token(tok: Token) -> Mention | None:
    if tok.pos_ not in ("PROPN", "ADJ", "NOUN") and tok.ent_type_ not in ("GPE", "NORP"):
        return None
    return country_of_token(tok)


def row_country(tok: Token) -> Mention | None:
    """The country leading a table row, also when the tagger took the row's figure into its entity
    ("Guatemalan 196" tagged as one ORG): then the word's own name."""
    if m := is_country_token(tok):
        return m
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.is_title and nxt is not None and nxt.like_num and nxt.ent_iob_ == "I" \
            and (found := lookup_country(tok.text)):
        return Mention(kind=COUNTRY, name=found[0], text=tok.text, start=tok.idx, end=tok.idx + len(tok), code=found[1])
    return None


def _modifier_country(tok: Token, deps: tuple[str, ...] = _MODIFIER_DEPS) -> Mention | None:
    for child in tok.children:
        if child.dep_ in deps and (m := is_country_token(child)):
            return m
        if child.dep_ == "poss" and (m := _modifier_country(child)):
            return m
        if child.dep_ in ("compound", "nmod") and child.pos_ == "NOUN" \
                and (m := _modifier_country(child, ("amod", "compound", "poss"))):
            return m   # "Argentine subproducts shipments", "Argentine grain and oilseed shipments" (nmod):
            # the adjective the parser hung on the goods;
            # "Algeria's state grain agency OAIC": the agency's country
    return None


def country_near(noun: Token, with_from: bool = False) -> Mention | None:
    """Country modifying a noun: "China's exports", "US exports", "Chinese exports", "exports from China"."""
    if m := _modifier_country(noun):
        return m
    if with_from:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (m := is_country_token(obj) or _owner_country(obj)):
                        return m
    return None


def _owner_country(place: Token) -> Mention | None:
    """The country a named port or firm belongs to by its possessive: "from Australia's Port Hedland"."""
    if place.pos_ != "PROPN" and place.ent_type_ not in ("ORG", "FAC"):
        return None
    return next((m for a in place.children if a.dep_ == "poss" and (m := is_country_token(a))), None)


_MADE = frozenset({"made", "built", "grown", "produced", "manufactured", "assembled"})


def item_origin(tokens: Sequence[Token]) -> Mention | None:
    """Country named as a modifier of traded goods: "of US goods", "Chilean copper", "Iranian gas"."""
    span = {t.i for t in tokens}
    for tok in tokens:
        head = tok.head
        if tok.dep_ == "npadvmod" and head.lower_ in _MADE and head.dep_ == "amod" and (m := is_country_token(tok)):
            return m   # "Chinese-made cotton trousers"
        if tok.dep_ == "poss" and head.i in span and (m := is_country_token(tok)) and _own_goods(head, span):
            return m   # "1 million barrels of Nigeria's Agbami crude", "of Angola's Nemba": the country's goods
        if tok.dep_ not in ("amod", "compound", "nmod") or head.i not in span:
            continue
        if head.pos_ in ("NOUN", "ADJ") and (m := is_country_token(tok)) and not is_country_token(head):
            if any(c.dep_ == "conj" and is_country_token(c) for c in tok.children):
                return None   # "Russian and French wheat": goods of two origins have no one exporter
            return m
        if head.pos_ == "PROPN" and _goods_grade(head, span) and (m := is_country_token(tok)):
            return m   # "U.S. West Texas Intermediate crude": the grade's country
        if capitalised_goods(head) and (found := lookup_country(tok.text)):   # also inside an ORG "U.S. Wheat"
            return Mention(kind=COUNTRY, name=found[0], text=tok.text, start=tok.idx, end=tok.idx + len(tok),
                           code=found[1])
    return None


def _own_goods(noun: Token, span: set[int]) -> bool:
    """What a country's possessive names in a goods phrase is goods: a commodity, through the names of its
    grade ("Iraq's Basrah crude"), or a name measured in a unit ("1 million barrels of Oman's Banoco")."""
    while noun.dep_ == "compound" and noun.head.i in span:
        noun = noun.head
    if is_country_token(noun):
        return False
    return commodity_named([noun.lower_]) is not None or noun.pos_ == "PROPN" and noun.dep_ == "pobj" \
        and noun.head.lower_ == "of" and noun.head.head.lower_ in UNITS


def _goods_grade(name: Token, span: set[int]) -> bool:
    """A proper name that modifies goods, directly or through other names: "West Texas Intermediate
    crude", "Brent blend"."""
    while name.dep_ in ("compound", "amod", "nmod") and name.head.i in span and name.head.pos_ == "PROPN":
        name = name.head
    return name.dep_ in ("compound", "amod", "nmod") and name.head.i in span and name.head.pos_ == "NOUN" \
        and is_country_token(name) is None


def capitalised_goods(tok: Token) -> bool:
    """Goods the wire capitalises after "U.S." ("U.S. Wheat", "U.S. Beans"), which the tagger then
    calls a name."""
    if tok.pos_ != "PROPN" or tok.i == 0 or not tok.doc[tok.i - 1].text.endswith("."):
        return False
    low = tok.lower_
    return commodity_named([low]) is not None or low.endswith("s") and commodity_named([low[:-1]]) is not None


def bound_for(noun: Token) -> Mention | None:
    """Destination written on the goods: "China-bound shipments", "cargoes bound for India"."""
    for bound in (c for c in noun.children if c.lower_ in BOUND_WORDS):
        for child in bound.children:
            if child.dep_ in ("npadvmod", "compound", "nmod") and (m := is_country_token(child)):
                return m
            if child.dep_ == "prep" and child.lower_ == "for":
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and (m := is_country_token(obj)):
                    return m
    return None


def _subject(trigger: Token) -> Token | None:
    tok = trigger
    for _ in range(4):
        for child in tok.children:
            if child.dep_ == "nsubj" and child.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head   # "Australia, which exported ...": the antecedent
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "attr" \
                and tok.head.head.lemma_ in ("be", "remain", "stay"):
            # "Australia remained the biggest supplier, shipping 18.05 mln tons": the copula's subject
            return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            # "Australia, which exported ...": the antecedent acts; in "items sold" it is what was sold
            return None if tok.dep_ == "acl" and tok.tag_ == "VBN" else tok.head
        if tok.dep_ not in _UP_DEPS or tok.head == tok:
            return None
        if tok.dep_ == "xcomp" and tok.head.lemma_ in _REPORTED_AS and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
            # "Libya is reported to have bought two cargoes": a past act, the reported one did it
            subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj
        tok = tok.head
    return None


subject_of = _subject


def _named_within(span) -> Mention | None:
    """A country word inside an organisation's own name: "the National Iranian Oil Company",
    "the Indian State Trading Corporation"."""
    for w in span:
        if w.is_title and (found := lookup_country(w.text)):
            return Mention(kind=COUNTRY, name=found[0], text=w.text, start=w.idx, end=w.idx + len(w), code=found[1])
    return None


def _spelled_out(span) -> Mention | None:
    """The country in the full name an acronym stands for: "the AWB" after "The Australian Wheat
    Board's (AWB)", "STC" after "the State Trading Corporation of India (STC)"."""
    acronym = span.text.strip()
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    doc = span.doc
    for t in doc[:span.start]:
        if t.text == acronym and t.i > 0 and doc[t.i - 1].text == "(":
            k = t.i - 2
            while k >= 0 and (doc[k].is_title or doc[k].tag_ == "POS" or doc[k].lower_ in ("of", "for", "and")):
                k -= 1
            for w in doc[k + 1:t.i - 1]:   # a country word inside the name ("Australian" in an ORG span)
                if found := lookup_country(w.text):
                    return Mention(kind=COUNTRY, name=found[0], text=w.text, start=w.idx, end=w.idx + len(w),
                                   code=found[1])
            return None
    return None


def _organization(tok: Token) -> Mention | None:
    if tok.ent_type_ != "ORG":
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if doc[end - 1].lower_ == "of" and end < len(doc) and doc[end].ent_type_ == "GPE":
        end += 1   # the tagger ends the name before its country: "[The State Trading Corporation of] [India]"
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    span = doc[start:end]
    name = span.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
    before = doc[max(tok.sent.start, start - 3):start]   # in its own sentence
    affiliation = _modifier_country(tok) or next((m for t in before if (m := is_country_token(t))), None) \
        or _spelled_out(span) or _named_within(span) or _appositive_country(tok)
    return Mention(kind=ORGANIZATION, name=name, text=span.text, start=span.start_char, end=span.end_char,
                   affiliation=affiliation)


# What an appositive calls a company: "Petrobras, the Brazilian state oil company"
_FIRM_NOUNS = frozenset({"company", "firm", "subsidiary", "corporation", "corp", "agency", "board", "house",
                         "trader", "exporter", "importer", "producer", "concern", "group", "unit", "affiliate",
                         "monopoly", "authority", "organisation", "organization", "cooperative", "miller"})


def common_lemma(tok: Token) -> str:
    """The lemma of a common noun the tagger took for a name at a sentence start ("Exporters sold ..."
    is tagged PROPN with the lemma "Exporters"): lower case, a plural "s" dropped."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and tok.is_title and lemma == tok.lower_ and lemma.endswith("s") \
            and not lemma.endswith("ss"):
        single = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
        # a name the tagger found stands unless it is a word for ships or traders ("Vessels loaded ...")
        return single if not tok.ent_type_ or single in VESSEL_NOUNS | ACTOR_NOUNS else lemma
    return lemma


def _appositive_country(tok: Token) -> Mention | None:
    """The country an appositive gives a company: "Sesostris, the Spanish subsidiary of Dreyfus"."""
    for app in (c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in _FIRM_NOUNS):
        if m := _modifier_country(app):
            return m
    return None


# Titles before a company's name: "State copper giant Codelco", "trading house Aston"
_FIRM_TITLES = frozenset({"giant", "company", "firm", "group", "producer", "miner", "maker", "trader", "house",
                          "corporation", "conglomerate", "major", "refiner", "supplier"})


def _titled_firm(tok: Token) -> Mention | None:
    """A name the tagger did not call an organisation (or called a place) after a company title."""
    if tok.pos_ != "PROPN" or is_country_token(tok) is not None or not any(
            c.dep_ == "compound" and c.lemma_.lower() in _FIRM_TITLES for c in tok.children):
        return None
    return Mention(kind=ORGANIZATION, name=tok.text, text=tok.text, start=tok.idx, end=tok.idx + len(tok),
                   affiliation=_modifier_country(tok))


def _appositive_firm(tok: Token) -> Mention | None:
    """A name the tagger did not call an organisation, which its appositive calls a country's company."""
    if (affiliation := _appositive_country(tok)) is None or tok.pos_ != "PROPN":
        return None
    return Mention(kind=ORGANIZATION, name=tok.text, text=tok.text, start=tok.idx, end=tok.idx + len(tok),
                   affiliation=affiliation)


def _reporting_verbs_above(trigger: Token, deps: tuple[str, ...], levels: int) -> Iterator[Token]:
    """The reporting verbs the clause of `trigger` hangs under, climbing through `deps` at most `levels` up."""
    tok = trigger
    for _ in range(levels):
        if tok.dep_ not in deps or tok.head == tok:
            return
        tok = tok.head
        if tok.lemma_ in REPORTING_VERBS:
            yield tok


def _reporter_country(trigger: Token) -> Mention | None:
    """Country of whoever reports the clause: '[the Chinese ministry] said local firms exported ...'."""
    for verb in _reporting_verbs_above(trigger, _CLAUSE_UP, 4):
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in subj.subtree:
                if m := is_country_token(t):
                    return m
    return None


def _institution_country(trigger: Token) -> Mention | None:
    """The country in the name of an institution that reports the clause: "the Ethiopian Horticulture
    Producer Exporters Association stated that the country earned ...", "The Pakistan Bureau of
    Statistics said the country exported ...": its own country, whoever the story named before."""
    for verb in _reporting_verbs_above(trigger, ("ccomp",), 2):
        for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "ORG"):
            if m := _named_within([t for t in subj.subtree if t.ent_type_ == "ORG"]):
                return m
    return None


def _reporter_of(trigger: Token) -> Token | None:
    """The subject of the reporting verb a clause is the complement of: "[X] said it bought ..."."""
    verb = next(_reporting_verbs_above(trigger, ("ccomp", "conj"), 2), None)
    return None if verb is None else next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"),
                                          None)


def previous_country(tok: Token) -> Mention | None:
    """What "the country" refers to: the last country named before it as a subject or an owner
    ("China's foreign trade rose ...", "Brazil's meat industry group said the country shipped"), not
    one in a list or after a preposition ("..., followed by the European Union and the United
    States. The country imported ..."); a described one ("the South Asian country") is the last
    named, whatever its role; with no subject or owner, the last named too."""
    doc = tok.doc
    described = any(c.dep_ == "amod" for c in tok.children)
    # the subject of a selling verb is not the buyer just named ("Germany ... bought 40,150 tonnes ...
    # In the same period, the country also shipped 5,200 tonnes of tea": the story's seller)
    selling = tok.dep_ == "nsubj" and tok.head.lemma_ in EXPORT_VERBS
    # nor is the subject of a buying verb a buyer of the story's goods just named ("The US remained the
    # largest buyer ... To feed its processing industry, the country imported 2.7 million tonnes")
    buying = tok.dep_ == "nsubj" and tok.head.lemma_ in IMPORT_VERBS and tok.lemma_.lower() in ANAPHORS
    # ("Egypt ... remained the top destination. Its state buyer purchased ...": "its" is that buyer's own)
    before = doc[: tok.i if tok.sent.start < tok.i else tok.sent.start]
    # (a sentence that names such a buyer lists buyers: "..., while Kenya bought 548,000 tons, the United
    # Arab Emirates 210,500 tons and Madagascar 190,400 tons")
    buyers = {t.sent.start for t in before if buying and t.ent_type_ in ("GPE", "NORP") and is_country_token(t)
              and (_buyer(t) or _buyer_role(t))}
    nearest = None
    for t in reversed(before):
        if t.ent_type_ in ("GPE", "NORP") and (m := is_country_token(t)):
            if selling and _buyer(t) or buying and t.sent.start in buyers:
                continue
            if described or _salient(t):
                return m
            nearest = nearest or m
    return nearest


def _phrase_head(t: Token) -> Token:
    """The word a compound name hangs on: "Saudi" -> "Arabia"."""
    while t.dep_ == "compound":
        t = t.head
    return t


def _buyer(t: Token) -> bool:
    """A country token that is the subject of a buying verb: "Germany ... bought 40,150 tonnes"."""
    head = _phrase_head(t)
    return head.dep_ == "nsubj" and head.head.lemma_ in IMPORT_VERBS


_BUYER_ROLES = frozenset({"buyer", "market", "importer", "destination", "customer", "taker", "recipient", "outlet"})


def _buyer_role(t: Token) -> bool:
    """A country token that is the subject of "was / remained the largest buyer"."""
    head = _phrase_head(t)   # (not "Egypt is the world's largest wheat importer": a rank, not a buyer here)
    return head.dep_ == "nsubj" and any(c.dep_ == "attr" and c.lemma_.lower() in _BUYER_ROLES and not world_rank(c)
                                        for c in head.head.children)


def world_rank(noun: Token) -> bool:
    """"the world's largest exporter of thermal coal": a rank among all sellers, not a supplier of the
    buyer just named."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in ("world", "globe") for c in noun.children)


def _salient(t: Token) -> bool:
    """A country token that is a clause's subject or a noun's owner, or stands in a subject."""
    head = _phrase_head(t)
    return head.dep_ in ("nsubj", "nsubjpass", "poss") or head.dep_ == "amod" and head.head.dep_ in (
        "nsubj", "nsubjpass")


def the_country(subject: Token) -> bool:
    """"the country", "the nation": a definite subject that names no country stands for the story's."""
    return subject.lemma_.lower() in ANAPHORS and subject.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children) \
        and not any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound") for c in subject.children)


def its_country(its: Token) -> Mention | None:
    """The country "its" stands for: the subject of its clause, or of the sentence before when "its"
    is in the subject ("Ghana shipped 2 mln tonnes. Its exports rose ..."); only a country itself,
    never a company or an industry ("Venezuela's oil industry ... bought ... from its imports")."""
    verb = its.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and its in subj.subtree or subj is None and verb.dep_ == "ROOT":
        sent = its.sent
        if sent.start == 0:
            return None
        root = its.doc[sent.start - 1].sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return is_country_token(subj) if subj is not None else None


def actor(trigger: Token) -> tuple[Mention | None, float]:
    """The exporter (or importer) of a trade verb, with a confidence for how it was found."""
    subj = _subject(trigger)
    if subj is None:
        return None, 0.0
    if subj.lower_ == "it" and trigger.lemma_ in IMPORT_VERBS and (reporter := _reporter_of(trigger)) is not None \
            and reporter.ent_type_ != "ORG" and (m := is_country_token(reporter) or _modifier_country(reporter)):
        return m, 0.7   # "Egypt's state grain buyer ... said it bought 240,000 tonnes": the buyer's country
        # (a named board or trader that "said it purchased" buys at home or sells others' goods)
    if m := is_country_token(subj):
        return m, 0.9
    if common_lemma(subj) in VESSEL_NOUNS:
        return None, 0.0   # "Vessels loaded 1.15 mln tonnes", tagged a name at a sentence's start: no firm
    if org := _organization(subj) or _appositive_firm(subj) or _titled_firm(subj):
        return org, 0.75
    if m := _modifier_country(subj) or country_near(subj, with_from=True):
        return m, 0.85
    lemma = common_lemma(subj)
    if lemma in ACTOR_NOUNS:
        return _reporter_country(trigger), 0.7
    if lemma in ANAPHORS and subj.tag_ == "NN":   # "the country"; "other EC countries" are not one
        return _institution_country(trigger) or previous_country(subj), 0.6
    return None, 0.0


def in_bloc(tok: Token) -> bool:
    """A word of a trade bloc's name: "the European Union", "the EU", "ASEAN"."""
    if not tok.ent_type_:
        return tok.lower_ in BLOC_NAMES
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[start:end].text.lower()
    return name.removeprefix("the ") in BLOC_NAMES


# Receivers that name no country: "to unknown destinations", "other countries 9,000"
UNNAMED_RECEIVERS = frozenset({"destination", "country", "buyer", "market", "customer"})


def no_one_country(tok: Token) -> bool:
    """A list element's receiver that is no one country: a bloc ("and the European Union 287,600
    tonnes"), "followed by unknown destinations at 412,000 tonnes", "other countries 9,000"."""
    return in_bloc(tok) or tok.lemma_.lower() in UNNAMED_RECEIVERS and tok.tag_ == "NNS" and tok.i > 0 \
        and tok.nbor(-1).lower_ in ("unknown", "other", "unspecified", "unnamed")
