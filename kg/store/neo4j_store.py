"""A Neo4j server through the official driver: managed transactions, so the driver may retry.

Quiet: the server is asked for warnings only, without the classifications that are noise for a
graph kg writes itself (see ``QUIET``); the warnings that still come are kept in ``warnings``
(one line each) and logged at INFO on ``kg.store.neo4j_store``, for the caller to summarise. Failures are
one-line ``StoreError``s within seconds: the driver's connection, handshake and retry times are
bounded by ``Neo4jSettings.timeout_seconds`` and ``retry_seconds``.
"""
from __future__ import annotations

import logging
import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import (AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable,
                              SessionExpired)

from kg.config import Neo4jSettings
from kg.cypherfiles import load as cypher, statements
from kg.store import StoreError

log = logging.getLogger(__name__)
# The driver logs retries and server notifications as warnings; with no handler configured,
# Python's last-resort handler would print them on stderr. A NullHandler keeps them in the logging
# system (an application that configures logging still sees them) without printing by itself.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

ACCEPTED_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
# Warnings only; and not these classifications: HINT and PERFORMANCE are advice on query plans,
# UNRECOGNIZED names labels or properties a fresh database does not have yet and aggregations that
# skip nulls (01G11), both of which kg's Cypher does on purpose.
QUIET = {"notifications_min_severity": "WARNING",
         "notifications_disabled_classifications": ["HINT", "PERFORMANCE", "UNRECOGNIZED"]}
# Code of the server's "database does not exist" error.
_NO_DATABASE = "Neo.ClientError.Database.DatabaseNotFound"


def check_uri(uri: str) -> str:
    """``uri`` if it is a Bolt address the driver can use, else a one-line ``StoreError`` saying why."""
    accepted = ", ".join(f"{s}://" for s in ACCEPTED_SCHEMES)
    parts = urlsplit(uri)
    scheme = parts.scheme.lower() if "://" in uri else ""
    if scheme in ("http", "https"):
        raise StoreError(f"{uri}: kg talks to Neo4j over Bolt, not HTTP (that address is Neo4j Browser's): "
                         f"use bolt://{parts.hostname or 'localhost'}:7687 or neo4j://{parts.hostname or 'localhost'}:7687")
    if scheme not in ACCEPTED_SCHEMES:
        what = f"scheme {scheme}:// is not supported" if scheme else "no scheme"
        raise StoreError(f"{uri}: not a Neo4j address ({what}); use one of {accepted}, e.g. bolt://localhost:7687")
    if not parts.hostname:
        raise StoreError(f"{uri}: no host name (e.g. bolt://localhost:7687)")
    try:
        parts.port
    except ValueError:
        raise StoreError(f"{uri}: the port must be a number from 1 to 65535 (e.g. bolt://localhost:7687)") from None
    return uri


def driver_config(settings: Neo4jSettings) -> dict[str, Any]:
    """The driver settings kg uses: bounded waits (connecting, the Bolt handshake, retries) and
    quiet notifications."""
    return {"connection_timeout": settings.timeout_seconds,
            # Also bounds the wait for the Bolt handshake: a server that is not Neo4j may never answer.
            "connection_acquisition_timeout": settings.timeout_seconds + 3,
            "max_transaction_retry_time": settings.retry_seconds,
            **QUIET}


def connection_error(uri: str, exc: Exception) -> StoreError:
    """One line for why no Bolt conversation could be had with ``uri``."""
    causes = list(_chain(exc))
    text = " ".join(str(e) for e in causes)
    if any(isinstance(e, socket.gaierror) for e in causes):
        return StoreError(f"{uri}: unknown host")
    if any(isinstance(e, ConnectionRefusedError) for e in causes):
        return StoreError(f"{uri}: no Neo4j server answers there (nothing listens on that port)")
    # The driver says these in words only.
    if "looks like HTTP" in text:
        return StoreError(f"{uri}: an HTTP server answers there, not Neo4j's Bolt port (usually 7687)")
    if "handshake" in text.lower():
        return StoreError(f"{uri}: something other than Neo4j listens there (no Bolt handshake)")
    return StoreError(f"{uri}: no Neo4j server answers there")


