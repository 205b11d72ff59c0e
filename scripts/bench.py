"""Speed of the build against the spaCy parse it cannot beat, measured side by side in one run.

    .venv/bin/python scripts/bench.py [--articles N] [--jobs 2] [--corpus ../shared/corpus/bbc]
    make bench [N=400]

Reports, on the same articles: each extractor's time as a share of a one-process parse; raw spaCy
with `jobs` processes (same model, same components; parsed before and after the build, times
averaged, so a machine whose speed drifts does not skew the ratio) against a cold `kg build --jobs N` in a
subprocess (articles/s, their ratio, peak RSS of the build and its workers); adding one article to
that build; the first query after the build; each shipped query through `kg query`, through raw
pyoxigraph on the same store and through rdflib's in-memory graph of graph.ttl. The last line reads
`bench: kg build A articles/s, spacy B articles/s, ratio R, peak RSS M MiB`.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg import extract, nlp
from kg.config import model_name
from kg.sources import read

ROOT = Path(__file__).resolve().parents[1]
KG = str(Path(sys.executable).with_name("kg"))


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def _tree(root: int) -> list[int]:
    """The process and its live descendants, from /proc (no psutil needed)."""
    parent: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(stat.parent.name)] = int(fields[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parent.items() if ppid in frontier]
        found += frontier
    return found


def _pss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# Run a command and write its peak RSS (KiB) to a file. The bench process is large after parsing the
# corpus, and a child it forks and execs inherits that high-water mark (Linux records the old image's
# peak at exec): the build is run from this small process instead, which reads the build's own peak.
_PEAK_OF = ("import os, subprocess, sys; p = subprocess.Popen(sys.argv[2:]); _, status, usage = os.wait4(p.pid, 0); "
            "open(sys.argv[1], 'w').write(str(usage.ru_maxrss)); sys.exit(os.waitstatus_to_exitcode(status))")


def _measured(cmd: list[str]) -> tuple[float, float, float]:
    """Seconds, the largest process's peak RSS (MiB) and the peak PSS of the whole process tree
    (MiB, sampled every 0.25 s; PSS splits the pages a forked worker shares with its parent) of a
    command's run."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as peak:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _PEAK_OF, peak.name, *cmd], stdout=subprocess.DEVNULL,
                                stderr=err)
        tree_peak = 0.0
        while proc.poll() is None:
            tree_peak = max(tree_peak, sum(map(_pss_mib, _tree(proc.pid)[1:])))
            time.sleep(0.25)
        took = time.perf_counter() - t0
        if proc.returncode:
            err.seek(0)
            raise subprocess.CalledProcessError(proc.returncode, cmd, stderr=err.read())
        return took, int(peak.read() or 0) / 1024, tree_peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=0, help="first N articles (0: all)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/bbc"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"skip: corpus {corpus} is absent (it sits in ../shared beside the repo)")
        return 0
    every = sorted(corpus.rglob("*.txt"))
    files = every[: args.articles] if args.articles else every[:-1]   # the last one is added later
    sources = list(read(files))
    texts = [s.article.text for s in sources]
    model = model_name()
    pipeline = nlp.load(model)
    print(f"{len(sources)} articles, {sum(map(len, texts)) / 1e6:.2f} M chars, model {model}, {args.jobs} jobs")

    t0 = time.perf_counter()
    docs = list(pipeline.pipe(texts, batch_size=32))
    parse1 = time.perf_counter() - t0
    print(f"spaCy, 1 process       {parse1:7.2f} s  ({len(texts) / parse1:6.1f} articles/s)")
    for name in extract.DEFAULT_EXTRACTORS:
        fn = extract.get(name)
        t0 = time.perf_counter()
        found = sum(1 for doc, s in zip(docs, sources, strict=True) for _ in fn(doc, s.article))
        took = time.perf_counter() - t0
        print(f"{name:<22} {took:7.2f} s  = {100 * took / parse1:5.1f}% of parse  ({found} facts)")
    del docs

    def parse_n() -> float:
        t0 = time.perf_counter()
        for _ in pipeline.pipe(texts, batch_size=32, n_process=args.jobs):
            pass
        took = time.perf_counter() - t0
        print(f"spaCy, {args.jobs} processes      {took:7.2f} s  ({len(texts) / took:6.1f} articles/s)")
        return took

    # the reference is parsed before and after the build and their times averaged: this machine's speed
    # drifts by a third over minutes, and a reference taken only before the build once made it 0.55
    parse_before = parse_n()

    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        for n, path in enumerate(files):          # one folder, names kept unique across sections
            (inputs / f"{n:05d}-{path.name}").symlink_to(path.resolve())
        build, peak, tree = _measured([KG, "build", str(inputs), "--out", str(out), "--jobs", str(args.jobs)])
        build_rate = len(files) / build
        spacy_rate = len(texts) / ((parse_before + parse_n()) / 2)
        print(f"kg build --jobs {args.jobs}      {build:7.2f} s  ({build_rate:6.1f} articles/s, "
              f"{build_rate / spacy_rate:.2f} of spaCy; peak RSS {peak:.0f} MiB, "
              f"driver and workers together {tree:.0f} MiB PSS)")
        extra = every[-1] if not args.articles else every[args.articles] if args.articles < len(every) else None
        if extra is not None:
            (inputs / f"added-{extra.name}").symlink_to(extra.resolve())
            add = _timed([KG, "build", str(inputs), "--out", str(out), "--jobs", str(args.jobs)])
            print(f"add one article         {add:7.2f} s  = {100 * add / build:4.1f}% of the cold build")
        first = _timed([KG, "query", "ASK {}", "--out", str(out)])
        print(f"first query after build {first:7.2f} s  (kg query, CLI start included)")
        _queries(out)
    print(f"bench: kg build {build_rate:.1f} articles/s, spacy {spacy_rate:.1f} articles/s, "
          f"ratio {build_rate / spacy_rate:.2f}, peak RSS {peak:.0f} MiB")
    return 0


def _queries(out: Path) -> None:
    """Each shipped query through the CLI, raw pyoxigraph and rdflib's in-memory graph."""
    import pyoxigraph
    import rdflib

    from kg.rdf.vocab import PREFIXES
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    memory = rdflib.Graph()
    t0 = time.perf_counter()
    memory.parse(out / "graph.ttl", format="turtle")
    print(f"rdflib loads graph.ttl  {time.perf_counter() - t0:7.2f} s  ({len(memory)} triples)")
    store = pyoxigraph.Store.read_only(str(out / "store"))
    for rq in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        cli = _timed([KG, "query", "-f", str(rq), "--out", str(out), "--format", "csv"])
        t0 = time.perf_counter()
        rows = len(list(store.query(prefixes + text, use_default_graph_as_union=True)))
        ox = time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            list(memory.query(prefixes + text))
            mem = f"{time.perf_counter() - t0:6.3f} s"
        except Exception as err:   # rdflib's engine is stricter than SPARQL 1.1 in places: say so, go on
            mem = f"error ({type(err).__name__})"
        print(f"  {rq.name:<32} kg query {cli:6.2f} s | pyoxigraph {ox:6.3f} s | rdflib {mem}  ({rows} rows)")
    del store


if __name__ == "__main__":
    sys.exit(main())
