import networkx as nx

from kg.export import ExportFilter, build_graph, export_graphml


def test_round_trip_with_two_readers(seeds_store, tmp_path):
    import igraph
    path = tmp_path / "g.graphml"
    graph = export_graphml(seeds_store, str(path))
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes() > 100
    assert back.number_of_edges() == graph.number_of_edges() > 100
    # Everything but kg's bookkeeping: Name lookup nodes, their NAME_OF edges, the KgMeta record,
    # and the Relation nodes (with their IN edges) that repeat the relationships between entities.
    [counts] = seeds_store.read("MATCH (n) WHERE NOT n:Name AND NOT n:KgMeta AND NOT n:Relation "
                                "WITH count(n) AS nodes MATCH (a)-[r]->(b) WHERE NOT a:Name AND NOT a:Relation AND NOT b:Relation "
                                "RETURN nodes, count(r) AS edges")
    assert (back.number_of_nodes(), back.number_of_edges()) == (counts["nodes"], counts["edges"])
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (back.number_of_nodes(), back.number_of_edges())
    putin = next(d for _, d in back.nodes(data=True) if d.get("name") == "Vladimir Putin")
    assert putin["label"] == "Person"


def test_awkward_characters_survive(tmp_path):
    nodes = [{"id": "e1", "labels": ["Entity", "Person"],
              "properties": {"name": 'A "quoted" & <odd> name\nnext line — Łódź', "aliases": ["x", "y"]}},
             {"id": "e2", "labels": ["Entity", "Place"], "properties": {"name": "Zürich"}}]
    rels = [{"source": "e1", "target": "e2", "type": "DEPLOYED_TO", "properties": {"troops": 5}}]
    path = tmp_path / "odd.graphml"
    nx.write_graphml(build_graph(nodes, rels), path)
    back = nx.read_graphml(path)
    assert back.nodes["e1"]["name"] == 'A "quoted" & <odd> name\nnext line — Łódź'
    assert back.nodes["e1"]["aliases"] == "x | y"


def test_filters(seeds_store, tmp_path):
    whole = export_graphml(seeds_store, str(tmp_path / "a.graphml"))
    net = export_graphml(seeds_store, str(tmp_path / "b.graphml"), ExportFilter(entities_only=True))
    assert {d["label"] for _, d in net.nodes(data=True)} <= {"Person", "Organization", "Country", "Place"}
    assert any(d["type"] == "CO_MENTIONED" and d["weight"] >= 1 for *_, d in net.edges(data=True))
    ego = export_graphml(seeds_store, str(tmp_path / "c.graphml"), ExportFilter(entity="Putin", depth=1))
    assert 1 < ego.number_of_nodes() < whole.number_of_nodes()
    confirmed = export_graphml(seeds_store, str(tmp_path / "d.graphml"), ExportFilter(kinds={"confirmed"}))
    kinds = {d.get("kind") for _, d in confirmed.nodes(data=True) if d["label"] == "Statement"}
    assert kinds == {"confirmed"}
