"""Tests of kg.relation_context: what a relation missing a side takes from the sentences around it."""
from test_relations import _rels


def test_an_act_named_again_by_a_definite_noun_takes_its_other_side_from_before(extract_text):
    rels = _rels(extract_text("MAIDUGURI, Nigeria (AP) — Gunmen attacked a military base in the town of Monguno on "
                              "Monday, killing five soldiers, the army said.\n\nBoko Haram claimed the attack in a "
                              "video posted online."))
    assert ("ATTACKED", "Boko Haram", "Monguno", False) in rels


def test_negative_an_act_of_another_time_takes_nothing(extract_text):
    rels = _rels(extract_text("MAIDUGURI, Nigeria (AP) — Gunmen attacked a military base in the town of Monguno on "
                              "Monday, killing five soldiers, the army said.\n\nBoko Haram claimed an attack on a "
                              "church in Chibok last year."))
    assert ("ATTACKED", "Boko Haram", "Monguno", False) not in rels


def test_negative_a_themed_noun_missing_its_source_leaves_no_place_for_the_next(extract_text):
    rels = _rels(extract_text("DHAKA (AFP) - Cyclone Arnab hit Bangladesh.\n\nNeighbouring India sent a navy ship "
                              "carrying 80 tonnes of relief supplies to Chittagong on Thursday, the Indian High "
                              "Commission in Dhaka said. Japan said it would provide $3 million in emergency grant aid "
                              "through UN agencies."))
    assert not any(s == "Japan" and o == "Chittagong" for _, s, o, _ in rels)
