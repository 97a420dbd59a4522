"""One entity per real thing: mentions found in a document grouped into entities.

Mentions with the same key are one entity; short names join the nearest full name; an acronym
defined in the text ("the National Intelligence Service (NIS)") and acronyms made of a name's
initials join that name; an institution named with and without its country is one; a name typed
differently in different mentions gets the type most of its evidence gives. Countries carry their
ISO 3166 code and places their GeoNames id and coordinates where the gazetteer knows them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import SUBJECT_OR_POSSESSOR_DEPS
from kg.gazetteer import City, Gazetteer, fold
from kg.schema import Entity, EntityRef, EntityType, Mention
from kg.sentences import char_bounds, doc_text, tokens_text

Key = tuple[str, str]   # (entity type, identity key within the type)
_TIE_ORDER = (EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON)
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
    resolved = _resolve(doc, _places_in_context(_capitals_weighed(founds, gaz), gaz), gaz)
    remap = _organization_remap({k for _, k in resolved if k[0] == EntityType.ORGANIZATION})
    remap.update(_descriptions_named(resolved))
    remap.update(_places_named_with_their_kind({k for _, k in resolved if k[0] == EntityType.PLACE}))
    acronyms = acronyms or {}
    resolved = [_defined(doc, f, k, acronyms, remap) for f, k in resolved]
    resolved = _one_type_each(resolved)
    resolved = _spellings_joined(resolved)
    return _entities(doc, resolved, sentence_of, gaz)


_VOWELS = re.compile("[aeiou]")
_REPEATED = re.compile(r"([a-z])\1+")
_INITIAL_BEFORE_INITIAL = re.compile(r"\b([a-z]) (?=[a-z]\b)")


def person_key(name: str) -> str:
    """A person's identity key: the folded name, its initials written together ("D.K. Shivakumar",
    "DK Shivakumar" and "D K Shivakumar" are one person; "George W. Bush" keeps his one initial)."""
    return _INITIAL_BEFORE_INITIAL.sub(r"\1", fold(name))


@lru_cache(maxsize=8)
def _compiled(transliterations: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern, str], ...]:
    """The rules' transliteration patterns, compiled once (``re.sub`` looks each up again)."""
    return tuple((re.compile(pattern), replacement) for pattern, replacement in transliterations)


@lru_cache(maxsize=1 << 16)
def word_variant(word: str) -> str:
    """A folded word of a person's name as its transliterations all write it: the rules of
    ``transliterations`` applied (Qaddafi -> kadafi), then its inner vowels set aside
    (Muammar/Moammar, Mohammed/Muhammad, Hussein/Husayn). Words of three letters or fewer keep
    their vowels ("Jan" and "Jon" are other names, not other spellings), and so does a final one
    (Mario and Maria, Paolo and Paola are two people)."""
    for pattern, replacement in _compiled(lexicon.TRANSLITERATIONS):
        word = pattern.sub(replacement, word)
    if len(word) <= 3:
        return word
    head = "a" if word[0] in "aeiou" else word[0]
    return _REPEATED.sub(r"\1", head + _VOWELS.sub("", word[1:-1]) + word[-1])


def name_variant(name: str) -> str:
    """A person's name as every transliteration of it writes it ("Muammar Gaddafi", "Moammar
    Gadhafi" and "Muammar al-Qaddafi" give the same; the particle is optional)."""
    words = [w for w in fold(name).split() if w not in lexicon.NAME_PARTICLES]
    return " ".join(word_variant(w) for w in words)


def _spellings_joined(resolved: list[tuple[Found, Key]]) -> list[tuple[Found, Key]]:
    """Full names of persons that are spellings of one name ("Muammar Gaddafi" ... "Moammar
    Gadhafi") are one person, known by the key most of its mentions give (the first on a tie)."""
    counts = Counter(k for f, k in resolved if k[0] == EntityType.PERSON and " " in k[1])
    if len(counts) < 2:
        return resolved
    by_variant: dict[str, list[Key]] = {}
    for key in counts:          # in order of first mention
        by_variant.setdefault(name_variant(key[1]), []).append(key)
    remap = {k: max(keys, key=lambda x: counts[x]) for keys in by_variant.values() if len(keys) > 1 for k in keys}
    return [(f, remap.get(k, k)) for f, k in resolved] if remap else resolved


