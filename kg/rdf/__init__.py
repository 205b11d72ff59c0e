"""RDF: the vocabulary, IRI minting and the mapping from facts to triples."""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_KG = Path(__file__).resolve().parent.parent


@cache
def code_digest() -> str:
    """A digest of the code that turns facts into N-Triples lines: this package, kg/graphs.py (which
    splits an article's lines into its own and shareable ones) and kg/store.py (nt_line). What builds
    keep of those lines (each article's shareable lines and graph key, the entities' lines) is keyed
    with it, so a change to the mapping maps every article again instead of reusing stale lines."""
    files = [*sorted((_KG / "rdf").glob("*.py")), _KG / "graphs.py", _KG / "store.py"]
    return hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()[:16]
