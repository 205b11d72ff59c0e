"""Reporting cues in a parsed Doc: the verb, what it reports, who and to whom.

A cue is a reporting verb from data/reporting_verbs.txt (or "according
to"). Its content comes from the dependency tree:

    X said (that) C          ccomp of the verb
    C, X said.               ccomp before the verb (the model's usual parse)
    C1, X says, C2.          verb attached as parataxis: the head clause minus the cue
    X urged Y to C           xcomp, for directive verbs only
    X wants to C             xcomp, for intent verbs ("plans to", "refused to")
    X agreed to C            xcomp with words of its own, for argue verbs ("proposed dropping C")
    X criticized C (as D)    the object and what is said of it, when there is no clause
    X called for C           a topic preposition's object (lexicon.TOPIC_PREPS)
    according to X, C        the clause "according" hangs on, minus the phrase
    X's claim that C         a statement noun's that-clause (lexicon.STATEMENT_NOUNS)
    Y quoted X as saying C   speaker is the object of "quote"

Patterns are plain tree walks rather than DependencyMatcher rules because
each one needs a different "minus" step; the verb lists stay data.
"""
from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from kg.extract.quotes.characterising import characterised, earliest_characterising, label_content
from kg.extract.quotes.cue_parties import ADDRESSEE_VERBS, MESSAGE_NOUNS, addressee_of, speaker_of, to_of
from kg.extract.quotes.lexicon import (
    ARGUE,
    COGNITION,
    COMMIT,
    DIRECTIVE,
    EVIDENCE,
    INTENT,
    NO_OBJECT_CONTENT,
    OBJECT_CONTENT,
    SPEECH,
    STATEMENT_NOUNS,
    TOPIC_PREPS,
    reporting_verbs,
)
from kg.extract.shared.doc_tokens import column, string_id

_NAMING_VERBS = frozenset("call describe label brand dub deem term characterize characterise".split())
_OBJECT_DEPS = frozenset(["dobj", "prep", "oprd", "xcomp", "attr", "acomp"])
_QUOTE_MARKS = frozenset("\"“”‘’'«»")
_CLOSING = frozenset(["”", "’", "\"", "'", "»", "''"])
_DASHES = frozenset(["—", "--", "–", "―"])
_FINITE = frozenset(["VBD", "VBZ", "VBP"])            # a dash after a phrase opens the writer's aside
# complementisers and joints a clause's edges keep when the parse cuts a conjunct off it
# ("was 'disgusting' and 'a con' and [encouraged ...]")
_MIN_XCOMP = 3                           # "to" + verb + at least one word of its own
_BARE = frozenset(["that", "whether", "if", ",", "—", "–", "-", ":", ";", "and", "but", "or"])

TokenRange = tuple[int, int]


@dataclass(slots=True)
class Cue:
    verb: Token                          # the cue's head token ("said", "according")
    cls: str                             # SPEECH, ARGUE, ... or "according-to"
    text: str                            # "said", "pointed out", "according to", "quoted as saying"
    content: list[TokenRange]            # what is reported; empty when the tree gives nothing
    subject: Token | None                # head token of who speaks
    addressee: Token | None = None
    form: str = "clause"                 # "clause"; "topic": a noun phrase the cue is about

    @property
    def start(self) -> int:
        return self.content[0][0] if self.content else self.verb.i


def find_cues(doc: Doc, quoted: Container[int]) -> list[Cue]:
    verbs = reporting_verbs()
    out: list[Cue] = []
    for i in _cue_candidates(doc):
        if i in quoted:
            continue
        t = doc[i]
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            cue = _according(t)
        elif _is_verb(t) and t.lemma_.lower() in verbs and not _not_speech(t):
            cue = _verb_cue(t, verbs[t.lemma_.lower()], verbs)
        elif t.lemma_ == "put" and _aside(t) is not None:
            cue = _verb_cue(t, SPEECH, verbs)            # "as X put it, C": the idiom of quoting
        elif t.pos_ == "NOUN" and t.lemma_.lower() in STATEMENT_NOUNS:
            cue = _noun_cue(t, STATEMENT_NOUNS[t.lemma_.lower()], verbs)
        elif t.pos_ == "VERB" and (label := characterised(t)) is not None:
            cue = Cue(t, ARGUE, f"{t.text} as", _ranges(label_content(t, *label), t), speaker_of(t, verbs))
        else:
            continue
        if cue is not None:
            cue.content = _in_paragraph(cue.verb, cue.content)
            out.append(cue)
    return out


