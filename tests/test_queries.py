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


def test_timeline_lists_relations_of_every_type_beside_statements(seeds_store):
    rows = run(seeds_store, "timeline", limit=1000)
    events = {r["event"] for r in rows}
    assert {"statement", "DEPLOYED_TO"} <= events and len(events - {"statement", "DEPLOYED_TO"}) >= 2
    deployed = next(r for r in rows if r["event"] == "DEPLOYED_TO")
    assert deployed["what"].startswith("deployed to ")
    roles = [r for r in rows if r["event"] == "HOLDS_ROLE"]
    assert all(" of " in r["what"] for r in roles)
    assert [(r["date"], r["event"]) for r in rows] == sorted((r["date"], r["event"]) for r in rows)


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
    assert len(profile["co_mentioned"]) == 10 and profile["co_mentioned"][0].endswith("(5)")
    pairs = run(seeds_store, "co-mentions", limit=3)
    assert len(pairs) == 3 and pairs[0]["articles"] == 5
    path = run(seeds_store, "path", **{"from": "Mark Rutte", "to": "Kim Jong Un"})
    assert path[0]["path"][0] == "Mark Rutte" and path[0]["hops"] >= 2
    contra = run(seeds_store, "contradictions")
    assert any("Mark Rutte" in r["confirmed_by"] and "Vladimir Putin" in r["disputed_by"] for r in contra)


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
    before = queries.stats(seeds_store)
    assert run(seeds_store, "who-confirmed", entity="x'}) DETACH DELETE n //") == []
    assert queries.stats(seeds_store) == before


def test_canned_queries_cannot_write(seeds_store):
    with pytest.raises(StoreError):
        seeds_store.read("MATCH (n:Article) DETACH DELETE n")
    assert queries.stats(seeds_store)


def test_pages_follow_one_another(seeds_store):
    everything = run(seeds_store, "who-confirmed", limit=1000)
    assert len(everything) > 4
    assert run(seeds_store, "who-confirmed", limit=2) == everything[:2]
    assert run(seeds_store, "who-confirmed", limit=2, skip=2) == everything[2:4]
    with pytest.raises(queries.QueryError, match="limit: must be 0 or more"):
        queries.get("who-confirmed").bind({"limit": "-1"})


_PAIRS = """
MATCH (x:Entity)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(y:Entity)
WHERE x.id < y.id
WITH x, y, count(a) AS articles
WHERE articles >= 2
RETURN x.name AS entity_a, y.name AS entity_b, articles
ORDER BY articles DESC, entity_a, entity_b, x.id, y.id
"""


@pytest.mark.parametrize("skip,limit", [(0, 1), (0, 3), (2, 5), (0, 1000)])
def test_co_mentions_match_counting_every_pair(seeds_store, skip, limit):
    every_pair = seeds_store.read(_PAIRS)
    assert run(seeds_store, "co-mentions", skip=skip, limit=limit) == every_pair[skip:skip + limit]


def test_stats_counts_nodes_and_relationships(seeds_store):
    rows = queries.stats(seeds_store)
    assert {"kind": "node", "name": "Article", "count": 5} in rows
    kinds = {r["name"]: r["count"] for r in rows if r["kind"] == "relationship"}
    assert kinds["MENTIONED_IN"] > 0 and kinds["CO_MENTIONED"] > 0


_ARGS = {"statements-by": {"entity": "Putin"}, "statements-about": {"entity": "North Korea"}}
_PAGED = sorted(name for name, q in queries.library().items() if {"skip", "limit"} <= {p.name for p in q.params})


@pytest.mark.parametrize("name", _PAGED)
def test_pages_are_slices_of_the_whole_listing(seeds_store, name):
    """The embedded store reads a page as a literal top skip + limit (see kg.store.kglite_store):
    every page must be the slice that the engine's own SKIP and LIMIT give."""
    q = queries.get(name)

    def as_sent(skip, limit):   # the parameterised text, as Neo4j gets it, without kg's rewrite
        values = q.bind({**_ARGS.get(name, {}), "skip": str(skip), "limit": str(limit)})
        return seeds_store.graph.cypher(q.text, params=values).to_dicts()
    whole = as_sent(0, 1000)
    assert len(whole) >= 2, name
    for skip, limit in [(0, 1), (1, 2), (3, 4), (0, 1000), (len(whole), 5), (2, 0)]:
        page = run(seeds_store, name, skip=skip, limit=limit, **_ARGS.get(name, {}))
        assert page == whole[skip:skip + limit] == as_sent(skip, limit), (name, skip, limit)


