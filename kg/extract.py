"""From Article records to Document records: the extraction pipeline (kg.pipeline) loaded once."""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language

from kg import pipeline
from kg.schema import Article, Document


class Extractor:
    """Holds the loaded pipeline; build one per process and reuse it. ``rules`` are rule files
    merged over the built-in rules (kg.rules).

    Once the model is loaded, every object the process holds is moved out of the garbage
    collector's reach (``gc.freeze()``, CPython's facility for long-lived objects). The model is
    hundreds of thousands of objects that live as long as the process; each full collection
    walked all of them (0.1-0.3 s) while reading the news allocates many small objects, which
    set off such collections every hundred articles or so. Frozen objects are still freed when
    nothing refers to them; only a reference cycle among them would be kept (loading the model
    leaves none)."""

    def __init__(self, model: str, nlp: Language | None = None, rules: Sequence[str | Path] = ()) -> None:
        self.nlp = nlp or pipeline.load(model, rules)
        gc.freeze()

    def documents(self, articles: Iterable[Article], batch_size: int = 32,
                  workers: int = 1) -> Iterator[Document]:
        return pipeline.documents(self.nlp, articles, batch_size=batch_size, workers=workers)
