"""What a run adds up to, counted as the graph holds it: distinct articles, entities,
statements and relations (an entity named in a hundred articles is one entity)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.schema import Document


class Tally:
    def __init__(self) -> None:
        self.articles: set[str] = set()
        self.entities: set[str] = set()
        self.statements: set[str] = set()
        self.relations: set[str] = set()

    def add(self, doc: Document) -> None:
        self.articles.add(doc.article.id)
        self.entities.update(e.id for e in doc.entities)
        self.statements.update(s.id for s in doc.statements)
        self.relations.update(r.id for r in doc.relations)

    def track(self, documents: Iterable[Document]) -> Iterator[Document]:
        """``documents`` passed through, each one counted."""
        for doc in documents:
            self.add(doc)
            yield doc

    def counts(self) -> tuple[int, int, int, int]:
        return len(self.articles), len(self.entities), len(self.statements), len(self.relations)

    def __str__(self) -> str:
        articles, entities, statements, relations = self.counts()
        return f"{articles} articles, {entities} entities, {statements} statements, {relations} relations"
