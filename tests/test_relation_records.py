"""Tests of kg.relation_records: ids and one record of a relation given twice."""
from kg.relation_records import dedupe, relation_id
from kg.schema import Relation
from test_relations import _rels


def _relation(sentence=0, modality="asserted", start=0):
    return Relation(id=relation_id("d", "ATTACKED", "a", "b", start), type="ATTACKED", source="a", target="b",
                    sentence=sentence, start=0, end=10, text="A struck B.", hypothetical=modality != "asserted",
                    modality=modality)


def test_ids_are_stable_and_tell_triggers_apart():
    assert relation_id("d", "ATTACKED", "a", "b", 3) == relation_id("d", "ATTACKED", "a", "b", 3)
    assert relation_id("d", "ATTACKED", "a", "b", 3) != relation_id("d", "ATTACKED", "a", "b", 4)


def test_a_relation_given_twice_in_a_sentence_is_kept_once():
    twice = [_relation(start=0), _relation(start=5)]
    assert dedupe(twice) == twice[:1]
    kept = [_relation(), _relation(sentence=1), _relation(modality="planned")]
    assert dedupe(kept) == kept


def test_a_deployment_in_a_city_is_in_its_country_when_the_text_names_it(extract_text):
    doc = extract_text("Turkey has kept troops in Idlib since 2018, and Syria wants them to leave.")
    names = {e.id: e.name for e in doc.entities}
    assert {("Turkey", "Idlib"), ("Turkey", "Syria")} <= {(names[r.source], names[r.target]) for r in doc.relations
                                                           if r.type == "DEPLOYED_TO"}


def test_the_same_side_acting_again_keeps_its_place(extract_text):
    doc = extract_text("Chad said it would send 500 more soldiers to Niger. It sent a first contingent in May.")
    names = {e.id: e.name for e in doc.entities}
    assert ("Chad", "Niger", "asserted") in {(names[r.source], names[r.target], r.modality) for r in doc.relations}


def test_troops_of_no_one_sent_within_the_dateline_country_are_its_own(extract_text):
    rels = _rels(extract_text("QUITO, Ecuador (AP) — Ecuador's electoral council said the vote would go ahead. The armed "
                              "forces deployed some 3,000 soldiers to Guayaquil to guard polling stations."))
    assert ("DEPLOYED_TO", "Ecuador", "Guayaquil", False) in rels


def test_negative_troops_of_no_one_sent_abroad_are_no_one_s(extract_text):
    rels = _rels(extract_text("KYIV, Ukraine (AP) — Ukraine said on Monday that troops had been sent to Kursk overnight."))
    assert not any(t == "DEPLOYED_TO" and s == "Ukraine" for t, s, *_ in rels)


def test_aid_with_no_recipient_goes_to_the_one_named_before(extract_text):
    rels = _rels(extract_text("Donor governments pledged about $1.1 billion for Somalia on Tuesday.\n\nUNICEF said it had "
                              "delivered therapeutic food to 260 nutrition centres. Turkey said it would send 10,000 "
                              "tons of flour in December."))
    assert {("SUPPLIED", "UNICEF", "Somalia", False), ("SUPPLIED", "Turkey", "Somalia", True)} <= rels


def test_negative_a_place_supplied_before_is_no_recipient_carried(extract_text):
    rels = _rels(extract_text("Colombia's army sent food and tents to the towns of Tibu and Teorama on Monday.\n\n"
                              "Venezuela said it would send 50 tonnes of food."))
    assert not any(t == "SUPPLIED" and s == "Venezuela" and o in ("Tibu", "Teorama") for t, s, o, _ in rels)
