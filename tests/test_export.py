import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.cypherfiles import load as cypher
from kg.export import (ExportError, ExportFilter, apply_filter, build_graph, export_format, export_graph, read_graph,
                       write_graph)

XSD = Path(__file__).resolve().parent.parent.parent / "shared" / "graphml" / "graphml.xsd"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD)))


def _export(store, flt=None, fmt="graphml") -> tuple[nx.MultiDiGraph, bytes]:
    buffer = io.BytesIO()
    graph = export_graph(store, buffer, fmt, flt)
    return graph, buffer.getvalue()


def _filtered(store, flt) -> nx.MultiDiGraph:
    """The filtered graph before writing, its lists still lists."""
    return apply_filter(read_graph(store), flt)


FILTERS = [ExportFilter(), ExportFilter(entities_only=True), ExportFilter(entity="Putin", depth=1),
           ExportFilter(entities_only=True, min_weight=2), ExportFilter(kinds={"confirmed", "denied"})]


@pytest.mark.parametrize("flt", FILTERS, ids=["whole", "entities", "ego", "min-weight", "kinds"])
def test_graphml_is_valid_against_the_xsd(seeds_store, schema, flt):
    _, data = _export(seeds_store, flt)
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log.last_error
    ids = [e.get("id") for e in document.iter(f"{GRAPHML}edge")]
    assert len(ids) == len(set(ids)) > 0 and None not in ids
    values = [d.text for d in document.iter(f"{GRAPHML}data")]
    assert "" not in values and None not in values


def test_nodes_are_named_and_typed(seeds_store):
    graph, data = _export(seeds_store)
    back = nx.read_graphml(io.BytesIO(data))
    putin = back.nodes["person:vladimir-putin"]
    assert putin["label"] == "Vladimir Putin" and putin["node_type"] == "Person"
    assert putin["labels"] == "Entity | Person"
    assert "aliases" not in putin or putin["aliases"].strip()
    types = {d["node_type"] for _, d in back.nodes(data=True)}
    assert types == {"Article", "Sentence", "Statement", "Person", "Organization", "Country", "Place"}
    statement = next(d for _, d in back.nodes(data=True) if d["node_type"] == "Statement")
    assert statement["label"] != "Statement" and statement["content"].startswith(statement["label"].rstrip("…"))
    # Typed keys: numbers and booleans are not strings.
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in etree.fromstring(data).iter(f"{GRAPHML}key")}
    assert keys[("node", "negated")] == "boolean" and keys[("node", "char_start")] == "long"
    assert keys[("edge", "troops")] == "long" and keys[("edge", "type")] == keys[("edge", "label")] == "string"
    assert {d["type"] for *_, d in back.edges(data=True)} >= {"SAID", "ABOUT", "IN", "DEPLOYED_TO", "MENTIONED_IN"}
    assert all(d["label"] == d["type"] for *_, d in back.edges(data=True))


def test_no_store_internal_attributes(seeds_store):
    graph, _ = _export(seeds_store)
    for node, data in graph.nodes(data=True):
        assert not str(data.get("title", "")).startswith(("Sentence_", "Statement_"))
        assert "id" not in data
        if data["node_type"] not in ("Person", "Organization", "Country", "Place"):
            assert "type" not in data
    for *_, data in graph.edges(data=True):
        assert set(data) >= {"type"}


def _as_neo4j_gives_them(rows, labelled: bool):
    """Rows as Neo4j returns them: only the properties kg wrote (kglite adds ``title`` to every
    node and ``type`` to every node and relationship)."""
    out = []
    for row in rows:
        props = dict(row["properties"])
        labels = set(row["labels"]) if labelled else set()
        if "Article" not in labels:
            props.pop("title", None)
        if "Entity" not in labels:
            props.pop("type", None)
        out.append({**row, "properties": props})
    return out


def test_same_file_from_either_store(seeds_store):
    nodes = seeds_store.read(cypher("export/nodes"))
    rels = seeds_store.read(cypher("export/relationships"))
    embedded, from_neo4j = io.BytesIO(), io.BytesIO()
    write_graph(build_graph(nodes, rels), embedded, "graphml")
    write_graph(build_graph(list(reversed(_as_neo4j_gives_them(nodes, True))),
                            list(reversed(_as_neo4j_gives_them(rels, False)))), from_neo4j, "graphml")
    assert embedded.getvalue() == from_neo4j.getvalue()


def test_round_trip_with_two_readers(seeds_store, tmp_path):
    import igraph
    graph, data = _export(seeds_store)
    path = tmp_path / "g.graphml"
    path.write_bytes(data)
    back = nx.read_graphml(path)
    [counts] = seeds_store.read("MATCH (n) WHERE NOT n:Name AND NOT n:KgMeta AND NOT n:Relation "
                                "WITH count(n) AS nodes MATCH (a)-[r]->(b) WHERE NOT a:Name AND NOT a:Relation AND NOT b:Relation "
                                "RETURN nodes, count(r) AS edges")
    assert (back.number_of_nodes(), back.number_of_edges()) == (counts["nodes"], counts["edges"])
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (counts["nodes"], counts["edges"])


def test_gexf(seeds_store):
    graph, data = _export(seeds_store, ExportFilter(entities_only=True), fmt="gexf")
    back = nx.read_gexf(io.BytesIO(data))
    assert back.number_of_edges() == graph.number_of_edges() and back.number_of_nodes() == graph.number_of_nodes()
    putin = back.nodes["person:vladimir-putin"]
    assert putin["label"] == "Vladimir Putin"
    edge = next(d for *_, d in back.edges(data=True) if d["relationship"] == "CO_MENTIONED")
    assert edge["label"] == "CO_MENTIONED" and edge["weight"] >= 1
    assert {d.get("type", "directed") for *_, d in back.edges(data=True)} == {"directed"}


