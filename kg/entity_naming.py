"""Entity records of each type from a span: a country, a place, a person, an organisation.

``EntityNaming`` holds the gazetteer and builds the ``Found`` record of a span once its type is
decided: the canonical name, the key that joins mentions of one thing, a person's role, the
country an institution belongs to ("South Korean Defence Ministry"). The finder's other parts
(kg.entity_types, kg.entity_retyping, kg.entity_missed, kg.entity_clubs, kg.entity_filters) build on it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.entity_context import party_named_by_a_portfolio
from kg.gazetteer import City, Gazetteer, fold, gazetteer
from kg.entity_mentions import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.entity_mentions import Found
from kg.identity_people import person_key
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.person_names import extend_person, in_portfolio, name_tokens, name_word, role_apposition, role_before
from kg.schema import EntityType
from kg.sentences import token_list, tokens_text
from kg.token_index import tokens_named


@lru_cache(maxsize=8)
def _folded_words(words: frozenset[str]) -> frozenset[str]:
    """A word list folded as names are compared (kg.gazetteer.fold), once per list."""
    return frozenset(fold(w) for w in words)


def known_organization(doc: Doc, text: str) -> str:
    """The known organisation a name or alias is (``organizations``); an alias several share
    ("ICC") is the one whose own words the article uses most ("cricket": the International
    Cricket Council), the first listed on a tie."""
    name = lexicon.ORGANIZATION_NAMES[fold(text)]
    options = lexicon.SHARED_ORGANIZATION_NAMES.get(fold(text))
    if not options:
        return name
    def used(option: str) -> int:
        words = {w.lower() for w in option.split()} - lexicon.ORG_HEADS - {"of", "for", "and", "the"}
        return sum(1 for w in words if tokens_named(doc, (w,)))
    return max(options, key=lambda option: (used(option), -options.index(option)))


def _seat(text: str) -> str | None:
    """The international organisation a city stands for as an actor (``organization_seats``)."""
    return _seats().get(fold(text))


def _seats() -> dict[str, str]:
    """``organization_seats`` by folded city, made once per active rules (the first city listed
    wins a shared fold, as a scan of the list found it)."""
    derived = lexicon.ACTIVE.derived
    if "organization_seats" not in derived:
        seats: dict[str, str] = {}
        for city, org in lexicon.ORGANIZATION_SEATS.items():
            seats.setdefault(fold(city), org)
        derived["organization_seats"] = seats
    return derived["organization_seats"]


def _full_name(words: list[Token]) -> bool:
    """A capitalised name of three words or more ("National Intelligence Service") names its
    institution by itself; a shorter one ("Defence Ministry") needs its country to be one."""
    named = [t for t in words if t.is_alpha and t.lower_ not in ("of", "for", "and", "the")]
    return len(named) >= 3 and all(t.is_title or t.is_upper for t in named)


def _generic_institution(words: list[Token]) -> bool:
    """A name every country gives an institution of its kind, made of an institution's word and
    the field it serves ("Ministry of Foreign Affairs", "Border Troops", "Armed Forces"): it needs
    its country to be one institution ("Qatar's Ministry of Foreign Affairs"); a known institution's
    own name does not ("National Intelligence Service", ``institution_names``)."""
    named = [t for t in words if t.lower_ not in ("of", "for", "and", "the")]
    head = named[0] if len(named) > 1 and named[1].i > named[0].i + 1 else named[-1]   # ("Ministry of ...")
    return len(named) >= 2 and head.is_title and head.lower_ in lexicon.GENERIC_INSTITUTION_HEADS \
        and fold(" ".join(t.text for t in words)) not in _known_institutions() and all(
            t is head or _is_title_word(t) or t.lower_ in lexicon.PORTFOLIO_WORDS for t in named)


def _armed_service(words: list[Token]) -> bool:
    """A country's armed service named as every country names its own, capitalised ("Ukraine's
    Air Force", "Sudan's Army", "Pakistan's Navy"): with its country it is that country's (the
    "Ukrainian Air Force" another article names), without it no one's."""
    named = " ".join(t.lower_ for t in words)
    return all(t.is_title for t in words) and (
        named in lexicon.ARMED_SERVICES or len(words) == 1 and named in lexicon.GENERIC_INSTITUTION_HEADS)


def _known_institutions() -> frozenset[str]:
    """The names of the institutions ``institution_names`` knows, folded, once per active rules."""
    derived = lexicon.ACTIVE.derived
    if "known_institutions" not in derived:
        derived["known_institutions"] = frozenset(fold(name) for name in lexicon.INSTITUTION_NAMES.values())
    return derived["known_institutions"]


