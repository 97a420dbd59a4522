"""Names the model did not propose, found by the words around them.

"the South Korean defence ministry" (an institution in lower case), "Kursk region", "Poland coach
Jan Urban", "analysts at Jefferies", "GoTo shares jumped", "flooding in Malatya": each rule looks up
its cue words with kg.token_index (no pass over every token in Python) and reads the names there.
"""
from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import ENT_IOB, IS_TITLE, IS_UPPER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import AMOD, APPOS, COMPOUND, CONJ
from kg.entity_context import POSSESSIVE_MARKS, located, untagged_capitalised
from kg.entity_naming import EntityNaming, known_organization, place_name
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.gazetteer import fold
from kg.entity_mentions import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.entity_mentions import Found
from kg.name_words import is_acronym as _is_acronym
from kg.name_words import is_title_word as _is_title_word
from kg.person_names import in_portfolio, untagged_name_word
from kg.schema import EntityType
from kg.sentences import doc_text, tokens, tokens_text
from kg.token_index import tokens_named

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})   # the model's labels kg makes entities of
_DESCRIPTIONS = {"news", "media", "broadcaster", "wire", "press"}



def _alone(token: Token, length: int = 1) -> bool:
    """A name of ``length`` words from ``token`` that no span of the model's held (none decided it
    is something else: "West Texas Intermediate"; a people's, "the Gujarat government", may be a
    region's) and that stands alone, not inside a longer name
    ("British Columbia", "Tren de Aragua"), and is no word of titles, bodies, directions or kinds
    of place."""
    doc, word, end = token.doc, token.lower_, token.i + length
    return not any(t.ent_type_ not in ("", "NORP") for t in doc[token.i:end]) \
        and not (token.i > 0 and not token.is_sent_start and (doc[token.i - 1].is_title or doc[token.i - 1].is_upper
                                                              or doc[token.i - 1].lower_ in lexicon.NAME_PARTICLES)) \
        and not (end < len(doc) and (doc[end].is_title or doc[end].is_upper)) \
        and not (_is_title_word(token) or word in _DIRECTIONS or word in lexicon.GENERIC_PLACE_WORDS
                 or word in lexicon.REGION_WORDS or word in lexicon.ORG_HEADS or word in lexicon.INSTITUTION_HEADS)


def _speaking_service_start(doc: Doc, head: Token) -> int | None:
    """Where "air force" of "Ukraine's air force said" starts: a country's service that speaks as
    one body (``speaking_services``, of one or two words), after a possessive, the subject of a verb of saying."""
    if head.dep_ != "nsubj" or head.head.lemma_ not in lexicon.VERB_KINDS:
        return None
    for start in (head.i - 1, head.i):
        if start > 0 and doc[start - 1].text in POSSESSIVE_MARKS \
                and tokens_text(doc, start, head.i + 1).lower() in lexicon.SPEAKING_SERVICES:
            return start
    return None


def _modifies_a_thing(token: Token) -> bool:
    """A noun written as a modifier of a common noun that no title names ("navy vessel";
    not "navy spokesman")."""
    return token.dep_ == COMPOUND and token.head.pos_ == "NOUN" and not _is_title_word(token.head)


def names_written(doc: Doc, by_first_word: dict[str, tuple[str, ...]], first_words: frozenset[str],
                  taken: set[int]) -> list[tuple[Span, str]]:
    """Where the text writes one of the names of ``by_first_word`` (names by their first word in
    lower case, the longest first), as written (case and all: "flydubai", not "the" of "The
    Hague"), not wholly inside what the model holds (``taken``) nor followed by another capitalised word (a longer name): found by the first
    word's index and the text after it, not by a pass over every token."""
    found = []
    after_found = 0
    text = doc_text(doc)
    for i in tokens_named(doc, first_words):
        token = doc[i]
        if i < after_found:
            continue
        for name in by_first_word.get(token.lower_, ()):
            if not text.startswith(name, token.idx):
                continue
            span = doc.char_span(token.idx, token.idx + len(name))
            if span is None or all(j in taken for j in range(span.start, span.end)) \
                    or span.end < len(doc) and doc[span.end].is_alpha and (doc[span.end].is_title or doc[span.end].is_upper):
                break   # (a word the tokenizer cut elsewhere, a name the model holds, a longer name)
            found.append((span, name))
            after_found = span.end
            break
    return found

