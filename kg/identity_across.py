"""One id per real thing across the documents of a run.

Within a document kg.identity groups mentions into entities, and an entity's id is built from
its canonical key ("person:vladimir-putin"), so a full name gets the same id in every document,
in any run. What a document cannot decide alone is decided here, over all the documents of one
run (``kg extract``, ``kg build``), and never by their order:

- spellings of one person's name in different documents ("Muammar Gaddafi", "Moammar Gadhafi",
  kg.identity.name_variant), and a name of two words in the other order ("Koizumi Shinjiro"; not
  where a document names both), take one id: the one most documents use, the smallest on a tie;
- a person named in a document only by one name ("Gadhafi", "Putin") is the person of the run
  whose full name ends (or starts) with it, when exactly one such person is named in the run;
  and a name of two words or more that starts or ends a longer name of the run ("Tajul Islam",
  "Asaduzzaman Khan"), or an initial and a surname ("G.Zandanshatar", "S. Batbold"), is that
  person, when exactly one person of the run has such a name; a name of three words or more whose
  last word is a second surname ("José Antonio Kast Rist") is the person more documents name without
  it ("José Antonio Kast"), and a name with middle names or an initial ("Paul D. Ryan", "Magda Maria
  de Regina Chambriard") the person more documents name by its first, last and some middle words,
  in none of its documents; a full name whose first name is a short or full form of another's with
  the same surname ("Steve" / "Steven Witkoff", "Xabi Alonso" / "Xabier Alonso Olano") is that
  person; a single name is also the one long name of the run with it as a capitalised middle
  word ("Lula"); and a full name one document read as an
  organisation's ("gains by Javier Milei's party") is the one person of the run of that spelling that
  an article shows as a person (a role, or the surname alone), unless written after "the";
- an organisation named in a document only by a short name or an acronym ("GNU", "Olimpia"),
  or a one-word place no gazetteer knows that an article defines ("Servel said" / "(Servel)"), is
  the organisation of the run that has it as an alias (defined in an article, "(GNU)", or known
  to kg's rules) or that is named by it and a head word ("Lazarus Group", "Tottenham Hotspur"),
  when exactly one has;
  a name of three words or more that ends a longer one ("Spanish Football Federation", "Royal
  Spanish Football Federation") is that organisation, when exactly one of the run has it; and a
  company's name of two words or more that another document gives with one more word, a legal
  form or a word of its trade ("Andes Meridian" / "Andes Meridian Resources", "Erdenes Tavan
  Tolgoi" / "Erdenes Tavan Tolgoi JSC"; not a body of its own: "Novo Nordisk Foundation"), is that
  company, when exactly one of the run has it and no document names both (and the full name is the
  short one where more documents give that: "Real Madrid CF" / "Real Madrid"); an organisation named
  after its country's people ("Japanese Coastguard") is the one of the run named after the country
  ("Japan Coast Guard"), when exactly one is; and a body named without its country ("Minerals
  Commission") the one of the run named with a country the document names ("Ghanaian Minerals
  Commission" where the document names Ghana), when exactly one is.

The first documents of a run are held in memory (``HELD_IN_MEMORY``), the rest pass through a
temporary file, so a run of any size holds only those and the index of names in memory; the
documents come out in the order they went in.
"""
from __future__ import annotations

import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import product
from dataclasses import dataclass, field
from functools import lru_cache

from kg import lexicon
from kg.gazetteer import fold, gazetteer
from kg.identity_organizations import country_neutral
from kg.identity_people import (ends_in_a_surname, first_name_forms, name_of_no_organization, name_variant,
                                word_variant)
from kg.schema import Document, Entity, EntityType

_PERSON, _ORGANIZATION, _PLACE = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE
# How many documents a run holds in memory before the rest go to the temporary file: pickling a
# document there and back cost as much as writing it to the extraction file, and most runs (and
# each batch of a build) are smaller than this; a few hundred documents are a few megabytes.
HELD_IN_MEMORY = 256
_BRACKETED = re.compile(r"\(([^()\s]+)\)")   # a word in brackets: "Servicio Electoral (Servel)"