def _cue_candidates(doc: Doc) -> list[int]:
    """Tokens a branch of find_cues can take, told from the token columns without a Token each:
    "according", a form of "put", a reporting verb (or a noun at the root of its clause that is
    one, _is_verb), a statement noun, or a verb close enough before an "as" with a quotation to
    be characterised."""
    strings, verbs = doc.vocab.strings, reporting_verbs()
    according, put, root = string_id(doc, "according"), string_id(doc, "put"), string_id(doc, "ROOT")
    labelling = earliest_characterising(doc)
    cols = zip(column(doc, LOWER), column(doc, LEMMA), column(doc, POS), column(doc, DEP), strict=True)
    return [i for i, (lower, lemma, pos, dep) in enumerate(cols)
            if lower == according or lemma == put
            or pos == VERB and (i >= labelling or strings[lemma].lower() in verbs)
            or pos == NOUN and (dep == root and strings[lemma].lower() in verbs
                                or strings[lemma].lower() in STATEMENT_NOUNS)]


def _is_verb(t: Token) -> bool:
    """A verb, or a verb the tagger took for a plural noun: "Trump charges that C", "X claims
    that C" come out as a NOUN at the root of its clause, with a subject."""
    return t.pos_ == "VERB" or t.pos_ == "NOUN" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children)


def _noun_cue(n: Token, cls: str, verbs: dict[str, str]) -> Cue | None:
    """"Trump's claim that C", "warnings from his attorney that C", "took offense at
    suggestions that C": a statement noun and its that-clause, told from a relative clause
    by "that" being its marker, not its subject or object. The possessor or the "by"/"from"
    phrase speaks; without one the cue has no subject and the clause's own is taken
    (context.speaker_token). A noun that a reporting verb governs ("said in a
    statement that C", "expressed concern that C") is the verb's cue, not its own."""
    gov = n.head.head if n.dep_ == "pobj" else n.head
    if gov.lemma_.lower() in verbs and gov.pos_ in ("VERB", "NOUN") and gov.i != n.i:
        return None
    comps = _that_clauses(n, ("acl", "relcl", "ccomp"))
    if not comps:
        return None
    subject = next((c for c in n.children if c.dep_ == "poss"), None)
    if subject is None:
        subject = next((g for p in n.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                        for g in p.children if g.dep_ == "pobj"), None)
    return Cue(n, cls, n.text, _ranges(list(comps[0].subtree), n), subject, None, "clause")


def _that_clauses(noun: Token, deps: tuple[str, ...]) -> list[Token]:
    """Clauses after a noun that "that" introduces as their marker, not as their subject or
    object: the noun's complement ("the claim that C"), not a relative clause ("the claim that spread")."""
    return [k for k in noun.children if k.dep_ in deps and k.i > noun.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in k.children)]


def _not_speech(v: Token) -> bool:
    """A reporting verb used for something else: a participle on a noun ("the so-called
    'plan'", "the said property") or the discourse marker "That said, ..."."""
    if v.dep_ == "amod":
        return True
    doc = v.doc
    return v.i + 1 < len(doc) and doc[v.i + 1].text == "," and v.i > 0 and \
        doc[v.i - 1].lower_ in ("that", "this") and doc[v.i - 1].i == doc[v.i - 1].sent.start


def _in_paragraph(v: Token, content: list[TokenRange]) -> list[TokenRange]:
    """Clip content to the cue's paragraph: the parser may run a sentence over a paragraph
    break and hang the next paragraph's quotation on this verb."""
    if not content:
        return content
    doc = v.doc
    a = v.i
    while a > content[0][0] and "\n" not in doc[a - 1].text_with_ws:
        a -= 1
    b = v.i
    while b < content[-1][1] and "\n" not in doc[b].text_with_ws:
        b += 1
    b += 0 if b < len(doc) and doc[b].is_space else 1
    return [(max(x, a), min(y, b)) for x, y in content if min(y, b) > max(x, a)]


