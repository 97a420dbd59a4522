"""kg.sentences: the sentences, and the text and tokens of a stretch of a Doc, as spaCy's own
properties give them (``doc.sents``, ``doc[i:j].text``, ``token.sent``) without making Spans."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.sentences import char_bounds, entity_spans, sentence_of, sentence_spans, token_list, tokens, tokens_text

WORDS = ["The", "army", "said", "it", "left", ".", "\n", "Talks", "resumed", "on", "Monday", "."]
SPACES = [True, True, True, True, False, False, False, True, True, True, False, False]
STARTS = [True] + [False] * 6 + [True] + [False] * 4


@pytest.fixture
def doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, spaces=SPACES, sent_starts=STARTS)


def test_sentences_are_the_docs_own(doc):
    assert [(s.start, s.end) for s in sentence_spans(doc)] == [(s.start, s.end) for s in doc.sents] == [(0, 7), (7, 12)]
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]


@pytest.mark.parametrize("start, end", [(0, 1), (0, 6), (1, 3), (6, 8), (7, 12), (0, 12), (3, 3), (12, 12)])
def test_the_text_and_tokens_of_a_stretch_are_the_spans(doc, start, end):
    span = doc[start:end]
    assert tokens_text(doc, start, end) == span.text
    assert char_bounds(doc, start, end) == (span.start_char, span.end_char)
    assert [t.i for t in tokens(doc, start, end)] == [t.i for t in span]


def test_the_entity_spans_are_the_docs_read_once(doc):
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 10, 11, label="DATE")]
    assert [(e.start, e.end, e.label_) for e in entity_spans(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entity_spans(doc) is entity_spans(doc)


def test_the_token_list_is_the_docs_tokens_made_once(doc):
    assert [(t.i, t.text) for t in token_list(doc)] == [(t.i, t.text) for t in doc]
    assert token_list(doc) is token_list(doc)
    assert token_list(doc)[-1].i == doc[-1].i   # indexes as the Doc does


def test_the_doc_text_is_the_text_the_doc_was_made_from(extractor):
    from kg.pipeline import make_doc
    from kg.schema import Article
    from kg.sentences import doc_text
    text = "Talks resumed on Monday.\n\nThe army said it left."
    made = make_doc(extractor.nlp, Article(id="a1", file="a.txt", text=text, body=[(0, len(text))]))
    assert doc_text(made) == made.text == text
    assert doc_text(extractor.nlp.make_doc(text)) == text   # a Doc kg did not make: its own text
