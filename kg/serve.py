"""`kg serve`: the real Oxigraph SPARQL server, read-only, on the build's store."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from kg.errors import KGError


def server_binary() -> str:
    beside_python = Path(sys.executable).with_name("oxigraph")
    found = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    if not found:
        raise KGError("the oxigraph server is not installed; run `pip install oxigraph`")
    return found


def command(store: Path, host: str, port: int) -> list[str]:
    if not (store / "CURRENT").exists():
        raise KGError(f"no graph store at {store}; run `kg build PATHS --out {store.parent}` first")
    return [server_binary(), "serve-read-only", "--location", str(store), "--bind", f"{host}:{port}",
            "--union-default-graph"]


def endpoint(host: str, port: int) -> str:
    return f"http://{host}:{port}/query"


def curl_example(url: str) -> str:
    """A ready-to-paste request: the server knows no prefixes, the query declares kg: itself."""
    from kg.rdf.vocab import PREFIXES
    query = (f"PREFIX kg: <{PREFIXES['kg']}> PREFIX rdfs: <{PREFIXES['rdfs']}> "
             "SELECT ?name (COUNT(?q) AS ?quotes) WHERE { ?p kg:said ?q ; rdfs:label ?name } "
             "GROUP BY ?name ORDER BY DESC(?quotes) LIMIT 5")
    return f"curl -H 'Accept: text/csv' --data-urlencode 'query={query}' {url}"


def serve(store: Path, host: str, port: int) -> None:
    """Become the server process, so Ctrl-C and kill reach it directly."""
    cmd = command(store, host, port)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(cmd[0], cmd)
