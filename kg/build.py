"""The build: sources -> spaCy -> extractors -> resolve -> RDF -> store -> serialized files.

Incremental: facts are cached per (source, text, model, rules), so a rebuild
parses only what changed; resolution and mapping then run over every article
in the build folder, and only graphs whose triples changed are rewritten.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from kg import config, extract, quote_identity
from kg.errors import KGError
from kg.extract.shared.wire_case import lower_wire_capitals
from kg.factcache import FactCache
from kg.facts import Article, ArticleFacts, Export, Mention, Quote
from kg.files import replace_file
from kg.ids import digest
from kg.quote_identity import quote_identities
from kg.resolve import prepare as prepare_resolution
from kg.resolve import resolve
from kg.sources import SourceArticle, read
from kg.workers import WarmParser

if TYPE_CHECKING:
    from kg import page_rows
    from kg.entity_lines import EntityLines
    from kg.graphs import SharedLines

# rdflib and Oxigraph (kg.rdf, kg.graphs, kg.store) are imported where they are used, after build()
# forked the warm parser: `import kg` does not load them, and the parser starts 0.3 s sooner

Progress = Callable[[int], None]


@dataclass
class BuildReport:
    articles: int = 0           # this run's inputs
    parsed: int = 0             # of them, parsed now (the rest came from the fact cache)
    stored: int = 0             # articles the graph holds after the run; quotes ... triples are its totals
    graphs_written: int = 0
    triples: int = 0
    quotes: int = 0
    exports: int = 0
    entities: int = 0
    skipped: list[str] = field(default_factory=list)
    failed_inputs: int = 0      # paths or files that could not be read: the CLI exits non-zero
    notes: list[str] = field(default_factory=list)   # read, but not as written ("not UTF-8 ...")
    removed: list[str] = field(default_factory=list)  # manifest keys dropped by --prune or kg remove


def rules_fingerprint(model: str, extractor_names: tuple[str, ...]) -> str:
    """Changes when the model, the chosen extractors, their code/data or the trade model setting change."""
    facts_code = (Path(__file__).parent / "facts.py").read_bytes()    # after every extract/ path
    return digest(model, extractor_names, str(config.setting("trade_model")), *extract.source_digests(),
                  digest(facts_code))


def extract_article(doc, article: Article, extractor_names: tuple[str, ...]) -> ArticleFacts:
    """Run the extractors on one parsed article; pure, so it can run in a worker."""
    found: dict[type, list] = {Mention: [], Quote: [], Export: []}
    skipped: list[str] = []
    for name in extractor_names:
        try:
            for fact in extract.get(name)(doc, article):
                found[type(fact)].append(fact)
        except Exception as err:   # one bad rule must not lose the article: record and go on
            skipped.append(f"{article.id}: extractor {name} failed: {type(err).__name__}: {err}")
    return ArticleFacts(article=article, mentions=tuple(found[Mention]), quotes=tuple(found[Quote]),
                        exports=tuple(found[Export]), skipped=tuple(skipped))


def parser_text(src: SourceArticle) -> str:
    """The text the parser sees: header (date, headline, dateline) blanked so offsets stay the file's."""
    text = src.article.text
    # the blank ends in a full stop, so the first body word is tagged as a sentence start ("Shipments
    # of ..." after bare spaces is tagged a name)
    blank = " " * (src.header_end - 2) + ".\n" if src.header_end >= 2 else " " * src.header_end
    return blank + lower_wire_capitals(text[src.header_end:])


class Manifest:
    """What the build folder holds: source key -> content hash and graph digest.

    Source keys are paths relative to the folder that holds the build folder ("seeds/a.txt" for
    out/), so a project copied or moved elsewhere with its build rebuilds nothing; inputs outside
    that folder keep their absolute path."""

    def __init__(self, path: Path):
        self.path = path
        self.base = path.parent.resolve().parent
        self._prefix = str(self.base).rstrip("/\\") + os.sep
        self.data: dict = json.loads(path.read_text()) if path.is_file() else {"articles": {}, "graphs": {}}
        self.data["articles"] = {self.key(k): v for k, v in self.data["articles"].items()}

    def key(self, source_key: str) -> str:
        """The manifest's key for a source: relative to the base when inside it (a string test, not
        Path objects: it is asked three times for every input of every build)."""
        path, sep, rest = source_key.partition("#")
        if path.startswith(self._prefix) and len(path) > len(self._prefix):
            return path[len(self._prefix):].replace(os.sep, "/") + sep + rest
        return source_key

    def path_of(self, key: str) -> Path:
        path = Path(key.partition("#")[0])
        return path if path.is_absolute() else self.base / path

    def save(self) -> None:
        replace_file(self.path, json.dumps(self.data, indent=1, sort_keys=True))


