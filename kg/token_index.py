"""Which tokens of a Doc a word list names, read from the token arrays.

Rules index their words (verbs of saying, relation triggers); most tokens of an article are in
none of them. Asking each token for ``lower_`` and ``lemma_`` makes a Token and two Python
strings per token and rule pass, which is most of a rule component's time on a long article.
Instead the Doc's tokens are indexed once by lower-case form and by lower-cased lemma (from
``Doc.to_array``), and each word list is looked up in that index.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import numpy

from spacy.attrs import DEP, IDX, LEMMA, LOWER
from spacy.tokens import Doc

from kg.doc_memo import memo


class _DocIndex:
    """Which tokens have each lower-case form and each lower-cased lemma of the Doc, grouped by a
    sort of the token arrays (a dict of lists built token by token took longer than all the
    questions asked of it); a word list meets the Doc's words in one set intersection."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array([LOWER, LEMMA])
        strings = doc.vocab.strings
        self.lower_order, lower_groups = _groups(array[:, 0])
        self.lemma_order, lemma_groups = _groups(array[:, 1])
        # word -> (start, end) of its tokens in lower_order / lemma_order
        self.forms = {strings[key]: bounds for key, bounds in lower_groups}
        self.lemmas: dict[str, list[tuple[int, int]]] = {}   # several lemmas may lower-case alike
        for key, bounds in lemma_groups:
            self.lemmas.setdefault(strings[key].lower(), []).append(bounds)
        self.words = self.forms.keys() | self.lemmas.keys()

    def named(self, words: Iterable[str]) -> list[int]:
        found: set[int] = set()
        for word in self.words.intersection(words):
            if word in self.forms:
                start, end = self.forms[word]
                found.update(self.lower_order[start:end])
            for start, end in self.lemmas.get(word, ()):
                found.update(self.lemma_order[start:end])
        return sorted(found)


def _groups(keys: numpy.ndarray) -> tuple[list[int], list[tuple[int, tuple[int, int]]]]:
    """The token indexes sorted by key, and per key where its tokens are in that order."""
    order = numpy.argsort(keys, kind="stable")
    distinct, starts, counts = numpy.unique(keys[order], return_index=True, return_counts=True)
    ends = starts + counts
    return order.tolist(), list(zip(distinct.tolist(), zip(starts.tolist(), ends.tolist())))


def tokens_named(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes, in order, of the tokens whose lower-case form or lower-cased lemma is in ``words``."""
    if len(doc) == 0:
        return []
    return memo(doc, "token_index", _DocIndex).named(words)


def tokens_labelled(doc: Doc, labels: frozenset[str]) -> list[int]:
    """Indexes, in order, of the tokens whose dependency label is in ``labels`` (read from the
    token array, for rules that would ask every token for ``dep_``)."""
    keys = numpy.array([doc.vocab.strings[label] for label in labels], dtype=numpy.uint64)
    return numpy.isin(doc.to_array(DEP), keys).nonzero()[0].tolist()


def token_at_char(doc: Doc, char: int, start: int, end: int) -> int | None:
    """The index of the token of ``doc[start:end]`` that starts at character ``char``, if one does."""
    starts = memo(doc, "token_starts", lambda d: d.to_array(IDX).tolist())
    i = bisect_left(starts, char, start, end)
    return i if i < end and starts[i] == char else None
