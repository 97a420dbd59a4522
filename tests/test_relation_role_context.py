"""Tests of kg.relation_role_context: whose a title is when the title itself does not say, read
from the story around it (its one country, a place named before, its home official's guests)."""
import pytest

from test_relation_role_finder import _roles


@pytest.mark.parametrize("text, person, holder", [
    # with no dateline, a national title with no country in its sentence is the story's one country
    ("Kenya's central bank held its main rate on Tuesday. Finance Minister John Mbadi said inflation "
     "was easing and Kenya would keep talking to lenders.", "John Mbadi", "Kenya"),
    # a place named before the title, at the head of the sentence
    ("In Peru, Prime Minister Eduardo Arana resigned on Monday after protests.", "Eduardo Arana", "Peru"),
])
def test_an_unstated_holder_from_the_story(extract_text, text, person, holder):
    assert any(p == person and h == holder for p, h, _ in _roles(extract_text(text)))


def test_negative_a_foreign_capital_gets_no_unstated_title(extract_text):
    roles = _roles(extract_text("Prime Minister Keir Starmer met Chancellor Friedrich Merz in Berlin on Friday."))
    assert not any(p == "Keir Starmer" and h == "Germany" for p, h, _ in roles)
