"""How Neo4j failures reach the user, without a Neo4j server: URIs checked before the driver sees
them, real sockets on 127.0.0.1 (an unused port, an HTTP server, a server that never answers), the
driver's own retry loop against a port that went away, and the driver's own exceptions for what
only a server can say (tests/test_neo4j.py covers a real server where one is named or Docker works)."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from neo4j import GraphDatabase
from neo4j.addressing import Address
from neo4j.api import ServerInfo
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from kg.config import Neo4jSettings
from kg.store import StoreError
from kg.store.neo4j_store import ACCEPTED_SCHEMES, Neo4jStore, check_uri, driver_config


@pytest.mark.parametrize("uri,message", [
    ("localhost:7687", "not a Neo4j address (no scheme); use one of bolt://, bolt+s://"),
    ("localhost", "not a Neo4j address (no scheme)"),
    ("ftp://localhost:7687", "scheme ftp:// is not supported); use one of bolt://"),
    ("bolt+routing://db:7687", "scheme bolt+routing:// is not supported"),
    ("http://localhost:7474", "not HTTP (that address is Neo4j Browser's): use bolt://localhost:7687 or "
                              "neo4j://localhost:7687"),
    ("https://db.example:7473/browser/", "use bolt://db.example:7687 or neo4j://db.example:7687"),
    ("bolt://", "no host name"),
    ("bolt://db:port", "the port must be a number"),
])
def test_a_bad_uri_is_one_line_before_any_connection(uri, message):
    with pytest.raises(StoreError) as info:
        Neo4jStore(Neo4jSettings(uri))
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith(uri + ": ")


@pytest.mark.parametrize("scheme", ACCEPTED_SCHEMES)
def test_every_scheme_the_driver_speaks_is_accepted(scheme):
    uri = f"{scheme}://db.example:7687"
    assert check_uri(uri) == uri
    GraphDatabase.driver(uri, auth=("neo4j", "x"), **driver_config(Neo4jSettings(uri))).close()


def test_waits_are_bounded_and_the_server_is_asked_to_stay_quiet():
    config = driver_config(Neo4jSettings("bolt://db:7687"))
    assert config["connection_timeout"] <= 5 and config["connection_acquisition_timeout"] <= 10
    assert config["max_transaction_retry_time"] <= 5
    assert config["notifications_min_severity"] == "WARNING"
    assert {"HINT", "PERFORMANCE", "UNRECOGNIZED"} <= set(config["notifications_disabled_classifications"])
    assert driver_config(Neo4jSettings("bolt://db:7687", retry_seconds=30))["max_transaction_retry_time"] == 30


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Listener:
    """A TCP server on 127.0.0.1 that is not Neo4j: it answers like an HTTP server, or never."""

    def __init__(self, reply: bytes | None):
        self.reply, self.sock = reply, socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.sock.settimeout(0.2)
        self.port, self.open, self.clients = self.sock.getsockname()[1], True, []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.open:
            try:
                client, _ = self.sock.accept()
            except OSError:
                continue
            self.clients.append(client)
            if self.reply is not None:
                client.recv(64)
                client.sendall(self.reply)

    def close(self):
        self.open = False
        self.thread.join()
        for client in self.clients:
            client.close()
        self.sock.close()


def _fails_fast(uri: str, within: float, **settings) -> str:
    started = time.monotonic()
    with pytest.raises(StoreError) as info:
        Neo4jStore(Neo4jSettings(uri, **settings))
    assert time.monotonic() - started < within
    assert "\n" not in str(info.value)
    return str(info.value)


def test_nothing_listening_is_one_line_at_once():
    uri = f"bolt://127.0.0.1:{_unused_port()}"
    assert _fails_fast(uri, 3) == f"{uri}: no Neo4j server answers there (nothing listens on that port)"


def test_an_http_server_on_the_port_is_named():
    server = _Listener(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
    try:
        message = _fails_fast(f"bolt://127.0.0.1:{server.port}", 3)
    finally:
        server.close()
    assert "an HTTP server answers there, not Neo4j's Bolt port" in message


def test_a_server_that_never_answers_the_handshake_fails_within_the_timeout():
    server = _Listener(None)
    try:
        message = _fails_fast(f"bolt://127.0.0.1:{server.port}", 4 + 3, timeout_seconds=1)
    finally:
        server.close()
    assert "something other than Neo4j listens there" in message


def _store_without_server(uri: str, driver, **settings) -> Neo4jStore:
    """A store as if opened while the server answered (its constructor would refuse now)."""
    store = Neo4jStore.__new__(Neo4jStore)
    store.settings, store.driver, store.warnings = Neo4jSettings(uri, **settings), driver, []
    return store


def test_a_server_gone_mid_load_is_one_line_after_the_retry_time(capfd):
    """The driver's own retry loop, against a port where the server was: it gives up after the
    retry time, and neither its retry messages nor anything else reach stderr."""
    uri = f"bolt://127.0.0.1:{_unused_port()}"
    settings = Neo4jSettings(uri, retry_seconds=1, timeout_seconds=1)
    store = _store_without_server(uri, GraphDatabase.driver(uri, auth=("neo4j", "x"), **driver_config(settings)),
                                  retry_seconds=1, timeout_seconds=1)
    started = time.monotonic()
    with pytest.raises(StoreError) as info:
        store.write("UNWIND $rows AS row CREATE (:X {id: row.id})", [{"id": 1}])
    assert time.monotonic() - started < 6
    assert str(info.value) == (f"{uri}: connection to Neo4j lost (retried for 1 s); what was committed is kept, "
                               "a re-run completes it")
    store.close()
    assert capfd.readouterr().err == ""


class _Session:
    def __init__(self, error=None, summary=None):
        self.error, self.summary = error, summary

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute_write(self, work):
        if self.error:
            raise self.error
        return work(self)

    execute_read = execute_write

    def run(self, *args, **kwargs):
        return self

    def consume(self):
        return self.summary


class _Driver:
    def __init__(self, **session):
        self.session_args = session

    def session(self, **_):
        return _Session(**self.session_args)


@pytest.mark.parametrize("error", [SessionExpired("gone"), ServiceUnavailable("gone")])
def test_connection_lost_mid_load_is_one_line(error):
    store = _store_without_server("bolt://db.example:7687", _Driver(error=error))
    with pytest.raises(StoreError, match=r"^bolt://db.example:7687: connection to Neo4j lost \(retried for 5 s\)"):
        store.write("UNWIND $rows AS row MERGE (:X {id: row.id})", [{"id": 1}])


@pytest.mark.parametrize("code,message,expected", [
    ("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.",
     "bolt://db.example:7687: wrong username or password"),
    ("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'story'.",
     "bolt://db.example:7687: no database named 'story' on this server"),
    ("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'\n  line 1",
     "Neo4j: Invalid input 'MATC'"),
])
def test_what_the_server_refuses_is_one_line(code, message, expected):
    """The driver turns a server's failure into these exceptions (Neo4jError hydrates the code)."""
    error = Neo4jError._hydrate_neo4j(code=code, message=message)
    store = _store_without_server("bolt://db.example:7687", _Driver(error=error), database="story")
    with pytest.raises(StoreError) as info:
        store.read("RETURN 1 AS x")
    assert str(info.value) == expected


