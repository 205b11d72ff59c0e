"""Quotes: person -said-> quote, direct and reported, with the speaker resolved.

Three steps per article, each linear in its length:
1. quote_marks.find_quotes: the text between quotation marks;
2. cues.find_cues: reporting verbs / "according to" with their content,
   subject and addressee from the dependency tree;
3. here: tie each quotation to a cue (one whose content overlaps it, else one
   outside the marks in the same sentence, a colon lead-in or a dash byline
   either way round, else the previous speaker: a "floating" quote), join the
   parts of one attribution ("A," he said, "B."; 'was "A" and "B"'), take the
   subject of the governing clause when the cue's own is missing or quoted
   (_governing), and resolve speakers in text order
   (speakers.SpeakerIndex), so pronouns see the speakers before them.

Kinds (after GenderGapTracker's quote_type): the order of quote (QCQ),
speaker (S) and verb (V) for direct quotes, e.g. "QCQSV" for "...," he said;
"mixed" for reported speech holding quoted words; "reported";
"according-to"; "floating"; "dash"; "colon".
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract import register
from kg.extract.cues import Cue, TokenRange, find_cues
from kg.extract.lexicon import CONFIDENCE
from kg.extract.quote_marks import find_quotes
from kg.extract.speakers import SpeakerIndex
from kg.facts import Article, Evidence, Mention, Quote

EXTRACTOR = "quotes.v1"
_MARKS = "\"“”„«»‹›"
_MIN_WORDS = 3                 # shorter content is a scare quote or a fragment, not a statement
_TOPIC_MIN_WORDS = 2           # "called for a moratorium": a noun phrase is whole at two words
_FLOATING_MIN_WORDS = 5
_TITLE_MAX_WORDS = 8
# words a headline-style title leaves in lower case (AP and Chicago title case)
_SMALL_WORDS = frozenset("a an the and but or nor for of on in at to by with from as vs via".split())
# "PENCE: Well, look, ..." (transcripts) and "Name: statement" (headlines)
_LABEL = re.compile(r"[^\S\n]*[\"“]?((?:[A-Z][\w.’'-]*[^\S\n]+){0,3}[A-Z][\w.’'-]*)[^\S\n]*:[^\S\n]+(?=\S)")
_CUE_OF_KIND = {"dash": "—", "colon": ":", "label": ":"}
_DASH = re.compile(r"[^\S\n]*,?[^\S\n]*(?:--|[—–―-])[^\S\n]*")
# what may stand between two quotations of one statement: 'was "disgusting" and "a con"',
# 'to "A" and then "B"', '"A," "B."' (a cue the outlet dropped)
_JOINT = re.compile(r"[\s,;]*(?:(?:and|or|but|as well as)(?:\s+(?:then|also))?)?[\s,]*")


@dataclass(slots=True)
class _Attribution:
    pieces: list[tuple[int, int]]                   # char ranges of the content
    cue: Cue | None
    direct: bool
    kind: str
    subject: Token | None = None
    para: int = 0
    quotes: list[int] = field(default_factory=list)


class _Article:
    """Per-article indexes built once: paragraphs, quotation tokens, cues."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text = doc.text            # Doc.text joins every token: read it once
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.spans, self.notes = find_quotes(text)
        self.qtok: list[TokenRange] = []
        self.quoted: set[int] = set()
        for q in self.spans:
            first = doc.char_span(q.parts[0][0], q.parts[0][1], alignment_mode="expand")
            last = doc.char_span(q.parts[-1][0], q.parts[-1][1], alignment_mode="expand")
            a = first.start if first is not None else 0
            b = last.end if last is not None else a
            self.qtok.append((a, b))
            self.quoted.update(range(a, b))
        self.cues = find_cues(doc, self.quoted)
        self._names: set[str] | None = None

    def names(self) -> set[str]:
        """Lowercase words of the people and organisations the model tagged in the article."""
        if self._names is None:
            self._names = {t.lower_ for e in self.doc.ents if e.label_ in ("PERSON", "ORG")
                           for t in e if t.is_alpha and t.text[:1].isupper()}
        return self._names

    def para(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def words(self, a: int, b: int) -> int:
        return sum(1 for t in self.doc[a:b] if not t.is_punct and not t.is_space)


def _overlap(r: TokenRange, s: TokenRange) -> int:
    return max(0, min(r[1], s[1]) - max(r[0], s[0]))


def _attribute(art: _Article) -> list[_Attribution]:
    doc, atts = art.doc, []
    owner: dict[int, int] = {}                          # quote index -> attribution index
    # widest content first: in "X said Y believes 'Z'" the quotation is X's
    for cue in sorted(art.cues, key=lambda c: -sum(b - a for a, b in c.content)):
        hits = [qi for qi, r in enumerate(art.qtok) if any(_overlap(r, c) for c in cue.content)]
        hits = [qi for qi in hits if qi not in owner]
        tokens = {i for a, b in cue.content for i in range(a, b)}
        outside = sum(1 for i in tokens if i not in art.quoted and not doc[i].is_punct)
        if hits and outside < _MIN_WORDS:
            pieces = [p for qi in hits for p in art.spans[qi].parts]
            att = _Attribution(pieces, cue, True, _order(art, hits[0], cue), cue.subject, quotes=hits)
        elif cue.content and art.words(cue.content[0][0], cue.content[-1][1]) >= _min_words(cue):
            pieces = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in cue.content]
            for qi in hits:                              # a quote reaching past the clause belongs to it
                pieces[0] = (min(pieces[0][0], art.spans[qi].start), pieces[0][1])
                pieces[-1] = (pieces[-1][0], max(pieces[-1][1], art.spans[qi].end))
            kind = "mixed" if hits else ("according-to" if cue.cls == "according-to" else
                                         "topic" if cue.form == "topic" else "reported")
            att = _Attribution(pieces, cue, _quoted_edge(art, pieces, hits), kind, cue.subject, quotes=hits)
        else:
            continue
        for qi in hits:
            owner[qi] = len(atts)
        atts.append(att)
    by_cue = {id(a.cue): k for k, a in enumerate(atts)}
    for qi, span in enumerate(art.spans):
        if qi in owner or _title(art, qi):
            continue
        if qi - 1 in owner and atts[owner[qi - 1]].direct and _joined(art, qi):
            k = owner[qi - 1]                           # 'was "disgusting" and "a con"'
            atts[k].pieces.extend(span.parts)
            atts[k].quotes.append(qi)
            owner[qi] = k
            continue
        lead = _dash_lead(art, qi)
        cue = _frame_cue(art, qi) if lead is None else None
        if cue is not None and id(cue) in by_cue and atts[by_cue[id(cue)]].direct:
            k = by_cue[id(cue)]                         # "A," he said, "B."
            atts[k].pieces.extend(span.parts)
            atts[k].quotes.append(qi)
            owner[qi] = k
            continue
        if cue is not None:
            att = _Attribution(list(span.parts), cue, True, _order(art, qi, cue), cue.subject, quotes=[qi])
        else:
            subject, kind = (lead, "dash") if lead is not None else _byline(art, qi)
            if subject is None and not _sentence_like(art, qi):
                continue
            att = _Attribution(list(span.parts), None, True, kind, subject, quotes=[qi])
        owner[qi] = len(atts)
        by_cue[id(cue)] = len(atts) if cue is not None else -1
        atts.append(att)
    atts.extend(_labels(art, owner))
    for a in atts:
        a.pieces.sort()
        a.para = art.para(a.pieces[0][0])
    atts.sort(key=lambda a: a.pieces[0][0])
    return _outermost(atts)


