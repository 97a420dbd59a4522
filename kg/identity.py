"""One entity per real thing: mentions found in a document grouped into entities.

Mentions with the same key are one entity; short names join the nearest full name; an acronym
defined in the text ("the National Intelligence Service (NIS)") and acronyms made of a name's
initials join that name; an institution named with and without its country is one; a name typed
differently in different mentions gets the type most of its evidence gives. Countries carry their
ISO 3166 code and places their GeoNames id and coordinates where the gazetteer knows them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import SUBJECT_OR_POSSESSOR_DEPS
from kg.entity_mentions import SIZEABLE_CITY, Found, Key
from kg.gazetteer import City, Gazetteer, fold
from kg.identity_organizations import descriptions_named, named_after_their_country, organization_remap, shortened_names
from kg.identity_people import (acronym_like, companies_read_as_people, may_be_a_person_read_as_organization,
                                name_endings, nearest_full, people_read_as_organizations, spellings_joined)
from kg.identity_places import capitals_weighed, places_in_context, places_named_with_their_kind
from kg.schema import Entity, EntityRef, EntityType, Mention
from kg.sentences import char_bounds, doc_text, tokens_text


_TIE_ORDER = (EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON)


@dataclass
class DocEntities:
    entities: list[Entity]
    by_token: dict[int, str] = field(default_factory=dict)   # token index -> entity id
    roles: dict[str, str] = field(default_factory=dict)      # entity id -> role text
    outlets: set[str] = field(default_factory=set)           # entity ids of news outlets

    def at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)


@lru_cache(maxsize=1 << 14)
def entity_id(type_: str, key: str) -> str:
    return EntityRef(EntityType(type_), key).id


def group(doc: Doc, founds: list[Found], sentence_of: dict[int, int], gaz: Gazetteer,
          acronyms: dict[str, Key] | None = None) -> DocEntities:
    """Mentions to entities. ``acronyms``: acronyms the text defines, folded, to the key they stand for."""
    resolved = _resolve(doc, places_in_context(capitals_weighed(doc, founds, gaz), gaz), gaz)
    remap = organization_remap({k for _, k in resolved if k[0] == EntityType.ORGANIZATION}, gaz)
    remap.update(descriptions_named(resolved, gaz))
    for key, named in named_after_their_country({k for _, k in resolved if k[0] == EntityType.ORGANIZATION}, gaz).items():
        remap.setdefault(key, named)
    remap.update(places_named_with_their_kind({k for _, k in resolved if k[0] == EntityType.PLACE}, gaz))
    acronyms = acronyms or {}
    resolved = [_defined(doc, f, k, acronyms, remap) for f, k in resolved]
    resolved = _one_type_each(resolved)
    resolved = spellings_joined(resolved)
    return _entities(doc, resolved, sentence_of, gaz)


def _defined(doc: Doc, f: Found, key: Key, acronyms: dict[str, Key], remap: dict[Key, Key]) -> tuple[Found, Key]:
    """A mention's final key: an acronym the article defines wins over any other reading of it
    ("the Australian Federal Police (AFP)": then "AFP" is the police, not the news agency)."""
    defined = acronyms.get(fold(tokens_text(doc, f.start, f.end))) or acronyms.get(fold(f.name))
    if defined is not None:
        f = Found(f.start, f.end, defined[0], f.name, defined[1], weight=f.weight)
        key = defined
    return f, remap.get(key, key)


@dataclass
class _ArticleNames:
    """What the whole article says about its names, which a single mention is read against."""

    full_people: list[tuple[int, Found]]   # (start, mention) of people named in full: short names join them
    countries: dict[str, Found]            # the countries the article names, by key
    traded: set[str]                       # companies the article shows as such ("shares in Novo Nordisk")
    organization_keys: set[str]            # organisations of more than one word
    organization_starts: dict[str, str]    # a company's or club's short form -> its key, where one has it
    named_starts: dict[str, str]           # any organisation's first word -> its key, where one has it
    people_by_context: set[str]            # people a title or the context makes people
    shortened: dict[str, str]              # the short names news gives a company named in full -> its key


def _article_names(founds: list[Found], gaz: Gazetteer) -> _ArticleNames:
    organization_keys = {f.key for f in founds if f.type == EntityType.ORGANIZATION and " " in f.key}
    traded = {f.key for f in founds if f.type == EntityType.ORGANIZATION and f.traded}
    shortened, starts = shortened_names({f.key for f in founds if f.type == EntityType.ORGANIZATION}, gaz)
    # (the first two words of a longer name only where the model also read them as an organisation)
    shortened.update((form, key) for form, key in starts.items() if form in organization_keys and form not in shortened)
    return _ArticleNames(
        full_people=[(f.start, f) for f in founds if f.type == EntityType.PERSON and not f.short],
        countries={f.key: f for f in founds if f.type == EntityType.COUNTRY and not f.direction and not f.shared},
        traded=traded,
        organization_keys=organization_keys,
        organization_starts=_short_forms_of_companies(traded, organization_keys),
        # any organisation named in full, by its first word, for a one-word name the model read as a
        # person's that no person of the article bears and no title or context makes one's
        # ("Castlegate said" beside "Castlegate Materials"; not "President Trump" beside "the Trump Organization")
        named_starts=_by_first_word({f.key for f in founds if f.type == EntityType.ORGANIZATION and " " in f.name
                                     and "-" not in f.name.split()[0]}),   # (not "Gashuunsukhait-Ganqimaodu")
        people_by_context={f.key for f in founds if f.type == EntityType.PERSON and (f.role or f.weight >= 2)},
        shortened=shortened)


def _short_forms_of_companies(traded: set[str], organization_keys: set[str]) -> dict[str, str]:
    """The companies and clubs the article shows as such ("shares in Novo Nordisk", "Everton FC"),
    by the word they are shortened to: the first, or the one beside a club's abbreviation; only
    where one company or club is shortened to it."""
    short_forms: dict[str, set[str]] = {}
    for key in traded | {k for k in organization_keys if set(k.split()) & lexicon.CLUB_AFFIXES}:
        words = [w for w in key.split() if w not in lexicon.CLUB_AFFIXES]
        if " " in key and words:
            short_forms.setdefault(words[0], set()).add(key)
    return {word: next(iter(keys)) for word, keys in short_forms.items() if len(keys) == 1}


def _by_first_word(keys: set[str]) -> dict[str, str]:
    """The keys of several words by their first word, where exactly one starts with it."""
    starts: dict[str, list[str]] = {}
    for key in keys:
        starts.setdefault(key.split()[0], []).append(key)
    return {word: named[0] for word, named in starts.items() if len(named) == 1}


def _resolve(doc: Doc, founds: list[Found], gaz: Gazetteer) -> list[tuple[Found, Key]]:
    """Each mention with the key of the entity it is, read against the rest of the article; a
    direction ("the North") no country of the article settles is dropped."""
    founds = companies_read_as_people(name_endings(people_read_as_organizations(founds)))
    names = _article_names(founds, gaz)
    resolved: list[tuple[Found, Key]] = []
    for f in founds:
        if f.shared:
            f = _shared_name_as_its_country(f, names, gaz)
        f = _place_as_a_company_it_shortens(f, names)
        f = _city_acting_as_its_organization(doc, f, names, gaz)
        if f.direction:
            country = _country_of_direction(f, names)
            if country is None:
                continue
            f = country
        f = _place_of_the_articles_country(f, gaz, names)
        if f.type == EntityType.PERSON and f.short or may_be_a_person_read_as_organization(f):
            target = nearest_full(doc, f, names.full_people)
            if target is not None:
                resolved.append((f, (EntityType.PERSON, target.key)))
                continue
            f = _city_no_person_bears(_short_name_as_an_organization(f, names), gaz)
        elif f.type == EntityType.PERSON and not f.role and f.weight < 2 and f.key in names.shortened \
                and f.key not in names.people_by_context:
            # "Skyline Ark could not be reached" after "Skyline Ark Trading": two words no title
            # or context makes a person's, a company of the article is shortened to
            f = replace(f, type=EntityType.ORGANIZATION, key=names.shortened[f.key])
        resolved.append((f, (f.type, f.key)))
    return resolved


def _shared_name_as_its_country(f: Found, names: _ArticleNames, gaz: Gazetteer) -> Found:
    """A name several countries share ("Congo") is the one of them the article names elsewhere,
    else the one the name means alone."""
    named = [code for code in f.shared if code.lower() in names.countries]
    country = gaz.countries[named[0] if len(named) == 1 else f.shared[0]]
    return Found(f.start, f.end, EntityType.COUNTRY, country.name, country.code.lower())


def _place_as_a_company_it_shortens(f: Found, names: _ArticleNames) -> Found:
    """A place the gazetteer does not know, with nothing around it saying so, that a company of the
    article is shortened to, is that company ("leave Novo trailing", "Meilan said" after
    "Guangzhou Meilan Textile")."""
    if f.type != EntityType.PLACE or f.geo is not None or f.weight:
        return f
    if f.end - f.start == 1 and (f.key in names.organization_starts or f.key in names.traded):
        return replace(f, type=EntityType.ORGANIZATION, key=names.organization_starts.get(f.key, f.key))
    if f.key in names.shortened:
        return replace(f, type=EntityType.ORGANIZATION, key=names.shortened[f.key])
    return f


def _city_acting_as_its_organization(doc: Doc, f: Found, names: _ArticleNames, gaz: Gazetteer) -> Found:
    """"Barcelona denied ...", "Barcelona's lawyers" beside "FC Barcelona": a city acting (a subject
    or an owner; not "the centre of Kharkiv" beside "the Kharkiv Tractor Plant"), where the article
    names one organisation after it, is that organisation (a region acting is its government:
    "Karnataka said" beside "the Karnataka Rajya Raitha Sangha")."""
    if f.type != EntityType.PLACE or f.geo is None or f.weight != 1 or f.end - f.start != 1 \
            or doc[f.start].dep_ not in SUBJECT_OR_POSSESSOR_DEPS or gaz.region(f.name) is f.geo:
        return f
    named = [k for k in names.organization_keys if k.endswith(" " + f.key) or k.startswith(f.key + " ")] \
        or ([names.shortened[f.key]] if f.key in names.shortened else [])   # ("Meilan said" after "Guangzhou Meilan Textile")
    if len(named) != 1:
        return f
    return Found(f.start, f.end, EntityType.ORGANIZATION, f.name, named[0], weight=f.weight)


def _country_of_direction(f: Found, names: _ArticleNames) -> Found | None:
    """"The North": the one country of the article whose name starts with that direction, if one."""
    options = [c for c in names.countries.values() if c.name.lower().startswith(f.direction + " ")]
    if len(options) != 1:
        return None
    return Found(f.start, f.end, EntityType.COUNTRY, options[0].name, options[0].key)


def _place_of_the_articles_country(f: Found, gaz: Gazetteer, names: _ArticleNames) -> Found:
    """"Shah Alam and Subang Jaya were among the districts", "Selangor recorded 51,206 cases" in an
    article about Malaysia: a name the model read as a person's (full) or an organisation's (one
    word) with nothing around it saying so, which a sizeable city or a region of a country the
    article names bears, is that place (not a capital: "a charge Kigali denies" is the government)."""
    if f.weight > 1 or f.role or f.outlet or f.described or f.traded or gaz.country(f.name) or gaz.capital(f.name) or not (
            f.type == EntityType.PERSON and not f.short or f.type == EntityType.ORGANIZATION and " " not in f.name):
        return f
    city = gaz.city(f.name) if f.type == EntityType.PERSON else None
    place = city if city is not None and city.population >= SIZEABLE_CITY else gaz.region(f.name)
    if place is None or place.country.lower() not in names.countries:
        return f
    return Found(f.start, f.end, EntityType.PLACE, f.name, fold(place.name), geo=place, weight=f.weight)


def _short_name_as_an_organization(f: Found, names: _ArticleNames) -> Found:
    """A short name no person of the article is named in full with, that an organisation of the
    article is shortened to and no title or context makes a person's, is that organisation."""
    if f.type != EntityType.PERSON:
        return f
    if (f.key in names.organization_starts or f.key in names.traded) and f.end - f.start == 1:
        # "Novo said" after "Shares in Novo Nordisk", "Everton said" after "Everton FC"
        return replace(f, type=EntityType.ORGANIZATION, short=False, key=names.organization_starts.get(f.key, f.key))
    if f.key in names.people_by_context:
        return f
    if f.end - f.start == 1 and f.key in names.named_starts:
        return replace(f, type=EntityType.ORGANIZATION, short=False, key=names.named_starts[f.key])
    if f.key in names.shortened:
        # "Hongtu rejected" after "Shenzhen Hongtu Aviation Technology"
        return replace(f, type=EntityType.ORGANIZATION, short=False, key=names.shortened[f.key])
    return f


