"""Names the model mistyped, retyped by the words around them.

The readers of ``RetypedSpans`` each decide one case of kg.entity_types' ``_classify``: a
person's name read as a place or a thing where a title or an apposition says it is a person's, a
place read as an organisation or a person where a facility's noun, another place or a dateline
says it is a place, an organisation read as a place or a person where its own words, an employer's
preposition or an apposition say so. Each returns ``UNDECIDED`` when the span is not of its case.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import COMPOUND
from kg.entity_context import (POSSESSIVE_MARKS, apposition_noun, at_an_employer, beside_an_organisation,
                               coordinated_with_place, dateline, in_a_place, located, names_an_organization,
                               place_apposition, which_follows)
from kg.entity_mentions import UNDECIDED, Found, Reading
from kg.entity_naming import EntityNaming
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.person_names import (beside_a_title, given_name_after_title, name_word, portfolio_end, role_apposition, role_before,
                             titled_name)
from kg.schema import EntityType
from kg.sentences import token_list, tokens


def _legal_form(token: Token) -> bool:
    """A company's legal form after its name, capitalised ("Eni SpA", "Lukoil PJSC": ``corporate_suffixes``)."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in lexicon.CORPORATE_SUFFIXES


def _modifies_a_noun(token: Token) -> bool:
    """A name written as a modifier of the common noun right after it ("the Yorkshire probe")."""
    return token.dep_ == COMPOUND and token.head.i == token.i + 1 and token.head.pos_ == "NOUN" and token.head.is_lower

_PORTFOLIO_JOINS = ("and", ",", "&")


def _word_count(doc: Doc, start: int, end: int) -> int:
    """The words of a name, a hyphenated one counting once ("Ak-Sai", "Kyzyl-Kiya")."""
    toks = token_list(doc)
    return sum(1 for i in range(start, end) if toks[i].text != "-" and not (
        i > start and toks[i - 1].text == "-" and not toks[i - 1].whitespace_))


