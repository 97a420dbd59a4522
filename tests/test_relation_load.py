"""Relations in the graph: typed relationships for any valid type name, modality and claims."""
import pytest

from kg.load import load_documents, relation_edges_cypher
from kg.queries import library
from kg.schema import Article, Document, Entity, Relation, Sentence, Statement
from kg.store import StoreError
from kg.store.kglite_store import KgliteStore


def _document():
    article = Article(id="a1", file="a1.txt", text="", published="2025-03-02")
    entities = [Entity(id="country:ir", name="Iran", type="Country"),
                Entity(id="country:ye", name="Yemen", type="Country"),
                Entity(id="country:sa", name="Saudi Arabia", type="Country")]
    said = Statement(id="st:1", speaker="country:sa", kind="said", negated=False, content="Iran recruited ...",
                     content_start=20, content_end=60, sentence=0, start=10, end=14, cue="said")
    denied = Statement(id="st:2", speaker="country:ir", kind="denied", negated=False, content="recruiting ...",
                       content_start=70, content_end=90, sentence=0, start=62, end=68, cue="denied")
    base = dict(source="country:ir", target="country:ye", sentence=0, start=0, end=100, text="...")
    relations = [
        Relation(id="rel:1", type="RECRUITED", trigger="recruited", trigger_start=25, claimed_by=["st:1", "st:2"],
                 **base),
        Relation(id="rel:2", type="SUPPLIED", modality="planned", **base),
        Relation(id="rel:3", type="ATTACKED", negated=True, target="country:sa",
                 **{k: v for k, v in base.items() if k != "target"}),
    ]
    return Document(article=article, sentences=[Sentence(0, 0, 100, "...")], entities=entities,
                    statements=[said, denied], relations=relations)


@pytest.fixture
def store(tmp_path):
    s = KgliteStore(str(tmp_path / "g.kgl"))
    list(load_documents(s, [_document()]))
    yield s
    s.close()


def _ask(store, name, **params):
    q = library()[name]
    return store.read(q.text, q.bind({k: str(v) for k, v in params.items()}))


def test_a_type_from_a_rules_file_becomes_a_typed_relationship(store):
    rows = store.read("MATCH (a:Entity)-[r:RECRUITED]->(b:Entity) RETURN a.name AS a, b.name AS b, r.modality AS m")
    assert rows == [{"a": "Iran", "b": "Yemen", "m": "asserted"}]


def test_a_type_name_is_checked_before_it_reaches_cypher():
    with pytest.raises(StoreError, match="upper snake case"):
        relation_edges_cypher("X]->(b) DETACH DELETE b //")
    assert "-[:RECRUITED {" in relation_edges_cypher("RECRUITED")


def test_relations_question_filters_type_modality_and_negation(store):
    assert [r["type"] for r in _ask(store, "relations")] == ["RECRUITED"]
    everything = _ask(store, "relations", include_hypothetical="true", include_negated="true")
    assert [(r["type"], r["modality"], r["negated"]) for r in everything] == [
        ("ATTACKED", "asserted", True), ("RECRUITED", "asserted", False), ("SUPPLIED", "planned", False)]
    assert _ask(store, "relations", type="recruited", entity="Yemen")[0]["claimed"] is True
    assert _ask(store, "relations", entity="Saudi Arabia") == []


def test_claims_question_tells_who_asserts_and_who_disputes(store):
    rows = _ask(store, "claims")
    assert [(r["type"], r["source"], r["target"], r["stance"], r["claimant"]) for r in rows] == [
        ("RECRUITED", "Iran", "Yemen", "asserts", "Saudi Arabia"),
        ("RECRUITED", "Iran", "Yemen", "disputes", "Iran")]
    assert [r["claimant"] for r in _ask(store, "claims", entity="Saudi Arabia")] == ["Saudi Arabia"]


def test_negated_and_speculated_relations_are_kept_apart_in_the_extraction_file():
    raw = _document().to_dict()
    assert [r["id"] for r in raw["relations"]] == ["rel:1"]
    assert [r["id"] for r in raw["speculations"]] == ["rel:2"]
    assert [r["id"] for r in raw["negated_relations"]] == ["rel:3"]
    back = Document.from_dict(raw)
    assert [(r.id, r.modality, r.hypothetical, r.negated) for r in back.relations] == [
        ("rel:1", "asserted", False, False), ("rel:2", "planned", True, False), ("rel:3", "asserted", False, True)]
