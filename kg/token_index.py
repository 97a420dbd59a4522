"""Which tokens of a Doc a word list names, read from the token arrays.

Rules index their words (verbs of saying, relation triggers); most tokens of an article are in
none of them. Asking each token for ``lower_`` and ``lemma_`` makes a Token and two Python
strings per token and rule pass, which is most of a rule component's time on a long article.
Instead the Doc's tokens are indexed once by lower-case form and by lower-cased lemma (from
``Doc.to_array``), and each word list is looked up in that index.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import numpy

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc

from kg.doc_memo import memo
from kg.sentences import char_starts


class _DocIndex:
    """Which tokens have each lower-case form and each lower-cased lemma of the Doc, grouped by a
    sort of the token arrays (a dict of lists built token by token took longer than all the
    questions asked of it). Words are held by their keys in the StringStore, as the arrays give
    them: making a Python string of each word of the Doc cost more than the questions too."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array([LOWER, LEMMA])
        self.strings = doc.vocab.strings
        # key of a word -> (start, end) of its tokens in lower_order / lemma_order
        self.lower_order, self.forms = _groups(array[:, 0])
        # Only a lemma other than the token's lower-case form can name the token otherwise: a
        # lemma that is that form lower-cases to it (most words of an article).
        differs = (array[:, 1] != array[:, 0]).nonzero()[0]
        order, lemma_groups = _groups(array[differs, 1])
        self.lemma_order = differs[order].tolist()
        self.lemmas: dict[int, list[tuple[int, int]]] = {}   # several lemmas may lower-case alike
        for key, bounds in lemma_groups.items():
            self.lemmas.setdefault(_lowered(self.strings, key), []).append(bounds)
        # as frozensets, which intersect by the smaller side (a dict's keys with a frozenset
        # look up every word of the list, and word lists hold hundreds of words)
        self.form_keys, self.lemma_keys = frozenset(self.forms), frozenset(self.lemmas)

    def named(self, words: Iterable[str]) -> list[int]:
        keys = _keys_of(self.strings, words)
        found: set[int] = set()
        # only the words the Doc has
        for key in self.form_keys.intersection(keys):
            start, end = self.forms[key]
            found.update(self.lower_order[start:end])
        for key in self.lemma_keys.intersection(keys):
            for start, end in self.lemmas[key]:
                found.update(self.lemma_order[start:end])
        return sorted(found)


# A word's key and a lemma's lower-cased key are the same in every StringStore (a hash, or the
# id of a spaCy symbol), so they are looked up once per run.
_KEYS: dict[str, int] = {}
_LOWERED: dict[int, int] = {}


def _key(strings: StringStore, word: str) -> int:
    key = _KEYS.get(word)
    if key is None:
        key = _KEYS[word] = strings[word]
    return key


# The keys of the rules' word lists (frozensets, made once per rules), by the list itself.
_LIST_KEYS: dict[frozenset[str], frozenset[int]] = {}
# The same for other collections of many words (unions of word lists made on each call, which a
# frozenset hashes and compares in C faster than their words are looked up one by one); only
# the last few are kept, as a rule may also ask for words that depend on the document.
_SET_KEYS: dict[frozenset[str], frozenset[int]] = {}
_SET_KEYS_KEPT = 32
_MANY_WORDS = 16


def _keys_of(strings: StringStore, words: Iterable[str]) -> frozenset[int] | set[int]:
    if isinstance(words, frozenset):
        keys = _LIST_KEYS.get(words)
        if keys is None:
            keys = _LIST_KEYS[words] = frozenset(_key(strings, word) for word in words)
        return keys
    if isinstance(words, (set, type({}.keys()))) and len(words) > _MANY_WORDS:
        frozen = frozenset(words)
        keys = _SET_KEYS.get(frozen)
        if keys is None:
            if len(_SET_KEYS) >= _SET_KEYS_KEPT:
                del _SET_KEYS[next(iter(_SET_KEYS))]
            keys = _SET_KEYS[frozen] = frozenset(_key(strings, word) for word in frozen)
        return keys
    return {_key(strings, word) for word in words}


def _lowered(strings: StringStore, key: int) -> int:
    lowered = _LOWERED.get(key)
    if lowered is None:
        lowered = _LOWERED[key] = _key(strings, strings[key].lower())
    return lowered


def _groups(keys: numpy.ndarray) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """The token indexes sorted by key, and per key where its tokens are in that order."""
    order = numpy.argsort(keys, kind="stable")
    if not len(keys):
        return [], {}
    ordered = keys[order]
    cuts = (ordered[1:] != ordered[:-1]).nonzero()[0] + 1
    starts = [0, *cuts.tolist()]
    ends = [*starts[1:], len(keys)]
    return order.tolist(), dict(zip(ordered[starts].tolist(), zip(starts, ends)))


def tokens_named(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes, in order, of the tokens whose lower-case form or lower-cased lemma is in ``words``."""
    if len(doc) == 0:
        return []
    return memo(doc, "token_index", _DocIndex).named(words)


def named_in(doc: Doc, words: frozenset[str]) -> list[int]:
    """``tokens_named(doc, words)`` for a word list of the rules, found once per Doc and list: for
    rules that ask whether a word of a list is near each name (a bisect then answers)."""
    held = memo(doc, ("named", id(words)), lambda d: (words, tokens_named(d, words)))
    return held[1] if held[0] is words else tokens_named(doc, words)


def any_between(indexes: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of token indexes has one in ``[start, end)``."""
    i = bisect_left(indexes, start)
    return i < len(indexes) and indexes[i] < end


def tokens_labelled(doc: Doc, labels: frozenset[str]) -> list[int]:
    """Indexes, in order, of the tokens whose dependency label is in ``labels`` (read from the
    token array, for rules that would ask every token for ``dep_``)."""
    keys = numpy.array(sorted(doc.vocab.strings[label] for label in labels), dtype=numpy.uint64)
    return in_sorted(doc.to_array(DEP), keys).nonzero()[0].tolist()


def in_sorted(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, keys)`` for sorted ``keys``: a binary search of each value, which for
    the few keys of a word list costs a quarter of ``isin`` (whose checks and dispatch take most
    of its time on arrays of a document's size)."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values


def token_at_char(doc: Doc, char: int, start: int, end: int) -> int | None:
    """The index of the token of ``doc[start:end]`` that starts at character ``char``, if one does."""
    starts = char_starts(doc)
    i = bisect_left(starts, char, start, end)
    return i if i < end and starts[i] == char else None


def token_holding_char(doc: Doc, char: int) -> int | None:
    """The index of the token whose text holds character ``char``, if one does (``char_span``
    checks the Doc's annotations and makes a Span on each call)."""
    starts = char_starts(doc)
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < starts[i] + len(doc[i]) else None
