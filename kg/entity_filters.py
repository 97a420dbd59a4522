"""The document's entities once found: corrections that weigh one entity against the others.

A region word or an institution's country apart from its name, products and benchmarks dropped,
nested spans resolved, descriptions set beside a name joined to it, surnames used alone made the
person's.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import APPOS
from kg.entity_context import POSSESSIVE_MARKS, after_a_preposition_of_place, names_a_product
from kg.entity_naming import EntityNaming
from kg.gazetteer import fold, gazetteer
from kg.entity_mentions import Found
from kg.identity_people import may_be_a_person_read_as_organization
from kg.name_words import is_acronym as _is_acronym
from kg.schema import EntityType
from kg.sentences import token_list, tokens, tokens_text
from kg.token_index import tokens_named


def named_in_apposition(doc: Doc, founds: list[Found]) -> list[Found]:
    """An institution described in lower case and named beside it is one organisation: "Spain's
    national weather agency, AEMET," / "the state news agency, KCNA"."""
    at = {i: f for f in founds for i in range(f.start, f.end)}
    out = []
    for f in founds:
        if f.described:
            head = doc[f.end - 1]
            named = next((at[c.i] for c in head.children if c.dep_ == APPOS and c.i in at
                          and at[c.i].type == EntityType.ORGANIZATION), None)
            if named is not None:
                f = replace(f, key=named.key, described=())
        elif f.type == EntityType.ORGANIZATION and _lower_case_words(doc, f):
            # "Eurofer, the European steel association,": the description set beside a name
            head = doc[f.end - 1]
            named = at.get(head.head.i) if head.dep_ == APPOS else None
            if named is not None and named.type == EntityType.ORGANIZATION and not _lower_case_words(doc, named):
                f = replace(f, key=named.key, described_name=True)
        out.append(f)
    return out


def named_otherwise(doc: Doc, founds: list[Found]) -> list[Found]:
    """A place or an organisation named by another name in the same sentence is one thing: "the
    shoal, which Manila calls Ayungin Shoal", "Hon Hai Precision Industry, known as Foxconn",
    "Ukraine's eastern Donbas, also called the Donets Basin" (a disputed or local name)."""
    ends = {f.end: f for f in founds}
    out = []
    for f in founds:
        named = _named_before(doc, f.start, ends, founds)
        if named is not None and named.type == f.type and f.type in (EntityType.PLACE, EntityType.ORGANIZATION) and named.key != f.key:
            f = replace(f, key=named.key)
        out.append(f)
    return out


def _named_before(doc: Doc, start: int, ends: dict[int, Found], founds: list[Found]) -> Found | None:
    """The name before ", which X calls" / ", known as" / ", also called" that ``start`` names again;
    before it a common noun ("near the shoal, which Manila calls ...") stands for the last name
    before it that ends in that noun ("Second Thomas Shoal")."""
    toks = token_list(doc)
    i = start - 1 - (start > 0 and toks[start - 1].lower_ == "the")
    if i >= 1 and toks[i].lower_ == "as" and toks[i - 1].lower_ == "known":
        i -= 2
    elif i >= 0 and toks[i].lemma_.lower() == "call":
        j = i - 1
        while j > i - 5 and j > 0 and toks[j].lower_ not in ("which", "what"):
            j -= 1
        i = j - 1 if toks[j].lower_ in ("which", "what") else i - 1
    else:
        return None
    while i >= 0 and toks[i].lower_ in ("also", "locally", "widely", "formally", "officially"):
        i -= 1
    if i < 1 or toks[i].text not in (",", "("):
        return None
    if i in ends or not (toks[i - 1].is_lower and toks[i - 1].pos_ == "NOUN"):
        return ends.get(i)
    noun = toks[i - 1].lower_
    earlier = [f for f in founds if f.end < i and toks[f.end - 1].lower_ == noun]
    return earlier[-1] if earlier else None


def _lower_case_words(doc: Doc, f: Found) -> bool:
    """Whether a name is a description: it has common words in lower case ("the European steel association")."""
    return any(t.is_alpha and t.is_lower and t.lower_ not in ("of", "for", "and", "the", "de", "du", "del")
               for t in tokens(doc, f.start, f.end))


