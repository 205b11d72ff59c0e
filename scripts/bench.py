"""Speed of the build against the spaCy parse it cannot beat, measured side by side.

    .venv/bin/python scripts/bench.py [--articles 400] [--corpus ../shared/corpus/bbc]

Reports: parse time (nlp.pipe), each extractor's time on the same parsed docs
and its overhead as a share of parse time (quotes target: <= 25%), and the
whole `kg build` (parse + extract + resolve + RDF + store + exports) on the same articles.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kg import build, extract, nlp
from kg.config import model_name
from kg.sources import read


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/bbc"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"skip: corpus {corpus} is absent (it sits in ../shared beside the repo)")
        return 0
    files = sorted(corpus.rglob("*.txt"))[: args.articles]
    sources = list(read(files))
    chars = sum(len(s.article.text) for s in sources)
    model = model_name()
    nlp.load(model)

    t0 = time.perf_counter()
    docs = list(nlp.parse((s.article.text for s in sources), model))
    parse = time.perf_counter() - t0
    print(f"{len(sources)} articles, {chars / 1e6:.2f} M chars, model {model}")
    print(f"spaCy parse            {parse:7.2f} s  ({len(sources) / parse:6.1f} articles/s)")
    for name in extract.DEFAULT_EXTRACTORS:
        fn = extract.get(name)
        t0 = time.perf_counter()
        found = sum(1 for doc, s in zip(docs, sources, strict=True) for _ in fn(doc, s.article))
        took = time.perf_counter() - t0
        print(f"{name:<22} {took:7.2f} s  = {100 * took / parse:5.1f}% of parse  ({found} facts)")
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        report = build(files, out=out)
        whole = time.perf_counter() - t0
        t0 = time.perf_counter()
        build(files, out=out)
        again = time.perf_counter() - t0
    print(f"kg build (cold)        {whole:7.2f} s  = {whole / parse:4.2f}x parse  "
          f"({report.quotes} quotes, {report.exports} exports, {report.triples} triples)")
    print(f"kg build (no changes)  {again:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
