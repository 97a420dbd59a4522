"""Quotations in a document: where each opens and closes, and which quote stands around or beside
a word. News quotes run over sentences and, opening a paragraph, on into the next one.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from kg.sentences import sentence_of
from kg.token_index import in_sorted


OPEN_QUOTES = ('"', "“", "''", "``")
QUOTE_MARKS = OPEN_QUOTES + ("”", "’")


CLOSER = {'"': ('"', "”"), "“": ("”", '"'), "''": ("''", '"'), "``": ("''", '"')}


_QUOTE_HASHES = numpy.array(sorted({hash_string(m) for m in (*OPEN_QUOTES, *(c for cs in CLOSER.values() for c in cs))}),
                             dtype=numpy.uint64)


def find_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of quotations, paired within a paragraph (a quote may run over sentences).
    A quote that opens a paragraph and is still open at its end runs on into the next
    paragraph, as news style writes long quotes: it is a quotation to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closers: tuple[str, ...] = ()
    paragraph_start = 0
    strings = doc.vocab.strings
    # read from the token arrays: only quote marks and line breaks matter, and a Token per word
    # costs more than the rest of this pass; so does a Python loop over every token
    array = doc.to_array([ORTH, IS_SPACE])
    marks = (in_sorted(array[:, 0], _QUOTE_HASHES) | (array[:, 1] != 0)).nonzero()[0]
    for i, (orth, space) in zip(marks.tolist(), array[marks].tolist()):
        text = strings[orth]
        if space and "\n" in text:
            if open_at is not None and open_at == paragraph_start:
                spans.append((open_at, i + 1))
            open_at, closers, paragraph_start = None, (), i + 1
            continue
        if open_at is None:
            if text in OPEN_QUOTES:
                open_at, closers = i, CLOSER[text]
        elif text in closers:
            spans.append((open_at, i + 1))
            open_at, closers = None, ()
    return spans


def quote_around(quotes: list[tuple[int, int]], token: Token) -> tuple[int, int] | None:
    for q in quotes:
        if q[0] < token.i < q[1]:
            return q
    return None


def adjacent_quote(quotes: list[tuple[int, int]], verb: Token) -> tuple[int, int] | None:
    """The quote of the verb's sentence nearest to it (a quote may have begun sentences before)."""
    sent = sentence_of(verb)
    near = [q for q in quotes if sent.start <= q[1] and q[0] < sent.end and not q[0] < verb.i < q[1]]
    if not near:
        return None
    return min(near, key=lambda q: min(abs(q[0] - verb.i), abs(q[1] - verb.i)))
