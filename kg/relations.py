"""Relations between entities read off the parse, by the relation types of kg's rule files
(kg/rules/relations.toml, and any a user's rules file adds): deployments, attacks, supplies,
meetings, agreements, sanctions, roles.

Each type names its trigger verbs (with the role their arguments play), nouns and theme words;
the finder only knows English grammar. This module walks a document's sentences and hands each
word a rule names to the reader of its form: ``kg.relation_clauses`` (active and passive clauses,
reduced relatives "troops sent to Russia", purpose clauses "sent to reinforce units in") or
``kg.relation_nouns`` (nominalisations "the deployment of troops to", light verbs "launched attacks
on", placed themes "North Korean troops in Kursk"), whose arguments
``kg.relation_arguments`` reads (theme owners: "North Korean troops" are North Korea's);
``kg.relation_role_finder`` reads titles before or beside a name; ``kg.relation_records`` makes the
records. What a pronoun, "there" or the next sentence supplies comes from ``kg.relation_context``;
negation, modality and claims from ``kg.relation_modality``.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from kg import relation_role_context, relation_rules
from kg.constants import ACL, DOBJ, RELCL
from kg.entities import DocEntities
from kg.relation_arguments import ACTORS, COUNTRY
from kg.relation_clauses import ClauseReading
from kg.relation_context import DocContext
from kg.relation_modality import link_claims
from kg.relation_nouns import NounReading
from kg.relation_records import dedupe
from kg.relation_role_finder import RoleReading
from kg.relation_rules import RelationRule, RelationRules
from kg.relation_words import type_of
from kg.schema import EntityType, Relation, Statement
from kg.sentences import sentence_spans
from kg.token_index import tokens_named

__all__ = ["RelationFinder", "link_claims"]


class RelationFinder(ClauseReading, NounReading, RoleReading):
    """Finds relations by the active rule files' types (or by the rules given)."""

    def __init__(self, rules: RelationRules | None = None) -> None:
        self._fixed = rules
        self._index(rules or relation_rules.active())

    def _index(self, rules: RelationRules) -> None:
        self.rules = rules
        self.by_verb: dict[str, list[tuple[RelationRule, str, str | None]]] = {}
        self.by_noun: dict[str, list[RelationRule]] = {}
        self.by_theme: dict[str, list[RelationRule]] = {}
        self.by_agent: dict[str, list[RelationRule]] = {}
        for rule in self.rules.types.values():
            for verb, role in rule.verbs.items():
                lemma, _, particle = verb.partition(" ")   # "make way": the verb and its object
                self.by_verb.setdefault(lemma, []).append((rule, role, particle or None))
            for noun in rule.nouns:
                self.by_noun.setdefault(noun, []).append(rule)
            for noun in rule.agent_nouns:
                self.by_agent.setdefault(noun, []).append(rule)
            for word in rule.theme if rule.theme_located else ():
                self.by_theme.setdefault(word, []).append(rule)
        self.role_rules = [r for r in self.rules.types.values() if r.titles]
        self.theme_words = frozenset(w for r in self.rules.types.values() for w in r.theme)
        # a frozenset: kg.token_index keeps the word keys of a frozenset, computed once
        self.words = frozenset(self.theme_words | self.by_verb.keys() | self.by_noun.keys() | self.by_theme.keys() | self.by_agent.keys()
                               | self.rules.bodies | self.rules.governments | self.rules.lemmas.keys())

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
                lower, pos = token.lower_, token.pos_
                lemma = self.rules.lemmas.get(lower) or token.lemma_.lower()
                if pos == "NOUN" and lower in self.theme_words:
                    self._remember_owner(ctx, token)
                if lemma in self.rules.bodies and (pos == "NOUN" or pos == "PROPN" and token.is_lower):
                    owner = self._owner(ctx, token, ACTORS)
                    if owner:   # "Sudan's army": a later "the army" is Sudan's
                        ctx.body_owner[lemma] = owner
                        ctx.last_body = (token.i, owner)
                if pos in ("NOUN", "PROPN") and lemma in self.rules.governments:
                    # "Cambodia's Defense Ministry spokesperson" too: the ministry named by its country
                    owner = self._owner(ctx, token, COUNTRY) or relation_role_context.government_country(
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
                    for rule in self.by_agent.get(lower, ()):
                        found += self._agent_noun(ctx, rule, token, doc_id)
        found += self._unstated_holders(ctx, doc, found, doc_id)
        return dedupe(self._apart_from_own_side(self._places_left(found)))

    def _places_left(self, relations: list[Relation]) -> list[Relation]:
        """A relation to a place that a word also states as a relation of a type its rule yields to
        (``place_unless``: "the army sent brigades and helicopters to the towns of Tibu and Teorama"
        deployed them, it supplied the towns nothing)."""
        stated = {(r.trigger_start, r.type) for r in relations}
        return [r for r in relations if type_of(r.target) != EntityType.PLACE or not any(
            (r.trigger_start, other) in stated for other in self.rules.types[r.type].place_unless)]

    def _apart_from_own_side(self, relations: list[Relation]) -> list[Relation]:
        """A person does not meet or sign with the country or organisation whose title they hold
        ("Russian President Vladimir Putin's visit to Pyongyang, where he met ...")."""
        role_types = {rule.name for rule in self.role_rules}
        held = {frozenset((r.source, r.target)) for r in relations if r.type in role_types}
        return [r for r in relations if not (self.rules.types[r.type].symmetric
                                             and frozenset((r.source, r.target)) in held)]


def _has_particle(verb: Token, particle: str | None) -> bool:
    """The verb's second word is under it, or under its object as a clause the parser hung there
    ("ordered the French troops stationed in the country *to leave*")."""
    return particle is None or any(c.lemma_.lower() == particle for c in verb.children) or any(
        c.lemma_.lower() == particle and c.dep_ in (ACL, RELCL) and any(a.lower_ == "to" for a in c.children)
        for o in verb.children if o.dep_ == DOBJ for c in o.children)