def join(documents: Iterable[Document]) -> Iterator[Document]:
    """The documents with the ids of one real thing made one (see the module's docstring)."""
    index = _Index()
    held: list[Document | None] = []
    with tempfile.TemporaryFile() as spool:
        count = 0
        for doc in documents:
            index.add(doc)
            if len(held) < HELD_IN_MEMORY:
                held.append(doc)
            else:
                pickle.dump(doc, spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
        joins = index.joins()
        spool.seek(0)
        for i in range(count):
            if i < len(held):
                doc, held[i] = held[i], None   # (let it go once handed on)
            else:
                doc = pickle.load(spool)
            yield rename(doc, joins) if joins else doc


@dataclass(frozen=True)
class _FullNames:
    """The run's full names by the shorter names other documents may give the same entity."""

    people_by_end: dict[str, set[str]]
    people_by_part: dict[tuple[str, ...], set[str]]
    organizations_by_alias: dict[str, set[str]]
    organizations_by_longer: dict[str, set[str]]
    companies_by_short_name: dict[str, set[str]]
    people_by_whole: dict[tuple[str, ...], set[str]]
    people_by_variant: dict[str, set[str]]
    people_by_surname: dict[str, set[str]]
    organizations_by_whole: dict[str, set[str]]
    organizations_by_defined_alias: dict[str, set[str]]
    organizations_by_country: dict[tuple[str, str], set[str]]
    organizations_with_country: dict[tuple[str, str], set[str]]


@dataclass
class _Index:
    """What the run names: per entity id, its type, names and aliases, and in how many documents."""

    types: dict[str, str] = field(default_factory=dict)
    names: dict[str, Counter] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)   # folded
    documents: Counter = field(default_factory=Counter)
    seen_in: dict[str, set[int]] = field(default_factory=dict)   # entity id -> ordinals of its documents
    countries_in: dict[int, set[str]] = field(default_factory=dict)   # ordinal of a document -> its countries' codes
    # people an article shows as people: by a role ("President X") or by the surname alone ("Milei said")
    shown_as_people: set[str] = field(default_factory=set)
    # organisations an article names after "the" ("the Congressional Black Caucus"), as no person is named
    named_with_the: set[str] = field(default_factory=set)
    # aliases an article defines in brackets after the name ("Servicio Electoral (Servel)"), folded
    defined_aliases: dict[str, set[str]] = field(default_factory=dict)
    count: int = 0
    chosen_names: dict[str, str] = field(default_factory=dict)   # (``name``, once all documents are added)

    def add(self, doc: Document) -> None:
        self.count += 1
        self.chosen_names.clear()
        self.countries_in[self.count] = {e.iso for e in doc.entities if e.type == EntityType.COUNTRY and e.iso}
        bracketed: set[str] | None = None   # the words the article writes in brackets, read once
        for e in doc.entities:
            # (and a one-word place no gazetteer knows: the model's reading of an acronym it has not
            # seen, "Servel said", which another article defines)
            if e.type not in (_PERSON, _ORGANIZATION) and not (e.type == _PLACE and e.geonames_id is None
                                                               and " " not in e.name):
                continue
            self.types[e.id] = e.type
            self.names.setdefault(e.id, Counter())[e.name] += 1
            self.aliases.setdefault(e.id, set()).update(fold(a) for a in e.aliases)
            self.documents[e.id] += 1
            self.seen_in.setdefault(e.id, set()).add(self.count)
            if e.type == _PERSON and (e.role or e.aliases and _surname_alone(e)):
                self.shown_as_people.add(e.id)
            elif e.type == _ORGANIZATION and " " in e.name and any(doc.article.text[max(0, m.start - 4):m.start].lower() == "the "
                                                 for m in e.mentions):
                self.named_with_the.add(e.id)
            if e.type == _ORGANIZATION and e.aliases:
                if bracketed is None:
                    bracketed = set(_BRACKETED.findall(doc.article.text))
                defined = {fold(a) for a in e.aliases if a in bracketed}
                if defined:
                    self.defined_aliases.setdefault(e.id, set()).update(defined)

    def name(self, eid: str) -> str:
        """The name most documents give the entity (the longest, then the first in order, on a tie)."""
        chosen = self.chosen_names.get(eid)
        if chosen is None:
            chosen = min(self.names[eid].items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]
            self.chosen_names[eid] = chosen
        return chosen

    def joins(self) -> dict[str, Join]:
        """Entity id -> the entity it is one with."""
        ids = self._ids()
        return {eid: Join(target, self.name(target), self.types[target]) for eid, target in ids.items()}

    def _ids(self) -> dict[str, str]:
        """Entity id -> the id of the run's entity it is one with (see the module's docstring)."""
        out = self._spellings()
        full_people = {out.get(i, i) for i, t in self.types.items() if t == _PERSON and _words(self.name(i)) > 1}
        full_orgs = {i for i, t in self.types.items() if t == _ORGANIZATION and _words(self.name(i)) > 1}
        names = _FullNames(self._people_by_end(full_people), self._people_by_part(full_people),
                           self._organizations_by_alias(full_orgs), self._organizations_by_longer(full_orgs),
                           self._companies_by_short_name(full_orgs), *self._people_by_whole(full_people),
                           self._organizations_by_whole(full_orgs), self._organizations_by_defined_alias(),
                           *self._organizations_by_country(full_orgs))
        # (names of several words first: a single name then joins the one person two full names of
        # the run turned out to be, "Silveira" of "Alexandre Silveira" and "Alexandre Silveira de Oliveira")
        for eid, type_ in sorted(self.types.items(), key=lambda item: _words(self.name(item[0])) == 1):
            target = self._fuller(eid, type_, out, names)
            if target is not None:
                out[eid] = target
        return {eid: _last(target, out) for eid, target in out.items()}

    def _fuller(self, eid: str, type_: str, out: dict[str, str], names: _FullNames) -> str | None:
        """The one entity of the run whose fuller name this entity's name is part of, if any."""
        name = self.name(eid)
        if type_ == _PERSON and _words(name) > 1:
            if out.get(eid, eid) != eid:
                return None
            written = fold(name).split()
            part = ("", written[0], word_variant(written[-1])) if len(written) == 2 and len(written[0]) == 1 \
                else tuple(word_variant(w) for w in written)
            candidates = names.people_by_part.get(part, set()) - {eid}
            # (the longer name as often written as the part at least: a headline's "Rip Donald
            # Trump" in one article does not rename the Donald Trump of ten)
            # nor a name an article holds apart from it (its reader saw two people)
            target = next(iter(candidates)) if len(candidates) == 1 else None
            if target is not None and self.documents[target] >= self.documents[eid] \
                    and not self.seen_in.get(target, set()) & self.seen_in[eid]:
                return target
            return self._named_with_fewer_words(eid, names) or self._named_with_another_first_name(eid, names)
        if type_ == _ORGANIZATION and " " in name and eid not in self.named_with_the:
            # "gains by Javier Milei's party": a person's name the model read as an organisation's
            candidates = names.people_by_variant.get(name_variant(name), ())
            if len(candidates) == 1 and name_of_no_organization(name):
                return next(iter(candidates))
        if type_ == _ORGANIZATION and _words(name) >= 2:
            target = self._company_named_in_full(eid, names) or self._company_named_shorter(eid, names) \
                or self._named_after_the_country(eid, names) \
                or self._named_with_the_documents_country(eid, names)
            if target is not None:
                return target
        if type_ == _ORGANIZATION and _words(name) >= 3:
            target = next(iter(names.organizations_by_longer.get(fold(name), set()) - {eid}), None)
            if len(names.organizations_by_longer.get(fold(name), set()) - {eid}) == 1 \
                    and self.documents[target] >= self.documents[eid]:
                return target
            return None
        if _words(name) != 1:
            return None
        if type_ == _PERSON:
            candidates = names.people_by_end.get(word_variant(fold(name)), set())
        elif type_ == _PLACE:
            candidates = names.organizations_by_defined_alias.get(fold(name), set())
        else:
            candidates = names.organizations_by_alias.get(fold(name), set())
        candidates = {_last(c, out) for c in candidates} - {eid}
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _named_with_fewer_words(self, eid: str, names: _FullNames) -> str | None:
        """"José Antonio Kast Rist" or "Magda Maria de Regina Chambriard" in one article, "José
        Antonio Kast" or "Magda Chambriard" in more: the one person of the run named without this
        name's last word (a second surname) or without some of its middle words (``_shorter_forms``),
        in none of its documents."""
        name = self.name(eid)
        if _words(name) < 3:
            return None
        candidates = {pid for form in _shorter_forms(name) for pid in names.people_by_whole.get(form, ())} - {eid}
        target = next(iter(candidates)) if len(candidates) == 1 else None
        if target is None or self.documents[target] <= self.documents[eid] or self.seen_in[target] & self.seen_in[eid]:
            return None
        return target

    def _named_with_another_first_name(self, eid: str, names: _FullNames) -> str | None:
        """"Steven Witkoff" / "Steve Witkoff", "Xabier Alonso Olano" / "Xabi Alonso": the one person
        of the run named by a first name and a surname, the surname this one's (its last word, or
        the one before a second surname), the first name a short or full form of this one's
        (``first_name_forms``), in none of its documents and in more of them (the smallest id on a tie)."""
        name = self.name(eid)
        words = fold(name).split()
        surnames = words[-1:] + (words[-2:-1] if len(words) == 3 and ends_in_a_surname(name) else [])
        candidates = {pid for surname in surnames for pid in names.people_by_surname.get(word_variant(surname), ())
                      if pid != eid and first_name_forms(words[0], fold(self.name(pid)).split()[0])}
        target = next(iter(candidates)) if len(candidates) == 1 else None
        if target is None or self.seen_in[target] & self.seen_in[eid] \
                or (self.documents[target], eid) <= (self.documents[eid], target):
            return None
        return target

    def _company_named_shorter(self, eid: str, names: _FullNames) -> str | None:
        """"Real Madrid CF" in one article, "Real Madrid" in more: the one organisation of the run
        named without this name's last word, a legal form, a club's affix or a word of its trade
        (``_companies_by_short_name``), in more documents and none of this one's."""
        words = fold(self.name(eid)).split()
        if len(words) < 3 or not (words[-1] in _legal_forms() or words[-1] not in _heads()) \
                or words[-2] in ("of", "for", "and", "the") or words[-2] in _heads():
            return None
        short = " ".join(words[:-1])
        candidates = names.organizations_by_whole.get(short, set()) - {eid}
        target = next(iter(candidates)) if len(candidates) == 1 else None
        if target is None or short in lexicon.ORGANIZATION_NAMES or self.documents[target] <= self.documents[eid] \
                or self.seen_in[target] & self.seen_in[eid]:
            return None
        return target

    def _people_by_whole(self, full_people: set[str]) -> tuple[dict, ...]:
        """The people of full names by their whole names' words; those an article shows as people
        by their spelling (``name_variant``): not a coalition some article read as a person
        ("Coordination Framework"), which no role or surname alone shows to be one; and those named
        by two words by their surname."""
        by_whole: dict[tuple[str, ...], set[str]] = {}
        by_variant: dict[str, set[str]] = {}
        by_surname: dict[str, set[str]] = {}
        for pid in full_people:
            whole = tuple(word_variant(w) for w in fold(self.name(pid)).split())
            by_whole.setdefault(whole, set()).add(pid)
            if pid in self.shown_as_people:
                by_variant.setdefault(name_variant(self.name(pid)), set()).add(pid)
            if len(whole) == 2:
                by_surname.setdefault(whole[1], set()).add(pid)
        return by_whole, by_variant, by_surname

    def _people_by_end(self, full_people: set[str]) -> dict[str, set[str]]:
        """The people of full names by the first and the last word of their names (and the
        capitalised middle ones of a name of four words or more, as in one article)."""
        by_end: dict[str, set[str]] = {}
        for pid in full_people:
            words = fold(self.name(pid)).split()
            for w in {words[0], words[-1]}:
                by_end.setdefault(word_variant(w), set()).add(pid)
            written = self.name(pid).split()
            if len(written) >= 4:   # and a long name's capitalised middle words ("Lula" of "Luiz Inácio Lula da Silva")
                for w in written[1:-1]:
                    if w[:1].isupper():
                        by_end.setdefault(word_variant(fold(w)), set()).add(pid)
        return by_end

    def _people_by_part(self, full_people: set[str]) -> dict[tuple[str, ...], set[str]]:
        """The people of full names by the parts of their names another document may write alone."""
        by_part: dict[tuple[str, ...], set[str]] = {}
        for pid in full_people:
            # the first or last words of a longer name ("Tajul Islam" of "Mohammad Tajul Islam")
            words = tuple(word_variant(w) for w in fold(self.name(pid)).split())
            for k in range(2, len(words)):
                by_part.setdefault(words[:k], set()).add(pid)
                by_part.setdefault(words[-k:], set()).add(pid)
            if len(words) >= 3:   # and without its middle names ("Josep Bartomeu" of "Josep Maria Bartomeu")
                by_part.setdefault((words[0], words[-1]), set()).add(pid)
            first = fold(self.name(pid)).split()[0]
            if len(first) > 1:   # and with its first word's initial ("G.Zandanshatar" of "Gombojav Zandanshatar")
                by_part.setdefault(("", first[0], words[-1]), set()).add(pid)
        return by_part

    def _organizations_by_alias(self, full_orgs: set[str]) -> dict[str, set[str]]:
        """Organisations by an alias a document defines ("(GNU)"), not any initials: "AI chips" in
        one article is not the Amnesty International of another; and by the first word of a name
        that is that word and an organisation's head ("Lazarus" of "Lazarus Group")."""
        by_alias: dict[str, set[str]] = {}
        for oid in full_orgs:
            for alias in self.aliases[oid]:
                by_alias.setdefault(alias, set()).add(oid)
            words = fold(self.name(oid)).split()
            if len(words) == 2 and words[1] in _heads():
                by_alias.setdefault(words[0], set()).add(oid)
        return by_alias

    def _organizations_by_defined_alias(self) -> dict[str, set[str]]:
        by_alias: dict[str, set[str]] = {}
        for oid, aliases in self.defined_aliases.items():
            for alias in aliases:
                by_alias.setdefault(alias, set()).add(oid)
        return by_alias

    def _organizations_by_whole(self, full_orgs: set[str]) -> dict[str, set[str]]:
        by_whole: dict[str, set[str]] = {}
        for oid in full_orgs:
            by_whole.setdefault(fold(self.name(oid)), set()).add(oid)
        return by_whole

    def _organizations_by_longer(self, full_orgs: set[str]) -> dict[str, set[str]]:
        """Organisations by the last three words or more of their names ("Spanish Football
        Federation" of "Royal Spanish Football Federation")."""
        by_longer: dict[str, set[str]] = {}
        for oid in full_orgs:
            words = fold(self.name(oid)).split()
            for k in range(3, len(words)):
                by_longer.setdefault(" ".join(words[-k:]), set()).add(oid)
        return by_longer

    def _company_named_in_full(self, eid: str, names: _FullNames) -> str | None:
        """The one company of the run named by this name and one more word, that no document
        names beside this one (an article naming both holds two things apart)."""
        name = fold(self.name(eid))
        candidates = names.companies_by_short_name.get(name, set()) - {eid}
        if len(candidates) != 1 or name.split()[-1] in _heads() or name in lexicon.ORGANIZATION_NAMES:
            return None   # ("Deutsche Bank" beside "Deutsche Bank Research": a name with its own head)
        target = next(iter(candidates))
        if self.documents[target] < self.documents[eid] or self.seen_in[target] & self.seen_in[eid]:
            return None
        return target

    def _named_after_the_country(self, eid: str, names: _FullNames) -> str | None:
        """The one organisation of the run named after the country whose people name this one."""
        form = country_neutral(fold(self.name(eid)), gazetteer())
        if form is None or form[2]:
            return None
        candidates = names.organizations_by_country.get(form[:2], set()) - {eid}
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _named_with_the_documents_country(self, eid: str, names: _FullNames) -> str | None:
        """The one organisation of the run named with a country this one's documents name and
        this one's name ("Ghanaian Minerals Commission" for "Minerals Commission" beside Ghana), in
        none of its documents."""
        name = fold(self.name(eid))
        if country_neutral(name, gazetteer()) is not None:
            return None
        rest = name.replace(" ", "")
        codes = set().union(*(self.countries_in[d] for d in self.seen_in[eid]))
        candidates = set().union(*(names.organizations_with_country.get((code, rest), set()) for code in codes)) - {eid}
        target = next(iter(candidates)) if len(candidates) == 1 else None
        if target is None or self.seen_in[target] & self.seen_in[eid]:
            return None   # (an article naming both holds them apart: "the defence ministry" beside Russia's)
        return target

    def _organizations_by_country(self, full_orgs: set[str]) -> tuple[dict[tuple[str, str], set[str]], ...]:
        """Organisations by their country's code and the rest of the name written without spaces:
        those named after the country ("Japan Coast Guard"), and those named after it or after its
        people ("Japanese Coastguard"); each name is read against the gazetteer once."""
        by_country: dict[tuple[str, str], set[str]] = {}
        with_country: dict[tuple[str, str], set[str]] = {}
        for oid in full_orgs:
            form = country_neutral(fold(self.name(oid)), gazetteer())
            if form is None:
                continue
            with_country.setdefault(form[:2], set()).add(oid)
            if form[2]:
                by_country.setdefault(form[:2], set()).add(oid)
        return by_country, with_country

    def _companies_by_short_name(self, full_orgs: set[str]) -> dict[str, set[str]]:
        """Organisations of three words or more by their name without the last word, where that
        word is a legal form ("JSC", "Inc") or no organisation's head ("Resources", "Mining"):
        not "Foundation", "Union", "Party", which make a body of their own."""
        by_short: dict[str, set[str]] = {}
        heads, legal_forms = _heads(), _legal_forms()
        for oid in full_orgs:
            words = fold(self.name(oid)).split()
            if len(words) >= 3 and (words[-1] in legal_forms or words[-1] not in heads) \
                    and words[-2] not in ("of", "for", "and", "the"):
                by_short.setdefault(" ".join(words[:-1]), set()).add(oid)
        return by_short

    def _documents_of(self, ids: list[str]) -> set[int]:
        return set().union(*(self.seen_in[i] for i in ids))

    def _spellings(self) -> dict[str, str]:
        """Persons' full names that are spellings of one name, or one name of two words written in
        the other order ("Koizumi Shinjiro" / "Shinjiro Koizumi", where no document names both):
        each to the id most documents use."""
        by_variant: dict[str, list[str]] = {}
        for eid, type_ in self.types.items():
            if type_ == _PERSON and _words(self.name(eid)) > 1:
                by_variant.setdefault(name_variant(self.name(eid)), []).append(eid)
        for key in list(by_variant):
            words = key.split()
            reversed_key = f"{words[1]} {words[0]}" if len(words) == 2 else key
            if key < reversed_key and reversed_key in by_variant and _words(self.name(by_variant[key][0])) == 2 \
                    and not self._documents_of(by_variant[key]) & self._documents_of(by_variant[reversed_key]):
                by_variant[key] += by_variant.pop(reversed_key)
        out = {}
        for ids in by_variant.values():
            if len(ids) > 1:
                chosen = min(ids, key=lambda i: (-self.documents[i], i))
                out.update((i, chosen) for i in ids if i != chosen)
        return out


