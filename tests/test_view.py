"""graph.html: self-contained, and it draws the graph in a real browser with the network blocked."""
import re
import shutil
from contextlib import contextmanager

import pytest
from conftest import SHARED, needs_shared

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def offline_page():
    """A headless Chromium page that may load file: URLs only; page errors collect in page.errors."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            page.errors = []
            page.on("pageerror", lambda e: page.errors.append(str(e)))
            yield page
        finally:
            browser.close()


def drawn(page) -> None:
    page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0")


def test_page_links_nothing_outside(seeds_out):
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", page)
    assert "vis.Network" in page or "new vis.Network" in page


def test_page_lists_entities_from_the_store(seeds_out):
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    assert "India" in page and "China" in page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_graph_draws_offline_in_headless_chromium(seeds_out):
    sync_api = pytest.importorskip("playwright.sync_api")
    errors, requests = [], []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else (requests.append(route.request.url), route.abort()))
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((seeds_out / "graph.html").resolve().as_uri())
            page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0",
                                   timeout=30_000)
            nodes = page.evaluate("network.body.data.nodes.get().map(n => n.label)")
            canvas = page.locator("canvas").count()
        finally:
            browser.close()
    assert not requests, f"page tried to reach the network: {requests}"
    assert not errors, errors
    assert canvas >= 1
    assert {"India", "China"} <= set(nodes)


def test_a_large_graph_is_capped_to_its_most_connected_part():
    import networkx as nx

    from kg.view import render, select
    g = nx.MultiDiGraph()
    for n in range(50):                     # 50 speakers with 10 quotes each, and 500 lone mentions
        g.add_node(f"p{n}", label=f"P{n}", kind="Person")
        for k in range(10):
            g.add_node(f"q{n}-{k}", label="...", kind="Quote")
            g.add_edge(f"p{n}", f"q{n}-{k}", label="said")
    g.add_edges_from((f"p{n}", f"p{n + 1}", {"label": "to"}) for n in range(10))   # p1..p9 most connected
    g.add_nodes_from((f"m{n}", {"label": f"M{n}", "kind": "Place"}) for n in range(500))
    shown, note = select(g, max_nodes=60)
    assert shown.number_of_nodes() == 60 and "1050" in note
    assert {"p1", "p5", "p9"} <= set(shown)                       # the most connected stay
    assert not any(n.startswith("m") for n in shown)               # nothing with no edge
    assert all(sum(1 for q in shown.successors(p) if q.startswith("q")) <= 2 for p in shown if p.startswith("p"))
    page = render(shown, note)
    assert "stabilizationIterationsDone" in page and "most connected of 1050" in page


def test_a_small_graph_is_drawn_whole(seeds_out):
    from kg.store import Store
    from kg.view import graph_from_store, select
    with Store(seeds_out / "store", read_only=True) as store:
        g = graph_from_store(store)
    shown, note = select(g)
    assert shown is g and note == ""


def test_the_page_reads_text_and_sources_of_drawn_nodes_only_and_draws_the_same(seeds_out):
    from kg.store import Store
    from kg.view import graph_from_store, quote_details, sources
    with Store(seeds_out / "store", read_only=True) as store:
        full = graph_from_store(store)
        lean = graph_from_store(store, with_sources=False, quote_text=False)
        quotes = [n for n, kind in lean.nodes(data="kind") if kind == "Quote"]
        assert quotes and all(lean.nodes[q]["label"] == q for q in quotes)     # no text read yet
        some = quotes[:3]
        quote_details(store, lean, some)
        seen = sources(store, [*some, "country/CN"])
    assert sorted(full.edges(keys=True)) == sorted(lean.edges(keys=True))
    assert all(lean.nodes[q] == full.nodes[q] for q in some)
    assert lean.nodes[quotes[3]] != full.nodes[quotes[3]]
    assert seen == {k: full.graph["seen"][k] for k in (*some, "country/CN")}


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_search_filters_and_panel_work_and_quoted_script_stays_text(tmp_path):
    from kg import build
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        'Foreign Minister Jane Halvorsen said on Monday: "<script>window.pwned = 1</script> we will not '
        'change course," in a speech to parliament in Oslo.\n\nNorway exported 5,000 tonnes of salmon to '
        'Japan in May, the fisheries ministry said.\n', encoding="utf-8")
    build([folder], out=tmp_path / "out")
    page_path = (tmp_path / "out" / "graph.html").resolve()
    with offline_page() as page:
        page.goto(page_path.as_uri())
        drawn(page)
        page.fill("#kg-search", "Halvorsen")
        page.press("#kg-search", "Enter")
        selected = page.evaluate("network.getSelectedNodes().map(id => network.body.data.nodes.get(id).label)")
        panel = page.inner_text("#kg-panel")
        visible = "network.body.data.nodes.get({filter: n => !n.hidden}).length"
        before = page.evaluate(visible)
        page.uncheck(".kg-class[value=Quote]")
        after = page.evaluate(visible)
        pwned = page.evaluate("window.pwned === undefined")
        errors = page.errors
    assert not errors, errors
    assert selected == ["Jane Halvorsen"]
    assert "Jane Halvorsen" in panel and "said" in panel and "<script>" in panel   # shown as text
    assert after < before
    assert pwned, "a quoted <script> ran in the page"


def test_focus_draws_the_ego_graph_and_names_must_be_unambiguous(seeds_out):
    from kg.errors import KGError
    from kg.store import Store
    from kg.view import find, focus, graph_from_store
    with Store(seeds_out / "store", read_only=True) as store:
        g = graph_from_store(store)
    assert g.nodes[find(g, "xi jinping")]["label"] == "Xi Jinping"
    assert g.nodes[find(g, "Beijing")]["label"] == "China"            # another name of the country
    shown, note = focus(g, "Xi Jinping", depth=1)
    centre = find(g, "Xi Jinping")
    assert centre in shown and set(shown) == {centre, *g.successors(centre), *g.predecessors(centre)}
    assert "around Xi Jinping" in note
    with pytest.raises(KGError, match="names 2 things|names [3-9] things"):
        find(g, "Wang")                                                 # Wang Yi and Wang Wenbin
    with pytest.raises(KGError, match="nothing in the graph is named"):
        find(g, "Nobody Here")


def test_one_article_or_a_date_range_draws_only_what_it_states(seeds_out):
    from kg.errors import KGError
    from kg.store import Store
    from kg.view import graph_from_store, restrict
    with Store(seeds_out / "store", read_only=True) as store:
        g = graph_from_store(store)
    may, note = restrict(g, since="2021-05-01")            # the seed dated 2021-05-01, not the one of April 30
    april, _ = restrict(g, until="2021-04-30")
    assert "from articles dated 2021-05-01" in note
    assert 0 < may.number_of_nodes() < g.number_of_nodes() and 0 < april.number_of_nodes() < g.number_of_nodes()
    quotes = lambda h: {n for n, d in h.nodes(data=True) if d.get("kind") == "Quote"}   # noqa: E731
    assert quotes(may) and quotes(april) and quotes(may) | quotes(april) == quotes(g)
    one, _ = restrict(g, article="000_4e1ba4d2cf9b51b0")
    assert set(one) == set(may)
    with pytest.raises(KGError, match="nothing in the graph comes from"):
        restrict(g, since="2030")


def test_a_query_chooses_what_is_drawn(seeds_out):
    from kg.errors import KGError
    from kg.store import Store
    from kg.view import from_query, graph_from_store
    with Store(seeds_out / "store", read_only=True) as store:
        g = graph_from_store(store)
        built, note = from_query(store, g, "CONSTRUCT { ?c kg:exported ?i } WHERE { ?c kg:exported ?i }")
        pairs, _ = from_query(store, g, "SELECT ?s ?a WHERE { ?q kg:speaker ?s ; kg:addressee ?a }")
        with pytest.raises(KGError, match="not an ASK"):
            from_query(store, g, "ASK {}")
        with pytest.raises(KGError, match="bad SPARQL"):
            from_query(store, g, "SELECT ?x WHERE {")
    assert {d["label"] for _, _, d in built.edges(data=True)} == {"exported"}
    assert "China" in {built.nodes[n]["label"] for n in built} and "from a query" in note
    assert all(pairs.nodes[n].get("kind") in ("Person", "Country", "Organization") for n in pairs)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_page_filters_by_article_and_date_and_names_what_is_not_drawn(seeds_out, tmp_path):
    from kg import view
    whole = view.write_html(seeds_out, path=tmp_path / "whole.html")
    capped = view.write_html(seeds_out, max_nodes=6, path=tmp_path / "capped.html")
    visible = "network.body.data.nodes.get({filter: n => !n.hidden})"
    with offline_page() as page:
        page.goto(whole.as_uri())
        drawn(page)
        everything = page.evaluate(f"{visible}.length")
        page.fill("#kg-article", "000_4e1ba4d2cf9b51b0")
        page.dispatch_event("#kg-article", "change")
        one = page.evaluate(f"{visible}.map(n => n.articles)")
        page.fill("#kg-article", "")
        page.fill("#kg-since", "2021-05-01")
        page.dispatch_event("#kg-since", "change")
        dated = page.evaluate(f"{visible}.map(n => n.dates)")
        page.goto(capped.as_uri())
        drawn(page)
        page.fill("#kg-search", "Sichuan Airlines")
        page.press("#kg-search", "Enter")
        status = page.inner_text("#kg-status")
        errors = page.errors
    assert not errors, errors
    assert 0 < len(one) < everything and all("000_4e1ba4d2cf9b51b0" in a for a in one)
    assert 0 < len(dated) < everything and all(any(d >= "2021-05-01" for d in ds) for ds in dated)
    assert "not drawn here" in status and "kg view --focus" in status


@needs_shared("corpus/bbc/politics")
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_a_few_hundred_bbc_articles_draw_capped_and_settle(tmp_path):
    import time

    from kg import build
    files = sorted((SHARED / "corpus" / "bbc" / "politics").glob("*.txt"))[:250]
    report = build(files, out=tmp_path / "out", jobs=2)
    page_path = (tmp_path / "out" / "graph.html").resolve()
    with offline_page() as page:
        start = time.monotonic()
        page.goto(page_path.as_uri())
        page.wait_for_function("typeof network !== 'undefined' && network.physics.options.enabled === false",
                               timeout=60_000)
        settled = time.monotonic() - start
        nodes = page.evaluate("network.body.data.nodes.length")
        bar = page.inner_text("#kg-bar")
        errors = page.errors
    assert report.articles == 250 and not errors, errors
    assert 100 < nodes <= 300 and "most connected" in bar
    assert settled < 30, f"the page took {settled:.1f} s to settle"   # the target is 5 s; CI machines are slow
