"""A Neo4j server through the official driver: managed transactions, so the driver may retry."""
from __future__ import annotations

from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable, SessionExpired

from kg.config import Neo4jSettings
from kg.cypherfiles import statements
from kg.store import StoreError


class Neo4jStore:
    name = "neo4j"

    def __init__(self, settings: Neo4jSettings) -> None:
        self.settings = settings
        try:
            self.driver = GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password))
            self.driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"{settings.uri}: wrong username or password") from None
        except (ServiceUnavailable, SessionExpired, OSError):
            raise StoreError(f"{settings.uri}: no Neo4j server answers there") from None
        except ValueError as exc:
            raise StoreError(f"{settings.uri}: not a Neo4j URI ({exc})") from None
        except ClientError as exc:
            raise StoreError(f"{settings.uri}: {exc.message}") from None

    def _session(self, access: str) -> neo4j.Session:
        return self.driver.session(database=self.settings.database, default_access_mode=access)

    def _run(self, work, access: str):
        try:
            with self._session(access) as session:
                if access == neo4j.WRITE_ACCESS:
                    return session.execute_write(work)
                return session.execute_read(work)
        except (ServiceUnavailable, SessionExpired):
            raise StoreError(f"{self.settings.uri}: connection to Neo4j lost") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j: {exc.message}") from None

    def ensure_schema(self) -> None:
        for statement in statements("write/schema"):
            self._run(lambda tx, q=statement: tx.run(q).consume(), neo4j.WRITE_ACCESS)

    def write(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._run(lambda tx: tx.run(cypher, rows=rows).consume(), neo4j.WRITE_ACCESS)

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._run(lambda tx: tx.run(cypher, params or {}).data(), neo4j.READ_ACCESS)

    def close(self) -> None:
        self.driver.close()
