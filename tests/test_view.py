"""graph.html: self-contained, and it draws the graph in a real browser with the network blocked."""
import re
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


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
