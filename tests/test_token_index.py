"""kg.token_index: which tokens a word list names, by lower-case form or lower-cased lemma."""
from __future__ import annotations

import numpy
import spacy
from spacy.tokens import Doc

from kg.token_index import any_between, in_sorted, named_in, token_at_char, tokens_labelled, tokens_named


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


def test_tokens_labelled_are_the_tokens_with_those_dependency_labels():
    doc = Doc(spacy.blank("en").vocab, words=["Rutte", "said", "troops", "were", "sent"],
              heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp"])
    assert tokens_labelled(doc, frozenset({"nsubj", "nsubjpass"})) == [t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass")] == [0, 2]
    assert tokens_labelled(doc, frozenset({"dobj"})) == []


def test_the_token_at_a_character_is_the_one_starting_there_within_the_bounds():
    doc = Doc(spacy.blank("en").vocab, words=["The", "army", "said", "so", "."], spaces=[True, True, True, False, False])
    assert token_at_char(doc, 4, 0, 5) == 1          # "army"
    assert token_at_char(doc, 5, 0, 5) is None       # inside "army"
    assert token_at_char(doc, 9, 0, 2) is None       # "said" is outside doc[0:2]
    assert token_at_char(doc, 14, 0, 5) == 3          # "so"
    assert token_at_char(doc, 16, 0, 5) == 4          # "."


def test_a_word_list_given_again_names_the_same_tokens():
    # (a frozenset's keys are kept: the second question reads them, and must answer alike)
    words = frozenset({"said", "army"})
    doc = _doc(["Officials", "SAID", "the", "army", "said", "so"], ["official", "say", "the", "army", "say", "so"])
    assert tokens_named(doc, words) == tokens_named(doc, words) == tokens_named(doc, set(words)) == [1, 3, 4]


def test_a_word_list_names_its_tokens_once_per_doc_and_a_bisect_finds_them_near_a_name():
    doc = _doc(["Brent", "crude", "rose", "as", "crude", "fell"], ["Brent", "crude", "rise", "as", "crude", "fall"])
    words = frozenset({"crude"})
    assert named_in(doc, words) == tokens_named(doc, words) == [1, 4]
    assert named_in(doc, words) is named_in(doc, words)   # found once for this Doc and list
    assert named_in(doc, frozenset({"crude"})) == [1, 4]   # an equal list of its own is looked up too
    assert any_between([1, 4], 1, 2) and any_between([1, 4], 2, 5) and not any_between([1, 4], 2, 4)
    assert not any_between([], 0, 10) and not any_between([1, 4], 5, 9)


def test_in_sorted_is_numpy_isin_for_sorted_keys():
    values = numpy.array([5, 1, 9, 5, 0, 12, 7], dtype=numpy.uint64)
    for keys in ([], [5], [0, 5, 12], [1, 2, 3, 20], [13, 14]):
        sorted_keys = numpy.array(keys, dtype=numpy.uint64)
        assert in_sorted(values, sorted_keys).tolist() == numpy.isin(values, sorted_keys).tolist()