def _verb_cue(v: Token, cls: str, verbs: dict[str, str]) -> Cue | None:
    if v.lemma_ == "quote" and any(c.lower_ == "as" for c in v.children):
        return None                      # the cue is the "saying" below it
    if cls == COGNITION and v.dep_ == "xcomp" and v.head.lemma_ in ("seem", "appear"):
        return None                      # "seems to think C": the writer's reading of someone, not their word
    prt = [c for c in v.children if c.dep_ == "prt"]
    if v.lemma_ == "point" and not prt:
        return None                      # "pointed out" only
    text = v.text + "".join(" " + p.text for p in prt)
    content, form = _content(v, cls, verbs), "clause"
    if not content:
        if any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children):
            return None                  # "was declared a 'red zone'": a naming, nobody speaks
        content, prep = _topic(v, cls)
        form, text = "topic", text + (" " + prep if prep else "")
    subject = speaker_of(v, verbs)
    if subject is None and content and content[0][0] < v.i:
        content, subject = _inverted_subject(v, content)
    if v.head.lower_ == "as" and v.head.head.lemma_ == "quote":
        q = v.head.head
        subject = next((c for c in q.children if c.dep_ in ("dobj", "nsubjpass")), None)
        text = f"{q.text} as {v.text}"
    return Cue(v, cls, text, content, subject, addressee_of(v), form)


def _inverted_subject(v: Token, content: list[TokenRange]) -> tuple[list[TokenRange], Token | None]:
    """'"C," the agency's director-general, Jide Idris, said': the model may hang the speaker
    on C and leave the verb without a subject. The speaker is what stands between the
    quotation's closing mark and the verb; C ends at that mark."""
    doc = v.doc
    closes = [t.i for t in doc[content[0][0]:v.i] if t.text in _CLOSING and t.i > 0 and doc[t.i - 1].text == ","]
    if not closes:
        return content, None
    gap = doc[closes[-1] + 1:v.i]
    people = [t for t in gap if t.ent_type_ == "PERSON"]
    nouns = [t for t in gap if t.pos_ in ("NOUN", "PROPN") and not gap.start <= t.head.i < gap.end]
    subject = people[-1] if people else nouns[-1] if nouns else None
    if subject is None:
        return content, None
    return [(a, min(b, closes[-1] + 1)) for a, b in content if a <= closes[-1]], subject


# Reporting verbs that name an act of speaking rather than a statement and take no clause: in
# "as X spoke, C" and "as X testified, C" the "as" is a time, not a quotation's aside.
_ACT_VERBS = frozenset("speak talk testify protest discuss".split())


def _aside(v: Token) -> list[Token] | None:
    """'As X put it, C', 'Yet, as X observed, C', 'C, as a memo put it': a reporting verb in an
    "as" clause set off by a comma has no complement of its own; it reports the clause it is set
    in - what follows the aside when something does, else what comes before it. Without the
    comma, or with an object of its own, "as" is a time ('as X spoke, ...', 'as X read the
    names'): not an aside."""
    if v.dep_ != "advcl" or v.lemma_.lower() in _ACT_VERBS or \
            not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) or \
            not any(c.dep_ == "nsubj" for c in v.children):
        return None
    doc, head, start = v.doc, v.head, v.left_edge.i
    opens = all(t.is_space for t in doc[v.sent.start:start])
    if not opens and doc[start - 1].text != "," and \
            not (doc[start - 1].text in _CLOSING and doc[start - 2].text == ","):
        return None
    end = next((t.i for t in doc[v.i:v.sent.end] if t.text == ","), None)
    objects = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and (end is None or c.i < end)]
    if any(c.lower_ != "it" and v.lemma_ not in ADDRESSEE_VERBS for c in objects) or \
            v.lemma_ == "put" and not any(c.lower_ == "it" for c in objects) or \
            any(c.dep_ == "prep" and _topic_prep(c, v.lemma_.lower()) for c in v.children):
        return None
    after = [t for t in head.subtree if end is not None and t.i > end]
    if any(not t.is_punct for t in after):
        return after
    # the writer's own lead into the clause ("because while most applicants must ..., C") is not quoted
    subj = next((c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), head.i)
    lead = {t.i for c in head.children if c.dep_ in ("mark", "advcl", "cc") and c.i < subj for t in c.subtree}
    before = [t for t in head.subtree if t.i < start and t.i not in lead]
    return None if opens else before


