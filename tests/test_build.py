"""The build: idempotent, incremental, and an edited article replaces its old graph."""
from conftest import SHARED, needs_shared

from kg import build, query
from kg.store import Store

ALL_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
ARTICLES = "SELECT ?a ?id WHERE { ?a a kg:Article ; dcterms:identifier ?id } ORDER BY ?id"


def _triples(out):
    return {tuple(row.values()) for row in query(ALL_TRIPLES, out=out)}


def test_rebuilding_the_same_input_changes_nothing(seeds_copy, tmp_path):
    out = tmp_path / "out"
    first = build([seeds_copy], out=out)
    before = _triples(out)
    ttl = (out / "graph.ttl").read_bytes()
    second = build([seeds_copy], out=out)
    assert second.parsed == 0 and second.graphs_written == 0
    assert _triples(out) == before
    assert (out / "graph.ttl").read_bytes() == ttl
    assert first.triples == second.triples == len(before)


def test_fresh_build_elsewhere_gives_the_same_iris(seeds_copy, tmp_path):
    build([seeds_copy], out=tmp_path / "a")
    build([seeds_copy], out=tmp_path / "b")
    assert _triples(tmp_path / "a") == _triples(tmp_path / "b")


def test_edited_article_replaces_its_graph(seeds_copy, tmp_path):
    out = tmp_path / "out"
    build([seeds_copy], out=out)
    old = {row["id"]: row["a"] for row in query(ARTICLES, out=out)}
    path = next(seeds_copy.glob("002_*.txt"))
    path.write_text(path.read_text(encoding="utf-8") + "\nThe minister said the talks would go on.\n",
                    encoding="utf-8")
    report = build([seeds_copy], out=out)
    assert report.parsed == 1
    new = {row["id"]: row["a"] for row in query(ARTICLES, out=out)}
    assert new.keys() == old.keys()                      # still two articles, no duplicate
    assert new[path.stem] != old[path.stem]              # content hash IRI moved on
    with Store(out / "store", read_only=True) as store:
        assert old[path.stem] not in store.graphs()      # the old graph is gone


def test_adding_articles_keeps_earlier_ones(seeds_copy, tmp_path):
    out = tmp_path / "out"
    build([next(seeds_copy.glob("000_*.txt"))], out=out)
    build([next(seeds_copy.glob("002_*.txt"))], out=out)
    assert len(query(ARTICLES, out=out)) == 2


def test_one_named_graph_per_article_plus_entities(seeds_out):
    with Store(seeds_out / "store", read_only=True) as store:
        graphs = store.graphs()
    articles = {row["a"] for row in query(ARTICLES, out=seeds_out)}
    assert articles <= graphs
    assert len(graphs) == len(articles) + 1


def test_each_triple_is_stated_once_across_graphs(seeds_out):
    # shared nodes (items, a quote reported by both seeds) must not repeat per article graph
    rows = query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", out=seeds_out)
    assert len(rows) == len({tuple(r.values()) for r in rows})
    shared = query("SELECT ?i WHERE { ?i a kg:Item ; rdfs:label 'ventilator' }", out=seeds_out)
    assert len(shared) == 1


def test_build_writes_turtle_html_and_store(seeds_out):
    assert (seeds_out / "graph.ttl").stat().st_size > 0
    assert (seeds_out / "graph.html").stat().st_size > 0
    assert (seeds_out / "store" / "CURRENT").exists()


def test_article_metadata_in_the_graph(seeds_out):
    rows = query("SELECT ?id ?date ?src WHERE { ?a a kg:Article ; dcterms:identifier ?id ; "
                 "dcterms:date ?date ; dcterms:source ?src } ORDER BY ?id", out=seeds_out)
    assert [(r["id"], str(r["date"])) for r in rows] == [
        ("000_4e1ba4d2cf9b51b0", "2021-05-01"), ("002_174da96adf608f97", "2021-04-30")]
    assert all(r["src"].endswith(r["id"] + ".txt") for r in rows)
    sources = query("SELECT ?s WHERE { ?a kg:dateSource ?s }", out=seeds_out)
    assert [str(r["s"]) for r in sources] == ["first line", "first line"]


def test_a_disease_is_no_entity(seeds_out):
    # the seeds tag "COVID-19" ORG five times and PERSON once
    rows = query("SELECT ?e WHERE { ?e rdfs:label ?l FILTER(CONTAINS(LCASE(?l), 'covid')) }", out=seeds_out)
    assert rows == []


