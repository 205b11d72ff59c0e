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


DEFAULT_TIMEOUT_S = 30


def command(store: Path, host: str, port: int, timeout_s: int = DEFAULT_TIMEOUT_S) -> list[str]:
    if not (store / "CURRENT").exists():
        raise KGError(f"no graph store at {store}; run `kg build PATHS --out {store.parent}` first")
    return [server_binary(), "serve-read-only", "--location", str(store.resolve()), "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(timeout_s)]


def _pid_file(store: Path) -> Path:
    return store.parent / "serve.pid"


def serving(store: Path) -> int | None:
    """The pid of a `kg serve` reading this store, if one runs: a build must not write under it
    (Oxigraph: a read-only open while another process writes is undefined behaviour)."""
    path = _pid_file(store)
    try:
        pid = int(path.read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes() if Path("/proc").is_dir() else b"oxigraph"
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid if b"oxigraph" in cmdline and str(store.resolve()).encode() in cmdline else None


def endpoint(host: str, port: int) -> str:
    return f"http://{host}:{port}/query"


def curl_example(url: str) -> str:
    """A ready-to-paste request: the server knows no prefixes, the query declares kg: itself."""
    from kg.rdf.vocab import PREFIXES
    query = (f"PREFIX kg: <{PREFIXES['kg']}> PREFIX rdfs: <{PREFIXES['rdfs']}> "
             "SELECT ?name (COUNT(?q) AS ?quotes) WHERE { ?p kg:said ?q ; rdfs:label ?name } "
             "GROUP BY ?name ORDER BY DESC(?quotes) LIMIT 5")
    return f"curl -H 'Accept: text/csv' --data-urlencode 'query={query}' {url}"


def serve(store: Path, host: str, port: int, timeout_s: int = DEFAULT_TIMEOUT_S) -> None:
    """Become the server process, so Ctrl-C and kill reach it directly; its pid (the same after
    exec) is left in serve.pid beside the store, for `kg build` to see."""
    cmd = command(store, host, port, timeout_s)
    _pid_file(store).write_text(str(os.getpid()))
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(cmd[0], cmd)
