"""Direct quotations: find the text between quotation marks, on raw text.

Works on characters, not tokens, so every quotation style is handled the
same way: straight ("..."), curly (“...”), low-high („...“), guillemets
(«...» and »...«), and single marks (‘...’, '...') both as nested quotes and
as the house style of British outlets.

Marks are paired the way CommonMark pairs emphasis: a mark can open when it
is followed by a non-space and preceded by a space, an opening bracket or
another mark; it can close when the reverse holds. A single mark between two
letters is an apostrophe (don't, Clinton’s). A quotation left open at the
end of a paragraph continues when the next paragraph opens with a mark
(the newspaper convention for multi-paragraph quotes); otherwise the open
mark is skipped and reported, never raised (textacy #200, #379).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_ONLY = {"“": "”", "„": "“”", "«": "»", "‹": "›", "‘": "’", "‚": "‘’"}
CLOSE_ONLY = {"”", "»", "›", "’"}
STRAIGHT = {'"', "'"}
DOUBLE = set('"“”„«»‹›')
_OPENING_CONTEXT = set("([{—–―-/:") | DOUBLE | set("‘’'")
_CLOSING_CONTEXT = set(")]}.,;:!?—–―-/…") | DOUBLE | set("‘’'")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Content between marks: `parts` are (start, end) char ranges, one per
    paragraph for a quotation continued across paragraphs."""
    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _can_open(text: str, i: int, n: int = 1) -> bool:
    nxt = text[i + n] if i + n < len(text) else " "
    prv = text[i - 1] if i > 0 else " "
    if nxt == " " and text[i + n + 1:i + n + 2] in ("…", "."):
        nxt = text[i + n + 1]                   # “ … what I learned”: a quotation that opens mid-speech
    return not nxt.isspace() and (prv.isspace() or prv in _OPENING_CONTEXT)


def _can_close(text: str, i: int, n: int = 1) -> bool:
    nxt = text[i + n] if i + n < len(text) else " "
    prv = text[i - 1] if i > 0 else " "
    return not prv.isspace() and (nxt.isspace() or nxt in _CLOSING_CONTEXT)


def _is_apostrophe(text: str, i: int) -> bool:
    if text[i] not in "’'":
        return False
    prv = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prv.isalnum() and nxt.isalnum():
        return True                            # don't, Clinton’s
    if nxt.isalnum() and not _can_open(text, i):
        return True
    # ’90s, ’em: an elided start after a space, never closed in practice
    return prv.isspace() and text[i + 1:i + 3].isdigit()


# (position, length, mark as a one-char class, can_open, can_close)
_Mark = tuple[int, int, str, bool, bool]
# Typewriter digraphs some archives use for double marks: ``...'' and ''...''
_DIGRAPHS = {"''": '"', "``": "“"}


# The characters a mark or a digraph starts with: the scan jumps from one to the next.
_MARK_CHAR = re.compile("[" + re.escape("".join(sorted(DOUBLE | set("‘’'‚`")))) + "]")


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """Every candidate quotation mark in text[start:end]."""
    out: list[_Mark] = []
    i = start
    while (found := _MARK_CHAR.search(text, i, end)) is not None:
        i = found.start()
        c, n = text[i], 1
        if text[i:i + 2] in _DIGRAPHS:
            c, n = _DIGRAPHS[text[i:i + 2]], 2
        elif c not in DOUBLE and c not in "‘’'‚" or _is_apostrophe(text, i):
            i += 1
            continue
        can_open = c not in CLOSE_ONLY and _can_open(text, i, n)
        can_close = (c in CLOSE_ONLY or c in STRAIGHT or c == "“") and _can_close(text, i, n)
        if c in "»›”" and _can_open(text, i, n) and not _can_close(text, i, n):
            can_open = True                     # »...« (German order), ”...” (typed twice)
        if can_open or can_close:
            out.append((i, n, c, can_open, can_close))
        i += n
    return out


def _family(c: str) -> str:
    return "double" if c in DOUBLE else "single"


_CLOSERS = {"“": "”\"", "”": "”", "„": "“”", '"': '"”', "«": "»", "»": "«", "‹": "›", "‘": "’'", "'": "'’", "‚": "‘’"}


def _closes(opener: str, c: str, can_open: bool) -> bool:
    return c in _CLOSERS[opener] or (opener == c == "“" and not can_open)   # sloppy “...“


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _pair_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None, list[int]]:
    """Outermost quotations closed in this paragraph (content ranges), the
    content start of a double mark left open at its end (or None), and
    positions of skipped marks."""
    pairs: list[tuple[int, int]] = []
    skipped: list[int] = []
    stack: list[tuple[int, int, str]] = []     # open marks, outermost first: position, length, class
    for i, n, c, can_open, can_close in _marks(text, start, end):
        same = [k for k, o in enumerate(stack) if _family(o[2]) == _family(c)]
        if can_close and same and _closes(stack[same[-1]][2], c, can_open):
            k = same[-1]
            skipped.extend(o[0] for o in stack[k + 1:])     # marks opened inside and never closed
            pairs.append((stack[k][0] + stack[k][1], i))
            del stack[k:]
        elif can_open and (c not in CLOSE_ONLY or c in "»›”" and not stack):
            stack.append((i, n, c))
    left_open = None
    for o, n, c in stack:
        if _family(c) == "double" and left_open is None:
            left_open = o + n
        else:
            skipped.append(o)
    outer = [(o, c) for o, c in pairs if not any(o2 < o and c < c2 for o2, c2 in pairs)]
    return sorted((o, c) for o, c in outer if c > o), left_open, skipped


def find_quotes(text: str) -> tuple[list[QuoteSpan], list[str]]:
    """All outermost quotations in text, in order, and notes on skipped marks."""
    quotes: list[QuoteSpan] = []
    notes: list[str] = []
    carry: list[tuple[int, int]] = []          # parts of a quotation continued from earlier paragraphs
    held: list[tuple[int, int]] = []           # quotations inside the open one, kept if it never continues
    for p_start, p_end in _paragraphs(text):
        body = text[p_start:p_end]
        lead = p_start + len(body) - len(body.lstrip())
        spans, left_open, skipped = _pair_paragraph(text, p_start, p_end)
        notes.extend(f"unpaired quotation mark at char {i}" for i in skipped)
        if carry:
            if spans and spans[0][0] in (lead + 1, lead + 2):
                quotes.append(QuoteSpan((*carry, spans.pop(0))))
                carry, held = [], []
            elif left_open in (lead + 1, lead + 2):
                carry.append((left_open, p_end))
                continue                        # the whole paragraph is inside the quotation
            else:
                notes.append(f"unclosed quotation mark before char {carry[0][0]}")
                quotes.extend(QuoteSpan((s,)) for s in held)
                carry, held = [], []
        if left_open is not None:
            held = [s for s in spans if s[0] > left_open]
            spans = [s for s in spans if s[0] < left_open]
            carry = [(left_open, p_end)]
        quotes.extend(QuoteSpan((s,)) for s in spans)
    if carry:
        notes.append(f"unclosed quotation mark before char {carry[0][0]}")
        quotes.extend(QuoteSpan((s,)) for s in held)
    quotes.sort(key=lambda q: q.start)
    return [q for q in quotes if text[q.start:q.end].strip()], notes