def _content(v: Token, cls: str, verbs: dict[str, str]) -> list[TokenRange]:
    aside = _aside(v)
    if aside:
        return _ranges(aside, v)
    comps = [c for c in v.children if c.dep_ == "ccomp"]
    if not comps and cls in (DIRECTIVE, SPEECH, ARGUE):
        comps = [c for c in v.children if c.dep_ == "xcomp" and (cls == DIRECTIVE or v.lemma_ == "call")]
    if not comps:
        # "tweeted in the early hours that M was 'disgusting'": the small model often hangs a
        # that-clause after a modifier on the verb as advcl, with "that" as its advmod
        comps = [c for c in v.children if c.dep_ == "advcl" and c.i > v.i and c.left_edge.lower_ == "that"
                 and c.left_edge.dep_ in ("mark", "advmod")]
    if not comps:
        # "said in a statement that C", "told a briefing that C", "expressed hope that C": the
        # model hangs the that-clause on the noun as a relative clause; "that" as its marker
        # (not its subject) shows it is the complement
        nouns = [c for c in v.children if c.dep_ in ("dobj", "dative") and c.i > v.i]
        nouns += [g for c in v.children if c.dep_ == "prep" and c.i > v.i for g in c.children if g.dep_ == "pobj"]
        comps = [k for n in nouns for k in _that_clauses(n, ("acl", "relcl"))]
    if not comps and cls == INTENT:
        comps = [c for c in v.children if c.dep_ == "xcomp" and c.i > v.i]
    if not comps and cls == ARGUE:
        # "agreed to release the cash", "proposed dropping the mandate": the position put
        # forward; a bare "agreed to meet" may have its object elsewhere (a relative gap or a
        # coordination), so the clause must carry words of its own. Not for commit verbs:
        # "promised to do its utmost" is a pledge to act, not a statement
        comps = [c for c in v.children if c.dep_ == "xcomp" and c.i > v.i and len(list(c.subtree)) >= _MIN_XCOMP]
    if comps:
        c = min(comps, key=lambda c: abs(c.i - v.i))
        if c.i == v.i + 1 and c.tag_ in ("VBZ", "VBD", "VBP") and \
                not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for g in c.children):
            # "Everything Trump says is a lie": a finite verb right after the cue with no subject
            # is the verb of a sentence the cue sits in the subject of, not a clause it reports
            return []
        # "said he would order a review and warned against hackers": a reporting verb joined to
        # the clause without a subject of its own is the speaker's next act, not part of what was said
        skip = {t.i for k in c.children if k.dep_ == "conj" and k.lemma_.lower() in verbs
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children)
                and not _agrees_with_complement(v, c, k) for t in k.subtree}
        skip |= _trailing_participle(c, verbs) | _trailing_gloss(c) | _setting_after_quote(c)
        tail = [t for k in _complement_tail(v, c, verbs) if not _time_after_quote(c, k) for t in k.subtree]
        return _ranges([t for t in c.subtree if t.i not in skip] + tail, v)
    if v.lemma_ in _NAMING_VERBS:
        # "called X 'a fraud'", "described X as Y": the object and what it is called
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        pred = next((c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp") or
                     c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is not None and pred is not None and obj.i < pred.i and obj.tag_ in ("WP", "WDT"):
            # "condemned what he called a 'brazen breach'": a relative "what" makes the naming part
            # of the clause around it, which a reporting verb above reports whole; outside what such
            # a verb reports ("wondered whether ..., engaging in what analysts described as age-old
            # tactics": a clause modifier) the name is the content
            if _reported_above(v, verbs):
                return []
            name = next((g for g in pred.children if g.dep_ == "pobj"), None) if pred.dep_ == "prep" else pred
            return _ranges(list(name.subtree), v) if name is not None else []
        if obj is not None and pred is not None and obj.i < pred.i:
            return _ranges(_to_last_quote([t for t in obj.subtree] + [t for t in pred.subtree]), v)
    if cls in (SPEECH, ARGUE) and v.lemma_ not in ADDRESSEE_VERBS or cls == COMMIT:
        # "blasted the media for being 'dishonest'", "condemned the test as 'provocative'": the
        # object and what is said of it, when the speaker's own words are quoted there; what is
        # promised ("promising lower taxes and 'jobs, jobs, jobs'"), not to whom ("promised them")
        after = [c for c in v.children if c.i > v.i and c.dep_ in _OBJECT_DEPS and c.pos_ != "PRON"]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)   # "was declared a 'zone'"
        if after and not passive and any(t.text in _QUOTE_MARKS for c in after for t in c.subtree):
            return _ranges(_to_last_quote([t for c in after for t in c.subtree]), v)
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    for c in v.children:
        # "Since April, C, he said": the model hangs C on the verb as a clause modifier
        if (c.dep_ in ("advcl", "dep", "parataxis") and c.pos_ in ("VERB", "AUX") and subj is not None
                and c.i < subj.i and c.right_edge.i + 1 < len(v.doc) and v.doc[c.right_edge.i + 1].text == ","
                and not any(g.dep_ == "mark" or g.tag_ in ("WRB", "WDT") for g in c.children)):
            return _ranges(list(c.subtree), v)
    if v.dep_ == "parataxis" and cls in (SPEECH, ARGUE, COGNITION, EVIDENCE):
        # "C1, X said, until C2": a clause the parse hung on the cue after its comma is C's tail
        # (", adding that C3" is the speaker's next act, not C's tail)
        tail = [c for c in v.children if c.dep_ in ("advcl", "ccomp") and c.i > v.i and c.left_edge.i > 0
                and v.doc[c.left_edge.i - 1].text == "," and c.tag_ != "VBG" and c.lemma_.lower() not in verbs]
        skip = {t.i for t in v.subtree} - {t.i for c in tail for t in c.subtree}
        for sib in v.head.children:
            if sib.dep_ in ("advcl", "conj") and sib.tag_ == "VBG" and sib.lemma_.lower() in verbs:
                skip |= {t.i for t in sib.subtree}
        # "Though A, he said, B": a subordinate clause is half a statement; the sentence it opens is whole
        head = v.head.head if v.head.dep_ == "advcl" and v.head.head.pos_ in ("VERB", "AUX") and \
            any(m.dep_ == "mark" for m in v.head.children) else v.head
        skip |= _trailing_gloss(head)   # "C1, X said, C2, although it may take days to ..."
        return _ranges([t for t in head.subtree if t.i not in skip], v)
    return []


def _reported_above(v: Token, verbs: dict[str, str]) -> bool:
    """Whether v stands in what a reporting verb above it reports: up the tree through
    complements, to before a clause modifier or a coordination leaves it."""
    t = v
    while t.head.i != t.i and t.dep_ not in ("advcl", "conj", "parataxis"):
        t = t.head
        if t.lemma_.lower() in verbs:
            return True
    return False


_SETTING_PREPS = frozenset({"on", "at", "during", "in", "after", "before", "while", "when"})


def _to_last_quote(tokens: list[Token]) -> list[Token]:
    """What is said of an object ends with the speaker's quoted words: "blasted Clinton as a
    'disgrace' Wednesday on a radio show" - the day and the show are the writer's, and so is
    an aside after a dash."""
    tokens = sorted(tokens, key=lambda t: t.i)
    marks = [t for t in tokens if t.text in _QUOTE_MARKS]
    if any(t.text in "“”\"" for t in marks):
        # single marks inside double quotation are apostrophes ("Mills’ immunity") or nested quotes
        marks = [t for t in marks if t.text not in "‘’'"]
    if not marks:
        return tokens
    doc, close = tokens[0].doc, marks[-1].i
    # the parse may hang the closing mark outside the phrase: find the mark that closes the last one
    opening = marks[-1].i + 1 < len(doc) and not doc[marks[-1].i + 1].is_punct and len(marks) % 2 == 1
    if opening:
        close = next((k for k in range(marks[-1].i + 1, min(len(doc), marks[-1].i + 80))
                      if doc[k].text in _CLOSING), None)
        if close is None:
            return tokens
    rest = [t for t in tokens if t.i > close and not (t.is_punct or t.is_space)]
    aside = close + 1 < len(doc) and _is_dash(doc[close + 1])     # '"the suburbs" - a metaphor for ...'
    gloss = rest and rest[0].tag_ == "VBG" and rest[0].lemma_.lower() in _GLOSS_PARTICIPLES  # ', meaning ...'
    if rest and not (aside or gloss or rest[0].ent_type_ in ("DATE", "TIME") or rest[0].lower_ in _SETTING_PREPS):
        return tokens   # only the writer's when, where and aside are cut, not what the speaker said of it
    return [t for t in tokens if t.i <= close] + [doc[k] for k in range(tokens[-1].i + 1, close + 1)]


# What the parser hangs on the reporting verb after its complement, though it belongs to the
# complement: "said she was attracted to the job, in part because of ...", "said he rated them
# and talked about ...".
_TAIL_DEPS = frozenset({"advcl", "prep", "conj", "npadvmod", "ccomp"})
# Participles by which the writer says where a statement comes from: ", citing X", ", using data ...".
# ", meaning X" says what a statement entails, in the writer's words.
_GLOSS_PARTICIPLES = frozenset({"cite", "use", "quote", "refer", "base", "draw", "rely", "accord", "point", "mean"})


def _complement_tail(v: Token, comp: Token, verbs: dict[str, str]) -> list[Token]:
    """Dependents of the verb after its complement, up to the sentence end, that continue the
    complement: not another reporting act ("and warned ...", ", adding that ..."), not a gloss
    (", citing X"), not a time or place of the saying ("in an interview", "on Monday")."""
    out = []
    for k in v.children:
        if k.i <= comp.right_edge.i or k.dep_ not in _TAIL_DEPS:
            continue
        if k.dep_ == "conj" and _same_statement(v, comp, k):
            out += [j for j in v.children if j.dep_ in ("cc", "punct") and comp.right_edge.i < j.i < k.i] + [k]
            continue
        if k.lemma_.lower() in verbs or k.tag_ == "VBG" or k.dep_ == "prep" and _saying_adjunct(k):
            break
        if k.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in k.children):
            break
        if k.dep_ == "conj" and _new_sentence(v, k):
            break
        out.append(k)
    return out


