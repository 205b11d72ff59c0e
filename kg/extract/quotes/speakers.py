"""Who is speaking: from the subject token of a cue to a named Mention.

Works without a coreference model (the fragile dependency of every peer
tool, see research/anchors-mission.md): one index per article of the people
and organisations it names, then rules:

- a name inside the subject phrase ("ministry spokesperson Hua Chunying");
- a short name ("Li", "Mr. Obama") goes to a full name that shares the
  token, preferring one whose role shares a word with the title given here
  ("spokesperson Li"), then the one mentioned most recently; two people
  sharing a surname stay two people;
- a pronoun (or a form of address: "His Highness") goes to the most recent
  compatible person outside quotation marks, subjects and speakers first;
- a role noun ("the president", "the spokesman") goes to the most recent
  person whose role holds it, an apposition included ("The Chancellor, Rachel
  Reeves,"); an organisation noun ("the airline") to the most recent
  organisation whose name holds it, a business noun ("the company") to the
  most recent organisation.
"""
from __future__ import annotations

import bisect
from collections.abc import Container
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.entities.mentions import doc_mentions
from kg.extract.quotes.lexicon import (
    ADDRESS_FORMS,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    NEWS_NOUNS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    QUANTIFIERS,
    ROLE_NOUNS,
    SHARE_NOUNS,
    role_lemma,
    role_words,
)
from kg.extract.shared.countries import country_code, country_label
from kg.facts import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Mention

_NP_DEPS = {"compound", "amod", "nmod", "appos", "flat", "poss", "nummod", "det", "case", "punct"}
_SUBJ_DEPS = {"nsubj", "nsubjpass"}
# prepositions after an unnamed speaker that name whom it speaks for
_FOR_PREPS = frozenset(["for", "at", "of", "from", "to", "with", "including"])
_WINDOW = 600                  # tokens a pronoun may look back


@dataclass(slots=True)
class _Person:
    name: str                  # fullest name seen
    tokens: frozenset[str]     # lowercase name tokens
    role_words: set[str]
    role: str | None
    affiliation: Mention | None
    female: bool | None


def name_tokens(name: str) -> frozenset[str]:
    return frozenset(w for w in (t.lower().strip(".,") for t in name.replace("-", " ").split())
                     if w and w not in HONORIFICS)


