"""How Neo4j failures reach the user, with the driver's own exceptions raised by a stand-in session
(no server runs here; tests/test_neo4j.py covers a real one where Docker works)."""
import pytest
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from kg.config import Neo4jSettings
from kg.store import StoreError
from kg.store.neo4j_store import Neo4jStore


class _Session:
    def __init__(self, error):
        self.error = error

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute_write(self, work):
        raise self.error

    execute_read = execute_write


class _Driver:
    def __init__(self, error):
        self.error = error

    def session(self, **_):
        return _Session(self.error)


@pytest.mark.parametrize("error", [SessionExpired("gone"), ServiceUnavailable("gone")])
def test_connection_lost_mid_load_is_one_line(error):
    store = Neo4jStore.__new__(Neo4jStore)
    store.settings = Neo4jSettings("bolt://db.example:7687")
    store.driver = _Driver(error)
    with pytest.raises(StoreError) as info:
        store.write("UNWIND $rows AS row MERGE (:X {id: row.id})", [{"id": 1}])
    assert str(info.value) == "bolt://db.example:7687: connection to Neo4j lost"
