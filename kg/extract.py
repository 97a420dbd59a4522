"""From Article records to Document records: the extraction pipeline (kg.pipeline) loaded once."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language

from kg import pipeline
from kg.schema import Article, Document


class Extractor:
    """Holds the loaded pipeline; build one per process and reuse it. ``rules`` are rule files
    merged over the built-in rules (kg.rules)."""

    def __init__(self, model: str, nlp: Language | None = None, rules: Sequence[str | Path] = ()) -> None:
        self.nlp = nlp or pipeline.load(model, rules)

    def documents(self, articles: Iterable[Article], batch_size: int = 32,
                  workers: int = 1) -> Iterator[Document]:
        return pipeline.documents(self.nlp, articles, batch_size=batch_size, workers=workers)
