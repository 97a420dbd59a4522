"""Sports clubs in an article about sport: "Manchester City", "City", "Eintracht Frankfurt",
a city acting ("Liverpool declined to comment") or named as an opponent ("hosts Benfica").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import DOBJ, POBJ
from kg.entity_context import acting, located
from kg.entity_missed import names_written
from kg.entity_naming import EntityNaming
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.gazetteer import fold
from kg.entity_mentions import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.entity_mentions import Found
from kg.name_words import is_title_word as _is_title_word
from kg.schema import EntityType
from kg.sentences import tokens_text
from kg.token_index import tokens_named


def _club_mention(doc: Doc, f: Found, short: dict[str, str], cities: dict[str, str]) -> Found:
    """A club's own word alone ("Eintracht was fined"), whatever the model read it as, and the
    city of a club named with it acting or before a title ("Frankfurt chief executive Axel
    Hellmann"), are that club (``short``, ``cities``: the club's key by word)."""
    if f.name in short and f.type in (EntityType.PERSON, EntityType.PLACE) and f.end - f.start == len(f.name.split()):
        return Found(f.start, f.end, EntityType.ORGANIZATION, f.name, short[f.name], weight=2)
    if f.name in cities and f.type == EntityType.PLACE and f.weight <= 1 and _acting_or_titled(doc, f.start, f.end):
        return Found(f.start, f.end, EntityType.ORGANIZATION, f.name, cities[f.name], weight=2)
    return f


def _acting_or_titled(doc: Doc, start: int, end: int) -> bool:
    """A name that acts (``acting``) or stands before a title ("Frankfurt chief executive")."""
    return acting(doc[end - 1]) or end < len(doc) and (
        _is_title_word(doc[end]) or doc[end].lower_ in lexicon.PLAYER_ROLES)


def _opponent(token: Token) -> bool:
    """A name in the place of a team in a match: after "against", "over", "versus", or the
    object of hosting, beating or facing ("Napoli hosts Benfica", "a win over Porto")."""
    head = token.head
    if token.dep_ == POBJ:
        return head.lower_ in lexicon.MATCH_PREPOSITIONS
    return token.dep_ == DOBJ and head.lemma_.lower() in lexicon.MATCH_VERBS


class ClubNames(EntityNaming):
    def _clubs(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """In an article about sport (``sports_context``): a city's name and a club's word is the
        club ("Manchester City", "Tottenham Hotspur", ``club_words``), and so is the club's word
        alone ("City have won"); a city acting (a subject, an owner) is its club ("Liverpool
        declined to comment")."""
        out, clubs, cities = [], {}, {}
        # (an opponent may be a player: "the final against Djokovic" after "Novak Djokovic")
        people_words = {w for f in founds if f.type == EntityType.PERSON and f.end - f.start > 1 for w in f.name.split()}
        # (a surname the article uses alone: "Jordan Henderson ... Henderson scored" is a player)
        named_alone = {f.name for f in founds if f.type == EntityType.PERSON and f.end - f.start == 1}
        founds, known = self._known_clubs_and_grounds(doc, founds)
        for f in founds:
            words = tokens_text(doc, f.start, f.end).split()
            # (a known club keeps its name, a known ground is a place: ``clubs``, ``grounds``)
            if f in known and f.type == EntityType.PLACE:
                pass
            elif len(words) >= 2 and words[-1].lower() in lexicon.CLUB_WORDS and words[-1].istitle() \
                    and self.gaz.city(" ".join(words)) is None \
                    and (self.gaz.city(" ".join(words[:-1])) is not None or f.type != EntityType.PLACE):
                name = f.name if f in known else " ".join(words)
                f = Found(f.start, f.end, EntityType.ORGANIZATION, name, self._org_key(name), weight=3)
                clubs.setdefault(words[-1], set()).add(f.key)
            elif (f.type in (EntityType.ORGANIZATION, EntityType.PLACE) or f.type == EntityType.PERSON and f.weight <= 1
                  and not f.role and not named_alone & set(words)) and self._club_of_a_city(words):
                # ("Hassania Agadir", "Ittihad Tanger": a club the model read as a person)
                name = f.name if f in known else " ".join(words)   # "Eintracht Frankfurt", "Sporting Lisbon"
                f = Found(f.start, f.end, EntityType.ORGANIZATION, name, self._org_key(name), weight=3)
                clubs.setdefault(" ".join(words[:-1]), set()).add(f.key)
                cities[words[-1]] = f.key
            elif f.type == EntityType.PLACE and f.geo is not None and f.weight <= 1 and f.end - f.start == 1 \
                    and acting(doc[f.start]) and not self.gaz.capital(f.name):
                f = Found(f.start, f.end, EntityType.ORGANIZATION, f.name, self._org_key(f.name), weight=2)
            elif f.type in (EntityType.PLACE, EntityType.PERSON) and f.weight <= 1 and f.end - f.start == 1 and _opponent(doc[f.start]) \
                    and not self.gaz.capital(f.name) and f.name not in people_words:
                f = Found(f.start, f.end, EntityType.ORGANIZATION, f.name, self._org_key(f.name), weight=2)   # "hosts Benfica"
            out.append(f)
        taken = {i for f in out for i in range(f.start, f.end)}
        short = {word: next(iter(keys)) for word, keys in clubs.items() if len(keys) == 1}
        out = [_club_mention(doc, f, short, cities) for f in out]
        for word, key in short.items():
            if " " not in word:
                out += [Found(i, i + 1, EntityType.ORGANIZATION, doc[i].text, key, weight=2) for i in tokens_named(doc, (word.lower(),))
                        if i not in taken and doc[i].text == word and not doc[i].ent_type_]
        return sorted(out, key=lambda f: (f.start, -f.end))

    def _known_clubs_and_grounds(self, doc: Doc, founds: list[Found]) -> tuple[list[Found], list[Found]]:
        """Known clubs and grounds by their names and short forms (``clubs``, ``grounds``), whatever
        the model read them as or where it missed them ("Everton beat Fulham", "Spurs lost", "the
        Etihad"); a club's short form that is a place's name not where something happens ("a hotel
        in Liverpool" stays the city)."""
        out, known_ones = [], []
        for f in founds:
            known = self._known_club_or_ground(doc, f.start, f.end, tokens_text(doc, f.start, f.end))
            out.append(known or f)
            if known is not None:
                known_ones.append(known)
        taken = {i for f in founds for i in range(f.start, f.end)}
        for by_first, first_words in ((lexicon.CLUB_NAMES_BY_FIRST_WORD, lexicon.CLUB_FIRST_WORDS),
                                      (lexicon.GROUND_NAMES_BY_FIRST_WORD, lexicon.GROUND_FIRST_WORDS)):
            for span, name in names_written(doc, by_first, first_words, taken):
                if any(span.start < f.end and f.start < span.end for f in out):
                    continue
                known = self._known_club_or_ground(doc, span.start, span.end, name)
                if known is not None:
                    out.append(known)
                    known_ones.append(known)
                    taken.update(range(span.start, span.end))
        return sorted(out, key=lambda f: (f.start, -f.end)), known_ones

    def _known_club_or_ground(self, doc: Doc, start: int, end: int, text: str) -> Found | None:
        folded = fold(text)
        ground = lexicon.GROUND_NAMES.get(folded)
        # (under the name the article writes, joined to the club's or ground's other names by the key)
        if ground is not None:
            return Found(start, end, EntityType.PLACE, text, fold(ground), weight=3)
        club = lexicon.CLUB_NAMES.get(folded)
        if club is None or fold(club) != folded and (
                self.gaz.city(text) or self.gaz.region(text) or self.gaz.country(text)) and located(doc, start, end):
            return None
        return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(club), weight=3)

    def _club_of_a_city(self, words: list[str]) -> bool:
        """"Eintracht Frankfurt", "Sporting Lisbon", "Dynamo Kyiv": capitalised words before a
        sizeable city's name, in an article about sport, are a club named with its city (not a
        place there: "Central Java", "Lake Como", "South London")."""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        city = self.gaz.city(words[-1])
        first = words[0].lower()
        return city is not None and city.population >= _SIZEABLE_CITY and self.gaz.city(" ".join(words)) is None \
            and self.gaz.region(" ".join(words)) is None and not self.gaz.country(" ".join(words[:-1])) \
            and not self.gaz.demonym(words[0]) and first not in _DIRECTIONS and first not in lexicon.GENERIC_PLACE_WORDS \
            and first not in lexicon.GEOGRAPHIC_FEATURES and first not in lexicon.REGION_WORDS \
            and not any(w.lower() in lexicon.TITLE_WORDS for w in words)
