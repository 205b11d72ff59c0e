"""Sources -> Articles: files, folders and globs of .txt, .html and .jsonl.

A .txt file's first line may be a date ("April 30, 2021 19:25 IST",
"date 2021-05-01 ...") or a headline; both are read as metadata. Offsets of
every fact point into Article.text, which is the file's text verbatim, so a
user can open the file at the evidence offsets.
"""
from __future__ import annotations

import datetime as dt
import glob
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.extract.shared.credits import find_credits
from kg.facts import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_DATE_PREFIX = re.compile(r"^\s*(?:date[:\s]+)?(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_MAX_TITLE = 200
# A wire dateline opening the body: "SALVADOR, Feb 26 - ", "NEW YORK, March 3 (Reuters) - ", "LONDON - "
# (some wires mark an item with asterisks before it: "****LONDON, March 26 - "; a city may carry its
# state or country: "WINTER HAVEN, FLA., March 12 - ", "HANGZHOU, China, March 17 - "; Reuters of the
# 1990s writes "LONDON 1996-08-20" on a line of its own)
# "(Reuters)", "(APP)", "(APK-Inform)", or a news site's own domain: "(miningweekly.com)"
_AGENCY = r"\((?:[A-Z][A-Za-z&. -]{0,24}|[a-z][a-z0-9-]{2,30}(?:\.[a-z]{2,4}){1,2})\)"
_DATELINE = re.compile(r"\s*\**([A-Z][A-Z.'/ -]{1,40}?(?:, (?:[A-Z][A-Z.]{1,10}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?)"
                       rf"(?:(?:, [A-Z][a-z]{{2,8}}\.? \d{{1,2}})?(?: {_AGENCY} ?(?:[-–—]{{1,2}} ?|: )| [-–—]{{1,2}} )"
                       r"|, [A-Z][a-z]{2,8}\.? \d{1,2}, [A-Z][A-Za-z]{2,15} [-–—]{1,2} "   # "TOKYO, May 2, Kyodo -- "
                       r"|(?:--|—)(?=[A-Z])"   # Dow Jones and the Journal: "KUALA LUMPUR--Malaysia's ..."
                       rf"|, [A-Z][a-z]{{2,8}}\.? \d{{1,2}} {_AGENCY} (?=[A-Z])"   # "NEW DELHI, April 12 (PTI) India's"
                       r"| \d{4}-\d{2}-\d{2}(?: \([A-Za-z]+\))?(?:\s*[-–—]{1,2} |[ \t]*\n\s*))")   # "LONDON 1996-08-20"
# A city written in mixed case is a dateline only before an agency's name in brackets and a dash:
# "Singapore, 20 April (Argus) — ", "Cairo (AFP) - ", "Lagos, Jan. 13 (NAN) -- "
# or before a date with its year and a dash: "Addis Abeba, July 19/2023 - " (or the agency's name:
# "Addis Ababa, July 12/2022(ENA) Ethiopia has ..."); an agency may close with a colon: "(APP): ", or
# with nothing after a date: "New Delhi, Feb 15 (PTI) India's ..."
_DATELINE_MIXED = re.compile(r"\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                             r"(?:(?:, (?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2}))?"
                             r" \([A-Z][A-Za-z&. ]{0,24}\) ?(?:[-–—]{1,2} ?|: )"
                             r"|, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
                             r" \([A-Z][A-Za-z&. ]{0,24}\) (?=[A-Z])"
                             r"|, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:/|, )|\d{1,2} [A-Z][a-z]{2,8} )(?:19|20)\d\d"
                             rf"(?:(?: {_AGENCY})? [-–—]{{1,2}} | ?{_AGENCY} (?=[A-Z])))")
# Pakistani and Indian dailies write the city and a colon: "KARACHI: The country's textile exports ..."
_DATELINE_COLON = re.compile(r"\s*([A-Z][A-Z.' -]{2,30}): (?=[A-Z])")
_NOT_PLACES = frozenset({"NOTE", "UPDATE", "CORRECTION", "EDITORS", "EDITOR'S NOTE", "WARNING", "BREAKING",
                         "EXCLUSIVE", "ANALYSIS", "COMMENT", "OPINION", "REVIEW", "FACTBOX", "INTERVIEW",
                         "WATCH", "LISTEN", "READ MORE", "ALSO READ", "SUMMARY", "FILE PHOTO", "PHOTO"})
_HEADLINE_AFTER_DATE = re.compile(rf"[ \t]*\n([^\n]{{1,{_MAX_TITLE}}})\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """An article and the key naming where it came from, which a rebuild replaces."""
    key: str
    article: Article
    header_end: int = 0        # chars of the text that are metadata, not prose
    note: str | None = None    # what the reader had to do to read it ("not UTF-8, read as ...")


def expand(paths: list[str | Path], problems: list[str] | None = None) -> list[Path]:
    """Files named by paths, folders (recursive) and globs, in a stable order. With a `problems`
    list, a path that names nothing is noted there and the others are still expanded."""
    found: list[Path] = []
    for raw in map(str, paths):
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.is_file():
            found.append(path)
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())
            if not matches:
                _problem(problems, f"{raw}: no files match this pattern")
            found += matches
        else:
            _problem(problems, f"{raw}: no such file or folder")
    unsupported = [p for p in found if p.suffix.lower() not in SUFFIXES]
    if unsupported:
        raise KGError(f"unsupported file type {unsupported[0].suffix!r} ({unsupported[0]}); "
                      f"use one of {', '.join(SUFFIXES)}")
    return list(dict.fromkeys(found))


def _problem(problems: list[str] | None, message: str) -> None:
    if problems is None:
        raise KGError(message)
    problems.append(message)


def read(paths: list[str | Path], skipped: list[str] | None = None,
         known: Callable[[Path], SourceArticle | None] | None = None) -> Iterator[SourceArticle]:
    """Articles at `paths`. With a `skipped` list, a missing path or an unreadable, empty or
    binary file or line is noted there and the rest are still read; without one, it raises KGError.
    `known(path)` may give a one-article file's article without reading it (an unchanged file)."""
    for path in expand(paths, skipped):
        suffix = path.suffix.lower()
        try:
            if known is not None and suffix != ".jsonl" and (same := known(path)) is not None:
                yield same
            elif suffix == ".jsonl":
                yield from read_jsonl(path, skipped)
            elif suffix in (".html", ".htm"):
                yield read_html(path)
            else:
                yield read_txt(path)
        except (KGError, OSError) as err:
            if skipped is None:
                raise KGError(str(err)) from None
            skipped.append(str(err))


# a month by name, or digits joined by a date separator ("2020-03-01", "3/1/2020"), next to a digit
_DATE_HINT = re.compile(r"(?i)(?=.*\d)(?:.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b"
                        r"|.*\d[-/.]\d)")


def parse_date(text: str) -> dt.date | None:
    import dateparser
    text = text.strip()
    if not text or len(text) > 60 or not _DATE_HINT.search(text):
        return None     # a date needs a year and a month: most headlines skip dateparser's 2-60 ms
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first",
                                              "REQUIRE_PARTS": ["year", "month"]})
    return parsed.date() if parsed else None


