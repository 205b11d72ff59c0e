"""Score the people in a build against tests/golden/people.jsonl (issue 16).

Builds the gold documents of one split with `kg build` into a temporary folder,
then compares, per article, the labels of the kg:Person nodes the article
kg:mentions with the annotated canonical names (strict: the label equals the
full name, compared case-blind with dots and extra spaces ignored; a person
listed twice costs precision). "quoted" compares the persons with a kg:said
quote sourced in the article. Needs ../shared beside the repo; without it the
script says so and exits 0.

    python scripts/eval_people.py [--split dev|heldout|all] [-v]
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests/golden/people.jsonl"
CORPUS = ROOT / "../shared/corpus"

_QUERY = """  # kg query declares the kg:, rdfs: and dcterms: prefixes
SELECT ?id ?label ?what WHERE {
  { ?a dcterms:identifier ?id ; kg:mentions ?p . BIND("people" AS ?what) }
  UNION
  { ?p kg:said ?q . ?q kg:source ?a . ?a dcterms:identifier ?id . BIND("quoted" AS ?what) }
  ?p a kg:Person ; rdfs:label ?label .
}"""


def norm(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace(".", " ")).strip().casefold()


def doc_id(row: dict) -> str:
    return f"{row['corpus']}_{row['file'].replace('/', '_').removesuffix('.txt')}"


def _path(row: dict) -> Path:
    sub = "texts/" if row["corpus"] == "reuters21578" else ""
    return CORPUS / row["corpus"] / f"{sub}{row['file']}"


def predicted(rows: list[dict], kg: str) -> dict[tuple[str, str], list[str]]:
    """(doc id, people|quoted) -> labels, from a real build of the rows' files."""
    with tempfile.TemporaryDirectory(prefix="kg-people-eval-") as name:
        tmp = Path(name)
        (tmp / "in").mkdir()
        for row in rows:
            shutil.copyfile(_path(row), tmp / "in" / f"{doc_id(row)}.txt")
        subprocess.run([kg, "build", str(tmp / "in"), "--out", str(tmp / "out")], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        (tmp / "q.rq").write_text(_QUERY)
        res = subprocess.run([kg, "query", "-f", str(tmp / "q.rq"), "--out", str(tmp / "out"), "--format", "json"],
                             check=True, capture_output=True, text=True)
    out: dict[tuple[str, str], list[str]] = {}
    for b in json.loads(res.stdout)["results"]["bindings"]:
        out.setdefault((b["id"]["value"], b["what"]["value"]), []).append(b["label"]["value"])
    return out


def score(rows: list[dict], pred: dict, what: str, verbose: bool) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for row in rows:
        gold = Counter(norm(n) for n in row[what])
        sys_ = Counter(norm(n) for n in set(pred.get((doc_id(row), what), [])))
        hit = sum((gold & sys_).values())
        tp, n_pred, n_gold = tp + hit, n_pred + sum(sys_.values()), n_gold + sum(gold.values())
        if verbose and (gold != sys_):
            print(f"  {doc_id(row)} [{what}]  missed: {sorted(gold - sys_)}  extra: {sorted(sys_ - gold)}")
    return tp, n_pred, n_gold


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (correct {tp}, predicted {n_pred}, gold {n_gold})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "heldout-2", "heldout-3", "heldout-4",
                                                       "heldout-5", "heldout-6", "all"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list each article's misses and extras")
    ap.add_argument("--kg", default=str(ROOT / ".venv/bin/kg") if (ROOT / ".venv/bin/kg").exists() else "kg")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"skip people eval: {CORPUS} is absent (the corpora sit beside the repo)")
        return 0
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if args.split in ("all", r["split"])]
    pred = predicted(rows, args.kg)
    for what in ("people", "quoted"):
        print(f"people {args.split} ({len(rows)} articles), {what:7s}: {prf(*score(rows, pred, what, args.verbose))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
