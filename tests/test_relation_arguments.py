"""Tests of kg.relation_arguments: who and what a relation's arguments are."""
from kg.relation_arguments import definite, phrase

from test_relations import _rels


def test_definite_noun_phrases_point_back(extractor):
    doc = extractor.nlp("The troops met these soldiers and four battalions.")
    nouns = {t.lower_: t for t in doc if t.pos_ == "NOUN"}
    assert definite(nouns["troops"]) and definite(nouns["soldiers"]) and not definite(nouns["battalions"])


def test_a_phrase_leaves_out_the_clause_that_describes_it(extractor):
    doc = extractor.nlp("They shelled the coast of Trat province, where marines repelled an incursion.")
    coast = next(t for t in doc if t.lower_ == "coast")
    words = [t.lower_ for t in phrase(coast)]
    assert "trat" in words and "marines" not in words


def test_deployment_near_a_place(extract_text):
    doc = extract_text("Egypt has deployed 300 soldiers to the border region near Wadi Halfa, officials said.")
    assert ("DEPLOYED_TO", "Egypt", "Wadi Halfa", False) in _rels(doc)


def test_the_troops_means_the_side_that_acts_not_the_one_fought(extract_text):
    doc = extract_text("Chadian troops have clashed with Sudanese forces for the first time. "
                       "The troops are occupying a part of the Kufra district in Libya, officials said.")
    rels = _rels(doc)
    assert ("DEPLOYED_TO", "Chad", "Libya", False) in rels
    assert not any(source == "Sudan" for _, source, _, _ in rels)


def test_a_possessor_locates_only_a_place(extract_text):
    located = _rels(extract_text("Chadian soldiers were stationed in Niger's Tillaberi region."))
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in located
    unlocated = _rels(extract_text("Chadian soldiers were fighting in Niger's war against the rebels."))
    assert not any(target == "Niger" for _, _, target, _ in unlocated)
