"""Tests of kg.relation_nouns: relations written as nouns (nominalisations, nouns a light verb lends its
sides, nouns for the source) and themes placed somewhere."""
import pytest

from test_relations import _rels


def test_a_light_verb_lends_its_subject(extract_text):
    assert ("ATTACKED", "Ethiopia", "Eritrea", False) in _rels(extract_text(
        "Ethiopia launched air strikes on Eritrea overnight."))


def test_nominal_deployment_and_region(extract_text):
    doc = extract_text("The deployment of Chadian troops to Niger worried the region. "
                       "Chadian soldiers were already in Niger's Tillaberi region.")
    rels = _rels(doc)
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in rels
    assert ("DEPLOYED_TO", "Chad", "Tillaberi", False) in rels


@pytest.mark.parametrize("text, expected", [
    # who claims an attack made it
    ("Boko Haram claimed responsibility for the attack on an army base in Borno.", ("ATTACKED", "Boko Haram", "Borno")),
    ("Boko Haram claimed the attack on an army base in Borno state.", ("ATTACKED", "Boko Haram", "Borno")),
    # who attends talks meets who hosts them
    ("Kenyan President William Ruto hosted the summit, which was attended by Ugandan President Yoweri Museveni.",
     ("MET_WITH", "Yoweri Museveni", "William Ruto")),
])
def test_a_noun_whose_sides_come_from_around_it(extract_text, text, expected):
    assert expected + (False,) in _rels(extract_text(text))


def test_negative_claiming_a_city_is_no_attack(extract_text):
    assert not any(t == "ATTACKED" for t, *_ in _rels(extract_text(
        "Russia claimed the city of Kherson as its own in 2022.")))


def test_a_list_named_by_the_relation_noun_puts_its_object_on_it(extract_text):
    rels = _rels(extract_text("Britain added Rosneft and Lukoil to its sanctions list on Wednesday."))
    assert {("SANCTIONED", "United Kingdom", "Rosneft", False), ("SANCTIONED", "United Kingdom", "Lukoil", False)} <= rels


@pytest.mark.parametrize("text, host, sides", [
    ("MUSCAT - Oman could host indirect talks between Iranian and British officials in the coming weeks.",
     "Oman", {"Iran", "United Kingdom"}),
    ("Qatar has hosted negotiations between Colombia and Venezuela in Doha since March.",
     "Qatar", {"Colombia", "Venezuela"}),
])
def test_who_hosts_talks_between_two_sides_is_not_a_side(extract_text, host, sides, text):
    rels = {r for r in _rels(extract_text(text)) if r[0] == "MET_WITH"}
    assert {frozenset(r[1:3]) for r in rels} == {frozenset(sides)}
    assert not any(host in r[1:3] for r in rels)


@pytest.mark.parametrize("text, pair", [
    ("SYDNEY - BHP signed a 2 billion dollar settlement with Australia in 2021.", {"BHP", "Australia"}),
    ("LONDON - In May, Google signed commitments with the UK's Competition and Markets Authority.",
     {"Google", "Competition and Markets Authority"}),
    ("SEOUL - Samsung and PGE signed a letter of intent on Monday.", {"Samsung", "PGE"}),
])
def test_words_for_an_agreement(extract_text, text, pair):
    assert {frozenset(r[1:3]) for r in _rels(extract_text(text)) if r[0] == "SIGNED_AGREEMENT_WITH"} == {frozenset(pair)}
