"""kg view's page in a real browser: Debian's chromium driven by Playwright (never a browser
Playwright downloads). The page is opened from file:// and must fetch nothing and log no error."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.schema import RELATION_TYPES
from kg.view import write_view
from view_graphs import documents, store_of

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
INJECTED = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian's chromium is not installed (apt-get install chromium; .ci/run does)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: object
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def rendered(self) -> tuple[int, int]:
        """What vis-network draws: its own lists of visible nodes and edges."""
        return tuple(self.js("() => [kgView.network.body.nodeIndices.length, kgView.network.body.edgeIndices.length]"))

    def click_entity(self, entity_id: str) -> None:
        """A real mouse click on the node, after centring it (so no panel or other node covers it)."""
        self.js("(id) => kgView.network.moveTo({position: kgView.network.getPosition(id), scale: 2.5})", entity_id)
        x, y = self.js("""(id) => { const n = kgView.network, p = n.canvasToDOM(n.getPosition(id));
                                     const r = document.querySelector('#graph canvas').getBoundingClientRect();
                                     return [r.left + p.x, r.top + p.y]; }""", entity_id)
        self.page.mouse.click(x, y)

    def panel(self) -> dict:
        return self.js("""() => ({hidden: document.getElementById('panel').hidden,
                                   title: document.querySelector('#details h2')?.textContent,
                                   sections: [...document.querySelectorAll('#details h3')].map(h => h.textContent),
                                   items: [...document.querySelectorAll('#details li')].map(li => li.textContent)})""")


def open_page(browser, path: Path, timeout: float = 30.0) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    opened = Opened(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))
    start = time.perf_counter()
    page.goto(path.as_uri())
    # Polled from Python: the page's Content-Security-Policy forbids eval, which wait_for_function uses.
    while not page.evaluate("() => !!(window.kgView && window.kgView.ready)"):
        if time.perf_counter() - start > timeout:
            raise AssertionError(f"page not ready after {timeout} s: {opened.errors}")
        page.wait_for_timeout(20)
    opened.seconds = time.perf_counter() - start
    return opened


def assert_clean(opened: Opened, path: Path) -> None:
    assert opened.errors == []
    assert opened.requests == [path.as_uri()]     # the page itself, nothing else


def graph_counts(store) -> tuple[int, int]:
    """Entities, and distinct (speaker, subject, kind, negated) and (source, target, type,
    hypothetical) pairs, read from the graph's relationships."""
    [entities] = store.read("MATCH (e:Entity) RETURN count(e) AS n")
    statements = store.read("MATCH (p:Entity)-[]->(s:Statement)-[:ABOUT]->(e:Entity) "
                            "RETURN DISTINCT p.id AS a, e.id AS b, s.kind AS k, s.negated AS f")
    relations = store.read("MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types "
                           "RETURN DISTINCT a.id AS a, b.id AS b, type(r) AS k, r.hypothetical AS f, r.negated AS n",
                           {"types": list(RELATION_TYPES)})
    return entities["n"], len(statements) + len(relations)