def _surname_alone(person: Entity) -> bool:
    """Whether an article writes a word of the person's name alone ("Milei" of "Javier Milei")."""
    words = fold(person.name).split()
    return any(" " not in a and fold(a) in words for a in person.aliases)


def _shorter_forms(name: str) -> list[tuple[str, ...]]:
    """The shorter names a person of three words or more is also given, as ``word_variant`` writes
    them: without the last word where it is a surname (a second one: "José Antonio Kast"), and with
    its first and last words and some of its middle ones (up to four: "Magda Chambriard", "Jean Paul
    Prates" of "Jean Paul Terra Prates"); not one with an initial that drops another ("George W.
    Bush" is not George H. W. Bush)."""
    words = tuple(word_variant(w) for w in fold(name).split())
    forms = [words[:-1]] if ends_in_a_surname(name) else []
    middle = words[1:-1]
    if len(middle) > 4:
        return forms
    for kept in product((True, False), repeat=len(middle)):
        if all(kept):
            continue
        form = (words[0], *(w for w, k in zip(middle, kept) if k), words[-1])
        dropped = [w for w, k in zip(middle, kept) if not k]
        if any(len(w) == 1 for w in form) and any(len(w) == 1 for w in dropped):
            continue
        forms.append(form)
    return forms


def _heads() -> frozenset[str]:
    """Last words of organisations' names and of clubs' ("Tottenham Hotspur", kg.lexicon), folded as
    names are; made once per active rules."""
    derived = lexicon.ACTIVE.derived
    if "folded_organization_heads" not in derived:
        derived["folded_organization_heads"] = frozenset(fold(w) for w in lexicon.ORG_HEADS | lexicon.CLUB_WORDS)
    return derived["folded_organization_heads"]


