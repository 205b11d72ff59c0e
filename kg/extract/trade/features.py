"""Features of a candidate figure and of each country that may be its side, as named strings.

Only language goes in: the words and lemmas around the figure, the dependency path up from it,
hedges and comparisons, brackets, what the trade rules made of it; for a side, the preposition and
verb it hangs on, where it stands against the figure and whether it is the story's own country.
Named features (not hashed) keep the shipped model readable: its heaviest weights say what it learnt.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.extract.shared.countries import country_form
from kg.extract.shared.country_names import lookup_country
from kg.extract.trade.candidates import Candidate, Side
from kg.extract.trade.lexicon import (
    BALANCE_NOUNS,
    CHANGE_VERBS,
    EXPORT_NOUNS,
    EXPORT_VERBS,
    FORECAST_LEMMAS,
    GUESS_VERBS,
    IMPORT_NOUNS,
    IMPORT_VERBS,
)

_TRADE = EXPORT_VERBS | IMPORT_VERBS | EXPORT_NOUNS | IMPORT_NOUNS
_COMPARE = frozenset({"against", "compare", "versus", "vs", "vs.", "from", "than", "previous", "earlier", "ago",
                      "last", "before"})
_WINDOW = 6


# Names become their kind: the model learns how trade is written, not which countries or firms trade.
_NAME_TYPES = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})


def _lemma(t: Token) -> str:
    if t.like_num:
        return "#"
    if t.is_space:
        return "<sp>"
    if t.ent_type_ in _NAME_TYPES or t.pos_ == "PROPN" and not t.is_lower or _country_word(t.text):
        return f"<{t.ent_type_ or 'name'}>"
    if not t.is_alpha and sum(ch.isalpha() for ch in t.text) > 2:
        return "<mixed>"   # a token the tokenizer glued together, "266,389),Egypt": it may hold a name
    return t.lemma_.lower() if t.is_alpha else t.lower_


@lru_cache(maxsize=4096)
def _country_word(word: str) -> bool:
    """"british", "colombia" in lower case: a name all the same ("venezuela has managed to ...")."""
    return word.isalpha() and lookup_country(word.capitalize()) is not None


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _path(tok: Token, steps: int = 5) -> list[Token]:
    out = []
    while tok.head != tok and len(out) < steps:
        tok = tok.head
        out.append(tok)
    return out


def figure_features(c: Candidate, ruled: bool, ruled_in_sentence: bool) -> list[str]:
    """Why this figure is (not) a flow's: the rules' verdict and the words and tree around it."""
    toks, fig = c.tokens, c.fig
    f = [f"kind={fig.kind}", f"unit={c.unit}", "money" if c.currency else "measure",
         f"ruled={ruled}", f"ruled_sent={ruled_in_sentence}", f"qual={fig.qualifier is not None}",
         "bias"]
    f.append(f"flowfig={fig.start in c.flows}")
    for k in range(1, 4):
        if fig.start - k >= 0:
            f.append(f"w-{k}={_lemma(toks[fig.start - k])}")
        if fig.end - 1 + k < len(toks):
            f.append(f"w+{k}={_lemma(toks[fig.end - 1 + k])}")
    f.append(f"w-2,-1={_lemma(toks[fig.start - 2]) if fig.start > 1 else '^'}_"
             f"{_lemma(toks[fig.start - 1]) if fig.start else '^'}")
    for t in toks[max(0, fig.start - _WINDOW):fig.start]:
        f.append(f"L={_lemma(t)}")
    for t in toks[fig.end:fig.end + _WINDOW]:
        f.append(f"R={_lemma(t)}")
    path = _path(c.head)
    for n, t in enumerate(path):
        f.append(f"up={_lemma(t)}")
        if n < 2:
            f.append(f"up{n}={t.dep_}:{_lemma(t)}")
    f.append(f"dep={c.head.dep_}")
    f.append(f"headdep={c.head.head.dep_}:{c.head.head.pos_}")
    words = {_lemma(t) for t in toks}
    for t in toks:
        lem = _lemma(t)
        if lem in _TRADE:
            f.append(f"trade={lem}:{t.pos_}")
        if lem in FORECAST_LEMMAS or lem in GUESS_VERBS:
            f.append(f"hedge={lem}")
        if lem in BALANCE_NOUNS:
            f.append("balance")
    onpath = [_lemma(t) for t in path]
    f += [f"path_trade={p}" for p in onpath if p in _TRADE]
    f += [f"path_hedge={p}" for p in onpath if p in FORECAST_LEMMAS or p in GUESS_VERBS]
    f += [f"path_change={p}" for p in onpath if p in CHANGE_VERBS]
    opened = sum(t.text in "([" for t in toks[:fig.start]) - sum(t.text in ")]" for t in toks[:fig.start])
    f.append(f"bracket={opened > 0}")
    near = {_lemma(t) for t in toks[max(0, fig.start - 4):fig.start]} | {_lemma(t) for t in toks[fig.end:fig.end + 4]}
    f += [f"cmp={w}" for w in sorted(near & _COMPARE)]
    if "pct" in words or "percent" in words:
        f.append("pct_in_sentence")
    order = sum(1 for t in toks[:fig.start] if t.like_num)
    f.append(f"nums_before={_bucket(order)}")
    f.append(f"places={_bucket(c.places)}")
    f.append(f"len={_bucket(len(toks) // 5)}")
    f += _clause_features(c.head, path)
    f.append(f"lede={min(c.index, 3)}")
    f += [f"hl={w}" for w in sorted(set(c.headline))]
    flow = flow_word(c)
    before = _lemma(toks[fig.start - 1]) if fig.start else "^"
    f += [f"flow={flow}", f"flow={flow}|unit={c.unit or 'money'}", f"flow={flow}|w-1={before}"]
    f += _range_features(toks, fig)
    return f


def _clause_features(head: Token, path: list[Token]) -> list[str]:
    """The verb that governs the figure, how the figure hangs on it, its tense and its subject:
    "exports rose to X" (past, subject exports, via "to") against "output will reach X"."""
    verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return ["verb=none"]
    chain = []
    t = head
    while t != verb and len(chain) < 4:
        chain.append(t.dep_ if t.dep_ != "pobj" else f"pobj<{t.head.lower_}")
        t = t.head
    rel = ">".join(chain[-2:])
    lemma = _lemma(verb)
    f = [f"verb={lemma}", f"rel={rel}", f"verb_rel={lemma}:{rel}", f"tag={verb.tag_}"]
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass", "neg"):
            f.append(f"aux={_lemma(c)}")
        if c.dep_ in ("nsubj", "nsubjpass"):
            f.append(f"subj={_lemma(c)}")
            f.append(f"subj_verb={_lemma(c)}:{lemma}")
            f += [f"subj_mod={_lemma(g)}" for g in c.children if g.dep_ in ("compound", "amod")]
    return f


def _range_features(toks: list[Token], fig) -> list[str]:
    """A range ("between X and Y", "X to Y tonnes") or a change to a figure from another ("to X from Y")."""
    f = []
    after = [t.lower_ for t in toks[fig.end:fig.end + 2]]
    if len(after) == 2 and after[0] in ("to", "and", "-", "or") and toks[fig.end + 1].like_num:
        f.append(f"range_low={after[0]}")
    if fig.start > 1 and toks[fig.start - 1].lower_ in ("and", "to", "or") and toks[fig.start - 2].like_num:
        f.append("range_high")
    if after[:1] == ["from"] or len(after) == 2 and after[1] == "from":
        f.append("then_from")
    return f


def flow_word(c: Candidate) -> str:
    """The trade word the figure is read with: the first on its path up, else the last one before it
    ("exports rose 27 pct to X and imports ..."), else the first after it. "import" makes the owner
    the destination, "export" the exporter."""
    on_path = next((_lemma(t) for t in _path(c.head) if _lemma(t) in _TRADE), None)
    if on_path:
        return on_path
    before = [t for t in c.tokens if t.i < c.head.i and _lemma(t) in _TRADE]
    after = [t for t in c.tokens if t.i > c.head.i and _lemma(t) in _TRADE]
    return _lemma(before[-1]) if before else _lemma(after[0]) if after else "none"


def _prep_of(tok: Token) -> str:
    """The preposition a country hangs on: "to China" -> to; "China's" -> poss."""
    t = tok
    while t.dep_ in ("compound", "amod", "det") and t.head != t:
        t = t.head
    if t.dep_ == "pobj":
        return t.head.lower_
    return t.dep_


def side_features(c: Candidate, sides: list[Side], side: Side, role: str, rule_sides: frozenset[tuple[str, str]],
                  flow: str) -> list[str]:
    """Why this country (one of `sides`) is (not) the figure's exporter / destination; `flow` is flow_word(c)."""
    f = [f"src={side.source}", "bias"]
    f.append(f"flow={flow}|src={side.source}")
    code = side.mention.code
    if (role, code) in rule_sides:
        f.append("rule_same_role")
    other = "destination" if role == "exporter" else "exporter"
    if (other, code) in rule_sides:
        f.append("rule_other_role")
    in_sentence = [s for s in sides if s.source == "sentence"]
    f.append(f"n_sent={_bucket(len(in_sentence))}")
    for s in sides:
        if s.source != "sentence" and s.source != side.source and s.mention.code == code:
            f.append(f"also={s.source}")
    if side.source != "sentence":
        if any(s.mention.code == code for s in in_sentence):
            f.append("named_in_sentence")
        return f
    tok = side.token
    form = country_form(side.mention.text) or "name"
    f.append(f"form={form}")
    head = c.head
    dist = tok.i - head.i
    f.append(f"pos={'before' if dist < 0 else 'after'}:{_bucket(abs(dist))}")
    rank = [s for s in in_sentence if (s.token.i < head.i) == (dist < 0)]
    f.append(f"nearest={min(rank, key=lambda s: abs(s.token.i - head.i)).token == tok}")
    prep = _prep_of(tok)
    f.append(f"prep={prep}")
    f.append(f"flow={flow}|prep={prep}")
    f.append(f"flow={flow}|{'before' if dist < 0 else 'after'}")
    f.append(f"prev={_lemma(tok.doc[tok.i - len(side.mention.text.split())]) if tok.i else '^'}")
    f.append(f"dep={tok.dep_}")
    gov = next((t for t in _path(tok, 4) if t.pos_ in ("VERB", "NOUN") and _lemma(t) in _TRADE), None)
    if gov is not None:
        f.append(f"gov={_lemma(gov)}:{prep}")
        f.append(f"gov={_lemma(gov)}")
    lo, hi = sorted((tok.i, head.i))
    between = [_lemma(t) for t in tok.doc[lo + 1:hi]]
    if len(between) < 12:
        f += [f"btw={w}" for w in sorted(set(between)) if w in _TRADE or w in ("to", "from", "for", "of", "by", "with",
                                                                         "(", ",", "and")]
    shared = {t.i for t in _path(tok, 8)} & ({head.i} | {t.i for t in _path(head, 8)})
    f.append(f"tree_link={bool(shared)}")
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("'s", "’s"):
        f.append("possessive")
    if form == "demonym" and tok.head.pos_ == "NOUN" and _lemma(tok.head) not in _TRADE:
        f.append("demonym_of_goods")
    return f