def _joined(art: _Article, qi: int) -> bool:
    """The quotation follows the previous one in its paragraph with only a conjunction between."""
    prev, cur = art.spans[qi - 1], art.spans[qi]
    gap = art.text[prev.end:cur.start].strip(_MARKS + "‘’' ")
    return art.para(prev.end) == art.para(cur.start) and _JOINT.fullmatch(gap) is not None


def _min_words(cue: Cue) -> int:
    return _TOPIC_MIN_WORDS if cue.form == "topic" else _MIN_WORDS


def _title(art: _Article, qi: int) -> bool:
    """A quoted name of a show, book or policy ("The Apprentice", "Fox News Sunday", "Coal
    Isn't the Villain"): short, every word capitalised but the small ones; with a verb, three
    words at least, and no full stop unless it heads a paragraph (a subhead): 'singing "It's
    Our Time."' is a line sung. Not a statement."""
    a, b = art.qtok[qi]
    words = [t for t in art.doc[a:b] if t.is_alpha]
    verb = any(t.pos_ in ("VERB", "AUX") for t in art.doc[a:b])
    start = art.spans[qi].start
    if verb and art.text[start:art.spans[qi].end].rstrip()[-1:] in ".!?" and \
            art.text[art.para_starts[art.para(start)]:start].strip(_MARKS + "‘’' "):
        return False
    if not (3 if verb else 2) <= len(words) <= _TITLE_MAX_WORDS:
        return False
    return all(t.text[0].isupper() for t in words if t.lower_ not in _SMALL_WORDS)