def test_unreadable_inputs_are_skipped_and_reported(tmp_path):
    # one bad line or page must not cost the rest of the batch
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text('{"id": "ok", "text": "The minister said the talks would resume."}\n'
                                       'not json at all\n', encoding="utf-8")
    (folder / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    report = build([folder], out=tmp_path / "out")
    assert report.articles == 1
    assert any("feed.jsonl:2" in line for line in report.skipped)
    assert any("empty.html" in line for line in report.skipped)
    assert [row["id"] for row in query(ARTICLES, out=tmp_path / "out")] == ["ok"]


def test_parallel_parsing_gives_the_same_graph(seeds_copy, tmp_path):
    # four articles, one per batch: two worker processes each parse two of them
    for n, path in enumerate(sorted(seeds_copy.glob("*.txt"))):
        (seeds_copy / f"copy-{n}.txt").write_text(path.read_text(encoding="utf-8") + "\nRepeated.\n",
                                                 encoding="utf-8")
    one = build([seeds_copy], out=tmp_path / "one", batch_size=1, jobs=1)
    two = build([seeds_copy], out=tmp_path / "two", batch_size=1, jobs=2)
    assert one.parsed == two.parsed == 4
    assert _triples(tmp_path / "one") == _triples(tmp_path / "two")


def test_the_store_is_left_flushed_for_read_only_opens(seeds_copy, tmp_path):
    # a read-only open (every `kg query`) replays the live write-ahead log: after a build it is empty
    out = tmp_path / "out"
    build([seeds_copy], out=out)
    live_log = max((out / "store").glob("*.log"), key=lambda p: int(p.stem))
    assert live_log.stat().st_size < 4096
    with Store(out / "store", read_only=True) as store:
        assert len(store) > 0


def test_a_project_moved_with_its_build_rebuilds_nothing(seeds_copy, tmp_path):
    import shutil
    build([seeds_copy], out=tmp_path / "out")
    moved = tmp_path.parent / (tmp_path.name + "-moved")
    shutil.copytree(tmp_path, moved)
    try:
        again = build([moved / "seeds"], out=moved / "out")
        assert again.parsed == 0 and again.graphs_written == 0 and again.articles == 2
        assert len(query(ARTICLES, out=moved / "out")) == 2
    finally:
        shutil.rmtree(moved)


def test_remove_by_id_and_prune_drop_articles_and_only_their_facts(seeds_copy, tmp_path):
    import pytest

    from kg.errors import KGError
    out = tmp_path / "out"
    full = build([seeds_copy], out=out)
    report = build([], out=out, remove=["000_4e1ba4d2cf9b51b0"])
    assert [r.rsplit("/", 1)[-1] for r in report.removed] == ["000_4e1ba4d2cf9b51b0.txt"]
    assert [r["id"] for r in query(ARTICLES, out=out)] == ["002_174da96adf608f97"]
    assert report.entities < full.entities and report.quotes < full.quotes   # its own facts went with it
    with pytest.raises(KGError, match="no article in this build"):
        build([], out=out, remove=["no-such-article"])
    (seeds_copy / "002_174da96adf608f97.txt").unlink()
    pruned = build([seeds_copy], out=out, prune=True)
    assert [r.rsplit("/", 1)[-1] for r in pruned.removed] == ["002_174da96adf608f97.txt"]
    assert [r["id"] for r in query(ARTICLES, out=out)] == ["000_4e1ba4d2cf9b51b0"]   # read again from seeds
    with Store(out / "store", read_only=True) as store:
        assert len(store.graphs()) == 2      # its graph and the entities graph


def test_an_incremental_graph_ttl_is_the_cold_builds_byte_for_byte(seeds_copy, tmp_path):
    first, second = sorted(seeds_copy.glob("*.txt"))[:2]
    build([first], out=tmp_path / "step")                 # graph.ttl from cached per-graph chunks
    build([first, second], out=tmp_path / "step")
    build([first, second], out=tmp_path / "cold")
    step, cold = (tmp_path / "step" / "graph.ttl").read_bytes(), (tmp_path / "cold" / "graph.ttl").read_bytes()
    assert step == cold and b"@prefix kg:" in cold
    chunks = {p.stem for p in (tmp_path / "step" / "cache" / "ttl").glob("*.ttl")}
    import json
    assert chunks == set(json.loads((tmp_path / "step" / "manifest.json").read_text())["graphs"].values())


def test_an_incremental_build_leaves_the_cold_builds_graphs_quad_for_quad(seeds_copy, tmp_path):
    # the seeds report one quote in both articles: adding the second moves its triples to the
    # shared graph, out of the first article's graph, which was not parsed again
    first, second = sorted(seeds_copy.glob("*.txt"))[:2]
    build([first], out=tmp_path / "step")
    build([first, second], out=tmp_path / "step")
    build([first, second], out=tmp_path / "cold")

    def quads(out):
        with Store(out / "store", read_only=True) as store:
            return {str(q) for q in store.ox.quads_for_pattern(None, None, None)}
    assert quads(tmp_path / "step") == quads(tmp_path / "cold")


def _drawn(out) -> tuple[list, set]:
    """The nodes (with every attribute) and the (from, to, label) edges graph.html draws."""
    import json
    import re
    page = (out / "graph.html").read_text(encoding="utf-8")
    nodes, edges = (json.loads(re.search(rf"{name} = new vis.DataSet\((\[.*?\])\);", page, re.S).group(1))
                    for name in ("nodes", "edges"))
    return sorted(nodes, key=lambda n: n["id"]), {(e["from"], e["to"], e["label"]) for e in edges}


def test_an_incremental_page_draws_what_a_cold_builds_draws(seeds_copy, tmp_path):
    # the page's rows are kept between builds and only the changed subjects' read again
    # (kg.page_rows): adding, editing and removing an article each draw what a cold build draws
    first, second = sorted(seeds_copy.glob("*.txt"))[:2]
    step = tmp_path / "step"
    build([first], out=step)
    build([first, second], out=step)
    assert (step / "cache" / "page-rows.json").exists()
    build([first, second], out=tmp_path / "both")
    assert _drawn(step) == _drawn(tmp_path / "both")
    second.write_text(second.read_text(encoding="utf-8").replace("said", "told reporters", 1), encoding="utf-8")
    build([first, second], out=step)
    build([first, second], out=tmp_path / "edited")
    assert _drawn(step) == _drawn(tmp_path / "edited") != _drawn(tmp_path / "both")
    build([], out=step, remove=[second.stem])
    build([first], out=tmp_path / "one")
    assert _drawn(step) == _drawn(tmp_path / "one")


def test_graphs_planned_in_forked_processes_are_those_planned_in_one(seeds_out, tmp_path, monkeypatch):
    # an archive's articles are signed and mapped by forked processes (kg.graphs._in_parallel):
    # the seeds forced through them give the same store and the same graph.ttl, cold and again
    from conftest import SEEDS

    from kg import build, graphs
    from kg.store import Store
    monkeypatch.setattr(graphs, "_PARALLEL_FROM", 1)
    report = build([SEEDS], out=tmp_path / "out", jobs=2)
    assert report.graphs_written == 3
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (seeds_out / "graph.ttl").read_bytes()
    with Store(tmp_path / "out" / "store", read_only=True) as mine, \
            Store(seeds_out / "store", read_only=True) as theirs:
        assert set(mine.ox) == set(theirs.ox)
    assert build([SEEDS], out=tmp_path / "out", jobs=2).graphs_written == 0


def test_an_unnamed_group_speaks_as_a_group_that_is_an_organisation(tmp_path):
    # CONTRACT: a speaker is a kg:Person or kg:Organization; a group (kg:Group) is both a group and
    # an organisation, drawn once on the page
    from kg import build
    from kg.store import Store
    from kg.view import graph_from_store
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Flood warning\n\nOfficials said the river would peak on Friday night, and "
                                  "residents were told to move to higher ground.\n", encoding="utf-8")
    build([folder], out=tmp_path / "out")
    with Store(tmp_path / "out" / "store", read_only=True) as store:
        rows = list(store.ox.query(
            "PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT ?s WHERE { ?s kg:said ?q ; a kg:Group, "
            "kg:Organization }", use_default_graph_as_union=True))
        g = graph_from_store(store)
    assert len(rows) == 1
    speaker = rows[0][0].value.rsplit("/resource/", 1)[1]
    assert g.nodes[speaker]["kind"] == "Group"


