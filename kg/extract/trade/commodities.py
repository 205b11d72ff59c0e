"""Item labels the way commodity desks write them, and the commodity above each.

Wire copy names grades ("number two SRW wheat", "CPO", "150,000 bpd of Isthmus") where a reader
asks about the commodity ("what wheat did Jamaica buy?"). Short names are spelled out in the label
("srw wheat" -> "soft red winter wheat"), and every label gets its broader commodity: the longest
known commodity it ends with ("crude palm oil" -> "palm oil"), or the commodity of a named grade
("isthmus crude" -> "crude oil"). The lists live in data/commodities.tsv.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:     # only annotated: a build's own process maps items without loading spaCy (0.7 s)
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    commodities: set[str] = set()
    shorts: dict[str, str] = {}
    grades: dict[str, str] = {}
    text = resources.files("kg.extract").joinpath("data/commodities.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, *rest = line.split("\t")
        if kind == "commodity":
            commodities.add(name)
        elif kind == "short":
            shorts[name] = rest[0]
        elif kind == "grade":
            grades[name] = rest[0]
    return frozenset(commodities), shorts, grades


def spelled_out(label: str) -> str:
    """'srw wheat' -> 'soft red winter wheat', 'cpo' -> 'crude palm oil', 'crude' -> 'crude oil'; a short
    name that already ends in its goods is not doubled ('wti crude oil' stays one 'crude oil')."""
    if label == "crude":
        return "crude oil"   # "China's crude imports": the trade's own name for it alone
    _, shorts, _ = _table()
    words = label.split()
    out: list[str] = []
    for n, word in enumerate(words):
        long = shorts.get(word)
        if long is None:
            out.append(word)
            continue
        rest = " ".join(words[n + 1:])
        out.append(long.removesuffix(" " + rest) if rest and long.endswith(" " + rest) else long)
    return " ".join(out)


@lru_cache(maxsize=4096)
def broader(label: str) -> str | None:
    """The commodity above an item label, or None when the label is itself one (or unknown)."""
    commodities, _, grades = _table()
    if label in commodities:
        return None   # "soybean meal" is a commodity, not a kind of "meal"
    words = label.split()
    for n in range(len(words)):
        tail = " ".join(words[n:])
        if tail in grades:
            return grades[tail] if grades[tail] != label else None
        if n and tail in commodities:
            return tail
    if words and words[-1] == "crude" and label != "crude":
        return "crude oil"   # "isthmus crude", "saharan blend crude"
    return None


def commodity_named(words: list[str]) -> str | None:
    """The commodity a run of lower-case words ends with ("crude output" -> no; ["crude"] -> crude oil,
    ["palm", "oil"] -> palm oil), for goods the story names next to a figure it measures."""
    commodities, _, grades = _table()
    for n in range(min(3, len(words)), 0, -1):
        tail = " ".join(words[-n:])
        if tail in commodities:
            return tail
        if tail in grades:
            return grades[tail]
    return "crude oil" if words and words[-1] == "crude" else None


def goods_tagged_verb(tok: Token) -> bool:
    """A commodity's name the tagger took for a verb, with its figure right after it: "Barley exports
    reached 2.1 mln tonnes and maize 0.6 mln" (the gapped element's goods, not a verb of its own)."""
    return tok.tag_ == "VB" and tok.is_lower and commodity_named([tok.lower_]) is not None \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num
