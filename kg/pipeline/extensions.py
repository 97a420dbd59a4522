"""The Doc, Token and Span extensions kg's components read and write.

Values are plain lists, dicts and strings: a Doc crosses processes as bytes under
``nlp.pipe(..., n_process=N)``, and spaCy packs its extension values with msgpack.

Doc._.kg_article         {"id", "published", "text", "dateline", "dateline_day", "title", "live_entries"} of the
                         article, set before the pipeline runs ("dateline": the place words of the
                         line that opens the story; "dateline_day": its day as written, "Nov 14")
Doc._.kg_sentences       the sentences kg numbers (kg.schema.Sentence fields), blank ones left out
Doc._.kg_sentence_of     per token: the index of its sentence, or None in a blank one
Doc._.kg_entities        kg.schema.Entity fields, one dict an entity
Doc._.kg_entity_of       per token: the id of the entity it mentions, or None
Doc._.kg_roles           entity id -> the role the document gives them
Doc._.kg_outlets         ids of the entities that are news outlets
Doc._.kg_statements      kg.schema.Statement fields, one dict a statement
Doc._.kg_relations       kg.schema.Relation fields, one dict a relation
Token._.kg_sentence      the token's sentence index (None in a blank sentence)
Token._.kg_entity        the id of the entity the token is part of a mention of, or None
Span._.kg_sentence       the sentence index of the span's first token
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping

from spacy.tokens import Doc, Span, Token

DOC_LISTS = ("kg_sentences", "kg_sentence_of", "kg_entities", "kg_entity_of", "kg_outlets",
             "kg_statements", "kg_relations")


def _sentence_of_token(token: Token) -> int | None:
    per_token = token.doc._.kg_sentence_of
    return per_token[token.i] if per_token else None


def _entity_of_token(token: Token) -> str | None:
    per_token = token.doc._.kg_entity_of
    return per_token[token.i] if per_token else None


def _sentence_of_span(span: Span) -> int | None:
    return _sentence_of_token(span[0]) if len(span) else None


def register() -> None:
    """Declare kg's extensions (again is harmless)."""
    Doc.set_extension("kg_article", default=None, force=True)
    for name in DOC_LISTS:
        Doc.set_extension(name, default=None, force=True)
    Doc.set_extension("kg_roles", default=None, force=True)
    Token.set_extension("kg_sentence", getter=_sentence_of_token, force=True)
    Token.set_extension("kg_entity", getter=_entity_of_token, force=True)
    Span.set_extension("kg_sentence", getter=_sentence_of_span, force=True)


def dateline_of_doc(doc: Doc) -> list[str]:
    """The place words of the article's dateline (kg.boilerplate.dateline_of), if it has one."""
    return list((doc._.kg_article or {}).get("dateline") or ())


def opening_of(doc: Doc) -> tuple[str | None, str | None]:
    """The day the article's dateline gives, as written ("Nov 14"), and its title, if it has them."""
    meta = doc._.kg_article or {}
    return meta.get("dateline_day"), meta.get("title")


def live_entries_of(doc: Doc) -> list[tuple[int, str]]:
    """Where the entries of a live blog start, with their days (kg.statement_live), if it is one."""
    return [tuple(entry) for entry in (doc._.kg_article or {}).get("live_entries") or ()]


def article_of(doc: Doc) -> tuple[str, str | None]:
    """The article's id and publication date; a Doc made without them (``nlp(text)``) is known
    by its text's hash, as kg names articles, and has no date."""
    meta = doc._.kg_article or {}
    article_id = meta.get("id") or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]
    return article_id, meta.get("published")


class SentenceOf(Mapping[int, int]):
    """Token index -> sentence index, read from ``Doc._.kg_sentence_of`` (tokens of blank
    sentences are absent), for code that asks ``sentence_of.get(i, 0)``."""

    def __init__(self, doc: Doc) -> None:
        self._per_token = doc._.kg_sentence_of or []

    def __getitem__(self, i: int) -> int:
        index = self._per_token[i] if 0 <= i < len(self._per_token) else None
        if index is None:
            raise KeyError(i)
        return index

    def get(self, i: int, default: int | None = None) -> int | None:
        # (Mapping.get goes through __getitem__ and a KeyError; the rules ask for every mention)
        index = self._per_token[i] if 0 <= i < len(self._per_token) else None
        return default if index is None else index

    def __iter__(self) -> Iterator[int]:
        return (i for i, index in enumerate(self._per_token) if index is not None)

    def __len__(self) -> int:
        return sum(1 for index in self._per_token if index is not None)


register()
