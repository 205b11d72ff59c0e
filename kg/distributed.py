"""Parsing and extraction on dask.distributed workers, for archives one machine parses too slowly.

The driver sends batches of (key, parser text, article) to the workers; each worker loads the
spaCy model once (kg.nlp.load is cached per process), parses its batch and runs the extractors,
and sends back the facts, which are small. Resolution and the store stay on the driver: they need
every article's facts and are a few seconds for thousands of articles (BENCHMARKS.md).

    kg build ARCHIVE --dask local               # a LocalCluster of one worker per core
    kg build ARCHIVE --dask tcp://HOST:8786     # a running scheduler (dask-scheduler / dask-worker)
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.errors import KGError
from kg.facts import Article, ArticleFacts
from kg.workers import work_batch


def facts_on_dask(address: str, todo: Sequence[tuple[str, str, Article]], model: str,
                  extractors: tuple[str, ...], batch: int, workers: int) -> Iterator[tuple[str, ArticleFacts]]:
    """(key, facts) for every (key, parser text, article) in `todo`, in the order batches finish."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise KGError("--dask needs dask.distributed: pip install 'newskg[dask]'") from None
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        with Client(cluster or address, timeout="5s") as client:
            futures = [client.submit(work_batch, list(todo[i:i + batch]), model, extractors, pure=False)
                       for i in range(0, len(todo), batch)]
            for future in as_completed(futures):
                yield from future.result()
    except OSError as err:
        raise KGError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    finally:
        if cluster is not None:
            cluster.close()
