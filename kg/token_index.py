"""Which tokens of a Doc a word list names, read from the token arrays.

Rules index their words (verbs of saying, relation triggers); most tokens of an article are in
none of them. Asking each token for ``lower_`` and ``lemma_`` makes a Token and two Python
strings per token and rule pass, which is most of a rule component's time on a long article;
``Doc.to_array`` gives the same strings' hashes for all tokens at once.
"""
from __future__ import annotations

from collections.abc import Collection

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc


def tokens_named(doc: Doc, words: Collection[str]) -> list[int]:
    """Indexes, in order, of the tokens whose lower-case form or lower-cased lemma is in ``words``."""
    if len(doc) == 0 or not words:
        return []
    strings = doc.vocab.strings
    lowers, lemmas = doc.to_array([LOWER, LEMMA]).T
    lemma_hits = [h for h in numpy.unique(lemmas).tolist() if strings[h].lower() in words]
    word_hashes = [strings[w] for w in words if w in strings]
    hit = numpy.isin(lowers, word_hashes) | numpy.isin(lemmas, lemma_hits)
    return hit.nonzero()[0].tolist()
