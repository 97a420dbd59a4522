"""Tests of kg.relation_records: ids and one record of a relation given twice."""
from kg.relation_records import dedupe, relation_id
from kg.schema import Relation


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
