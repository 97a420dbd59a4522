"""Makes docs/kg-view.png, the README's picture of `kg view` on the sample articles:

    .venv/bin/kg build seeds/ --db /tmp/seeds.kgl && .venv/bin/python docs/screenshot.py /tmp/seeds.kgl
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from kg.store.kglite_store import KgliteStore  # noqa: E402
from kg.view import write_view  # noqa: E402
from test_view_browser import ARGS, CHROMIUM, open_page  # noqa: E402


def main(db: str) -> None:
    from playwright.sync_api import sync_playwright
    store = KgliteStore(db)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        page_path = Path(tmp) / "graph.html"
        write_view(store, page_path)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        opened = open_page(browser, page_path)
        opened.page.fill("#search", "Putin")
        opened.page.press("#search", "Enter")
        opened.page.wait_for_timeout(800)       # the focus animation
        opened.page.screenshot(path=str(ROOT / "docs" / "kg-view.png"))
        browser.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])