def _outermost(atts: list[_Attribution]) -> list[_Attribution]:
    """Drop reported speech nested in other reported speech: in "X said he believes Y" the
    statement is X's "he believes Y"; "Y" on its own would repeat it as a second quote."""
    outer = [(a.pieces[0][0], a.pieces[-1][1]) for a in atts if not a.direct and a.cue is not None]
    def nested(a: _Attribution) -> bool:
        s, e, v = a.pieces[0][0], a.pieces[-1][1], a.cue.verb.idx if a.cue is not None else -1
        return a.kind in ("reported", "topic") and \
            any(s0 <= min(s, v) and e <= e0 and e0 - s0 > e - s for s0, e0 in outer)
    return [a for a in atts if not nested(a)]


def _quoted_edge(art: _Article, pieces: list[tuple[int, int]], hits: list[int]) -> bool:
    """Reported speech is a direct quote when the speaker's quoted words open or close it
    ('X said that the side "shares empathy ... sympathy"'); a scare-quoted word inside
    ('he was "troubled" by the situation') leaves it indirect. PolNeAR draws the same line."""
    start, end = pieces[0][0], pieces[-1][1]
    return any(art.spans[qi].start <= start + 2 or art.spans[qi].end >= end - 2 for qi in hits)


def _labels(art: _Article, owner: dict[int, int]) -> list[_Attribution]:
    """Paragraphs that open with a speaker label and a colon."""
    out = []
    n = len(art.para_starts)
    ends = [art.para_starts[k + 1] - 1 if k + 1 < n else len(art.text) for k in range(n)]
    found = [_LABEL.match(art.text, start, ends[k]) for k, start in enumerate(art.para_starts)]
    for k, m in enumerate(found):
        end = ends[k]
        if m is None or len(art.text[m.end():end].split()) < 4:
            continue
        if m.group(1).isupper():
            # a transcript turn runs on until the next speaker label
            j = k + 1
            while j < n and j < k + 6 and found[j] is None and art.text[art.para_starts[j]:ends[j]].strip():
                end, j = ends[j], j + 1
        t = _token_at(art.doc, m.end(1) - 1, len(art.text))
        if t is None or t.ent_type_ in ("GPE", "LOC", "DATE", "NORP") or not (
                t.ent_type_ in ("PERSON", "ORG") or t.text.isupper() and len(t.text) > 2 or
                t.lower_ in art.names()):          # headlines carry no entity tags: "Pence: ..."
            continue
        inside = [qi for qi, q in enumerate(art.spans) if m.end() <= q.start and q.end <= end and qi not in owner]
        out.append(_Attribution([(m.end(), end)], None, False, "label", t, quotes=inside))
    return out


def _outside(art: _Article, subject: Token | None, cue: Cue | None) -> Token | None:
    """The subject, unless the model took it from inside the quotation or from another
    paragraph, or found none; then the nearest name or pronoun next to the verb, outside
    the marks, else the subject of the clause the cue hangs on (_governing)."""
    if cue is None:
        return subject
    v, sent = cue.verb, cue.verb.sent
    if subject is not None and subject.i not in art.quoted and art.para(subject.idx) == art.para(v.idx):
        return subject
    if subject is not None and subject.i in art.quoted:
        near = sorted(range(max(sent.start, v.i - 8), min(sent.end, v.i + 8)), key=lambda i: abs(i - v.i))
        for i in near:
            t = art.doc[i]
            if i not in art.quoted and (t.ent_type_ in ("PERSON", "ORG") or t.lower_ in ("he", "she")):
                return t.head if t.dep_ == "compound" and t.head.ent_type_ == t.ent_type_ else t
    return _governing(art, cue)


