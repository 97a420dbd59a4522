from kg.store.kglite_store import literal_page

PAGED = "MATCH (n) RETURN n.id AS id ORDER BY id\nSKIP $skip LIMIT $limit\n"
UNION = ("CALL { MATCH (n) RETURN n.id AS id ORDER BY id LIMIT $skip + $limit }\n"
         "RETURN id ORDER BY id SKIP $skip LIMIT $limit")


def test_a_page_becomes_a_literal_top_and_a_slice():
    assert literal_page(PAGED, {"skip": 20, "limit": 10}) == ("MATCH (n) RETURN n.id AS id ORDER BY id\nLIMIT 30", 20)
    text, skip = literal_page(UNION, {"skip": 0, "limit": 5})
    assert (text.count("LIMIT 5"), "$skip" in text or "$limit" in text, skip) == (2, False, 0)


def test_anything_else_is_left_to_the_engine():
    for params in ({}, {"skip": "1 DETACH DELETE n", "limit": 10}, {"skip": 1.5, "limit": 10},
                   {"skip": True, "limit": 10}, {"skip": -1, "limit": 10}, {"skip": 0, "limit": None}):
        assert literal_page(PAGED, params) == (PAGED, 0)
    other = "MATCH (n) RETURN n LIMIT $limit"
    assert literal_page(other, {"skip": 0, "limit": 3}) == (other, 0)


def test_nodes_and_relationships_carry_only_what_kg_wrote(seeds_store):
    """kglite adds a title, a type and an id of its own; the graph as read has only kg's."""
    nodes = seeds_store.nodes()
    by_label = {}
    for node in nodes:
        by_label.setdefault(tuple(sorted(node["labels"])), []).append(node["properties"])
    assert all(set(p) == {"key"} for p in by_label[("Name",)])
    assert all("title" not in p and "type" not in p for p in by_label[("Statement",)] + by_label[("Sentence",)])
    person = next(p for p in by_label[("Entity", "Person")] if p["name"] == "Vladimir Putin")
    assert person["type"] == "Person" and "title" not in person
    assert all(set(p) >= {"id", "file"} for p in by_label[("Article",)])
    relationships = seeds_store.relationships()
    assert all("type" not in r["properties"] for r in relationships)
    assert {"putin", "vladimir putin"} <= {r["source"] for r in relationships if r["type"] == "NAME_OF"}
    assert seeds_store.read("MATCH ()-[r]->() RETURN count(r) AS n") == [{"n": len(relationships)}]
