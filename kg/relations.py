"""Relations between entities read off the parse, by the relation types of kg's rule files
(kg/rules/relations.toml, and any a user's rules file adds): deployments, attacks, supplies,
meetings, agreements, sanctions, roles.

Each type names its trigger verbs (with the role their arguments play), nouns and theme words;
this module only knows English grammar: active and passive clauses, reduced relatives ("troops
sent to Russia"), nominalisations ("the deployment of troops to"), light verbs ("launched attacks
on"), purpose clauses ("sent to reinforce units in"), theme owners ("North Korean troops" are
North Korea's) and titles before or beside a name. What a pronoun, "there" or the next sentence
supplies comes from ``kg.relation_context``; negation, modality and claims from
``kg.relation_modality``.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from kg import lexicon, relation_modality, relation_roles, relation_rules
from kg.constants import (ACL, ACTED_ON_DEPS, AMOD, ACTIVE_SUBJECT_DEPS, ADVMOD, AGENT, ALL_SUBJECT_DEPS, APPOS, ATTR,
                          CCOMP, COMPOUND, CONJ, CONTINUED_VERB_DEPS, DATIVE, DET, DOBJ, NAME_LINK_DEPS,
                          NMOD, NOUN_CLAUSE_DEPS, NOUN_MODIFIER_DEPS, NSUBJPASS, OPRD, PASSIVE_DEPS, PCOMP, PLACE_PREP_DEPS, POBJ,
                          POSS, PREP, PURPOSE_DEPS, RELCL, THEME_WORD_DEPS, XCOMP)
from kg.entities import DocEntities
from kg.relation_context import (PRONOUNS, DocContext, count, hyphen_compound, opposed, quantity,
                                 type_of, unit)
from kg.relation_modality import link_claims
from kg.relation_roles import is_title_word
from kg.relation_rules import RelationRule, RelationRules
from kg.schema import Modality, Relation, Statement
from kg.sentences import sentence_of, sentence_spans, span_text
from kg.token_index import tokens_named

__all__ = ["RelationFinder", "link_claims"]

_THERE = frozenset(("there", "here"))
# Prepositions that place what they follow, whatever it is: "the waters *around* the shoal".
_LOCATING_PREPS = frozenset(("around", "near", "off", "outside", "along"))
# Prepositions that aim at what they take, not place it: "sanctions *against*", "strikes *on*".
_AIMED_PREPS = frozenset(("against", "on", "at"))
# Prepositions that put something onto a list: "added the firms *to* its blacklist".
_ONTO_PREPS = frozenset(("to", "on", "onto"))
_THEME_PRONOUNS = frozenset("them they those some".split())
# Who has an army or a government: "Sudan's army", "the RSF's leadership".
_ACTORS = frozenset(("Country", "Organization"))
_COUNTRY = frozenset(("Country",))
_ORGANIZATION = frozenset(("Organization",))


def _relation_id(doc_id: str, type_: str, source: str, target: str, start: int) -> str:
    return "rel:" + hashlib.sha1(f"{doc_id}|{type_}|{source}|{target}|{start}".encode()).hexdigest()[:16]


class RelationFinder:
    """Finds relations by the active rule files' types (or by the rules given)."""

    def __init__(self, rules: RelationRules | None = None) -> None:
        self._fixed = rules
        self._index(rules or relation_rules.active())

    def _index(self, rules: RelationRules) -> None:
        self.rules = rules
        self.by_verb: dict[str, list[tuple[RelationRule, str, str | None]]] = {}
        self.by_noun: dict[str, list[RelationRule]] = {}
        self.by_theme: dict[str, list[RelationRule]] = {}
        for rule in self.rules.types.values():
            for verb, role in rule.verbs.items():
                lemma, _, particle = verb.partition(" ")   # "make way": the verb and its object
                self.by_verb.setdefault(lemma, []).append((rule, role, particle or None))
            for noun in rule.nouns:
                self.by_noun.setdefault(noun, []).append(rule)
            for word in rule.theme if rule.theme_located else ():
                self.by_theme.setdefault(word, []).append(rule)
        self.role_rules = [r for r in self.rules.types.values() if r.titles]
        self.theme_words = frozenset(w for r in self.rules.types.values() for w in r.theme)
        # a frozenset: kg.token_index keeps the word keys of a frozenset, computed once
        self.words = frozenset(self.theme_words | self.by_verb.keys() | self.by_noun.keys() | self.by_theme.keys()
                               | self.rules.bodies | self.rules.governments)

    def find(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], doc_id: str,
             published: str | None = None, statements: Iterable[Statement] = (),
             dateline: Sequence[str] = ()) -> list[Relation]:
        """The relations of a document. A place argument the entity rules missed or cut is added
        to ``ents`` (kg.relation_places); ``statements`` name the entities that must stay;
        ``dateline``: the place words of the story's dateline ("PORT SUDAN", "Sudan")."""
        current = self._fixed or relation_rules.active()
        if current is not self.rules:   # a pipeline with other rule files made them active
            self._index(current)
        ctx = DocContext(doc, ents, sentence_of, published, statements, dateline)
        found: list[Relation] = []
        named = tokens_named(doc, self.words)   # most tokens are named by no rule
        at = 0
        for sent in sentence_spans(doc):
            # titles first: "U.S. Secretary of State Marco Rubio declared the ambassador persona non
            # grata" is done by the country whose title the person holds
            for rule in self.role_rules:
                found += self._roles(ctx, rule, sent, doc_id)
            while at < len(named) and named[at] < sent.end:
                token = doc[named[at]]
                at += 1
                lower, lemma, pos = token.lower_, token.lemma_.lower(), token.pos_
                if pos == "NOUN" and lower in self.theme_words:
                    self._remember_owner(ctx, token)
                if lemma in self.rules.bodies and (pos == "NOUN" or pos == "PROPN" and token.is_lower):
                    owner = self._owner(ctx, token, _ACTORS)
                    if owner:   # "Sudan's army": a later "the army" is Sudan's
                        ctx.body_owner[lemma] = owner
                        ctx.last_body = (token.i, owner)
                if pos in ("NOUN", "PROPN") and lemma in self.rules.governments:
                    # "Cambodia's Defense Ministry spokesperson" too: the ministry named by its country
                    owner = self._owner(ctx, token, _COUNTRY) or relation_roles.government_country(
                        ctx, ctx.ents.at(token), self.rules.governments)
                    if owner:   # "Taiwan's government welcomed ...": its ministers speak next
                        ctx.governments.append((token.i, owner))
                for rule, role, particle in self.by_verb.get(lemma, ()):
                    if pos in ("VERB", "AUX") and _has_particle(token, particle):
                        found += self._verb(ctx, rule, role, token, doc_id, particle)
                if pos in ("NOUN", "PROPN"):
                    for rule in self.by_noun.get(lemma, self.by_noun.get(lower, ())):
                        found += self._noun(ctx, rule, token, doc_id)
                    for rule in self.by_theme.get(lower, ()):
                        found += self._located_theme(ctx, rule, token, doc_id)
        found += self._unstated_holders(ctx, found, doc_id)
        return _dedupe(self._apart_from_own_side(found))

    def _apart_from_own_side(self, relations: list[Relation]) -> list[Relation]:
        """A person does not meet or sign with the country or organisation whose title they hold
        ("Russian President Vladimir Putin's visit to Pyongyang, where he met ...")."""
        role_types = {rule.name for rule in self.role_rules}
        held = {frozenset((r.source, r.target)) for r in relations if r.type in role_types}
        return [r for r in relations if not (self.rules.types[r.type].symmetric
                                             and frozenset((r.source, r.target)) in held)]

    # -- arguments --------------------------------------------------------------------------
    def _remember_owner(self, ctx: DocContext, token: Token) -> None:
        """The side whose troops (or other theme) were last named, for a later "they"/"them"."""
        for rule in self.rules.types.values():
            if token.pos_ == "NOUN" and token.lower_ in rule.theme:
                ctx.theme_seen[rule.name] = token.i
            if token.pos_ == "NOUN" and token.lower_ in rule.theme and not opposed(token):
                owner = self._owner(ctx, token, rule.source)
                if owner:
                    ctx.theme_owner[rule.name] = (token.i, owner)

    def _owner(self, ctx: DocContext, token: Token, types: frozenset[str], rule: RelationRule | None = None) -> str | None:
        """The entity a noun belongs to: "North Korean troops", "Pyongyang's soldiers",
        "troops from North Korea" (unless "from" names the type's target: "citizens from
        Sudan" were evacuated from there); a pronoun's antecedent does not count here."""
        if token.lemma_.lower() in self.rules.others:
            return None   # "Ukraine's allies" are not Ukraine
        # "the sale of Boeing parts to Russian airlines": what is traded is not whose the sale is
        owning = tuple(p for p in ("of", "from") if (rule is None or p not in rule.target_preps)
                       and not (p == "of" and token.lemma_.lower() in self.rules.trade_nouns))
        for child in token.children:
            if child.dep_ in NOUN_MODIFIER_DEPS or (child.dep_ == PREP and child.lower_ in owning):
                for t in child.subtree:
                    eid = ctx.ents.at(t)
                    # "a Liberian-flagged ship", "Iran-backed militias": the name qualifies, it does not own
                    if eid and type_of(eid) in types and t.i != token.i and (
                            not hyphen_compound(t) or t.nbor(2).lower_ in self.rules.owning_marks):
                        return eid
                body = self._body(ctx, child, types) if child.dep_ in NOUN_MODIFIER_DEPS else None
                if body:   # "army jets struck": the jets of the army named before
                    return body
            elif rule is not None and child.dep_ == ACL and rule.verbs.get(child.lemma_.lower()) in ("direct", "transfer"):
                # "drones launched by the RSF", "troops sent by Chad": who did it with them
                for p in (p for a in child.children if a.dep_ == AGENT for p in a.children if p.dep_ == POBJ):
                    eid = ctx.ents.at(p)
                    if eid and type_of(eid) in types:
                        return eid
        return None

    def _body(self, ctx: DocContext, token: Token, types: frozenset[str]) -> str | None:
        """Whose "the army", "the military" is (``DocContext.owner_of_body``)."""
        if not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower) \
                or token.lemma_.lower() not in self.rules.bodies or ctx.ents.at(token) \
                or any(c.dep_ == POSS for c in token.children):
            return None
        # the story's own country only for "the army" itself, not "navy ships" (whose may follow)
        owner = ctx.owner_of_body(token.lemma_.lower(), token, home=_definite(token) and token.dep_ not in NOUN_MODIFIER_DEPS)
        return owner if owner and type_of(owner) in types else None

    def _entities(self, ctx: DocContext, token: Token, types: frozenset[str], rule: RelationRule,
                  place_of: bool = False) -> list[str]:
        """The entities a noun phrase names, for an argument of the given types: the entity
        itself and its conjuncts, their owners, a pronoun's antecedent, "there"."""
        out: list[str] = []
        for t in [token, *token.conjuncts]:
            eid = ctx.place(t, types) or ctx.ents.at(t)
            if eid is None and t.lower_ in PRONOUNS:
                group = ctx.antecedents(t, types, rule)   # "sanctions on them": all of those named together
                eid = group[0] if group else None
                out += [e for e in group[1:] if e not in out and ctx.fits(e, types)]
            elif eid is None and t.lower_ in _THERE:
                eid = ctx.last_place(t, types)
            elif eid is None and t.lemma_.lower() in self.rules.bodies and _definite(t) and not any(
                    c.dep_ in NOUN_MODIFIER_DEPS for c in t.children) and (body := self._body(ctx, t, types)):
                # "the army had sent two brigades": the country's (not "the National Liberation Army")
                eid = body
            elif eid is None and (described := self._described(ctx, t, types, rule)):
                out += [e for e in described if e not in out]
            elif place_of and eid is None and self._is_place_noun(t) and (
                    located := self._targets(ctx, t, ("of", "in", "near"), types, rule)):
                out += located   # "a part of X in Y" (else whose: "shelled Indian villages")
            elif type_of(eid) == "Person" and "Person" not in types and (held := ctx.held_by(eid, types)):
                eid = held   # what a minister does as minister, their country does
            elif eid is None or not ctx.fits(eid, types):
                # meeting someone's envoy or endorsement is not meeting them
                eid = self._owner(ctx, t, types, rule) if not rule.symmetric else None
                if eid is None and not rule.symmetric and t.lemma_.lower() not in self.rules.others:
                    # "its forces fired on": whose "its" is (not "invaded its neighbour")
                    eid = next((ctx.antecedent(c, types, rule) if c.lower_ != "whose" else _relative_head(ctx, t)
                                for c in t.children if c.dep_ == POSS and c.lower_ in (*PRONOUNS, "whose")), None)
                if eid is None and (t.lower_ in rule.theme or quantity(t)):
                    for child in t.children:   # "some 10,000 of them", "many of the soldiers"
                        if child.dep_ == PREP and child.lower_ == "of":
                            out += [e for p in child.children if p.dep_ == POBJ
                                    for e in self._entities(ctx, p, types, rule)]
                    # "the troops", "these soldiers": the side last named (not "four battalions",
                    # which are new to the text)
                    remembered = ctx.theme_owner.get(rule.name)
                    if not out and remembered and _definite(t) and ctx.near_paragraph(t, remembered[0]) \
                            and type_of(remembered[1]) in types:
                        eid = remembered[1]
                if eid is None:   # "the army struck", "supplied the military with jets"
                    eid = self._body(ctx, t, types)
                if eid is None and t.lemma_.lower() in self.rules.governments and "Country" in types:
                    # "the Trump administration imposed sanctions": the country whose title its leader holds
                    eid = next((held for c in t.children if c.dep_ in (COMPOUND, POSS)
                                and type_of(ctx.ents.at(c)) == "Person"
                                for held in [ctx.held_by(ctx.ents.at(c), _COUNTRY)] if held), None)
                if eid is None and t.lemma_.lower() in self.rules.governments and _definite(t) and "Country" in types \
                        and not any(c.dep_ in NOUN_MODIFIER_DEPS for c in t.children):
                    eid = ctx.government_before(t) or ctx.home   # "The government deployed troops to Garoua"
            if type_of(eid) == "Place" and "Place" not in types:
                eid = ctx.capital_of(eid) or eid   # "signed a pact with Tbilisi": with Georgia
            if eid and ctx.fits(eid, types) and eid not in out:
                out.append(eid)
            if type_of(eid) == "Person" and not rule.symmetric and (sent_by := ctx.represented(eid, self.rules.envoys)) \
                    and sent_by not in out and ctx.fits(sent_by, types):
                out.append(sent_by)   # "declared Rasool persona non grata": the ambassador's country too
        return out

    def _described(self, ctx: DocContext, noun: Token, types: frozenset[str], rule: RelationRule) -> list[str]:
        """The entities a noun that is not a name stands for: "the two countries" (the last two
        named), "Sudan's army chief Abdel Fattah al-Burhan" (the person the title names), "the
        Indonesian leader" (the person named before with that title), and for a meeting "the
        leaders of the party", "Egyptian officials" (whom they speak for)."""
        lemma = noun.lemma_.lower()
        beside = [c for c in noun.children if c.dep_ == APPOS] + [
            a for c in noun.children if c.dep_ == PREP for p in c.children if p.dep_ == POBJ
            for a in p.children if a.dep_ == APPOS]   # "the WHO's representative in Sri Lanka, Alaka Singh"
        if not beside and is_title_word(noun) and noun.i + 2 < len(noun.doc) and noun.nbor(1).text == ",":
            # "met Qatar's emir, Sheikh Tamim, in Doha": a name the parser hung elsewhere
            name = noun.nbor(2)
            while is_title_word(name) and ctx.ents.at(name) is None and name.i + 1 < len(noun.doc):
                name = name.nbor(1)
            beside = [name]
        if lemma in self.rules.groups and noun.tag_ in ("NNS", "NNPS") and any(
                c.lower_ in ("two", "both") for c in noun.children):
            kinds = self.rules.groups[lemma] & types
            titled = ctx.last_two_titled(noun, lemma) if "Person" in kinds else []
            if titled:   # "hosted the two ministers": the last two named with that title
                return titled
            last = ctx.last_kind(noun, kinds) if len(kinds) > 1 else None   # "the two sides": of one kind
            return ctx.last_two(noun, frozenset([last]) if last else kinds)
        if noun.lower_ in ("two", "both") and noun.dep_ in ALL_SUBJECT_DEPS and not any(
                c.dep_ == PREP for c in noun.children):
            # "Lamola met Wang Yi, and the two signed an agreement": the last two of the kind named last
            last = ctx.last_kind(noun, types)
            return ctx.last_two(noun, frozenset([last])) if last else []
        # "the South American bloc Mercosur", "the militant group Hamas": the name after its description
        if not rule.symmetric and lemma in self.rules.envoys:
            # "expelled the French ambassador, Joel Meyer": what is done to an envoy is done to
            # whom they represent
            owner = self._owner(ctx, noun, types - {"Person"}, rule)
            if owner:
                return [owner]
        named = [ctx.ents.at(c) for c in noun.children if c.dep_ in NAME_LINK_DEPS and type_of(ctx.ents.at(c)) in types
                 and (c.i > noun.i or is_title_word(noun))]
        named += [ctx.ents.at(c) for c in beside if is_title_word(noun) and type_of(ctx.ents.at(c)) == "Person"
                  and "Person" in types and ctx.ents.at(c) not in named]
        # "the African Union Commission chairman, Mahmoud Ali Youssouf": the person the title names
        named.sort(key=lambda e: type_of(e) != "Person" or not is_title_word(noun))
        if not named and is_title_word(noun):
            # "the commander of the force UNIFIL, Aroldo Lazaro": the name set after the title's "of"
            named = [ctx.ents.at(a) for c in noun.children if c.dep_ == PREP and c.lower_ == "of"
                     for p in c.children if p.dep_ == POBJ for a in p.children
                     if a.dep_ == APPOS and type_of(ctx.ents.at(a)) == "Person" and "Person" in types]
        if named:
            return named[:1]
        if is_title_word(noun):
            if "Person" in types and _definite(noun) and noun.tag_ in ("NN", "NNP"):
                holders = [e for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS for e in [ctx.ents.at(c)] if e]
                person = ctx.role_holder(noun, holders)
                if person:
                    return [person]
        if rule.symmetric and (lemma in self.rules.representatives or lemma in self.rules.bodies) and not any(
                type_of(ctx.ents.at(c)) == "Person" for c in beside):
            # "Sudan's army signed a truce with" (but "met the WHO's representative, Alaka Singh": her);
            # "the foreign ministers of Armenia and Azerbaijan signed": each country
            owners = [e for c in noun.children if c.dep_ == PREP and c.lower_ == "of" for p in c.children
                      if p.dep_ == POBJ for t in [p, *p.conjuncts] for e in [ctx.ents.at(t)]
                      if e and type_of(e) in types - {"Person"}]
            owner = self._owner(ctx, noun, types, rule)
            return list(dict.fromkeys(owners)) if len(owners) > 1 else [owner] if owner else []
        members = lemma in self.rules.members and noun.tag_ in ("NNS", "NNPS")
        if (members or (lemma in self.rules.groups and noun.tag_ in ("NN", "NNP"))) and not is_title_word(noun) \
                and any(c.dep_ == DET and c.lower_ == "the" for c in noun.children) \
                and all(c.dep_ in (DET, AMOD, RELCL, ACL, "case") and ctx.ents.at(c) is None for c in noun.children):
            # "delivered gas supplies to the country", "a strike against the militants": the last
            # one named, not a side already
            last = ctx.last_one(noun, _ACTORS - {"Country"} if members else self.rules.groups[lemma] & types,
                                lemma in self.rules.businesses)
            return [last] if last and type_of(last) in types else []
        if noun.tag_ == "NN" and noun.dep_ in ALL_SUBJECT_DEPS and any(
                c.dep_ == DET and c.lower_ == "the" for c in noun.children):
            described = ctx.described(noun, types, lemma in self.rules.businesses)   # "the commission said"
            return [described] if described else []
        return []

    def _targets(self, ctx: DocContext, head: Token, preps: tuple[str, ...], types: frozenset[str],
                 rule: RelationRule) -> list[str]:
        """Entities named by the given prepositions under a word: "to Russia", "in Ussuriysk and
        Khabarovsk", "in Russia's Kursk region" (a possessor locates only a place: not "in
        Russia's war"), "a portion of Kursk region in Russia", "deployed there"."""
        out: list[str] = []
        place_of = self._is_place_noun(head)
        for child in head.children:
            if child.dep_ == ADVMOD and child.lower_ in _THERE:
                out += [e for e in [ctx.last_place(child, types)] if e and e not in out]
        # "struck targets in Kabul and in Paktika province": a preposition joined to the first counts too
        preps_under = [p for c in head.children if c.dep_ in PLACE_PREP_DEPS
                       for p in (c, *(x for x in c.conjuncts if x.pos_ == "ADP"))]
        for child in preps_under:
            if not (child.lower_ in preps or (place_of and child.lower_ == "of")):
                continue
            for pobj in (c for c in child.children if c.dep_ == POBJ):
                for obj in [pobj, *pobj.conjuncts]:
                    found = len(out)
                    tokens = [obj]
                    # what modifies a place locates it ("Russia's Kursk region"); a person's
                    # nationality does not ("met with Russian President Vladimir Putin")
                    place = type_of(ctx.ents.at(obj)) in ("Place", "Country") or self._is_place_noun(obj)
                    # what is aimed at is located where it is: "an air strike against the militants in the
                    # Hiran region"
                    # (or supplied or sanctioned where it is: "fuel to plants in the European Union")
                    located = not rule.symmetric and ctx.ents.at(obj) is None and ("Place" in types or obj.pos_ == "NOUN")
                    for mod in obj.children:
                        if place and mod.dep_ in NOUN_MODIFIER_DEPS:
                            tokens += _phrase(mod)
                        elif mod.dep_ == POSS and ctx.ents.at(mod) is None and mod.lemma_.lower() in self.rules.groups \
                                and "Place" in self.rules.groups[mod.lemma_.lower()] and not rule.symmetric:
                            # "drones at the city's main power station": the city named before
                            out += [e for e in self._described(ctx, mod, types, rule) if e not in out]
                        elif mod.dep_ == PREP and ((place and mod.lower_ in ("of", "in", *_LOCATING_PREPS))
                                                   or (rule.theme_located and mod.lower_ in _LOCATING_PREPS)
                                                   or (located and mod.lower_ == "in")):
                            # "the waters around Scarborough Shoal", "a portion of Kursk region in Russia"
                            tokens += [t for p in mod.children if p.dep_ == POBJ for t in _phrase(p)]
                    if ctx.ents.at(obj) is None and obj.lower_ not in PRONOUNS:
                        out += [e for e in self._described(ctx, obj, types, rule) if e not in out]
                    for t in tokens:
                        if t.dep_ == POBJ and t.head.lower_ in ("with", "between") and t.head.head.lemma_.lower() in self.rules.edges:
                            continue   # "along its border with Kosovo" is not in Kosovo
                        eid = (ctx.place(t, types) or ctx.ents.at(t)) if not hyphen_compound(t) else None
                        if type_of(eid) == "Place" and "Place" not in types:
                            eid = ctx.capital_of(eid) or eid   # "signed a pact with Tbilisi": with Georgia
                        if eid is None and t.lower_ in PRONOUNS and t is obj:
                            group = ctx.antecedents(t, types, rule)   # "sanctions on them": all named together
                            eid = group[0] if group else None
                            out += [e for e in group[1:] if e not in out and ctx.fits(e, types)]
                        if eid and ctx.fits(eid, types) and eid not in out:
                            out.append(eid)
                    if len(out) == found and ctx.ents.at(obj) is None and not rule.symmetric \
                            and (child.lower_ in _AIMED_PREPS or "Place" not in types):
                        # "sanctions against Russian intelligence officers", "strikes on Israeli
                        # positions": whose they are (not "Russian-held territory", not "fighting
                        # in Niger's war")
                        owner = self._owner(ctx, obj, types - {"Place"}, rule) or self._pronoun_owner(ctx, obj, types, rule)
                        if owner and not any(hyphen_compound(t) for t in obj.subtree if t.i < obj.i):
                            out.append(owner)
        return out

    def _pronoun_owner(self, ctx: DocContext, noun: Token, types: frozenset[str], rule: RelationRule) -> str | None:
        """Whose "its leaders", "several of their officials" are: the possessive pronoun's antecedent."""
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for t in noun.subtree:
            if t.dep_ == POSS and t.lower_ in ("its", "their") and (
                    t.head.lemma_.lower() in self.rules.representatives or t.head.lower_ in rule.theme):
                sides = ctx.sides   # not the one acting on them ("the UN imposed sanctions on its leaders")
                ctx.sides = sides | {e for s in self._subjects(verb) for e in [ctx.ents.at(s)] if e}
                try:
                    return ctx.antecedent(t, types - {"Place", "Person"}, rule)
                finally:
                    ctx.sides = sides
        return None

    def _is_place_noun(self, token: Token) -> bool:
        return token.lower_ in lexicon.PLACE_NOUNS or token.lemma_.lower() in lexicon.PLACE_NOUNS

    def _subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb, or of the verb it continues ("Russia plans to send", "struck
        and destroyed"); for a relative clause, the noun it describes."""
        node = verb
        for _ in range(4):
            # a governing verb's passive subject too: "soldiers were seen assembling in"
            deps = ACTIVE_SUBJECT_DEPS if node is verb else ALL_SUBJECT_DEPS
            subj = [c for c in node.children if c.dep_ in deps]
            if subj:
                if subj[0].tag_ in ("WDT", "WP") and node.dep_ == RELCL:
                    return [node.head]
                return subj
            if node.dep_ == XCOMP and (objects := [c for c in node.head.children if c.dep_ == DOBJ]):
                return [_unrelative(o) for o in objects]   # "urged Germany to send": the one asked does it
            if (node.dep_ in CONTINUED_VERB_DEPS or node.dep_ == "acomp") and node.head.i != node.i:
                node = node.head   # "Wang Yi is due to meet", "Egypt is ready to send": the verb's subject
                continue
            if node.dep_ == PCOMP and node.head.dep_ == PREP:
                # "China responded by banning ...", but "accused Iran of supplying": the object does it
                objects = [c for c in node.head.head.children if c.dep_ == DOBJ]
                if objects:   # "the UAE, which it accuses of supplying the RSF": the UAE
                    return [_unrelative(o) for o in objects]
                node = node.head.head
                continue
            break
        return []

    # -- forms ------------------------------------------------------------------------------
    def _verb(self, ctx: DocContext, rule: RelationRule, role: str, verb: Token, doc_id: str,
              particle: str | None) -> list[Relation]:
        passive = any(c.dep_ in PASSIVE_DEPS for c in verb.children) or (
            verb.dep_ == ACL and verb.tag_ == "VBN")
        reduced = verb.dep_ in NOUN_CLAUSE_DEPS and not any(c.dep_ in ALL_SUBJECT_DEPS for c in verb.children)
        subjects = [c for c in verb.children if c.dep_ == NSUBJPASS] if passive else self._subjects(verb)
        objects = [c for c in verb.children if c.dep_ == DOBJ]
        if particle:   # "declared Rasool persona non grata", parsed as a clause of the particle's
            objects += [s for p in verb.children if p.lemma_.lower() == particle and p.pos_ in ("VERB", "NOUN")
                        for s in p.children if s.dep_ in ALL_SUBJECT_DEPS]
        if objects:   # "attacked villages and a faction of the rebels": a second object the parser joined to the verb
            objects += [c for c in verb.children if c.dep_ == CONJ and c.pos_ in ("NOUN", "PROPN") and c.i > objects[0].i]
        else:   # "struck what New Delhi called terrorist camps in Pakistan"
            objects = _free_relative(verb)
        agents = [p for c in verb.children if c.dep_ == AGENT for p in c.children if p.dep_ == POBJ]
        if reduced:   # "troops sent to Russia", "the city attacked by", "troops fighting in"
            subjects.append(verb.head)
        if verb.dep_ == RELCL:   # "troops that were sent to"
            subjects = [verb.head if s.tag_ in ("WDT", "WP") else s for s in subjects]
        if passive:
            objects, subjects = subjects, agents
        elif verb.dep_ == AMOD and subjects:
            # "the RSF shelled neighbourhoods", parsed as an adjective of its object: a verb with a
            # subject of its own is a clause, whatever the parser hung it on
            objects.append(verb.head)
        ctx.sides = frozenset()
        prep_holders = [verb] + ([o for o in objects if o.lemma_.lower() == particle] if particle else [])
        purposes = [c for c in verb.children if c.dep_ in PURPOSE_DEPS and c.i > verb.i]
        theme: Token | None = None
        sources: list[str] = []
        targets: list[str] = []
        if role == "transfer" and not passive and not any(self._is_theme(ctx, o, rule) for o in objects) \
                and any(s.lower_ in rule.theme or s.lemma_.lower() in rule.theme for s in subjects):
            role = "motion"   # "troops moved to the border", "ships transferred to"
        if role in ("transfer", "motion"):
            pool = objects if role == "transfer" else subjects
            if role == "transfer" and verb.dep_ == RELCL and not objects:
                pool = [verb.head]   # "a deal Mirziyoyev reached with Putin", "the shells Pyongyang sent to"
            if particle and role == "transfer":   # "agreed on a ceasefire": what the particle takes
                pool = pool + [p for c in verb.children if c.dep_ == PREP and c.lower_ == particle
                               for p in c.children if p.dep_ == POBJ]
            theme = next((t for t in pool if self._is_theme(ctx, t, rule)), None)
            if theme is None and verb.lemma_.lower() in rule.equipment_verbs:
                # "where Moscow has stationed Iskander missiles", "deployed F-35 jets to the Caribbean"
                theme = next((t for t in pool if _equipment(t, rule.equipment)), None)
            if theme is None and role == "transfer":
                # "provided Ukraine with weapons", "gave Ukraine weapons"
                withs = [p for c in verb.children if c.dep_ == PREP and c.lower_ == "with"
                         for p in c.children if p.dep_ == POBJ]
                theme = next((t for t in withs if self._is_theme(ctx, t, rule)), None)
                if theme is not None:
                    targets += [e for o in objects for e in self._entities(ctx, o, rule.target, rule)]
            datives = [c for c in verb.children if c.dep_ == DATIVE and c.pos_ != "ADP"]
            if theme is None and rule.theme:
                return []
            if role == "transfer":   # the sender ("Turkish Aerospace will supply KAAN jets")
                sources += [e for s in subjects for e in self._entities(ctx, s, rule.source, rule)]
            owner = self._owner(ctx, theme, rule.source, rule) if theme is not None and not sources else None
            sources += [owner] if owner else []
            if not sources and theme is not None:
                sources += self._entities(ctx, theme, rule.source, rule)
            ctx.sides = frozenset(sources)
            for holder in prep_holders + (self._theme_holders(theme, rule) if role == "transfer" else []):
                targets += self._targets(ctx, holder, rule.target_preps, rule.target, rule)
            if role == "motion" and particle is None:   # "occupying a part of the Kufra district" (not "training Ukrainian pilots")
                targets += [e for o in objects if ctx.ents.at(o) or self._is_place_noun(o)
                            for e in self._entities(ctx, o, rule.target, rule, place_of=True)]
            targets += [e for d in datives for e in self._entities(ctx, d, rule.target, rule)]
            for purpose in purposes:   # "sent to reinforce units in Kursk", "to secure the capital Bangui"
                targets += self._targets(ctx, purpose, rule.target_preps, rule.target, rule)
                for obj in (c for c in purpose.children if c.dep_ == DOBJ):
                    targets += self._targets(ctx, obj, rule.target_preps, rule.target, rule)
                    if self._is_place_noun(obj) or type_of(ctx.ents.at(obj)) == "Place":
                        targets += [e for t in [obj, *(c for c in obj.children if c.dep_ in NAME_LINK_DEPS)]
                                    for e in [ctx.ents.at(t)] if type_of(e) == "Place"]
            if verb.dep_ == RELCL and any(c.lower_ == "where" for c in verb.children):
                targets += self._entities(ctx, verb.head, rule.target, rule)
        elif role == "receive":
            targets = [e for s in subjects for e in self._entities(ctx, s, rule.target, rule)]
            ctx.sides = frozenset(targets)
            theme = next((t for t in objects if self._is_theme(ctx, t, rule)), None)
            if rule.theme and theme is None:
                return []
            for prep in rule.source_preps or ("from",):   # "imports gas from Russia", the parser may hang it on "gas"
                sources += self._targets(ctx, verb, (prep,), rule.source, rule) + self._targets(ctx, theme, (prep,), rule.source, rule)
            if not sources and theme is not None and self._owner(ctx, theme, rule.source):
                sources.append(self._owner(ctx, theme, rule.source))
        else:   # direct
            if verb.lemma_.lower() in rule.instrument_verbs and objects and not any(
                    self._instrument(o, rule) for o in objects):
                return []   # "launched an armoured brigade in Lithuania", "fired the minister"
            sources = [e for s in subjects for e in self._entities(ctx, s, rule.source, rule)]
            if not sources:   # "Thai shelling had hit villages", where the parser made the noun a verb
                sources = [e for s in subjects if s.lower_ in rule.nouns for c in s.children
                           if c.dep_ in (*NOUN_MODIFIER_DEPS, *ALL_SUBJECT_DEPS)
                           for e in [ctx.ents.at(c)] if type_of(e) in rule.source]
            if rule.symmetric and len(sources) < 2 and not objects:
                sources += [e for s in subjects for e in _people_joined(ctx, s) if e not in sources]
            ctx.sides = frozenset(sources)
            targets = [e for o in objects for e in self._entities(ctx, o, rule.target, rule, place_of=True)]
            if not rule.symmetric or not set(targets) - set(sources):
                # "struck an oil refinery in Volgograd", "struck RSF positions in Khartoum North",
                # "sanctioned two banks in Myanmar": where what was acted on is (not for a
                # meeting: "met officials in Egypt")
                preps = rule.target_preps if rule.symmetric else (*rule.target_preps, "in", "across", "throughout")
                targets = [t for t in targets if t not in sources] + [
                    e for o in objects if ctx.ents.at(o) is None for e in self._targets(ctx, o, preps, rule.target, rule)]
                if not targets and objects and not rule.symmetric:   # the parser may hang "in Myanmar" on the verb
                    # (or on a free relative's: "struck what New Delhi called camps in Pakistan")
                    targets = [e for holder in dict.fromkeys((verb, *(o.head for o in objects if o.dep_ != DOBJ)))
                               for e in self._targets(ctx, holder, ("in",), rule.target, rule)]
            targets += self._targets(ctx, verb, rule.target_preps, rule.target, rule)
            if rule.symmetric and not targets and (len(sources) < 2 or objects):
                return []   # "Macron and Scholz met" (not "Meloni and Crosetto visited the troops")
        return self._make(ctx, rule, verb, sources, targets, doc_id, theme)

    def _instrument(self, word: Token, rule: RelationRule) -> bool:
        """What an attack is made with, or the attack itself: "missiles", "a wave of drones",
        "dozens of rockets", "strikes"."""
        words = [word, *(p for c in word.children if c.dep_ == PREP and c.lower_ == "of"
                         for p in c.children if p.dep_ == POBJ)]
        return any(w.lower_ in rule.instruments or w.lemma_.lower() in rule.instruments
                   or w.lower_ in rule.nouns or w.lemma_.lower() in rule.nouns for w in words)

    def _theme_holders(self, theme: Token | None, rule: RelationRule) -> list[Token]:
        """Words under what was sent that may hold its target: the theme itself ("weapons to
        Ukraine") and what it is joined to ("tents and food to Kabul"), a clause of the type's verbs ("has troops stationed in Transnistria") and an
        adjective after it ("a contract worth $7 billion with France")."""
        if theme is None:
            return []
        if rule.symmetric:   # "signed a memorandum of understanding on the purchase with Guler"
            return [t for t in _phrase(theme) if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        # the things sent with it too: "sent 1,000 tents and 15 tonnes of food to Kabul"
        return [theme, *theme.conjuncts, *(c for c in theme.children if (c.dep_ == ACL and c.lemma_.lower() in rule.verbs)
                                           or (c.dep_ == AMOD and c.i > theme.i)),
                # "deploy 200 soldiers of the Royal Regiment to northern Kosovo", the parser hanging "to" on the regiment
                *(p for c in theme.children if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ)]

    def _noun(self, ctx: DocContext, rule: RelationRule, noun: Token, doc_id: str) -> list[Relation]:
        """"the deployment of North Korean troops to Russia", "Russia's invasion of Ukraine",
        "launched attacks on Kharkiv", "talks between Putin and Kim", "sanctions against Iran"."""
        ctx.sides = frozenset()
        if noun.lemma_.lower() == "call" and any(c.pos_ == "VERB" and c.i > noun.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children):
            return []   # "calls from Washington and Kyiv to reconsider": an appeal, not a phone call
        sources: list[str] = []
        targets: list[str] = []
        theme: Token | None = None
        for child in noun.children:
            if child.dep_ in NOUN_MODIFIER_DEPS:
                sources += [e for e in self._entities(ctx, child, rule.source, rule) if e not in sources]
            elif child.dep_ == PREP and child.lower_ in ("by", "from", *rule.source_preps):
                sources += [e for p in child.children if p.dep_ == POBJ
                            for e in self._entities(ctx, p, rule.source, rule)]
            elif child.dep_ == PREP and child.lower_ == "of":
                for pobj in (c for c in child.children if c.dep_ == POBJ):
                    if self._is_theme(ctx, pobj, rule):
                        theme = pobj
                        sources += [e for e in self._entities(ctx, pobj, rule.source, rule) if e not in sources]
                        targets += self._targets(ctx, pobj, rule.target_preps, rule.target, rule)
                    elif not rule.theme or rule.symmetric:
                        targets += self._entities(ctx, pobj, rule.target, rule, place_of=True)
        ctx.sides = frozenset(sources)
        targets += self._targets(ctx, noun, rule.target_preps, rule.target, rule)
        if rule.symmetric:
            # "talks between Putin and Kim": both sides come with the preposition
            between = [p for c in noun.children if c.dep_ == PREP and c.lower_ == "between"
                       for p in c.children if p.dep_ == POBJ]
            if between:
                sources += [e for p in between for e in self._entities(ctx, p, rule.source, rule)]
                targets = [t for t in targets if t not in sources]
        held = self._held_by(noun)
        if held is not noun:   # "a round of sanctions against Belarus", "a wave of strikes on"
            targets += self._targets(ctx, held, rule.target_preps, rule.target, rule)
        if not sources and held.dep_ in ACTED_ON_DEPS and held.head.lemma_.lower() in (
                self.rules.light_verbs | set(rule.verbs)):
            # "Russia launched attacks on", "the two leaders held talks", "sanctions were imposed by",
            # "the EU adopted a new round of sanctions against"
            sources = [e for s in self._subjects(held.head) if held.dep_ == DOBJ
                       for e in self._entities(ctx, s, rule.source, rule)]
            sources += [e for c in held.head.children if c.dep_ == AGENT for p in c.children
                        if p.dep_ == POBJ for e in self._entities(ctx, p, rule.source, rule)]
            targets += self._targets(ctx, held.head, rule.target_preps, rule.target, rule)
        if not sources and not rule.symmetric and held.dep_ == POBJ and held.head.lower_ == "with" \
                and held.head.head.lemma_.lower() in self.rules.response_verbs:
            # "Pakistan responded with drone attacks on Indian sites", "the EU retaliated with sanctions on"
            sources = [e for s in held.head.head.children if s.dep_ in ACTIVE_SUBJECT_DEPS
                       for e in self._entities(ctx, s, rule.source, rule)]
        # "flew to Washington for his first summit with Trump": what one travels for is still to come
        intended = rule.symmetric and held.dep_ == POBJ and held.head.lower_ == "for" \
            and held.head.head.lemma_.lower() in self.rules.travel_verbs
        occasion = None
        if rule.symmetric and len(sources) + len(targets) < 2 and held.dep_ == POBJ \
                and (held.head.lower_ in self.rules.occasion_preps or held.head.lower_ == "for"
                     and held.head.head.lemma_.lower() in self.rules.travel_verbs) and held.head.head.pos_ in ("VERB", "AUX"):
            # "Kenya and Ethiopia signed a pact after talks in Nairobi": who signed took part, whatever
            # they did after it ("agreed to work toward a deal after talks" still met); "Frederiksen
            # said ... during a visit by Zelensky": the host and the visitor; "after two weeks of talks"
            occasion = held.head.head
            sources += [e for s in self._subjects(occasion) for e in self._entities(ctx, s, rule.source, rule)
                        if e not in sources and e not in targets]
        if not targets and not rule.symmetric and noun.dep_ == POBJ and noun.head.lower_ in _ONTO_PREPS \
                and noun.head.head.pos_ == "VERB":
            # "the United States added 140 Chinese companies to its blacklist": the verb's subject
            # put its object there
            verb = noun.head.head
            targets = [e for o in verb.children if o.dep_ == DOBJ for e in self._entities(ctx, o, rule.target, rule)]
            sources = [e for s in self._subjects(verb) for e in self._entities(ctx, s, rule.source, rule)] or sources
        if not sources and any(c.dep_ == POSS and c.lower_ in ("their", "its") for c in noun.children):
            owner = ctx.theme_owner.get(rule.name)   # "their presence in the Kursk region"
            sources = [owner[1]] if owner else []
        found = self._make(ctx, rule, noun, sources, targets, doc_id, theme, occasion=occasion)
        if intended:
            found = [dataclasses.replace(r, modality=Modality.PLANNED.value, hypothetical=True)
                     if r.modality == Modality.ASSERTED.value else r for r in found]
        return found

    def _held_by(self, noun: Token) -> Token:
        """The noun a relation noun is counted by, if any: "a fresh round of *sanctions*"."""
        if noun.dep_ == POBJ and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.rules.containers:
            return noun.head.head
        return noun

    def _located_theme(self, ctx: DocContext, rule: RelationRule, theme: Token, doc_id: str) -> list[Relation]:
        """A theme placed somewhere: "North Korean troops in Kursk", "troops who were in Russia"."""
        if opposed(theme):
            return []
        ctx.sides = frozenset()
        owner = self._owner(ctx, theme, rule.source)
        if owner is None:
            remembered = ctx.theme_owner.get(rule.name)
            owner = remembered[1] if remembered and _definite(theme) and ctx.near_paragraph(theme, remembered[0]) else None
        ctx.sides = frozenset([owner] if owner else [])
        targets = self._targets(ctx, theme, rule.target_preps, rule.target, rule)
        return self._make(ctx, rule, theme, [owner] if owner else [], targets, doc_id, theme) if targets else []

    def _title_holders(self, ctx: DocContext, titled: list[Token], rule: RelationRule) -> list[str]:
        """Whose title a title phrase names (kg.relation_roles.holders), else "the group" named
        before ("Bryony Lau, the group's deputy Asia director"; "its president"), else what it is
        for or to ("the envoy for Syria": no one else to hold it)."""
        return relation_roles.holders(ctx.ents, titled, rule.target) or [
            eid for t in titled if (t.dep_ == POSS or _title_of(t)) and t.pos_ == "NOUN" and _definite(t)
            # "chief financial officer of the German drugs group": a business named before
            for noun in [relation_roles.phrase_noun(ctx.ents, t) if t.dep_ == POBJ else t]
            if t.dep_ == POSS or noun.lemma_.lower() in lexicon.DESCRIBES_BUSINESS
            for eid in [ctx.described(noun, rule.target, noun.lemma_.lower() in self.rules.businesses)] if eid] or [
            # "Its president, Lise Klaveness,": the organisation or country named before
            eid for t in titled if t.dep_ == POSS and t.lower_ == "its"
            for eid in [ctx.antecedent(t, rule.target, rule)] if eid] or relation_roles.holders(
            ctx.ents, titled, rule.target, areas=True)

    def _roles(self, ctx: DocContext, rule: RelationRule, sent: Span, doc_id: str) -> list[Relation]:
        """"NATO Secretary General Mark Rutte", "Russian President Vladimir Putin", "Mark Rutte,
        NATO's secretary general,", "the secretary general of NATO, Mark Rutte", "Lecornu became
        France's prime minister" (see kg.relation_roles); "his Indonesian counterpart Prabowo"
        holds the title named before him in the sentence."""
        out: list[Relation] = []
        ctx.sides = frozenset()
        # name token -> (title, holders, plural title, title words)
        held: dict[int, tuple[str, list[str], bool, list[Token]]] = {}
        for token in ctx.mention_tokens(sent):   # a role holder is a named entity
            eid = ctx.ents.at(token)
            if type_of(eid) not in rule.source or (token.i > sent.start and ctx.ents.at(token.nbor(-1)) == eid):
                continue
            end = token
            while end.i + 1 < sent.end and ctx.ents.at(end.nbor(1)) == eid:
                end = end.nbor(1)
            joined = held.get(end.head.i) if end.dep_ == CONJ else None   # "X and Defence Minister Y"
            group = None
            # the first title phrase that names whose title it is, else the first title: "General
            # Charles Kahariri, the chief of the Kenya Defence Forces"
            titled_before = relation_roles.before(ctx.ents, sent, token, eid)
            phrases = [(words, self._title_holders(ctx, titled, rule))
                       for titled in (titled_before + relation_roles.after(end) if titled_before else [],
                                      relation_roles.beside(token, end),
                                      relation_roles.predicate(self.rules.role_verbs, end))
                       for words in [relation_roles.title_words(ctx.ents, titled, rule.titles)] if words]
            # "Helene Brandt, who leads the association DSW", "Gen. X, who commands the force"
            lead = relation_roles.led(end, self.rules.lead_verbs)
            lead_targets = self._led_holders(ctx, lead[1], rule) if lead else []
            if lead and ctx.ents.at(lead[1]) is None and phrases:
                lead_targets = []   # "Chairman John Elkann, who has led the company": the title's holder
            if phrases and (lead_targets == [] or any(p[1] for p in phrases)):
                words, targets = next((p for p in phrases if p[1]), phrases[0])
            elif lead_targets:
                title, words, targets = lead[0], [], lead_targets
            elif joined and joined[2]:
                # "their Philippine counterparts, Enrique Manalo and Gilberto Teodoro", "Ministers Wale
                # Edun and Atiku Bagudu": one title for both
                words, targets = joined[3], []
            elif (group := relation_roles.government_led(end, frozenset(self.rules.led_groups))) is not None:
                # "Geert Wilders' Freedom Party", "the D66 party of Rob Jetten": its leader
                title, words = self.rules.led_groups[group.lemma_.lower()], []
                targets = relation_roles.holders(ctx.ents, [t for t in group.subtree if not token.i <= t.i <= end.i],
                                                 rule.target & _ORGANIZATION)
                if not targets:
                    continue
            elif (led := relation_roles.government_led(end, self.rules.governments)) is not None:
                # "the Venezuelan government of Nicolas Maduro": he leads the country's government
                words = [led]
                targets = relation_roles.holders(ctx.ents, [t for t in led.subtree if not token.i <= t.i <= end.i],
                                                 rule.target & _COUNTRY)
                if not targets:
                    continue
            else:
                continue
            if not targets and joined:
                targets = joined[1]   # "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara"
            # "Russian Foreign Ministry spokeswoman Maria Zakharova" speaks for Russia too
            targets = targets + [c for t in targets for c in [relation_roles.government_country(
                ctx, t, self.rules.governments)] if c and c not in targets]
            # the title as written, from its first title word to its last: "chief of staff to
            # Ukraine's president", "Deputy Press Secretary"
            if words or not (lead_targets or group):
                title = sent.doc[words[0].i:words[-1].i + 1].text if words else joined[0]
            plural = relation_roles.plural(words[-1]) if words else bool(joined and joined[2])
            if words and words[-1].lemma_.lower() in self.rules.counterparts and not plural and out and out[-1].title:
                title = out[-1].title   # "his counterpart": the title named before
            held[end.i] = (title, targets, plural, words)
            if words and not targets:   # each title given, for _unstated_holders: "General X was named chief of defence staff"
                ctx.unheld += [(token, end, eid, title if other is words else sent.doc[other[0].i:other[-1].i + 1].text, other)
                               for other in [words] + [p[0] for p in phrases if p[0] is not words]]
            found = [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                     for r in self._make(ctx, rule, token, [eid], list(dict.fromkeys(targets)), doc_id, None,
                                         modality_check=False)]
            for r in found:
                ctx.remember_role(token.i, r.source, r.target, title)
            out += found
        return out

    def _led_holders(self, ctx: DocContext, led_object: Token, rule: RelationRule) -> list[str]:
        """Whose what a person leads is: its name, else what "the agency" points back to."""
        lemma = led_object.lemma_.lower()
        if lemma in self.rules.bodies and _definite(led_object):   # "who had led the army": the country's
            return [eid for eid in [ctx.owner_of_body(lemma, led_object)] if eid and type_of(eid) in rule.target]
        return relation_roles.led_holders(ctx.ents, led_object, rule.target) or [
            eid for eid in [ctx.described(led_object, rule.target, True)] if eid and _definite(led_object)]

    def _unstated_holders(self, ctx: DocContext, found: list[Relation], doc_id: str) -> list[Relation]:
        """Whose title it is where the text does not say, for people given no holder anywhere:
        a spokesman's, the organisation or country whose doings the sentence reports ("The
        Taliban deployed commandos ..., spokesman Zabihullah Mujahid said"); a company officer's,
        the organisation the sentence reports on, else the one the article is about; a government title's
        ("President", "Foreign Minister"), the country whose government the paragraph just named,
        else the one the story is filed from (its dateline: news leaves the home country unsaid),
        unless the sentence names other countries and not that one ("a visit to Paris by Modi, who
        held talks with President Emmanuel Macron"); what the person says or does does not count
        ("President Donald Trump said Russia must ...", "Prime Minister Albin Kurti accused Belgrade")."""
        held = {r.source for r in found if self.rules.types[r.type].titles}
        out: list[Relation] = []
        for rule in self.role_rules:
            for token, end, person, title, words in ctx.unheld:
                # the title's head word: "Secretary" of "Secretary of State"
                head = next((w for w in words if w.i + 2 < len(w.doc) and w.nbor(1).lower_ == "of"
                             and is_title_word(w.nbor(2))), words[-1])
                head = relation_roles.title_lemma(head)
                if person in held or relation_roles.held_in_place(ctx, words[0]):
                    continue   # "Ontario Premier Doug Ford"
                named_before = self._same_title_before(ctx, token, words[-1], rule.target)
                bodies = [w.lemma_.lower() for w in words if w.lemma_.lower() in self.rules.bodies]
                # "chief of defence staff", "presidential spokesman": a post of the country's government
                state = any(w.lower_ in self.rules.state_words for w in words)
                national = bool(bodies) or state or head in self.rules.national_titles
                # not the dateline's country when the sentence gives another person its title
                # ("Chancellor Merz ... alongside Lithuanian President Nauseda" under VILNIUS)
                contrasted = national and relation_roles.home_contrasted(ctx, token, end, person)
                companion = relation_roles.companion_holder(ctx, end, self.rules.companions, rule.target) \
                    if national else None
                if named_before:   # "Australia expelled Iran's ambassador ... ambassador Ahmad Sadeghi"
                    holder = named_before
                elif companion:   # "Army chief Asim Munir, who accompanied Sharif,"
                    holder = companion
                elif contrasted:   # then the country the story is about, when it is not the home one
                    holder = ctx.government_before(token) or ctx.protagonist(token.doc)
                    holder = holder if holder != ctx.home else None
                elif bodies:   # "army chief Abdel Fattah al-Burhan": the army's owner named before
                    holder = ctx.owner_of_body(bodies[0], token)
                elif head in self.rules.speaking_titles and not state and not any(
                        w.lemma_.lower() in self.rules.governments for w in words):
                    holder = ctx.actor(token.sent, rule.target, person)
                elif head in self.rules.company_titles and not state:
                    holder = ctx.actor(token.sent, _ORGANIZATION, person) or ctx.topic(_ORGANIZATION)
                elif national or head in self.rules.speaking_titles:   # "Government spokesman"
                    holder = relation_roles.fronted_place(ctx, token) or self._capital_abroad(ctx, token, end) \
                        or ctx.government_before(token) or self._home_of(ctx, token, end)
                else:
                    continue
                if holder is None or type_of(holder) not in rule.target:
                    continue
                held.add(person)
                out += [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                        for r in self._make(ctx, rule, token, [person], [holder], doc_id, None, modality_check=False)]
        return out

    @staticmethod
    def _same_title_before(ctx: DocContext, name: Token, title: Token, types: frozenset[str]) -> str | None:
        """Whose the same title is where the text named it before without a name: "Australia
        expelled Iran's ambassador ... Foreign Minister Penny Wong said ambassador Ahmad Sadeghi"."""
        doc = name.doc
        for i in reversed(tokens_named(doc, (title.lower_,))):
            word = doc[i]
            if i >= title.i or word.lemma_.lower() != title.lemma_.lower() or not ctx.near_paragraph(name, i) \
                    or any(type_of(ctx.ents.at(c)) == "Person" for c in (*word.children, word.head)):
                continue
            owners = [e for c in word.children if c.dep_ in NOUN_MODIFIER_DEPS for e in [ctx.ents.at(c)]
                      if type_of(e) in types]
            if owners:
                return owners[0]
        return None

    @staticmethod
    def _capital_abroad(ctx: DocContext, name: Token, end: Token) -> str | None:
        """The country of the one foreign capital a sentence names where the person is met, when it
        names no other country: "Paz met Christopher Landau, the deputy secretary of state, in
        Washington" (see ``_home_of``, which gives it too, after the government named before)."""
        home = RelationFinder._home_of(ctx, name, end)
        return home if home is not None and home != ctx.home else None

    @staticmethod
    def _home_of(ctx: DocContext, name: Token, end: Token) -> str | None:
        """The country a government title with no holder belongs to (see ``_unstated_holders``):
        the dateline's, when the sentence names no other country (nor another country's capital)
        outside what the person says or does and what a relative clause says of something else; the
        country of the one foreign capital it names besides, if that is all it names; without a dateline, the one country the sentence names, as an owner ("won a second
        term in Ecuador's runoff", not "flew to Paris"), outside what the person says."""
        subject = end.head if end.dep_ in (POSS, COMPOUND, APPOS) else end   # "Ramaphosa's office said"
        acts = subject.dep_ in ALL_SUBJECT_DEPS
        does = {t.i for t in subject.head.subtree} - {t.i for t in subject.subtree} if acts else set()
        says = {t.i for c in subject.head.children if acts and c.dep_ == CCOMP for t in c.subtree}
        # not another person's title ("Indian Prime Minister Narendra Modi"), nor a qualifier ("Kenyan-led")
        mentions = [t for t in ctx.mention_tokens(name.sent) if type_of(ctx.ents.at(t)) == "Country"
                    and not hyphen_compound(t) and not _titles_another(ctx, t, end)]
        if ctx.home:
            # a capital stands for its country here: "will travel to Riyadh for talks with Crown Prince
            # Mohammed bin Salman" (under TASHKENT) names Saudi Arabia
            # nor what a relative clause says of something else ("talks on the barracks, which
            # Lithuania agreed to build under an agreement it signed with Germany")
            aside = {t.i for c in name.sent if c.dep_ == RELCL and name not in c.subtree for t in c.subtree}
            named = {ctx.ents.at(t) for t in mentions if t.i not in does and t.i not in aside}
            capitals = {c for t in ctx.mention_tokens(name.sent) if t.i not in does and t.i not in aside
                        and type_of(ctx.ents.at(t)) == "Place" for c in [ctx.capital_of(ctx.ents.at(t))] if c}
            if (named | capitals) <= {ctx.home}:
                return ctx.home
            # where the person is met, when the sentence names no other country: "will travel to
            # Riyadh for talks with Crown Prince Mohammed bin Salman", "met Christopher Landau, the
            # deputy secretary of state, in Washington"
            abroad = capitals - {ctx.home}
            return next(iter(abroad)) if len(abroad) == 1 and named <= {ctx.home} else None
        named = {ctx.ents.at(t) for t in mentions if t.i not in says}
        whose = {ctx.ents.at(t) for t in mentions if t.i not in says and t.dep_ in NOUN_MODIFIER_DEPS
                 and ctx.ents.at(t.head) != ctx.ents.at(t)}   # the name's own head word: not "Sri" of "Sri Lanka"
        return next(iter(whose)) if len(named) == 1 and whose else None

    # -- the record -------------------------------------------------------------------------
    def _is_theme(self, ctx: DocContext, token: Token, rule: RelationRule) -> bool:
        """A word for what the type moves ("troops"), one of a few of them ("some of the
        soldiers", "10,000 of them"), or a pronoun standing for them while the paragraph is
        talking about them (not "they" for anyone)."""
        if not rule.theme:
            return False
        seen = ctx.theme_seen.get(rule.name)
        pronouns = _THEME_PRONOUNS if seen is not None and seen < token.i and ctx.same_paragraph(token, seen) \
            else frozenset()
        if token.lower_ in rule.theme or token.lemma_.lower() in rule.theme or token.lower_ in pronouns:
            return True
        if quantity(token):
            return any(p.lower_ in rule.theme or p.lemma_.lower() in rule.theme or p.lower_ in pronouns for c in token.children
                       if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ)
        # a theme word inside the noun's phrase ("a memorandum on the purchase of jets"), not in a
        # clause that describes it ("an action plan to expand trade ahead of the review of their pact")
        return any(t.lower_ in rule.theme for t in _phrase(token)
                   if t.dep_ in THEME_WORD_DEPS and t.i != token.i)

    def _make(self, ctx: DocContext, rule: RelationRule, trigger: Token, sources: list[str], targets: list[str],
              doc_id: str, theme: Token | None, modality_check: bool = True,
              occasion: Token | None = None) -> list[Relation]:
        """The relation records; ``occasion``: the verb whose subjects a meeting noun took as its
        sides ("signed ... after talks"), which says nothing of whether the meeting happened."""
        # "Drones struck the port": what the attack was made with is no side
        sources = [s for s in dict.fromkeys(sources) if s and ctx.names.get(s, "").lower() not in rule.instruments]
        targets = [t for t in dict.fromkeys(targets) if t]
        sources, targets = ctx.complete(rule, trigger, sources, targets, theme)
        pairs = [(s, t) for s in sources for t in targets if s != t]
        ctx.in_use.update(e for pair in pairs for e in pair)
        if rule.symmetric and not targets:
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        if not pairs:
            return []
        sent = sentence_of(trigger)
        day, day_text = ctx.day_of(sent)
        negated = relation_modality.negated(self.rules, trigger, theme) if modality_check else False
        modality = relation_modality.modality(self.rules, trigger, theme, occasion) if modality_check \
            else Modality.ASSERTED.value
        number = count(theme) if theme is not None and "troops" in rule.attributes else None
        what = unit(theme, ctx, rule.theme) if theme is not None and "unit" in rule.attributes else None
        out = []
        for source, target in pairs:
            if rule.symmetric:
                source, target = sorted((source, target))
            out.append(Relation(
                id=_relation_id(doc_id, rule.name, source, target, trigger.idx), type=rule.name,
                source=source, target=target, sentence=ctx.sentence_of.get(trigger.i, 0),
                start=sent.start_char, end=sent.end_char, text=span_text(sent).strip(),
                hypothetical=modality != Modality.ASSERTED.value, modality=modality, negated=negated,
                troops=number, unit=what, date=day, date_text=day_text,
                trigger=trigger.text, trigger_start=trigger.idx))
        if theme is not None and not rule.symmetric:   # "the troops" later means the side that sent these
            ctx.theme_owner[rule.name] = (trigger.i, sources[0])
        return out


def _titles_another(ctx: DocContext, country: Token, name_end: Token) -> bool:
    """The country word is part of another person's title: "*Indian* Prime Minister Narendra Modi"."""
    node = country
    for _ in range(4):
        if node.dep_ not in NOUN_MODIFIER_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if type_of(ctx.ents.at(node)) == "Person":
            return node.i != name_end.i
        if any(c.dep_ == APPOS and type_of(ctx.ents.at(c)) == "Person" and c.i != name_end.i for c in node.children):
            return True   # "her *Rwandan* counterpart, Olivier Nduhungirehe,"
    return False


def _phrase(token: Token) -> list[Token]:
    """The words of a noun phrase without the clauses that describe it: "the coast of Trat
    province" but not ", where marines repelled a Cambodian incursion"."""
    clauses = [c for c in token.subtree if c.dep_ in (RELCL, ACL) and c.i != token.i]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in token.subtree if t.i not in inside]


def _people_joined(ctx: DocContext, subject: Token) -> list[str]:
    """The people a subject joins with "and" where the parser did not make them conjuncts
    ("Brazilian President Luiz Inácio Lula da Silva and Argentine President Javier Milei met")."""
    words = list(subject.subtree)
    if not any(t.lower_ == "and" and t.pos_ == "CCONJ" for t in words):
        return []
    people = [e for t in words for e in [ctx.ents.at(t)] if type_of(e) == "Person" and _in_name_chain(t, subject)]
    people = list(dict.fromkeys(people))
    return people if len(people) == 2 else []


def _in_name_chain(token: Token, top: Token) -> bool:
    """A word linked to ``top`` by name parts and conjunctions only: not "the wife *of* Macron"."""
    node = token
    while node.i != top.i:
        if node.dep_ not in (COMPOUND, CONJ, APPOS, NMOD) or node.head.i == node.i:
            return False
        node = node.head
    return True


def _relative_head(ctx: DocContext, noun: Token) -> str | None:
    """Whose "whose" is: the name its relative clause describes ("Burundi, whose troops have
    served in the country")."""
    node = noun
    while node.dep_ != RELCL and node.head.i != node.i:
        node = node.head
    return ctx.ents.at(node.head) if node.dep_ == RELCL else None


def _equipment(token: Token, words: frozenset[str]) -> bool:
    """A word for arms, or a name of them with one ("the Patriot systems", "Iskander missiles")."""
    return token.lower_ in words or token.lemma_.lower() in words or any(
        c.lower_ in words for c in token.children if c.dep_ in THEME_WORD_DEPS and c.i < token.i)


def _free_relative(verb: Token) -> list[Token]:
    """What a verb's free relative object describes: "struck *what* officials called militant camps",
    "seized what the army described as a weapons depot" (camps, depot)."""
    for clause in verb.children:
        if clause.dep_ == CCOMP and any(c.dep_ == DOBJ and c.lower_ == "what" for c in clause.children):
            return [c for c in clause.children if c.dep_ in (OPRD, ATTR)] + [
                p for c in clause.children if c.dep_ == PREP and c.lower_ == "as" for p in c.children if p.dep_ == POBJ]
    return []


def _unrelative(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the UAE, *which* it accuses of supplying"): the
    head of the relative clause it opens; any other word is itself."""
    if token.tag_ not in ("WDT", "WP"):
        return token
    node = token
    while node.dep_ != RELCL and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == RELCL else token


def _title_of(noun: Token) -> bool:
    """ "chief financial officer *of the group*": the noun says whose the title before it is."""
    return noun.dep_ == POBJ and noun.head.lower_ == "of" and is_title_word(noun.head.head)


def _definite(noun: Token) -> bool:
    """ "the troops", "these soldiers", "those forces": a noun phrase pointing back."""
    return any(c.dep_ == DET and c.lower_ in ("the", "these", "those") for c in noun.children)


def _has_particle(verb: Token, particle: str | None) -> bool:
    return particle is None or any(c.lemma_.lower() == particle for c in verb.children)


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen = set()
    out = []
    for r in relations:
        key = (r.type, r.source, r.target, r.modality, r.negated, r.sentence)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
