"""Assemble tests/golden/trade_modern.jsonl from blind-written, annotated desk files, split by story.

Each input line is one story: {"doc", "text", "events": [{..., "sentence": "<exact text>"}], ...}. The
sentence is turned into character offsets into the text (as the Reuters gold has them); half of each
desk's stories, drawn with a fixed seed, are held out ("modern-heldout"), the rest are "modern-dev".

    python scripts/split_modern_gold.py DESK.jsonl ... > tests/golden/trade_modern.jsonl
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261203


def offsets(text: str, sentence: str) -> list[int]:
    start = text.find(sentence)
    if start < 0:
        raise SystemExit(f"sentence not in its story: {sentence[:80]!r}")
    return [start, start + len(sentence)]


def main(paths: list[str]) -> None:
    rng = random.Random(SEED)
    for path in paths:
        rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        rows.sort(key=lambda r: r["doc"])
        held = set(rng.sample(range(len(rows)), len(rows) // 2))
        for i, row in enumerate(rows):
            for event in row["events"]:
                event["sentence"] = offsets(row["text"], event["sentence"])
            out = {"doc": row["doc"], "split": "modern-heldout" if i in held else "modern-dev", **{
                k: v for k, v in row.items() if k not in ("doc", "split")}}
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
