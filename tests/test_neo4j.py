"""The same graph and the same answers from a real Neo4j 5 server as from the embedded store.

The server: the one named by NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE)
when set, else one started with testcontainers where a Docker engine answers; elsewhere these tests
are skipped with the reason. They delete everything in the database they are given: point them at
a scratch database (README: "Testing against your own Neo4j")."""
from __future__ import annotations

import json
import os

import pytest

from kg import queries
from kg.config import Neo4jSettings
from kg.load import load_documents
from kg.store import StoreError

NEO4J_IMAGE = "neo4j:5.26-community"
PASSWORD = "kg-test-password"


def _docker_reason() -> str | None:
    try:
        import docker
        docker.from_env().ping()
    except Exception as exc:  # any failure to reach an engine means: cannot run here
        return (f"no Neo4j server: NEO4J_URI is not set and no Docker engine answers ({type(exc).__name__}) "
                "for testcontainers")
    return None


_reason = None if os.environ.get("NEO4J_URI") else _docker_reason()
pytestmark = [pytest.mark.neo4j, pytest.mark.skipif(_reason is not None, reason=_reason or "")]


@pytest.fixture(scope="module")
def neo4j_settings():
    if os.environ.get("NEO4J_URI"):
        yield Neo4jSettings(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                            os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE") or None)
        return
    from testcontainers.neo4j import Neo4jContainer
    with Neo4jContainer(NEO4J_IMAGE, password=PASSWORD) as container:
        yield Neo4jSettings(container.get_connection_url(), "neo4j", PASSWORD)


@pytest.fixture
def neo4j_store(neo4j_settings):
    from kg.store.neo4j_store import Neo4jStore
    store = Neo4jStore(neo4j_settings)
    store.write("UNWIND $rows AS row MATCH (n) DETACH DELETE n", [{}])
    yield store
    store.close()


def _canonical(rows: list[dict]) -> list[str]:
    """Nodes or relationships as sorted JSON texts (a graph has no order; their lists keep theirs)."""
    return sorted(json.dumps({**row, **({"labels": sorted(row["labels"])} if "labels" in row else {})},
                             sort_keys=True) for row in rows)


def test_both_stores_hold_the_same_graph_and_give_the_same_rows(neo4j_store, seeds_store, seeds_documents,
                                                               sample_params, capfd):
    """The sample articles built into both stores: every node and relationship with every property
    equal, loading twice changes nothing, every canned question gives the very same rows in the
    same order, and the build printed nothing and drew no warning from the server."""
    list(load_documents(neo4j_store, seeds_documents))
    graph = (_canonical(neo4j_store.nodes()), _canonical(neo4j_store.relationships()))
    assert graph == (_canonical(seeds_store.nodes()), _canonical(seeds_store.relationships()))
    list(load_documents(neo4j_store, seeds_documents, batch_rows=3))
    assert (_canonical(neo4j_store.nodes()), _canonical(neo4j_store.relationships())) == graph
    for name, q in queries.library().items():
        values = q.bind(sample_params.get(name, {}))
        assert neo4j_store.read(q.text, values) == seeds_store.read(q.text, values), name
    assert neo4j_store.warnings == []
    assert capfd.readouterr().err == ""


def test_wrong_password_is_one_line(neo4j_settings):
    from kg.store.neo4j_store import Neo4jStore
    with pytest.raises(StoreError, match="wrong username or password$"):
        Neo4jStore(Neo4jSettings(neo4j_settings.uri, neo4j_settings.username, "not-the-password"))


def test_unknown_database_is_one_line(neo4j_settings):
    from kg.store.neo4j_store import Neo4jStore
    with pytest.raises(StoreError, match="no database named 'no-such-database' on this server$"):
        Neo4jStore(Neo4jSettings(neo4j_settings.uri, neo4j_settings.username, neo4j_settings.password,
                                 "no-such-database"))


def test_export_is_the_same_file_as_from_the_embedded_store(neo4j_store, seeds_store, seeds_documents):
    import io

    from kg.export import export_graph
    list(load_documents(neo4j_store, seeds_documents))
    from_neo4j, embedded = io.BytesIO(), io.BytesIO()
    export_graph(neo4j_store, from_neo4j)
    export_graph(seeds_store, embedded)
    assert from_neo4j.getvalue() == embedded.getvalue()


def test_view_reads_the_same_graph(neo4j_store, seeds_store, seeds_documents):
    """kg view's Cypher (cypher/view/) gives the same page data from both stores."""
    from kg.view import build_view
    list(load_documents(neo4j_store, seeds_documents))
    for kwargs in ({}, {"entity": "Putin", "depth": 1, "since": "2024-10-01", "co_mentions": True}):
        ours, theirs = build_view(seeds_store, **kwargs), build_view(neo4j_store, **kwargs)
        for part in ("entities", "statements", "relations"):
            assert _canonical(getattr(theirs, part)) == _canonical(getattr(ours, part)), part
        links = lambda view: sorted((l["from"], l["to"], l["kind"], len(l["items"])) for l in view.links)  # noqa: E731
        assert links(theirs) == links(ours)
