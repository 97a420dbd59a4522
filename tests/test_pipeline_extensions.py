"""kg.pipeline.extensions: values that cross processes, and the views the rules read."""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from kg.pipeline.extensions import SentenceOf, article_of


def test_extension_values_survive_the_bytes_a_worker_sends_back(extractor):
    doc = extractor.nlp.make_doc("Russia denied the report. Kim left.")
    doc._.kg_article = {"id": "a1", "published": "2024-10-30"}
    doc = extractor.nlp(doc)
    back = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    for name in ("kg_article", "kg_sentences", "kg_sentence_of", "kg_entities", "kg_entity_of",
                 "kg_roles", "kg_outlets", "kg_statements", "kg_relations"):
        assert getattr(back._, name) == getattr(doc._, name), name
    assert back[0]._.kg_entity == "country:ru" and back[5]._.kg_sentence == 1


def test_sentence_of_reads_the_sentence_index_of_each_token(extractor):
    doc = Doc(extractor.nlp.vocab, words=["a", "b", "c"])
    doc._.kg_sentence_of = [0, None, 1]
    sentence_of = SentenceOf(doc)
    assert sentence_of.get(0) == 0 and sentence_of.get(1, 7) == 7 and sentence_of[2] == 1
    assert dict(sentence_of) == {0: 0, 2: 1} and sentence_of.get(99, 0) == 0


def test_a_doc_without_article_metadata_is_named_by_its_texts_hash(extractor):
    doc = extractor.nlp.make_doc("Some text.")
    assert article_of(doc) == (hashlib.sha256(b"Some text.").hexdigest()[:16], None)
    doc._.kg_article = {"id": "a1", "published": "2024-10-30"}
    assert article_of(doc) == ("a1", "2024-10-30")
