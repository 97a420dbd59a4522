"""The parser's sentences of a Doc, as ``doc.sents`` gives them, read from the token array.

``doc.sents`` first checks that sentence boundaries exist by creating a Python object for every
token, on each call; kg's components walk the sentences several times per document, and that
check alone cost several milliseconds a document. ``to_array`` reads the same boundaries in C.

The text and the tokens of a stretch of a Doc are read here without making a Span: ``doc[i:j]``
costs a few microseconds (its bounds are checked in Python), its ``.text`` as much again, and the
name rules cut hundreds of stretches a document.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from kg.doc_memo import memo
# token_list(doc): the Doc's tokens as a list, made once per Doc (kg.doc_memo): ``doc[i]`` makes a
# new Token on each call (about 0.17 µs, and the rules ask for some 9,000 a document), an item of a
# list costs a twentieth of that. For rules that read many tokens: ``toks[i]`` for ``doc[i]``.
from kg.doc_memo import token_list


def doc_text(doc: Doc) -> str:
    """``doc.text``, which joins every token's text on each access, read once per Doc (the text
    the Doc was made from, when kg.pipeline.make_doc kept it)."""
    return memo(doc, "text", _text)


def _text(doc: Doc) -> str:
    article = doc._.kg_article if Doc.has_extension("kg_article") else None
    return article["text"] if article and "text" in article else doc.text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text (``Span.text`` makes a Token per word)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for token bounds inside the Doc, cut from the Doc's text."""
    if start >= end:
        return doc_text(doc)[slice(*char_bounds(doc, start, end))]
    text, starts, ends = memo(doc, "token_chars", _token_chars)   # (one memo lookup: asked hundreds of times a Doc)
    return text[starts[start]:ends[end - 1]]


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``doc[start:end].start_char`` and ``.end_char`` for token bounds inside the Doc."""
    if start >= end:
        span = doc[start:end]
        return span.start_char, span.end_char
    _, starts, ends = memo(doc, "token_chars", _token_chars)   # (no Token made: asked a hundred times a Doc)
    return starts[start], ends[end - 1]


def char_starts(doc: Doc) -> list[int]:
    """Where each token of the Doc starts in its text (``token.idx``)."""
    return memo(doc, "token_chars", _token_chars)[1]


def _token_chars(doc: Doc) -> tuple[str, list[int], list[int]]:
    """The Doc's text, and where each token of the Doc starts and ends in it."""
    array = doc.to_array([IDX, LENGTH])
    return doc_text(doc), array[:, 0].tolist(), (array[:, 0] + array[:, 1]).tolist()


def tokens(doc: Doc, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``doc[start:end]`` (bounds inside the Doc), one by one."""
    return iter(token_list(doc)[start:end])


def sentence_of(token: Token) -> Span:
    """``token.sent`` (which walks the Doc's tokens to the sentence's bounds and checks that the
    Doc has sentences on each call): the sentence the token is in."""
    starts, spans = memo(token.doc, "sentence_starts", _sentence_starts)
    return spans[bisect_right(starts, token.i) - 1]


def _sentence_starts(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    spans = sentence_spans(doc)
    return [sent.start for sent in spans], spans


def sentence_spans(doc: Doc) -> tuple[Span, ...]:
    """The same spans as ``doc.sents``, in order (read once per Doc: see kg.doc_memo)."""
    return memo(doc, "sentences", _sentence_spans)


def _sentence_spans(doc: Doc) -> tuple[Span, ...]:
    if len(doc) == 0:
        return ()
    boundaries = (doc.to_array("SENT_START")[1:] == 1).nonzero()[0] + 1
    starts = [0, *boundaries.tolist()]
    return tuple(Span(doc, start, end) for start, end in zip(starts, [*starts[1:], len(doc)]))


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` of a Doc whose entities are final (after the NER model), read once: the
    property makes a Span of every entity on each call (the name rules and the date rules both
    read them)."""
    return memo(doc, "ents", _entity_spans)


def _entity_spans(doc: Doc) -> tuple[Span, ...]:
    return doc.ents


class SentenceEntities:
    """``sent.ents`` of every sentence of a Doc, found once: ``Span.ents`` walks every entity of
    the Doc on each call, and the date rules ask for a sentence's entities several times."""

    def __init__(self, doc: Doc) -> None:
        spans = list(sentence_spans(doc))
        starts = [s.start for s in spans]
        self._by_bounds: dict[tuple[int, int], list[Span]] = {(s.start, s.end): [] for s in spans}
        for ent in entity_spans(doc):
            sent = spans[bisect_right(starts, ent.start) - 1]
            if ent.end <= sent.end:
                self._by_bounds[(sent.start, sent.end)].append(ent)

    @classmethod
    def of_doc(cls, doc: Doc) -> SentenceEntities:
        """The table of a Doc whose entities are final (after the NER model), made once."""
        return memo(doc, "sentence_entities", cls)

    def of(self, span: Span) -> list[Span]:
        """The entities inside ``span``: from the sentence table when it is a sentence."""
        found = self._by_bounds.get((span.start, span.end))
        return found if found is not None else list(span.ents)