_BINARY_SAMPLE = 8192
# every byte but the control bytes no text encoding writes (tab, newlines, form feed are text)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _read_text(path: Path) -> tuple[str, str | None]:
    """The file's text and a note when it was not UTF-8. Binary files (a NUL byte, or mostly bytes
    no text encoding would write) raise KGError naming the file and the reason."""
    data = path.read_bytes()
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample or len(sample.translate(None, _NOT_CONTROL)) > len(sample) // 20:
        raise KGError(f"{path}: binary file, not text (skipped)")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        note = f"{path}: not UTF-8 (byte {err.start}), read as Windows-1252"
        return data.decode("cp1252", errors="replace"), note


def _prose(text: str, path: Path) -> None:
    """KGError for a file with no words in it (empty, or only numbers and signs)."""
    if not re.search(r"[^\W\d_]{2,}", text):
        raise KGError(f"{path}: {'empty file' if not text.strip() else 'no words in it'} (skipped)")


# C0 control characters (not tab, newline, return) and DEL: no news text holds them on purpose, and
# XML 1.0 (RDF/XML, the HTML page) cannot carry them. Each becomes one space: offsets stay the file's.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_controls(text: str) -> str:
    return _CONTROLS.sub(" ", text)


# A numeric character reference left in plain text by the page it was copied from ("Jos&#233;")
_CHAR_REF = re.compile(r"&#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});")


def _char_refs(text: str) -> str:
    """Plain text holding "&#233;" means "é": a name must not be cut at it ("Jos&#233; Manuel Barroso")."""
    import html
    return _CHAR_REF.sub(lambda m: html.unescape(m.group(0)), text) if "&#" in text else text


def _not_too_long(text: str, where: object) -> str:
    """An article longer than one parse takes is skipped with its size, not a traceback mid-build."""
    from kg import config
    limit = int(config.setting("max_chars"))
    if len(text) > limit:
        raise KGError(f"{where}: {len(text):,} characters, over the {limit:,} one article may have "
                      f"(skipped; split the file, or raise the limit with KG_MAX_CHARS)")
    return text


