"""Tests of kg.entity_retyping: names the model may mistype, retyped by the words around them
(sentences written for these tests, on varied topics)."""
import pytest


def _types(doc):
    return {e.name: str(e.type) for e in doc.entities}


@pytest.mark.parametrize("text, name, type_", [
    # a title in apposition after two capitalised words: a person
    ("Tomas Lindqvist, leader of the opposition, criticised the budget on Monday.", "Tomas Lindqvist", "Person"),
    # a facility's noun after the name, a place apposition: a place
    ("Engineers inspected the Tarbela dam after the floods on Monday, officials said.", "Tarbela", "Place"),
    # a legal form ends a company's name; an employer after "analysts at"
    ("Russian oil producer Lukoil PJSC said on Tuesday its output rose.", "Lukoil PJSC", "Organization"),
    ("Analysts at Jefferies expect a rate cut in June.", "Jefferies", "Organization"),
    # a name "which" runs something is a thing, not a person
    ("Isavia, which runs Keflavik airport, said flights resumed.", "Isavia", "Organization"),
])
def test_a_name_retyped_by_its_context(extract_text, text, name, type_):
    assert _types(extract_text(text, published="2024-05-01")).get(name) == type_


def test_negative_a_country_with_a_title_apposed_stays_the_country(extract_text):
    types = _types(extract_text("Kenya, chair of the regional bloc, called for talks on Monday.", published="2024-05-01"))
    assert types.get("Kenya") == "Country"
