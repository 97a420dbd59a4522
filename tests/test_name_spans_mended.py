"""The model's wrong cuts and joins of names mended (kg.name_spans_mended): sentences written for
these tests."""
import pytest


def names(doc):
    return {e.name for e in doc.entities}


@pytest.mark.parametrize("text, expected", [
    ("President Samia Suluhu Hassan opened the bridge on Friday.", {"Samia Suluhu Hassan"}),
    ("Farmers in the state of Rio Grande do Sul lost their crops.", {"Rio Grande do Sul"}),
    ("The judges of the Court of Appeal in Colombo heard the case on Monday.", {"Court of Appeal", "Colombo"}),
    ("SoftBank Group and Uber Technologies signed the deal in Tokyo.", {"SoftBank Group", "Uber Technologies"}),
    ("Rain flooded the villages of Bushushu and Nyamukubi on Thursday.", {"Bushushu", "Nyamukubi"}),
])
def test_names_cut_or_joined_wrongly_are_mended(extract_text, text, expected):
    assert expected <= names(extract_text(text, published="2024-05-01"))


def test_negative_one_organisations_name_with_and_stays_whole(extract_text):
    found = names(extract_text("The Food and Drug Administration approved the drug on Monday.", published="2024-05-01"))
    assert "Food and Drug Administration" in found
