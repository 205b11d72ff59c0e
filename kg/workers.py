"""Parsing and extraction in worker processes: each worker parses a batch and sends back its facts.

spaCy's own `n_process` sends every parsed Doc back to the parent (a DocBin per batch: tokens,
vectors of tags, entity spans) and leaves extraction to the parent, which then limits the build to
what one core can unpickle and extract. Here a worker runs the extractors next to the parser and
returns only the facts, a few kilobytes per article. The same batch function serves Dask workers
(kg.distributed). Workers are forked after the parent loaded the model, so they share its pages.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from functools import cache

from kg.facts import Article, ArticleFacts

Work = tuple[str, str, Article]    # (key, parser text, article)


def work_batch(batch: list[Work], model: str, extractors: tuple[str, ...]) -> list[tuple[str, ArticleFacts]]:
    """In a worker: parse a batch in one spaCy pipe and extract its facts."""
    from kg import nlp
    from kg.build import extract_article
    docs = nlp.parse((text for _, text, _ in batch), model, batch_size=len(batch), jobs=1)
    return [(key, extract_article(doc, article, extractors))
            for (key, _, article), doc in zip(batch, docs, strict=True)]


def release_memory() -> None:
    """Hand the freed heap back to the system (glibc only; elsewhere nothing happens). Not after
    every batch in a worker: it kept a worker at 240-280 MB between batches instead of ~570, but
    each batch then faulted its pages in again (5% slower), and the peak - one batch's parse - was
    the same."""
    if (trim := _malloc_trim()) is not None:
        trim(0)


@cache
def _malloc_trim():
    import ctypes
    import ctypes.util
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def facts_here(todo: Sequence[Work], model: str, extractors: tuple[str, ...], batch: int,
               workers: int = 1) -> Iterator[tuple[str, ArticleFacts]]:
    """The same, in this process: for a few articles a worker's start costs more than it saves."""
    for i in range(0, len(todo), batch):
        yield from work_batch(list(todo[i:i + batch]), model, extractors)


# A few sentences of the kinds the extractors look for: running them once in the warm process loads
# every lexicon and lazy table before the real articles arrive
_WARM_UP = ('PARIS, March 3 - France exported 20,000 tonnes of wheat to Egypt in January, the ministry said. '
            '"Prices will rise," Trade Minister Anne Martin told reporters. She said the cargo left Rouen.')


class WarmParser:
    """A forked process that loads the model and runs the extractors once while the build reads its
    cached facts, then parses the few new articles: adding one article to a 2,200-article build
    spent ~1.5 s loading and warming the pipeline on one core while the other was idle. Work that
    is waiting once the model is loaded skips the warm-up run (0.15-0.35 s, of which the article's
    own extraction then spends 0.1 s on the same lexicons). Used where `facts_here` would be (a few
    articles); closed unused when the build parses none or many."""

    def __init__(self, model: str, extractors: tuple[str, ...]):
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._proc = context.Process(target=_warm_worker, args=(child, model, extractors), daemon=True)
        self._proc.start()
        child.close()

    def facts(self, todo: Sequence[Work], model: str, extractors: tuple[str, ...], batch: int,
              workers: int = 1, meanwhile: Callable[[], None] | None = None) -> Iterator[tuple[str, ArticleFacts]]:
        """As facts_here; `meanwhile` runs here once the first batch is sent, while it is parsed."""
        for i in range(0, len(todo), batch):
            self._conn.send(list(todo[i:i + batch]))
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
            try:
                ok, result = self._conn.recv()
            except EOFError:
                raise RuntimeError("the parsing process ended unexpectedly") from None
            if not ok:
                raise result
            yield from result

    def close(self) -> None:
        """Ends the process (at once: it may still be loading); closing twice is harmless."""
        if self._conn.closed:
            return
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()
        self._conn.close()


def _warm_worker(conn, model: str, extractors: tuple[str, ...]) -> None:
    from kg.build import extract_article
    try:
        from kg import nlp
        nlp.load(model)
        if not conn.poll():     # no work yet: warm up; work waiting loads the same lexicons itself, sooner
            doc = next(nlp.parse([_WARM_UP], model))
            extract_article(doc, Article(id="warm-up", text=_WARM_UP, source="warm-up"), extractors)
        failed = None
    except Exception as err:     # a missing model: reported when work arrives, raised in the build
        failed = err
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if failed is not None:
            conn.send((False, failed))
            continue
        try:
            conn.send((True, work_batch(batch, model, extractors)))
        except Exception as err:
            conn.send((False, err))


def _spans(n: int, batch: int, workers: int) -> list[tuple[int, int]]:
    """Batches of `batch` items, then smaller ones for the last few per worker: a worker that ends
    early waits for the other's last batch, so the last batches are the cheap ones."""
    tail = min(n, 2 * workers * batch)
    spans = [(i, min(i + batch, n - tail)) for i in range(0, n - tail, batch)]
    small = max(1, batch // 4)
    spans += [(i, min(i + small, n)) for i in range(n - tail, n, small)]
    return spans


def facts_in_pool(todo: Sequence[Work], model: str, extractors: tuple[str, ...], batch: int,
                  workers: int) -> Iterator[tuple[str, ArticleFacts]]:
    """(key, facts) for every item of `todo`, in the order batches finish; at most two batches per
    worker in flight, so memory holds a few batches, not the archive's texts twice."""
    from kg import nlp
    nlp.load(model)        # once, before the fork: workers inherit it
    batches = [list(todo[i:j]) for i, j in _spans(len(todo), batch, workers)]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending = set()
        for b in batches:
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
            pending.add(pool.submit(work_batch, b, model, extractors))
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
    nlp.load.cache_clear()      # the workers are done with it: the driver resolves and maps without it
    release_memory()
