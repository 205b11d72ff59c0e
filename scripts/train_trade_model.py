#!/usr/bin/env python3
"""Train the trade model on every annotated wire story and write kg/extract/data/trade_model.json.

Usage: python scripts/train_trade_model.py [--enable] [--out PATH] [--top 15]

Trains on dev and the spent held-out sets (tests/golden/trade_wire.jsonl; never a fresh draw), with
the thresholds cross-validation chose (cv_trade_model.py --grid over the same splits). Deterministic:
full-batch fitting from a fixed start, so the same gold and code write the same file. The file ships
disabled (SHIP_ENABLED, below): extraction runs the rules alone unless the trade_model setting is "on"
(KG_TRADE_MODEL=on); --enable writes it enabled. Prints the heaviest weights of each task.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

import trade_ml as tm  # noqa: E402

from kg.extract.trade.model import MODEL_FILE  # noqa: E402

# Chosen by cross-validation over dev and the eleven spent sets (2026-12-02, /tmp sweep of
# cv_trade_model.py's folds, tests/golden/README.md): every setting from figure 0.5 to 0.9 beat the
# rules alone by 0.4-0.9 points of pooled strict F1; 0.8 / 0.5 gave the most (0.746 -> 0.755) for the
# least precision (0.820 -> 0.807), and on the same stories restyled as today's wire 0.735 -> 0.746.
# Dropping the rules' events whose figure the model scores low stays off: it dropped correct accepted
# offers at tenders in hand-made stories (tests/extract/trade/test_wire.py).
THRESHOLDS = {"figure": 0.8, "exporter": 0.5, "destination": 0.5, "drop": 0.0}
# On: every honest figure so far moved up or stayed (fresh draws heldout-7 .. heldout-11 scored with it
# on: +0.00, +0.02, +0.01, +0.01, +0.03/+0.04 at figure 0.6), and the eleven-set cross-validation above.
SHIP_ENABLED = True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(str(MODEL_FILE)))
    ap.add_argument("--enable", action="store_true", help="write the model enabled (default: SHIP_ENABLED)")
    ap.add_argument("--top", type=int, default=15, help="print this many heaviest weights per task")
    ap.add_argument("--modern", action="store_true",
                    help="train on the spent modern sets too (cv_trade_model.py --modern: no gain; not shipped)")
    a = ap.parse_args()
    stories, _ = tm.load_stories(splits=tm.SPLITS + (tm.MODERN_SPLITS if a.modern else ()))
    model = tm.train(stories, THRESHOLDS, enabled=a.enable or SHIP_ENABLED, read_too=tm.READ_TOO)
    a.out.write_text(model.to_json(), encoding="utf-8")
    sizes = {t: len(w) for t, w in model.weights.items()}
    print(f"wrote {a.out} ({a.out.stat().st_size // 1024} KiB, features {sizes}, enabled {model.enabled})")
    for task, weights in model.weights.items():
        top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:a.top]
        print(f"{task}: " + ", ".join(f"{f} {w:+.2f}" for f, w in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
