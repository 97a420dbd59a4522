"""The type of each span the model proposes, corrected by its context.

spaCy's NER labels a span; ``SpanTyping._classify`` trims it to the name (kg.entity_bounds) and
decides what it is the way a careful reader would: a title before a name makes a person, a
preposition of place a place, a capital acting its country's government, a noun of organisation
beside it an organisation; a time zone, a law's title or a product is no entity. Each reader
below decides one such case, or leaves the span ``UNDECIDED`` to the next.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc

from kg import lexicon
from kg.constants import DET, NSUBJ, NSUBJPASS
from kg.entity_bounds import name_bounds, organization_name_end
from kg.entity_context import (coordinated_with_place, first_conjunct, kind_before, located, named_place_of,
                               names_an_event, owns_an_officer, placed_by_context, plural_common_noun, region_context,
                               shares_held_in)
from kg.entity_naming import place_name
from kg.entity_retyping import RetypedSpans
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.gazetteer import fold
from kg.entity_mentions import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.entity_mentions import UNDECIDED, Found, Reading
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.schema import EntityType
from kg.sentences import char_starts, doc_text, token_list, tokens, tokens_text
from kg.token_index import any_between, named_in


# spans the model reads as times and amounts ("told lawmakers Wednesday") are no names
_TIME_AND_NUMBER_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_DOUBLE_QUOTES = ("\"", "“", "”")
_REGION_ADJECTIVES = frozenset({"north", "south", "east", "west", "central", "latin"})
# (the top-level domain in small letters: "S.Erdene" is a name written with an initial)
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,6})(?:/\S*)?$", re.IGNORECASE)
# a reader of a span (kg.entity_mentions): (doc, start, end, text, label) -> its reading, or UNDECIDED
Reader = Callable[[Doc, int, int, str, str], Reading]
_ARMED_GROUPS = frozenset({"rebel", "rebels", "militia", "militias", "fighter", "fighters", "insurgent", "insurgents"})


def _names_a_benchmark(doc: Doc, end: int) -> bool:
    """A name before a benchmark's word, maybe after its number or code and a noun: "Brent crude",
    "the Merval stock index", "the S&P 500 index", "the S&P IPSA stock index" (``benchmark_words``)."""
    if not any_between(named_in(doc, lexicon.BENCHMARK_WORDS), end, end + 4):
        return False   # (the words read below are doc[end:end + 4]: most names have no benchmark word there)
    toks = token_list(doc)
    i = end
    while i < len(doc) and i - end < 2 and (toks[i].like_num or toks[i].is_upper and toks[i].is_alpha):
        i += 1
    if i + 1 < len(doc) and toks[i].is_lower and toks[i].pos_ == "NOUN" and toks[i + 1].lower_ in lexicon.BENCHMARK_WORDS:
        i += 1
    return i < len(doc) and toks[i].lower_ in lexicon.BENCHMARK_WORDS


def _a_text_or_a_title(doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
    """A law's title ("the General Data Protection Regulation", "the Digital Services Act": a
    text) or a body inside a person's title ("Chief Cabinet Secretary", "Deputy Council Chairman")."""
    toks = token_list(doc)
    if end - start > 1 and toks[end - 1].lower_ in lexicon.LAW_WORDS and toks[end - 1].is_title:
        return None
    if label == "ORG" and end - start == 1 and 0 < start and end < len(doc) and _is_title_word(toks[start - 1]) \
            and _is_title_word(toks[end]) and _is_org_head(toks[start]):
        return None
    return UNDECIDED


