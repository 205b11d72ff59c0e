"""Bylines and credits: who wrote or photographed the article, not who is in it.

News text carries its authors and photographers inside the prose: a byline
line ("By Jane Doe, CBC News"), an agency tail ("(Reporting by Jane Doe;
Editing by John Roe)", "Contributing: Jane Doe"), a photo credit
("(Jane Doe/Reuters)", "Photo: Jane Doe/AP"). Names there are the article's
creators or credits, never people mentioned in the story; entity extraction
skips these spans, and the byline's names become the article's authors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-Z][A-Za-z'’.-]+(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|van|von|de|der|da|di|le|la|bin|al))*"
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|&|\band\b)[ \t]*{_NAME})*"
# A line that is only a byline: "By Jane Doe", "BY JANE DOE AND JOHN ROE | CBC News".
_BYLINE = re.compile(rf"^[ \t]*(?:By|BY|Written by|Words by)[ \t]+(?P<names>{_NAMES})"
                     rf"(?:[ \t]*[,|•·–—-][ \t]*(?P<outlet>[A-Z][\w&.'’ ]{{1,40}}))?[ \t]*$", re.M)
# Agency and paper tails: "(Reporting by X; Additional reporting by Y; Editing by Z)", "Contributing: X".
_TAIL = re.compile(r"\((?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Edited|Written)"
                   r" by [^()\n]{1,300}\)|^[ \t]*(?:(?:Additional )?[Rr]eporting by|Contributing:|Editing by|"
                   r"Written by|With files from)[^\n]{1,300}$", re.M)
_TAIL_NAMES = re.compile(rf"(?:[Rr]eporting by|Writing by|Compiled by|Written by|Contributing:)[ \t]+"
                         rf"(?P<names>{_NAMES})")
# Photo credits: "(Jane Doe/Reuters)", "Photo: Jane Doe/AP", "(Photograph: Getty Images)".
_PHOTO = re.compile(rf"\((?:(?:Photo|Photograph|Image|Credit|Pictures?)(?: by)?:?[ \t]*)?{_NAME}[ \t]*/[ \t]*"
                    r"[A-Z][\w&.'’ -]{1,40}\)|^[ \t]*\(?(?:Photo|Photograph|Image|Picture|Credit)s?"
                    r"(?: by)?:[^\n]{1,200}$", re.M)
# An author's closing bio, the article's last line: "David Mikosz works for the IFES, an ...".
_BIO = re.compile(rf"^[ \t]*{_NAME}[ \t]+(?:works|writes|reports)[ \t]+(?:for|at)[ \t]+[^\n]{{1,300}}\s*\Z", re.M)
_SPLIT = re.compile(r"[ \t]*(?:,|&|\b(?i:and)\b)[ \t]*")
_OUTLET_WORDS = {"news", "reuters", "press", "staff", "writer", "correspondent", "reporter", "agency"}


@dataclass(frozen=True, slots=True)
class Credits:
    spans: tuple[tuple[int, int], ...]     # character ranges that are credits, not story
    authors: tuple[str, ...]               # names of the byline and of reporting tails

    def covers(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


def _names(group: str) -> list[str]:
    out = []
    for name in _SPLIT.split(group):
        words = name.split()
        if 2 <= len(words) <= 4 and not any(w.lower().strip(".") in _OUTLET_WORDS for w in words):
            out.append(" ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words))
    return out


def _closing_bio(text: str) -> list[tuple[int, int]]:
    """The span of an author's bio line closing a story of several lines; only the tail is searched."""
    cut = max(0, len(text) - 400)
    m = _BIO.search(text, cut)
    return [m.span()] if m and "\n" in text[:m.start()].rstrip() else []


def find_credits(text: str) -> Credits:
    """Every byline, reporting tail and photo credit in the text, and the authors they name."""
    spans: list[tuple[int, int]] = []
    authors: list[str] = []
    for m in _BYLINE.finditer(text):
        spans.append(m.span())
        authors += _names(m.group("names"))
    for m in _TAIL.finditer(text):
        spans.append(m.span())
        for n in _TAIL_NAMES.finditer(m.group(0)):
            authors += _names(n.group("names"))
    spans += [m.span() for m in _PHOTO.finditer(text)]
    spans += _closing_bio(text)
    return Credits(tuple(sorted(spans)), tuple(dict.fromkeys(authors)))
