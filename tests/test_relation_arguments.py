"""Tests of kg.relation_arguments: who and what a relation's arguments are."""
import pytest

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


@pytest.mark.parametrize("text, expected, absent", [
    # what something is for receives nothing and is no place
    ("Belarus sent artillery shells to Russia for use in Ukraine.", ("SUPPLIED", "Belarus", "Russia"),
     ("SUPPLIED", "Belarus", "Ukraine")),
    ("Iran has delivered drones to Russia for its war in Ukraine.", ("SUPPLIED", "Iran", "Russia"),
     ("SUPPLIED", "Iran", "Ukraine")),
    # a place near what was struck is where it was struck, and what moves stays whose it is
    ("Nigerian jets bombed militant camps near Maiduguri on Sunday.", ("ATTACKED", "Nigeria", "Maiduguri"), None),
    ("Turkey's army said its drones hit fuel depots near Qamishli, south of the border, and a radar site in "
     "Hasakah.", ("ATTACKED", "Turkey", "Qamishli"), None),
    ("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Spratly Islands.",
     ("ATTACKED", "China", "Vietnam"), ("ATTACKED", "China", "Spratly Islands")),
])
def test_what_a_preposition_names(extract_text, text, expected, absent):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected in rels
    assert absent not in rels


def test_the_two_countries_of_two_people_just_named(extract_text):
    rels = _rels(extract_text("Tanzania has long sought the pipeline. Kenyan President William Ruto met Ugandan "
                              "President Yoweri Museveni in Entebbe, and the two countries signed a pipeline deal."))
    assert ("SIGNED_AGREEMENT_WITH", "Kenya", "Uganda", False) in rels


def test_negative_the_two_countries_are_not_the_last_two_named_when_two_people_met(extract_text):
    rels = _rels(extract_text("Niger closed its border with Benin last year. President Bola Tinubu met Ghanaian "
                              "President John Mahama on Friday, and the two countries signed a trade agreement."))
    assert not any(t == "SIGNED_AGREEMENT_WITH" and "Benin" in (s, o) for t, s, o, _ in rels)


def test_the_country_that_acts_is_the_one_that_acted_before(extract_text):
    rels = _rels(extract_text("Ethiopia said it had deployed troops to the border with Eritrea. The country also "
                              "sent troops to Somalia."))
    assert ("DEPLOYED_TO", "Ethiopia", "Somalia", False) in rels
    assert not any(s == "Eritrea" for _, s, _, _ in rels)


def test_more_troops_are_the_side_that_sent_the_first(extract_text):
    rels = _rels(extract_text("Kenya has sent 400 police officers to Haiti. Another 600 officers will be sent to "
                              "Port-au-Prince next month."))
    assert ("DEPLOYED_TO", "Kenya", "Port-au-Prince", True) in rels


def test_those_named_among_them_are_sides_too(extract_text):
    rels = _rels(extract_text("Canada sanctioned six Russian officials, including Sergei Shoigu."))
    assert {("SANCTIONED", "Canada", "Russia", False), ("SANCTIONED", "Canada", "Sergei Shoigu", False)} <= rels


def test_what_a_participle_does_after_a_passive_is_not_done_by_its_subject(extract_text):
    rels = _rels(extract_text("The U.S. Treasury imposed sanctions on Rosneft. Rosneft's chairman, Igor Sechin, was "
                              "added to the sanctions list, barring Americans from dealing with him."))
    assert not any(t == "SANCTIONED" and o == "United States" for t, _, o, _ in rels)


@pytest.mark.parametrize("text, expected", [
    # names joined under one actor noun act each: the second is no less a side than the first
    ("French and German warplanes struck militant camps in northern Mali on Monday.",
     {("ATTACKED", "France", "Mali"), ("ATTACKED", "Germany", "Mali")}),
    ("Indian and Pakistani troops shelled the village of Kupwara overnight, residents said.",
     {("ATTACKED", "India", "Kupwara"), ("ATTACKED", "Pakistan", "Kupwara")}),
    ("Kenyan and Ugandan negotiators held talks in Kampala on Tuesday over the disputed island.",
     {("MET_WITH", "Kenya", "Uganda")}),
])
def test_joined_owners_of_an_actor_noun_each_act(extract_text, text, expected):
    rels = {r[:3] for r in _rels(extract_text(text))}
    found = {(t, s, o) if (t, s, o) in expected else (t, o, s) for t, s, o in rels}
    assert expected <= found
