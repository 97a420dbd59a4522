"""A mention found in a document and what it refers to, before kg.identity groups mentions into
entities."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kg.gazetteer import City


Key = tuple[str, str]   # (entity type, identity key within the type)
SIZEABLE_CITY = 100_000  # a city the model missed or mistyped is taken from the gazetteer from this size


@dataclass
class Found:
    """A mention and what it refers to, before mentions are grouped into entities."""

    start: int          # token indices
    end: int
    type: str
    name: str           # the name this mention gives, titles stripped
    key: str            # identity within the type
    role: str | None = None
    outlet: bool = False
    short: bool = False  # a single-word person name that should join a full name
    direction: str | None = None  # "the North": resolved against the document's countries
    shared: tuple[str, ...] = ()  # "Congo": the ISO codes it may mean, the one meant alone first
    geo: City | None = None       # the GeoNames city (or region) this place is
    weight: int = 1     # how sure the type is: 1 from the model, 2 from the context or a gazetteer,
    # 3 from a noun that says what it is ("the opposition party, Chadema"), 0 for a guess with nothing behind it
    ends: tuple[str, ...] | None = field(default=None, repr=False, compare=False)  # see _name_ends
    described: tuple[str, ...] = ()   # an institution described in lower case: its qualifying words
    own_start: int | None = None      # where an institution's own words start after its country
    described_name: bool = False      # a name made from a lower-case description: a name the text gives wins
    traded: bool = False              # a company's name by its context: shares are held in it ("shares in Novo Nordisk")
    country: str = ""                 # the ISO code of the country an institution is written with ("Japan's foreign ministry")


class _Undecided(Enum):
    UNDECIDED = "undecided"


UNDECIDED = _Undecided.UNDECIDED   # a reader's answer when the span is not of its case (kg.entity_types)
Reading = Found | None | _Undecided   # a reader's answer: an entity, no entity, or not its case
