"""Extractor registry: name -> pure function `(doc, article) -> Iterable[fact]`.

Built-ins register exactly as plugins do; names are versioned so a build
records which rules produced a fact.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import import_module
from pathlib import Path

from kg.errors import KGError

Extractor = Callable[..., Iterable]
_REGISTRY: dict[str, Extractor] = {}
_BUILTIN_MODULES = ("kg.extract.entities.mentions", "kg.extract.quotes.attribution", "kg.extract.trade.exports")
DEFAULT_EXTRACTORS = ("entities.v1", "quotes.v1", "exports.v1")


@cache
def source_digests() -> tuple[str, ...]:
    """A digest of each file of the extractors' code and data, in path order: what the build's rules
    fingerprint and the derived lookup tables (shared/table_cache.py) are keyed by."""
    from kg.ids import digest
    root = Path(__file__).parent
    files = sorted(p for p in (*root.glob("**/*.py"), *root.glob("**/data/*")) if p.is_file())
    return tuple(digest(p.read_bytes()) for p in files)


def register(name: str) -> Callable[[Extractor], Extractor]:
    def deco(fn: Extractor) -> Extractor:
        _REGISTRY[name] = fn
        return fn
    return deco


def get(name: str) -> Extractor:
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KGError(f"unknown extractor {name!r}; registered: {', '.join(sorted(_REGISTRY))}") from None


def check(names: Iterable[str]) -> None:
    """Raises KGError for a name no extractor has; the built-in names pass without importing their
    modules (and spaCy), which a build that parses nothing never needs."""
    for name in names:
        if name not in DEFAULT_EXTRACTORS:
            get(name)


def names() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def _load_builtins() -> None:
    for mod in _BUILTIN_MODULES:
        import_module(mod)
