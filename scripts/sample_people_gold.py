"""Draw the documents of the people gold set: 40 BBC articles and 20 Reuters stories.

Reproducible: a fixed seed, files sorted by path, a body that repeats another
file's body dropped. Each document is put in the dev or held-out split by a
second seeded draw (2/3 dev, 1/3 held out).

    python scripts/sample_people_gold.py [--shared DIR] > docs.tsv
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

SEED = 20261201
N_BBC, N_REUTERS = 40, 20
N_BBC_2, N_REUTERS_2 = 16, 8   # a second draw, all held out (heldout-2), after the first held-out was spent
N_BBC_3, N_REUTERS_3 = 30, 15  # a third draw, all held out (heldout-3), after heldout-2 was spent
N_BBC_4, N_REUTERS_4 = 30, 15  # a fourth draw, all held out (heldout-4), after heldout-3 was spent
N_BBC_5, N_REUTERS_5 = 30, 15  # a fifth draw, all held out (heldout-5), after heldout-4 was spent
N_BBC_6, N_REUTERS_6 = 30, 15  # a sixth draw, all held out (heldout-6), after heldout-5 was spent


def _unique(files: list[Path], skip_lines: int) -> list[Path]:
    seen: set[str] = set()
    out = []
    for path in files:
        body = path.read_bytes().split(b"\n", skip_lines)[-1]
        if body not in seen and body.strip():
            seen.add(body)
            out.append(path)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / "../shared")
    args = ap.parse_args()
    corpus = args.shared.resolve() / "corpus"
    bbc = _unique(sorted((corpus / "bbc").glob("*/*.txt")), 1)
    reuters = _unique(sorted((corpus / "reuters21578" / "texts").glob("reut-*.txt"),
                             key=lambda p: int(p.stem.split("-")[1])), 3)
    rng = random.Random(SEED)
    drawn = [("bbc", p.relative_to(corpus / "bbc").as_posix()) for p in rng.sample(bbc, N_BBC)]
    drawn += [("reuters21578", p.name) for p in rng.sample(reuters, N_REUTERS)]
    order = list(range(len(drawn)))
    random.Random(SEED + 1).shuffle(order)
    held = set(order[: len(drawn) // 3])
    taken = {f for _, f in drawn}
    rng_2 = random.Random(SEED + 2)
    second = [("bbc", p.relative_to(corpus / "bbc").as_posix())
              for p in rng_2.sample([p for p in bbc if p.relative_to(corpus / "bbc").as_posix() not in taken], N_BBC_2)]
    second += [("reuters21578", p.name) for p in rng_2.sample([p for p in reuters if p.name not in taken], N_REUTERS_2)]
    taken |= {f for _, f in second}
    rng_3 = random.Random(SEED + 3)
    third = [("bbc", p.relative_to(corpus / "bbc").as_posix())
             for p in rng_3.sample([p for p in bbc if p.relative_to(corpus / "bbc").as_posix() not in taken], N_BBC_3)]
    third += [("reuters21578", p.name) for p in rng_3.sample([p for p in reuters if p.name not in taken], N_REUTERS_3)]
    taken |= {f for _, f in third}
    rng_4 = random.Random(SEED + 4)
    fourth = [("bbc", p.relative_to(corpus / "bbc").as_posix())
              for p in rng_4.sample([p for p in bbc if p.relative_to(corpus / "bbc").as_posix() not in taken], N_BBC_4)]
    fourth += [("reuters21578", p.name) for p in rng_4.sample([p for p in reuters if p.name not in taken], N_REUTERS_4)]
    taken |= {f for _, f in fourth}
    rng_5 = random.Random(SEED + 5)
    fifth = [("bbc", p.relative_to(corpus / "bbc").as_posix())
             for p in rng_5.sample([p for p in bbc if p.relative_to(corpus / "bbc").as_posix() not in taken], N_BBC_5)]
    fifth += [("reuters21578", p.name) for p in rng_5.sample([p for p in reuters if p.name not in taken], N_REUTERS_5)]
    taken |= {f for _, f in fifth}
    rng_6 = random.Random(SEED + 6)
    sixth = [("bbc", p.relative_to(corpus / "bbc").as_posix())
             for p in rng_6.sample([p for p in bbc if p.relative_to(corpus / "bbc").as_posix() not in taken], N_BBC_6)]
    sixth += [("reuters21578", p.name) for p in rng_6.sample([p for p in reuters if p.name not in taken], N_REUTERS_6)]
    out = sys.stdout
    out.write("corpus\tfile\tsplit\n")
    for i, (name, file) in enumerate(drawn):
        out.write(f"{name}\t{file}\t{'heldout' if i in held else 'dev'}\n")
    for name, file in second:
        out.write(f"{name}\t{file}\theldout-2\n")
    for name, file in third:
        out.write(f"{name}\t{file}\theldout-3\n")
    for name, file in fourth:
        out.write(f"{name}\t{file}\theldout-4\n")
    for name, file in fifth:
        out.write(f"{name}\t{file}\theldout-5\n")
    for name, file in sixth:
        out.write(f"{name}\t{file}\theldout-6\n")


if __name__ == "__main__":
    main()
