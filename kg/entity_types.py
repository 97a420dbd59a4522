"""The type of each span the model proposes, corrected by its context.

spaCy's NER labels a span; ``SpanTyping._classify`` trims it to the name and decides what it is
the way a careful reader would: a title before a name makes a person, a preposition of place a
place, a capital acting its country's government, a noun of organisation beside it an
organisation; a time zone, a law's title or a product is no entity.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import COMPOUND, DET, NSUBJ, NSUBJPASS
from kg.entity_context import (POSSESSIVE_MARKS, QUOTES, apposition_noun, at_an_employer, beside_an_organisation,
                               coordinated_with_place, dateline, first_conjunct, in_a_place, kind_before, located,
                               named_place_of, names_an_event, names_an_organization, owns_an_officer, place_apposition,
                               placed_by_context, plural_common_noun, region_context, shares_held_in, which_follows)
from kg.entity_naming import EntityNaming, place_name
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.gazetteer import fold
from kg.entity_mentions import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.entity_mentions import Found
from kg.name_words import after_possessor as _after_possessor
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_plural_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.person_names import beside_a_title, given_name_after_title, role_apposition, role_before, titled_name
from kg.schema import EntityType
from kg.sentences import token_list, tokens, tokens_text
from kg.token_index import any_between, named_in

# spans the model reads as times and amounts ("told lawmakers Wednesday") are no names
_TIME_AND_NUMBER_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_DOUBLE_QUOTES = ("\"", "“", "”")
_REGION_ADJECTIVES = frozenset({"north", "south", "east", "west", "central", "latin"})
# (the top-level domain in small letters: "S.Erdene" is a name written with an initial)
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,6})(?:/\S*)?$", re.IGNORECASE)
_ARMED_GROUPS = frozenset({"rebel", "rebels", "militia", "militias", "fighter", "fighters", "insurgent", "insurgents"})


def _known_description(doc: Doc, start: int, end: int) -> int:
    """Where a known organisation's name ends when the article writes it as a known organisation
    and words in lower case ("the U.N. human rights office", "the UN nuclear watchdog": names
    of ``organizations``) that the model left out of the name."""
    for stop in range(min(end + 4, len(doc)), end, -1):
        if all(t.is_lower or t.text in POSSESSIVE_MARKS for t in doc[end:stop]) \
                and fold(tokens_text(doc, start, stop)) in lexicon.ORGANIZATION_NAMES:
            return stop
    return end


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


def _legal_form(token: Token) -> bool:
    """A company's legal form after its name, capitalised ("Eni SpA", "Lukoil PJSC": ``corporate_suffixes``)."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in lexicon.CORPORATE_SUFFIXES


def _modifies_a_noun(token: Token) -> bool:
    """A name written as a modifier of the common noun right after it ("the Yorkshire probe")."""
    return token.dep_ == COMPOUND and token.head.i == token.i + 1 and token.head.pos_ == "NOUN" and token.head.is_lower