@pytest.fixture(scope="module")
def seeds_page(seeds_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_view(seeds_store, path)
    return path


def test_seeds_render_whole_clean(browser, seeds_store, seeds_page):
    opened = open_page(browser, seeds_page)
    assert opened.rendered() == graph_counts(seeds_store)
    entities, links = graph_counts(seeds_store)
    assert opened.js("() => document.getElementById('status').textContent") == \
        f"{entities} of {entities} entities, {links} of {links} links"
    assert_clean(opened, seeds_page)


def test_clicking_an_entity_lists_its_statements(browser, seeds_store, seeds_page):
    [putin] = seeds_store.read("MATCH (e:Entity {name: 'Vladimir Putin'}) RETURN e.id AS id")
    said = seeds_store.read("MATCH (s:Statement {speaker: $id}) RETURN s.content AS content, s.kind AS kind",
                            {"id": putin["id"]})
    opened = open_page(browser, seeds_page)
    assert opened.panel()["hidden"]
    opened.click_entity(putin["id"])
    panel = opened.panel()
    assert not panel["hidden"] and panel["title"] == "Vladimir Putin"
    assert panel["sections"][0] == f"Statements by Vladimir Putin ({len(said)})"
    for statement in said:
        assert any(statement["content"] in item for item in panel["items"])
    assert any("denied" in item and "negated" in item and "000_c9f054c9f9ba2299.txt" in item for item in panel["items"])
    assert_clean(opened, seeds_page)


def test_clicking_a_link_lists_its_statements(browser, seeds_page):
    opened = open_page(browser, seeds_page)
    # A denied link, centred and zoomed in, and a point of it that no other link crosses nearby (its middle if free).
    link, x, y = opened.js("""() => {
        const n = kgView.network, r = document.querySelector('#graph canvas').getBoundingClientRect();
        const around = [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6]];
        for (const l of kgView.data.links.filter(l => l.group === 'statement' && l.kind === 'denied')) {
          const a = n.getPosition(l.from), b = n.getPosition(l.to);
          for (const scale of [3, 6, 12]) {   // (closer in where other links pass near it)
            n.moveTo({position: {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}, scale});
            for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
              const p = n.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
              if (around.every(([dx, dy]) => n.getEdgeAt({x: p.x + dx, y: p.y + dy}) === l.id))
                return [l, r.left + p.x, r.top + p.y];
            }
          }
        }
        return [null, 0, 0]; }""")
    assert link is not None, "every denied link is crossed by another near all its points"
    opened.page.mouse.click(x, y)
    panel = opened.panel()
    names = opened.js("(l) => [kgView.data.entities.find(e => e.id === l.from).name,"
                      " kgView.data.entities.find(e => e.id === l.to).name]", link)
    assert panel["title"] == f"{names[0]} \u2192 {names[1]}"
    assert len(panel["items"]) == len(link["items"]) and all("denied" in item for item in panel["items"])
    assert_clean(opened, seeds_page)


def test_filters_hide_what_they_should(browser, seeds_page):
    opened = open_page(browser, seeds_page)
    nodes, links = opened.rendered()
    data = opened.js("() => kgView.data")
    denied = [l for l in data["links"] if l["kind"] == "denied"]
    opened.page.click('input[data-group="statement"][data-key="denied"]')
    assert opened.rendered() == (nodes, links - len(denied))
    assert not set(opened.js("() => kgView.edges.getIds()")) & {l["id"] for l in denied}

    places = {e["id"] for e in data["entities"] if e["type"] == "Place"}
    opened.page.click('input[data-group="entity"][data-key="Place"]')
    visible = [l for l in data["links"] if l["kind"] != "denied" and not {l["from"], l["to"]} & places]
    assert opened.rendered() == (nodes - len(places), len(visible))

    opened.page.click('input[data-group="entity"][data-key="Place"]')
    opened.page.click('input[data-group="statement"][data-key="denied"]')
    assert opened.rendered() == (nodes, links)
    # Dates: only links with a statement or relation on that day stay.
    opened.page.fill("#since", "2024-10-08")
    opened.page.fill("#until", "2024-10-08")
    records = {"statement": data["statements"], "relation": data["relations"]}
    on_day = [l for l in data["links"] if any(records[l["group"]][i]["day"] == "2024-10-08" for i in l["items"])]
    assert 0 < opened.rendered()[1] == len(on_day) < links
    assert_clean(opened, seeds_page)


def test_co_mentions_draw_and_hide(browser, seeds_store, tmp_path):
    path = tmp_path / "co.html"
    summary = write_view(seeds_store, path, co_mentions=True)
    [pairs] = seeds_store.read("MATCH (:Entity)-[c:CO_MENTIONED]->(:Entity) RETURN count(c) AS n")
    opened = open_page(browser, path)
    assert opened.rendered() == (summary.entities, summary.links) == (graph_counts(seeds_store)[0],
                                                                        graph_counts(seeds_store)[1] + pairs["n"])
    opened.page.click('input[data-group="co_mention"][data-key="CO_MENTIONED"]')
    assert opened.rendered() == (summary.entities, summary.links - pairs["n"])
    assert_clean(opened, path)


def test_search_focuses_an_entity(browser, seeds_page):
    opened = open_page(browser, seeds_page)
    opened.page.fill("#search", "zelensky")
    opened.page.press("#search", "Enter")
    assert opened.panel()["title"] == "Volodymyr Zelenskyy"
    selected = opened.js("() => kgView.network.getSelectedNodes()")
    assert [opened.js("(id) => kgView.data.entities.find(e => e.id === id).name", selected[0])] == ["Volodymyr Zelenskyy"]
    opened.page.fill("#search", "no such entity anywhere")
    opened.page.press("#search", "Enter")
    assert "No entity matches" in opened.js("() => document.getElementById('status').textContent")
    assert_clean(opened, seeds_page)


def test_injected_markup_is_only_text(browser, tmp_path):
    store = store_of(str(tmp_path / "g.kgl"), documents(20, 6, names={0: INJECTED}))
    path = tmp_path / "graph.html"
    write_view(store, path)
    opened = open_page(browser, path)
    [row] = store.read("MATCH (e:Entity {name: $name}) RETURN e.id AS id", {"name": INJECTED})
    assert opened.js("() => window.pwned") is None
    assert opened.js("(id) => kgView.network.body.nodes[id].options.label", row["id"]) == INJECTED
    opened.click_entity(row["id"])
    assert opened.panel()["title"] == INJECTED
    assert opened.js("() => document.querySelectorAll('img, #details script').length") == 0
    assert opened.js("() => window.pwned") is None
    assert_clean(opened, path)


@pytest.mark.slow
def test_two_thousand_entities_open_in_under_five_seconds(browser, tmp_path):
    store = store_of(str(tmp_path / "big.kgl"), documents(2000, 400))
    path = tmp_path / "big.html"
    summary = write_view(store, path)
    opened = open_page(browser, path)
    assert summary.entities == 2000
    assert opened.rendered() == (summary.entities, summary.links)
    assert opened.seconds < 5
    # Interactive: a click on an entity answers. The outermost one, so that no other node covers it.
    outer = max(opened.js("() => kgView.data.entities"), key=lambda e: e["x"] ** 2 + e["y"] ** 2)
    opened.click_entity(outer["id"])
    assert opened.panel()["title"] == outer["name"]
    assert_clean(opened, path)
