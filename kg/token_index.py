"""Which tokens of a Doc a word list names, read from the token arrays.

Rules index their words (verbs of saying, relation triggers); most tokens of an article are in
none of them. Asking each token for ``lower_`` and ``lemma_`` makes a Token and two Python
strings per token and rule pass, which is most of a rule component's time on a long article;
``Doc.to_array`` gives the same strings' hashes for all tokens at once.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc


class _WordIndex:
    """The hashes of a word list, and which lemmas (by hash) lower-case into it."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.hashes = frozenset(hash_string(w) for w in words)
        self.lemma_hit: dict[int, bool] = {}   # lemma hash -> its lower-cased form is a word

    def named(self, doc: Doc) -> list[int]:
        strings, hit, hashes, words = doc.vocab.strings, self.lemma_hit, self.hashes, self.words
        found = []
        for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
            if lower in hashes:
                found.append(i)
                continue
            known = hit.get(lemma)
            if known is None:
                known = hit[lemma] = strings[lemma].lower() in words
            if known:
                found.append(i)
        return found


@lru_cache(maxsize=64)
def _index(words: frozenset[str]) -> _WordIndex:
    return _WordIndex(words)


def tokens_named(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes, in order, of the tokens whose lower-case form or lower-cased lemma is in ``words``."""
    if len(doc) == 0:
        return []
    return _index(frozenset(words)).named(doc)
