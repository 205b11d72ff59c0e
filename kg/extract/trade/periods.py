"""When a stated export happened: explicit dates and periods, and relative ones against the article date.

`resolve_period("April", "since", date(2021, 4, 30))` -> ("2021-04", "since 2021-04").
The first value is a single date ("2021", "2021-04", "2021-04-26") for kg:date, the second
free text for kg:period ("2021-Q1", "since 2021-04", "2004-H2", "FY2021-22", "2022-01/2022-03").
Either may be None.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS["sept"] = 9
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"((?:19|20)\d\d)"
# Fiscal years as printed: "FY23", "FY2022", "FY2021-22" (kept as written: whose fiscal year it is
# decides when it starts, and the sentence rarely says).
_FISCAL = re.compile(r"fy\s?'?(\d{2}|(?:19|20)\d\d)(?:\s*[-/]\s*(\d\d))?", re.I)
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}

# Prepositions that open a period rather than a point in time (kg:period "since 2021-04").
OPEN_PERIOD_PREPS = {"since": "since", "from": "since", "until": "until", "till": "until", "through": "until"}
# Prepositions that make a date ent not the time of the shipment ("by 2009" is a forecast horizon).
IGNORED_PREPS = {"by", "before", "after", "than"}


def _month_year(month: int, year: int | None, ref: dt.date | None) -> int | None:
    if year is not None:
        return year
    if ref is None:
        return None
    return ref.year if month <= ref.month else ref.year - 1


def _relative(text: str, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    m = re.fullmatch(r"(this|last|previous|past|the past|the last|the previous) (month|year)", text)
    if not m:
        return None
    back = 0 if m.group(1) == "this" else 1
    if m.group(2) == "year":
        return str(ref.year - back)
    year, month = divmod(ref.year * 12 + ref.month - 1 - back, 12)
    return f"{year}-{month + 1:02d}"


def is_period_token(tok) -> bool:
    """A token that is a fiscal year on its own ("FY23", "2021-22"), whatever the tagger calls it."""
    return bool(_FISCAL.fullmatch(tok.text) or re.fullmatch(rf"{_YEAR}-(\d\d)", tok.text))


def _fiscal(t: str) -> str | None:
    """'fy23' -> 'FY2023', 'fiscal 2020-21' -> 'FY2020-21', 'fiscal year 2022' -> 'FY2022'."""
    bare = re.sub(r"^fiscal (?:year )?", "", t)
    m = _FISCAL.fullmatch(bare) or bare != t and re.fullmatch(rf"{_YEAR}(?:\s*[-/]\s*(\d\d))?", bare)
    if not m:
        return None
    year = m.group(1) if len(m.group(1)) == 4 else f"20{m.group(1)}"
    return f"FY{year}-{m.group(2)}" if m.group(2) else f"FY{year}"


def _month_range(t: str, ref: dt.date | None) -> str | None:
    """'january-march 2022', 'between january and april', 'first seven months' -> '2022-01/2022-03'."""
    if m := re.fullmatch(rf"(?:the )?first (\w+) months(?: of (?:the year|{_YEAR}))?", t):
        n = _NUMBER_WORDS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        year = m.group(2) or (str(ref.year - (n > ref.month)) if ref else None)
        return f"{year}-01/{year}-{n:02d}" if 1 < n <= 12 and year else None
    m = re.fullmatch(rf"(?:between )?({_MONTH_RE})\.?\s*(?:-|–|to|and|through)\s*({_MONTH_RE})\.?"
                     rf"(?: quarter)?,?(?: (?:of )?{_YEAR})?", t)
    if m is None:
        return None
    first, last = _MONTHS[m.group(1)], _MONTHS[m.group(2)]
    end_year = _month_year(last, int(m.group(3)) if m.group(3) else None, ref)
    if end_year is None:
        return None
    start_year = end_year if first <= last else end_year - 1
    return f"{start_year}-{first:02d}/{end_year}-{last:02d}"


def _parse(text: str, ref: dt.date | None) -> tuple[str | None, str | None]:
    """(date, period) for the words of a date expression, without its preposition."""
    t = re.sub(r"\s+", " ", text.lower().strip().removeprefix("the ").rstrip(".,"))
    t = t.removeprefix("all of ").removeprefix("the ")
    if rel := _relative(t, ref):
        return rel, None
    if fiscal := _fiscal(t):
        return None, fiscal
    if months := _month_range(t, ref):
        return None, months
    if m := re.fullmatch(rf"(?:the )?(\w+) (quarter|half)(?: of (?:the year )?{_YEAR}| of the year)?", t):
        n = _ORD.get(m.group(1)) or (4 if m.group(1) == "last" and m.group(2) == "quarter" else
                                     2 if m.group(1) == "last" else None)
        year = m.group(3) or (str(ref.year) if ref else None)
        if n is None or year is None:
            return None, None
        return None, f"{year}-{'Q' if m.group(2) == 'quarter' else 'H'}{n}"
    if m := re.fullmatch(_YEAR, t):
        return m.group(1), None
    if m := re.fullmatch(rf"{_YEAR}\s*[-/]\s*(\d\d)", t):
        return None, f"FY{m.group(1)}-{m.group(2)}"
    m = (re.fullmatch(rf"(?:last )?({_MONTH_RE})\.?(?: (\d{{1,2}})(?:st|nd|rd|th)?)?,?(?: {_YEAR})?", t)
         or re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\.?,?(?: {_YEAR})?", t))
    if not m:
        return None, None
    groups = m.groups()
    if groups[0].isdigit():
        day, mon, year = int(groups[0]), _MONTHS[groups[1]], groups[2]
    else:
        mon, day, year = _MONTHS[groups[0]], int(groups[1]) if groups[1] else None, groups[2]
    y = _month_year(mon, int(year) if year else None, ref)
    if t.startswith("last ") and ref is not None and year is None and mon >= ref.month:
        y = ref.year - 1
    if y is None:
        return None, None
    return (f"{y}-{mon:02d}-{day:02d}" if day else f"{y}-{mon:02d}"), None


def resolve_period(text: str, prep: str | None, ref: dt.date | None) -> tuple[str | None, str | None]:
    """A date expression and the preposition before it -> (kg:date, kg:period)."""
    prep = (prep or "").lower()
    if prep in IGNORED_PREPS:
        return None, None
    date, period = _parse(text, ref)
    if prep not in OPEN_PERIOD_PREPS or (date is None and period is None):
        return date, period
    start = date or period
    label = f"{OPEN_PERIOD_PREPS[prep]} {start}"
    # "since April" in an article of 30 April: the whole period lies in that month
    if date and ref and OPEN_PERIOD_PREPS[prep] == "since" and ref.isoformat().startswith(date):
        return date, label
    return None, label