def looks_like_headline(line: str) -> bool:
    """A first line set apart by a blank line is the headline when it is title case or ends no
    sentence ("Labour plans maternity pay rise"); a short first paragraph ends one in lower case
    ('Jane Doe said on Monday: "..." in a speech.') and is prose."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words:
        return False
    sentence = line.strip().rstrip("\"”’' ").endswith((".", "!", "?"))
    return not sentence or sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _colon_dateline(text: str, at: int) -> re.Match | None:
    """ "KARACHI: " opening the body, not a label such as "NOTE: " or "UPDATE: "."""
    m = _DATELINE_COLON.match(text, at)
    return m if m and m.group(1).strip() not in _NOT_PLACES else None


def read_txt(path: Path) -> SourceArticle:
    text, note = _read_text(path)
    text = _not_too_long(_no_controls(_char_refs(text)), path)
    _prose(text, path)
    title, date, header_end, date_source = None, None, 0, None
    prefix = _DATE_PREFIX.match(text)
    first_line = text.split("\n", 1)[0]
    if prefix:
        date, header_end, date_source = dt.date.fromisoformat(prefix.group(1)), prefix.end(), "first line"
        # wire layout: a date line, the headline on the next line, a blank line, the body
        if m := _HEADLINE_AFTER_DATE.match(text, header_end):
            title, header_end = m.group(1).strip(), m.end(1)
    elif (date := parse_date(first_line)) is not None:
        header_end, date_source = len(first_line), "first line"
    elif len(first_line) <= _MAX_TITLE and "\n\n" in text[: len(first_line) + 3] and looks_like_headline(first_line):
        title = first_line.strip()
    place = None
    if m := _DATELINE.match(text, header_end) or _DATELINE_MIXED.match(text, header_end) \
            or _colon_dateline(text, header_end):
        # "SALVADOR, Feb 26 - ": the parser never sees it
        place, header_end = m.group(1).strip(), m.end()
        # the same city again as the lead's dateline: "RIO DE JANEIRO 1996-10-02\nRIO DE JANEIRO, Oct 2 (Reuters) - "
        if (again := _DATELINE.match(text, header_end) or _DATELINE_MIXED.match(text, header_end)) \
                and again.group(1).strip().upper() == place.upper():
            header_end = again.end()
    article = Article(id=path.stem, text=text, source=str(path), title=title, date=date, dateline=place,
                      authors=find_credits(text).authors, date_source=date_source)
    return SourceArticle(key=str(path.resolve()), article=article, header_end=header_end, note=note)


def read_html(path: Path) -> SourceArticle:
    import trafilatura
    html, note = _read_text(path)
    # the date from the page's metadata (meta tags, JSON-LD, URL) only: htmldate's extensive search
    # would take a year mentioned in the prose ("in 2021") as the publication date
    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not getattr(doc, "text", None):
        raise KGError(f"{path}: no article text found in the page (skipped)")
    date = parse_date(doc.date) if doc.date else None
    authors = _authors(doc.author) or find_credits(doc.text).authors
    text = _not_too_long(_no_controls(doc.text), path)
    article = Article(id=path.stem, text=text, source=str(path), title=doc.title, date=date,
                      url=doc.url, authors=authors, date_source="html metadata" if date else None)
    return SourceArticle(key=str(path.resolve()), article=article, note=note)


def read_jsonl(path: Path, skipped: list[str] | None = None) -> Iterator[SourceArticle]:
    """One article per line: {"text", "title"?, "date"?, "url"?, "id"?, "author"/"authors"?}."""
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                if not isinstance(text, str):
                    raise TypeError
                text = _not_too_long(_no_controls(text), f"{path}:{number}")
            except (json.JSONDecodeError, KeyError, TypeError, KGError) as err:
                message = str(err) if isinstance(err, KGError) else \
                    f"{path}:{number}: expected a JSON object with a \"text\" field"
                if skipped is None:
                    raise KGError(message) from None
                skipped.append(message)
                continue
            ident = str(row.get("id") or f"{path.stem}-{number}")
            date = parse_date(str(row["date"])) if row.get("date") else None
            authors = _authors(row.get("authors") or row.get("author") or row.get("byline"))
            article = Article(id=ident, text=text, source=row.get("url") or f"{path}#{ident}",
                              title=row.get("title"), date=date, url=row.get("url"),
                              authors=authors or find_credits(text).authors,
                              date_source="jsonl field" if date else None)
            yield SourceArticle(key=f"{path.resolve()}#{ident}", article=article)


def _authors(value) -> tuple[str, ...]:
    """Author metadata as names: "Jane Doe; John Roe", "By Jane Doe and John Roe", ["Jane Doe"]."""
    if not value:
        return ()
    parts = value if isinstance(value, list) else re.split(r"\s*(?:;|,|\band\b|&)\s*", str(value))
    names = (re.sub(r"^(?:By|BY)\s+", "", str(p)).strip() for p in parts)
    return tuple(dict.fromkeys(n for n in names if n))