# The same answers, read the long way: walking relationships instead of the Relation records and
# the statements' outlet properties.
_DEPLOYMENTS = """
MATCH (source:Entity)-[d:DEPLOYED_TO]->(target:Entity)
WHERE NOT d.negated
RETURN source.name AS source, target.name AS target, d.troops AS troops, d.hypothetical AS hypothetical,
       coalesce(d.date, d.article_published) AS date, d.article_file AS article, d.article_source AS outlet,
       d.text AS sentence
ORDER BY source, target, article, d.char_start, d.id
"""
_TIMELINE = """
CALL () {
  MATCH (st:Statement) WHERE st.date IS NOT NULL
  RETURN st.date AS date, 'statement' AS event, st.speaker_name AS who, st.kind AS what, st.content AS detail,
         st.id AS id
  UNION ALL
  MATCH (who:Entity)-[d]->(target:Entity)
  WHERE d.modality IS NOT NULL
  WITH who, d, target, coalesce(d.date, d.article_published) AS date
  WHERE date IS NOT NULL AND NOT d.hypothetical AND NOT d.negated
  RETURN date, type(d) AS event, who.name AS who,
         CASE WHEN d.title IS NULL THEN toLower(replace(type(d), '_', ' ')) + ' ' + target.name
              ELSE d.title + ' of ' + target.name END AS what,
         d.text AS detail, d.id AS id
}
RETURN date, event, who, what, detail
ORDER BY date, event, who, what, detail, id
"""
_SOURCES = """
MATCH (st:Statement)-[:REPORTED_BY|REPORTED]-(outlet:Entity)
RETURN outlet.name AS outlet, st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated,
       st.content AS content, st.article_file AS article
ORDER BY outlet, article, st.char_start, st.id
"""


def test_listings_agree_with_walking_the_relationships(seeds_store):
    assert run(seeds_store, "deployments", include_hypothetical="true", limit=1000) == seeds_store.read(_DEPLOYMENTS)
    assert run(seeds_store, "timeline", limit=1000) == seeds_store.read(_TIMELINE)
    assert run(seeds_store, "sources", limit=1000) == seeds_store.read(_SOURCES)


def test_a_statement_carried_by_two_outlets_is_listed_under_each(seeds_documents, tmp_path):
    from kg.load import load_documents
    from kg.store.kglite_store import KgliteStore

    doc = next(d for d in seeds_documents if any(st.reported_by for st in d.statements))
    carried = next(st for st in doc.statements if st.reported_by)
    second = next(e for e in doc.entities if e.type == "Organization" and e.id not in carried.reported_by)
    carried.reported_by = carried.reported_by + [second.id]
    try:
        store = KgliteStore(str(tmp_path / "g.kgl"))
        list(load_documents(store, seeds_documents))
        rows = run(store, "sources", limit=1000)
        assert rows == store.read(_SOURCES)
        mine = [r["outlet"] for r in rows if r["content"] == carried.content]
        assert second.name in mine and len(mine) == len(carried.reported_by)
        assert [r for r in run(store, "sources", outlet=second.name, limit=1000)
                if r["content"] == carried.content] == [r for r in rows if r["content"] == carried.content
                                                         and r["outlet"] == second.name]
        assert run(store, "sources", outlet="nobody at all") == []
        store.close()
    finally:
        carried.reported_by = carried.reported_by[:-1]


@pytest.mark.parametrize("name", sorted(queries.library()))
def test_rows_do_not_depend_on_the_order_things_were_stored(seeds_documents, seeds_store, tmp_path, name,
                                                            sample_params):
    """Every canned question has a total order (a unique tie-breaker last, lists inside values
    sorted, one chosen shortest path): a graph loaded in another order, in other batches, stores
    its nodes and relationships in another order, and must give the very same rows. This is what
    lets Neo4j and the embedded store answer alike."""
    from kg.load import load_documents
    from kg.store.kglite_store import KgliteStore
    store = KgliteStore(str(tmp_path / "reversed.kgl"))
    list(load_documents(store, _reversed_keeping_first_names(seeds_documents), batch_rows=3, docs_per_batch=1))
    q = queries.get(name)
    values = q.bind(sample_params.get(name, {}))
    expected = seeds_store.read(q.text, values)
    assert expected, name
    assert store.read(q.text, values) == expected
    store.close()


def _reversed_keeping_first_names(documents):
    """The documents, and the sentences, entities, statements and relations of each, in reverse
    order. An entity keeps the name and role its first article gave it (by design), so each entity
    is given those of its first article in the original order: the graph is the same, only stored
    in another order."""
    import dataclasses
    first = {}
    for doc in documents:
        for e in doc.entities:
            first.setdefault(e.id, (e.name, e.role))
    # The name an article gave stays one of the entity's aliases, as it does in any load.
    return [dataclasses.replace(doc, entities=[dataclasses.replace(e, name=first[e.id][0], role=first[e.id][1],
                                                                   aliases=e.aliases + [e.name])
                                               for e in reversed(doc.entities)],
                                sentences=doc.sentences[::-1], statements=doc.statements[::-1],
                                relations=doc.relations[::-1])
            for doc in reversed(documents)]