class _Unchanged:
    """A file whose size and modification time are those the manifest recorded when it was last read
    is not read again: its article comes back from the fact cache (reading, decoding and heading
    2,200 files took 0.6 s of adding one article to them)."""

    def __init__(self, manifest: Manifest, cache: FactCache):
        self.manifest, self.cache = manifest, cache
        self.seen: dict[str, list] = manifest.data.setdefault("files", {})   # key -> [size, mtime_ns, note]
        self.now: dict[str, list] = {}
        self.facts: dict[str, ArticleFacts] = {}

    def __call__(self, path: Path) -> SourceArticle | None:
        resolved = str(path.resolve())
        key = self.manifest.key(resolved)
        stat = path.stat()
        self.now[key] = [stat.st_size, stat.st_mtime_ns, None]     # taken before any read of the file
        recorded = self.seen.get(key)
        chash = self.manifest.data["articles"].get(key)
        if recorded is None or recorded[:2] != self.now[key][:2] or chash is None:
            return None
        if (facts := self.cache.get(key, chash)) is None:
            return None
        self.facts[key] = facts
        return SourceArticle(key=resolved, article=facts.article, note=recorded[2])

    def record(self, articles: dict[str, str]) -> None:
        """Sizes and times of this run's files, kept for the articles the build still holds."""
        self.seen.update(self.now)
        for key in [k for k in self.seen if k not in articles]:
            del self.seen[key]

    def note(self, key: str, note: str | None) -> None:
        if key in self.now:
            self.now[key][2] = note


def _forget(articles: dict[str, str], key: str) -> str:
    del articles[key]
    return key


def removal(targets: list[str], articles: dict[str, str], cache: FactCache, manifest: Manifest) -> list[str]:
    """Manifest keys named by targets: an article id ("000_4e1b"), a file ("seeds/a.txt"), a
    folder (every article under it). A target that names nothing raises KGError."""
    ids: dict[str, list[str]] = {}
    for key, chash in articles.items():
        facts = cache.get(key, chash)
        ids.setdefault(facts.article.id if facts else Path(key).stem, []).append(key)
    found: list[str] = []
    for target in targets:
        path = Path(target).resolve()
        hits = ids.get(target, []) + [k for k in articles if manifest.path_of(k).resolve() == path
                                      or path in manifest.path_of(k).resolve().parents]
        if not hits:
            raise KGError(f"{target}: no article in this build has that id or path")
        found += hits
    return sorted(set(found))


def build(paths: list[str | Path], out: str | Path | None = None, model: str | None = None,
          extractors: tuple[str, ...] = extract.DEFAULT_EXTRACTORS, batch_size: int | None = None,
          progress: Progress | None = None, on_total: Callable[[int], None] | None = None,
          jobs: int | None = None, prune: bool = False, remove: list[str] | None = None,
          dask: str | None = None, endpoint: str | None = None, parser: WarmParser | None = None) -> BuildReport:
    """Build (or update) the graph in `out` from articles at `paths`. `prune` drops the articles
    whose input file is gone; `remove` drops articles by id, path or folder (see `removal`);
    `dask` ("local" or a scheduler address) parses and extracts on dask.distributed workers;
    `endpoint` (a Graph Store URL) also receives every graph this build changed (kg.push);
    `parser`: what start_parser returned for the same settings (the build closes it)."""
    try:
        out_dir = config.out_dir(out)
        model_name = config.model_name(model)
        batch = int(config.setting("batch_size", batch_size))
        workers = max(1, int(config.setting("jobs", jobs)))
        extract.check(extractors)
    except BaseException:
        if parser is not None:      # a bad setting: the parser started for it is not left loading
            parser.close()
        raise
    # with a core to spare, a forked process loads and warms the pipeline from the start, while this
    # one checks its inputs and reads the cached facts
    frozen = gc.get_freeze_count()
    try:
        with _warm_parser(model_name, extractors, workers > 1 and not dask, parser) as warm:
            return _build(paths, out_dir, model_name, extractors, batch, workers, warm, progress=progress,
                          on_total=on_total, prune=prune, remove=remove, dask=dask, endpoint=endpoint)
    finally:
        if not frozen:      # what _no_cycle_collection froze is the collector's again (see there)
            gc.unfreeze()


