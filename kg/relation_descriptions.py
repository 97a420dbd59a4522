"""What a noun that is not a name stands for, as a relation's argument: "the two countries" (the
last two named, else the two the story is about), "the Indonesian leader" (the person named before
with that title), "Sudan's army chief Abdel Fattah al-Burhan" (the person the title names), at a
meeting "the leaders of the party" or "Egyptian officials" (whom they speak for), "the country",
"the militants", "the commission" (the last of that kind named)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.constants import (
    ACL, ACTIVE_SUBJECT_DEPS, ALL_SUBJECT_DEPS, AMOD, APPOS, CASE, DET, NAME_LINK_DEPS, NOUN_MODIFIER_DEPS, POBJ,
    POSS, PREP, RELCL)
from kg.relation_context import DocContext
from kg.relation_roles import is_title_word
from kg.relation_rules import RelationRule, RelationRules
from kg.relation_words import definite, type_of
from kg.schema import EntityType

__all__ = ["DescriptionReading"]

# Prepositions that name some of a group: "officials, *including* X".
AMONG = frozenset(("including", "among"))
# Who has an army or a government: "Sudan's army", "the RSF's leadership".
ACTORS = frozenset((EntityType.COUNTRY, EntityType.ORGANIZATION))
COUNTRY = frozenset((EntityType.COUNTRY,))


class DescriptionReading:
    """Reads descriptions for kg.relation_arguments.ArgumentReading, whose ``_owner`` (whose a noun is)
    it asks."""

    rules: RelationRules

    def _described(self, ctx: DocContext, noun: Token, types: frozenset[str], rule: RelationRule) -> list[str]:
        """The entities a noun that is not a name stands for: "the two countries" (the last two
        named), "Sudan's army chief Abdel Fattah al-Burhan" (the person the title names), "the
        Indonesian leader" (the person named before with that title), and for a meeting "the
        leaders of the party", "Egyptian officials" (whom they speak for)."""
        lemma = noun.lemma_.lower()
        beside = _names_beside(ctx, noun)
        if lemma in self.rules.groups and noun.tag_ in ("NNS", "NNPS") and any(
                c.lower_ in ("two", "both") for c in noun.children):
            return self._the_two(ctx, noun, self.rules.groups[lemma] & types)
        if lemma in self.rules.groups and EntityType.COUNTRY in self.rules.groups[lemma] & types \
                and (person := self._whose_person(ctx, noun, rule)):
            # "Malaysia's defence minister said his country would deploy": the country of his title
            held = ctx.held_by(person, COUNTRY)
            return [held] if held else []
        if noun.lower_ in ("two", "both") and noun.dep_ in ALL_SUBJECT_DEPS and not any(
                c.dep_ == PREP for c in noun.children):
            # "Lamola met Wang Yi, and the two signed an agreement": the last two of the kind named last
            last = ctx.last_kind(noun, types)
            return ctx.last_two(noun, frozenset([last])) if last else []
        # "the South American bloc Mercosur", "the militant group Hamas": the name after its description
        if not rule.symmetric and lemma in self.rules.envoys:
            # "expelled the French ambassador, Joel Meyer": what is done to an envoy is done to
            # whom they represent
            owner = self._owner(ctx, noun, types - {EntityType.PERSON}, rule)
            if owner:
                return [owner]
        named = _named_by_description(ctx, noun, beside, types)
        if named:   # one for "the minister, X"; all for "the ministers, X and Y"
            return named if noun.tag_ in ("NNS", "NNPS") else named[:1]
        if is_title_word(noun):
            if EntityType.PERSON in types and definite(noun) and noun.tag_ in ("NN", "NNP"):
                holders = [e for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS for e in [ctx.ents.at(c)] if e]
                person = ctx.role_holder(noun, holders)
                if person:
                    return [person]
        if rule.symmetric and (lemma in self.rules.representatives or lemma in self.rules.bodies) and not any(
                type_of(ctx.ents.at(c)) == EntityType.PERSON for c in beside) and not _before_a_person(ctx, noun):
            return self._spoken_for(ctx, noun, types, rule)
        members = lemma in self.rules.members and noun.tag_ in ("NNS", "NNPS")
        if (members or (lemma in self.rules.groups and noun.tag_ in ("NN", "NNP"))) and not is_title_word(noun) \
                and any(c.dep_ == DET and c.lower_ == "the" for c in noun.children) \
                and all(c.dep_ in (DET, AMOD, RELCL, ACL, CASE) and ctx.ents.at(c) is None for c in noun.children):
            # "delivered gas supplies to the country", "a strike against the militants": the last
            # one named, not a side already
            # "The country also sent troops": as the one acting, the last that acted (not "to the country")
            last = ctx.last_one(noun, ACTORS - {EntityType.COUNTRY} if members else self.rules.groups[lemma] & types,
                                lemma in self.rules.businesses or noun.dep_ in ACTIVE_SUBJECT_DEPS)
            return [last] if last and type_of(last) in types else []
        if noun.tag_ == "NN" and noun.dep_ in ALL_SUBJECT_DEPS and any(
                c.dep_ == DET and c.lower_ == "the" for c in noun.children):
            described = ctx.described(noun, types, lemma in self.rules.businesses)   # "the commission said"
            return [described] if described else []
        return []

    @staticmethod
    def _whose_person(ctx: DocContext, noun: Token, rule: RelationRule) -> str | None:
        """The person "his", "her" before a noun stands for ("his country")."""
        poss = next((c for c in noun.children if c.dep_ == POSS and c.lower_ in ("his", "her")), None)
        return ctx.antecedent(poss, frozenset((EntityType.PERSON,)), rule) if poss is not None else None

    def _the_two(self, ctx: DocContext, noun: Token, kinds: frozenset[str]) -> list[str]:
        """Whom "the two ministers", "the two countries", "the two sides" stand for."""
        titled = ctx.last_two_titled(noun, noun.lemma_.lower()) if EntityType.PERSON in kinds else []
        if titled:   # "hosted the two ministers": the last two named with that title
            return titled
        if kinds == COUNTRY and (people := self._two_people_before(ctx, noun)):
            # "Talon met Tinubu, and the two countries signed": theirs, else no one can tell
            held = [self._country_of(ctx, p) for p in people]
            return held if all(held) and held[0] != held[1] else []
        last = ctx.last_kind(noun, kinds) if len(kinds) > 1 else None   # "the two sides": of one kind
        main = ctx.main_two(kinds) if kinds == COUNTRY else []
        in_sentence = {e for t in ctx.mention_tokens(noun.sent) if t.i < noun.left_edge.i
                       for e in [ctx.ents.at(t)] if type_of(e) in kinds and e not in ctx.sides}
        if main and len(in_sentence) < 2 and set(main) <= set(ctx.named_before(noun, kinds)):
            # the two the story is about, when both were just named and the sentence names no two
            # of its own: not a third country named beside them ("Kyrgyz and Tajik ministers are to
            # meet in the Uzbek capital ... The two countries signed a treaty")
            return main
        # named far before, "the two countries" are the two the story is about
        return ctx.last_two(noun, frozenset([last]) if last else kinds) or main

    def _spoken_for(self, ctx: DocContext, noun: Token, types: frozenset[str], rule: RelationRule) -> list[str]:
        """Whom representatives at a meeting speak for: "Sudan's army signed a truce with" (but "met
        the WHO's representative, Alaka Singh": her); "the foreign ministers of Armenia and
        Azerbaijan signed": each country ("corps commanders from India and China held talks")."""
        owners = [e for c in noun.children if c.dep_ == PREP and c.lower_ in ("of", "from") for p in c.children
                  if p.dep_ == POBJ for t in [p, *p.conjuncts] for e in [ctx.ents.at(t)]
                  if e and type_of(e) in types - {EntityType.PERSON}]
        # ("commanders from both sides": the two the description stands for)
        owners = owners or [e for c in noun.children if c.dep_ == PREP and c.lower_ in ("of", "from")
                            for p in c.children if p.dep_ == POBJ and ctx.ents.at(p) is None
                            for e in self._described(ctx, p, types - {EntityType.PERSON}, rule)]
        owner = self._owner(ctx, noun, types, rule)
        if len(owners) > 1:
            return list(dict.fromkeys(owners))
        # "Saudi and Houthi negotiators held talks": each of those joined to the owner
        return [owner, *self._joined_owners(ctx, noun, owner, types)] if owner else []

    def _country_of(self, ctx: DocContext, person: str) -> str | None:
        """The country whose title a person holds, as far as the text has said: a government title
        that names no country ("President Patrice Talon") is the dateline's."""
        held = ctx.held_by(person, COUNTRY)
        if held is None and ctx.home and any(eid == person and any(
                w.lemma_.lower() in self.rules.national_titles for w in words) for _, _, eid, _, words in ctx.unheld):
            return ctx.home
        return held

    @staticmethod
    def _two_people_before(ctx: DocContext, noun: Token) -> list[str]:
        """The last two people the sentence names before a word, if it names two."""
        people = list(dict.fromkeys(e for t in ctx.mention_tokens(noun.sent) if t.i < noun.i
                                    for e in [ctx.ents.at(t)] if type_of(e) == EntityType.PERSON))
        return people[-2:] if len(people) >= 2 else []


