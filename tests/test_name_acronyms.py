"""Acronyms an article defines in parentheses (kg.name_acronyms): sentences written for these tests."""
import spacy

from kg.entity_mentions import Found
from kg.name_acronyms import defined_acronyms
from kg.schema import EntityType

NLP = spacy.blank("en")


def test_an_acronym_defined_after_a_name_stands_for_it_wherever_used():
    doc = NLP("The National Intelligence Service ( NIS ) said on Monday . Later the NIS denied it .")
    service = Found(1, 4, EntityType.ORGANIZATION, "National Intelligence Service", "national intelligence service")
    founds, acronyms = defined_acronyms(doc, [service])
    assert acronyms == {"nis": (EntityType.ORGANIZATION, "national intelligence service")}
    assert [(f.name, f.key) for f in founds if f.name == "NIS"] == [("NIS", "national intelligence service")] * 2


def test_the_words_an_acronym_spells_are_its_name_when_the_model_missed_them():
    doc = NLP("Supporters of Pakistan Tehreek-e-Insaf ( PTI ) marched .")
    founds, acronyms = defined_acronyms(doc, [])
    assert acronyms["pti"][0] == EntityType.ORGANIZATION
    assert any(f.name == "Pakistan Tehreek-e-Insaf" for f in founds)


def test_negative_an_agencys_credit_is_no_acronym():
    doc = NLP("KABUL , Afghanistan ( AP ) - Officials said .")
    assert defined_acronyms(doc, [])[1] == {}