def _capitals_weighed(founds: list[Found], gaz: Gazetteer) -> list[Found]:
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
                f = Found(f.start, f.end, EntityType.PLACE, f.geo.name, fold(f.geo.name), geo=f.geo)
        out.append(f)
    return out


def _places_in_context(founds: list[Found], gaz: Gazetteer) -> list[Found]:
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


def _defined(doc: Doc, f: Found, key: Key, acronyms: dict[str, Key], remap: dict[Key, Key]) -> tuple[Found, Key]:
    """A mention's final key: an acronym the article defines wins over any other reading of it
    ("the Australian Federal Police (AFP)": then "AFP" is the police, not the news agency)."""
    defined = acronyms.get(fold(tokens_text(doc, f.start, f.end))) or acronyms.get(fold(f.name))
    if defined is not None:
        f = Found(f.start, f.end, defined[0], f.name, defined[1], weight=f.weight)
        key = defined
    return f, remap.get(key, key)


def _resolve(doc: Doc, founds: list[Found], gaz: Gazetteer) -> list[tuple[Found, Key]]:
    founds = _companies_read_as_people(_name_endings(_people_read_as_organizations(founds)))
    full_people = [(f.start, f) for f in founds if f.type == EntityType.PERSON and not f.short]
    countries = {f.key: f for f in founds if f.type == EntityType.COUNTRY and not f.direction and not f.shared}
    # the names of companies the article shows as such ("shares in Novo Nordisk"), by first word
    traded = {f.key for f in founds if f.type == EntityType.ORGANIZATION and f.traded}
    organization_keys = {f.key for f in founds if f.type == EntityType.ORGANIZATION and " " in f.key}
    # the companies and clubs the article shows as such ("shares in Novo Nordisk", "Everton FC"),
    # by the word they are shortened to: the first, or the one beside a club's abbreviation
    short_forms: dict[str, set[str]] = {}
    for key in traded | {k for k in organization_keys if set(k.split()) & lexicon.CLUB_AFFIXES}:
        words = [w for w in key.split() if w not in lexicon.CLUB_AFFIXES]
        if " " in key and words:
            short_forms.setdefault(words[0], set()).add(key)
    organization_starts = {word: next(iter(keys)) for word, keys in short_forms.items() if len(keys) == 1}
    resolved: list[tuple[Found, Key]] = []
    for f in founds:
        if f.shared:
            named = [code for code in f.shared if code.lower() in countries]
            country = gaz.countries[named[0] if len(named) == 1 else f.shared[0]]
            f = Found(f.start, f.end, EntityType.COUNTRY, country.name, country.code.lower())
        if f.type == EntityType.PLACE and f.geo is None and not f.weight and f.end - f.start == 1 \
                and (f.key in organization_starts or f.key in traded):
            f = replace(f, type=EntityType.ORGANIZATION, key=organization_starts.get(f.key, f.key))   # "leave Novo trailing"
        if f.type == EntityType.PLACE and f.geo is not None and f.weight == 1 and f.end - f.start == 1 \
                and doc[f.start].dep_ in SUBJECT_OR_POSSESSOR_DEPS and gaz.region(f.name) is not f.geo:
            # "Barcelona denied ...", "Barcelona's lawyers" beside "FC Barcelona": a city acting (a
            # subject or an owner; not "the centre of Kharkiv" beside "the Kharkiv Tractor Plant"),
            # where the article names one organisation after it, is that organisation (a region acting
            # is its government: "Karnataka said" beside "the Karnataka Rajya Raitha Sangha")
            named = [k for k in organization_keys if k.endswith(" " + f.key) or k.startswith(f.key + " ")]
            if len(named) == 1:
                f = Found(f.start, f.end, EntityType.ORGANIZATION, f.name, named[0], weight=f.weight)
        if f.direction:
            options = [c for c in countries.values() if c.name.lower().startswith(f.direction + " ")]
            if len(options) != 1:
                continue
            f = Found(f.start, f.end, EntityType.COUNTRY, options[0].name, options[0].key)
        if f.type == EntityType.PERSON and f.short or may_be_a_person_read_as_organization(f):
            target = _nearest_full(doc, f, full_people)
            if target is not None:
                resolved.append((f, (EntityType.PERSON, target.key)))
                continue
            if f.type == EntityType.PERSON and (f.key in organization_starts or f.key in traded) and f.end - f.start == 1:
                # "Novo said" after "Shares in Novo Nordisk", "Everton said" after "Everton FC": no
                # person of the article bears the name, a company or club of it is shortened so
                f = replace(f, type=EntityType.ORGANIZATION, short=False, key=organization_starts.get(f.key, f.key))
            city = gaz.city(f.name) if f.type == EntityType.PERSON else None
            if city is not None and city.population >= SIZEABLE_CITY and not gaz.country(f.name):
                # "from Goma and Bukavu": one name that no person of the article bears, a city's
                f = Found(f.start, f.end, EntityType.PLACE, f.name, fold(city.name), geo=city, weight=f.weight)
        resolved.append((f, (f.type, f.key)))
    return resolved