def _city_no_person_bears(f: Found, gaz: Gazetteer) -> Found:
    """"from Goma and Bukavu": a short name no person of the article bears that is a sizeable
    city's (and no country's) is that city."""
    city = gaz.city(f.name) if f.type == EntityType.PERSON else None
    if city is None or city.population < SIZEABLE_CITY or gaz.country(f.name):
        return f
    return Found(f.start, f.end, EntityType.PLACE, f.name, fold(city.name), geo=city, weight=f.weight)


def _one_type_each(resolved: list[tuple[Found, Key]]) -> list[tuple[Found, Key]]:
    """A name typed differently in different mentions ("Bora Velo" as a person, then as a team)
    takes the type with the strongest evidence from context or gazetteer (a noun saying what it is
    outweighs a title; "the oil company Petrobras" once outweighs the model's four readings of
    "Petrobras" as a person), then with the most evidence of any kind ("President Obama" and
    seven mentions of "Obama" outweigh two of "the Obama administration"); countries are decided
    by the gazetteer alone."""
    votes: dict[str, Counter] = {}
    strongest: dict[str, Counter] = {}
    for f, (type_, key) in resolved:
        if type_ != EntityType.COUNTRY:
            votes.setdefault(key, Counter())[type_] += f.weight
            best = strongest.setdefault(key, Counter())
            best[type_] = max(best[type_], f.weight if f.weight >= 2 else 0)
    # on a tie, the model's person reading is its most reliable one
    winner = {key: max(c, key=lambda t: (strongest[key][t], c[t], _TIE_ORDER.index(t)))
              for key, c in votes.items() if len(c) > 1}
    return [(f, (winner.get(k[1], k[0]) if k[0] != EntityType.COUNTRY else k[0], k[1])) for f, k in resolved]


