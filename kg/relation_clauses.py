"""The clause forms a relation is written in: a verb clause, active or passive ("troops were sent to
Mali by Senegal"), a reduced relative ("troops sent to Russia"), a purpose clause ("sent to
reinforce units in"), a free relative ("struck what officials called camps"), read by the verb's
role: sending or moving, receiving, or acting on its object. The noun forms are in
``kg.relation_nouns``; the arguments come from ``kg.relation_arguments``.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg.constants import (
    ACL, ADVCL, AGENT, ALL_SUBJECT_DEPS, AMOD, APPOS, ATTR, AUX, CCOMP, COMPOUND, CONJ, DATIVE, DOBJ,
    NAME_LINK_DEPS, NMOD, NOUN_CLAUSE_DEPS, NOUN_MODIFIER_DEPS, NSUBJPASS, OPRD, PASSIVE_DEPS, POBJ, PREP,
    PURPOSE_DEPS, RELCL, THEME_WORD_DEPS, XCOMP)
from kg.relation_arguments import IN_PREPS, NEAR_PREPS, ArgumentReading, phrase
from kg.relation_context import DocContext
from kg.relation_records import RecordMaking
from kg.relation_rules import RelationRule
from kg.relation_words import quantity, type_of
from kg.schema import EntityType, Modality, Relation

__all__ = ["ClauseReading"]

_PERSON = frozenset((EntityType.PERSON,))


@dataclasses.dataclass(frozen=True)
class _ClauseArguments:
    """A verb clause's words read actively: its children, whether it is passive, who acts
    (subjects) and what is acted on (objects)."""
    children: list[Token]
    passive: bool
    subjects: list[Token]
    objects: list[Token]


class ClauseReading(ArgumentReading, RecordMaking):
    """Reads relations written as verb clauses, for a finder (kg.relations.RelationFinder) over its ``rules``."""

    def _verb(self, ctx: DocContext, rule: RelationRule, role: str, verb: Token, doc_id: str,
              particle: str | None) -> list[Relation]:
        clause = self._clause_arguments(verb, particle)
        ctx.sides = frozenset()
        if role == "transfer" and self._moves_itself(ctx, rule, clause):
            role = "motion"   # "troops moved to the border", "ships transferred to"
        if role == "mutual":
            return self._exchanged(ctx, rule, verb, clause, doc_id)
        if role in ("transfer", "motion"):
            read = self._sent(ctx, rule, role, verb, particle, clause)
        elif role == "receive":
            read = self._received(ctx, rule, verb, clause)
        else:
            read = self._acted_on(ctx, rule, verb, clause)
        if read is None:
            return []
        theme, sources, targets = read
        if rule.symmetric and not sources:
            sources, targets = self._sides_between(ctx, rule, verb, theme, targets)
        found = self._make(ctx, rule, verb, sources, targets, doc_id, theme)
        if rule.symmetric and verb.lemma_.lower() in self.rules.gathering_verbs and len(set(targets) - set(sources)) > 1:
            # "Qatar will host the Ethiopian minister and an Eritrean envoy": the guests meet each other
            found += self._make(ctx, rule, verb, [t for t in targets if t not in sources], [], doc_id, theme)
        if role == "transfer" and not rule.symmetric:
            found += self._gapped(ctx, rule, verb, sources, targets, theme, doc_id)
        if rule.symmetric and self._travelled_for(verb):
            found = [dataclasses.replace(r, modality=Modality.PLANNED.value, hypothetical=True)
                     if r.modality == Modality.ASSERTED.value else r for r in found]
        return found

    def _gapped(self, ctx: DocContext, rule: RelationRule, verb: Token, sources: list[str], targets: list[str],
                theme: Token | None, doc_id: str) -> list[Relation]:
        """The relations of a clause that leaves its verb unsaid, a second theme joined to the verb with
        its own sender before it: "The EU pledged 180 million euros and *Britain 120 million pounds*"."""
        found: list[Relation] = []
        for gap in (c for c in verb.children if c.dep_ == CONJ and c.pos_ in ("NOUN", "NUM") and c is not theme
                    and self._is_theme(ctx, c, rule)):
            owner = self._owner(ctx, gap, rule.source, rule)
            if owner and owner not in sources and owner not in targets:
                ctx.sides = frozenset([owner])
                found += self._make(ctx, rule, verb, [owner], list(targets), doc_id, gap)
        return found

    def _exchanged(self, ctx: DocContext, rule: RelationRule, verb: Token, clause: _ClauseArguments,
                   doc_id: str) -> list[Relation]:
        """A relation each side does to the other, when what is exchanged is an instrument or act of
        the type: "Kyrgyzstan and Tajikistan exchanged artillery fire", "Armenian and Azerbaijani troops
        traded fire", "Indian troops exchanged fire with Pakistani forces" (not "exchanged prisoners")."""
        if not any(self._instrument(o, rule) for o in clause.objects):
            return []
        sides: list[str] = []
        withs = [p for c in clause.children if c.dep_ == PREP and c.lower_ == "with" for p in c.children if p.dep_ == POBJ]
        for side in [*clause.subjects, *withs]:
            found = self._entities(ctx, side, rule.source, rule)
            # "Armenian and Azerbaijani troops": each owner joined to the first
            found += [e for f in found[:1] for e in self._joined_owners(ctx, side, f, rule.source) if e not in found]
            sides += [e for e in found if e not in sides]
        ctx.sides = frozenset(sides)
        return self._make(ctx, rule, verb, sides, sides, doc_id, None) if len(sides) > 1 else []

    def _moves_itself(self, ctx: DocContext, rule: RelationRule, clause: _ClauseArguments) -> bool:
        """A verb of sending whose subject is what moves, with nothing sent as its object: "troops
        moved to the border", "ships transferred to"."""
        return not clause.passive and not any(self._is_theme(ctx, o, rule) for o in clause.objects) \
            and any(s.lower_ in rule.theme or s.lemma_.lower() in rule.theme for s in clause.subjects)

    def _sent(self, ctx: DocContext, rule: RelationRule, role: str, verb: Token, particle: str | None,
              clause: _ClauseArguments) -> tuple[Token | None, list[str], list[str]] | None:
        """(theme, sources, targets) of a clause of sending or moving; None when the rule needs
        something sent and the clause sends none of it."""
        theme, targets = self._sent_theme(ctx, rule, role, verb, particle, clause)
        if theme is None and rule.theme:
            return None
        sources = self._senders(ctx, rule, role, theme, clause.subjects)
        if rule.symmetric and len(sources) < 2:   # "Tokyo Electron and Tata Electronics signed", parsed as one name
            sources += [e for s in clause.subjects for e in _names_joined(ctx, s, rule.source) if e not in sources]
        # who only sent this before is not where it goes: "El Salvador will send soldiers to Haiti, and
        # Guatemala has pledged police. Jamaica has a contingent in the country" (Haiti)
        ctx.sides = frozenset(sources) | ctx.only_senders(rule)
        targets += self._destinations(ctx, rule, role, verb, particle, theme, clause)
        return theme, sources, targets

    def _sent_theme(self, ctx: DocContext, rule: RelationRule, role: str, verb: Token, particle: str | None,
                    clause: _ClauseArguments) -> tuple[Token | None, list[str]]:
        """What is sent (or what moves), and the receivers a "with" theme implies ("provided
        Ukraine with weapons": Ukraine)."""
        children, objects = clause.children, clause.objects
        targets: list[str] = []
        pool = objects if role == "transfer" else clause.subjects
        if role == "transfer" and verb.dep_ == RELCL and not objects:
            pool = [verb.head]   # "a deal Mirziyoyev reached with Putin", "the shells Pyongyang sent to"
        if particle and role == "transfer":   # "agreed on a ceasefire": what the particle takes
            pool = pool + [p for c in children if c.dep_ == PREP and c.lower_ == particle
                           for p in c.children if p.dep_ == POBJ]
        theme = next((t for t in pool if self._is_theme(ctx, t, rule)), None)
        if theme is None and verb.lemma_.lower() in rule.equipment_verbs:
            # "where Moscow has stationed Iskander missiles", "deployed F-35 jets to the Caribbean"
            theme = next((t for t in pool if _equipment(t, rule.equipment)), None)
        if theme is None and role == "transfer":
            # "provided Ukraine with weapons", "gave Ukraine weapons"
            withs = [p for c in children if c.dep_ == PREP and c.lower_ == "with"
                     for p in c.children if p.dep_ == POBJ]
            theme = next((t for t in withs if self._is_theme(ctx, t, rule)), None)
            if theme is not None:
                targets += [e for o in objects for e in self._entities(ctx, o, rule.target, rule)]
        return theme, targets

    def _senders(self, ctx: DocContext, rule: RelationRule, role: str, theme: Token | None,
                 subjects: list[Token]) -> list[str]:
        """Who sends: the subject ("Turkish Aerospace will supply KAAN jets"), else whose the
        theme is, else an entity in the theme itself."""
        sources: list[str] = []
        if role == "transfer":
            sources += [e for s in subjects for e in self._entities(ctx, s, rule.source, rule)]
        if sources and theme is not None and rule.theme_located:
            # "Moscow has deployed thousands of North Korean soldiers to Kursk": whose troops they are
            owner = self._owner(ctx, theme, rule.source, rule)
            sources = [owner] if owner and type_of(owner) == EntityType.COUNTRY else sources
        owner = self._owner(ctx, theme, rule.source, rule) if theme is not None and not sources else None
        sources += [owner] if owner else []
        if not sources and theme is not None:
            sources += self._entities(ctx, theme, rule.source, rule)
        return sources

    def _destinations(self, ctx: DocContext, rule: RelationRule, role: str, verb: Token, particle: str | None,
                      theme: Token | None, clause: _ClauseArguments) -> list[str]:
        """Where (or to whom) something is sent or moves: the verb's target prepositions, the
        theme's, a place taken as object, an indirect object, a purpose clause, "where"."""
        children, objects = clause.children, clause.objects
        targets: list[str] = []
        prep_holders = [verb] + ([o for o in objects if o.lemma_.lower() == particle] if particle else [])
        for holder in prep_holders + (self._theme_holders(theme, rule) if role == "transfer" else []):
            targets += self._targets(ctx, holder, rule.target_preps, rule.target, rule)
        if role == "motion" and particle is None:   # "occupying a part of the Kufra district" (not "training Ukrainian pilots")
            targets += [e for o in objects if ctx.ents.at(o) or self._is_place_noun(o)
                        for e in self._entities(ctx, o, rule.target, rule, place_of=True)]
        datives = [c for c in children if c.dep_ == DATIVE and c.pos_ != "ADP"]
        targets += [e for d in datives for e in self._entities(ctx, d, rule.target, rule)]
        targets += self._purpose_targets(ctx, rule, verb, children, theme)
        if verb.dep_ == RELCL and any(c.lower_ == "where" for c in children):
            targets += self._entities(ctx, verb.head, rule.target, rule)
        return targets

    def _purpose_targets(self, ctx: DocContext, rule: RelationRule, verb: Token, children: list[Token],
                         theme: Token | None = None) -> list[str]:
        """Targets in a purpose clause: "sent to reinforce units in Kursk", "to secure the capital
        Bangui", also one the parser hung on what is sent ("deployed two frigates and a minehunter to
        patrol its Black Sea coast")."""
        sent = [theme, *theme.conjuncts] if theme is not None and rule.theme_located else []
        # (an infinitive: not "delivered gas to the country after Gazprom cut deliveries to Transnistria")
        purposes = [c for c in children if c.dep_ in PURPOSE_DEPS and c.i > verb.i
                    and any(a.dep_ == AUX and a.lower_ == "to" for a in c.children)]
        purposes += [c for t in sent for c in t.children if c.dep_ in (RELCL, ACL) and c.i > t.i
                     and any(a.dep_ == AUX and a.lower_ == "to" for a in c.children)]
        targets: list[str] = []
        for purpose in purposes:
            targets += self._targets(ctx, purpose, rule.target_preps, rule.target, rule)
            for obj in (c for c in purpose.children if c.dep_ == DOBJ):
                targets += self._targets(ctx, obj, rule.target_preps, rule.target, rule)
                if self._is_place_noun(obj) or type_of(ctx.ents.at(obj)) == EntityType.PLACE:
                    targets += [e for t in [obj, *(c for c in obj.children if c.dep_ in NAME_LINK_DEPS)]
                                for e in [ctx.ents.at(t)] if type_of(e) == EntityType.PLACE]
        return targets

    def _received(self, ctx: DocContext, rule: RelationRule, verb: Token,
                  clause: _ClauseArguments) -> tuple[Token | None, list[str], list[str]] | None:
        """(theme, sources, targets) of a clause of receiving ("imports gas from Russia"): the
        subject receives; None when the rule needs something received and there is none."""
        sources: list[str] = []
        targets = [e for s in clause.subjects for e in self._entities(ctx, s, rule.target, rule)]
        ctx.sides = frozenset(targets)
        theme = next((t for t in clause.objects if self._is_theme(ctx, t, rule)), None)
        if rule.theme and theme is None:
            return None
        # "imports gas from Russia", the parser may hang it on "gas" (or on what a number counts:
        # "buys most of its weapons from Israel and Turkey")
        holders = [verb, *([theme, *_counted(theme)] if theme is not None else [])]
        for prep in rule.source_preps or ("from",):
            sources += [e for h in holders for e in self._targets(ctx, h, (prep,), rule.source, rule) if e not in sources]
        if not sources and theme is not None and self._owner(ctx, theme, rule.source):
            sources.append(self._owner(ctx, theme, rule.source))
        return theme, sources, targets

    def _acted_on(self, ctx: DocContext, rule: RelationRule, verb: Token,
                  clause: _ClauseArguments) -> tuple[Token | None, list[str], list[str]] | None:
        """(None, sources, targets) of a clause acting directly on its object ("struck",
        "sanctioned", "met"); None when the clause is no such act."""
        subjects, objects = clause.subjects, clause.objects
        if verb.lemma_.lower() in rule.instrument_verbs and objects and not any(
                self._instrument(o, rule) for o in objects):
            return None   # "launched an armoured brigade in Lithuania", "fired the minister"
        if rule.symmetric and any((o.lower_ in rule.nouns or o.lemma_.lower() in rule.nouns) and any(
                c.dep_ == PREP and c.lower_ == "between" for c in o.children) for o in objects):
            return None   # "Oman could host talks between Iranian and British officials": the talks' sides meet
        measures = self._measures(verb, subjects)
        if measures and not self.rules.measures & rule.nouns:
            return None   # "the EU measures target seven entities": a measure of another kind, no attack
        if verb.lemma_.lower() in rule.measure_verbs and not any(
                m.lower_ in rule.nouns or m.lemma_.lower() in rule.nouns for m in measures):
            return None   # "missiles targeted Kyiv", "the EU's digital rules target U.S. companies": no sanction
        sources = self._actors(ctx, rule, subjects, objects)
        earlier: list[str] | None = None
        if measures and not sources:   # "The EU imposed sanctions on ... The measures freeze the assets of": the EU's
            sources, earlier = self._imposer(ctx, rule, measures[0])
        ctx.sides = frozenset(sources)
        targets = [e for o in objects for e in self._entities(ctx, o, rule.target, rule, place_of=True)]
        if earlier is not None:   # "the sanctions freeze their assets": theirs, on whom they were imposed
            named = {ctx.ents.at(t) for t in ctx.mention_tokens(verb.sent)}
            targets = [t for t in targets if t in named] or earlier
        # (not for what a type sends: "is financing a solar plant in Samarkand" funds no place)
        if (not rule.symmetric or not set(targets) - set(sources)) and not rule.theme:
            targets = self._where_acted_on(ctx, rule, verb, objects, sources, targets)
        # "struck camps near Kidal", the parser hanging "near" on the verb (not "fired on a boat near the shoal")
        # (nor where the ship was, the parser hanging it on the verb: "seized a tanker in the Strait of Hormuz",
        # "fired water cannon at a boat near a shoal")
        struck = [o for o in objects if not self._instrument(o, rule)] + [
            p for c in verb.children if c.dep_ == PREP and c.lower_ in ("at", "on", "against")
            for p in c.children if p.dep_ == POBJ]
        ship_only = bool(struck) and all(o.lemma_.lower() in self.rules.vehicles for o in struck)
        near = NEAR_PREPS if not rule.symmetric and not ship_only and any(
            o.lemma_.lower() not in self.rules.vehicles for o in objects) else ()
        preps = tuple(p for p in rule.target_preps if p not in IN_PREPS) if ship_only else rule.target_preps
        targets += self._targets(ctx, verb, (*preps, *near), rule.target, rule)
        targets += [e for e in self._effect_places(ctx, verb, rule) if e not in targets]
        if rule.symmetric and not targets and (len(sources) < 2 or objects):
            return None   # "Macron and Scholz met" (not "Meloni and Crosetto visited the troops")
        return None, sources, targets

    def _measures(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """The measures of law or policy a clause tells of: its subjects ("the EU measures target"),
        or for a participle clause the act it goes with ("adopted a round of sanctions against
        Belarus, *targeting* Belavia"; "sanctions *targeting* banks")."""
        measures = [s for s in subjects if s.lemma_.lower() in self.rules.measures]
        if not measures and verb.tag_ == "VBG" and verb.dep_ in (ADVCL, ACL):
            acts = [o for o in verb.head.children if o.dep_ == DOBJ] if verb.dep_ == ADVCL else [verb.head]
            acts += [p for a in acts if a.lemma_.lower() in self.rules.containers for c in a.children
                     if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ]
            measures = [a for a in acts if a.lemma_.lower() in self.rules.measures]
            measures += [p for m in measures for c in m.children if c.dep_ == PREP and c.lower_ == "of"
                         for p in c.children if p.dep_ == POBJ and p.lemma_.lower() in self.rules.measures]
        return measures

    def _imposer(self, ctx: DocContext, rule: RelationRule, measure: Token) -> tuple[list[str], list[str] | None]:
        """Who imposes a measure of the type's own kind: its owner ("the EU measures"), else the source of
        the type's last relation, in its paragraph or the one before ("The EU imposed sanctions on four
        companies ... The measures freeze the assets of"), with that relation's targets."""
        owner = self._owner(ctx, measure, rule.source, rule)
        whole = ctx.whole.get(rule.name)
        if owner:
            return [owner], None
        return (list(whole[2]), list(whole[1])) if whole and ctx.near_paragraph(measure, whole[0]) else ([], None)

    def _actors(self, ctx: DocContext, rule: RelationRule, subjects: list[Token], objects: list[Token]) -> list[str]:
        """Who acts: the subjects' entities, or those modifying a subject noun the parser made of
        the act itself; for a meeting, the people joined to a lone subject."""
        sources = [e for s in subjects for e in self._entities(ctx, s, rule.source, rule)]
        if not sources:   # "Thai shelling had hit villages", where the parser made the noun a verb
            sources = [e for s in subjects if s.lower_ in rule.nouns for c in s.children
                       if c.dep_ in (*NOUN_MODIFIER_DEPS, *ALL_SUBJECT_DEPS)
                       for e in [ctx.ents.at(c)] if type_of(e) in rule.source]
        if rule.symmetric and len(sources) < 2 and not objects:
            sources += [e for s in subjects for e in _names_joined(ctx, s, _PERSON) if e not in sources]
        return sources

    def _where_acted_on(self, ctx: DocContext, rule: RelationRule, verb: Token, objects: list[Token],
                        sources: list[str], targets: list[str]) -> list[str]:
        """The targets with where what was acted on is: "struck an oil refinery in Volgograd",
        "sanctioned two banks in Myanmar" (not for a meeting: "met officials in Egypt")."""
        # ("hit weapons depots near Kisweh": where it is, but not "a tanker off Yemen")
        preps = rule.target_preps if rule.symmetric else (*rule.target_preps, *IN_PREPS, "across", "throughout",
                                                          *NEAR_PREPS)
        # ("launched drones and missiles at Ukraine": the preposition may hang on a later conjunct)
        acted_on = [*objects, *(c for o in objects for c in o.conjuncts if c not in objects)]
        # (where a ship or a plane was is not what was struck: "seized a tanker in the Strait of Hormuz",
        # "fired water cannon at a boat near a shoal in the South China Sea")
        moving = [o for o in acted_on if o.lemma_.lower() in self.rules.vehicles and not self._instrument(o, rule)]
        targets = [t for t in targets if t not in sources] + [
            e for o in acted_on if ctx.ents.at(o) is None and o not in moving
            for e in self._targets(ctx, o, preps, rule.target, rule)]
        if not targets and objects and not rule.symmetric and len(moving) < len(acted_on):
            # the parser may hang "in Myanmar" on the verb
            # (or on a free relative's: "struck what New Delhi called camps in Pakistan")
            targets = [e for holder in dict.fromkeys((verb, *(o.head for o in objects if o.dep_ != DOBJ)))
                       for e in self._targets(ctx, holder, IN_PREPS, rule.target, rule)]
        return targets

    def _sides_between(self, ctx: DocContext, rule: RelationRule, verb: Token, theme: Token | None,
                       targets: list[str]) -> tuple[list[str], list[str]]:
        """Both sides of a symmetric relation named with "between": "a ceasefire agreed in Doha
        between Ethiopia and Eritrea"."""
        between = [p for holder in (verb, theme) if holder is not None for c in holder.children
                   if c.dep_ == PREP and c.lower_ == "between" for p in c.children if p.dep_ == POBJ]
        sources = [e for p in between for e in self._entities(ctx, p, rule.source, rule)]
        return sources, [t for t in targets if t not in sources]

    def _travelled_for(self, verb: Token) -> bool:
        """A purpose of travel: what one travels for is still to come ("travelled to Moscow to meet
        Putin")."""
        return verb.dep_ in (ADVCL, XCOMP) and verb.head.lemma_.lower() in self.rules.travel_verbs \
            and any(c.dep_ == AUX and c.lower_ == "to" for c in verb.children)

    def _clause_arguments(self, verb: Token, particle: str | None) -> _ClauseArguments:
        """The clause's subjects and objects read actively (a passive's agent as subject)."""
        children = list(verb.children)   # (a Token per child, on each walk: walked a dozen times below)
        passive = any(c.dep_ in PASSIVE_DEPS for c in children) or (
            verb.dep_ == ACL and verb.tag_ == "VBN")
        reduced = verb.dep_ in NOUN_CLAUSE_DEPS and not any(c.dep_ in ALL_SUBJECT_DEPS for c in children)
        subjects = [c for c in children if c.dep_ == NSUBJPASS] if passive else self._subjects(verb)
        if passive and not subjects and verb.dep_ == XCOMP:
            # "soldiers are expected to be sent to Russia": the subject of the verb it completes
            subjects = self._subjects(verb)
        objects = [c for c in children if c.dep_ == DOBJ]
        # "fined Meta a record 1.2 billion euros": who is acted on, before what it is acted on with
        objects = [c for c in children if c.dep_ == DATIVE and c.pos_ in ("PROPN", "NOUN") and objects] + objects
        if particle:   # "declared Rasool persona non grata", parsed as a clause of the particle's
            objects += [s for p in children if p.lemma_.lower() == particle and p.pos_ in ("VERB", "NOUN")
                        for s in p.children if s.dep_ in ALL_SUBJECT_DEPS]
            # "froze the assets of X and Y": whose the particle's object is
            objects += [p for o in objects if o.lemma_.lower() == particle for c in o.children
                        if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ]
        if objects:   # "attacked villages and a faction of the rebels": a second object the parser joined to the verb
            objects += [c for c in children if c.dep_ == CONJ and c.pos_ in ("NOUN", "PROPN") and c.i > objects[0].i]
        else:   # "struck what New Delhi called terrorist camps in Pakistan"
            objects = _free_relative(verb)
        agents = [p for c in children if c.dep_ == AGENT for p in c.children if p.dep_ == POBJ]
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
        return _ClauseArguments(children, passive, subjects, objects)

    def _effect_places(self, ctx: DocContext, verb: Token, rule: RelationRule) -> list[str]:
        """Where what an act did happened: "launched missiles at Ukraine, killing seven people in
        Kharkiv and damaging power plants in the Zaporizhzhia region" (Kharkiv, Zaporizhzhia)."""
        out: list[str] = []
        clauses = [e for c in verb.children if c.dep_ == ADVCL for e in (c, *c.conjuncts)]
        for effect in (c for c in clauses if c.lemma_.lower() in rule.effects):
            done_to = [o for c in effect.children if c.dep_ == DOBJ for o in (c, *c.conjuncts)]
            for holder in (effect, *done_to):
                out += [e for e in self._targets(ctx, holder, ("in", *NEAR_PREPS), rule.target, rule) if e not in out]
        return out

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
            return [t for t in phrase(theme) if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        # the things sent with it too: "sent 1,000 tents and 15 tonnes of food to Kabul"
        # ("a ship carrying supplies to Chittagong": what carries it holds the target too)
        return [theme, *theme.conjuncts, *(c for c in theme.children if (c.dep_ == ACL and (
            c.lemma_.lower() in rule.verbs or c.lemma_.lower() in self.rules.carrying_verbs))
                                           or (c.dep_ == AMOD and c.i > theme.i)),
                # "deploy 200 soldiers of the Royal Regiment to northern Kosovo", the parser hanging "to" on the regiment
                *(p for c in theme.children if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ)]


def _names_joined(ctx: DocContext, subject: Token, types: frozenset[str]) -> list[str]:
    """The two entities of these types a subject joins with "and" where the parser did not make
    them conjuncts ("Brazilian President Luiz Inácio Lula da Silva and Argentine President Javier
    Milei met", "Tokyo Electron and Tata Electronics signed", parsed as one name)."""
    words = list(subject.subtree)
    if not any(t.lower_ == "and" and t.pos_ == "CCONJ" for t in words):
        return []
    named = [e for t in words for e in [ctx.ents.at(t)] if type_of(e) in types and _in_name_chain(t, subject)]
    named = list(dict.fromkeys(named))
    return named if len(named) == 2 else []


def _in_name_chain(token: Token, top: Token) -> bool:
    """A word linked to ``top`` by name parts and conjunctions only: not "the wife *of* Macron"."""
    node = token
    while node.i != top.i:
        if node.dep_ not in (COMPOUND, CONJ, APPOS, NMOD) or node.head.i == node.i:
            return False
        node = node.head
    return True


def _counted(token: Token) -> list[Token]:
    """What a number or quantifier counts: "most *of its weapons*", "some *of the troops*"."""
    return [p for c in token.children if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ] \
        if quantity(token) else []


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
