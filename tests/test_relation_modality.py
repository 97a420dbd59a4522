"""Tests of kg.relation_modality: whether a relation happened, and whose claim it is."""
import pytest

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


def test_a_past_clause_of_time_with_its_own_subject_states_its_own_fact(extract_text):
    rels = _rels(extract_text("Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Monday to "
                              "expand trade, as Kenya and Uganda signed a pipeline agreement."))
    assert ("SIGNED_AGREEMENT_WITH", "Kenya", "Uganda", False) in rels


def test_a_relative_clause_parsed_as_the_root_governs_nothing(extractor):
    # the model's parse of "Nigeria and Morocco signed an agreement ..., a project ... that would eventually
    # carry Nigerian gas to Europe": "signed" a complement of "carry", whose subject is the relative "that"
    from spacy.tokens import Doc
    from kg import relation_modality, relation_rules
    words = "Chile and Argentina signed a deal , a project that would carry gas to Europe .".split()
    heads = [3, 0, 0, 11, 5, 3, 11, 8, 11, 11, 11, 11, 11, 11, 13, 11]
    deps = ["nsubj", "cc", "conj", "ccomp", "det", "dobj", "punct", "det", "nsubj", "nsubj", "aux", "ROOT",
            "dobj", "dative", "pobj", "punct"]
    tags = ["NNP", "CC", "NNP", "VBD", "DT", "NN", ",", "DT", "NN", "DT", "MD", "VB", "NN", "IN", "NNP", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    rules = relation_rules.active()
    assert relation_modality.modality(rules, doc[3], doc[5]) == "asserted"
    assert relation_modality.modality(rules, doc[11], None) == "hypothetical"   # the project's own "would"


def test_negative_a_conditional_clause_stays_hypothetical(extract_text):
    rels = _rels(extract_text("Japan would respond firmly if Russia attacked Hokkaido."))
    assert ("ATTACKED", "Russia", "Hokkaido", True) in rels
    assert ("ATTACKED", "Russia", "Hokkaido", False) not in rels


def test_a_past_clause_hung_on_a_later_verb_keeps_its_own_modality(extractor):
    # the model's parse of "Kyrgyzstan and Tajikistan exchanged fire ..., as both governments rushed troops
    # to the area and the UN called for a ceasefire": "exchanged" a complement of "called" (a verb of asking)
    from spacy.tokens import Doc
    from kg import relation_modality, relation_rules
    words = "Ethiopia and Eritrea exchanged fire , and the UN called for a ceasefire .".split()
    heads = [3, 0, 0, 9, 3, 9, 9, 8, 9, 9, 9, 12, 10, 9]
    deps = ["nsubj", "cc", "conj", "ccomp", "dobj", "punct", "cc", "det", "nsubj", "ROOT", "prep", "det", "pobj",
            "punct"]
    tags = ["NNP", "CC", "NNP", "VBD", "NN", ",", "CC", "DT", "NNP", "VBD", "IN", "DT", "NN", "."]
    lemmas = [w.lower() for w in words]
    lemmas[3], lemmas[9] = "exchange", "call"
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    assert relation_modality.modality(relation_rules.active(), doc[3], None) == "asserted"


def test_what_one_can_do_has_not_been_done(extract_text):
    rels = _rels(extract_text("Parliament must ratify the pact before Japanese troops can deploy to Australia for drills. "
                              "Ukraine can now strike Russian airfields with Western missiles, officials said."))
    assert ("DEPLOYED_TO", "Japan", "Australia", True) in rels
    assert ("ATTACKED", "Ukraine", "Russia", True) in rels
    assert not any(r[3] is False and r[0] in ("DEPLOYED_TO", "ATTACKED") for r in rels)


def test_a_reduced_relative_states_its_own_fact(extract_text):
    rels = _rels(extract_text("Some of the Chadian soldiers dispatched to Niger are believed to have moved north."))
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in rels


def test_a_passive_infinitive_takes_the_subject_of_the_verb_it_completes(extract_text):
    rels = _rels(extract_text("About 8,000 North Korean soldiers are expected to be sent to Russia. "
                              "More air defence systems are due to be delivered to Ukraine by Germany next month."))
    assert ("DEPLOYED_TO", "North Korea", "Russia", True) in rels
    assert ("SUPPLIED", "Germany", "Ukraine", True) in rels


@pytest.mark.parametrize("text, expected", [
    # a negating verb negated itself leaves it possible
    ("SEOUL - The defense minister said Seoul did not rule out sending weapons to Ukraine.",
     ("SUPPLIED", "South Korea", "Ukraine", True)),
    # what is weighed is not done
    ("SEOUL - The presidential office said Seoul was reviewing all possible options, including providing weapons "
     "to Ukraine.", ("SUPPLIED", "South Korea", "Ukraine", True)),
    ("PARIS - French ministers discussed sending troops to Ukraine on Tuesday.", ("DEPLOYED_TO", "France", "Ukraine", True)),
])
def test_a_possibility_is_no_fact_nor_a_denial(extract_text, text, expected):
    doc = extract_text(text)
    assert expected in _rels(doc)
    assert expected[:3] + (False,) not in _rels(doc) and not doc.to_dict().get("negated_relations")


def test_strikes_not_ruled_out_are_possible(extract_text):
    rels = _rels(extract_text("ADEN - The United States did not rule out new strikes on the Houthis if attacks on "
                              "shipping resumed."))
    assert ("ATTACKED", "United States", "Houthis", True) in rels
