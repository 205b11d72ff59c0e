"""Draw a trade gold set from ../shared/corpus/bbc: news of another year and desk than the Reuters set.

Reproducible: a fixed seed, files sorted by path, bodies that repeat another file's dropped. Candidates
state a figure (a sum of money, a quantity in a unit) near a trade word; N_CANDIDATES of them and N_REST
of the rest are drawn, all held out ("bbc-heldout"), except stories whose sentences were printed during
development before the draw (SEEN_BEFORE: the precision checks of 2026-12-02 over BBC business text),
which go to "bbc-dev".

    python scripts/sample_bbc_trade_gold.py [--corpus DIR] > docs.tsv
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

SEED = 20261202
N_CANDIDATES, N_REST = 75, 15
TRADE = re.compile(r"\b(export|import|ship|bought|buy|sold|sell|sale|purchas|tender|cargo|deliver|suppl)\w*", re.I)
FIGURE = re.compile(r"([$£€¥]\s?\d[\d,.]*\s?(bn|m|billion|million|trillion)?|\b\d[\d,.]*\s?(bn|m|billion|million|"
                    r"trillion)?\s?(tonnes?|tons?|barrels?|bpd|units|cars|vehicles|aircraft|planes|dollars|euros|"
                    r"pounds|yen|yuan|rupees))", re.I)
NEAR = 120   # characters between the trade word and the figure
# Sentences with a trade word and a figure printed by a grep over business, politics and tech before the
# draw (the same test as candidates, within one sentence): their stories are not held out.
SEEN_GREP = re.compile(r"[^.]*\b(export|import|shipment|shipped|ships|sold|bought|purchas|deliver|suppl)\w*[^.]*"
                       r"\b[0-9][0-9,.]*( ?(bn|m|million|billion|tonnes|tons|barrels|%|per cent|units|cars|aircraft|"
                       r"planes))[^.]*\.", re.I)


def states_trade_figure(body: str) -> bool:
    for t in TRADE.finditer(body):
        if FIGURE.search(body[max(0, t.start() - NEAR): t.end() + NEAR]):
            return True
    return False


def seen_before(path: Path, body: str) -> bool:
    """Stories a development grep printed sentences of (business, politics, tech; export/import/ship words)."""
    return path.parent.name in ("business", "politics", "tech") and any(
        re.search(r"export|import|ship", m.group(0), re.I) for m in SEEN_GREP.finditer(body))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "../shared/corpus/bbc")
    args = ap.parse_args()
    seen: set[str] = set()
    candidates, rest = [], []
    for path in sorted(args.corpus.glob("*/*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace")
        if body in seen:
            continue
        seen.add(body)
        (candidates if states_trade_figure(body) else rest).append(path)
    rng = random.Random(SEED)
    drawn = [(p, "candidate") for p in rng.sample(candidates, N_CANDIDATES)]
    drawn += [(p, "rest") for p in rng.sample(rest, N_REST)]
    print(f"# seed {SEED}: {len(candidates)} candidates, {len(rest)} rest", file=sys.stderr)
    print("doc\tdrawn_as\tsplit")
    for path, kind in drawn:
        body = path.read_text(encoding="utf-8", errors="replace")
        split = "bbc-dev" if seen_before(path, body) else "bbc-heldout"
        print(f"{path.parent.name}/{path.name}\t{kind}\t{split}")


if __name__ == "__main__":
    main()