def _new_sentence(v: Token, k: Token) -> bool:
    """", but instant polls are not a measure ...", ", and the union also stepped in": a clause
    with a subject of its own, a noun, joined to the reporting verb after a comma and a
    conjunction is the writer's next sentence, not more of what was said."""
    doc = v.doc
    subj = next((g for g in k.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    cc = next((g for g in v.children if g.dep_ == "cc" and g.i < k.left_edge.i), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and cc is not None and cc.i > 0 \
        and doc[cc.i - 1].text == "," and not any(t.text in _QUOTE_MARKS and t.tag_ != "POS" for t in k.subtree)


def _agrees_with_complement(v: Token, comp: Token, k: Token) -> bool:
    """A finite verb joined to the complement in its form, not the reporting verb's: "Police say
    he posed a threat and refused to drop the gun" - "refused" cannot go with "say"."""
    return k.tag_ == comp.tag_ and v.tag_ in _FINITE and k.tag_ in _FINITE and v.tag_ != k.tag_


def _same_statement(v: Token, comp: Token, k: Token) -> bool:
    """A verb the parse joins to the reporting verb that goes on with what was said, not with
    the saying. The form tells: a bare infinitive cannot be coordinated with "said" and joins an
    infinitive of the complement ("said she wanted to speak to them and let them know that C");
    a clause whose subject is the complement's pronoun, in the complement's tense, is its second
    half ("X says she hopes A, but she knows that B"). The speaker's next act keeps the reporting
    verb's form and subject ("said he would order a review and warned against hackers")."""
    subj = next((g for g in k.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return k.tag_ == "VB" and v.tag_ in _FINITE and not any(g.dep_ in ("aux", "auxpass") for g in k.children) \
            and any(t.tag_ == "VB" and t.dep_ == "xcomp" for t in comp.subtree)
    said_by = next((g for g in v.children if g.dep_ == "nsubj"), None)
    told = next((g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.pos_ == "PRON" and told is not None and told.lower_ == subj.lower_ and k.tag_ == comp.tag_ \
        and (said_by is None or said_by.lower_ != subj.lower_)


def _saying_adjunct(prep: Token) -> bool:
    """"in an interview", "on Monday", "at a rally", "to reporters": where or when it was said."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is None or prep.lower_ in ("to", "at", "during", "after", "before", "on") or \
        obj.ent_type_ in ("DATE", "TIME", "GPE", "ORG", "PERSON") or obj.lemma_.lower() in MESSAGE_NOUNS


def _topic(v: Token, cls: str) -> tuple[list[TokenRange], str]:
    """What a cue with no clause is about: its object and what is said of it ("accused the
    government of attempting ...", "criticized the act as a 'crazy system'"), else the object
    of a topic preposition ("called for a moratorium"). A non-restrictive relative clause on
    it (", who is 70") is the writer's gloss. Also returns the preposition, part of the cue."""
    if v.dep_ in ("pcomp", "acl", "amod") or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return [], ""    # "help in supporting X" is a means; "was criticized for": the topic is the subject
    lemma = v.lemma_.lower()
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is not None and cls in OBJECT_CONTENT and lemma not in NO_OBJECT_CONTENT | ADDRESSEE_VERBS:
        parts = [obj] + [c for c in v.children if c.i > obj.i and (
            c.dep_ in ("oprd", "xcomp") or c.dep_ == "prep" and c.lower_ in ("as", "of", "for", "over"))]
        return _ranges([t for c in parts for t in _no_gloss(c)], v), ""
    for c in v.children:
        if c.dep_ == "prep" and c.i > v.i and _topic_prep(c, lemma):
            tokens = [t for g in c.children if g.dep_ in ("pobj", "pcomp") for t in _no_gloss(g)]
            if tokens:
                return _ranges(tokens, v), c.text
    return [], ""


def _topic_prep(prep: Token, lemma: str) -> bool:
    allowed = TOPIC_PREPS.get(prep.lower_)
    return bool(allowed) and ("*" in allowed or lemma in allowed)


def _is_dash(t: Token) -> bool:
    """A dash, or a hyphen spaced as one ("a tax - a charge"); "part-time" holds a hyphen."""
    return t.text in _DASHES or t.text == "-" and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _no_gloss(root: Token) -> list[Token]:
    """The phrase without the writer's asides on it: a relative clause after a comma (", who is
    70"), a relative clause or apposition after a dash ('as "the suburbs" - a metaphor for ...')."""
    doc, skip = root.doc, set()
    for t in root.subtree:
        before = doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
        if before is not None and (t.dep_ == "relcl" and (before.text == "," or _is_dash(before)) or
                                   t.dep_ == "appos" and _is_dash(before)):
            skip |= {x.i for x in t.subtree} | {t.left_edge.i - 1}
    return [t for t in root.subtree if t.i not in skip]


_CONCESSIVE = frozenset(["although", "though"])


def _trailing_gloss(root: Token) -> set[int]:
    """The writer's comment that closes a reported clause after a comma, in words not quoted:
    a relative clause on its last noun ("he expects her to recover from pneumonia, which forced
    her to leave early"), an apposition naming what a name is ("... with NATO, the military
    alliance that ..."), a concession ("the test was its biggest yet, although it may take days
    to tell")."""
    doc = root.doc
    end = root.right_edge.i
    while end > root.i and (doc[end].is_punct or doc[end].is_space):   # a paragraph's end holds its break
        end -= 1
    for t in root.subtree:
        a = t.left_edge.i
        if a <= root.i or t.right_edge.i < end or doc[a - 1].text != "," or \
                any(x.text in _QUOTE_MARKS for x in doc[a:end + 1]):
            continue
        if t.dep_ in ("relcl", "advcl") and t.left_edge.lower_ in ("which", "who", "whose") or \
                t.dep_ == "appos" and t.head.pos_ == "PROPN" or \
                t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONCESSIVE for m in t.children):
            return set(range(a - 1, t.right_edge.i + 1))
    return set()


_TIME_MARKERS = frozenset(["when", "as", "while", "after", "before"])


def _setting_after_quote(root: Token) -> set[int]:
    """'"That makes me smart," when his rival ...': a complement that opens with a quotation and
    goes on after the closing mark with a clause of time tells when the words were said, in the
    writer's words; the statement ends at the mark."""
    doc, a = root.doc, root.left_edge.i
    if not (doc[a].text in "“‘\"«" or a > 0 and doc[a - 1].text in "“‘\"«"):
        return set()      # the complement opens with no quotation: nothing to look for in it
    for t in root.subtree:
        if t.i > root.i and t.dep_ in ("advcl", "ccomp") and _time_after_quote(root, t):
            return set(range(_first_word(t), t.right_edge.i + 1))
    return set()


def _first_word(t: Token) -> int:
    return next((x.i for x in t.subtree if not x.is_punct), t.i)


def _time_after_quote(root: Token, t: Token) -> bool:
    """t is a clause of time ("when ...") right after the closing mark of a quotation that opens
    the complement root."""
    doc = root.doc
    a, b = root.left_edge.i, _first_word(t)
    return (doc[a].text in "“‘\"«" or a > 0 and doc[a - 1].text in "“‘\"«") and t.dep_ in ("advcl", "ccomp") \
        and b > a + 2 and doc[b].lower_ in _TIME_MARKERS and doc[b - 1].text in _CLOSING \
        and doc[b - 2].text in ",.?!" and not any(x.text in _QUOTE_MARKS for x in t.subtree if x.i >= b)


def _trailing_participle(root: Token, verbs: dict[str, str]) -> set[int]:
    """", citing X" / ", using an average of ..." / ", adding that ..." closing a reported clause:
    the writer's gloss on the statement (or the speaker's next act), not what was said. Other
    participles go on with it: "was attracted to the job, prosecuting cases for ..." is said."""
    doc = root.doc
    end = root.right_edge.i
    while end > root.i and doc[end].is_space:     # a paragraph's end holds its break
        end -= 1
    end -= 1 if doc[end].is_punct else 0
    for k in root.children:
        if k.dep_ in ("advcl", "xcomp", "conj") and k.tag_ == "VBG" and k.i > root.i and k.left_edge.i > 0 \
                and (k.lemma_.lower() in verbs or k.lemma_.lower() in _GLOSS_PARTICIPLES or _reports_others(k, verbs)) \
                and doc[k.left_edge.i - 1].text == "," and k.right_edge.i == end \
                and not any(g.dep_ == "nsubj" for g in k.children):
            return {doc[k.left_edge.i - 1].i} | {t.i for t in k.subtree}
    return set()


def _reports_others(k: Token, verbs: dict[str, str]) -> bool:
    """A participle clause that reports what others say of the act (", engaging in what analysts
    described as ...") is the writer's account of it, not the speaker's words."""
    return any(t.lemma_.lower() in verbs and t.pos_ == "VERB" and
               any(g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") for g in t.children)
               for t in k.subtree if t != k)


def _ranges(tokens: list[Token], v: Token) -> list[TokenRange]:
    """Contiguous runs of tokens, trimmed of bare punctuation and complementisers."""
    idx = sorted(t.i for t in tokens)
    runs: list[list[int]] = []
    for i in idx:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    doc = v.doc
    out = []
    for run in runs:
        a, b = run[0], run[-1] + 1
        while a < b and (doc[a].lower_ in _BARE or doc[a].is_punct and doc[a].text not in "\"“‘'«"):
            a += 1
        while b > a and (doc[b - 1].lower_ in _BARE or doc[b - 1].is_punct and doc[b - 1].text not in "\"”’'»"
                         and doc[b - 1].text not in ".?!"):
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _according(t: Token) -> Cue | None:
    to = next(c for c in t.children if c.lower_ == "to")
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    subject, addressee = src, None
    if src.lemma_.lower() in MESSAGE_NOUNS or src.pos_ == "NOUN":
        for p in src.children:
            if p.dep_ == "prep" and p.lower_ in ("from", "by", "of"):
                subject = next((g for g in p.children if g.dep_ == "pobj"), subject)
        poss = next((c for c in src.children if c.dep_ == "poss"), None)
        subject = poss if poss is not None and subject == src else subject
        # "according to the airline's chief officer, Adnan Kazim": the named person speaks
        subject = next((c for c in src.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
        addressee = to_of(src)
    head = t.head
    skip = {x.i for x in t.subtree}
    tokens = [x for x in head.subtree if x.i not in skip] if head != t else []
    if not tokens and t.i == t.sent.start:
        # "According to X, C." parsed with "According" as the root and C hung on X: C is what
        # follows the comma after the source's name, to the end of the sentence
        comma = next((x for x in t.sent if x.i > src.i and x.text == "," and x.head.i <= src.i), None)
        tokens = list(t.doc[comma.i + 1:t.sent.end]) if comma is not None else []
    return Cue(t, "according-to", "according to", _ranges(tokens, t) if tokens else [], subject, addressee)
