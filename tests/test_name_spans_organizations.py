"""Organisations' names completed (kg.name_spans_organizations): sentences written for these tests."""
import pytest


def names(doc):
    return {e.name for e in doc.entities}


@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Attorney General's Office declined to comment.", "Attorney General's Office"),
    ("The coach of FC Barcelona said the team was ready.", "FC Barcelona"),
    ("Rebels of the Movement for the Liberation of the Central African People attacked the town.",
     "Movement for the Liberation of the Central African People"),
    ("Volunteers of the Congolese Red Cross buried the dead.", "Congolese Red Cross"),
    ("The U.S. Chamber of Commerce backed the bill on Monday.", "U.S. Chamber of Commerce"),
])
def test_an_organisations_name_is_completed(extract_text, text, name):
    assert name in names(extract_text(text, published="2024-05-01"))


def test_negative_two_bodies_joined_by_of_stay_two(extract_text):
    found = names(extract_text("Economists at the Institute of Economics of the Getulio Vargas Foundation "
                               "cut their forecast.", published="2024-05-01"))
    assert not any(n.startswith("Institute of Economics of") for n in found)