def _a_time_or_a_benchmark(doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
    """"by 1030 GMT", "Brent crude futures", "the Merval stock index", "the S&P 500 index": no entity."""
    if text.lower() in lexicon.TIME_ZONES or _names_a_benchmark(doc, end):
        return None
    return UNDECIDED


def _words_of_no_name(doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
    """Words the model took for a name: in small letters ("in absentia", "an online congress": a
    name is capitalised; known ones written in lower case, "dpa", are read before), a common noun
    capitalised by the sentence ("Farmers' union ...", "Residents fled"), an event's name."""
    toks = token_list(doc)
    # (each word's first letter read from the Doc's text: no token asked for its text)
    text_of_doc = doc_text(doc)
    if (label != "ORG" or end - start == 1) and not any(
            text_of_doc[i].isupper() or text_of_doc[i].isdigit() for i in char_starts(doc)[start:end]):
        return None
    if end - start == 1 and label in ("ORG", "GPE", "PERSON") and plural_common_noun(toks[start]):
        return None
    if label != "PERSON" and names_an_event(doc, start, end):
        return None
    return UNDECIDED


class SpanTyping(RetypedSpans):
    @cached_property
    def _readers(self) -> tuple[tuple[Reader, ...], tuple[Reader, ...]]:
        """The readers of ``_classify``, on the span as the model bounds it, then on the name
        trimmed to an organisation's end; in order of precedence (made once, not for each of the
        seventy spans of a document)."""
        return ((self._web_address, _a_text_or_a_title, self._person_tag_opened_by_an_institution,
                 _a_time_or_a_benchmark),
                (self._person_after_a_portfolio, self._outlet, self._nationality, self._product_tag_placed,
                 self._known_organization, _words_of_no_name, self._numbered_name, self._traded_company,
                 self._organization_by_kind, self._known_organization_opening, self._region_reading,
                 self._person_by_context, self._place_by_context, self._thing_tagged_as_person,
                 self._institution_by_its_words, self._city_or_country, self._person_beside_a_title,
                 self._organization_by_context, self._place_tag, self._by_apposition, self._by_label))

    def _classify(self, doc: Doc, start: int, end: int, label: str) -> Found | None:
        """What the model's span (its bounds and label) names, if anything: its name's tokens first
        (kg.entity_bounds), then the first reader below that decides (a reader returns
        ``UNDECIDED`` when its case is not this span's; the order is the order of precedence)."""
        start, end = name_bounds(doc, start, end, label)
        if start >= end or any(t.text in _DOUBLE_QUOTES or t.is_space for t in tokens(doc, start, end)):
            return None   # 'the Pacific "Ring of Fire"': a quoted nickname, or words across lines
        text = tokens_text(doc, start, end)
        on_the_span, on_the_name = self._readers
        for reader in on_the_span:
            reading = reader(doc, start, end, text, label)
            if reading is not UNDECIDED:
                return reading
        end = organization_name_end(doc, start, end, label)
        text = tokens_text(doc, start, end)
        for reader in on_the_name:
            reading = reader(doc, start, end, text, label)
            if reading is not UNDECIDED:
                return reading
        return None

    def _web_address(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"example.com": an address, not an entity; a website acting ("Amazon.com said") is its company."""
        if "." not in text or not _WEB_ADDRESS.match(text):   # (an address has a dot: most names are read without the pattern)
            return UNDECIDED
        acting = label == "ORG" and doc[end - 1].dep_ in (NSUBJ, NSUBJPASS)
        return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(text)) if acting else None

    def _person_tag_opened_by_an_institution(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"Group G", "Party Congress": a person's name does not open with an organisation's word."""
        if label == "PERSON" and _is_org_head(doc[start]):
            return self._organization(doc, start, end) if _is_org_head(doc[end - 1]) else None
        return UNDECIDED

    def _outlet(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A news outlet by its name (``outlets``)."""
        outlet = lexicon.OUTLET_NAMES.get(fold(text))
        if outlet:
            return Found(start, end, EntityType.ORGANIZATION, outlet, fold(outlet), outlet=True)
        return UNDECIDED

    def _nationality(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A nationality's word is its country, unless it is a region's ("South American"), a time
        ("Soviet-era"), a person ("the Italian told reporters") or a place it names ("Davao Oriental")."""
        if label != "NORP":
            return UNDECIDED
        toks = token_list(doc)
        if start > 0 and toks[start - 1].lower_ in _REGION_ADJECTIVES:
            return None   # "South American", "East African": a region, not the country
        if end + 1 < len(doc) and toks[end].text == "-" and toks[end + 1].lower_ in ("era", "speaking", "language"):
            return None   # "Soviet-era tanks": a time; "French-speaking lawyers": a language; not the country
        head = toks[end - 1]
        if head.dep_ in (NSUBJ, NSUBJPASS) and not head.lower_.endswith("s") \
                and any(c.dep_ == DET and c.lower_ == "the" for c in head.children):
            return None   # "the Italian told reporters", "the 22-year-old Spaniard won": a person
        c = self.gaz.demonym(text)
        if c is None and text.lower() in lexicon.SHARED_COUNTRY_NAMES:
            return self._shared_country(text, start, end)   # "Congolese"
        if c is None and placed_by_context(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "struck off Davao Oriental"
        return Found(start, end, EntityType.COUNTRY, c.name, c.code.lower()) if c else None

    def _product_tag_placed(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"near Bossangoa and Bria": a name read as a product where its context says it is a place."""
        if label == "PRODUCT" and placed_by_context(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)
        return UNDECIDED

    def _known_organization(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A known organisation by its name or alias ("Shares in Novo Nordisk fell": a company
        traded, see shares_held_in)."""
        known = self._known_organization_named(doc, text)
        if known is None:
            return UNDECIDED
        return replace(known, start=start, end=end, traded=known.weight == 3 and shares_held_in(doc, start, end))

    def _numbered_name(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"COP29", "the M23 rebel group": places and people have no digits in their names; such a
        name before an organisation's noun or an armed group's is that organisation."""
        if label not in ("GPE", "LOC", "FAC", "PERSON") or not any(c.isdigit() for c in text):
            return UNDECIDED
        toks = token_list(doc)
        groups = lexicon.ORGANIZATION_NOUNS | _ARMED_GROUPS
        if toks[end - 1].head.lemma_.lower() in groups or (end < len(doc) and toks[end].lemma_.lower() in groups):
            return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(text), weight=2)
        return None

    def _traded_company(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"Shares in Novo Nordisk fell": a company (not "shares in Tokyo", a market)."""
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and shares_held_in(doc, start, end) and not self._market(text):
            found = self._organization(doc, start, end)
            return found and replace(found, weight=3, traded=True)
        return UNDECIDED

    def _organization_by_kind(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"Mexican steelmaker Ternium": a kind of organisation before the name."""
        kind = kind_before(doc, start) if label not in _TIME_AND_NUMBER_LABELS else None
        if kind == EntityType.ORGANIZATION and label != "ORG":
            found = self._organization(doc, start, end)
            return found and replace(found, weight=3)
        return UNDECIDED

    def _known_organization_opening(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A known organisation's name opening the span (``_known_organization_first``)."""
        known = self._known_organization_first(doc, start, end, label)
        return UNDECIDED if known is None else known

    def _region_reading(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A first-level region: after a city of its own ("Renton, Washington"), or one the
        gazetteer knows that the model read as a person or an organisation ("Tamil Nadu")."""
        if label in ("GPE", "LOC") and self._region_of_the_city_before(doc, start, text):
            region = self.gaz.region(text)
            return Found(start, end, EntityType.PLACE, place_name(text, region), fold(region.name), geo=region, weight=2)
        if label in ("PERSON", "ORG", "NORP"):
            region = self._known_region(doc, start, end, text, label)
            if region is not None:
                return region
        return UNDECIDED

    def _city_or_country(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A city where something happens, a place named as one of "the towns of ...", a country
        by its name or its capital acting, a name several countries share."""
        if label not in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
            return UNDECIDED
        found = self._city_here(doc, start, end, label)
        if found:
            return found
        if label in ("ORG", "PERSON") and (named_place_of(doc, start)
                                           or named_place_of(doc, first_conjunct(doc, start, end))):
            found = self._place(doc, start, end)   # "the towns of Dervenochoria and Loutraki"
            return Found(found.start, found.end, found.type, found.name, found.key, geo=found.geo, weight=2)
        found = self._country(text, start, end)
        if found:
            return found
        if self.gaz.is_ambiguous(text):
            return self._shared_country(text, start, end)
        return UNDECIDED

    def _place_tag(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """What is left of a name the model read as a place: a direction ("the North"), titles
        alone (no name), or the place."""
        if label not in ("GPE", "LOC", "FAC"):
            return UNDECIDED
        if text.lower() in _DIRECTIONS:
            return Found(start, end, EntityType.COUNTRY, text, "", direction=text.lower())
        if all(_is_title_word(t) or not t.is_alpha for t in tokens(doc, start, end)):
            return None
        found = self._place(doc, start, end)
        # a place named where something happens ("in Samar and Leyte") outweighs the model's
        # other readings of the name elsewhere ("Leyte Governor ..."); a name no gazetteer
        # knows, read as a place with nothing around it saying so, weighs nothing against
        # another reading ("Prime Minister Sheikh Hasina ... Hasina, 78, said")
        if located(doc, start, end):
            return replace(found, weight=2)
        return found if found.geo is not None else replace(found, weight=0)

    def _by_label(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """The model's reading when nothing else decided: a person (unless it owns an officer,
        "Ofgem's director general": an organisation), an organisation, or nothing."""
        if label == "PERSON" and owns_an_officer(doc[end - 1]):
            found = self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if label == "PERSON":
            return self._person(doc, start, end)
        if label == "ORG":
            return self._organization(doc, start, end)
        return None

    def _known_organization_first(self, doc: Doc, start: int, end: int, label: str) -> Found | None:
        """"a Unesco World Heritage site": a known organisation's name followed by words that do not
        end an organisation's name is that organisation (not a company's: "Sony Pictures Television"); read as a person's name, it is the
        organisation's office of that name ("Greenpeace Brasil")."""
        first = lexicon.ORGANIZATION_NAMES.get(fold(doc[start].text))
        if first is None or fold(doc[start].text) in lexicon.COMPANY_NAMES or end - start < 2 or not all(t.is_title and t.is_alpha for t in tokens(doc, start + 1, end)):
            return None
        if label == "PERSON" and end - start <= 3 or self.gaz.country(tokens_text(doc, start + 1, end)):
            # "Greenpeace Brasil said", "Greenpeace Canada": a known organisation's national office
            # (which the model may read as a person)
            name = tokens_text(doc, start, end)
            return Found(start, end, EntityType.ORGANIZATION, name, self._org_key(name), weight=2)
        if label != "ORG" or _is_org_head(doc[end - 1]):
            return None
        return Found(start, start + 1, EntityType.ORGANIZATION, first, self._org_key(first))

    def _region_of_the_city_before(self, doc: Doc, start: int, text: str) -> bool:
        """A region written after a city of its own and a comma ("Renton, Washington"), not a
        country or a capital of the same name."""
        if start < 2 or doc[start - 1].text != "," or doc[start - 2].ent_type_ not in ("GPE", "LOC"):
            return False
        first = start - 2
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        region, city = self.gaz.region(text), self.gaz.city(tokens_text(doc, first, start - 1))
        return region is not None and city is not None and city.country == region.country

    def _known_region(self, doc: Doc, start: int, end: int, text: str, label: str) -> Found | None:
        """"Tamil Nadu", "Amapa Governor ...": a first-level region the gazetteer knows, which the
        model read as a person or an organisation, is the place. A one-word name read as a person
        ("Miranda", a state and a surname) is the region only where its context says so
        (``region_context``); elsewhere it weighs nothing against another reading of it."""
        toks = token_list(doc)
        region = self.gaz.region(text)
        if region is None or _is_org_head(toks[end - 1]) or self.gaz.capital(text):
            return None
        found = Found(start, end, EntityType.PLACE, place_name(text, region), fold(region.name), geo=region, weight=2)
        if end - start > 1:
            return found
        if label == "PERSON" and not region_context(doc, start, end):
            person = self._person(doc, start, end)
            return person and replace(person, weight=0)
        # a one-word organisation ("Meta", also a Colombian department) only before a region word
        # or a title of its own ("Meta Governor"), beside another place
        after = toks[end] if end < len(doc) else None
        if label != "PERSON" and not (after is not None and (_is_title_word(after) or after.lower_ in lexicon.REGION_WORDS)
                                      or coordinated_with_place(doc, start, end)):
            return None
        return found

    def _city_here(self, doc: Doc, start: int, end: int, label: str) -> Found | None:
        """A city named where something happens is the place ("talks in Moscow"), even a capital,
        which otherwise stands for its government ("Moscow said"); a country named like its
        capital (Singapore) stays the country."""
        text = tokens_text(doc, start, end)
        city = self.gaz.city(text)
        if city is None or self.gaz.country(text) or not located(doc, start, end):
            return None
        if self.gaz.region(text) and not self.gaz.capital(text):
            return None   # "in Florida": the state, not a town of that name (see _place)
        if label in ("PERSON", "ORG") and not self.gaz.capital(text) and city.population < _SIZEABLE_CITY \
                and not named_place_of(doc, start) and not named_place_of(doc, first_conjunct(doc, start, end)):
            return None
        return Found(start, end, EntityType.PLACE, place_name(text, city), fold(city.name), geo=city, weight=2)
