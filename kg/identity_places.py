"""Places in identity: a capital named as an actor and as a place, a city name several cities
bear, and a place named with and without the word of its kind ("Gaza", "the Gaza Strip")."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from kg import lexicon
from kg.entity_mentions import Found, Key
from kg.entity_naming import place_name
from kg.gazetteer import Gazetteer, fold
from kg.schema import EntityType
from kg.sentences import tokens_text


def capitals_weighed(doc: Doc, founds: list[Found], gaz: Gazetteer) -> list[Found]:
    """A capital named in one article both as an actor ("Moscow said") and as a place ("talks in
    Moscow") is one thing there: the reading most of its mentions give, the government on a tie."""
    as_actor = Counter(f.geo.geonames_id for f in founds if f.type == EntityType.COUNTRY and f.geo)
    as_place = Counter(f.geo.geonames_id for f in founds if f.type == EntityType.PLACE and f.geo)
    out = []
    for f in founds:
        gid = f.geo.geonames_id if f.geo else None
        if gid in as_actor and gid in as_place:
            if as_actor[gid] >= as_place[gid] and f.type == EntityType.PLACE:
                country = gaz.countries[f.geo.country]
                f = Found(f.start, f.end, EntityType.COUNTRY, country.name, country.code.lower(), geo=f.geo)
            elif as_actor[gid] < as_place[gid] and f.type == EntityType.COUNTRY:
                name = place_name(tokens_text(doc, f.start, f.end), f.geo)   # (as written: "Ulaanbaatar", not "Ulan Bator")
                f = Found(f.start, f.end, EntityType.PLACE, name, fold(f.geo.name), geo=f.geo)
        out.append(f)
    return out


def places_in_context(founds: list[Found], gaz: Gazetteer) -> list[Found]:
    """A city name several cities bear is the one in the country the article is about: the
    country its countries, regions and other places point to most ("St. Petersburg" beside Tampa
    and Florida is the one in Florida). One other than the most populous is known by its country too."""
    def ambiguous(f: Found) -> bool:
        return f.type == EntityType.PLACE and f.geo is not None and fold(f.name) in gaz.homonyms \
            and gaz.region(f.name) is not f.geo
    votes = Counter(f.key.upper() for f in founds if f.type == EntityType.COUNTRY and not f.direction and not f.shared)
    named_countries = set(votes)
    places = Counter(f.geo.country for f in founds if f.type == EntityType.PLACE and f.geo and not ambiguous(f))
    votes.update(places)
    ranked = [code for code, _ in votes.most_common()]
    out = []
    for f in founds:
        capital = gaz.capital_city(f.name) is f.geo
        if ranked and ambiguous(f) and not (capital and f.geo.country in named_countries) \
                and not (capital and f.geo.country not in ranked and not any(code in places for code in ranked)):
            # (a capital moves only for places of the other country named beside it, not for a
            # country named alone: "Paris" with "American Coco Gauff" stays in France; and never
            # when its own country is named too: "Washington" in a story about London and the U.S.)
            city = next((c for code in ranked for c in gaz.homonyms[fold(f.name)] if c.country == code), None)
            if city is not None and city != f.geo:
                key = f"{fold(city.name)} {city.country.lower()}"
                f = Found(f.start, f.end, f.type, f.name, key, geo=city, weight=f.weight)
        out.append(f)
    return out


def places_named_with_their_kind(place_keys: set[Key], gaz: Gazetteer) -> dict[Key, Key]:
    """A place the article names both with and without the word of its kind ("Gaza" and "the Gaza
    Strip"; "the Aegean" and "the Aegean Sea", a feature's bare name no city or region bears: not
    "Mississippi" and "the Mississippi River") is one place, known by the key of its bare name."""
    remap = {}
    for key in place_keys:
        words = key[1].split()
        bare = " ".join(words[:-1])
        if len(words) > 1 and (EntityType.PLACE, bare) in place_keys and (
                words[-1] in lexicon.AREA_KINDS or words[-1] in lexicon.FEATURES_NAMED_ALONE
                and not (gaz.city(bare) or gaz.region(bare) or gaz.country(bare))):
            remap[key] = (EntityType.PLACE, bare)
    return remap