def _last(eid: str, out: dict[str, str]) -> str:
    """The end of a chain of joins ("Minerals Commission" -> "Ghanaian Minerals Commission" -> ...)."""
    seen = {eid}
    while out.get(eid, eid) not in seen:
        eid = out[eid]
        seen.add(eid)
    return eid


def _legal_forms() -> frozenset[str]:
    """Companies' legal forms ("JSC", "Inc", ``corporate_suffixes``), folded as names are."""
    return frozenset(fold(w) for w in lexicon.CORPORATE_SUFFIXES)


@lru_cache(maxsize=1 << 14)
def _words(name: str) -> int:
    return len(fold(name).split())


@dataclass(frozen=True)
class Join:
    id: str      # the id the entity takes
    name: str    # the name the run gives that entity
    type: str    # and its type (a name the model misread in one article takes the run's reading)


def rename(doc: Document, joins: dict[str, Join]) -> Document:
    """The document with its entities' ids replaced as ``joins`` says; an entity that becomes one
    the document already has is merged into it. A single name taken into a full one ("Gadhafi")
    is named as the run names that person and kept as an alias; a full spelling keeps its own."""
    if not any(e.id in joins for e in doc.entities):
        return doc
    merged: dict[str, Entity] = {}
    for e in doc.entities:
        join_ = joins.get(e.id)
        if join_ is not None:
            if _words(e.name) == 1:
                e.aliases = sorted(set(e.aliases) | {e.name})
                e.name = join_.name
            e.id, e.type = join_.id, join_.type
        if e.id in merged:
            _absorb(merged[e.id], e)
        else:
            merged[e.id] = e
    doc.entities = list(merged.values())

    def new(eid: str) -> str:
        return joins[eid].id if eid in joins else eid
    for s in doc.statements:
        s.speaker = new(s.speaker)
        s.about = list(dict.fromkeys(map(new, s.about)))
        s.reported_by = list(dict.fromkeys(map(new, s.reported_by)))
    for r in doc.relations:
        r.source, r.target = new(r.source), new(r.target)
    return doc


def _absorb(kept: Entity, other: Entity) -> None:
    """Two entities of one document found to be one: the fuller name, all aliases and mentions."""
    if _words(other.name) > _words(kept.name):
        kept.name, other.name = other.name, kept.name
    kept.aliases = sorted((set(kept.aliases) | set(other.aliases) | {other.name}) - {kept.name})
    kept.mentions = sorted(kept.mentions + other.mentions, key=lambda m: (m.start, m.end))
    kept.role = kept.role or other.role