def _before_a_person(ctx: DocContext, title: Token) -> bool:
    """A title set right before the name it is given ("host Ethiopian Foreign Minister Tesfaye
    Woldemariam", where the parser made the title an object of its own): the person's, not whom
    they speak for."""
    return title.i + 1 < len(title.doc) and type_of(ctx.ents.at(title.nbor(1))) == EntityType.PERSON

def _names_beside(ctx: DocContext, noun: Token) -> list[Token]:
    """The words naming whom a description stands for, set beside it: an apposition (also of its
    prepositional phrase: "the WHO's representative in Sri Lanka, Alaka Singh") or, after a title
    and a comma, a name the parser hung elsewhere ("met Qatar's emir, Sheikh Tamim, in Doha")."""
    # (each name of a list set beside a plural: "her Estonian and Latvian counterparts, Hanno Pevkur and Andris Spruds")
    beside = [n for c in noun.children if c.dep_ == APPOS for n in (c, *c.conjuncts)] + [
        a for c in noun.children if c.dep_ == PREP and c.lower_ not in AMONG for p in c.children if p.dep_ == POBJ
        for a in p.children if a.dep_ == APPOS]
    if not beside and is_title_word(noun) and noun.i + 2 < len(noun.doc) and noun.nbor(1).text == ",":
        name = noun.nbor(2)
        while is_title_word(name) and ctx.ents.at(name) is None and name.i + 1 < len(noun.doc):
            name = name.nbor(1)
        beside = [name]
    return beside