def test_an_unchanged_file_is_not_read_again_and_a_changed_one_is(seeds_copy, tmp_path, monkeypatch):
    import os

    from kg import sources
    out = tmp_path / "out"
    path = sorted(seeds_copy.glob("*.txt"))[0]
    cp1252 = seeds_copy / "latin.txt"
    cp1252.write_bytes("Caf\xe9 owner Jos\xe9 Garc\xeda said the caf\xe9 would stay open.\n".encode("cp1252"))
    first = build([seeds_copy], out=out)
    assert first.parsed == 3 and any("not UTF-8" in n for n in first.notes)
    reads = []
    real = sources.read_txt
    monkeypatch.setattr(sources, "read_txt", lambda p: reads.append(p.name) or real(p))
    again = build([seeds_copy], out=out)
    assert reads == [] and again.parsed == 0 and again.graphs_written == 0
    assert any("not UTF-8" in n for n in again.notes)       # the reading note is kept with the file
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))   # touched, same text
    touched = build([seeds_copy], out=out)
    assert reads == [path.name] and touched.parsed == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("said", "says", 1), encoding="utf-8")                 # same size, new text
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 2 * 10**9))
    changed = build([seeds_copy], out=out)
    assert reads == [path.name, path.name] and changed.parsed == 1


def test_an_article_parsed_by_the_warm_process_gives_what_one_process_gives(seeds_copy, tmp_path):
    # with two jobs and a few new articles, a process forked at the start of the build loads the
    # model while the cached facts are read, and parses them: same store as parsing in the build
    import pytest

    from kg.errors import KGError
    first, second = sorted(seeds_copy.glob("*.txt"))[:2]
    for name, jobs in (("warm", 2), ("here", 1)):
        build([first], out=tmp_path / name, jobs=jobs)
        assert build([first, second], out=tmp_path / name, jobs=jobs).parsed == 1
    assert _triples(tmp_path / "warm") == _triples(tmp_path / "here")
    with pytest.raises(KGError, match="no_such_model"):
        build([first], out=tmp_path / "bad", jobs=2, model="no_such_model")