class MissedNames(EntityNaming):
    def _institutions(self, doc: Doc, taken: set[int]) -> list[Found]:
        """"the South Korean defence ministry": a country's institution written in lower case."""
        found = []
        heads = lexicon.INSTITUTION_HEADS | lexicon.CAPITALISED_INSTITUTION_HEADS
        for token in (doc[i] for i in tokens_named(doc, heads)):
            if token.lower_ not in heads:
                continue
            speaking = _speaking_service_start(doc, token)   # (over a span the model read in lower case too)
            if token.i in taken and speaking is None:
                continue
            start = token.i if speaking is None else speaking
            while speaking is None and start > 0 and doc[start - 1].ent_type_ == "" and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[start - 1].i not in taken:
                start -= 1
            if any(t.lower_ in _DESCRIPTIONS for t in tokens(doc, start, token.i)):
                continue  # "the South Korean news agency": a description of an outlet, not a body
            qualifier = self._qualifier(doc, start)
            if not qualifier:
                continue
            base = tokens_text(doc, start, token.i + 1)
            own = self._institution_name(qualifier[1], base)
            country = self.gaz.demonym(qualifier[1]) or self.gaz.country(qualifier[1])
            code = country.code if country is not None else ""
            if own is not None:   # "India's foreign ministry": the Ministry of External Affairs
                found.append(Found(qualifier[0], token.i + 1, EntityType.ORGANIZATION, own, self._org_key(own), weight=2,
                                   own_start=start, country=code))
                continue
            if token.lower_ in lexicon.CAPITALISED_INSTITUTION_HEADS and not token.is_title and (
                    base.lower() not in lexicon.ARMED_SERVICES or _modifies_a_thing(token)
                    or doc[start - 1].text in POSSESSIVE_MARKS) and speaking is None:
                continue   # ("the Ukrainian military": no institution's name; "the Turkish navy" is one, not
                # in "a Turkish navy vessel", only in "the Greek navy spokesman"; "Nigeria's navy
                # struck" is the country acting, "Nigeria's navy said" the navy speaking)
            name = f"{qualifier[1]} {base.title() if base.islower() else base}"
            words = tuple(fold(t.text) for t in tokens(doc, start, token.i)) if base.islower() else ()
            if base.islower() and not words:
                words = (fold(token.text),)   # "the Vietnamese navy": the navy the article names, if one
            found.append(Found(qualifier[0], token.i + 1, EntityType.ORGANIZATION, name,
                               self._qualified_key(qualifier[1], base, name), described=words,
                               own_start=None if qualifier[1].isupper() else start,
                               described_name=base.islower(), country=code))
        return found

    def _known_names(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A known organisation's name written whole where the model missed it or cut it ("HM
        Revenue and" + "Customs"; ``organizations``, ``institution_names``)."""
        found = []
        for span, name in names_written(doc, lexicon.KNOWN_NAMES_BY_FIRST_WORD, lexicon.KNOWN_NAME_FIRST_WORDS, taken):
            known = self._known_organization_named(doc, name) \
                or Found(0, 0, EntityType.ORGANIZATION, name, self._org_key(name))   # (an institution's name)
            found.append(replace(known, start=span.start, end=span.end, weight=max(known.weight, 2)))
        return found

    def _known_acronyms(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A known organisation's acronym the model left untagged, written as its acronym: "WHO
        Director-General Tedros" (not the pronoun "who")."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.ORGANIZATION_ACRONYMS)):
            name = lexicon.KNOWN_ORGANIZATIONS.get(token.text) and known_organization(doc, token.text)
            if name and token.i not in taken and token.is_upper and not token.ent_type_:
                found.append(Found(token.i, token.i + 1, EntityType.ORGANIZATION, name, self._org_key(name)))
        return found

    def _regions(self, doc: Doc, taken: set[int]) -> list[Found]:
        """"Kursk region", "Kursk Oblast": a place named by what follows it."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.REGION_WORDS | lexicon.GEOGRAPHIC_FEATURES)):
            if token.lower_ not in lexicon.REGION_WORDS and token.lower_ not in lexicon.GEOGRAPHIC_FEATURES:
                continue
            if token.dep_ == COMPOUND and token.head.i > token.i:
                continue   # "coast guard", "border police": the word qualifies another noun
            if token.i in taken and token.lower_ in lexicon.GEOGRAPHIC_FEATURES:
                continue   # already inside a name: "South China Sea"
            i = token.i - 1
            if i >= 0 and doc[i].lower_ == "border" and token.lower_ != "border":
                i -= 1
            if i < 0 or not doc[i].is_title or doc[i].is_sent_start:
                continue
            name_tok = doc[i]
            if i > 0 and doc[i - 1].lower_ in ("a", "an"):
                continue   # "a Danish island": a description, not a name
            if token.lower_ in lexicon.GEOGRAPHIC_FEATURES:
                if name_tok.ent_type_ != "NORP" and name_tok.pos_ != "PROPN" \
                        or token.is_lower and name_tok.ent_iob_ == "I" and name_tok.ent_type_ in ("LOC", "GPE", "FAC"):
                    continue   # ("the Western Ghats mountains": the model's name is whole)
                if token.is_lower and token.lower_ in lexicon.DESCRIBED_FEATURES \
                        and (name_tok.ent_type_ == "NORP" or self.gaz.demonym(name_tok.text)):
                    continue   # "the Turkish coast": a stretch of the country, described
                while i >= 2 and doc[i - 1].lower_ in lexicon.NAME_PARTICLES and doc[i - 2].is_title \
                        and not doc[i - 2].is_sent_start:
                    i -= 2   # "the Foz do Amazonas basin": the name's particle and its first word
                bare = tokens_text(doc, i, token.i)
                name = f"{bare} {token.text.title()}"
                alone = token.lower_ in lexicon.FEATURES_NAMED_ALONE and not (
                    self.gaz.country(bare) or self.gaz.demonym(bare) or self.gaz.city(bare) or self.gaz.region(bare))
                found.append(Found(i, token.i + 1, EntityType.PLACE, name, fold(bare if alone else name)))   # "the Cauvery river"
                continue
            if name_tok.pos_ != "PROPN" or self.gaz.country(name_tok.text) or self.gaz.demonym(name_tok.text) \
                    or _is_title_word(name_tok) or name_tok.lower_ in _DIRECTIONS:
                continue
            if name_tok.i in taken and name_tok.ent_type_ not in ("GPE", "LOC", "PRODUCT", "ORG", "") \
                    and not (name_tok.ent_type_ == "PERSON" and token.is_lower and name_tok.ent_iob_ == "B"
                             and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")):
                continue   # ("Kasai province": a one-word "person" before a region word is the region)
            found.append(Found(i, i + 1, EntityType.PLACE, name_tok.text, fold(name_tok.text), weight=2))
        return found

    def _places_before_shared_region_word(self, doc: Doc) -> list[Found]:
        """"Surin and Sisaket provinces", "Cebu, Leyte and Samar provinces": each conjoined name
        before a plural region word is a place, whatever type the model gave it."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.SHARED_REGION_WORDS)):
            if token.lower_ not in lexicon.SHARED_REGION_WORDS:
                continue
            first = next((t for t in token.lefts if t.pos == PROPN and t.dep_ != COMPOUND), None)
            names = [first, *(t for t in first.subtree if t.dep_ == CONJ and t.pos == PROPN)] if first else []
            if len(names) < 2:
                continue   # one name before "provinces" is no list of places
            for name in names:
                start = min((t.i for t in name.lefts if t.dep_ == COMPOUND and t.pos == PROPN), default=name.i)
                text = tokens_text(doc, start, name.i + 1)
                if name.ent_type_ == "NORP" or self.gaz.country(text) or self.gaz.demonym(text) \
                        or not all(t.is_title for t in doc[start:name.i + 1]):
                    continue
                found.append(Found(start, name.i + 1, EntityType.PLACE, text, fold(text), weight=2))   # a region, no city
        return found

    def _named_after_kind(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A name the model missed right after a noun that says what it is: "the farmers' union
        Solidarnosc", "the ruling party Likud" (organisations)."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.ORGANIZATION_NOUNS)):
            if token.i + 2 >= len(doc) or not token.is_lower or not (
                    token.dep_ in (COMPOUND, AMOD) and token.head.i > token.i   # ("firm" as an adjective)
                    or any(doc[j].dep_ == APPOS and doc[j].head.i == token.i for j in (token.i + 1, token.i + 2))):
                continue
            start = token.i + 1
            if doc[start].text == "," and start + 1 < len(doc) and doc[start + 1].dep_ == APPOS \
                    and doc[start + 1].head.i == token.i:
                start += 1   # "Brazil's meteorological institute, Inmet,"
            end = start
            while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" \
                    and (doc[end].is_title or doc[end].is_upper) and (
                        end not in taken and not doc[end].ent_type_ and not _is_title_word(doc[end])
                        or end > start and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "B"
                        or _is_title_word(doc[end]) and end + 1 < len(doc) and doc[end + 1].ent_type_ == "GPE"):
                end += 1   # (a country's name may end it: "the trade body Energy UK")
            if end > start and (end == len(doc) or doc[end].pos_ != "PROPN"):
                found.append(self._organization(doc, start, end))
        return [f for f in found if f is not None]

    def _employers(self, doc: Doc, taken: set[int]) -> list[Found]:
        """Where professionals work, a name the model missed: "Analysts at Jefferies said",
        "economists at Capital Economics" (``professional_nouns``)."""
        found = []
        for i in tokens_named(doc, lexicon.PROFESSIONAL_NOUNS):
            start = i + 2 + (i + 2 < len(doc) and doc[i + 2].lower_ == "the")
            if start >= len(doc) or doc[i + 1].lower_ != "at" or not doc[i].is_alpha:
                continue
            end = start
            while end < len(doc) and end - start < 4 and end not in taken and doc[end].pos_ == "PROPN" \
                    and (doc[end].is_title or doc[end].is_upper) and not doc[end].ent_type_:
                end += 1
            if end > start:
                organization = self._organization(doc, start, end)
                if organization is not None:
                    found.append(replace(organization, weight=2))
        return found

    def _owned_names(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A company's name the model missed before or after a word of ownership: "GoTo shares
        jumped", "a stake in Tokopedia" (``ownership_nouns``)."""
        found = []
        for i in tokens_named(doc, lexicon.OWNERSHIP_NOUNS):
            if not doc[i].is_alpha or i + 1 < len(doc) and doc[i + 1].lower_ in lexicon.BENCHMARK_WORDS:
                continue   # ("the IPSA stock index": a benchmark)
            start = i
            while start > 0 and i - start < 3 and start - 1 not in taken and untagged_capitalised(doc[start - 1], True):
                start -= 1   # (opening a sentence too: "GoTo shares jumped")
            end = i + 2
            if end < len(doc) and doc[i + 1].lower_ in ("in", "of"):
                while end < len(doc) and end - i < 5 and end not in taken and untagged_capitalised(doc[end]):
                    end += 1
            for a, b in ((start, i), (i + 2, end)):
                if b > a and not self._market(tokens_text(doc, a, b)):
                    organization = self._organization(doc, a, b)
                    if organization is not None:
                        found.append(replace(organization, weight=3, traded=True))
        return found

    def _acronyms_of_kind(self, doc: Doc, taken: set[int]) -> list[Found]:
        """An acronym the model missed before a noun that says what it is: "told DZBB radio", "the
        FNSEA farmers' union" (organisations)."""
        found = []
        flags = doc.to_array([IS_UPPER, ENT_IOB])
        for i in numpy.flatnonzero((flags[:, 0] == 1) & (flags[:, 1] == 2)).tolist():
            token = doc[i]
            if i in taken or not token.is_alpha or not _is_acronym(token) or i + 1 >= len(doc):
                continue
            j = i + 1
            if j + 2 < len(doc) and doc[j].is_lower and doc[j + 1].text in POSSESSIVE_MARKS:
                j += 2   # "FNSEA farmers' union"
            noun = doc[j]
            if noun.is_lower and (noun.lemma_.lower() in lexicon.ORGANIZATION_NOUNS or noun.lower_ in lexicon.ORGANIZATION_NOUNS):
                found.append(Found(i, i + 1, EntityType.ORGANIZATION, token.text, self._org_key(token.text), weight=2))
        return found

    def _titled_in_apposition(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A person's name the model missed beside a title or a noun of person in lower case: "Agnes
        Callamard, the group's secretary general," / "the charity's director, Sally Abi Khalil," /
        "her son, Sajeeb Wazed Joy,"."""
        found = []
        # a title, or a noun of what a person is ("her son, Sajeeb Wazed Joy,")
        nouns = sorted(set(tokens_named(doc, lexicon.TITLE_WORDS)) | set(tokens_named(doc, lexicon.PERSON_NOUNS)))
        for title in (doc[i] for i in nouns):
            if not title.is_lower or title.pos_ != "NOUN":
                continue
            if title.dep_ == APPOS:
                name = title.head
            else:
                name = next((c for c in title.children if c.dep_ == APPOS and c.i > title.i), None)
            if name is None or name.pos_ != "PROPN":
                continue
            start = name.i
            while start > 0 and doc[start - 1].dep_ == COMPOUND and doc[start - 1].head.i == name.i \
                    and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_title):   # ("Wazed" as a verb)
                start -= 1
            words = doc[start:name.i + 1]
            # (a word the model gave a kind of name no entity is made of: "Randhir Jaiswal" as a product)
            if len(words) < 2 or any(t.i in taken or t.ent_type_ in _NAME_LABELS or not t.is_title or _is_title_word(t)
                                     for t in words):
                continue
            person = self._person(doc, start, name.i + 1)
            if person is not None:
                found.append(person)
        return found

    def _titled_people(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A name the model missed right after a title: "Poland coach Jan Urban", "President
        Faustin-Archange Touadera" (two or three capitalised words, hyphenated parts kept)."""
        found = []
        # (or a minister's portfolio: "Minister for Energy and Green *Transition* Kwabena Adjei-Mensah")
        portfolios = [i for i in tokens_named(doc, lexicon.PORTFOLIO_WORDS) if in_portfolio(doc[i])]
        for i in sorted(set(tokens_named(doc, lexicon.TITLE_WORDS)).union(portfolios)):
            if i + 2 >= len(doc) or i + 1 in taken or not (_is_title_word(doc[i]) or i in portfolios):
                continue
            end, words = i + 1, 0
            while end < len(doc) and end not in taken and untagged_name_word(doc[end]) and words < 3:
                end, words = end + 1, words + 1
                while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
                        and not doc[end - 1].whitespace_ and untagged_name_word(doc[end + 1]):
                    end += 2
            if words >= 2 and (end == len(doc) or doc[end].pos_ != "PROPN"):
                person = self._person(doc, i + 1, end)
                if person is not None:
                    found.append(replace(person, weight=2))
        return found

    def _facilities_opened(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A built place the model missed, named by a foreign word for it and capitalised words:
        "the Stadio Diego Armando Maradona", "Estadio Azteca" (``facility_openers``)."""
        found = []
        for i in tokens_named(doc, lexicon.FACILITY_OPENERS):
            end = i + 1
            while end < len(doc) and end - i <= 5 and end not in taken and (
                    doc[end].is_title or doc[end].lower_ in lexicon.NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            if doc[i].is_title and i not in taken and end - i > 1 and doc[end - 1].is_title:
                found.append(replace(self._place(doc, i, end), weight=2))
        return found

    def _known_regions(self, doc: Doc, taken: set[int], countries: set[str]) -> list[Found]:
        """Regions of two words or more the model missed or cut ("the people of Rio Grande do Sul",
        "Rio Grande do" + "Sul" tagged an organisation): a run of capitalised proper nouns, with
        the particles between them, that the gazetteer knows as a first-level region; of one word,
        a region of a country the article names ("Selangor recorded 51,206 cases" in an article
        about Malaysia)."""
        found = []
        array = doc.to_array([POS, IS_TITLE])
        mask = (array[:, 0] == PROPN) & (array[:, 1] != 0)
        capitalised = mask.tolist()
        after_found = 0
        for i in numpy.flatnonzero(mask).tolist():
            if i < after_found or i in taken:
                continue
            run = i + 1
            while run < len(doc) and run - i < 5 and (capitalised[run] or run + 1 < len(doc) and capitalised[run + 1]
                                                        and doc[run].lower_ in lexicon.NAME_PARTICLES):
                run += 1
            for end in range(run, i, -1):
                text = tokens_text(doc, i, end)
                region = self.gaz.region(text)
                if region is not None and doc[end - 1].is_title and not self.gaz.country(text) \
                        and (end - i > 1 or region.country in countries and _alone(doc[i]) and not self.gaz.capital(text)):
                    found.append(Found(i, end, EntityType.PLACE, place_name(text, region), fold(region.name), geo=region, weight=2))
                    after_found = end
                    break
        return found

    def _known_places(self, doc: Doc, taken: set[int], countries: set[str]) -> list[Found]:
        """Cities the model missed, named where something happens ("flooding in Malatya") or in a
        country the article names ("Petaling Jaya" in an article about Malaysia): a run of
        capitalised proper nouns the gazetteer knows as a sizeable city."""
        found = []
        # the capitalised proper nouns, from the token arrays (asking each Token, or looping over
        # every token in Python, is slower)
        array = doc.to_array([POS, IS_TITLE, IS_UPPER])
        capitalised = (array[:, 0] == PROPN) & ((array[:, 1] != 0) | (array[:, 2] != 0))
        starts = capitalised.nonzero()[0].tolist()
        capitalised = capitalised.tolist()
        after_found = 0   # a run starts after the last place found
        for i in starts:
            if i < after_found or i in taken:
                continue
            run = i
            while run < len(doc) and run - i < 3 and run not in taken and capitalised[run]:
                run += 1
            for end in range(run, i, -1):
                text = tokens_text(doc, i, end)
                city = self.gaz.city(text)
                if city and city.population >= _SIZEABLE_CITY and not self.gaz.country(text) \
                        and not self.gaz.region(text) and (city.country in countries and _alone(doc[i], end - i)
                                                           and not self.gaz.capital(text)
                                                           or located(doc, i, end)):
                    found.append(Found(i, end, EntityType.PLACE, place_name(text, city), fold(city.name), geo=city, weight=2))
                    after_found = end
                    break
        return found