def may_be_a_person_read_as_organization(f: Found, longer: bool = False) -> bool:
    """"López Obrador's party", "Milei's government": the model often reads a surname before a
    possessive as an organisation; one that is no known organisation and has no organisation's
    head word may be a person named in full elsewhere (``_nearest_full`` decides); with ``longer``,
    a name of up to four words, which a person's name it ends with decides."""
    words = f.key.split()
    return f.type == EntityType.ORGANIZATION and not f.described and not f.outlet and len(words) <= (4 if longer else 2) \
        and f.name not in lexicon.KNOWN_ORGANIZATIONS and f.key not in lexicon.ORGANIZATION_NAMES \
        and not any(w in _organization_words() for w in words) and not _acronym_like(f.name)


def _organization_words() -> frozenset[str]:
    """The words that make a name an organisation's, folded as keys are ("army" -> "armi"): made
    once per active rules (the union of seven word lists, hashed to look up the cache, cost more
    than the rest of the identity rules when it was made on each call)."""
    derived = lexicon.ACTIVE.derived
    if "organization_words" not in derived:
        words = lexicon.ORG_HEADS | lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_HEADS \
            | lexicon.CAPITALISED_INSTITUTION_HEADS | lexicon.CLUB_AFFIXES | lexicon.COMPANY_PREFIXES | lexicon.CLUB_WORDS
        derived["organization_words"] = _folded_set(words)
    return derived["organization_words"]


@lru_cache(maxsize=8)
def _folded_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words) | words


def _people_read_as_organizations(founds: list[Found]) -> list[Found]:
    """"Argentina's Javier Milei met ... Milei said": a name of two or three words read as an
    organisation is the person whose surname the article uses alone."""
    surnames = {word_variant(f.key) for f in founds if f.type == EntityType.PERSON and f.short and " " not in f.key}
    # and a longer name ending in a person's name of two words or more ("companies linked to Jose
    # Maria Enriquez Negreira" beside "Enriquez Negreira said")
    endings = {f.key for f in founds if f.type == EntityType.PERSON and " " in f.key}
    return [replace(f, type=EntityType.PERSON) if " " in f.key and may_be_a_person_read_as_organization(f, longer=True)
            and (word_variant(f.key.split()[-1]) in surnames and len(f.key.split()) <= 2
                 or any(f.key.endswith(" " + e) for e in endings)) else f for f in founds]


