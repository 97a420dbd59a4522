"""Tests of kg.entity_bounds: the tokens of the name a span of the model holds (sentences and
spans written for these tests: the span is given, so the model's own reading does not matter)."""
import pytest
import spacy
from spacy.tokens import Span

from kg.entity_bounds import name_bounds, organization_name_end


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _bounds(blank, text, span_text, label):
    doc = blank(text)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(span_text))
    end = start + len(blank(span_text))
    doc.ents = [Span(doc, start, end, label=label)]
    start, end = name_bounds(doc, start, end, label)
    return doc[start:end].text


@pytest.mark.parametrize("text, span_text, label, name", [
    # an article, a possessive's mark and an acronym in parentheses are no part of the name
    ("Delegates of the National Farmers Union (NFU) voted.", "the National Farmers Union (NFU", "ORG",
     "National Farmers Union"),
    ("He praised the Coastal Rowing Club's coach.", "the Coastal Rowing Club's", "ORG", "Coastal Rowing Club"),
    # an amount run into the name, a score after a name read as a person's
    ("Regulators fined Verano 41 billion won on Monday.", "Verano 41 billion", "ORG", "Verano"),
    ("Ferrol beat Union Tarma 3 - 1 on Sunday.", "Union Tarma 3 - 1", "PERSON", "Union Tarma"),
    # a possessor before an organisation, where the party stands
    ("Ochieng's Democratic Renewal Party won.", "Ochieng's Democratic Renewal Party", "ORG", "Democratic Renewal Party"),
    ("Leaders of the Opposition DRP walked out.", "the Opposition DRP", "ORG", "DRP"),
])
def test_the_name_inside_the_span(blank, text, span_text, label, name):
    assert _bounds(blank, text, span_text, label) == name


def test_negative_a_persons_name_keeps_a_number_that_is_no_score(blank):
    assert _bounds(blank, "Orders for Leopard 2 tanks grew.", "Leopard 2", "PERSON") == "Leopard 2"


@pytest.mark.parametrize("text, start, end, name", [
    # a common noun after a capitalised name is no part of it
    ("The Nueva Fuerza Civica party won.", 1, 5, "Nueva Fuerza Civica"),
])
def test_an_organisations_name_ends_before_its_noun(blank, text, start, end, name):
    doc = blank(text)
    assert doc[start:organization_name_end(doc, start, end, "ORG")].text == name


def test_negative_a_lower_case_institution_keeps_its_noun(blank):
    doc = blank("The defence ministry said so.")
    assert organization_name_end(doc, 1, 3, "ORG") == 3


def test_a_title_after_a_comma_ends_the_name(blank):
    text = "The head of the Border Troops, Lieutenant General Saidov, spoke."
    assert _bounds(blank, text, "the Border Troops, Lieutenant General", "ORG") == "Border Troops"


def test_negative_a_comma_before_a_name_word_keeps_the_span(blank):
    assert _bounds(blank, "The Lopez, Garcia Partnership won.", "The Lopez, Garcia Partnership", "ORG") \
        == "Lopez, Garcia Partnership"
