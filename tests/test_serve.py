"""`kg serve` starts the real Oxigraph server; a SPARQL query over HTTP answers."""
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import free_port

KG = str(Path(sys.executable).with_name("kg"))


@pytest.fixture
def server(seeds_out):
    port = free_port()
    proc = subprocess.Popen([KG, "serve", "--port", str(port), "--out", str(seeds_out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=1)
            break
        except httpx.TransportError:
            if proc.poll() is not None:
                pytest.fail(f"kg serve exited: {proc.stderr.read()}")
            time.sleep(0.2)
    yield url, proc
    proc.terminate()
    proc.wait(timeout=10)


def test_sparql_over_http_sees_all_article_graphs(server):
    url, _ = server
    answer = httpx.post(url, data={"query": """
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?code WHERE { ?c a kg:Country ; kg:isoCode ?code } ORDER BY ?code"""},
        headers={"Accept": "application/sparql-results+json"}, timeout=10)
    assert answer.status_code == 200
    codes = [b["code"]["value"] for b in answer.json()["results"]["bindings"]]
    assert codes == ["CN", "IN"]


def test_server_is_read_only(server):
    url, _ = server
    update = httpx.post(url.replace("/query", "/update"),
                        data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, timeout=10)
    assert update.status_code >= 400


def test_serve_prints_the_endpoint(server):
    url, proc = server
    proc.terminate()
    _, err = proc.communicate(timeout=10)
    assert url in err
    assert "must declare the prefixes" in err and "--data-urlencode 'query=PREFIX kg:" in err


def test_the_printed_curl_example_runs(server):
    from kg.serve import curl_example
    url, _ = server
    cmd = curl_example(url)
    query = cmd.split("query=", 1)[1].rsplit("' ", 1)[0]
    answer = httpx.post(url, data={"query": query}, headers={"Accept": "text/csv"}, timeout=10)
    assert answer.status_code == 200 and answer.text.startswith("name,quotes")
    assert "Wang Wenbin" in answer.text


def test_query_endpoint_gives_the_same_rows_as_the_local_store(server, seeds_out):
    url, _ = server
    sparql = "SELECT ?code WHERE { ?c a kg:Country ; kg:isoCode ?code } ORDER BY ?code"
    remote = subprocess.run([KG, "query", sparql, "--endpoint", url, "--format", "csv"],
                            capture_output=True, text=True, timeout=60)
    local = subprocess.run([KG, "query", sparql, "--out", str(seeds_out), "--format", "csv"],
                           capture_output=True, text=True, timeout=60)
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout and "IN" in remote.stdout


def test_query_endpoint_that_is_down_is_one_clear_line():
    done = subprocess.run([KG, "query", "ASK {}", "--endpoint", f"http://127.0.0.1:{free_port()}/query"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "cannot reach" in done.stderr and "Traceback" not in done.stderr


def test_a_build_while_the_server_reads_the_store_is_refused(server, seeds_out):
    from conftest import SEEDS
    done = subprocess.run([KG, "build", str(SEEDS), "--out", str(seeds_out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "kg serve (pid" in done.stderr and "Traceback" not in done.stderr


def test_fifty_clients_a_hundred_queries_each_all_answered_right(server):
    from concurrent.futures import ThreadPoolExecutor
    url, _ = server
    query = ("PREFIX kg: <https://w3id.org/newskg/ontology#> "
             "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a kg:Country }")

    def client(_):
        answers = []
        with httpx.Client(timeout=30) as http:
            for _ in range(100):
                r = http.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
                answers.append(r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "2")
        return answers

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = [ok for answers in pool.map(client, range(50)) for ok in answers]
    assert len(results) == 5000 and all(results)