def _entities(doc: Doc, resolved: list[tuple[Found, Key]], sentence_of: dict[int, int],
              gaz: Gazetteer) -> DocEntities:
    clusters: dict[Key, list[Found]] = {}
    text_of_doc = doc_text(doc)
    for f, key in resolved:
        clusters.setdefault(key, []).append(f)
    result = DocEntities(entities=[])
    for key, mentions in clusters.items():
        names = [f.name for f in mentions]
        written = [f.name for f in mentions if not f.described_name]
        canonical = _canonical(key, written or names, gaz)
        eid = entity_id(*key)
        for f in mentions:
            for i in range(f.start, f.end):
                result.by_token[i] = eid
        bounds = [char_bounds(doc, f.start, f.end) for f in mentions]   # (no Span made: kg.sentences)
        surface = [text_of_doc[start:end] for start, end in bounds]
        aliases = sorted({s for s in surface + names if s != canonical and fold(s) != fold(canonical)})
        role = next((f.role for f in mentions if f.role), None)
        entity = Entity(id=eid, name=canonical, type=key[0], aliases=aliases, role=role,
                        mentions=[Mention(start=start, end=end, text=text, sentence=sentence_of.get(f.start, 0))
                                  for f, (start, end), text in zip(mentions, bounds, surface)])
        _identify(entity, key, mentions, gaz)
        result.entities.append(entity)
        if role:
            result.roles[eid] = role
        if any(f.outlet for f in mentions):
            result.outlets.add(eid)
    return result


def _identify(entity: Entity, key: Key, mentions: list[Found], gaz: Gazetteer) -> None:
    """Standard identifiers: ISO 3166 and GeoNames for countries, GeoNames and coordinates for places."""
    if key[0] == EntityType.COUNTRY and key[1].upper() in gaz.countries:
        country = gaz.countries[key[1].upper()]
        entity.iso, entity.geonames_id = country.code, country.geonames_id
    elif key[0] == EntityType.PLACE:
        geo = next((f.geo for f in mentions if f.geo), None)
        if geo:
            entity.geonames_id, entity.lat, entity.lon = geo.geonames_id, geo.lat, geo.lon


def _canonical(key: Key, names: list[str], gaz: Gazetteer) -> str:
    type_, k = key
    if type_ == EntityType.COUNTRY:
        c = gaz.countries.get(k.upper())
        if c:
            return c.name
    candidates = [n for n in names if fold(n) not in lexicon.NAME_ACRONYMS and not acronym_like(n)] or names
    return max(candidates, key=lambda n: (len(n.split()), len(n)))