class RetypedSpans(EntityNaming):
    def _person_by_apposed_title(self, doc: Doc, start: int, end: int, text: str) -> bool:
        """Two or three capitalised words with a title in apposition after them: "Kemi Badenoch,
        leader of the opposition," is a person, not a country chairing ("Kenya, chair of ...")."""
        if not 2 <= end - start <= 3:
            return False
        words = token_list(doc)[start:end]
        return all(t.is_title and t.pos_ == "PROPN" for t in words) \
            and not _is_org_head(words[-1]) and not self.gaz.country(text) and not self.gaz.city(text) \
            and role_apposition(doc, start, end) is not None

    def _person_after_a_portfolio(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A span that opens with the words of a title's portfolio: "(Minister of State for)
        Petroleum Resources Tunde Adeyemi" is the person named after them; "(Deputy Minister of)
        Mineral and", "(Minister for) Housing, Local Government" + "and Heritage" are no name."""
        name_start = portfolio_end(doc, start)   # (the portfolio may go on after the span)
        if name_start == start:
            return UNDECIDED
        if name_start >= end:
            return None
        if 2 <= end - name_start <= 4 and all(name_word(t) for t in tokens(doc, name_start, end)) \
                and not _is_org_head(doc[end - 1]):   # (not "Chairman of the State Great Khural")
            found = self._person(doc, name_start, end)
            return found and replace(found, weight=2)
        if doc[name_start].lower_ in _PORTFOLIO_JOINS and end < len(doc) and doc[end].lower_ in _PORTFOLIO_JOINS:
            return None   # "Housing, Local Government" + "and Heritage": the portfolio goes on
        return UNDECIDED

    def _person_by_context(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A person's name the model read as a place, an organisation or a work, where a title says
        it is a person's: in apposition after it, before its given name, or in the name itself."""
        if label in ("GPE", "LOC", "FAC", "ORG") and self._person_by_apposed_title(doc, start, end, text):
            found = self._person(doc, start, end)   # "Kemi Badenoch, leader of the opposition," (tagged a place)
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC", "ORG") and end - start <= 2 and given_name_after_title(doc, start):
            found = self._person(doc, start - 1, end)   # "marketing chief Rubén" + "Rivera" (tagged a place)
            return found and replace(found, weight=2)
        if label not in ("PERSON", "ORG") and titled_name(doc, start, end):
            found = self._person(doc, start, end)   # "Deputy Prosecutor Helena Okafor" as a title of a work
            return found and replace(found, weight=2)
        return UNDECIDED

    def _place_by_context(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A place the model read as an organisation or a person, where its words or its context
        say it is one: a facility's noun, another place beside it, a place apposition, a dateline."""
        toks = token_list(doc)
        # ("Ak-Sai" is one word; only organisations' and persons' names are counted)
        words = _word_count(doc, start, end) if label in ("ORG", "PERSON") else 0
        if label in ("ORG", "PERSON") and end < len(doc) and toks[end].is_lower and not self.gaz.country(text) \
                and (toks[end].lower_ in lexicon.FACILITY_HEADS
                     or words <= 2 and toks[end].lower_ in lexicon.SETTLEMENT_WORDS and toks[end - 1].head.i == end):
            # "the Kyaukphyu port", "the Tarbela dam"; "Batken town", "the Boyo division"
            return replace(self._place(doc, start, end), weight=2)
        if label in ("ORG", "FAC", "GPE", "LOC", "PERSON") and end - start > 1 and (
                toks[end - 1].is_title and toks[end - 1].lower_ in lexicon.FACILITY_HEADS and label != "PERSON"
                or toks[start].is_title and toks[start].lower_ in lexicon.FACILITY_OPENERS):
            return replace(self._place(doc, start, end), weight=2)   # "Kahuzi-Biega National Park", "Stadio Olimpico"
        if label in ("ORG", "PERSON") and words <= 2 and coordinated_with_place(doc, start, end) \
                and located(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "villages in Samar and Leyte"
        if label in ("ORG", "PERSON") and words <= 2 and not self.gaz.country(text) and (
                place_apposition(doc, start, end) or (label == "PERSON" and in_a_place(doc, start, end))):
            return replace(self._place(doc, start, end), weight=2)   # "reached Mweka, the nearest town"
        if label in ("PERSON", "ORG") and text.isupper() and end - start > 1 and dateline(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "DEIR AL-BALAH, Gaza Strip (AP) -"
        return UNDECIDED

    def _thing_tagged_as_person(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A name read as a person's that names a thing: one "which" follows, one beside an
        organisation, one after "the"."""
        if label != "PERSON":
            return UNDECIDED
        toks = token_list(doc)
        if which_follows(doc, end):
            # "Isavia, which runs Keflavik airport, said": a thing, not a person
            found = self._place(doc, start, end) if in_a_place(doc, start, end) else self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if end - start == 1 and beside_an_organisation(toks[start]):
            found = self._organization(doc, start, end)   # "between Club Olimpia and Brazil's Flamengo"
            return found and replace(found, weight=2)
        if end - start == 1 and start > 0 and toks[start - 1].lower_ == "the":
            # "the Maracana", "the Kremlin": a person's name takes no article; "the Yorkshire probe",
            # "the Ahmedabad bid": the article is the noun's, which says nothing of the name (a place
            # the gazetteer knows names where the thing is)
            if _modifies_a_noun(toks[start]):
                known_place = self.gaz.city(text) or self.gaz.region(text)
                return self._place(doc, start, end) if known_place else self._organization(doc, start, end)
            found = self._place(doc, start, end) if located(doc, start, end) else self._organization(doc, start, end)
            return found and replace(found, weight=2)
        return UNDECIDED

    def _institution_by_its_words(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """An organisation the model read as a place or a person: its last word is an institution's
        or a legal form ("Unity Government", "Eni SpA"), or a player's role follows a club's city
        ("the Barcelona midfielder")."""
        toks = token_list(doc)
        if label in ("PERSON", "GPE", "LOC", "FAC") and (_is_org_head(toks[end - 1]) or _legal_form(toks[end - 1])) \
                and end - start > 1 and not self.gaz.country(text) \
                and not (label in ("GPE", "LOC") and located(doc, start, end)):   # (not "the Soviet Union", "in the West Bank")
            return self._organization(doc, start, end)
        if label in ("GPE", "LOC") and end < len(doc) and toks[end].lower_ in lexicon.PLAYER_ROLES \
                and toks[end].is_lower and not self.gaz.country(text) and self.gaz.city(text):
            return Found(start, end, EntityType.ORGANIZATION, text, self._org_key(text), weight=2)
        return UNDECIDED

    def _person_beside_a_title(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """"The union's president, Andreas Pinheiro,": a person the model read as a thing."""
        if label in ("ORG", "GPE", "LOC", "FAC") and beside_a_title(doc, start, end):
            found = self._person(doc, start, end)
            return found and replace(found, weight=2)
        return UNDECIDED

    def _organization_by_context(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """An employer ("analysts at Jefferies") or a name an organisation's noun is apposed to
        ("Nexperia, a chipmaker owned by ...") the model read as something else."""
        toks = token_list(doc)
        if (label in ("GPE", "LOC", "FAC", "ORG") or label == "PERSON" and not (end < len(doc) and toks[end].text in POSSESSIVE_MARKS)) \
                and at_an_employer(doc, start):   # ("analysts at Vontobel" read as a person; not "at Jane Smith's lab")
            found = self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC") and self.gaz.city(text) is None:
            noun = apposition_noun(doc, start, end)
            if noun is not None and names_an_organization(noun):
                found = self._organization(doc, start, end)
                return found and replace(found, weight=3)
        return UNDECIDED

    def _by_apposition(self, doc: Doc, start: int, end: int, text: str, label: str) -> Reading:
        """A person's or an organisation's name whose apposition says which it is: "Varga's team,
        Bora Velo,", "Ayse Demir, a teacher"."""
        if label not in ("PERSON", "ORG"):
            return UNDECIDED
        toks = token_list(doc)
        noun = apposition_noun(doc, start, end)
        # ("Mr. Trump, the developer who ...": a title says it is a person's name whatever the noun)
        organization_noun = noun is not None and names_an_organization(noun) and role_before(doc, start) is None
        if organization_noun:
            found = self._organization(doc, start, end)
            return found and Found(found.start, found.end, found.type, found.name, found.key, weight=3)
        words = [t for t in tokens(doc, start, end) if t.text != "-"]   # ("Anne-Claire Amprou": two words)
        if label == "ORG" and noun is not None and (noun.lemma_.lower() in lexicon.PERSON_NOUNS or (
                _is_title_word(noun) and 2 <= len(words) - sum(1 for t in tokens(doc, start, end) if t.text == "-") <= 3
                and all(t.is_title for t in words) and not _is_org_head(toks[end - 1]))):   # (not "Her ruling party, Chama Cha Mapinduzi,")
            found = self._person(doc, start, end)
            return found and Found(found.start, found.end, found.type, found.name, found.key,
                                   short=found.short, weight=2)
        return UNDECIDED