def _named_by_description(ctx: DocContext, noun: Token, beside: list[Token], types: frozenset[str]) -> list[str]:
    """The entities a description names with it, a person first after a title: "the militant group
    Hamas", "the African Union Commission chairman, Mahmoud Ali Youssouf", "the commander of the
    force UNIFIL, Aroldo Lazaro"."""
    named = [ctx.ents.at(c) for c in noun.children if c.dep_ in NAME_LINK_DEPS and type_of(ctx.ents.at(c)) in types
             and (c.i > noun.i or is_title_word(noun))]
    named += [ctx.ents.at(c) for c in beside if is_title_word(noun) and type_of(ctx.ents.at(c)) == EntityType.PERSON
              and EntityType.PERSON in types and ctx.ents.at(c) not in named]
    # "the African Union Commission chairman, Mahmoud Ali Youssouf": the person the title names
    named.sort(key=lambda e: type_of(e) != EntityType.PERSON or not is_title_word(noun))
    if not named and is_title_word(noun):
        # "the commander of the force UNIFIL, Aroldo Lazaro": the name set after the title's "of"
        named = [ctx.ents.at(a) for c in noun.children if c.dep_ == PREP and c.lower_ == "of"
                 for p in c.children if p.dep_ == POBJ for a in p.children
                 if a.dep_ == APPOS and type_of(ctx.ents.at(a)) == EntityType.PERSON and EntityType.PERSON in types]
    return named