class SpeakerIndex:
    """The entity mentions of one doc, indexed once, and the rules that resolve a subject."""

    def __init__(self, doc: Doc, quoted: Container[int] = (), mentions: list[Mention] | None = None) -> None:
        self.doc = doc
        self.mentions = list(doc_mentions(doc) if mentions is None else mentions)   # a copy: never the cache
        self._spans: list[Span | None] = []
        self._ent_at: dict[int, int] = {}          # token index -> mention index
        for k, m in enumerate(self.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            self._spans.append(span)
            for i in range(span.start, span.end) if span is not None else ():
                self._ent_at.setdefault(i, k)
        self.people: list[_Person] = []
        self._person_of: dict[int, int] = {}       # mention index -> people index
        # references to people in text order: token index, person, salient (subject or speaker)
        self._pos: list[int] = []
        self._refs: list[tuple[int, bool]] = []
        self._build_people()
        for k, p in self._person_of.items():
            span = self._spans[k]
            if span is not None and span.start not in quoted:
                self._note(span.start, p, span.root.dep_ in _SUBJ_DEPS)
        self.last_speaker: tuple[int, Mention] | None = None

    # ---- the article's people -------------------------------------------------------------
    def _build_people(self) -> None:
        persons = [k for k, m in enumerate(self.mentions) if m.kind == PERSON and self._spans[k] is not None]
        persons.sort(key=lambda k: (-len(name_tokens(self.mentions[k].name)), self.mentions[k].start))
        for k in persons:
            m, span = self.mentions[k], self._spans[k]
            toks = name_tokens(m.name)
            if not toks:
                continue
            role, words, affil = self._title(span, m)
            p = next((i for i, q in enumerate(self.people) if q.tokens == toks), None)
            if p is None and len(toks) == 1:
                p = self._choose(toks, words, span.start)
            if p is None:
                self.people.append(_Person(m.name, toks, set(words), role, affil, _gender(span)))
                p = len(self.people) - 1
            else:
                q = self.people[p]
                q.role_words |= words
                q.role, q.affiliation = q.role or role, q.affiliation or affil
                q.female = q.female if q.female is not None else _gender(span)
            self._person_of[k] = p

    def _title(self, span: Span, m: Mention) -> tuple[str | None, set[str], Mention | None]:
        """Title words before the name in its noun phrase, and appositions after it."""
        doc, left = span.doc, span.start
        while left > 0 and doc[left - 1].dep_ in ("compound", "amod", "nmod", "nummod") and \
                span.start <= doc[left - 1].head.i < span.end + 1 and span.start - left < 8:
            left -= 1
        title = doc[left:span.start]
        words = {role_lemma(t) for t in title if t.is_alpha and t.lower_ not in ("mr", "mrs", "ms")}
        words |= role_words(m.role)
        for a in span.root.children:
            if a.dep_ == "appos" and a.i > span.root.i and a.pos_ == "NOUN":
                words |= {role_lemma(t) for t in a.subtree if t.pos_ in ("NOUN", "PROPN")}
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start and head.i not in self._ent_at and \
                role_lemma(head) in ROLE_NOUNS:         # "The Chancellor, Rachel Reeves, ..."
            words |= {role_lemma(t) for t in head.subtree if t.i < span.start and t.is_alpha}
        role = m.role or (title.text if any(role_lemma(t) in ROLE_NOUNS or t.pos_ == "NOUN" for t in title)
                          else None)
        affil = m.affiliation
        for t in title:
            k = self._ent_at.get(t.i)
            if affil is None and k is not None and self.mentions[k].kind in (ORGANIZATION, COUNTRY, PLACE):
                affil = self.mentions[k]
        return role, words, affil

    def _choose(self, toks: frozenset[str], words: set[str], before: int) -> int | None:
        """The person a short name means: role match first, then the most recent."""
        cands = [i for i, q in enumerate(self.people) if toks <= q.tokens]
        if len(cands) > 1 and words:
            cands = [i for i in cands if self.people[i].role_words & words] or cands
        if len(cands) > 1 and self._pos:
            n = bisect.bisect_left(self._pos, before)
            for j in range(n - 1, -1, -1):
                if self._refs[j][0] in cands:
                    return self._refs[j][0]
        return cands[0] if cands else None

    def _note(self, token_i: int, p: int, salient: bool) -> None:
        n = bisect.bisect_left(self._pos, token_i)
        if n < len(self._pos) and self._pos[n] == token_i:
            self._refs[n] = (p, salient or self._refs[n][1])
            return
        self._pos.insert(n, token_i)
        self._refs.insert(n, (p, salient))

    def _mention(self, p: int, span: Span) -> Mention:
        q = self.people[p]
        return Mention(kind=PERSON, name=q.name, text=span.text, start=span.start_char, end=span.end_char,
                       role=q.role, affiliation=q.affiliation)

    # ---- resolution -------------------------------------------------------------------------
    def resolve(self, head: Token, speaker: bool = True) -> Mention | None:
        """The entity that a subject (or an according-to object) refers to."""
        found = None
        if head.lemma_.lower() in SHARE_NOUNS and head.pos_ in ("NOUN", "SYM") and head.i not in self._ent_at:
            return self._share(head) if speaker else None      # "40% of Labour supporters" is not Labour
        if head.pos_ in ("NOUN", "PROPN") and head.i not in self._ent_at and not self._named(head):
            found = self._described(head)        # "the Chinese president": not China
        found = found or self._in_phrase(head) or self._represented(head)
        if found is None and (head.lower_ in PERSON_PRONOUNS or head.dep_ == "poss" and head.lower_ in ("his", "her")):
            found = self._pronoun(head, head.lower_ in ("she", "her"))
        poss = next((c.lower_ for c in head.children if c.dep_ == "poss"), "")
        if found is None and head.lower_ in ADDRESS_FORMS and poss in ("his", "her"):
            found = self._pronoun(head, poss == "her")
        if found is None and head.pos_ == "PROPN":
            found = self._described(head) or self._unknown_name(head)
        if found is None:
            return self._group(head) if speaker else None
        m, p = found
        if m.kind == PLACE:   # a place speaks as its country's capital ("Peking said") or its institutions
            code = country_code(m.name)
            m = Mention(kind=COUNTRY, name=country_label(code), text=m.text, start=m.start, end=m.end, code=code) \
                if code else Mention(kind=ORGANIZATION, name=m.name, text=m.text, start=m.start, end=m.end)
        if speaker:
            self.last_speaker = (head.i, m)
            if p is not None:
                self._note(head.i, p, True)
        return m

    def carry(self, token_i: int) -> Mention | None:
        """The last speaker (as last named), for a quotation with no cue of its own."""
        if self.last_speaker is None or not 0 <= token_i - self.last_speaker[0] <= _WINDOW:
            return None
        return self.last_speaker[1]

    def _phrase(self, head: Token) -> list[Token]:
        out = [head]
        for c in head.children:
            if c.dep_ in _NP_DEPS and abs(c.i - head.i) <= 12:
                out.extend(t for t in c.subtree if t.dep_ not in ("relcl", "acl", "prep", "conj", "cc"))
        return sorted(out, key=lambda t: t.i)

    def _named(self, head: Token) -> bool:
        """The description names its person in apposition: "the Democratic candidate Hillary
        Clinton" ("the Clinton campaign" is still the campaign)."""
        return any(c.dep_ == "appos" and self._ent_at.get(c.i, -1) in self._person_of for c in head.children)

    def _in_phrase(self, head: Token) -> tuple[Mention, int | None] | None:
        """A name inside the subject phrase: a person first, then an organisation or country."""
        phrase = self._phrase(head)
        hits = [(t, self._ent_at[t.i]) for t in phrase if t.i in self._ent_at]
        owners = [(t, k) for t, k in hits if t.dep_ != "poss" and t.head.dep_ != "poss"]
        for t, k in owners + hits:          # "the ministry's spokesman" speaks for the ministry
            if k in self._person_of:
                p = self._resolve_short(k, phrase, t)
                return self._mention(p, self._spans[k]), p
        for t, k in owners + hits:
            p = self._short_name(t)
            if p is not None:
                return self._mention(p, self._spans[k]), p
        for _, k in owners + hits:
            m = self.mentions[k]
            if m.kind in (ORGANIZATION, COUNTRY, PLACE):
                return m, None
        for t in phrase:
            p = self._short_name(t) if t.pos_ in ("PROPN", "NOUN") else None   # headlines tag names NOUN
            if p is not None:
                return self._mention(p, self.doc[t.i:t.i + 1]), p
        return None

    def _represented(self, head: Token) -> tuple[Mention, int | None] | None:
        """Who an unnamed speaker speaks for: "a spokeswoman for X", "officials at X",
        "advisers to X", "a study by X", "an analysis released by X". Places are left out:
        "experts in Virginia" do not speak for Virginia."""
        if head.pos_ != "NOUN":
            return None
        objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ in _FOR_PREPS
                for g in c.children if g.dep_ == "pobj"]
        objs += [g for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for g in objs:
            found = self._in_phrase(g)
            if found is not None and found[0].kind in (PERSON, ORGANIZATION, COUNTRY):
                return found
        return None

    def _resolve_short(self, k: int, phrase: list[Token], t: Token) -> int:
        p = self._person_of[k]
        toks = name_tokens(self.mentions[k].name)
        if len(toks) < len(self.people[p].tokens) or len(toks) == 1:
            span = self._spans[k]
            words = {role_lemma(x) for x in phrase if x.i < span.start and x.is_alpha}
            return self._choose(toks, words, t.i) if self._choose(toks, words, t.i) is not None else p
        return p

    def _short_name(self, t: Token) -> int | None:
        """One name token ("Li", which the model may tag ORG) that is part of a person's name."""
        tok = t.lower_.strip(".")
        if tok in HONORIFICS or not t.text[:1].isupper() or not any(tok in q.tokens for q in self.people):
            return None
        words = {role_lemma(c) for c in t.children if c.dep_ in ("compound", "amod") and c.is_alpha}
        return self._choose(frozenset([tok]), words, t.i)

    def _pronoun(self, head: Token, female: bool) -> tuple[Mention, int | None] | None:
        n = bisect.bisect_left(self._pos, head.i)
        lo = bisect.bisect_left(self._pos, head.i - _WINDOW)
        for salient_only in (True, False):
            for j in range(n - 1, lo - 1, -1):
                p, salient = self._refs[j]
                if (salient or not salient_only) and self.people[p].female in (None, female):
                    self.people[p].female = female
                    return self._mention(p, self.doc[head.i:head.i + 1]), p
        return None

    def _unknown_name(self, head: Token) -> tuple[Mention, int | None] | None:
        """A capitalised subject the entity rules did not list: "Peabody said", "Republicans said"."""
        toks = [t for t in self._phrase(head) if t.pos_ == "PROPN" and t.i <= head.i and t.text[:1].isupper()]
        if not toks or toks[-1] != head or head.ent_type_ in ("GPE", "LOC", "DATE", "TIME"):
            return None
        span = self.doc[toks[0].i:head.i + 1]
        words = [t.text for t in span if t.lower_.rstrip(".") not in HONORIFICS]
        if not words:
            return None
        titled = toks[0].i > 0 and self.doc[toks[0].i - 1].lower_.rstrip(".") in HONORIFICS or \
            span[0].lower_.rstrip(".") in HONORIFICS
        # untitled, it is a body: a span the model tags PERSON got here only as the entity rules
        # judged it no person ("The Lib Dems say")
        kind = PERSON if titled else ORGANIZATION
        return Mention(kind=kind, name=" ".join(words), text=span.text, start=span.start_char,
                       end=span.end_char), None

    def _group(self, head: Token) -> Mention | None:
        """A speaker without a name: people in the plural ("officials said", "Protesters chanted",
        "several foreign policy analysts warned"), one person the writer does not name ("a
        narrator asks", "one Democratic source said"), a collective ("police said") or a document
        ("a study found", "polls show"). It speaks as itself, not as the nearest person named."""
        lemma = head.lemma_.lower()
        unnamed = any(c.lower_ in ("a", "an", "one", "another") for c in head.children)   # "a narrator asks"
        if head.pos_ != "NOUN" or head.i in self._ent_at or {lemma, head.lower_} & NEWS_NOUNS or \
                not (head.tag_ == "NNS" or unnamed or lemma in COLLECTIVE_NOUNS or lemma in DOCUMENT_NOUNS):
            return None
        words = [t for t in self._phrase(head) if t.i <= head.i and t.dep_ in ("compound", "amod", "nmod")
                 and t.lower_ not in QUANTIFIERS and t.is_alpha] + [head]
        span = self.doc[words[0].i:head.i + 1]
        name = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)
        return Mention(kind=GROUP, name=name, text=span.text, start=span.start_char, end=span.end_char)

    def _share(self, head: Token) -> Mention:
        """A share of people speaks as the share it is: "Only 52 percent of registered voters
        agreed" as "52 percent of registered voters", "Twelve percent indicated" as "twelve
        percent", "50% of those questioned"; a gloss after a comma (", who are 18 or older") is left out."""
        first = min((t.i for c in head.children if c.i < head.i and c.dep_ in ("nummod", "det", "amod", "compound")
                     for t in c.subtree if t.dep_ != "advmod"), default=head.i)
        last = head.i
        for g in (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1
                  for g in p.children if g.dep_ == "pobj"):
            gloss = {x.i for t in g.subtree if t.dep_ in ("relcl", "acl") and self.doc[t.left_edge.i - 1].text == ","
                     for x in t.subtree}
            last = max(t.i for t in g.subtree if t.i not in gloss)
        span = self.doc[first:last + 1]
        name = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in span
                        if not t.is_punct or t.text == "%")
        return Mention(kind=GROUP, name=name.replace(" %", "%"), text=span.text, start=span.start_char,
                       end=span.end_char)

    def _described(self, head: Token) -> tuple[Mention, int | None] | None:
        """A definite description: "the president", "the Chinese foreign ministry"."""
        lemma = role_lemma(head)
        if lemma in ROLE_NOUNS and any(c.lower_ in ("the", "this") for c in head.children):
            n = bisect.bisect_left(self._pos, head.i)
            for j in range(n - 1, -1, -1):
                p = self._refs[j][0]
                if lemma in self.people[p].role_words:
                    return self._mention(p, self.doc[head.left_edge.i:head.i + 1]), p
            return None
        if lemma not in ORG_NOUNS:
            return None
        mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        span = self.doc[(mods[0].left_edge.i if mods else head.i):head.i + 1]
        if mods and any(m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE", "ORG") for m in mods):
            return Mention(kind=ORGANIZATION, name=span.text, text=span.text,
                           start=span.start_char, end=span.end_char), None
        for k in range(len(self.mentions) - 1, -1, -1):
            m, s = self.mentions[k], self._spans[k]
            if m.kind == ORGANIZATION and s is not None and s.end <= head.i and \
                    lemma in {role_lemma(x).rstrip("s") for x in s}:        # "the airline": American Airlines
                return replace(m, text=span.text, start=span.start_char, end=span.end_char), None
        if lemma in COMPANY_NOUNS and not mods:
            k = max((k for k, s in enumerate(self._spans) if s is not None and s.end <= head.i and
                     self.mentions[k].kind == ORGANIZATION), key=lambda k: self._spans[k].end, default=None)
            if k is not None:
                return replace(self.mentions[k], text=span.text, start=span.start_char, end=span.end_char), None
        return None


def _gender(span: Span) -> bool | None:
    prev = span.doc[span.start - 1].lower_.rstrip(".") if span.start else ""
    return {"mrs": True, "ms": True, "miss": True, "madam": True, "mr": False, "sir": False}.get(prev)