_MINISTRY_OF = re.compile(r"^(.*?)ministry (?:of|for) (?:the )?(.+)$")
_INITIALLED = "X.Xxxxx"   # the shape of a name written with its initial joined to it ("S.Batbold")


def place_name(text: str, city: City) -> str:
    """The place's name as the article writes it ("Kiev", "New York", "Rafah"), in the gazetteer's
    letters when the article shouts it ("TOKYO" -> "Tokyo"); its key is the gazetteer's in any case."""
    if text.isupper() and len(text) > 3:
        return city.name if fold(text) == fold(city.name) and city.name.isascii() else text.title()
    return text


class EntityNaming:
    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()

    def _country(self, text: str, start: int, end: int) -> Found | None:
        """A country by its name, or by its capital used as an actor ("Pyongyang denied")."""
        c = self.gaz.country(text)
        if c:
            return Found(start, end, EntityType.COUNTRY, c.name, c.code.lower())
        seat = _seat(text)
        if seat is not None:   # "Brussels wants": the European Union, not Belgium
            return Found(start, end, EntityType.ORGANIZATION, seat, self._org_key(seat), weight=2)
        c = self.gaz.capital(text) if end - start <= 2 else None
        # the city is kept with it: a capital named both as an actor and as a place is weighed in identity
        return Found(start, end, EntityType.COUNTRY, c.name, c.code.lower(), geo=self.gaz.capital_city(text)) if c else None

    def _shared_country(self, text: str, start: int, end: int) -> Found | None:
        """A name several countries bear ("Congo"): which one is decided with the article's other
        countries (``shared_country_names``)."""
        codes = lexicon.SHARED_COUNTRY_NAMES.get(text.lower())
        codes = tuple(c for c in codes or () if c in self.gaz.countries)
        return Found(start, end, EntityType.COUNTRY, text, "", shared=codes) if codes else None

    def _place(self, doc: Doc, start: int, end: int) -> Found:
        name = tokens_text(doc, start, end)
        city = self.gaz.region(name) or self.gaz.city(name)
        if city is not None:
            return Found(start, end, EntityType.PLACE, place_name(name, city), fold(city.name), geo=city)
        return Found(start, end, EntityType.PLACE, name, fold(name))

    def _person(self, doc: Doc, start: int, end: int) -> Found | None:
        start, end = name_tokens(doc[start:end])
        start, end = extend_person(doc, start, end)
        tokens = [t for t in token_list(doc)[start:end] if not t.is_punct or t.text == "-"]
        # (a word of letters, or one with its initial joined: "S.Batbold")
        words = [t for t in tokens if t.is_alpha or t.shape_ == _INITIALLED]
        if not any(t.text[0].isupper() for t in words) or all(_is_title_word(t) for t in words):
            return None   # ("Datuk Seri", "Cmdr": titles the model took for the name they go with)
        name = tokens_text(doc, start, end)
        if name.split()[-1].islower():
            return None   # "the WHO chief": a name does not end in a word in lower case ("Kim Jong-un",
            # "al-Burhan" do not)
        role = role_before(doc, start) or role_apposition(doc, start, end)
        single = len([t for t in token_list(doc)[start:end] if t.is_alpha]) == 1
        # a title written with the name is the context's word that it is a person's
        return Found(start, end, EntityType.PERSON, name, person_key(name), role=role, short=single, weight=2 if role else 1)

    def _organization(self, doc: Doc, start: int, end: int) -> Found | None:
        words = token_list(doc)[start:end]
        if all(_is_title_word(t) or not t.is_alpha for t in words) and not party_named_by_a_portfolio(doc, start, end) \
                and not (len(words) > 1 and _is_org_head(words[-1])):
            return None  # "Defense" alone: part of a title the model took for a name (not "the Labour Party")
        # (and a minister's portfolio: "Minister of State for *Petroleum Resources* Tunde Adeyemi")
        titled = [t for t in words if _is_title_word(t) or in_portfolio(t)]
        rest = [t for t in words if t not in titled]
        if titled and len(rest) >= 2 and all(name_word(t) for t in rest) \
                and rest[0].i > titled[-1].i and not _is_org_head(rest[-1]):
            return self._person(doc, rest[0].i, end)   # "Defence Lloyd Austin"
        if start > 0 and _is_title_word(doc[start - 1]) and 2 <= len(words) <= 3 \
                and all(t.pos_ == "PROPN" and t.is_title for t in words) and not _is_org_head(words[-1]) \
                and doc[start - 1].lower_ not in lexicon.PARTY_STANDINGS \
                and not (end < len(doc) and doc[end].lower_ in lexicon.ORGANIZATION_NOUNS and doc[end].is_lower):
            # "Chancellor" + "Olaf Scholz" tagged ORG (not "the ruling" + "Georgian Dream" + "party")
            return self._person(doc, start, end)
        qualifier = self._qualifier(doc, start)
        base = tokens_text(doc, start, end)
        own = self._institution_name(qualifier[1], base) if qualifier else None
        if own is None and len(words) > 1:   # "the Indian Foreign Ministry" as one span
            own = self._institution_name(words[0].text, tokens_text(doc, start + 1, end))
        if own is not None:
            return Found(start, end, EntityType.ORGANIZATION, own, self._org_key(own), weight=2)
        if qualifier and (words[-1].lower_ in lexicon.INSTITUTION_HEADS and not _full_name(words)
                          or _generic_institution(words) or _armed_service(words)):
            name = f"{qualifier[1]} {base.title() if base.islower() else base}"
            return Found(qualifier[0], end, EntityType.ORGANIZATION, name, self._qualified_key(qualifier[1], base, name),
                         own_start=None if qualifier[1].isupper() else start)   # "US State Department": one name
        if len(words) > 1 and words[0].is_upper and self.gaz.country(words[0].text):
            # "US State Department" (one span): the abbreviation qualifies, the rest names
            return Found(start, end, EntityType.ORGANIZATION, base,
                         self._qualified_key(words[0].text, tokens_text(doc, start + 1, end), base))
        return Found(start, end, EntityType.ORGANIZATION, base, self._org_key(base))

    def _qualified_key(self, qualifier: str, base: str, name: str) -> str:
        """An institution qualified by a country abbreviation ("US State Department") is named
        with it but known by its own name, as news writes it both ways; a demonym qualifier
        ("South Korean Defence Ministry") is part of the identity."""
        return self._org_key(base if qualifier.isupper() else name)

    def _qualifier(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """The country written before an institution: "South Korean" / "South Korea's"."""
        i = start - 1
        if i >= 0 and (doc[i].text in ("'s", "’s") or doc[i].text in ("'", "’") and i > 0 and doc[i - 1].text.endswith("s")):
            i -= 1   # (and "the Philippines' navy")
        if i < 0 or doc[i].ent_type_ not in ("NORP", "GPE"):
            return None
        j = i
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1   # back to the first word of "South Korean"
        text = tokens_text(doc, j, i + 1)
        c = self.gaz.demonym(text) or self.gaz.country(text)
        if not c:
            return None
        if doc[i].ent_type_ == "GPE" and text.isupper() and i == start - 1:
            return j, text                      # "US State Department"
        return j, lexicon.DEMONYMS.get(c.code, [c.name])[0]

    def _known_organization_named(self, doc: Doc, text: str) -> Found | None:
        """The known organisation a name is (``organizations``, ``companies``; a company also with
        its legal form, "Toyota Motor Corp"): under its canonical name, a company under the name
        the article writes ("Toyota"), joined to its other names by the key; a company weighs
        over the model's other readings of its name ("Rio Tinto" as a person)."""
        folded = fold(text)
        if folded not in lexicon.ORGANIZATION_NAMES:
            words = folded.split()
            if len(words) < 2 or words[-1] not in _folded_words(lexicon.CORPORATE_SUFFIXES) \
                    or " ".join(words[:-1]) not in lexicon.COMPANY_NAMES:
                return None
            folded = " ".join(words[:-1])
        if folded in lexicon.COMPANY_NAMES:
            name = lexicon.COMPANY_NAMES[folded]
            return Found(0, 0, EntityType.ORGANIZATION, text.rstrip("'’"), self._org_key(name), weight=3)
        name = known_organization(doc, text)
        return Found(0, 0, EntityType.ORGANIZATION, name, self._org_key(name))

    @staticmethod
    def _org_key(name: str) -> str:
        words = name.split()
        words = [lexicon.NAME_ACRONYMS.get(w, w) for w in words]
        # "Ministry of Foreign Affairs" and "Foreign Ministry", "Ministry of Health" and "Health
        # Ministry" are one ministry, however an article words it
        text = _MINISTRY_OF.sub(r"\1\2 ministry", " ".join(words).lower()).replace("foreign affairs ministry", "foreign ministry")
        key = fold(text)
        return key.replace("defense", "defence")

    def _institution_name(self, country: str, description: str) -> str | None:
        """The name of the institution of this country (a demonym or a name) that news describes
        so ("foreign ministry"), where the rules know it (``institution_names``)."""
        c = self.gaz.demonym(country) or self.gaz.country(country)
        return lexicon.INSTITUTION_NAMES.get((c.code, description.lower())) if c else None

    def _market(self, text: str) -> bool:
        """A country or a sizeable city, where shares are traded ("shares in Tokyo", "London shares")."""
        city = self.gaz.city(text)
        return self.gaz.country(text) is not None or (city is not None and city.population >= _SIZEABLE_CITY)
