"""Names that contain a country made whole (kg.name_spans): sentences written for these tests."""
import pytest


def names(doc):
    return {(e.name, str(e.type)) for e in doc.entities}


@pytest.mark.parametrize("text, name, type_", [
    ("The Reserve Bank of Australia kept its rate at 4.35 percent on Tuesday.", "Reserve Bank of Australia", "Organization"),
    ("Officials at the U.S. Geological Survey recorded the quake.", "U.S. Geological Survey", "Organization"),
    ("Shares of PT Dirgantara Indonesia rose on Monday.", "PT Dirgantara Indonesia", "Organization"),
])
def test_a_name_with_a_country_inside_stays_whole(extract_text, text, name, type_):
    assert (name, type_) in names(extract_text(text, published="2024-05-01"))


def test_negative_a_country_beside_a_name_is_its_own(extract_text):
    found = names(extract_text("Australia and the Reserve Bank disagreed on Tuesday.", published="2024-05-01"))
    assert ("Australia", "Country") in found
