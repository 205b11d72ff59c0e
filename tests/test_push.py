"""kg build --endpoint: the build's graphs land in a real Oxigraph server over the Graph Store
protocol, and a rebuild sends only what changed."""
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import free_port

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


@pytest.fixture
def endpoint(tmp_path):
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _remote_quads(base: str) -> set[tuple[str, str, str, str]]:
    answer = httpx.post(f"{base}/query", data={"query": "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    return {tuple(b[v]["value"] for v in ("g", "s", "p", "o")) for b in answer.json()["results"]["bindings"]}


def _local_quads(out) -> set[tuple[str, str, str, str]]:
    from kg.store import Store
    with Store(out / "store", read_only=True) as store:
        return {(q.graph_name.value, q.subject.value, q.predicate.value, q.object.value)
                for q in store.ox.quads_for_pattern(None, None, None)}


def test_the_build_lands_in_the_endpoint_and_a_rebuild_sends_the_change(endpoint, seeds_copy, tmp_path):
    from kg import build
    out = tmp_path / "out"
    build([seeds_copy], out=out, endpoint=f"{endpoint}/store")
    assert _remote_quads(endpoint) == _local_quads(out)
    article = seeds_copy / "000_4e1ba4d2cf9b51b0.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nFrance exported 7,000 tonnes of wheat to Egypt.\n",
                       encoding="utf-8")
    again = build([seeds_copy], out=out, endpoint=f"{endpoint}/store")
    assert 0 < again.graphs_written < 4
    assert _remote_quads(endpoint) == _local_quads(out)


def test_an_unreachable_endpoint_is_one_clear_error(seeds_copy, tmp_path):
    from kg import build
    from kg.errors import KGError
    with pytest.raises(KGError, match="cannot reach"):
        build([seeds_copy], out=tmp_path / "out", endpoint=f"http://127.0.0.1:{free_port()}/store")
