"""Sports clubs in an article about sport: "Manchester City", "City", "Eintracht Frankfurt",
a city acting ("Liverpool declined to comment") or named as an opponent ("hosts Benfica").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import DOBJ, POBJ
from kg.entity_context import acting
from kg.entity_naming import EntityNaming
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.identity import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.identity import Found
from kg.name_spans import is_title_word as _is_title_word
from kg.sentences import tokens_text
from kg.token_index import tokens_named


def _club_mention(doc: Doc, f: Found, short: dict[str, str], cities: dict[str, str]) -> Found:
    """A club's own word alone ("Eintracht was fined"), whatever the model read it as, and the
    city of a club named with it acting or before a title ("Frankfurt chief executive Axel
    Hellmann"), are that club (``short``, ``cities``: the club's key by word)."""
    if f.name in short and f.type in ("Person", "Place") and f.end - f.start == len(f.name.split()):
        return Found(f.start, f.end, "Organization", f.name, short[f.name], weight=2)
    if f.name in cities and f.type == "Place" and f.weight <= 1 and _acting_or_titled(doc, f.start, f.end):
        return Found(f.start, f.end, "Organization", f.name, cities[f.name], weight=2)
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
        people_words = {w for f in founds if f.type == "Person" and f.end - f.start > 1 for w in f.name.split()}
        for f in founds:
            words = tokens_text(doc, f.start, f.end).split()
            if len(words) >= 2 and words[-1].lower() in lexicon.CLUB_WORDS and words[-1].istitle() \
                    and self.gaz.city(" ".join(words)) is None \
                    and (self.gaz.city(" ".join(words[:-1])) is not None or f.type != "Place"):
                name = " ".join(words)
                f = Found(f.start, f.end, "Organization", name, self._org_key(name), weight=3)
                clubs.setdefault(words[-1], set()).add(f.key)
            elif f.type in ("Organization", "Place") and self._club_of_a_city(words):
                name = " ".join(words)   # "Eintracht Frankfurt", "Sporting Lisbon", "Inter Milan"
                f = Found(f.start, f.end, "Organization", name, self._org_key(name), weight=3)
                clubs.setdefault(" ".join(words[:-1]), set()).add(f.key)
                cities[words[-1]] = f.key
            elif f.type == "Place" and f.geo is not None and f.weight <= 1 and f.end - f.start == 1 \
                    and acting(doc[f.start]) and not self.gaz.capital(f.name):
                f = Found(f.start, f.end, "Organization", f.name, self._org_key(f.name), weight=2)
            elif f.type in ("Place", "Person") and f.weight <= 1 and f.end - f.start == 1 and _opponent(doc[f.start]) \
                    and not self.gaz.capital(f.name) and f.name not in people_words:
                f = Found(f.start, f.end, "Organization", f.name, self._org_key(f.name), weight=2)   # "hosts Benfica"
            out.append(f)
        taken = {i for f in out for i in range(f.start, f.end)}
        short = {word: next(iter(keys)) for word, keys in clubs.items() if len(keys) == 1}
        out = [_club_mention(doc, f, short, cities) for f in out]
        for word, key in short.items():
            if " " not in word:
                out += [Found(i, i + 1, "Organization", doc[i].text, key, weight=2) for i in tokens_named(doc, (word.lower(),))
                        if i not in taken and doc[i].text == word and not doc[i].ent_type_]
        return sorted(out, key=lambda f: (f.start, -f.end))

    def _club_of_a_city(self, words: list[str]) -> bool:
        """"Eintracht Frankfurt", "Sporting Lisbon", "Dynamo Kyiv": capitalised words before a
        sizeable city's name, in an article about sport, are a club named with its city (not a
        place there: "Central Java", "Lake Como", "South London"; not a person the model read as one)."""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        city = self.gaz.city(words[-1])
        first = words[0].lower()
        return city is not None and city.population >= _SIZEABLE_CITY and self.gaz.city(" ".join(words)) is None \
            and self.gaz.region(" ".join(words)) is None and not self.gaz.country(" ".join(words[:-1])) \
            and not self.gaz.demonym(words[0]) and first not in _DIRECTIONS and first not in lexicon.GENERIC_PLACE_WORDS \
            and first not in lexicon.GEOGRAPHIC_FEATURES and first not in lexicon.REGION_WORDS \
            and not any(w.lower() in lexicon.TITLE_WORDS for w in words)