def _companies_read_as_people(founds: list[Found]) -> list[Found]:
    """"rival Eli Lilly ... Shares of Lilly rose": a full name read as a person's whose last word
    the article shows as a company's (``traded``: shares held in it) is that company."""
    companies = {f.key for f in founds if f.type == EntityType.ORGANIZATION and f.traded}
    if not companies:
        return founds
    # (and the same name read as a person's elsewhere: a headline's "Novo Nordisk shares tumble")
    return [replace(f, type=EntityType.ORGANIZATION, short=False) if f.type == EntityType.PERSON and not f.short and " " in f.key
            and (f.key.split()[-1] in companies or f.key in companies) and f.weight < 3 else f for f in founds]


def _name_endings(founds: list[Found]) -> list[Found]:
    """A surname that starts with a particle ("De Blasio", "bin Laden", "von der Leyen") and ends a
    longer name in the article ("Bill de Blasio") is a short mention of it, and so are the last two
    words of a name of four words or more ("López Obrador"). (Other endings of two
    words may be the full name itself: "Hillary Clinton" in a headline's "Crooked Hillary Clinton".)"""
    names = {f.key for f in founds if f.type == EntityType.PERSON}
    long_names = {n for n in names if len(n.split()) >= 4}
    out = []
    for f in founds:
        if f.type == EntityType.PERSON and not f.short and " " in f.key and (
                f.key.split()[0] in lexicon.NAME_PARTICLES and sum(1 for n in names if n.endswith(" " + f.key)) == 1
                # "López Obrador" of "Andrés Manuel López Obrador": the last two words of a long name
                or len(f.key.split()) == 2 and sum(1 for n in long_names if n.endswith(" " + f.key)) == 1):
            f = Found(f.start, f.end, f.type, f.name, f.key, role=f.role, short=True, weight=f.weight)
        out.append(f)
    return out


def _organization_remap(org_keys: set[Key]) -> dict[Key, Key]:
    """An acronym of a name's initials ("UN" / "United Nations"), an institution named with and
    without its country ("State Department"), and a company's short name ("Toyota" / "Toyota
    Motor Corp") are one organisation."""
    initials = {"".join(w[0] for w in k[1].split() if w not in ("of", "and", "for")): k for k in org_keys
                if len(k[1].split()) > 1}
    qualified = {k[1]: k for k in org_keys}
    remap: dict[Key, Key] = {}
    for k in org_keys:
        if k[1].replace(" ", "") in initials and len(k[1]) <= 5:
            remap[k] = initials[k[1].replace(" ", "")]
            continue
        longer = [q for q in qualified if q.endswith(" " + k[1]) and q != k[1]]
        if len(longer) != 1 and " " not in k[1]:
            # "Toyota" after "Toyota Motor Corp": a one-word name that starts one longer name
            longer = [q for q in qualified if q.startswith(k[1] + " ")]
        if len(longer) != 1:
            # "Law Society" after "Law Society of Kenya": a name without the place it is of
            longer = [q for q in qualified if q.startswith(k[1] + " of ")]
        if len(longer) != 1 and " " not in k[1] and len(k[1]) >= 5:
            # "Afreximbank" after "African Export-Import Bank": made of the beginnings of its words
            longer = [q for q in qualified if " " in q and _abbreviates(k[1], q)]
        if len(longer) == 1:
            remap[k] = qualified[longer[0]]
    return remap


def _abbreviates(short: str, name: str) -> bool:
    """Whether a one-word name is made of the beginnings of a longer name's words, in order, the
    first and the last among them ("afreximbank": AFRican EXport IMport BANK; "interpol")."""
    words = [w for w in name.split() if w not in ("of", "and", "for", "the")]
    if len(words) < 2:
        return False

    @lru_cache(maxsize=None)
    def fits(at: int, word: int, used_last: bool) -> bool:
        if at == len(short):
            return used_last
        if word >= len(words):
            return False
        for cut in range(len(words[word]), 0, -1):
            if short.startswith(words[word][:cut], at) and fits(at + cut, word + 1, word == len(words) - 1):
                return True
        return word > 0 and fits(at, word + 1, False)   # a middle word may be left out
    return short[0] == words[0][0] and fits(0, 0, False)


