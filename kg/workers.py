"""Parsing and extraction in worker processes: each worker parses a batch and sends back its facts.

spaCy's own `n_process` sends every parsed Doc back to the parent (a DocBin per batch: tokens,
vectors of tags, entity spans) and leaves extraction to the parent, which then limits the build to
what one core can unpickle and extract. Here a worker runs the extractors next to the parser and
returns only the facts, a few kilobytes per article. The same batch function serves Dask workers
(kg.distributed). Workers are forked after the parent loaded the model, so they share its pages.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
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
