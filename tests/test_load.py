import dataclasses

from kg.load import load_documents
from kg.queries import stats
from kg.store.kglite_store import KgliteStore


def _stats(store):
    return stats(store)


def test_loading_twice_changes_nothing(seeds_documents, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    list(load_documents(store, seeds_documents))
    first = _stats(store)
    list(load_documents(store, seeds_documents, batch_rows=7, docs_per_batch=2))
    assert _stats(store) == first
    store.close()
    reopened = KgliteStore(str(tmp_path / "g.kgl"))
    assert _stats(reopened) == first
    reopened.close()


def test_changed_article_replaces_only_its_own_facts(seeds_documents, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    list(load_documents(store, seeds_documents))
    before = store.read("MATCH (s:Statement) RETURN count(s) AS n")[0]["n"]
    old = seeds_documents[0]
    changed = dataclasses.replace(old, article=dataclasses.replace(old.article, id="changed0001"),
                                  statements=old.statements[:1])
    changed.statements = [dataclasses.replace(old.statements[0], id="st:new")]
    list(load_documents(store, [changed]))
    after = store.read("MATCH (s:Statement) RETURN count(s) AS n")[0]["n"]
    assert after == before - len(old.statements) + 1
    files = store.read("MATCH (a:Article {file: $f}) RETURN a.id AS id", {"f": old.article.file})
    assert files == [{"id": "changed0001"}]
    others = store.read("MATCH (s:Statement) WHERE s.article <> $id RETURN count(s) AS n", {"id": "changed0001"})
    assert others[0]["n"] == before - len(old.statements)
    # The old text's relations go, as records and as relationships; the new text's (the same
    # facts here) come in, and records and relationships still agree.
    count = "MATCH (f:Relation {article: $id}) RETURN count(f) AS n"
    assert store.read(count, {"id": old.article.id}) == [{"n": 0}]
    assert store.read(count, {"id": "changed0001"}) == [{"n": len(old.relations)}] != [{"n": 0}]
    records = store.read("MATCH (f:Relation) RETURN f.id AS id, f.article AS article ORDER BY id")
    edges = store.read("MATCH (:Entity)-[r]->(:Entity) WHERE r.article IS NOT NULL RETURN r.id AS id, r.article AS article "
                       "ORDER BY id")
    assert records == edges and len(records) == sum(len(d.relations) for d in seeds_documents)
    store.close()


def test_entities_have_type_labels(seeds_store):
    rows = seeds_store.read("MATCH (p:Person {name: 'Vladimir Putin'}) RETURN labels(p) AS labels")
    assert sorted(rows[0]["labels"]) == ["Entity", "Person"]


def test_a_killed_writer_leaves_the_last_complete_load(seeds_jsonl, seeds_store, tmp_path):
    """The writer dies without closing (as under kill -9): what it committed is there, and the
    file opens for the next writer."""
    import subprocess
    import sys
    db = tmp_path / "killed.kgl"
    code = ("import json, os\n"
            "from kg.schema import Document\nfrom kg.load import load_documents\n"
            "from kg.store.kglite_store import KgliteStore\n"
            f"docs = [Document.from_dict(json.loads(l)) for l in open({str(seeds_jsonl)!r})]\n"
            f"store = KgliteStore({str(db)!r})\n"
            "list(load_documents(store, docs))\n"
            "os._exit(9)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    reopened = KgliteStore(str(db))
    try:
        assert _stats(reopened) == _stats(seeds_store)
    finally:
        reopened.close()


def test_interrupted_load_rerun_equals_uninterrupted(seeds_documents, seeds_store, tmp_path):
    store = KgliteStore(str(tmp_path / "partial.kgl"))
    batches = load_documents(store, seeds_documents, docs_per_batch=2)
    next(batches)                       # one batch written, then the run stops
    batches.close()
    list(load_documents(store, seeds_documents))
    assert _stats(store) == _stats(seeds_store)
    store.close()


def test_uniqueness_constraints_are_enforced(seeds_store):
    import kglite
    import pytest
    with pytest.raises(kglite.ConstraintViolationError):
        seeds_store.write("UNWIND $rows AS row CREATE (:Entity {id: row.id})", [{"id": "person:vladimir-putin"}])
    assert seeds_store.read("MATCH (e:Entity {id: 'person:vladimir-putin'}) RETURN count(e) AS n") == [{"n": 1}]


_PAIR_COUNTS = """
MATCH (x:Entity)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(y:Entity)
WHERE x.id < y.id
WITH x, y, count(a) AS articles
WHERE articles >= 2
RETURN x.id AS x, y.id AS y, articles ORDER BY x, y
"""
_EDGES = "MATCH (x:Entity)-[c:CO_MENTIONED]->(y:Entity) RETURN x.id AS x, y.id AS y, c.articles AS articles ORDER BY x, y"
_PEAKS = """
MATCH (e:Entity) OPTIONAL MATCH (e)-[c:CO_MENTIONED]-(:Entity)
WITH e, max(c.articles) AS expected RETURN e.id AS id, expected, e.co_mention_peak AS peak
"""


# Contradictions counted from every statement, as the stored sides must say.
_CONTESTED = """
MATCH (st:Statement)
WHERE st.kind IN ['confirmed', 'acknowledged', 'denied'] AND size(st.about) > 0
WITH st, CASE WHEN st.kind = 'denied' OR (st.kind = 'confirmed' AND st.negated) THEN 'disputed'
              WHEN NOT st.negated THEN 'confirmed' END AS side
WHERE side IS NOT NULL
UNWIND st.about AS topic_id
WITH topic_id,
     collect(DISTINCT CASE WHEN side = 'confirmed' THEN st.speaker_name END) AS confirmers,
     collect(DISTINCT CASE WHEN side = 'disputed' THEN st.speaker_name END) AS disputers,
     sum(CASE WHEN side = 'confirmed' THEN 1 ELSE 0 END) AS confirmations,
     sum(CASE WHEN side = 'disputed' THEN 1 ELSE 0 END) AS disputes,
     min(CASE WHEN side = 'confirmed' THEN st.content END) AS confirmed,
     min(CASE WHEN side = 'disputed' THEN st.content END) AS disputed
WHERE any(c IN confirmers WHERE NOT c IN disputers) AND size(disputers) > 0
   OR any(d IN disputers WHERE NOT d IN confirmers) AND size(confirmers) > 0
MATCH (topic:Entity {id: topic_id})
RETURN topic.name AS topic, confirmations, confirmers AS confirmed_by, confirmed,
       disputes, disputers AS disputed_by, disputed
ORDER BY topic
"""
_STORED_CONTESTED = """
MATCH (topic:Entity) WHERE topic.contested
RETURN topic.name AS topic, topic.confirmations AS confirmations, topic.confirmed_by AS confirmed_by,
       topic.confirmed_example AS confirmed, topic.disputes AS disputes, topic.disputed_by AS disputed_by,
       topic.disputed_example AS disputed
ORDER BY topic
"""


def _sets(rows):
    return [{k: sorted(v) if isinstance(v, list) else v for k, v in row.items()} for row in rows]


def _derived_data_is_exact(store):
    assert store.read(_EDGES) == store.read(_PAIR_COUNTS) != []
    assert all(row["expected"] == row["peak"] for row in store.read(_PEAKS))
    assert _sets(store.read(_STORED_CONTESTED)) == _sets(store.read(_CONTESTED)) != []


def test_co_mentions_follow_replaced_articles(seeds_documents, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    list(load_documents(store, seeds_documents, docs_per_batch=2))
    _derived_data_is_exact(store)
    # The same file with new text that names only its first two entities: the old pairs fade.
    old = max(seeds_documents, key=lambda d: len(d.statements))
    changed = dataclasses.replace(old, article=dataclasses.replace(old.article, id="changed0002"),
                                  entities=old.entities[:2], statements=[], relations=[])
    list(load_documents(store, [changed]))
    _derived_data_is_exact(store)
    store.close()


def test_a_load_cut_short_is_completed_by_the_next(seeds_documents, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    loading = load_documents(store, seeds_documents, docs_per_batch=2)
    for _ in range(3):   # every batch written, the final rebuild of derived data never reached
        next(loading)
    loading.close()
    assert store.read("MATCH (e:Entity) WHERE e.derived_stale RETURN count(e) AS n")[0]["n"] > 0
    list(load_documents(store, []))   # e.g. a kg build that finds every article already loaded
    _derived_data_is_exact(store)
    assert store.read("MATCH (e:Entity) WHERE e.derived_stale RETURN count(e) AS n")[0]["n"] == 0
    store.close()


def test_a_replaced_article_takes_its_relations_along(seeds_documents, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    list(load_documents(store, seeds_documents))
    old = next(d for d in seeds_documents if d.relations)
    rewritten = dataclasses.replace(old, article=dataclasses.replace(old.article, id="rewritten01"),
                                    relations=[])
    list(load_documents(store, [rewritten]))
    edges = store.read("MATCH (:Entity)-[r]->(:Entity) WHERE r.article IS NOT NULL RETURN r.id AS id, r.article AS article "
                       "ORDER BY id")
    records = store.read("MATCH (f:Relation) RETURN f.id AS id, f.article AS article ORDER BY id")
    assert edges == records
    assert len(edges) == sum(len(d.relations) for d in seeds_documents) - len(old.relations)
    assert all(row["article"] != old.article.id for row in edges)
    store.close()


def test_a_second_load_skips_every_loaded_article(seeds_documents, seeds_store, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    first = list(load_documents(store, seeds_documents))
    assert sum(c.skipped for c in first) == 0 and sum(c.rows for c in first) > 0
    again = list(load_documents(store, seeds_documents + seeds_documents[:1]))
    assert sum(c.documents for c in again) == len(seeds_documents) + 1
    assert sum(c.skipped for c in again) == len(seeds_documents) + 1
    assert sum(c.rows for c in again) == 0
    assert _stats(store) == _stats(seeds_store)
    store.close()


def test_a_document_given_twice_is_written_once(seeds_documents, seeds_store, tmp_path):
    store = KgliteStore(str(tmp_path / "g.kgl"))
    counts = list(load_documents(store, seeds_documents + seeds_documents, docs_per_batch=3))
    assert sum(c.skipped for c in counts) == len(seeds_documents)
    assert _stats(store) == _stats(seeds_store)
    store.close()


class _Failing:
    """A store that fails on its ``fail_at``-th write, as a lost connection would, after the
    earlier writes were committed."""

    def __init__(self, store, fail_at):
        self.store, self.fail_at, self.writes = store, fail_at, 0

    def __getattr__(self, name):
        return getattr(self.store, name)

    def write(self, cypher, rows):
        self.writes += 1
        if self.writes == self.fail_at:
            from kg.store import StoreError
            raise StoreError("connection lost")
        self.store.write(cypher, rows)


def test_a_load_cut_inside_a_batch_is_completed_by_the_next(seeds_documents, seeds_store, tmp_path):
    """Whatever write the load dies at, what was committed is consistent, and loading the same
    documents again gives the graph an uninterrupted load gives (articles left incomplete are
    written again, not skipped)."""
    import pytest

    from kg import queries
    from kg.store import StoreError
    whole = [(q.text, q.bind({"entity": "Putin"} if "entity" in {p.name for p in q.params if p.required} else
                             {"from": "Mark Rutte", "to": "Kim Jong Un"} if q.name == "path" else {}))
             for q in queries.library().values()]
    for fail_at in (4, 7, 10, 12):
        store = KgliteStore(str(tmp_path / f"cut{fail_at}.kgl"))
        with pytest.raises(StoreError):
            list(load_documents(_Failing(store, fail_at), seeds_documents))
        list(load_documents(store, seeds_documents))
        assert _stats(store) == _stats(seeds_store), fail_at
        assert [store.read(text, values) for text, values in whole] == \
               [seeds_store.read(text, values) for text, values in whole], fail_at
        store.close()
