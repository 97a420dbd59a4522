"""One small interface over the two places a graph can live: kglite (embedded) and Neo4j."""
from __future__ import annotations

from typing import Any, Protocol

from kg.config import StoreSettings
from kg.errors import KgError


class StoreError(KgError):
    """A store problem with a one-line explanation for the user."""


class Store(Protocol):
    name: str

    def ensure_schema(self) -> None: ...

    def write(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        """Run ``cypher`` with ``$rows`` in one managed write transaction."""

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run ``cypher`` in a read-only transaction and return its rows."""

    def nodes(self) -> list[dict[str, Any]]:
        """Every node as ``{labels, properties}``: the properties kg wrote, none of the store's own."""

    def relationships(self) -> list[dict[str, Any]]:
        """Every relationship as ``{source, target, type, properties}`` (ends by id, or key for Name)."""

    def close(self) -> None: ...


def open_store(settings: StoreSettings) -> Store:
    if settings.neo4j is not None:
        from kg.store.neo4j_store import Neo4jStore
        return Neo4jStore(settings.neo4j)
    from kg.store.kglite_store import KgliteStore
    return KgliteStore(settings.db_path)
