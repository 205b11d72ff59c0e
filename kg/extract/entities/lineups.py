"""Line-ups: the players a match report lists by name, a list to a paragraph.

Match reports end with team sheets whose headings the corpus often lost: "Pilkington, Talbot,
Buxton, ... Barker. Subs Not Used: White, McIntosh", rugby's "Walder; May, Tait, Mayerhofler",
substitutions "Traore (Biscan 67)", scorers "Archibald 19, Grady 29", the referee "H Webb (S
Yorkshire)". The small model tags such bare surnames PERSON, ORG, GPE or nothing at all; the shape
of the list says they are people. A list counts only when enough of its entries are shown to be
people (the model's PERSON tag, a surname the article also writes in full, an initial, a
substitution) or its heading says so, and hardly any is a country or region ("New Zealand (1),
Scotland (8), Tonga", "AC Milan, Bayer Leverkusen, Lyon" are no line-ups).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.shared.countries import city_population, country_form, place_country
from kg.extract.shared.doc_text import doc_text
from kg.extract.shared.doc_tokens import entity_spans
from kg.extract.shared.titles import org_tails

_L = r"[^\W\d_]"
_WORD = rf"(?:[A-Z]{{1,2}}\.|[A-Z]{_L}*(?:['’]{_L}+)?(?:-{_L}+)*)"    # "S.", "O'Connell", "Owusu-Abeyie", "J-P"
_PARTICLE = r"(?:de|du|da|di|del|der|den|van|von|le|la|dos|das|lo|dal)"
_NAME = rf"(?:{_PARTICLE}\s+)*{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,3}}"
_MINUTE = r"\d{1,3}(?:\s*\+\s*\d{1,2})?(?:\s+(?:og|pen))?"     # "Dunne 75 og"
# one entry: a shirt number, the name, a bracket (a club, "capt", or the substitute and minute), minutes
_ENTRY = re.compile(rf"(?:\d{{1,2}}\s+)?(?P<name>{_NAME})(?:\s*\((?P<bracket>[^()]{{1,40}})\))?"
                    rf"(?:\s+{_MINUTE}(?:\s*,\s*{_MINUTE})*)?\s*\.?")
_SUB = re.compile(rf"(?P<name>{_NAME})\s+{_MINUTE}")
_INITIAL = re.compile(r"[A-Z]{1,2}\.?|[A-Z]-[A-Z]\.?")
# Headings of team sheets (BBC, Reuters): what follows them is people.
_SQUAD = re.compile(r"(subs?|substitutes?|replacements?|booked|sent off|goals?|scorers?|tries|cons?|pens?"
                    r"|drop goals?|sin bin|ref(eree)?|forwards|backs|squad|team|line-?up|starting)\b.*", re.I)
# Not names though shaped like one: a placeholder, "to be confirmed".
_NOT_NAMES = {"A N Other", "TBC", "TBA"}
_LIST_PUNCT = re.compile(r"[(),;]")
_SENTENCE_END = re.compile(r"(?<=[a-z)\d])\.\s+")    # not after an initial: "S. Best"
_BIG_PLACE = 200_000                                  # a town this big names a club ("AC Milan"), not a player
_CLUB_PREFIXES = {"AS", "AC", "FC", "AFC", "SC", "SV", "SS", "CF", "PSV", "VfB", "VfL", "Real", "Sporting"}
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
             "March", "April", "June", "July", "August", "September", "October", "November", "December"}


@dataclass(frozen=True, slots=True)
class _Entry:
    names: tuple[tuple[int, int], ...]          # char spans: the player, and a substitute in brackets
    evidence: bool                              # shown to be a person by itself
    place: bool                                 # a country, region or big city


@dataclass(frozen=True, slots=True)
class _Doc:
    doc: Doc
    name_words: set[str]
    persons: list[int]                          # char offsets of the tokens the model tagged PERSON


def lineup_names(doc: Doc, name_words: set[str]) -> list[tuple[int, int]]:
    """Char spans of the people listed in the doc's line-ups, in text order.

    name_words: words of the multi-word PERSON names of the doc ("Pilkington" of "Kevin Pilkington")."""
    text = doc_text(doc)
    if "," not in text and ";" not in text:
        return []
    index = _Doc(doc, name_words, [t.idx for e in entity_spans(doc) if e.label_ == "PERSON" for t in e])
    lists = [(label, entries) for label, entries in _lists(index) if entries]
    accepted = [entries for label, entries in lists if _lineup(label, entries)]
    if not accepted:
        return []
    listed = {text[s:e] for entries in accepted for entry in entries for s, e in entry.names}
    # a match report's other lists (unheaded substitutes, bookings, a referee) are its line-ups too
    more = [entries for label, entries in lists if not _lineup(label, entries) and _plausible(doc, entries, listed)]
    return sorted(span for entries in accepted + more for e in entries for span in e.names)


def _lineup(label: str, entries: list[_Entry]) -> bool:
    n = len(entries)
    if n < 2 or 4 * sum(e.place for e in entries) > n:
        return False
    shown = sum(e.evidence for e in entries)
    return bool(_SQUAD.fullmatch(label)) or (shown >= 2 and 5 * shown >= 2 * n)


def _plausible(doc: Doc, entries: list[_Entry], listed: set[str]) -> bool:
    """Another list of a doc with a line-up: no place among them, one shown to be a person or all
    named in the line-ups ("Brebner." after "..., Brebner, Kerr (Cameron 87), ...": a booking)."""
    text = doc_text(doc)
    return not any(e.place for e in entries) and (
        any(e.evidence for e in entries) or all(text[s:e] in listed for entry in entries for s, e in entry.names))


def _lists(index: _Doc):
    """(heading, entries) for each piece of a line that is wholly a list of names."""
    text = doc_text(index.doc)
    for line in re.finditer(r"[^\n]+", text):
        start, found = line.start(), []
        for piece in _SENTENCE_END.split(line.group()):
            at = text.index(piece, start)
            start = at + len(piece)
            label, colon, body = piece.rpartition(":")
            found.append((label.strip(), _entries(index, at + len(label) + len(colon), body), bool(colon)))
        # a list runs to the end of its line, a heading or another list: "Ashland Oil, Inc. chairman" is none;
        # a lone name ends its line only when the line is nothing else ("Brebner.", "K Clark")
        for k, (label, entries, _) in enumerate(found):
            last = k + 1 == len(found)
            if entries is not None and (last and (len(entries) > 1 or k == 0)
                                        or not last and (found[k + 1][1] is not None or found[k + 1][2])):
                yield label, entries


def _entries(index: _Doc, offset: int, body: str) -> list[_Entry] | None:
    """The entries of a list body split at commas and semicolons outside brackets; None unless every
    part is a name entry (or a lower-case aside such as "capt")."""
    out: list[_Entry] = []
    depth, begin = 0, 0
    for punct in _LIST_PUNCT.finditer(body + ","):     # the only characters that split or nest
        i, ch = punct.start(), punct.group()
        depth += (ch == "(") - (ch == ")")
        if ch in ",;" and depth == 0:
            part = body[begin:i]
            begin = i + 1
            stripped = part.strip()
            if not stripped or stripped.islower():
                continue
            m = _ENTRY.fullmatch(stripped)
            if m is None:
                return None
            lead = offset + i - len(part) + (len(part) - len(part.lstrip()))
            entry = _entry(index, m, lead)
            if entry is not None:
                out.append(entry)
    return out


def _entry(index: _Doc, m: re.Match, lead: int) -> _Entry | None:
    name = m.group("name")
    if name in _NOT_NAMES:
        return None
    spans = [(lead + m.start("name"), lead + m.end("name"))]
    sub = _SUB.fullmatch(m.group("bracket") or "")
    if sub is not None:
        at = lead + m.start("bracket")
        spans.append((at + sub.start("name"), at + sub.end("name")))
    words = name.split()
    initial = len(words) > 1 and bool(_INITIAL.fullmatch(words[0]))
    tagged = any((k := bisect_left(index.persons, s)) < len(index.persons) and index.persons[k] < e for s, e in spans)
    evidence = initial or sub is not None or tagged or words[-1].rstrip(".") in index.name_words
    place = bool(country_form(name) or place_country(name)) or words[0] in _CLUB_PREFIXES \
        or words[-1].lower().rstrip(".") in org_tails() \
        or any(w in _CALENDAR or city_population(w) >= _BIG_PLACE for w in words)
    return _Entry(tuple(spans), evidence, place)
