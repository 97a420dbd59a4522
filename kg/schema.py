"""kg's schema: the kinds of things in the graph and the records that flow between stages.

This module depends on nothing else in kg (nor on spaCy or a store): extraction, the extraction
file, the loaders, the Cypher parameters and the docs all take their types and kinds from here.
Records serialise to the extraction file (JSON Lines) with ``to_dict`` and back with
``from_dict``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from enum import StrEnum
from typing import Any


class EntityType(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"


_TYPE_OF_PREFIX = {t.value.lower(): t for t in EntityType}   # "country" -> COUNTRY, as ids start


class StatementKind(StrEnum):
    """What a speaker did with a content; each kind is also the speaker's relationship type in
    the graph (upper-cased: SAID, CONFIRMED, ...)."""

    SAID = "said"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    ACKNOWLEDGED = "acknowledged"
    CALLED_FOR = "called_for"
    WARNED = "warned"
    ACCUSED = "accused"
    CONDEMNED = "condemned"
    REPORTED = "reported"   # a news outlet as the source

    @property
    def relationship(self) -> str:
        return self.value.upper()


class RelationType(StrEnum):
    """The relation types kg's own rules define (kg/rules/relations.toml); a rules file may add
    others, whose names must match ``RELATION_NAME``."""

    DEPLOYED_TO = "DEPLOYED_TO"
    ATTACKED = "ATTACKED"
    SUPPLIED = "SUPPLIED"
    MET_WITH = "MET_WITH"
    SIGNED_AGREEMENT_WITH = "SIGNED_AGREEMENT_WITH"
    SANCTIONED = "SANCTIONED"
    HOLDS_ROLE = "HOLDS_ROLE"


class Modality(StrEnum):
    """How the text puts a relation: as having happened, or only as possible, intended or
    suspected. Anything but ``asserted`` is kept apart from the facts (``hypothetical``)."""

    ASSERTED = "asserted"
    HYPOTHETICAL = "hypothetical"   # "could send", "is likely to deploy"
    PLANNED = "planned"             # "plans to send", "will deploy"
    UNCONFIRMED = "unconfirmed"     # "suspected soldiers", "reportedly sent", only ever denied


ENTITY_TYPES = tuple(t.value for t in EntityType)
STATEMENT_KINDS = tuple(k.value for k in StatementKind)
RELATION_TYPES = tuple(t.value for t in RelationType)
MODALITIES = tuple(m.value for m in Modality)
# A relation type name becomes a relationship type in Cypher: upper snake case only, so a name
# from a user's rules file can never carry Cypher.
RELATION_NAME = r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$"


@dataclass(frozen=True, order=True)
class EntityRef:
    """A typed reference to an entity: its type and its spelling-insensitive key. ``id`` is the
    string written to the extraction file and the graph ("person:vladimir-putin")."""

    type: EntityType
    key: str

    @property
    def id(self) -> str:
        return f"{self.type.value.lower()}:{self.key.replace(' ', '-')}"

    @classmethod
    def from_id(cls, entity_id: str) -> EntityRef:
        prefix, sep, key = entity_id.partition(":")
        types = _TYPE_OF_PREFIX
        if not sep or prefix not in types:
            raise ValueError(f"not an entity id: {entity_id!r}")
        return cls(types[prefix], key)

    def __str__(self) -> str:
        return self.id


@dataclass
class Article:
    """One article (a file, a page, or one record of a records file), before NLP."""

    id: str                     # sha256 of the text: same text, same id
    file: str                   # the path as given ("news.jsonl#id" or "news.jsonl:3" for a record)
    text: str                   # the text read (a page's extracted text); all offsets point into it
    published: str | None = None  # ISO date or None, never guessed
    source: str | None = None     # the outlet
    url: str | None = None
    title: str | None = None
    published_from: str | None = None  # "manifest" | "record" | "page" | "text" | "dateline" | None
    body: list[tuple[int, int]] = field(default_factory=list)  # kept paragraph spans
    author: str | None = None
    published_at: str | None = None  # ISO date and time, when the input gives a time


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
    # Standard identifiers, where the gazetteer knows them: ISO 3166-1 alpha-2 on countries,
    # GeoNames ids on countries and places, coordinates on places.
    iso: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None


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
    type: str                   # a RelationType, or a name from a rules file (RELATION_NAME)
    source: str                 # entity id
    target: str                 # entity id
    sentence: int
    start: int                  # the sentence
    end: int
    text: str
    hypothetical: bool = False  # modality is not "asserted": kept among the speculations
    troops: int | None = None   # how many, when stated ("10,000 troops")
    date: str | None = None
    date_text: str | None = None
    negated: bool = False       # "did not send", "denied attacking"
    modality: str = Modality.ASSERTED.value
    trigger: str = ""           # the word that states it ("sent", "deployment", "talks")
    trigger_start: int = -1     # its offset, which places it inside a statement's content
    unit: str | None = None     # what was sent or used ("troops", "special forces", "missiles")
    title: str | None = None    # HOLDS_ROLE: the title held ("Secretary General")
    claimed_by: list[str] = field(default_factory=list)   # ids of statements whose content states it

    def __post_init__(self) -> None:
        # An extraction file from before modalities carries only "hypothetical".
        if self.hypothetical and self.modality == Modality.ASSERTED.value:
            self.modality = Modality.HYPOTHETICAL.value
        self.hypothetical = self.modality != Modality.ASSERTED.value


def _record(obj: Any) -> dict[str, Any]:
    """A record's fields, as ``asdict`` gives them for records of plain values (lists copied),
    without ``asdict``'s deep copy of every value, which cost more than the JSON encoding."""
    names, list_names = _field_names(type(obj))
    values = vars(obj)
    if len(values) == len(names):   # its fields only, in their order (as __init__ set them): read at once
        record = values.copy()
        for name in list_names:     # (only the fields declared as lists are asked whether they hold one)
            if isinstance(value := record[name], list):
                record[name] = list(value)
        return record
    return {f: list(v) if isinstance(v := getattr(obj, f), list) else v for f in names}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A record's fields, and those of them declared as lists."""
    return tuple(f.name for f in fields(cls)), tuple(f.name for f in fields(cls) if str(f.type).startswith("list"))


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
                "url": a.url, "title": a.title, "author": a.author, "published_at": a.published_at,
                "text": a.text,
            },
            "sentences": [_record(s) for s in self.sentences],
            "entities": [{**_record(e), "mentions": [_record(m) for m in e.mentions]} for e in self.entities],
            "statements": [_record(s) for s in self.statements],
            # What the text asserts, apart from it what it only raises as possible, and what it
            # says did not happen.
            "relations": [_record(r) for r in self.relations if not r.hypothetical and not r.negated],
            "speculations": [_record(r) for r in self.relations if r.hypothetical and not r.negated],
            "negated_relations": [_record(r) for r in self.relations if r.negated],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Document:
        d = raw["document"]
        article = Article(
            id=d["id"], file=d["file"], text=d.get("text") or "", published=d.get("published"),
            source=d.get("source"), url=d.get("url"), title=d.get("title"),
            published_from=d.get("published_from"), author=d.get("author"),
            published_at=d.get("published_at"),
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
            relations=[Relation(**r) for r in raw.get("relations", []) + raw.get("speculations", [])
                       + raw.get("negated_relations", [])],
        )