def _build(paths: list[str | Path], out_dir: Path, model_name: str, extractors: tuple[str, ...], batch: int,
           workers: int, warm: WarmParser | None, progress: Progress | None, on_total: Callable[[int], None] | None,
           prune: bool, remove: list[str] | None, dask: str | None, endpoint: str | None) -> BuildReport:
    from kg.rdf.mapping import content_hash
    unreadable: list[str] = []
    if out_dir.exists() and not out_dir.is_dir():
        raise KGError(f"--out {out_dir} is a file; give a folder for the build")
    from kg.serve import serving
    if pid := serving(out_dir / "store"):
        raise KGError(f"kg serve (pid {pid}) is reading {out_dir}/store; stop it, build, then serve again "
                      f"(a server would see a half-written store)")
    out_dir.mkdir(parents=True, exist_ok=True)
    rules = rules_fingerprint(model_name, extractors)
    cache = FactCache(out_dir / "cache", rules)
    manifest = Manifest(out_dir / "manifest.json")
    articles = manifest.data["articles"]
    report = BuildReport()
    if prune:
        gone = [k for k in articles if not manifest.path_of(k).exists()]
        report.removed += [_forget(articles, k) for k in gone]
    if remove:
        report.removed += [_forget(articles, k) for k in removal(remove, articles, cache, manifest)]
    unchanged = _Unchanged(manifest, cache)
    with _no_cycle_collection():     # the cached facts: a million small objects
        sources = list(read(paths, skipped=unreadable, known=unchanged))
    report.articles, report.skipped, report.failed_inputs = len(sources), list(unreadable), len(unreadable)
    report.notes = [s.note for s in sources if s.note]

    cached: dict[str, ArticleFacts] = {}
    todo = []
    first_with: dict[str, str] = {}
    for src in sources:
        key = manifest.key(src.key)
        facts = unchanged.facts.get(key)
        if facts is None:
            unchanged.note(key, src.note)
        chash = articles[key] if facts else content_hash(src.article.text)
        if (twin := first_with.setdefault(chash, src.article.source)) != src.article.source:
            report.notes.append(f"{src.article.source}: same text as {twin}, one article in the graph")
        articles[key] = chash
        if facts is not None or (facts := cache.get(key, chash)) is not None:
            cached[key] = facts
        else:
            todo.append((src, key, chash))
    unchanged.record(articles)
    kept = _Kept.of(out_dir, rules, manifest.data["graphs"])
    cold = _empty(out_dir / "store")       # an empty store takes every graph in one bulk load
    if on_total:
        on_total(len(todo))
    if todo:
        # workers parse and extract, only the facts come back (kg.workers); a worker process is worth
        # it with a few batches for each
        from kg.workers import facts_here, facts_in_pool
        in_pool = dask or min(workers, len(todo) // (2 * batch)) > 1
        run = facts_in_pool if in_pool else facts_here
        if warm is not None and not in_pool:
            run = partial(warm.facts, meanwhile=partial(_while_parsing, list(cached.values()), kept))
        if warm is not None and in_pool:
            warm.close()     # before the pool forks: its workers need not copy a second model
        if dask:
            from kg.distributed import facts_on_dask
            run = partial(facts_on_dask, dask)
        chashes = {key: chash for _, key, chash in todo}
        work = [(key, parser_text(src), src.article) for src, key, _ in todo]
        for key, facts in run(work, model_name, extractors, batch, workers):
            cached[key] = facts
            cache.put(key, chashes[key], facts)
            report.parsed += 1
            if progress:
                progress(1)
    if warm is not None:
        warm.close()     # its model's memory is not held through resolution and the store load

    with _no_cycle_collection():
        for key, chash in articles.items():     # articles of earlier builds stay in the graph
            if key not in cached and (facts := cache.get(key, chash)) is not None:
                cached[key] = facts
        report = _resolve_and_store(cached, rules, out_dir, manifest, report, cold, workers, endpoint, kept)
    cache.pack(articles)
    return report


def _resolve_and_store(cached: dict[str, ArticleFacts], rules: str, out_dir: Path, manifest: Manifest,
                       report: BuildReport, cold: bool, workers: int, endpoint: str | None,
                       kept: _Kept) -> BuildReport:
    """Resolution, mapping, the store and the written files, from every article's facts."""
    from kg import page_rows
    from kg.graphs import plan
    from kg.rdf import mapping
    from kg.rdf.iris import ENTITIES_GRAPH
    from kg.store import Store
    all_facts = [cached[key] for key in sorted(cached)]
    res = resolve(all_facts)
    quote_ids = quote_identities(all_facts, res)
    for facts in all_facts:
        report.skipped += facts.skipped
        report.quotes += len(facts.quotes)
        report.exports += len(facts.exports)
    report.entities = len(res.entities)
    report.stored = len(all_facts)

    written = manifest.data["graphs"]
    # planned with the store closed: the plan forks processes, which should hold no open database
    shared_lines = kept.shared_lines
    todo_graphs = plan(all_facts, res, quote_ids, rules, shared_lines, {} if cold else written, cold, workers,
                       kept.entity_lines)
    shared = str(ENTITIES_GRAPH)
    changed = sorted(g for g, key in todo_graphs.keys.items() if written.get(g) != key or cold)
    # the Turtle of the changed graphs comes from their lines, beside the store's work (forked
    # before the store is opened: a child should hold no open database)
    chunks = _turtle_chunks(out_dir, {todo_graphs.keys[g]: todo_graphs.shared if g == shared
                                      else todo_graphs.writes[g] for g in changed}, parallel=workers > 1,
                            also=shared_lines.write_pending)
    dropped = sorted(set(written) - set(todo_graphs.keys))
    # the page's rows as the last build left them, if they are this store's; none are kept while the
    # store changes, so a build killed in between reads them all again
    rows_path = kept.rows.path
    rows = None if cold else kept.rows.rows()
    if changed or dropped:
        rows_path.unlink(missing_ok=True)
    with Store(out_dir / "store", create=True) as store:
        # the shared graph's lines as last written (their key must be the manifest's), then the new
        # ones, recorded before the store changes: a build killed in between finds the keys differ
        before = shared_lines.graph_lines(written.get(shared)) if shared in changed and not cold else None
        touched = None if rows is None or (shared in changed and before is None) else \
            _touched(store, dropped, {g: todo_graphs.writes[g] for g in changed if g != shared},
                     (before or [], todo_graphs.shared) if shared in changed else ([], []))
        for graph in dropped:
            store.drop_graph(mapping.URIRef(graph))
            del written[graph]
            report.graphs_written += 1
        if shared in changed:
            shared_lines.put_graph_lines(todo_graphs.keys[shared], todo_graphs.shared)
        if cold:
            store.bulk_load({**todo_graphs.writes, shared: todo_graphs.shared})
        else:
            for graph in changed:
                lines = todo_graphs.shared if graph == shared else todo_graphs.writes[graph]
                store.change_graph_lines(mapping.URIRef(graph), lines, before if graph == shared else None)
        written.update((g, todo_graphs.keys[g]) for g in changed)
        report.graphs_written += len(changed)
        if endpoint:
            from kg.push import push
            pushed = manifest.data.setdefault("pushed", {})
            if pushed.get("endpoint") != endpoint:     # a new endpoint gets every graph once
                changed, pushed["endpoint"] = sorted(todo_graphs.keys), endpoint
            push(store, endpoint, changed, dropped)
        report.triples = len(store)     # each triple is in one graph: what a query over all graphs sees
        if touched is not None:
            page_rows.refresh(store, rows, touched)
        else:
            rows = None
        if report.graphs_written:
            store.ox.flush()      # a read-only open would otherwise replay the whole write-ahead log
            if cold or report.graphs_written > _COMPACT_SHARE * len(written):
                store.ox.optimize()   # compaction rewrites the whole store: worth it after many writes
        page_version = _page_version()     # a newer page layout redraws an unchanged graph too
        redraw = report.graphs_written or not (out_dir / "graph.html").exists() \
            or manifest.data.get("page") != page_version
        manifest.data["page"] = page_version
        manifest.save()
    write_ttl = report.graphs_written or not (out_dir / "graph.ttl").exists()
    chunks()
    _finish(out_dir, written if write_ttl else None, redraw, parallel=workers > 1,
            rows=rows, rows_at=(rows_path, page_rows.state(written)), keep=kept.entity_lines.save)
    return report


def _touched(store, dropped: list[str], rewritten: dict[str, list[str]],
             shared: tuple[list[str], list[str]]) -> set[str]:
    """The subjects whose triples this build changes, read before the store changes: every subject
    of a dropped or rewritten article graph, old or new, and those of the shared graph's changed
    lines (shared: its lines before and after)."""
    from kg import page_rows
    found = page_rows.subjects_of_lines(set(shared[0]).symmetric_difference(shared[1]))
    for graph in [*dropped, *rewritten]:
        found |= page_rows.subjects_of_graph(store, graph)
    for lines in rewritten.values():
        found |= page_rows.subjects_of_lines(lines)
    return found


def _while_parsing(cached: list[ArticleFacts], kept: _Kept) -> None:
    """What needs no new article, done while the warm process parses them (adding one article to
    2,200 waited ~1.5 s for it): the page's modules imported (networkx, pyvis: 0.4 s) and its
    template compiled (0.3 s), the cached articles' names and sorted mentions worked out for
    resolution (0.3 s) and their quotes' words for quote identities (0.15 s), and what the last
    build kept read (0.2-0.3 s)."""
    from kg import view
    with _no_cycle_collection():     # the shingles are a million small tuples: a full pass took 0.2 s
        view.prepare()
        prepare_resolution(cached)
        quote_identity.prepare(cached)
        kept.read()


@dataclass
class _Kept:
    """What the last build kept in out/cache for this one: each entity's lines, each article's
    shareable lines and the shared graph's (kg.graphs), the page's rows (kg.page_rows)."""
    entity_lines: EntityLines
    shared_lines: SharedLines
    rows: page_rows.Kept

    @staticmethod
    def of(out_dir: Path, rules: str, graph_keys: dict[str, str]) -> _Kept:
        from kg import page_rows
        from kg.entity_lines import EntityLines
        from kg.graphs import SharedLines
        cache = out_dir / "cache"
        return _Kept(EntityLines(cache / "entity-lines.json", rules, defer=True), SharedLines(cache / "shared"),
                     page_rows.Kept(cache / "page-rows.json", graph_keys))

    def read(self) -> None:
        self.entity_lines.load()
        self.shared_lines.read_all()
        self.rows.rows()


def _turtle_chunks(out_dir: Path, graph_lines: dict[str, list[str]], parallel: bool,
                   also: Callable[[], None]) -> Callable[[], None]:
    """Start writing the Turtle chunks of `graph_lines` (digest -> lines) and what `also` writes (the
    articles' shareable lines); the returned call waits for them. With more than one job a forked
    process writes them while this one loads the store (a cold build's 2,200 graphs: ~0.5 s of a core
    for the chunks, 1.5-2.5 s for the small files of both)."""
    folder = out_dir / "cache" / "ttl"
    if parallel and len(graph_lines) > 1 and "fork" in multiprocessing.get_all_start_methods():
        return _forked(_write_chunks, folder, graph_lines, also)
    _write_chunks(folder, graph_lines, also)
    return lambda: None


def _write_chunks(folder: Path, graph_lines: dict[str, list[str]], also: Callable[[], None]) -> None:
    from kg import serialize
    also()
    if graph_lines:
        serialize.write_turtle_chunks(folder, graph_lines)


def _forked(fn: Callable, *args) -> Callable[[], None]:
    """fn(*args) in a forked process, which finds them in its copy of this one's memory: nothing is
    sent but an error (a process pool pickled the arguments: the shared graph's 7 MB of lines, the
    page's rows). The returned call waits for it and raises what it raised."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    proc = context.Process(target=_run_forked, args=(send, fn, args), daemon=True)
    proc.start()
    send.close()

    def wait() -> None:
        try:
            failed = receive.recv()
        except EOFError:
            failed = RuntimeError(f"the process running {fn.__name__} ended unexpectedly")
        finally:
            proc.join()
            receive.close()
        if failed is not None:
            raise failed
    return wait


def _run_forked(send, fn: Callable, args: tuple) -> None:
    try:
        fn(*args)
        send.send(None)
    except BaseException as err:
        try:
            send.send(err)
        except Exception:       # an error that does not pickle: its text
            send.send(RuntimeError(f"{type(err).__name__}: {err}"))


def _finish(out_dir: Path, graphs: dict[str, str] | None, redraw: bool, parallel: bool,
            rows: dict | None, rows_at: tuple[Path, str], keep: Callable[[], None] = lambda: None) -> None:
    """graph.ttl (when `graphs` is given) and graph.html from the closed store, each opening it
    read-only. After a cold build the Turtle dump of every graph takes a core for seconds: a forked
    process writes it while this one draws the page (after an incremental one, the changed graphs'),
    and also keeps what nothing after it reads: refreshed rows and `keep` (0.15 s of adding one article).
    `rows`: the page's rows, kept and refreshed (else read here), kept again at rows_at (path, key)."""
    if graphs is not None and redraw and parallel and "fork" in multiprocessing.get_all_start_methods():
        done = _forked(_beside_page, out_dir, graphs, rows, rows_at, keep)
        _draw(out_dir, rows, rows_at, save=rows is None)
        done()
        return
    if graphs is not None:
        _write_turtle(out_dir, graphs)
    if redraw:
        _draw(out_dir, rows, rows_at)
    keep()


def _beside_page(out_dir: Path, graphs: dict[str, str], rows: dict | None, rows_at: tuple[Path, str],
                 keep: Callable[[], None]) -> None:
    from kg import page_rows
    _write_turtle(out_dir, graphs)
    if rows is not None:
        page_rows.save(*rows_at, rows)
    keep()


def _draw(out_dir: Path, rows: dict | None, rows_at: tuple[Path, str], save: bool = True) -> None:
    from kg import page_rows, view
    from kg.store import Store
    if rows is None:
        with Store(out_dir / "store", read_only=True) as store:
            rows = page_rows.read(store)
    view.write_html(out_dir, rows=rows)
    if save:
        page_rows.save(*rows_at, rows)


def _write_turtle(out_dir: Path, graphs: dict[str, str]) -> None:
    from kg import serialize
    from kg.store import Store
    chunks = out_dir / "cache" / "ttl"
    if all((chunks / f"{key}.ttl").exists() for key in graphs.values()):   # the store is not needed
        serialize.write_turtle_of_graphs(None, out_dir / "graph.ttl", graphs, chunks)
        return
    with Store(out_dir / "store", read_only=True) as store:
        serialize.write_turtle_of_graphs(store, out_dir / "graph.ttl", graphs, chunks)


# A build that rewrote more than this share of the graphs compacts the store; a few changed graphs
# only add a small flushed file (compacting 2,200 articles' store to add one article took 0.5 s)
_COMPACT_SHARE = 0.05


def start_parser(model: str | None = None, jobs: int | None = None, dask: str | None = None,
                 extractors: tuple[str, ...] = extract.DEFAULT_EXTRACTORS) -> WarmParser | None:
    """The warm parser build() would fork with these settings (None if it would not), forked now:
    the CLI forks it before it expands its paths and sets up its progress bar, so the model is loaded
    0.1 s sooner (adding one article to 2,200 waited for it). Give it to build(), which closes it."""
    wanted = max(1, int(config.setting("jobs", jobs))) > 1 and not dask
    if not wanted or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return WarmParser(config.model_name(model), extractors)


@contextmanager
def _warm_parser(model: str, extractors: tuple[str, ...], wanted: bool,
                 started: WarmParser | None = None) -> Iterator[WarmParser | None]:
    if started is not None or not wanted or "fork" not in multiprocessing.get_all_start_methods():
        try:
            yield started
        finally:
            if started is not None:
                started.close()
        return
    warm = WarmParser(model, extractors)
    try:
        yield warm
    finally:
        warm.close()


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading cached facts, resolution and mapping allocate millions of small objects and leave few
    reference cycles, but each of the collector's full passes walks every article's facts again:
    adding one article to 2,200 spent ~0.4 s of resolution, ~0.5 s of quote identities and ~0.25 s
    of reading in them. Not around parsing: spaCy's workers are forked from this process.
    The objects made meanwhile are then frozen (left out of the collector's passes until build()
    returns): re-enabled, the collector's next pass walked all of them once more (0.13-0.15 s after
    each of the add's three such stretches)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def _empty(path: Path) -> bool:
    from kg.store import Store
    with Store(path, create=True) as store:     # not len(store): counting 360,000 quads took 0.05-0.1 s
        return next(iter(store.ox.quads_for_pattern(None, None, None, None)), None) is None


def _page_version() -> str:
    root = Path(__file__).parent
    return digest(*(p.read_bytes() for p in (root / "view.py", root / "data" / "explore.js")))
