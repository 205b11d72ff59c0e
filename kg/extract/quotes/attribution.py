"""Quotes: person -said-> quote, direct and reported, with the speaker resolved.

Three steps per article, each linear in its length:
1. marks.find_quotes: the text between quotation marks;
2. cues.find_cues: reporting verbs / "according to" with their content,
   subject and addressee from the dependency tree;
3. here: tie each quotation to a cue (one whose content overlaps it, else one
   outside the marks in the same sentence, a colon lead-in or a dash byline
   either way round, else the previous speaker: a "floating" quote), join the
   parts of one attribution ("A," he said, "B."; 'was "A" and "B"'), take the
   subject of the governing clause when the cue's own is missing or quoted
   (context.speaker_token), and resolve speakers in text order
   (speakers.SpeakerIndex), so pronouns see the speakers before them.

Kinds (after GenderGapTracker's quote_type): the order of quote (QCQ),
speaker (S) and verb (V) for direct quotes, e.g. "QCQSV" for "...," he said;
"mixed" for reported speech holding quoted words; "reported";
"according-to"; "floating"; "dash"; "colon".
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.attrs import IS_PUNCT
from spacy.tokens import Doc, Token

from kg.extract import register
from kg.extract.quotes.context import (
    MARKS,
    MIN_WORDS,
    QuoteArticle,
    byline,
    dash_lead,
    frame_cue,
    speaker_token,
    token_at,
)
from kg.extract.quotes.cues import Cue, TokenRange
from kg.extract.quotes.lexicon import CONFIDENCE
from kg.extract.quotes.speakers import SpeakerIndex
from kg.extract.shared.doc_tokens import column
from kg.facts import Article, Evidence, Mention, Quote

EXTRACTOR = "quotes.v1"
_TOPIC_MIN_WORDS = 2           # "called for a moratorium": a noun phrase is whole at two words
_FLOATING_MIN_WORDS = 5
_TITLE_MAX_WORDS = 8
# words a headline-style title leaves in lower case (AP and Chicago title case)
_SMALL_WORDS = frozenset("a an the and but or nor for of on in at to by with from as vs via".split())
# "PENCE: Well, look, ..." (transcripts) and "Name: statement" (headlines)
_LABEL = re.compile(r"[^\S\n]*[\"“]?((?:[A-Z][\w.’'-]*[^\S\n]+){0,3}[A-Z][\w.’'-]*)[^\S\n]*:[^\S\n]+(?=\S)")
_CUE_OF_KIND = {"dash": "—", "colon": ":", "label": ":"}
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


def _overlap(r: TokenRange, s: TokenRange) -> int:
    return max(0, min(r[1], s[1]) - max(r[0], s[0]))


def _attribute(art: QuoteArticle) -> list[_Attribution]:
    doc, atts = art.doc, []
    punct = column(doc, IS_PUNCT)
    owner: dict[int, int] = {}                          # quote index -> attribution index
    # widest content first: in "X said Y believes 'Z'" the quotation is X's
    for cue in sorted(art.cues, key=lambda c: -sum(b - a for a, b in c.content)):
        hits = [qi for qi, r in enumerate(art.qtok) if any(_overlap(r, c) for c in cue.content)]
        hits = [qi for qi in hits if qi not in owner]
        tokens = {i for a, b in cue.content for i in range(a, b)}
        outside = sum(1 for i in tokens if i not in art.quoted and not punct[i])
        # the quotation alone is what was said; a word of the clause outside the marks ('said
        # voters "will learn nothing"') makes it reported speech holding quoted words, all of it
        if hits and outside == 0:
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
        lead = dash_lead(art, qi)
        cue = frame_cue(art, qi) if lead is None else None
        if cue is not None and id(cue) in by_cue and atts[by_cue[id(cue)]].direct:
            k = by_cue[id(cue)]                         # "A," he said, "B."
            atts[k].pieces.extend(span.parts)
            atts[k].quotes.append(qi)
            owner[qi] = k
            continue
        if cue is not None:
            att = _Attribution(list(span.parts), cue, True, _order(art, qi, cue), cue.subject, quotes=[qi])
        else:
            subject, kind = (lead, "dash") if lead is not None else byline(art, qi)
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


def _joined(art: QuoteArticle, qi: int) -> bool:
    """The quotation follows the previous one in its paragraph with only a conjunction between."""
    prev, cur = art.spans[qi - 1], art.spans[qi]
    gap = art.text[prev.end:cur.start].strip(MARKS + "‘’' ")
    return art.para(prev.end) == art.para(cur.start) and _JOINT.fullmatch(gap) is not None


def _min_words(cue: Cue) -> int:
    return _TOPIC_MIN_WORDS if cue.form == "topic" else MIN_WORDS


def _title(art: QuoteArticle, qi: int) -> bool:
    """A quoted name of a show, book or policy ("The Apprentice", "Fox News Sunday", "Coal
    Isn't the Villain"): short, every word capitalised but the small ones; with a verb, three
    words at least, and no full stop unless it heads a paragraph (a subhead): 'singing "It's
    Our Time."' is a line sung. Not a statement."""
    a, b = art.qtok[qi]
    words = [t for t in art.doc[a:b] if t.is_alpha]
    verb = any(t.pos_ in ("VERB", "AUX") for t in art.doc[a:b])
    start = art.spans[qi].start
    if verb and art.text[start:art.spans[qi].end].rstrip()[-1:] in ".!?" and \
            art.text[art.para_starts[art.para(start)]:start].strip(MARKS + "‘’' "):
        return False
    if not (3 if verb else 2) <= len(words) <= _TITLE_MAX_WORDS:
        return False
    return all(t.text[0].isupper() for t in words if t.lower_ not in _SMALL_WORDS)


def _outermost(atts: list[_Attribution]) -> list[_Attribution]:
    """Drop reported speech nested in another statement: in "X said he believes Y" the
    statement is X's "he believes Y"; "Y" on its own would repeat it as a second quote. The
    same inside a statement holding quoted words ('said she hopes A, but she knows that "B"')."""
    outer = [(a.pieces[0][0], a.pieces[-1][1]) for a in atts if a.cue is not None and
             (not a.direct or a.kind == "mixed")]
    def nested(a: _Attribution) -> bool:
        s, e, v = a.pieces[0][0], a.pieces[-1][1], a.cue.verb.idx if a.cue is not None else -1
        return a.kind in ("reported", "topic") and \
            any(s0 <= min(s, v) and e <= e0 and e0 - s0 > e - s for s0, e0 in outer)
    return [a for a in atts if not nested(a)]


def _quoted_edge(art: QuoteArticle, pieces: list[tuple[int, int]], hits: list[int]) -> bool:
    """Reported speech is a direct quote when the speaker's quoted words open or close it
    ('X said that the side "shares empathy ... sympathy"'); a scare-quoted word inside
    ('he was "troubled" by the situation') leaves it indirect. PolNeAR draws the same line."""
    start, end = pieces[0][0], pieces[-1][1]
    return any(art.spans[qi].start <= start + 2 or art.spans[qi].end >= end - 2 for qi in hits)


# "Correction Appended: ...", "CLARIFICATION: ...", "Update: ...": the paper's note on its own
# story, under a label that names no speaker
_EDITORIAL_NOTES = frozenset("correction corrections clarification appended update updated".split())


def _labels(art: QuoteArticle, owner: dict[int, int]) -> list[_Attribution]:
    """Paragraphs that open with a speaker label and a colon."""
    out = []
    n = len(art.para_starts)
    ends = [art.para_starts[k + 1] - 1 if k + 1 < n else len(art.text) for k in range(n)]
    found = [_LABEL.match(art.text, start, ends[k]) for k, start in enumerate(art.para_starts)]
    for k, m in enumerate(found):
        end = ends[k]
        if m is None or len(art.text[m.end():end].split()) < 4 or \
                any(w.lower() in _EDITORIAL_NOTES for w in m.group(1).split()):
            continue
        if m.group(1).isupper():
            # a transcript turn runs on until the next speaker label
            j = k + 1
            while j < n and j < k + 6 and found[j] is None and art.text[art.para_starts[j]:ends[j]].strip():
                end, j = ends[j], j + 1
        t = token_at(art.doc, m.end(1) - 1, len(art.text))
        if t is None or t.ent_type_ in ("GPE", "LOC", "DATE", "NORP") or not (
                t.ent_type_ in ("PERSON", "ORG") or t.text.isupper() and len(t.text) > 2 or
                t.lower_ in art.names()):          # headlines carry no entity tags: "Pence: ..."
            continue
        inside = [qi for qi, q in enumerate(art.spans) if m.end() <= q.start and q.end <= end and qi not in owner]
        out.append(_Attribution([(m.end(), end)], None, False, "label", t, quotes=inside))
    return out


def _order(art: QuoteArticle, qi: int, cue: Cue) -> str:
    slots = [(art.qtok[qi][0], "QCQ"), (cue.verb.i, "V")]
    if cue.subject is not None:
        slots.append((cue.subject.i, "S"))
    return "".join(s for _, s in sorted(slots))


def _sentence_like(art: QuoteArticle, qi: int) -> bool:
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
    text = text.strip(MARKS + "‘’' ")
    if not re.search(r"\b[A-Z]\.$", text):
        text = text.rstrip(".,;: ")
    return re.sub(r"\s+", " ", text).strip()


def _evidence(art: QuoteArticle, article: Article, att: _Attribution, confidence: float) -> Evidence:
    doc = art.doc
    start, end = att.pieces[0][0], att.pieces[-1][1]
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is not None and len(first):
        s0, s1 = first[0].sent.start_char, first[-1].sent.end_char
    else:
        s0, s1 = start, end
    return Evidence(article_id=article.id, start=start, end=end, sentence=art.text[s0:s1].strip(),
                    extractor=EXTRACTOR, confidence=round(confidence, 2))


def _headline_end(text: str, article: Article) -> int:
    """Where the headline the reader found on the first line ends (kg.sources.looks_like_headline);
    0 when there is none."""
    title = (article.title or "").strip()
    if not title:
        return 0
    at = text.find(title, 0, len(title) + 200)
    return at + len(title) if at >= 0 and not text[:at].strip(" \n") else 0


def _paragraphs_between(art: QuoteArticle, a: int, b: int) -> int:
    """Paragraphs with text after line a up to line b: how far back a carried speaker was named."""
    starts = art.para_starts + [len(art.text)]
    return sum(1 for k in range(a + 1, b + 1) if art.text[starts[k]:starts[k + 1]].strip())


def _confidence(att: _Attribution, speaker: Mention | None, paragraphs_back: int = 0) -> float:
    """The cue's class sets it; a pronoun speaker costs 0.1, and a speaker carried from an earlier
    paragraph 0.1 for each paragraph it reached back (a quote in the same paragraph keeps 0.6)."""
    base = CONFIDENCE.get(att.cue.cls, 0.8) if att.cue is not None else 0.6
    if speaker is not None and speaker.text.lower() in ("he", "she"):
        base -= 0.1
    return max(0.1, base - 0.1 * paragraphs_back)


Said = tuple[_Attribution, Mention | None, Mention | None, str]


def _speakers_ahead(art: QuoteArticle, done: list[Said], pending: set[int], reach: dict[int, int]) -> list[Said]:
    """A quotation paragraph no one before it claims takes the speaker the next paragraph opens
    with ("'We will rebuild.' / Porter said the fund would open next week."); a floating quote
    that still has no speaker is dropped, as before. The reach costs confidence like a carry."""
    out: list[Said] = []
    for k, (att, speaker, addressee, cue) in enumerate(done):
        if speaker is None and att.cue is None and att.subject is None and att.direct:
            nxt = next((d for d in done[k + 1:] if d[0].para > att.para), None)
            if nxt is not None and nxt[1] is not None and nxt[0].cue is not None and not nxt[0].direct \
                    and _paragraphs_between(art, att.para, nxt[0].para) == 1 and _opens_paragraph(art, nxt[0]):
                speaker, cue = nxt[1], nxt[3]
                reach[id(att)] = 1
        if id(att) in pending and speaker is None:
            continue
        out.append((att, speaker, addressee, cue))
    return out


def _opens_paragraph(art: QuoteArticle, att: _Attribution) -> bool:
    """The attribution's cue sits in the first sentence of its paragraph."""
    verb = att.cue.verb
    return art.para(verb.sent.start_char) == att.para and art.para(verb.sent.start_char - 1) != att.para


def _continued(done: list[Said], para: int) -> _Attribution | None:
    """The direct quotation a quotation with no cue of its own goes on from: the last one in its
    paragraph, past what the same speaker is said to do in between ('"A," said X, speaking of
    the poll. "B."' is one statement); another speaker in between ends it."""
    for k in range(len(done) - 1, -1, -1):
        att, speaker = done[k][0], done[k][1]
        if att.para != para:
            return None
        if att.direct:
            if speaker is None and k < len(done) - 1:
                return None
            same = all(d[1] is not None and d[1].name == speaker.name for d in done[k + 1:])
            return att if same else None
    return None


@register("quotes.v1")
def extract_quotes(doc: Doc, article: Article) -> Iterator[Quote]:
    art = QuoteArticle(doc)
    index = SpeakerIndex(doc, art.quoted)
    done: list[tuple[_Attribution, Mention | None, Mention | None, str]] = []
    carried_cue = ""                                     # the cue of the last attribution with a speaker
    reach: dict[int, int] = {}                           # id(att) -> paragraphs back its speaker was found
    said_in = 0                                          # paragraph of the last attribution with a speaker
    pending: set[int] = set()                            # id(att) of floating quotes with nobody before them
    for att in _attribute(art):
        prev = done[-1][0] if done else None
        if att.cue is None and att.subject is None:
            host = _continued(done, att.para)
            if host is not None:
                host.pieces.extend(att.pieces)           # a second quoted sentence, same speaker
                continue
            if prev is None or att.para - prev.para > 2:
                if att.direct:
                    pending.add(id(att))                 # kept only if the next paragraph names its speaker
                    done.append((att, None, None, ""))
                continue
            speaker = index.carry(art.qtok[att.quotes[0]][0])
            # a floating quote goes on from the statement it follows: it inherits that cue
            cue = carried_cue if speaker is not None and carried_cue else done[-1][3]
            if speaker is not None:
                reach[id(att)] = _paragraphs_between(art, said_in, att.para)
        else:
            subject = speaker_token(art, att.subject, att.cue)
            speaker = index.resolve(subject) if subject is not None else None
            cue = att.cue.text if att.cue is not None else _CUE_OF_KIND[att.kind]
            if speaker is not None:
                carried_cue, said_in = cue, att.para
        addressee = None
        if att.cue is not None and att.cue.addressee is not None:
            addressee = index.resolve(att.cue.addressee, speaker=False)
        done.append((att, speaker, addressee, cue))
    done = _speakers_ahead(art, done, pending, reach)
    headline_end = _headline_end(art.text, article)
    for att, speaker, addressee, cue in done:
        text = " ".join(_clean(art.text[s:e], strip_marks=att.kind == "mixed") for s, e in att.pieces)
        if len(text.split()) < 2 or att.direct and att.pieces[0][0] < headline_end:
            continue      # a quote in the headline is the body's, shortened: not a quote of its own
        yield Quote(text=text, speaker=speaker, cue=cue, direct=att.direct,
                    evidence=_evidence(art, article, att, _confidence(att, speaker, reach.get(id(att), 0))),
                    addressee=addressee, kind=att.kind)
