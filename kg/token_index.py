"""Which tokens of a Doc a word list names, read from the token arrays.

Rules index their words (verbs of saying, relation triggers); most tokens of an article are in
none of them. Asking each token for ``lower_`` and ``lemma_`` makes a Token and two Python
strings per token and rule pass, which is most of a rule component's time on a long article.
Instead the Doc's tokens are indexed once by lower-case form and by lower-cased lemma (from
``Doc.to_array``), and each word list is looked up in that index.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from kg.doc_memo import memo


class _DocIndex:
    """The Doc's lower-case forms and lemmas as arrays, and which forms and lower-cased lemmas it
    has: a word list (hundreds of verbs) is met with the Doc's few hundred words in one set
    intersection, and only the words both have are looked for in the arrays."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array([LOWER, LEMMA])
        self.lowers, self.lemmas = array[:, 0], array[:, 1]
        strings = doc.vocab.strings
        self.forms = {strings[key]: key for key in numpy.unique(self.lowers).tolist()}   # form -> its hash
        self.lemmas_of: dict[str, list[int]] = {}   # lower-cased lemma -> the hashes of its lemmas
        for lemma in numpy.unique(self.lemmas).tolist():
            self.lemmas_of.setdefault(strings[lemma].lower(), []).append(lemma)
        self.words = frozenset(self.forms) | frozenset(self.lemmas_of)

    def named(self, words: Iterable[str]) -> list[int]:
        shared = self.words.intersection(words)
        found = [self.lowers == numpy.uint64(self.forms[word]) for word in shared if word in self.forms]
        found += [self.lemmas == numpy.uint64(lemma) for word in shared for lemma in self.lemmas_of.get(word, ())]
        return numpy.logical_or.reduce(found).nonzero()[0].tolist() if found else []


def tokens_named(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes, in order, of the tokens whose lower-case form or lower-cased lemma is in ``words``."""
    if len(doc) == 0:
        return []
    return memo(doc, "token_index", _DocIndex).named(words)