def _summary(*statuses):
    """A result summary as the driver makes one from the server's metadata."""
    from neo4j._work.summary import ResultSummary
    return ResultSummary(Address(("db.example", 7687)), True, True,
                         {"server": ServerInfo(Address(("db.example", 7687)), (5, 7)), "statuses": list(statuses)})


def test_warnings_the_server_still_sends_are_kept_in_one_line_each(caplog):
    status = {"gql_status": "01N00", "status_description": "warn: feature deprecated.\nUse CALL () { ... }",
              "neo4j_code": "Neo.ClientNotification.Statement.FeatureDeprecationWarning",
              "diagnostic_record": {"_severity": "WARNING", "_classification": "DEPRECATION"}}
    store = _store_without_server("bolt://db.example:7687", _Driver(summary=_summary(status)))
    with caplog.at_level("INFO", logger="kg.store.neo4j_store"):
        store.write("UNWIND $rows AS row CREATE (:X {id: row.id})", [{"id": 1}])
    assert store.warnings == ["01N00 warn: feature deprecated. Use CALL () { ... }"]
    assert "01N00" in caplog.text


def test_the_driver_packs_rows_with_the_rust_extension():
    """neo4j-rust-ext replaces the driver's Python packer for the rows sent to the server."""
    from neo4j._codec.packstream import v1
    assert v1._rust_pack is not None and v1._rust_unpack is not None


class _RecordingDriver:
    """Sessions that record the rows each write transaction received, and how many ran at once."""

    def __init__(self):
        self.written, self.running, self.most = [], 0, 0
        self.lock = threading.Lock()

    def session(self, **_):
        driver = self

        class Session(_Session):
            def execute_write(self, work):
                with driver.lock:
                    driver.running += 1
                    driver.most = max(driver.most, driver.running)
                time.sleep(0.05)
                work(self)
                with driver.lock:
                    driver.running -= 1

            def run(self, cypher, rows=None, **_):
                with driver.lock:
                    driver.written.append(rows)
                return self
        return Session(summary=_summary())


@pytest.mark.parametrize("parallel", [1, 3])
def test_disjoint_chunks_go_in_parallel_transactions(parallel):
    driver = _RecordingDriver()
    store = _store_without_server("bolt://db.example:7687", driver, parallel=parallel)
    chunks = [[{"id": i}] for i in range(6)]
    store.write_parallel("UNWIND $rows AS row CREATE (:X {id: row.id})", chunks)
    assert sorted(driver.written, key=lambda rows: rows[0]["id"]) == chunks
    assert driver.most == parallel
