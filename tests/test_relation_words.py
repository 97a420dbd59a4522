"""Tests of kg.relation_words: the word-level readings of a relation's words."""
from kg.relation_words import acting, count, hyphen_compound, opposed, quantity, type_of


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_the_type_of_an_entity_id():
    assert type_of("country:kp") == "Country" and type_of(None) is None


def test_a_count_reads_numbers_and_their_scale(extractor):
    doc = extractor.nlp("Russia sent 1.5 million soldiers and some 3,000 tanks, but no ships.")
    assert count(_word(doc, "soldiers")) == 1_500_000
    assert count(_word(doc, "tanks")) == 3000
    assert count(_word(doc, "ships")) is None


def test_a_quantity_stands_for_a_group(extractor):
    doc = extractor.nlp("Some 10,000 of them have been deployed, and several of the ships left.")
    assert quantity(_word(doc, "10,000")) and quantity(_word(doc, "several"))
    assert not quantity(_word(doc, "ships"))


def test_a_subject_and_its_conjuncts_act(extractor):
    doc = extractor.nlp("Uganda, Kenya and Djibouti are expected to send troops to Somalia.")
    assert acting(_word(doc, "Uganda")) and acting(_word(doc, "Djibouti"))
    assert not acting(_word(doc, "Somalia"))


def test_a_hyphenated_name_qualifies_and_an_opponent_is_fought(extractor):
    doc = extractor.nlp("Iran-backed militias clashed with Ukrainian forces.")
    assert hyphen_compound(_word(doc, "Iran")) and not hyphen_compound(_word(doc, "Ukrainian"))
    assert opposed(_word(doc, "forces")) and not opposed(_word(doc, "militias"))
