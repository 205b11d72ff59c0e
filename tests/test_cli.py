"""The `kg` command end to end in a subprocess, as a user runs it."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

KG = [str(Path(sys.executable).with_name("kg"))]


def kg(*args, cwd=None, env=None):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=300)


@pytest.fixture(scope="module")
def cli_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    done = kg("build", SEEDS, "--out", out)
    assert done.returncode == 0, done.stderr
    return out


def test_build_reports_what_it_did(cli_out):
    done = kg("build", SEEDS, "--out", cli_out)
    assert done.returncode == 0
    assert "read 2 articles: 0 parsed, 2 unchanged" in done.stderr and "now holds 2 articles" in done.stderr


def test_out_from_environment(cli_out, tmp_path):
    done = kg("stats", env={"KG_OUT": str(cli_out)}, cwd=tmp_path)
    assert done.returncode == 0 and "Article" in done.stdout


def test_query_csv_lists_countries(cli_out):
    done = kg("query", "SELECT ?code WHERE { ?c a kg:Country ; kg:isoCode ?code } ORDER BY ?code",
              "--format", "csv", "--out", cli_out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["code", "CN", "IN"]


def test_query_json_from_shipped_file(cli_out):
    done = kg("query", "-f", ROOT / "ontology/queries/people-in-article.rq", "--format", "json", "--out", cli_out)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["results"]["bindings"]
    assert {r["article"]["value"] for r in rows} == {"000_4e1ba4d2cf9b51b0", "002_174da96adf608f97"}


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "ontology/queries").glob("*.rq")))
def test_every_shipped_query_runs(cli_out, name):
    done = kg("query", "-f", ROOT / "ontology/queries" / name, "--out", cli_out)
    assert done.returncode == 0, done.stderr


def test_export_formats_from_suffix(cli_out, tmp_path):
    for suffix in ("ttl", "nt", "nq", "trig", "jsonld"):
        target = tmp_path / f"graph.{suffix}"
        done = kg("export", "-o", target, "--out", cli_out)
        assert done.returncode == 0, done.stderr
        assert target.stat().st_size > 0


def test_view_writes_html(cli_out):
    done = kg("view", "--out", cli_out)
    assert done.returncode == 0 and done.stdout.strip().endswith("graph.html")


def test_stats_counts_classes(cli_out):
    done = kg("stats", "--out", cli_out)
    assert done.returncode == 0
    assert "Article" in done.stdout and "Country" in done.stdout


@pytest.mark.parametrize("args, message", [
    (("build", "no-such-folder"), "no such file or folder"),
    (("stats", "--out", "no-such-build"), "no graph store"),
    (("query", "SELECT ?x WHERE { ?x a kg:Country", "--out", "{out}"), "bad SPARQL"),
    (("query", "-f", "missing.rq", "--out", "{out}"), "no such query file"),
    (("view", "--focus", "Nobody Here", "--out", "{out}"), "nothing in the graph is named"),
    (("build", SEEDS, "--out", "{out}/m", "--model", "no_such_model"), "spaCy model 'no_such_model'"),
])
def test_user_errors_are_one_line_without_traceback(cli_out, tmp_path, args, message):
    done = kg(*[str(a).replace("{out}", str(cli_out)) for a in args], cwd=tmp_path)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_help_teaches_with_examples():
    done = kg("build", "--help")
    assert done.returncode == 0 and "Example: kg build" in done.stdout


def test_bad_inputs_are_named_the_rest_is_built_and_the_exit_code_says_so(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((SEEDS / "000_4e1ba4d2cf9b51b0.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (folder / "twin.txt").write_bytes((folder / "good.txt").read_bytes())    # byte-identical duplicate
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "random.txt").write_bytes(bytes(range(256)) * 16)            # binary: NUL and control bytes
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("cp1252"))
    out = tmp_path / "out"
    done = kg("build", folder, tmp_path / "missing.txt", "--out", out)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    err = done.stderr
    assert "missing.txt: no such file or folder" in err
    assert "empty.txt: empty file" in err and "random.txt: binary file" in err
    assert "latin1.txt: not UTF-8" in err and "read as Windows-1252" in err
    assert "twin.txt: same text as" in err and "good.txt, one article in the graph" in err
    assert "3 input(s) could not be read" in err and "the other 3 article(s) were built" in err
    ids = kg("query", "SELECT ?id WHERE { ?a a kg:Article ; dcterms:identifier ?id }", "--out", out,
             "--format", "csv").stdout.split()
    assert len(ids) == 3 and "latin1" in ids and ({"good", "twin"} & set(ids))   # the twins are one article


def test_out_pointing_at_a_file_is_a_one_line_error(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("not a folder", encoding="utf-8")
    done = kg("build", SEEDS, "--out", target)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 1 and len(lines) == 1 and "is a file" in lines[0], done.stderr


def test_stats_for_scripts_as_json_and_csv(cli_out):
    done = kg("stats", "--format", "json", "--out", cli_out)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert {"nodes", "speakers quoted across the most articles", "most connected countries",
            "largest trade events", "quotes per month"} <= set(data)
    assert data["most connected countries"][0]["country"] in ("China", "India")
    assert any(r["unit"] == "tonne" for r in data["largest trade events"])
    assert [r["month"] for r in data["quotes per month"]] == sorted({r["month"] for r in data["quotes per month"]})
    csv_out = kg("stats", "--format", "csv", "--out", cli_out).stdout.splitlines()
    assert csv_out[0] == "section,class,count" and any(line.startswith("quotes per month,") for line in csv_out)


def test_csv_export_writes_one_row_per_quote_and_per_trade_event(cli_out, tmp_path):
    import csv
    done = kg("export", "--format", "csv", "-o", tmp_path / "tables", "--out", cli_out)
    assert done.returncode == 0, done.stderr
    quotes = list(csv.DictReader((tmp_path / "tables" / "quotes.csv").open(encoding="utf-8")))
    exports = list(csv.DictReader((tmp_path / "tables" / "exports.csv").open(encoding="utf-8")))
    assert {"speaker", "text", "cue", "date", "article", "sentence"} <= set(quotes[0])
    assert any(q["speaker"] == "Xi Jinping" and q["kind"] == "direct" for q in quotes)
    assert {"exporter", "items", "destination", "quantity", "unit", "value", "currency", "period"} <= set(exports[0])
    assert any(e["exporter"] == "China" and e["destination"] == "India" and e["unit"] == "tonne" for e in exports)
    assert all(e["sentence"] for e in exports)


def test_remove_names_what_it_removed_and_refuses_unknown_ids(seeds_copy, tmp_path):
    out = tmp_path / "out"
    assert kg("build", seeds_copy, "--out", out).returncode == 0
    bad = kg("remove", "no-such-article", "--out", out)
    assert bad.returncode == 1 and "no article in this build" in bad.stderr and "Traceback" not in bad.stderr
    done = kg("remove", "000_4e1ba4d2cf9b51b0", "--out", out)
    assert done.returncode == 0 and "1 article(s) removed" in done.stderr
    (seeds_copy / "002_174da96adf608f97.txt").unlink()
    pruned = kg("build", seeds_copy, "--prune", "--out", out)
    assert pruned.returncode == 0 and "removed:" in pruned.stderr and "its file is gone" in pruned.stderr


def test_an_article_over_the_size_limit_is_skipped_with_its_size(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = (SEEDS / "000_4e1ba4d2cf9b51b0.txt").read_text(encoding="utf-8")
    (folder / "ok.txt").write_text(body, encoding="utf-8")
    (folder / "huge.txt").write_text(body * 3, encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps({"id": "long", "text": body * 3}) + "\n" +
                                       json.dumps({"id": "short", "text": body[:3000]}) + "\n", encoding="utf-8")
    limit = str(len(body) + 10)
    done = kg("build", folder, "--out", tmp_path / "out", env={"KG_MAX_CHARS": limit})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "huge.txt: " in done.stderr and "one article may have" in done.stderr
    assert "feed.jsonl:1: " in done.stderr and "2 articles" in done.stderr   # ok.txt and the short line


def test_html_scripts_and_boilerplate_never_reach_the_graph(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = (SEEDS / "000_4e1ba4d2cf9b51b0.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    (folder / "page.html").write_text(
        "<html><head><title>Talks</title><script>var tracker = 'SCRIPTMARKER';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World news menu</a></nav>"
        f"<article>{paragraphs}<script>document.write('SCRIPTMARKER inline')</script></article>"
        "<footer>Cookie settings SCRIPTMARKER footer</footer></body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert kg("build", folder, "--out", out).returncode == 0
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "SCRIPTMARKER" not in ttl and "kg:said" in ttl


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its permissions")
def test_an_unreadable_file_is_named_and_the_rest_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((SEEDS / "000_4e1ba4d2cf9b51b0.txt").read_text(encoding="utf-8"))
    locked = folder / "locked.txt"
    locked.write_text("The minister said nothing.")
    locked.chmod(0)
    try:
        done = kg("build", folder, "--out", tmp_path / "out")
    finally:
        locked.chmod(0o644)
    assert done.returncode == 1 and "locked.txt" in done.stderr and "Traceback" not in done.stderr
    assert "the other 1 article(s) were built" in done.stderr