def _organization_cut_short(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An organisation's name the model cut where it has "and", a plural possessive or its country:
    "the England and" + "Wales Cricket Board", "the Confederation of Indonesian Workers'" + "Unions",
    "the Armed Forces of the" + "Philippines" (a name after "the": not "Arsenal and Manchester United")."""
    toks = token_list(doc)
    if start >= 3 and toks[start - 1].lower_ == "and" and toks[start - 2].is_title and toks[start - 2].is_alpha \
            and toks[start - 3].lower_ == "the" and _is_org_head(toks[end - 1]) and not _is_title_word(toks[start - 2]):
        start -= 2
    if end < len(doc) and toks[end - 1].text in ("'", "’") and (_is_org_head(toks[end]) or is_plural_org_head(toks[end])):
        end += 1
    if end < len(doc) and toks[end - 1].lower_ in ("of", "the") and toks[end].ent_type_ == "GPE" and toks[end].ent_iob_ == "B":
        end += 1
        while end < len(doc) and toks[end].ent_iob_ == "I":
            end += 1
    return start, end


class SpanTyping(EntityNaming):
    def _person_by_apposed_title(self, doc: Doc, start: int, end: int, text: str) -> bool:
        """Two or three capitalised words with a title in apposition after them: "Kemi Badenoch,
        leader of the opposition," is a person, not a country chairing ("Kenya, chair of ...")."""
        words = doc[start:end]
        return 2 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words) \
            and not _is_org_head(words[-1]) and not self.gaz.country(text) and not self.gaz.city(text) \
            and role_apposition(doc, start, end) is not None

    def _classify(self, doc: Doc, span: Span) -> Found | None:
        toks = token_list(doc)
        start, end = _organization_cut_short(doc, span.start, span.end) if span.label_ == "ORG" \
            else (span.start, span.end)
        while start < end:
            first = toks[start]
            if not (first.lower_ in ("the", "a", "an") or first.text in QUOTES
                    or first.is_alpha and first.is_lower and first.like_num):   # ("eight Premier League titles")
                break
            start += 1
        while end > start:
            last = toks[end - 1].text
            if not (last in ("'s", "’s", "'", "’", ",", ";", ":", "—", "–") or last in QUOTES or toks[end - 1].is_space):
                break
            end -= 1
        # "National Democratic Congress (NDC": the acronym in parentheses is an alias, not the name
        if start < end and "(" in tokens_text(doc, start, end):
            end = next((t.i for t in tokens(doc, start, end) if t.text == "("), end)
        # "fined Arcadia 41 billion won": an amount the model ran into the name is no part of it,
        # nor a score after a name it read as a person's ("beat Hafia Conakry 2-0")
        end = next((t.i for t in tokens(doc, start + 1, end - 1) if t.like_num and toks[t.i + 1].like_num), end)
        if span.label_ == "PERSON" and end - start > 3 and toks[end - 1].like_num and toks[end - 2].text == "-" \
                and toks[end - 3].like_num:
            end -= 3   # (a score: "Leopard 2 tanks" keeps its number, and so is no person's name)
        label = span.label_
        if label in ("ORG", "FAC") and fold(tokens_text(doc, start, end)) not in lexicon.ORGANIZATION_NAMES:
            start = _after_possessor(doc, start, end)   # (not "Moody's Investors Service": a known name)
        while label == "ORG" and end - start > 1 and toks[start].lower_ in lexicon.PARTY_STANDINGS:
            start += 1   # "the Opposition BJP": where the party stands is no part of its name
        if start >= end or any(t.text in _DOUBLE_QUOTES or t.is_space for t in tokens(doc, start, end)):
            return None   # 'the Pacific "Ring of Fire"': a quoted nickname, or words across lines
        text = tokens_text(doc, start, end)
        if _WEB_ADDRESS.match(text):
            # "example.com": an address, not an entity; a website acting ("Amazon.com said") is its company
            acting = label == "ORG" and toks[end - 1].dep_ in (NSUBJ, NSUBJPASS)
            return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(text)) if acting else None
        if end - start > 1 and toks[end - 1].lower_ in lexicon.LAW_WORDS and toks[end - 1].is_title:
            return None   # "the General Data Protection Regulation", "the Digital Services Act": a text
        if label == "ORG" and end - start == 1 and 0 < start and end < len(doc) and _is_title_word(toks[start - 1]) \
                and _is_title_word(toks[end]) and _is_org_head(toks[start]):
            return None   # "Chief Cabinet Secretary", "Deputy Council Chairman": a body inside a title
        if label == "PERSON" and _is_org_head(toks[start]):
            # "Group G", "Party Congress": a person's name does not open with an organisation's word
            return self._organization(doc, start, end) if _is_org_head(toks[end - 1]) else None
        if text.lower() in lexicon.TIME_ZONES or _names_a_benchmark(doc, end):
            return None   # "by 1030 GMT", "Brent crude futures", "the Merval stock index", "the S&P 500 index"
        if label == "ORG" and end - start > 2 and toks[end - 1].is_lower and toks[end - 1].lower_ in lexicon.ORGANIZATION_NOUNS \
                and all(t.is_title or not t.is_alpha for t in tokens(doc, start, end - 1)):
            end -= 1   # "La Libertad Avanza party": the noun after a name is no part of it (not "the defence ministry")
            text = tokens_text(doc, start, end)
        if label == "ORG" and fold(text) in lexicon.ORGANIZATION_NAMES:
            end = _known_description(doc, start, end)   # "the U.N. human rights office"
            text = tokens_text(doc, start, end)
        outlet = lexicon.OUTLET_NAMES.get(fold(text))
        if outlet:
            return Found(start, end, EntityType.ORGANIZATION, outlet, fold(outlet), outlet=True)
        if label == "NORP":
            if start > 0 and toks[start - 1].lower_ in _REGION_ADJECTIVES:
                return None   # "South American", "East African": a region, not the country
            if end + 1 < len(doc) and toks[end].text == "-" and toks[end + 1].lower_ == "era":
                return None   # "Soviet-era tanks": a time, not the country
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
        if label == "PRODUCT" and placed_by_context(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "near Bossangoa and Bria"
        known = self._known_organization_named(doc, text)
        if known is not None:   # ("Shares in Novo Nordisk fell": a company traded, see shares_held_in)
            return replace(known, start=start, end=end, traded=known.weight == 3 and shares_held_in(doc, start, end))
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens(doc, start, end)) and (
                label != "ORG" or end - start == 1):
            return None   # "in absentia", "an online congress": a name is capitalised (known ones
            # written in lower case, "dpa", are read above)
        if end - start == 1 and label in ("ORG", "GPE", "PERSON") and plural_common_noun(toks[start]):
            return None   # "Farmers' union ...", "Residents fled": a common noun capitalised by the sentence
        if label != "PERSON" and names_an_event(doc, start, end):
            return None
        if label in ("GPE", "LOC", "FAC", "PERSON") and any(c.isdigit() for c in text):
            # "COP29", "the M23 rebel group": places and people have no digits in their names
            groups = lexicon.ORGANIZATION_NOUNS | _ARMED_GROUPS
            if toks[end - 1].head.lemma_.lower() in groups or (end < len(doc) and toks[end].lemma_.lower() in groups):
                return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(text), weight=2)
            return None
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and shares_held_in(doc, start, end) and not self._market(text):
            found = self._organization(doc, start, end)   # "Shares in Novo Nordisk fell" (not "shares in Tokyo")
            return found and replace(found, weight=3, traded=True)
        kind = kind_before(doc, start) if label not in _TIME_AND_NUMBER_LABELS else None
        if kind == EntityType.ORGANIZATION and label != "ORG":
            found = self._organization(doc, start, end)     # "Mexican steelmaker Ternium"
            return found and replace(found, weight=3)
        known = self._known_organization_first(doc, start, end, label)
        if known is not None:
            return known
        if label in ("GPE", "LOC") and self._region_of_the_city_before(doc, start, text):
            region = self.gaz.region(text)   # "Renton, Washington", "Atlanta, Georgia": the state
            return Found(start, end, EntityType.PLACE, place_name(text, region), fold(region.name), geo=region, weight=2)
        if label in ("PERSON", "ORG", "NORP"):
            region = self._known_region(doc, start, end, text, label)
            if region is not None:
                return region
        if label in ("GPE", "LOC", "FAC", "ORG") and self._person_by_apposed_title(doc, start, end, text):
            found = self._person(doc, start, end)   # "Kemi Badenoch, leader of the opposition," (tagged a place)
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC", "ORG") and end - start <= 2 and given_name_after_title(doc, start):
            found = self._person(doc, start - 1, end)   # "marketing chief Rubén" + "Rivera" (tagged a place)
            return found and replace(found, weight=2)
        if label not in ("PERSON", "ORG") and titled_name(doc, start, end):
            found = self._person(doc, start, end)   # "Deputy Prosecutor Helena Okafor" as a title of a work
            return found and replace(found, weight=2)
        if label in ("ORG", "PERSON") and end < len(doc) and toks[end].is_lower and toks[end].lower_ in lexicon.FACILITY_HEADS \
                and not self.gaz.country(text):
            return replace(self._place(doc, start, end), weight=2)   # "the Kyaukphyu port", "the Tarbela dam"
        if label in ("ORG", "FAC", "GPE", "LOC", "PERSON") and end - start > 1 and (
                toks[end - 1].is_title and toks[end - 1].lower_ in lexicon.FACILITY_HEADS and label != "PERSON"
                or toks[start].is_title and toks[start].lower_ in lexicon.FACILITY_OPENERS):
            return replace(self._place(doc, start, end), weight=2)   # "Kahuzi-Biega National Park", "Stadio Olimpico"
        if label in ("ORG", "PERSON") and end - start <= 2 and coordinated_with_place(doc, start, end) \
                and located(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "villages in Samar and Leyte"
        if label in ("ORG", "PERSON") and end - start <= 2 and not self.gaz.country(text) and (
                place_apposition(doc, start, end) or (label == "PERSON" and in_a_place(doc, start, end))):
            return replace(self._place(doc, start, end), weight=2)   # "reached Mweka, the nearest town"
        if label in ("PERSON", "ORG") and text.isupper() and end - start > 1 and dateline(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "DEIR AL-BALAH, Gaza Strip (AP) -"
        if label == "PERSON" and which_follows(doc, end):
            # "Isavia, which runs Keflavik airport, said": a thing, not a person
            found = self._place(doc, start, end) if in_a_place(doc, start, end) else self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if label == "PERSON" and end - start == 1 and beside_an_organisation(toks[start]):
            found = self._organization(doc, start, end)   # "between Club Olimpia and Brazil's Flamengo"
            return found and replace(found, weight=2)
        if label == "PERSON" and end - start == 1 and start > 0 and toks[start - 1].lower_ == "the":
            # "the Maracana", "the Kremlin": a person's name takes no article; "the Yorkshire probe",
            # "the Ahmedabad bid": the article is the noun's, which says nothing of the name (a place
            # the gazetteer knows names where the thing is)
            if _modifies_a_noun(toks[start]):
                known_place = self.gaz.city(text) or self.gaz.region(text)
                return self._place(doc, start, end) if known_place else self._organization(doc, start, end)
            found = self._place(doc, start, end) if located(doc, start, end) else self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if label in ("PERSON", "GPE", "LOC", "FAC") and (_is_org_head(toks[end - 1]) or _legal_form(toks[end - 1])) \
                and end - start > 1 and not self.gaz.country(text):   # (not "the Soviet Union")
            return self._organization(doc, start, end)   # "Unity Government": an institution; "Eni SpA"
        if label in ("GPE", "LOC") and end < len(doc) and toks[end].lower_ in lexicon.PLAYER_ROLES \
                and toks[end].is_lower and not self.gaz.country(text) and self.gaz.city(text):
            return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(text), weight=2)   # "the Barcelona midfielder"
        if label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
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
        if label in ("ORG", "GPE", "LOC", "FAC") and beside_a_title(doc, start, end):
            found = self._person(doc, start, end)   # "The union's president, Andreas Pinheiro,"
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC", "ORG") and at_an_employer(doc, start):
            found = self._organization(doc, start, end)   # "analysts at Jefferies"
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC") and self.gaz.city(text) is None:
            noun = apposition_noun(doc, start, end)
            if noun is not None and names_an_organization(noun):
                found = self._organization(doc, start, end)   # "Nexperia, a chipmaker owned by ..."
                return found and replace(found, weight=3)
        if label in ("GPE", "LOC", "FAC"):
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
        noun = apposition_noun(doc, start, end)
        # ("Mr. Trump, the developer who ...": a title says it is a person's name whatever the noun)
        organization_noun = noun is not None and names_an_organization(noun) and role_before(doc, start) is None
        if label in ("PERSON", "ORG") and organization_noun:
            found = self._organization(doc, start, end)   # "Varga's team, Bora Velo,"
            return found and Found(found.start, found.end, found.type, found.name, found.key, weight=3)
        words = [t for t in tokens(doc, start, end) if t.text != "-"]   # ("Anne-Claire Amprou": two words)
        if label == "ORG" and noun is not None and not organization_noun and (noun.lemma_.lower() in lexicon.PERSON_NOUNS or (
                _is_title_word(noun) and 2 <= len(words) - sum(1 for t in tokens(doc, start, end) if t.text == "-") <= 3
                and all(t.is_title for t in words) and not _is_org_head(toks[end - 1]))):   # (not "Her ruling party, Chama Cha Mapinduzi,")
            found = self._person(doc, start, end)          # "Ayse Demir, a teacher"
            return found and Found(found.start, found.end, found.type, found.name, found.key,
                                   short=found.short, weight=2)
        if label == "PERSON" and owns_an_officer(toks[end - 1]):
            found = self._organization(doc, start, end)   # "Ofgem's director general", "Alcoa's board"
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
