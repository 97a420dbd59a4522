"""Which tokens of a Doc a word list names, read from the token arrays.

Rules index their words (verbs of saying, relation triggers); most tokens of an article are in
none of them. Asking each token for ``lower_`` and ``lemma_`` makes a Token and two Python
strings per token and rule pass, which is most of a rule component's time on a long article.
Instead the Doc's tokens are indexed once by lower-case form and by lower-cased lemma (from
``Doc.to_array``), and each word list is looked up in that index.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from kg.doc_memo import memo


class _DocIndex:
    def __init__(self, doc: Doc) -> None:
        self.by_lower: dict[int, list[int]] = {}   # hash of the lower-case form -> token indexes
        by_lemma: dict[int, list[int]] = {}
        for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
            self.by_lower.setdefault(lower, []).append(i)
            by_lemma.setdefault(lemma, []).append(i)
        strings = doc.vocab.strings
        self.by_lemma: dict[str, list[int]] = {}   # lower-cased lemma -> token indexes
        for lemma, where in by_lemma.items():
            self.by_lemma.setdefault(strings[lemma].lower(), []).extend(where)

    def named(self, words: Iterable[str]) -> list[int]:
        found: set[int] = set()
        for word in words:
            key = _HASHES.get(word)
            if key is None:
                key = _HASHES[word] = hash_string(word)
            found.update(self.by_lower.get(key, ()))
            found.update(self.by_lemma.get(word, ()))
        return sorted(found)


_HASHES: dict[str, int] = {}   # word -> its hash in every StringStore


def tokens_named(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes, in order, of the tokens whose lower-case form or lower-cased lemma is in ``words``."""
    if len(doc) == 0:
        return []
    return memo(doc, "token_index", _DocIndex).named(words)
