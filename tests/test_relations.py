"""Tests of kg.relations: the finder's walk over a document by the types of its rules."""
import dataclasses

from kg import relation_rules
from kg.pipeline.components import entities_of
from kg.pipeline.extensions import SentenceOf
from kg.relations import RelationFinder


def _rels(doc):
    names = {e.id: e.name for e in doc.entities}
    return {(r.type, names[r.source], names[r.target], r.hypothetical) for r in doc.relations}


def test_sent_troops_to(extract_text):
    doc = extract_text("Officials said Belarus has sent 2,000 troops to Serbia for an exercise.")
    assert ("DEPLOYED_TO", "Belarus", "Serbia", False) in _rels(doc)
    assert next(r for r in doc.relations if r.type == "DEPLOYED_TO").troops == 2000


def test_speculation_is_hypothetical(extract_text):
    doc = extract_text("Analysts said Egypt could deploy troops to Sudan next year.")
    assert ("DEPLOYED_TO", "Egypt", "Sudan", True) in _rels(doc)
    assert "speculations" in doc.to_dict() and doc.to_dict()["relations"] == []


def test_treaty(extract_text):
    doc = extract_text("Kenya and Ethiopia signed a defence treaty in June.")
    assert ("SIGNED_AGREEMENT_WITH", "Ethiopia", "Kenya", False) in _rels(doc)


def test_deployment_day_is_resolved(extract_text):
    doc = extract_text("Officials said on Monday that Belarus sent troops to Serbia.", published="2024-10-30")
    assert next(r for r in doc.relations if r.type == "DEPLOYED_TO").date == "2024-10-28"


def _find(extractor, finder, text):
    doc = extractor.nlp(text)
    return finder.find(doc, entities_of(doc), SentenceOf(doc), "doc")


def test_a_finder_reads_only_the_types_it_is_given(extractor):
    text = "Belarus sent 2,000 troops to Serbia. Kenya and Ethiopia signed a defence treaty."
    rules = relation_rules.active()
    only = dataclasses.replace(rules, types={"DEPLOYED_TO": rules.types["DEPLOYED_TO"]})
    assert {r.type for r in _find(extractor, RelationFinder(), text)} >= {"DEPLOYED_TO", "SIGNED_AGREEMENT_WITH"}
    assert {r.type for r in _find(extractor, RelationFinder(only), text)} == {"DEPLOYED_TO"}


def test_negative_no_one_meets_the_country_whose_title_they_hold(extract_text):
    rels = _rels(extract_text("Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric "
                              "in Santiago on Monday."))
    assert ("HOLDS_ROLE", "Luiz Inacio Lula da Silva", "Brazil", False) in rels
    assert not any(t == "MET_WITH" and {"Brazil", "Luiz Inacio Lula da Silva"} <= {s, o} for t, s, o, _ in rels)