def _governing(art: _Article, cue: Cue) -> Token | None:
    """Who speaks when the parse gave the cue no subject of its own: in "Mr. Trump hardly
    clarified the matter -- "A" -- and, when questioned, asserting, "B"" (the -ing cue hangs
    on a verb inside "A"), the nearest subject before the cue in its sentence and paragraph,
    outside the marks and what is reported; else the nearest person named there."""
    v, doc = cue.verb, art.doc
    para, content = art.para(v.idx), {i for a, b in cue.content for i in range(a, b)}
    before = [doc[i] for i in range(v.i - 1, v.sent.start - 1, -1)
              if i not in art.quoted and i not in content and art.para(doc[i].idx) == para]
    for t in before:
        if t.dep_ == "nsubj" and (t.ent_type_ in ("PERSON", "ORG") or t.lower_ in ("he", "she") or
                                  t.pos_ in ("PROPN", "NOUN") and not t.ent_type_):
            return t
    for t in before:
        if t.ent_type_ == "PERSON":
            return t.head if t.dep_ == "compound" and t.head.ent_type_ == "PERSON" else t
    return None


def _order(art: _Article, qi: int, cue: Cue) -> str:
    slots = [(art.qtok[qi][0], "QCQ"), (cue.verb.i, "V")]
    if cue.subject is not None:
        slots.append((cue.subject.i, "S"))
    return "".join(s for _, s in sorted(slots))


def _frame_cue(art: _Article, qi: int) -> Cue | None:
    """A cue outside the marks in the quotation's own sentences and paragraph,
    or in a lead-in ending with a colon just before it."""
    doc, (a, b) = art.doc, art.qtok[qi]
    if b <= a:
        return None
    lo, hi = doc[a].sent.start, doc[b - 1].sent.end
    prev_end = art.qtok[qi - 1][1] if qi > 0 else 0
    next_start = art.qtok[qi + 1][0] if qi + 1 < len(art.qtok) else len(doc)
    para = art.para(art.spans[qi].start)
    best, best_d = None, None
    for cue in art.cues:
        v = cue.verb.i
        if not (lo <= v < hi and prev_end <= v < next_start) or art.para(cue.verb.idx) != para:
            if not _colon_lead(art, qi, cue):
                continue
            d = 1000
        else:
            d = (v - b) if v >= b else (a - v) + 0.5    # after the quotation wins a tie
        if cue.content and cue.form == "clause" and d < 1000 and \
                not any(i in art.quoted for r in cue.content for i in range(*r)):
            if art.words(cue.content[0][0], cue.content[-1][1]) >= _MIN_WORDS:
                continue                                 # that cue reports something else
        if best_d is None or d < best_d:
            best, best_d = cue, d
    return best


def _colon_lead(art: _Article, qi: int, cue: Cue) -> bool:
    doc, k = art.doc, _before_open(art, qi)
    return k >= 0 and doc[k].text == ":" and doc[k].sent.start <= cue.verb.i < k


def _byline(art: _Article, qi: int) -> tuple[Token | None, str]:
    """"..." - Name, title  /  And from Name:  "..." """
    doc, text, span = art.doc, art.text, art.spans[qi]
    close = span.end + 1
    m = _DASH.match(text, close)
    if m and "\n" not in m.group(0):
        t = _token_at(doc, m.end(), len(text))
        if t is not None and (t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"):
            return t, "dash"
    k = _before_open(art, qi)
    if k >= 0 and doc[k].text == ":":
        names = [t for t in doc[doc[k].sent.start:k] if t.ent_type_ in ("PERSON", "ORG")]
        if names:
            return names[-1], "colon"
    return None, "floating"


def _before_open(art: _Article, qi: int) -> int:
    """The token before the quotation's opening mark (marks include the digraphs `` and '')."""
    doc, k = art.doc, art.qtok[qi][0] - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _MARKS or doc[k].text in ("''", "``")):
        k -= 1
    return k