def _chain(exc: BaseException | None):
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


class Neo4jStore:
    name = "neo4j"

    def __init__(self, settings: Neo4jSettings) -> None:
        self.settings = settings
        self.warnings: list[str] = []
        check_uri(settings.uri)
        try:
            self.driver = GraphDatabase.driver(settings.uri, auth=(settings.username, settings.password),
                                               **driver_config(settings))
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"{settings.uri}: {str(exc).splitlines()[0]}") from None
        try:
            # A read on the chosen database: address, credentials and database in one round trip.
            with self._session(neo4j.READ_ACCESS) as session:
                session.run(cypher("read/ping")).consume()
        except (Neo4jError, DriverError, OSError) as exc:
            self.driver.close()
            raise self._translate(exc) from None

    def _translate(self, exc: Exception) -> StoreError:
        uri = self.settings.uri
        if isinstance(exc, AuthError):
            return StoreError(f"{uri}: wrong username or password")
        if isinstance(exc, Neo4jError) and exc.code == _NO_DATABASE:
            return StoreError(f"{uri}: no database named {self.settings.database!r} on this server")
        if isinstance(exc, Neo4jError):
            return StoreError(f"Neo4j: {str(exc.message).splitlines()[0]}")
        if isinstance(exc, SessionExpired):
            return StoreError(f"{uri}: connection to Neo4j lost")
        return connection_error(uri, exc)

    def _session(self, access: str) -> neo4j.Session:
        return self.driver.session(database=self.settings.database, default_access_mode=access)

    def _run(self, work, access: str):
        try:
            with self._session(access) as session:
                if access == neo4j.WRITE_ACCESS:
                    return session.execute_write(work)
                return session.execute_read(work)
        except (Neo4jError, DriverError, OSError) as exc:
            raise self._lost(exc) from None

    def _lost(self, exc: Exception) -> StoreError:
        """Mid-work, an unreachable server is a lost connection: it answered when the store opened."""
        if isinstance(exc, (ServiceUnavailable, SessionExpired, OSError)):
            return StoreError(f"{self.settings.uri}: connection to Neo4j lost (retried for "
                              f"{self.settings.retry_seconds:g} s); what was committed is kept, a re-run completes it")
        return self._translate(exc)

    def _keep_warnings(self, summary: neo4j.ResultSummary) -> None:
        for status in summary.gql_status_objects:
            if status.is_notification:
                line = f"{status.gql_status} {status.status_description}".replace("\n", " ")
                self.warnings.append(line)
                log.info("Neo4j: %s", line)

    def ensure_schema(self) -> None:
        for statement in statements("write/schema"):
            self._run(lambda tx, q=statement: self._keep_warnings(tx.run(q).consume()), neo4j.WRITE_ACCESS)

    def write(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._run(lambda tx: self._keep_warnings(tx.run(cypher, rows=rows).consume()), neo4j.WRITE_ACCESS)

    def write_parallel(self, cypher: str, chunks: list[list[dict[str, Any]]]) -> None:
        """Write ``chunks`` in parallel transactions, one per chunk (up to ``settings.parallel`` at
        once): only for chunks that touch disjoint nodes, or the transactions would wait on each
        other's locks. A chunk that fails stops the rest; those committed stay."""
        if self.settings.parallel <= 1 or len(chunks) <= 1:
            for chunk in chunks:
                self.write(cypher, chunk)
            return
        with ThreadPoolExecutor(self.settings.parallel) as pool:
            for done in [pool.submit(self.write, cypher, chunk) for chunk in chunks]:
                done.result()

    def read(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        def work(tx):
            result = tx.run(cypher, params or {})
            rows = result.data()
            self._keep_warnings(result.consume())
            return rows
        return self._run(work, neo4j.READ_ACCESS)

    def nodes(self) -> list[dict[str, Any]]:
        """Every node's labels and properties."""
        return self.read(cypher("read/nodes"))

    def relationships(self) -> list[dict[str, Any]]:
        """Every relationship's ends, type and properties."""
        return self.read(cypher("read/relationships"))

    def close(self) -> None:
        self.driver.close()
