"""Tests of kg.relation_modality: whether a relation happened, and whose claim it is."""
from test_relations import _rels


def test_a_verb_joined_to_a_planned_one_is_planned_too(extract_text):
    rels = _rels(extract_text("Japan will train Vietnamese coast guard officers and provide Vietnam with patrol boats."))
    assert ("SUPPLIED", "Japan", "Vietnam", True) in rels


def test_negative_a_finite_verb_joined_to_an_infinitive_states_a_fact(extract_text):
    rels = _rels(extract_text("Kenya and Ethiopia agreed to cut tariffs and signed a defence pact."))
    assert ("SIGNED_AGREEMENT_WITH", "Ethiopia", "Kenya", False) in rels


def test_negative_a_verb_that_names_something_asks_for_nothing(extract_text):
    rels = _rels(extract_text("The United States has deployed a Typhon missile system to the Philippines for exercises, "
                              "a move China has called destabilising."))
    assert ("DEPLOYED_TO", "United States", "Philippines", False) in rels


def test_a_speculation_about_a_fact_adds_nothing(extract_text):
    doc = extract_text("Germany has deployed a brigade to Lithuania and could send more troops to Lithuania next year.")
    assert ("DEPLOYED_TO", "Germany", "Lithuania", False) in _rels(doc)
    assert not doc.to_dict().get("speculations")


def test_a_denial_of_a_fact_disputes_it(extract_text):
    doc = extract_text("Rwanda has sent troops to Congo, U.N. experts said. Rwanda denied that its troops were in Congo.")
    rels = [r for r in doc.relations if r.type == "DEPLOYED_TO"]
    assert rels and all(r.modality == "asserted" for r in rels)
    assert any(r.claimed_by for r in rels)   # the denial is still linked: it disputes the fact