def test_kept_entity_lines_are_used_only_by_the_same_rules_and_mapping(tmp_path):
    import json

    from kg.entity_lines import EntityLines
    from kg.facts import Entity
    jane = Entity(key="person/jane-doe", kind="Person", label="Jane Doe", alt_labels=("Doe",))
    path = tmp_path / "entity-lines.json"
    mapped = EntityLines(path, "rules-a").lines([jane])
    assert any('"Jane Doe"' in line for line in mapped)
    kept = json.loads(path.read_text())
    kept["lines"] = {k: ["<x:kept> <x:p> <x:o> ."] for k in kept["lines"]}
    path.write_text(json.dumps(kept))
    assert EntityLines(path, "rules-a").lines([jane]) == {"<x:kept> <x:p> <x:o> ."}
    assert EntityLines(path, "rules-b").lines([jane]) == mapped


def test_a_change_to_the_mapping_code_maps_every_article_again(seeds_copy, tmp_path, monkeypatch):
    # each article's shareable lines, its graph key and the entities' lines are kept between builds;
    # they are what the mapping code wrote, so another mapping (kg.rdf.code_digest) must not reuse them
    from rdflib import RDFS, Literal

    from kg import rdf
    from kg.rdf import mapping
    out = tmp_path / "out"
    first = build([seeds_copy], out=out)
    original = mapping.article_triples

    def remapped(facts, *args):
        yield from original(facts, *args)
        yield mapping.article_graph(facts), RDFS.comment, Literal("mapped by the new code")
    monkeypatch.setattr(mapping, "article_triples", remapped)
    assert build([seeds_copy], out=out).graphs_written == 0          # same code digest: nothing mapped
    monkeypatch.setattr(rdf, "code_digest", lambda: "another mapping")
    again = build([seeds_copy], out=out)
    assert again.parsed == 0 and again.graphs_written == first.graphs_written - 1 == 2   # both articles'
    comments = query('SELECT ?a WHERE { ?a rdfs:comment "mapped by the new code" }', out=out)
    assert len(comments) == len(query(ARTICLES, out=out)) == 2


