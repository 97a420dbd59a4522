"""The records that flow between kg's stages.

Every stage is a function from these records to these records; they serialise to the
extraction file (JSON Lines) with ``to_dict`` and back with ``from_dict``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES = ("Person", "Organization", "Country", "Place")
STATEMENT_KINDS = (
    "said", "confirmed", "denied", "acknowledged", "called_for",
    "warned", "accused", "condemned", "reported",
)
RELATION_TYPES = ("DEPLOYED_TO", "SIGNED_TREATY_WITH")


@dataclass
class Article:
    """One input file, after reading and before NLP."""

    id: str                     # sha256 of the raw text: same text, same id
    file: str                   # the path as given
    text: str                   # the raw text; all offsets point into it
    published: str | None = None  # ISO date or None, never guessed
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published_from: str | None = None  # "manifest" | "text" | None
    body: list[tuple[int, int]] = field(default_factory=list)  # kept paragraph spans


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sentence: int


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Statement:
    id: str
    speaker: str                # entity id
    kind: str
    negated: bool
    content: str
    content_start: int
    content_end: int
    sentence: int
    start: int                  # the attribution cue (the verb phrase)
    end: int
    cue: str
    date: str | None = None
    date_text: str | None = None
    about: list[str] = field(default_factory=list)        # entity ids
    reported_by: list[str] = field(default_factory=list)  # outlet entity ids


@dataclass
class Relation:
    id: str
    type: str
    source: str                 # entity id
    target: str                 # entity id
    sentence: int
    start: int
    end: int
    text: str
    hypothetical: bool = False
    troops: int | None = None
    date: str | None = None
    date_text: str | None = None


@dataclass
class Document:
    """One line of the extraction file."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity]
    statements: list[Statement]
    relations: list[Relation]

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "document": {
                "id": a.id, "file": a.file, "published": a.published,
                "published_from": a.published_from, "source": a.source,
                "url": a.url, "title": a.title,
            },
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "statements": [asdict(s) for s in self.statements],
            # What the text asserts, and apart from it what it only raises as possible.
            "relations": [asdict(r) for r in self.relations if not r.hypothetical],
            "speculations": [asdict(r) for r in self.relations if r.hypothetical],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Document:
        d = raw["document"]
        article = Article(
            id=d["id"], file=d["file"], text="", published=d.get("published"),
            source=d.get("source"), url=d.get("url"), title=d.get("title"),
            published_from=d.get("published_from"),
        )
        entities = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
            for e in raw.get("entities", [])
        ]
        return cls(
            article=article,
            sentences=[Sentence(**s) for s in raw.get("sentences", [])],
            entities=entities,
            statements=[Statement(**s) for s in raw.get("statements", [])],
            relations=[Relation(**r) for r in raw.get("relations", []) + raw.get("speculations", [])],
        )
