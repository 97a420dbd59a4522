"""kg view without a browser: what the page holds, how it is narrowed, and its limits
(the page itself is driven in Chromium by test_view_browser.py)."""
from __future__ import annotations

import json
import re

import pytest

from kg.schema import RELATION_TYPES
from kg.view import ViewError, build_view, write_view
from kg.view.layout import positions
from kg.view.page import script_json
from view_graphs import documents, store_of

INJECTED = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> & <!--'


def page_data(html: str) -> dict:
    [raw] = re.findall(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(raw)


def expected_links(store) -> set[tuple]:
    """The links the page should draw, read from the graph's relationships, not from the view's Cypher."""
    statements = store.read("MATCH (p:Entity)-[said]->(s:Statement)-[:ABOUT]->(e:Entity) "
                            "RETURN DISTINCT p.id AS a, e.id AS b, s.kind AS kind, s.negated AS flag")
    relations = store.read("MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types "
                           "RETURN DISTINCT a.id AS a, b.id AS b, type(r) AS kind, r.hypothetical AS flag, r.negated AS negated",
                           {"types": list(RELATION_TYPES)})
    return {(r["a"], r["b"], r["kind"], bool(r["flag"]), bool(r.get("negated"))) for r in statements + relations}


def link_keys(links: list[dict]) -> set[tuple]:
    return {(l["from"], l["to"], l["kind"], bool(l.get("hypothetical") if l["group"] == "relation" else l["negated"]),
             bool(l.get("negated")) if l["group"] == "relation" else False) for l in links}


def test_the_whole_seeds_graph(seeds_store, tmp_path):
    path = tmp_path / "graph.html"
    summary = write_view(seeds_store, path)
    data = page_data(path.read_text(encoding="utf-8"))
    names = {row["name"] for row in seeds_store.read("MATCH (e:Entity) RETURN e.name AS name")}
    assert {e["name"] for e in data["entities"]} == names
    assert link_keys(data["links"]) == expected_links(seeds_store)
    assert (summary.entities, summary.links) == (len(data["entities"]), len(data["links"]))
    [count] = seeds_store.read("MATCH (s:Statement) RETURN count(s) AS n")
    assert summary.statements == len(data["statements"]) == count["n"]
    putin = next(e for e in data["entities"] if e["name"] == "Vladimir Putin")
    assert putin["type"] == "Person" and putin["mentions"] >= 2 and putin["role"]
    said = next(s for s in data["statements"] if s["speaker"] == putin["id"] and s["kind"] == "denied")
    assert said["negated"] and "Putin" in said["sentence"] and said["article"].endswith(".txt")


def test_the_page_needs_nothing_from_outside(seeds_store, tmp_path):
    path = tmp_path / "graph.html"
    write_view(seeds_store, path)
    html = path.read_text(encoding="utf-8")
    tags = re.findall(r"<(script|link|img|iframe)\b[^>]*>", html, re.I)
    assert tags == ["script"] * 3                       # vis-network, the data, kg's page: all inline
    assert not re.search(r"<script[^>]*\bsrc=", html) and "sourceMappingURL" not in html
    assert "default-src 'none'" in html                  # and the browser is told to fetch nothing


def test_names_cannot_break_out_of_the_data(tmp_path):
    store = store_of(str(tmp_path / "g.kgl"), documents(20, 6, names={0: INJECTED}))
    path = tmp_path / "graph.html"
    write_view(store, path)
    html = path.read_text(encoding="utf-8")
    assert html.count("</script>") == 3 and "window.pwned=1" in html
    [block] = re.findall(r'id="kg-data">(.*?)</script>', html, re.S)
    assert not set("<>&") & set(block)
    assert INJECTED in [e["name"] for e in page_data(html)["entities"]]
    assert json.loads(script_json("a\u2028b</script>")) == "a\u2028b</script>"


def test_neighbourhood_of_an_entity(seeds_store):
    whole = build_view(seeds_store)
    near = build_view(seeds_store, entity="putin", depth=1)
    putin = next(e["id"] for e in near.entities if e["name"] == "Vladimir Putin")
    ids = {e["id"] for e in near.entities}
    assert 1 < len(ids) < len(whole.entities)
    # Depth 1: every entity shown is linked to Putin, and every link joins two shown entities.
    assert ids == {putin} | {l["to"] for l in whole.links if l["from"] == putin} \
        | {l["from"] for l in whole.links if l["to"] == putin}
    assert all(l["from"] in ids and l["to"] in ids for l in near.links)
    assert len(build_view(seeds_store, entity="Putin", depth=2).entities) > len(ids)
    assert [e["name"] for e in build_view(seeds_store, entity="Vladimir Putin", depth=0).entities] == ["Vladimir Putin"]


def test_date_range(seeds_store):
    dated = build_view(seeds_store, since="2024-10-30", until="2024-10-31")
    assert dated.statements and all("2024-10-30" <= s["day"] <= "2024-10-31" for s in dated.statements)
    assert all("2024-10-30" <= r["day"] <= "2024-10-31" for r in dated.relations)
    shown = {e["id"] for e in dated.entities}
    assert all(s["speaker"] in shown for s in dated.statements)
    assert len(shown) < len(build_view(seeds_store).entities)


def test_co_mentions_are_optional(seeds_store):
    plain = build_view(seeds_store)
    with_co = build_view(seeds_store, co_mentions=True)
    [pairs] = seeds_store.read("MATCH (:Entity)-[c:CO_MENTIONED]->(:Entity) RETURN count(c) AS n")
    assert not [l for l in plain.links if l["group"] == "co_mention"]
    assert len([l for l in with_co.links if l["group"] == "co_mention"]) == pairs["n"] > 0


@pytest.mark.parametrize("kwargs, message", [
    ({"entity": "Nobody At All"}, "no entity named 'Nobody At All'"),
    ({"since": "30/10/2024"}, "since: '30/10/2024' is not a date"),
    ({"since": "2024-11-01", "until": "2024-10-01"}, "since (2024-11-01) is after until"),
    ({"entity": "Putin", "depth": -1}, "depth must be 0 or more"),
    ({"since": "1999-01-01", "until": "1999-12-31"}, "nothing to view: no statement or relation in that date range"),
])
def test_bad_requests_are_one_line_errors(seeds_store, tmp_path, kwargs, message):
    with pytest.raises(ViewError, match=re.escape(message)):
        write_view(seeds_store, tmp_path / "x.html", **kwargs)
    assert not (tmp_path / "x.html").exists()


def test_too_large_says_how_to_narrow(seeds_store, tmp_path):
    with pytest.raises(ViewError) as raised:
        write_view(seeds_store, tmp_path / "x.html", max_nodes=10)
    assert "--entity NAME" in str(raised.value) and "--since/--until" in str(raised.value)
    assert re.match(r"too large to view: \d+ entities \(", str(raised.value))   # refused before reading
    with pytest.raises(ViewError, match="a smaller --depth"):
        write_view(seeds_store, tmp_path / "x.html", entity="Putin", max_links=3)
    assert not list(tmp_path.iterdir())


def test_layout_is_repeatable_and_spread():
    ids = [f"e{i}" for i in range(30)]
    pairs = [(ids[i], ids[(i * 7) % 30]) for i in range(30)]
    first = positions(ids, pairs)
    assert first == positions(ids, pairs)
    assert len(set(first.values())) == 30


@pytest.fixture
def graph_file(tmp_path):
    path = tmp_path / "g.kgl"
    store_of(str(path), documents(40, 12)).close()
    return path


def test_cli_writes_the_page(graph_file, tmp_path, monkeypatch):
    from click.testing import CliRunner
    from kg.cli import main
    opened = []
    monkeypatch.setattr("click.launch", opened.append)
    out = tmp_path / "story.html"
    result = CliRunner().invoke(main, ["view", "--db", str(graph_file), "-o", str(out), "--entity", "Person 00000",
                                       "--depth", "1", "--since", "2024-01-01", "--open"])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert result.stderr == f"{len(data['entities'])} entities, {len(data['links'])} links -> {out}\n"
    assert "Person 00000" in [e["name"] for e in data["entities"]] and opened == [str(out)]
    assert data["filter"] == {"entity": "Person 00000", "depth": 1, "since": "2024-01-01", "until": None}


@pytest.mark.parametrize("args, code, message", [
    (["--entity", "Nobody"], 1, "kg: no entity named 'Nobody'"),
    (["--since", "2024-13-01"], 2, "Invalid value for '--since'"),
    (["--depth", "-1"], 2, "Invalid value for '--depth'"),
])
def test_cli_bad_requests(graph_file, tmp_path, args, code, message):
    from click.testing import CliRunner
    from kg.cli import main
    result = CliRunner().invoke(main, ["view", "--db", str(graph_file), "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == code and message in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_cli_needs_a_graph(tmp_path):
    from click.testing import CliRunner
    from kg.cli import main
    result = CliRunner().invoke(main, ["view", "--db", str(tmp_path / "none.kgl"), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "no graph here yet" in result.stderr
