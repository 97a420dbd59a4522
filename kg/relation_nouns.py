"""The noun forms a relation is written in: a nominalisation ("the deployment of troops to",
"Russia's invasion of Ukraine"), a noun a light verb lends its sides ("launched attacks on", "held
talks", "a round of sanctions against"), a noun for the source itself ("Armenia's main arms
supplier") and a theme placed somewhere ("North Korean troops in Kursk"). The clause forms are in
``kg.relation_clauses``; the arguments come from ``kg.relation_arguments``.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg.constants import ACL, ACTED_ON_DEPS, ACTIVE_SUBJECT_DEPS, AGENT, APPOS, ATTR, AUX, CCOMP, COMPOUND, DATIVE, \
    DOBJ, NOUN_MODIFIER_DEPS, POBJ, POSS, PREP, RELCL
from kg.relation_arguments import NEAR_PREPS, ArgumentReading, definite
from kg.relation_context import DocContext
from kg.relation_records import RecordMaking
from kg.relation_rules import RelationRule
from kg.relation_words import opposed, quantity
from kg.schema import EntityType, Modality, Relation

__all__ = ["NounReading"]

# Prepositions that put something onto a list: "added the firms *to* its blacklist".
_ONTO_PREPS = frozenset(("to", "on", "onto"))


class NounReading(ArgumentReading, RecordMaking):
    """Reads relations written as nouns, for a finder (kg.relations.RelationFinder) over its ``rules``."""

    def _noun(self, ctx: DocContext, rule: RelationRule, noun: Token, doc_id: str) -> list[Relation]:
        """"the deployment of North Korean troops to Russia", "Russia's invasion of Ukraine",
        "launched attacks on Kharkiv", "talks between Putin and Kim", "sanctions against Iran"."""
        ctx.sides = frozenset()
        if noun.lemma_.lower() == "call" and any(c.pos_ == "VERB" and c.i > noun.i and any(
                a.dep_ == AUX and a.lower_ == "to" for a in c.children) for c in noun.children):
            return []   # "calls from Washington and Kyiv to reconsider": an appeal, not a phone call
        theme, sources, targets = self._noun_arguments(ctx, rule, noun)
        ctx.sides = frozenset(sources)
        # "pressed an offensive near Pokrovsk": where it was made
        near = NEAR_PREPS if not rule.symmetric and EntityType.PLACE in rule.target else ()
        targets += self._targets(ctx, noun, (*rule.target_preps, *near), rule.target, rule)
        if rule.symmetric:
            sources, targets = self._noun_sides(ctx, rule, noun, sources, targets)
        held = self._held_by(noun)
        if held is not noun:   # "a round of sanctions against Belarus", "a wave of strikes on"
            targets += self._targets(ctx, held, rule.target_preps, rule.target, rule)
        sources, targets = self._by_governing_verb(ctx, rule, held, sources, targets)
        # "flew to Washington for his first summit with Trump": what one travels for is still to come
        intended = rule.symmetric and held.dep_ == POBJ and held.head.lower_ == "for" \
            and held.head.head.lemma_.lower() in self.rules.travel_verbs
        occasion = self._occasion(rule, held, sources, targets)
        if occasion is not None:
            sources += [e for s in self._subjects(occasion) for e in self._entities(ctx, s, rule.source, rule)
                        if e not in sources and e not in targets]
        # (or to the list it names: "added 37 tankers to its sanctions list")
        listed = noun.head if noun.dep_ == COMPOUND and noun.head.pos_ == "NOUN" else noun
        if not targets and not rule.symmetric and listed.dep_ == POBJ and listed.head.lower_ in _ONTO_PREPS \
                and listed.head.head.pos_ == "VERB":
            # "the United States added 140 Chinese companies to its blacklist": the verb's subject
            # put its object there
            verb = listed.head.head
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

    def _noun_arguments(self, ctx: DocContext, rule: RelationRule,
                        noun: Token) -> tuple[Token | None, list[str], list[str]]:
        """(theme, sources, targets) under the noun itself: its modifiers ("Russia's invasion"),
        "by"/"from" (who did it) and "of" (what was sent, or what was acted on)."""
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
        return theme, sources, targets

    def _noun_sides(self, ctx: DocContext, rule: RelationRule, noun: Token, sources: list[str],
                    targets: list[str]) -> tuple[list[str], list[str]]:
        """A symmetric noun's sides named around it: those who attend it and those "between"."""
        # "hosted the talks, which were attended by X and Y": those who attend are sides
        targets += [e for c in noun.children if c.dep_ in (RELCL, ACL) and c.lemma_.lower() in self.rules.attend_verbs
                    for a in c.children if a.dep_ == AGENT for p in a.children if p.dep_ == POBJ
                    for e in self._entities(ctx, p, rule.target, rule) if e not in targets]
        # "talks between Putin and Kim": both sides come with the preposition
        between = [p for c in noun.children if c.dep_ == PREP and c.lower_ == "between"
                   for p in c.children if p.dep_ == POBJ]
        if between:
            sources += [e for p in between for e in self._entities(ctx, p, rule.source, rule)]
            targets = [t for t in targets if t not in sources]
        return sources, targets

    def _by_governing_verb(self, ctx: DocContext, rule: RelationRule, held: Token, sources: list[str],
                           targets: list[str]) -> tuple[list[str], list[str]]:
        """Sources and targets the verb governing the noun (phrase) gives: a light verb ("launched
        attacks on"), a response or threat "with" it, a verb of undergoing."""
        lent = held.dep_ in ACTED_ON_DEPS and held.head.lemma_.lower() in (self.rules.light_verbs | set(rule.verbs))
        if not sources and lent:
            # "Russia launched attacks on", "the two leaders held talks", "sanctions were imposed by",
            # "the EU adopted a new round of sanctions against"
            sources = [e for s in self._subjects(held.head) if held.dep_ == DOBJ
                       for e in self._entities(ctx, s, rule.source, rule)]
            sources += [e for c in held.head.children if c.dep_ == AGENT for p in c.children
                        if p.dep_ == POBJ for e in self._entities(ctx, p, rule.source, rule)]
            targets += self._targets(ctx, held.head, rule.target_preps, rule.target, rule)
        elif lent and not targets:   # "Russia, which has expanded its presence in Mali" (the verb holds "in")
            targets += self._targets(ctx, held.head, rule.target_preps, rule.target, rule)
        if not sources and not rule.symmetric and held.dep_ == POBJ and held.head.lower_ == "with" \
                and held.head.head.lemma_.lower() in self.rules.response_verbs:
            # "Pakistan responded with drone attacks on Indian sites", "the EU retaliated with sanctions on"
            sources = [e for s in held.head.head.children if s.dep_ in ACTIVE_SUBJECT_DEPS
                       for e in self._entities(ctx, s, rule.source, rule)]
        if not sources and not rule.symmetric and held.dep_ == POBJ and held.head.lower_ == "with" \
                and held.head.head.lemma_.lower() in self.rules.light_verbs:
            # "Britain threatened Iran with sanctions", "slapped Russia with sanctions": the subject
            # does it to the object
            verb = held.head.head
            sources = [e for s in self._subjects(verb) for e in self._entities(ctx, s, rule.source, rule)]
            targets += [e for o in verb.children if o.dep_ == DOBJ for e in self._entities(ctx, o, rule.target, rule)]
        if not rule.symmetric and held.dep_ == DOBJ and held.head.lemma_.lower() in self.rules.undergoing_verbs:
            targets, sources = self._undergone(ctx, rule, held.head, targets, sources)
        return sources, targets

    def _occasion(self, rule: RelationRule, held: Token, sources: list[str], targets: list[str]) -> Token | None:
        """The verb a meeting is the occasion of, when the meeting lacks a side: "Kenya and Ethiopia
        signed a pact after talks in Nairobi": who signed took part, whatever they did after it
        ("agreed to work toward a deal after talks" still met); "Frederiksen said ... during a visit
        by Zelensky": the host and the visitor; "after two weeks of talks"."""
        if rule.symmetric and len(sources) + len(targets) < 2 and held.dep_ == POBJ \
                and (held.head.lower_ in self.rules.occasion_preps or held.head.lower_ == "for"
                     and held.head.head.lemma_.lower() in self.rules.travel_verbs) and held.head.head.pos_ in ("VERB", "AUX"):
            return held.head.head
        return None

    def _undergone(self, ctx: DocContext, rule: RelationRule, verb: Token, targets: list[str],
                   sources: list[str]) -> tuple[list[str], list[str]]:
        """The sides of a relation noun its target undergoes: "Russia faces sanctions from the EU"
        (Russia the target); told of in a warning, its source is who warns, and "it" the one warned
        ("Washington warned Ankara that it would face sanctions")."""
        subjects = self._subjects(verb)
        warning = verb.head if verb.dep_ == CCOMP and verb.head.lemma_.lower() in self.rules.warning_verbs else None
        warned = [o for o in warning.children if o.dep_ in (DOBJ, DATIVE)] if warning is not None else []
        if warned and all(s.lower_ in ("it", "they") for s in subjects):
            subjects = warned
        targets = [e for s in subjects for e in self._entities(ctx, s, rule.target, rule)] or targets
        if not sources and warning is not None:
            sources = [e for s in self._subjects(warning) for e in self._entities(ctx, s, rule.source, rule)]
        return targets, [s for s in sources if s not in targets]

    def _held_by(self, noun: Token) -> Token:
        """The noun a relation noun is counted by or credited with, if any: "a fresh round of
        *sanctions*", "claimed responsibility for the *attack*"."""
        if noun.dep_ == POBJ and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self.rules.containers:
            return noun.head.head
        if noun.dep_ == POBJ and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in self.rules.credits:
            return noun.head.head
        return noun

    def _agent_noun(self, ctx: DocContext, rule: RelationRule, noun: Token, doc_id: str) -> list[Relation]:
        """A noun for the source itself, said of a name: "India, Armenia's main arms supplier",
        "India has become one of Armenia's main arms suppliers" (India supplied Armenia)."""
        ctx.sides = frozenset()
        said = noun.head if noun.dep_ == POBJ and noun.head.lower_ == "of" and quantity(noun.head.head) else None
        said = said.head if said is not None else noun   # "one of Armenia's suppliers"
        if said.dep_ == APPOS:
            named = [said.head]
        elif said.dep_ == ATTR and said.head.pos_ in ("VERB", "AUX"):
            named = self._subjects(said.head)
        else:
            return []
        sources = [e for t in named for e in self._entities(ctx, t, rule.source, rule)]
        ctx.sides = frozenset(sources)
        targets = [e for c in noun.children if c.dep_ == POSS for e in self._entities(ctx, c, rule.target, rule)]
        targets += self._targets(ctx, noun, rule.target_preps, rule.target, rule)   # "a major supplier to Poland"
        return self._make(ctx, rule, noun, sources, targets, doc_id, None)

    def _located_theme(self, ctx: DocContext, rule: RelationRule, theme: Token, doc_id: str) -> list[Relation]:
        """A theme placed somewhere: "North Korean troops in Kursk", "troops who were in Russia"."""
        if opposed(theme):
            return []
        ctx.sides = frozenset()
        owner = self._owner(ctx, theme, rule.source)
        if owner is None:
            remembered = ctx.theme_owner.get(rule.name)
            owner = remembered[1] if remembered and definite(theme) and ctx.near_paragraph(theme, remembered[0]) else None
        ctx.sides = frozenset([owner] if owner else [])
        targets = self._targets(ctx, theme, rule.target_preps, rule.target, rule)
        return self._make(ctx, rule, theme, [owner] if owner else [], targets, doc_id, theme) if targets else []
