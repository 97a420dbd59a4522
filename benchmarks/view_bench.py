"""How fast `kg view` pages open: synthetic graphs of 500 to 2,000 entities, written with
write_view and opened from file:// in headless Debian chromium (Playwright), as the tests do.

    .venv/bin/python benchmarks/view_bench.py [--sizes 500,1000,2000] [--runs 3] [--articles 0.2]

For each size: the time to write the page, its size, and (median of --runs fresh pages) the time
from navigation until the graph is drawn and the page answers (kgView.ready), the time a filter
change takes to redraw, and the time from a click on an entity to its panel.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from kg.view import write_view  # noqa: E402
from test_view_browser import ARGS, CHROMIUM, open_page  # noqa: E402
from view_graphs import documents, store_of  # noqa: E402


def timed_page(browser, path: Path) -> dict:
    opened = open_page(browser, path, timeout=120)
    page = opened.page
    # A filter change, timed in the page: the data views refresh and the network redraws at once.
    filtered = page.evaluate("""() => { const t = performance.now();
        document.querySelector('input[data-group="statement"][data-key="said"]').click();
        kgView.network.redraw();
        return (performance.now() - t) / 1000; }""")
    outer = max(page.evaluate("() => kgView.data.entities"), key=lambda e: e["x"] ** 2 + e["y"] ** 2)
    opened.js("(id) => kgView.network.moveTo({position: kgView.network.getPosition(id), scale: 2.5})", outer["id"])
    start = time.perf_counter()
    opened.click_entity(outer["id"])
    while opened.panel()["title"] != outer["name"]:
        page.wait_for_timeout(5)
    clicked = time.perf_counter() - start
    result = {"open_s": opened.seconds, "drawn_in_page_s": page.evaluate("() => kgView.readyAt") / 1000,
              "filter_s": filtered, "click_to_panel_s": clicked, "errors": opened.errors,
              "requests": len(opened.requests)}
    page.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="500,1000,2000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=float, default=0.2,
                        help="articles per entity: more articles, more links per entity")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for size in (int(s) for s in args.sizes.split(",")):
            store = store_of(f"{tmp}/g{size}.kgl", documents(size, int(size * args.articles)))
            path = Path(tmp) / f"g{size}.html"
            start = time.perf_counter()
            summary = write_view(store, path, max_links=10 ** 6)   # measured past the limit too
            written = time.perf_counter() - start
            store.close()
            runs = [timed_page(browser, path) for _ in range(args.runs)]
            row = {"entities": summary.entities, "links": summary.links, "statements": summary.statements,
                   "write_s": round(written, 2), "page_mb": round(path.stat().st_size / 2 ** 20, 2)}
            for key in ("open_s", "drawn_in_page_s", "filter_s", "click_to_panel_s"):
                row[key] = round(statistics.median(r[key] for r in runs), 3)
            row["console_errors"] = sum(len(r["errors"]) for r in runs)
            row["outside_requests"] = sum(r["requests"] - 1 for r in runs)
            print(json.dumps(row), flush=True)
            results.append(row)
        browser.close()


if __name__ == "__main__":
    main()