def without_products(doc: Doc, founds: list[Found]) -> list[Found]:
    """A name written after a kind of product is the product's, no entity there or anywhere else
    in the article ("the obesity drug CagriSema ... Patients taking CagriSema"); so is a name
    before a benchmark's word ("Brent crude ... expected Brent to average $56") or a machine's
    ("the H-IIA rocket"), but not a country's name or adjective ("Russian crude" is Russia's oil)."""
    products = {tokens_text(doc, f.start, f.end) for f in founds
                if names_a_product(doc, f.start) or _names_a_machine(doc, f)} \
        | {doc[i - 1].text for i in tokens_named(doc, lexicon.BENCHMARK_WORDS) if i > 0 and doc[i - 1].is_title
           and not gazetteer().demonym(doc[i - 1].text) and not gazetteer().country(doc[i - 1].text)}
    return [f for f in founds if tokens_text(doc, f.start, f.end) not in products] if products else founds


def _names_a_machine(doc: Doc, f: Found) -> bool:
    """"the H-IIA rocket", "737 MAX jets": what the model took for an organisation, written right
    before a machine's noun (``machine_nouns``), that no known organisation or club bears."""
    text = tokens_text(doc, f.start, f.end)
    return f.type == EntityType.ORGANIZATION and not f.outlet and f.end < len(doc) and doc[f.end].is_lower \
        and doc[f.end].lower_ in lexicon.MACHINE_NOUNS and fold(text) not in lexicon.ORGANIZATION_NAMES \
        and fold(text) not in lexicon.CLUB_NAMES and fold(f.name) not in lexicon.ORGANIZATION_NAMES