def _dash_lead(art: _Article, qi: int) -> Token | None:
    """A person named just before a dash that opens the quotation, mid-sentence: 'including
    Mitt Romney -- "It is disqualifying ..." --' (the dash byline turned around)."""
    doc, k = art.doc, _before_open(art, qi)
    if k < 1 or doc[k].text not in ("--", "—", "–") or "\n" in doc[k:art.qtok[qi][0]].text:
        return None
    if doc[k - 1].ent_type_ != "PERSON" or k - 1 in art.quoted:
        return None
    t = doc[k - 1]
    return t.head if t.dep_ == "compound" and t.head.ent_type_ == "PERSON" else t


def _token_at(doc: Doc, char: int, n: int) -> Token | None:
    span = doc.char_span(char, min(char + 1, n), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_like(art: _Article, qi: int) -> bool:
    """A whole sentence in quotation marks, not a scare-quoted phrase."""
    a, b = art.qtok[qi]
    if art.words(a, b) < _FLOATING_MIN_WORDS:
        return False
    sent = art.doc[a].sent
    return a <= sent.start + 2 or art.words(a, b) >= 0.6 * art.words(sent.start, sent.end)


def _clean(text: str, strip_marks: bool) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if strip_marks:
        text = re.sub(r"[“”„«»‹›\"]|(?<![A-Za-z])[‘’']|[‘’'](?![A-Za-z])", "", text)
    text = text.strip(_MARKS + "‘’' ")
    if not re.search(r"\b[A-Z]\.$", text):
        text = text.rstrip(".,;: ")
    return re.sub(r"\s+", " ", text).strip()


def _evidence(art: _Article, article: Article, att: _Attribution, confidence: float) -> Evidence:
    doc = art.doc
    start, end = att.pieces[0][0], att.pieces[-1][1]
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is not None and len(first):
        s0, s1 = first[0].sent.start_char, first[-1].sent.end_char
    else:
        s0, s1 = start, end
    return Evidence(article_id=article.id, start=start, end=end, sentence=art.text[s0:s1].strip(),
                    extractor=EXTRACTOR, confidence=round(confidence, 2))


def _confidence(att: _Attribution, speaker: Mention | None) -> float:
    base = CONFIDENCE.get(att.cue.cls, 0.8) if att.cue is not None else 0.6
    if speaker is not None and speaker.text.lower() in ("he", "she"):
        base -= 0.1
    return base


@register("quotes.v1")
def extract_quotes(doc: Doc, article: Article) -> Iterator[Quote]:
    art = _Article(doc)
    index = SpeakerIndex(doc, art.quoted)
    done: list[tuple[_Attribution, Mention | None, Mention | None, str]] = []
    carried_cue = ""                                     # the cue of the last attribution with a speaker
    for att in _attribute(art):
        prev = done[-1][0] if done else None
        if att.cue is None and att.subject is None:
            if prev is not None and prev.direct and prev.para == att.para:
                prev.pieces.extend(att.pieces)           # a second quoted sentence, same speaker
                continue
            if prev is None or att.para - prev.para > 2:
                continue
            speaker = index.carry(art.qtok[att.quotes[0]][0])
            # a floating quote goes on from the statement it follows: it inherits that cue
            cue = carried_cue if speaker is not None and carried_cue else done[-1][3]
        else:
            subject = _outside(art, att.subject, att.cue)
            speaker = index.resolve(subject) if subject is not None else None
            cue = att.cue.text if att.cue is not None else _CUE_OF_KIND[att.kind]
            if speaker is not None:
                carried_cue = cue
        addressee = None
        if att.cue is not None and att.cue.addressee is not None:
            addressee = index.resolve(att.cue.addressee, speaker=False)
        done.append((att, speaker, addressee, cue))
    for att, speaker, addressee, cue in done:
        text = " ".join(_clean(art.text[s:e], strip_marks=att.kind == "mixed") for s, e in att.pieces)
        if len(text.split()) < 2:
            continue
        yield Quote(text=text, speaker=speaker, cue=cue, direct=att.direct,
                    evidence=_evidence(art, article, att, _confidence(att, speaker)),
                    addressee=addressee, kind=att.kind)
