"""The words of names (kg.name_words): titles, organisations' heads, acronyms, possessors."""
import pytest
import spacy

NLP = spacy.blank("en")

from kg.name_words import after_possessor, is_acronym, is_org_head, is_title_word  # noqa: E402


def token(word):
    return NLP(word)[0]


@pytest.mark.parametrize("word", ["Dr", "Dr.", "President", "Senators"])
def test_title_words(word):
    assert is_title_word(token(word))


@pytest.mark.parametrize("word", ["NIS", "NATO", "PdL"])
def test_acronyms(word):
    assert is_acronym(token(word))


@pytest.mark.parametrize("word", ["Nato", "N", "nis"])
def test_negative_not_acronyms(word):
    assert not is_acronym(token(word))


def test_an_organisations_head_is_capitalised():
    assert is_org_head(token("Ministry")) and not is_org_head(token("ministry"))


def test_a_name_after_a_possessor_starts_after_it():
    doc = NLP("Bawumia's New Patriotic Party")
    assert after_possessor(doc, 0, len(doc)) == 2


def test_negative_a_one_word_name_after_a_possessive_is_the_possessives_own():
    doc = NLP("People's Daily")
    assert after_possessor(doc, 0, len(doc)) == 0
