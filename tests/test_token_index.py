"""kg.token_index: which tokens a word list names, by lower-case form or lower-cased lemma."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.token_index import tokens_named


def _doc(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)


def test_words_name_tokens_by_form_whatever_the_case():
    doc = _doc(["Officials", "SAID", "the", "army", "said", "so"], ["official", "say", "the", "army", "say", "so"])
    assert tokens_named(doc, {"said", "army"}) == [1, 3, 4]
    assert tokens_named(doc, ("the",)) == [2]


def test_words_name_tokens_by_lemma_in_lower_case():
    doc = _doc(["Talks", "were", "held", "in", "Paris"], ["Talk", "be", "hold", "in", "Paris"])
    assert tokens_named(doc, {"talk", "hold"}) == [0, 2]
    assert tokens_named(doc, frozenset({"paris"})) == [4]


def test_words_the_doc_does_not_have_name_nothing():
    doc = _doc(["Rain", "fell"], ["rain", "fall"])
    assert tokens_named(doc, {"snow", "rose"}) == []
    assert tokens_named(doc, set()) == []
    assert tokens_named(_doc([], []), {"rain"}) == []