def _places_named_with_their_kind(place_keys: set[Key]) -> dict[Key, Key]:
    """A place the article names both with and without the word of its kind ("Gaza" and "the Gaza
    Strip") is one place, known by the key of its bare name."""
    remap = {}
    for key in place_keys:
        words = key[1].split()
        if len(words) > 1 and words[-1] in lexicon.AREA_KINDS and (EntityType.PLACE, " ".join(words[:-1])) in place_keys:
            remap[key] = (EntityType.PLACE, " ".join(words[:-1]))
    return remap


def _descriptions_named(resolved: list[tuple[Found, Key]]) -> dict[Key, Key]:
    """An institution described in lower case ("Turkey's disaster agency") is the organisation the
    article names with those words ("the Disaster and Emergency Management Authority"), when
    exactly one named organisation has them all and is a body of the same kind (a ministry is no
    university: "the Japanese foreign ministry" is not "China Foreign Affairs University")."""
    named = {k for f, k in resolved if k[0] == EntityType.ORGANIZATION and not f.described}
    countries: dict[Key, set[str]] = {}
    for f, k in resolved:
        if f.country:
            countries.setdefault(k, set()).add(f.country)
    remap: dict[Key, Key] = {}
    for f, key in resolved:
        if f.described and key not in named:
            head = fold(f.name.split()[-1])
            # (not another country's: "the Philippine foreign ministry" named, "Japan's foreign ministry" described)
            matching = [k for k in named if set(f.described) <= set(k[1].split()) and _same_kind(head, k[1].split())
                        and (not f.country or f.country in countries.get(k, {f.country}))]
            if len(matching) == 1:
                remap[key] = matching[0]
    return remap


def _same_kind(head: str, words: list[str]) -> bool:
    """Whether an organisation named with these words may be what a description with this head
    ("agency") points to: the same head, or a state's body of another name ("authority")."""
    public = {fold(w) for w in lexicon.PUBLIC_BODY_HEADS}
    return head in words or head in public and any(w in public for w in words)


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


def _nearest_full(doc: Doc, short: Found, full_people: list[tuple[int, Found]]) -> Found | None:
    """The full name a short one points to: the nearest before it, else the first after it."""
    word = fold(short.name)
    variant = word_variant(word)

    def matches(f: Found) -> bool:
        return variant in _name_ends(doc, f) or (" " in word and f.key.endswith(" " + word))
    before = [f for start, f in full_people if start < short.start and matches(f)]
    if before:
        return before[-1]
    after = [f for start, f in full_people if start > short.start and matches(f)]
    return after[0] if after else None


def _name_ends(doc: Doc, f: Found) -> tuple[str, ...]:
    """The words a full name is shortened to, as all their spellings write them (``word_variant``;
    kept on the mention: asked once per short name): its first and last words, and in a name of
    four words or more its capitalised middle ones ("Lula" of "Luiz Inácio Lula da Silva")."""
    if f.ends is None:
        words = [t.text for t in doc[f.start:f.end] if t.is_alpha]
        shortened = words[:1] + words[-1:] + ([w for w in words[1:-1] if w[0].isupper()] if len(words) >= 4 else [])
        f.ends = tuple(word_variant(fold(w)) for w in shortened) if words else ("", "")
    return f.ends


def _canonical(key: Key, names: list[str], gaz: Gazetteer) -> str:
    type_, k = key
    if type_ == EntityType.COUNTRY:
        c = gaz.countries.get(k.upper())
        if c:
            return c.name
    candidates = [n for n in names if fold(n) not in lexicon.NAME_ACRONYMS and not _acronym_like(n)] or names
    return max(candidates, key=lambda n: (len(n.split()), len(n)))


def _acronym_like(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(name.split()) == 1 and sum(c.isupper() for c in letters) >= 2
