"""kg.doc_memo: values computed once per Doc, dropped for another Doc or a retokenised one."""
from __future__ import annotations

import spacy

from kg.doc_memo import memo, token_list


def test_a_value_is_made_once_per_doc():
    nlp = spacy.blank("en")
    first, second = nlp("One two three."), nlp("Four five.")
    made = []
    assert memo(first, "n", lambda d: made.append(d) or len(d)) == 4
    assert memo(first, "n", lambda d: made.append(d) or -1) == 4
    assert memo(second, "n", lambda d: made.append(d) or len(d)) == 3
    assert made == [first, second]


def test_token_list_follows_the_doc_and_its_length():
    nlp = spacy.blank("en")
    first, second = nlp("One two three."), nlp("Four five.")
    assert [t.text for t in token_list(first)] == ["One", "two", "three", "."]
    assert token_list(first) is token_list(first)
    assert [t.text for t in token_list(second)] == ["Four", "five", "."]
    with first.retokenize() as retokenizer:
        retokenizer.merge(first[0:2])
    assert [t.text for t in token_list(first)] == ["One two", "three", "."]