@needs_shared("corpus/bbc/politics")
def test_adding_a_bbc_article_leaves_what_a_cold_build_of_all_leaves(tmp_path):
    # real stories naming the same people across articles ("Mr Blair", "Brown", "Kennedy"): the
    # added article is parsed by the warm process while the cached ones are prepared for resolution
    # and quote identities (kg.build._while_parsing); the store and graph.ttl are a cold build's
    files = sorted((SHARED / "corpus" / "bbc" / "politics").glob("*.txt"))[:30]
    step, cold = tmp_path / "step", tmp_path / "cold"
    build(files[:-1], out=step, jobs=2)
    assert build(files, out=step, jobs=2).parsed == 1
    build(files, out=cold, jobs=2)

    def quads(out):
        with Store(out / "store", read_only=True) as store:
            return {str(q) for q in store.ox.quads_for_pattern(None, None, None)}
    assert quads(step) == quads(cold)
    assert (step / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()
    assert len(query("SELECT ?q WHERE { ?q a kg:Quote }", out=cold)) > 50


def test_manifest_keys_are_relative_inside_the_project_and_absolute_outside(tmp_path):
    from kg.build import Manifest
    manifest = Manifest(tmp_path / "proj" / "out" / "manifest.json")
    inside = str((tmp_path / "proj" / "seeds" / "a.txt").resolve())
    outside = str((tmp_path / "elsewhere" / "b.txt").resolve())
    assert manifest.key(inside) == "seeds/a.txt"
    assert manifest.key(inside + "#3") == "seeds/a.txt#3"      # a line of a .jsonl input
    assert manifest.key(outside) == outside
    assert manifest.key(str((tmp_path / "proj2" / "c.txt").resolve())).endswith("proj2/c.txt")   # no prefix match
    assert manifest.key(str((tmp_path / "proj2" / "c.txt").resolve())).startswith("/")
    assert manifest.key("seeds/a.txt") == "seeds/a.txt"



def test_cached_facts_come_from_the_pack_as_from_their_json_files(seeds_copy, tmp_path):
    # a build packs the cached facts into one file (kg.factcache); the JSON files stay the record:
    # a pack that cannot be read, or was written for other rules, leaves them to be read
    import json

    from kg import config
    from kg.build import Manifest, rules_fingerprint
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.factcache import FactCache, from_json
    first, *rest = sorted(seeds_copy.glob("*.txt"))
    out = tmp_path / "out"
    build([first], out=out)
    cache = out / "cache"
    assert (cache / "facts.pack").is_file()
    build([first, *rest], out=out)
    rules = rules_fingerprint(config.model_name(), DEFAULT_EXTRACTORS)
    articles = Manifest(out / "manifest.json").data["articles"]
    packed = FactCache(cache, rules)
    for key, chash in articles.items():
        stored = json.loads(packed._path(key, chash).read_text(encoding="utf-8"))
        assert packed.get(key, chash) == from_json(stored["facts"])
        assert FactCache(cache, "other rules").get(key, chash) is None
    big, small = packed._packs()
    assert big.keys() | small.keys() == {packed._name(k, c) for k, c in articles.items()}
    before = _triples(out)
    (cache / "facts.pack").write_bytes(b"not a pack")
    again = build([first, *rest], out=out)
    assert again.parsed == 0 and again.graphs_written == 0 and _triples(out) == before
    assert FactCache(cache, rules)._packs()[0].keys() == {packed._name(k, c) for k, c in articles.items()}


def test_one_more_article_goes_to_the_small_pack(tmp_path):
    from kg.factcache import FactCache
    from kg.facts import Article, ArticleFacts
    facts = {f"a{n}": ArticleFacts(article=Article(id=f"a{n}", text=f"text {n}", source=f"a{n}.txt"))
             for n in range(40)}
    cache = FactCache(tmp_path, "rules")
    for key, f in facts.items():
        cache.put(key, "h", f)
    cache.pack({key: "h" for key in facts})
    assert (tmp_path / "facts.pack").is_file() and not (tmp_path / "facts.pack.new").exists()
    more = FactCache(tmp_path, "rules")
    assert all(more.get(key, "h") == f for key, f in facts.items())
    more.put("new", "h", ArticleFacts(article=Article(id="new", text="new", source="new.txt")))
    more.pack({**{key: "h" for key in facts}, "new": "h"})
    big, small = FactCache(tmp_path, "rules")._packs()
    assert len(big) == 40 and list(small) == [more._name("new", "h")]
    (tmp_path / f"{more._name('new', 'h')}.json").unlink()      # the packs alone give it back
    assert FactCache(tmp_path, "rules").get("new", "h").article.id == "new"
