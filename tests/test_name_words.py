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


def test_a_word_is_read_again_as_title_word_when_the_title_words_change(monkeypatch):
    from kg import lexicon
    assert is_title_word(token("President")) and not is_title_word(token("river"))
    monkeypatch.setattr(lexicon, "TITLE_WORDS", frozenset({"river"}))   # (another rules file's titles)
    assert is_title_word(token("river")) and is_title_word(token("Rivers")) and not is_title_word(token("President"))


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
