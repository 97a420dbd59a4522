import pytest

from kg import queries
from kg.store import StoreError


def run(store, name, **params):
    q = queries.get(name)
    return store.read(q.text, q.bind({k: str(v) for k, v in params.items()}))


def test_who_confirmed(seeds_store):
    rows = run(seeds_store, "who-confirmed")
    rutte = [r for r in rows if r["speaker"] == "Mark Rutte"]
    assert rutte and not rutte[0]["negated"] and "deployment" in rutte[0]["content"]
    assert any(r["speaker"] == "Vladimir Putin" and r["negated"] for r in rows)


def test_who_denied(seeds_store):
    rows = run(seeds_store, "who-denied")
    assert any(r["speaker"] == "Vladimir Putin" and r["kind"] == "denied" and r["negated"] for r in rows)
    assert any(r["speaker"] == "Kremlin" and "fake news" in r["content"] for r in rows)
    assert all(r["speaker"] != "Mark Rutte" for r in rows)


def test_filters_by_entity_and_date(seeds_store):
    assert {r["speaker"] for r in run(seeds_store, "who-confirmed", entity="Rutte")} == {"Mark Rutte"}
    dated = run(seeds_store, "timeline", since="2024-10-29", until="2024-10-29")
    assert dated and all(r["date"] == "2024-10-29" for r in dated)


def test_statements_by_and_about(seeds_store):
    by = run(seeds_store, "statements-by", entity="Putin")
    assert {r["kind"] for r in by} >= {"denied", "confirmed", "acknowledged"}
    about = run(seeds_store, "statements-about", entity="North Korea")
    assert len({r["speaker"] for r in about}) >= 5


def test_deployments_and_sources(seeds_store):
    rows = run(seeds_store, "deployments")
    assert ("North Korea", "Russia") in {(r["source"], r["target"]) for r in rows}
    assert all(not r["hypothetical"] for r in rows)
    assert len(run(seeds_store, "deployments", include_hypothetical="true")) > len(rows)
    outlets = {r["outlet"] for r in run(seeds_store, "sources")}
    assert {"Al Jazeera", "Yonhap"} <= outlets


def test_entity_comentions_path_contradictions(seeds_store):
    profile = run(seeds_store, "entity", entity="Putin")[0]
    assert profile["type"] == "Person" and len(profile["articles"]) == 5
    pairs = run(seeds_store, "co-mentions", limit=3)
    assert len(pairs) == 3 and pairs[0]["articles"] == 5
    path = run(seeds_store, "path", **{"from": "Mark Rutte", "to": "Kim Jong Un"})
    assert path[0]["path"][0] == "Mark Rutte" and path[0]["hops"] >= 2
    contra = run(seeds_store, "contradictions")
    assert any(r["confirmed_by"] == "Mark Rutte" and r["disputed_by"] == "Vladimir Putin" for r in contra)


def test_parameters_are_typed_and_checked():
    q = queries.get("who-confirmed")
    assert q.bind({"since": "2024-10-01"})["since"] == "2024-10-01"
    with pytest.raises(queries.QueryError, match="not a valid date"):
        q.bind({"since": "yesterday"})
    with pytest.raises(queries.QueryError, match="valid: entity, since, until"):
        q.bind({"who": "x"})
    with pytest.raises(queries.QueryError, match="valid: "):
        queries.get("nope")


def test_injection_is_inert(seeds_store):
    before = run(seeds_store, "stats")
    assert run(seeds_store, "who-confirmed", entity="x'}) DETACH DELETE n //") == []
    assert run(seeds_store, "stats") == before


def test_canned_queries_cannot_write(seeds_store):
    with pytest.raises(StoreError):
        seeds_store.read("MATCH (n:Article) DETACH DELETE n")
    assert run(seeds_store, "stats")
