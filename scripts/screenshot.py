"""Render out/graph.html in headless Chromium and save docs/graph.png for the README.

    .venv/bin/python scripts/screenshot.py [out/graph.html] [docs/graph.png] [NAME to find and focus]
"""
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

page_path = Path(sys.argv[1] if len(sys.argv) > 1 else "out/graph.html").resolve()
png = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/graph.png")
focus = sys.argv[3] if len(sys.argv) > 3 else None
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(page_path.as_uri())
    page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0")
    page.evaluate("new Promise(done => { network.once('stabilizationIterationsDone', done); "
                  "setTimeout(done, 8000); })")
    page.evaluate("network.fit()")
    page.wait_for_timeout(500)
    if focus:   # what a reader does first: find a name, read its facts in the panel
        page.fill("#kg-search", focus)
        page.press("#kg-search", "Enter")
        page.wait_for_timeout(1500)
    png.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(png))
    browser.close()
print(png)