def test_format_follows_extension_or_choice():
    assert export_format("a.graphml") == "graphml" and export_format("a.GEXF") == "gexf"
    assert export_format("-") == "graphml" and export_format("x.xml", "gexf") == "gexf"
    with pytest.raises(ExportError, match="cannot tell the format"):
        export_format("a.json")
    with pytest.raises(ExportError, match="unknown export format 'dot'"):
        export_format("a.graphml", "dot")


def test_awkward_characters_and_ids_survive(schema):
    nodes = [{"id": "person:o'brien & co", "labels": ["Entity", "Person"],
              "properties": {"name": 'A "quoted" & <odd> name\nnext line — Łódź', "aliases": ["x", "y"],
                             "role": ""}},
             {"id": "e2", "labels": ["Entity", "Place"], "properties": {"name": "Zürich", "aliases": []}}]
    rels = [{"source": "person:o'brien & co", "target": "e2", "type": "DEPLOYED_TO", "properties": {"troops": 5}}]
    buffer = io.BytesIO()
    write_graph(build_graph(nodes, rels), buffer, "graphml")
    assert schema.validate(etree.fromstring(buffer.getvalue())), schema.error_log.last_error
    back = nx.read_graphml(io.BytesIO(buffer.getvalue()))
    [node] = [d for _, d in back.nodes(data=True) if d["node_type"] == "Person"]
    assert node["name"] == 'A "quoted" & <odd> name\nnext line — Łódź' and node["aliases"] == "x | y"
    assert "role" not in node and "aliases" not in back.nodes["e2"]


def test_entities_only_aggregates_parallel_facts(seeds_store):
    whole = read_graph(seeds_store)
    deployments = [(s, t, d) for s, t, d in whole.edges(data=True) if d["type"] == "DEPLOYED_TO"]
    net = _filtered(seeds_store, ExportFilter(entities_only=True))
    assert {d["node_type"] for _, d in net.nodes(data=True)} <= {"Person", "Organization", "Country", "Place"}
    aggregated = [d for *_, d in net.edges(data=True) if d["type"] == "DEPLOYED_TO"]
    # Every deployment is counted once in exactly one aggregated edge, with its article.
    assert sum(d["count"] for d in aggregated) == len(deployments)
    for s, t, d in deployments:
        [edge] = [e for e in net.get_edge_data(s, t).values() if e["type"] == "DEPLOYED_TO"
                  and e["hypothetical"] == bool(d.get("hypothetical"))]
        assert d["article_file"] in edge["articles"]
        assert "text" not in edge and "troops" not in edge   # no one fact's attributes on the edge
    said = [d for *_, d in net.edges(data=True) if d["type"] == "STATEMENT_ABOUT"]
    assert said and all(d["count"] == len(d["statements"]) == d["weight"] for d in said)


def test_co_mentions_weights_and_min_weight(seeds_store):
    net = _filtered(seeds_store, ExportFilter(entities_only=True))
    co = [d for *_, d in net.edges(data=True) if d["type"] == "CO_MENTIONED"]
    assert co and all(d["weight"] == d["shared_articles"] == len(d["articles"]) for d in co)
    assert all(0 <= d["shared_sentences"] for d in co) and any(d["shared_sentences"] > 0 for d in co)
    assert any(d["shared_articles"] == 1 for d in co)
    pruned = _filtered(seeds_store, ExportFilter(entities_only=True, min_weight=2))
    kept = [d for *_, d in pruned.edges(data=True) if d["type"] == "CO_MENTIONED"]
    assert kept and all(d["shared_articles"] >= 2 for d in kept) and len(kept) < len(co)


def test_neighbourhood_is_not_the_whole_network(seeds_store):
    net = _filtered(seeds_store, ExportFilter(entities_only=True))
    ego = _filtered(seeds_store, ExportFilter(entities_only=True, entity="Putin", depth=1))
    assert "person:vladimir-putin" in ego and 1 < ego.number_of_nodes() < net.number_of_nodes() / 2
    story = _filtered(seeds_store, ExportFilter(entity="Putin", depth=1))
    whole = read_graph(seeds_store)
    assert 1 < story.number_of_nodes() < whole.number_of_nodes() / 2
    entities = {n for n, d in story.nodes(data=True) if "Entity" in d["labels"]}
    for node, data in story.nodes(data=True):
        if data["node_type"] == "Statement":
            assert data["speaker"] in entities and set(data.get("about", [])) <= entities
    with pytest.raises(LookupError, match="no entity named"):
        _export(seeds_store, ExportFilter(entity="Nobody Atall"))


def test_filters_by_kind_and_date(seeds_store):
    confirmed, _ = _export(seeds_store, ExportFilter(kinds={"confirmed"}))
    kinds = {d.get("kind") for _, d in confirmed.nodes(data=True) if d["node_type"] == "Statement"}
    assert kinds == {"confirmed"}
    dated, _ = _export(seeds_store, ExportFilter(since="2024-10-10", until="2024-10-31"))
    days = [d["date"] for _, d in dated.nodes(data=True) if d["node_type"] == "Statement"]
    assert days and all("2024-10-10" <= day <= "2024-10-31" for day in days)
