"""Tests of kg.relation_role_finder: roles read off titles, and whose an unstated title is."""
import pytest

from test_relations import _rels


@pytest.mark.parametrize("text, person, holder", [
    ("NATO Secretary General Mark Rutte arrived in Vilnius.", "Mark Rutte", "NATO"),
    ("Penny Wong, Australia's foreign minister, spoke on Friday.", "Penny Wong", "Australia"),
])
def test_a_title_before_or_beside_a_name(extract_text, text, person, holder):
    assert ("HOLDS_ROLE", person, holder, False) in _rels(extract_text(text))


def test_an_unstated_government_title_is_the_datelines_country(extract_text):
    rels = _rels(extract_text("ACCRA, Feb 3 (Reuters) - President John Mahama named a new finance minister on "
                              "Monday. Ghana is seeking a new loan."))
    assert ("HOLDS_ROLE", "John Mahama", "Ghana", False) in rels