def drop_nested(founds: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in founds:
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


class EntityFilters(EntityNaming):
    def _without_region_word(self, doc: Doc, f: Found) -> Found:
        """"Kasai province" is Kasai: a lower-case region word the model took into a place's name
        is no part of it, so the place is one node with "Kasai" ("Northern Province" stays whole)."""
        end = f.end
        while f.type == EntityType.PLACE and end - f.start > 1 and doc[end - 1].is_lower \
                and doc[end - 1].lower_ in lexicon.REGION_WORDS:
            end -= 1
        if end == f.end:
            return f
        name = tokens_text(doc, f.start, end)   # a region: no city's coordinates ("Kasai", Japan)
        return Found(f.start, end, EntityType.PLACE, name, fold(name), weight=2)   # the region word says so

    def _with_parenthesised_wing(self, doc: Doc, f: Found) -> Found:
        """"the Communist Party of India (Marxist)", "the Communist Party of Nepal (Maoist)": a word in
        parentheses after an organisation named with its country is the wing's name, part of the
        name (an acronym there is an alias: "the Communist Party of India (CPI)")."""
        end = f.end
        if f.type != EntityType.ORGANIZATION or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" \
                or not doc[end + 1].is_title or _is_acronym(doc[end + 1]) or not self.gaz.country(doc[end - 1].text):
            return f
        name = tokens_text(doc, f.start, end + 3)
        return Found(f.start, end + 3, f.type, name, self._org_key(name), weight=f.weight)

    def _qualifiers_apart(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """The country an institution is named with is mentioned too: "Spain's national weather
        agency" names Spain as well as the agency (which keeps "Spanish" in its name)."""
        out = []
        for f in founds:
            if f.own_start is None or f.own_start <= f.start:
                out.append(f)
                continue
            end = f.own_start
            while end > f.start and doc[end - 1].text in POSSESSIVE_MARKS:
                end -= 1
            country = self.gaz.demonym(doc[f.start:end].text) or self.gaz.country(doc[f.start:end].text)
            if country is not None:
                out.append(Found(f.start, end, EntityType.COUNTRY, country.name, country.code.lower()))
            out.append(replace(f, start=f.own_start, own_start=None))
        return out

    def _names_again(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """An organisation's or a person's whole name found once and written again where the model
        missed it ("Telstrand will cut 1,100 jobs ... *Telstrand* employs 9,000 people. Its chairman";
        "SDSM leader X" after "the Social Democratic Union, SDSM,"): the same entity there, by the
        same words, capitalised as found."""
        known: dict[str, dict[int, dict[str, Found]]] = {}   # first word -> length -> text -> found
        for f in founds:
            first = doc[f.start]
            if f.type in (EntityType.ORGANIZATION, EntityType.PERSON) and not f.short and f.weight > 0 \
                    and first.text[:1].isupper() and (f.type == EntityType.ORGANIZATION or f.end - f.start >= 2):
                known.setdefault(first.lower_, {}).setdefault(f.end - f.start, {}).setdefault(tokens_text(doc, f.start, f.end), f)
        if not known:
            return founds
        taken = {i for f in founds for i in range(f.start, f.end)}
        out = list(founds)
        for i in tokens_named(doc, set(known)):
            if i in taken or doc[i].lower_ not in known:   # (tokens_named also finds a plural: "homes")
                continue
            by_length = known[doc[i].lower_]
            for length in sorted(by_length, reverse=True):   # the longest name first
                end = i + length
                f = by_length[length].get(tokens_text(doc, i, end)) if end <= len(doc) else None   # (no Span made)
                if f is not None and not any(j in taken for j in range(i, end)) \
                        and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                    out.append(replace(f, start=i, end=end, role=None))
                    taken.update(range(i, end))
                    break
        out.sort(key=lambda f: (f.start, -f.end))
        return out

    def _surnames(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """Person names used alone that the model missed or mistyped ("Singh" as a place)."""
        # and the surname of a name the model read as an organisation ("Argentina's Javier Milei
        # met ... Milei said": kg.identity_people makes it the person's if the surname is used alone)
        # (not a company named after a person that the article shows as one: "Eli Lilly ...
        # Shares of Lilly rose")
        companies = {doc[f.start].text for f in founds if f.type == EntityType.ORGANIZATION and f.traded and f.end - f.start == 1}
        full = [f for f in founds if f.type == EntityType.PERSON and not f.short
                or " " in f.key and f.end - f.start >= 2 and may_be_a_person_read_as_organization(f)
                and doc[f.end - 1].text not in companies and f.weight < 3]
        parts: dict[str, Found] = {}
        for f in full:
            words = [t for t in tokens(doc, f.start, f.end) if t.is_alpha]
            if not words:
                continue   # ("S.Batbold": a name with its initial joined, one token)
            # a long name's capitalised middle words too ("Lula" of "Luiz Inácio Lula da Silva")
            middle = [w for w in words[1:-1] if w.text[0].isupper()] if len(words) >= 4 and f.type == EntityType.PERSON else []
            for w in (words[0], words[-1], *middle) if f.type == EntityType.PERSON else words[-1:]:
                parts.setdefault(w.text, f)
        taken = {i for f in founds for i in range(f.start, f.end)}
        out = []
        for f in founds:
            if f.type != EntityType.PERSON and f.end - f.start == 1 and doc[f.start].text in parts \
                    and f.type != EntityType.COUNTRY and doc[f.start].text not in companies \
                    and not (f.type == EntityType.PLACE and after_a_preposition_of_place(doc, f.start)):   # ("a judge in Barcelona")
                f = Found(f.start, f.end, EntityType.PERSON, doc[f.start].text, fold(doc[f.start].text), short=True)
            out.append(f)
        for token in (doc[i] for i in tokens_named(doc, {p.lower() for p in parts})):
            if token.i not in taken and token.text in parts and token.pos_ in ("PROPN", "NOUN") \
                    and token.text[0].isupper() \
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN") \
                    and not _the_whole_name_again(doc, token, parts[token.text]):
                out.append(Found(token.i, token.i + 1, EntityType.PERSON, token.text, fold(token.text), short=True))
        out.sort(key=lambda f: (f.start, -f.end))
        return out


def _the_whole_name_again(doc: Doc, token: Token, named: Found) -> bool:
    """Whether the words before ``token`` are the rest of the name it ends ("Southern Water" in a
    headline the model left untagged): the name again, no surname of it used alone."""
    words = [t.text for t in doc[named.start:named.end] if t.is_alpha]
    if len(words) < 2 or words[-1] != token.text or token.i < len(words) - 1:
        return False
    return [t.text for t in doc[token.i - len(words) + 1:token.i]] == words[:-1]
