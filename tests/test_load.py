import dataclasses

from kg.load import load_documents
from kg.queries import get
from kg.store.kglite_store import KgliteStore


def _stats(store):
    return store.read(get("stats").text, {})


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
    store.close()


def test_entities_have_type_labels(seeds_store):
    rows = seeds_store.read("MATCH (p:Person {name: 'Vladimir Putin'}) RETURN labels(p) AS labels")
    assert sorted(rows[0]["labels"]) == ["Entity", "Person"]
