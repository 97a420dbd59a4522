"""Tests of kg.relation_forms: the forms a relation is written in (verb clauses, nouns, placed themes)."""
import pytest

from test_relations import _rels


@pytest.mark.parametrize("text, expected", [
    ("Troops were sent to Mali by Senegal last week.", ("DEPLOYED_TO", "Senegal", "Mali")),           # passive
    ("Hundreds of Rwandan troops sent to Mozambique guard the gas project.",
     ("DEPLOYED_TO", "Rwanda", "Mozambique")),                                                       # reduced relative
    ("Ethiopia launched air strikes on Eritrea overnight.", ("ATTACKED", "Ethiopia", "Eritrea")),     # light verb
    ("Kenya sent 400 police officers to reinforce units in Haiti.", ("DEPLOYED_TO", "Kenya", "Haiti")),  # purpose
    ("Norway has provided Ukraine with air defence systems.", ("SUPPLIED", "Norway", "Ukraine")),     # "provided X with"
])
def test_a_form_gives_its_relation(extract_text, text, expected):
    assert expected + (False,) in _rels(extract_text(text))


def test_nominal_deployment_and_region(extract_text):
    doc = extract_text("The deployment of Chadian troops to Niger worried the region. "
                       "Chadian soldiers were already in Niger's Tillaberi region.")
    rels = _rels(doc)
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in rels
    assert ("DEPLOYED_TO", "Chad", "Tillaberi", False) in rels


def test_negative_a_launched_brigade_is_no_attack(extract_text):
    assert not any(t == "ATTACKED" for t, *_ in _rels(extract_text(
        "Germany launched an armoured brigade in Lithuania on Tuesday.")))
