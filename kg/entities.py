"""Entities in one parsed document: the right spans, the right types, one entity per real thing.

spaCy's NER proposes spans; these rules correct them the way a careful reader would:
names cut at a hyphen or a particle are completed, titles are moved into a ``role``,
countries are recognised by name, capital or demonym, outlets are organisations, and short
names ("Putin", "Kim") join the nearest compatible full name of the same document.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.entity_clubs import ClubNames
from kg.entity_filters import EntityFilters, drop_nested, named_in_apposition, named_otherwise, without_products
from kg.entity_missed import MissedNames
from kg.entity_types import SpanTyping
from kg.entity_mentions import Found
from kg.identity import DocEntities, group
from kg.name_acronyms import defined_acronyms as _defined_acronyms
from kg.name_spans import name_spans as _name_spans
from kg.schema import EntityType
from kg.token_index import tokens_named


class EntityFinder(SpanTyping, MissedNames, ClubNames, EntityFilters):
    """The entities of a parsed document (``find``): the model's spans typed by their context
    (kg.entity_types, kg.entity_retyping), the names it missed (kg.entity_missed), sports clubs (kg.entity_clubs), and
    the corrections that weigh entities against each other (kg.entity_filters)."""

    def find(self, doc: Doc, sentence_of: dict[int, int]) -> DocEntities:
        founds: list[Found] = []
        for start, end, label in _name_spans(doc, self.gaz):
            f = self._classify(doc, start, end, label)
            if f:
                founds.append(self._with_parenthesised_wing(doc, self._without_region_word(doc, f)))
        taken = {i for f in founds for i in range(f.start, f.end)}
        countries = {f.key.upper() for f in founds if f.type == EntityType.COUNTRY and f.key}   # the article's
        # (a known name first: what a rule after it reads there is weighed over it, "shares in Novo Nordisk")
        extras = self._known_names(doc, taken) + self._institutions(doc, taken) + self._regions(doc, taken) \
            + self._known_places(doc, taken, countries) + self._facilities_opened(doc, taken) \
            + self._known_regions(doc, taken, countries) \
            + self._places_before_shared_region_word(doc) \
            + self._named_after_kind(doc, taken) + self._titled_people(doc, taken) \
            + self._titled_in_apposition(doc, taken) + self._known_acronyms(doc, taken) + self._acronyms_of_kind(doc, taken) \
            + self._employers(doc, taken) + self._owned_names(doc, taken)
        for extra in extras:
            overlapping = [f for f in founds if f.start < extra.end and extra.start < f.end]
            if any(f.type == EntityType.PLACE and f.start <= extra.start and extra.end <= f.end
                   and f.end - f.start > extra.end - extra.start for f in overlapping):
                continue   # "South Kivu" + "province": the name the model gave is whole
            if all(f.type in (EntityType.COUNTRY, EntityType.PLACE) or f.end - f.start <= extra.end - extra.start
                   for f in overlapping):
                founds = [f for f in founds if f not in overlapping]
                founds.append(extra)
        founds = without_products(doc, self._qualifiers_apart(doc, founds))
        if tokens_named(doc, lexicon.SPORTS_CONTEXT):
            founds = self._clubs(doc, founds)
        founds.sort(key=lambda f: (f.start, -f.end))
        founds = drop_nested(founds)
        founds = named_otherwise(doc, named_in_apposition(doc, founds))
        founds = self._surnames(doc, self._names_again(doc, founds))
        founds, acronyms = _defined_acronyms(doc, founds)
        return group(doc, founds, sentence_of, self.gaz, acronyms)
