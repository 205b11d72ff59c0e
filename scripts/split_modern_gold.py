"""Assemble tests/golden/trade_modern.jsonl from blind-written, annotated desk files, split by story.

Each input line is one story: {"doc", "text", "events": [{..., "sentence": "<exact text>"}], ...}. The
sentence is turned into character offsets into the text (as the Reuters gold has them); half of each
desk's stories, drawn with a fixed seed, are held out ("modern-heldout"), the rest are "modern-dev".

    python scripts/split_modern_gold.py [--prefix modern2 --seed N] DESK.jsonl ... >> tests/golden/trade_modern.jsonl

The first batch (today's styles, 2026-12-02) was split with --prefix modern --seed 20261203; the
second (Reuters copy of 1996-97) with --prefix modern2 --seed 20261204; the third (Reuters of 1996-97
and of 2005-15, AP/AFP/dpa/Kyodo/Dow Jones of 2002-10) with --prefix modern3 --all-held-out; the
fourth (Reuters of 1996-97, Asian national agencies, commodity services of 2015-25, European and
African agencies and papers) with --prefix modern4 --all-held-out; the fifth (the same kinds of desk,
other writers) with --prefix modern5 --all-dev, to tune on while the fourth stays unread; the sixth (Reuters
of 1995-99, Asian and Middle East agencies, commodity services of 2014-25, European, CIS, African, Latin
American and Oceanian agencies) with --prefix modern6 --all-held-out, while the fourth, spent, was tuned on;
the seventh (grain services of 2015-25, trade-statistics releases of 2008-25, energy and metals desks of
2010-25, Reuters and AP of 1988-94) with --prefix modern7 --all-held-out, while the sixth, spent, was tuned on;
the eighth (Asian national agencies of 2012-25, Latin American and African business press of 2010-25,
shipping and cargo-tracking news of 2014-25, commodity wire copy of 1995-2007) with --prefix modern8
--all-held-out, while the seventh, spent, was tuned on; the ninth (general newspapers' business pages of
2008-25, state agencies of Russia, Turkey, the Gulf, Iran, China and Central Asia of 2019-24, food and
agricultural trade press of 2017-25, mining, metals, fertiliser and energy trade press of 2012-25) with
--prefix modern9 --all-held-out, while the eighth, spent, was tuned on.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 20261203


def offsets(text: str, sentence: str) -> list[int]:
    start = text.find(sentence)
    if start < 0:
        raise SystemExit(f"sentence not in its story: {sentence[:80]!r}")
    return [start, start + len(sentence)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prefix", default="modern")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--all-held-out", action="store_true", help="a set to score once at the end: no dev half")
    ap.add_argument("--all-dev", action="store_true", help="a set to tune on: no held-out half")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for path in args.paths:
        rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        rows.sort(key=lambda r: r["doc"])
        held = set(range(len(rows))) if args.all_held_out else set() if args.all_dev \
            else set(rng.sample(range(len(rows)), len(rows) // 2))
        for i, row in enumerate(rows):
            for event in row["events"]:
                event["sentence"] = offsets(row["text"], event["sentence"])
            out = {"doc": row["doc"], "split": f"{args.prefix}-{'heldout' if i in held else 'dev'}", **{
                k: v for k, v in row.items() if k not in ("doc", "split")}}
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
