"""The same load and the same canned queries on a real Neo4j 5, started with testcontainers.

These run wherever a Docker engine answers; elsewhere they are skipped with the reason."""
from __future__ import annotations

import pytest

from kg import queries
from kg.config import Neo4jSettings
from kg.load import load_documents

NEO4J_IMAGE = "neo4j:5.26-community"


def _docker_reason() -> str | None:
    try:
        import docker
        docker.from_env().ping()
    except Exception as exc:  # any failure to reach an engine means: cannot run here
        return f"no Docker engine reachable ({type(exc).__name__}): Neo4j tests need testcontainers"
    return None


_reason = _docker_reason()
pytestmark = [pytest.mark.neo4j, pytest.mark.skipif(_reason is not None, reason=_reason or "")]


@pytest.fixture(scope="module")
def neo4j_store():
    from testcontainers.neo4j import Neo4jContainer

    from kg.store.neo4j_store import Neo4jStore
    with Neo4jContainer(NEO4J_IMAGE, password="kg-test-password") as container:
        store = Neo4jStore(Neo4jSettings(container.get_connection_url(), "neo4j", "kg-test-password"))
        yield store
        store.close()


def _stats(store):
    return queries.stats(store)


def test_load_is_idempotent_and_matches_the_embedded_store(neo4j_store, seeds_documents, seeds_store):
    list(load_documents(neo4j_store, seeds_documents))
    first = _stats(neo4j_store)
    list(load_documents(neo4j_store, seeds_documents, batch_rows=3))
    assert _stats(neo4j_store) == first
    assert first == _stats(seeds_store)


PARAMS = {"statements-by": {"entity": "Putin"}, "statements-about": {"entity": "North Korea"},
          "entity": {"entity": "Putin"}, "path": {"from": "Mark Rutte", "to": "Kim Jong Un"}}


def _normal(rows: list[dict]) -> list[str]:
    """Rows as comparable text; lists inside a row compared as sets (collect() has no order)."""
    def value(v):
        return sorted(map(repr, v)) if isinstance(v, list) else v
    return sorted(repr(sorted((k, value(v)) for k, v in row.items())) for row in rows)


@pytest.mark.parametrize("name", sorted(set(queries.library()) - {"path"}))
def test_canned_queries_give_the_same_rows(neo4j_store, seeds_store, seeds_documents, name):
    list(load_documents(neo4j_store, seeds_documents))
    q = queries.get(name)
    values = q.bind(PARAMS.get(name, {}))
    assert _normal(neo4j_store.read(q.text, values)) == _normal(seeds_store.read(q.text, values))


def test_path_has_the_same_length(neo4j_store, seeds_store, seeds_documents):
    """Several shortest paths may exist; both stores must find one of the same length."""
    list(load_documents(neo4j_store, seeds_documents))
    q = queries.get("path")
    values = q.bind(PARAMS["path"])
    assert neo4j_store.read(q.text, values)[0]["hops"] == seeds_store.read(q.text, values)[0]["hops"]


def test_wrong_password_is_one_clear_error(neo4j_store):
    from kg.store import StoreError
    from kg.store.neo4j_store import Neo4jStore
    with pytest.raises(StoreError, match="wrong username or password"):
        Neo4jStore(Neo4jSettings(neo4j_store.settings.uri, "neo4j", "not-the-password"))


def test_wrong_database_is_one_clear_error(neo4j_store):
    from kg.store import StoreError
    from kg.store.neo4j_store import Neo4jStore
    store = Neo4jStore(Neo4jSettings(neo4j_store.settings.uri, "neo4j", "kg-test-password", "nosuchdb"))
    with pytest.raises(StoreError, match="Neo4j: "):
        store.read("RETURN 1 AS x")
    store.close()


def test_export_is_the_same_file_as_from_the_embedded_store(neo4j_store, seeds_store, seeds_documents):
    import io

    from kg.export import export_graph
    list(load_documents(neo4j_store, seeds_documents))
    from_neo4j, embedded = io.BytesIO(), io.BytesIO()
    export_graph(neo4j_store, from_neo4j)
    export_graph(seeds_store, embedded)
    assert from_neo4j.getvalue() == embedded.getvalue()
