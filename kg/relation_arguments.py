"""The arguments of a relation read off the parse: the entities a noun phrase names (the entity
and its conjuncts, its owner: "North Korean troops", "Pyongyang's soldiers", "troops from North
Korea"; "the army" of the country named before; a pronoun's antecedent; "there"; what a
description stands for, read by ``kg.relation_descriptions``), the entities prepositions
name ("to Russia", "in Russia's Kursk region"), a verb's subject or the subject of the verb it
continues, and whether a word is what a type moves ("troops", "10,000 of them").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.constants import (
    ACL, ACOMP, ACTIVE_SUBJECT_DEPS, ADVCL, ADVMOD, AGENT, ALL_SUBJECT_DEPS, AMOD, CC, COMPOUND, CONTINUED_VERB_DEPS,
    DET, DOBJ, NMOD, NOUN_MODIFIER_DEPS, NPADVMOD, PASSIVE_DEPS, PCOMP, PLACE_PREP_DEPS, POBJ, POSS, PREP, RELCL, THEME_WORD_DEPS,
    XCOMP)
from kg.relation_context import DocContext
from kg.relation_descriptions import ACTORS, AMONG, COUNTRY, DescriptionReading
from kg.relation_rules import RelationRule, RelationRules
from kg.relation_words import PRONOUNS, definite, hyphen_compound, opposed, quantity, type_of
from kg.schema import EntityType

__all__ = ["ACTORS", "COUNTRY", "IN_PREPS", "NEAR_PREPS", "ArgumentReading", "definite", "more_of", "more_of_named", "phrase"]

_THERE = frozenset(("there", "here"))
# Prepositions that place what they follow, whatever it is: "the waters *around* the shoal".
_LOCATING_PREPS = frozenset(("around", "near", "off", "outside", "along"))
# Prepositions that place what was acted on by what it is close to: "struck depots *near* Kisweh"
# (not "off": a tanker struck off Yemen is not in Yemen).
NEAR_PREPS = ("near", "outside", "around")
# Prepositions that put what they follow inside a place: "towns *inside* Armenia".
IN_PREPS = ("in", "inside", "within")
# Prepositions that aim at what they take, not place it: "sanctions *against*", "strikes *on*".
_AIMED_PREPS = frozenset(("against", "on", "at"))
_THEME_PRONOUNS = frozenset("them they those some".split())
# Words that add to what was named before: "*another* 1,500 soldiers", "*more* troops".
_MORE = frozenset(("another", "more", "additional", "extra", "further"))
# Prepositions before an -ing clause whose doer is the verb's object: "accused Iran *of* supplying",
# "barred the club *from* receiving", "charged him *with* smuggling" (not "met X *after* signing").
_OBJECT_DOER_PREPS = frozenset(("of", "from", "for", "into", "with"))
# Words for the part of what was named that is left: "its *remaining* jets", "the *last* of 24 jets".
_REST = frozenset(("remaining", "last", "rest", "remainder"))


class ArgumentReading(DescriptionReading):
    """Reads the arguments of relations for a finder (kg.relations.RelationFinder) over its ``rules``."""

    rules: RelationRules

    def _remember_owner(self, ctx: DocContext, token: Token) -> None:
        """The side whose troops (or other theme) were last named, for a later "they"/"them"."""
        if token.pos_ != "NOUN":
            return
        word = token.lower_   # (read once, not once per rule: a Python string each time)
        for rule in self.rules.types.values():
            if word in rule.theme:
                ctx.theme_seen[rule.name] = token.i
                if not opposed(token):
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
                    if type_of(eid) == EntityType.PERSON and EntityType.PERSON not in types and child.dep_ == POSS:
                        # "Haftar's forces": the force whose title the person holds
                        eid = ctx.held_by(eid, types) or eid
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
        owner = ctx.owner_of_body(token.lemma_.lower(), token, home=definite(token) and token.dep_ not in NOUN_MODIFIER_DEPS)
        return owner if owner and type_of(owner) in types else None

    def _entities(self, ctx: DocContext, token: Token, types: frozenset[str], rule: RelationRule,
                  place_of: bool = False) -> list[str]:
        """The entities a noun phrase names, for an argument of the given types: the entity
        itself and its conjuncts, their owners, a pronoun's antecedent, "there"."""
        out: list[str] = []
        for t in [token, *token.conjuncts, *_names_hung_before(ctx, token)]:
            eid = ctx.place(t, types) or ctx.ents.at(t)
            if eid is None and t.lower_ in PRONOUNS:
                group = ctx.antecedents(t, types, rule)   # "sanctions on them": all of those named together
                eid = group[0] if group else None
                out += [e for e in group[1:] if e not in out and ctx.fits(e, types)]
            elif eid is None and t.lower_ in _THERE:
                eid = ctx.last_place(t, types)
            elif eid is None and t.lemma_.lower() in self.rules.bodies and definite(t) and not any(
                    c.dep_ in NOUN_MODIFIER_DEPS for c in t.children) and (body := self._body(ctx, t, types)):
                # "the army had sent two brigades": the country's (not "the National Liberation Army")
                eid = body
            elif eid is None and (described := self._described(ctx, t, types, rule)):
                out += [e for e in described if e not in out]
            elif place_of and eid is None and self._is_place_noun(t) and (
                    located := self._targets(ctx, t, ("of", *IN_PREPS, "near"), types, rule)):
                out += located   # "a part of X in Y" (else whose: "shelled Indian villages")
                # and whose it is when the text says: "hit the southern Israeli city of Beersheba"
                owner = self._owner(ctx, t, types - {EntityType.PLACE}, rule) if EntityType.COUNTRY in types else None
                out += [owner] if owner and owner not in out else []
            elif type_of(eid) == EntityType.PERSON and EntityType.PERSON not in types and (held := ctx.held_by(eid, types)):
                eid = held   # what a minister does as minister, their country does
            elif eid is None or not ctx.fits(eid, types):
                eid = self._unnamed_side(ctx, t, types, rule, out)
            self._add_named(ctx, t, eid, types, rule, out)
        return out

    def _unnamed_side(self, ctx: DocContext, t: Token, types: frozenset[str], rule: RelationRule,
                      out: list[str]) -> str | None:
        """Whom a phrase naming no fitting entity stands for: its owner, whose "its" is, the side
        last named for "the troops", the country of "the army" or "the government". Adds the
        entities of an "of" phrase ("many of the soldiers") to ``out``."""
        # meeting someone's envoy or endorsement is not meeting them
        eid = self._owner(ctx, t, types, rule) if not rule.symmetric else None
        if eid is not None:   # "U.S. and British warplanes struck": each of those joined to it
            out += [e for e in self._joined_owners(ctx, t, eid, types) if e not in out]
        if eid is None and not rule.symmetric and t.lemma_.lower() not in self.rules.others:
            # "its forces fired on": whose "its" is (not "invaded its neighbour")
            eid = next((ctx.antecedent(c, types, rule) if c.lower_ != "whose" else _relative_head(ctx, t)
                        for c in t.children if c.dep_ == POSS and c.lower_ in (*PRONOUNS, "whose")), None)
        if eid is None and (t.lower_ in rule.theme or quantity(t)):
            eid = self._side_of_theme(ctx, t, types, rule, out)
        if eid is None:   # "the army struck", "supplied the military with jets"
            eid = self._body(ctx, t, types)
        if eid is None and t.lemma_.lower() in self.rules.governments and EntityType.COUNTRY in types:
            eid = _government_country(ctx, t)
        return eid

    def _side_of_theme(self, ctx: DocContext, t: Token, types: frozenset[str], rule: RelationRule,
                       out: list[str]) -> str | None:
        """The side a theme word ("the troops", "some 10,000 of them") belongs to: the entities of
        its "of" phrase (added to ``out``), else the side last named nearby."""
        for child in t.children:   # "some 10,000 of them", "many of the soldiers"
            if child.dep_ == PREP and child.lower_ == "of":
                out += [e for p in child.children if p.dep_ == POBJ
                        for e in self._entities(ctx, p, types, rule)]
        # "the troops", "these soldiers": the side last named (not "four battalions",
        # which are new to the text)
        remembered = ctx.theme_owner.get(rule.name)
        if not out and remembered and (definite(t) or more_of(t)) and ctx.near_paragraph(t, remembered[0]) \
                and type_of(remembered[1]) in types:
            return remembered[1]
        return None

    def _add_named(self, ctx: DocContext, t: Token, eid: str | None, types: frozenset[str], rule: RelationRule,
                   out: list[str]) -> None:
        """Adds to ``out`` the entity found for a word (a place's country where a country is
        meant), an envoy's country, and those named "among" it."""
        if type_of(eid) == EntityType.PLACE and EntityType.PLACE not in types:
            eid = ctx.capital_of(eid) or eid   # "signed a pact with Tbilisi": with Georgia
        if eid and ctx.fits(eid, types) and eid not in out:
            out.append(eid)
        if type_of(eid) == EntityType.PERSON and not rule.symmetric and (sent_by := ctx.represented(eid, self.rules.envoys)) \
                and sent_by not in out and ctx.fits(sent_by, types):
            out.append(sent_by)   # "declared Rasool persona non grata": the ambassador's country too
        # "banned a dozen Georgian officials, including Bidzina Ivanishvili": those named among them too
        out += [e for c in t.children if c.dep_ == PREP and c.lower_ in AMONG for p in c.children
                if p.dep_ == POBJ for e in self._entities(ctx, p, types, rule) if e not in out]

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
                    if obj.lemma_.lower() in self.rules.purposes:
                        continue   # "drones to Russia for its war in Ukraine": Ukraine receives nothing
                    found = len(out)
                    tokens, nearby = [obj], []
                    # what modifies a place locates it ("Russia's Kursk region"); a person's
                    # nationality does not ("met with Russian President Vladimir Putin")
                    place = type_of(ctx.ents.at(obj)) in (EntityType.PLACE, EntityType.COUNTRY) or self._is_place_noun(obj)
                    # what is aimed at is located where it is: "an air strike against the militants in the
                    # Hiran region"
                    # (or supplied where it is: "fuel to plants in the European Union"; not sanctioned where
                    # it is: "sanctions on five companies in mainland China" sanction the companies, not China)
                    located = not rule.symmetric and ctx.ents.at(obj) is None and (
                        EntityType.PLACE in types or obj.pos_ == "NOUN" and EntityType.PLACE in rule.target)
                    for mod in obj.children:
                        if place and mod.dep_ in NOUN_MODIFIER_DEPS:
                            tokens += phrase(mod)
                        elif mod.dep_ == POSS and ctx.ents.at(mod) is None and mod.lemma_.lower() in self.rules.groups \
                                and EntityType.PLACE in self.rules.groups[mod.lemma_.lower()] and not rule.symmetric:
                            # "drones at the city's main power station": the city named before
                            out += [e for e in self._described(ctx, mod, types, rule) if e not in out]
                        elif mod.dep_ == PREP and ((place and mod.lower_ in ("of", "in", *_LOCATING_PREPS))
                                                   or (rule.theme_located and mod.lower_ in _LOCATING_PREPS)
                                                   or (located and mod.lower_ in IN_PREPS)):
                            # "the waters around Scarborough Shoal", "a portion of Kursk region in Russia"
                            tokens += [t for p in mod.children if p.dep_ == POBJ for t in phrase(p)]
                        elif mod.dep_ == PREP and located and mod.lower_ in NEAR_PREPS \
                                and obj.lemma_.lower() not in self.rules.vehicles:
                            # "struck a post near Bambari": near there, and still whose it is (below);
                            # not what moves ("fired on a boat near the shoal" did not strike the shoal)
                            nearby += [t for p in mod.children if p.dep_ == POBJ for t in phrase(p)]
                    if ctx.ents.at(obj) is None and obj.lower_ not in PRONOUNS:
                        out += [e for e in self._described(ctx, obj, types, rule) if e not in out]
                    self._add_located(ctx, tokens, obj, types, rule, out)
                    # ("delivered jets to India's air force": India, for a type that places no theme)
                    # (not whose a request is: "deployed troops to its border at Washington's request")
                    if len(out) == found and ctx.ents.at(obj) is None and not rule.symmetric \
                            and obj.lemma_.lower() not in self.rules.requests \
                            and (child.lower_ in _AIMED_PREPS or EntityType.PLACE not in types
                                 or not rule.theme_located and not self._is_place_noun(obj)):
                        # "sanctions against Russian intelligence officers", "strikes on Israeli
                        # positions": whose they are (not "Russian-held territory", not "fighting
                        # in Niger's war")
                        owner = self._owner(ctx, obj, types - {EntityType.PLACE}, rule) or self._pronoun_owner(ctx, obj, types, rule)
                        if owner and not any(hyphen_compound(t) for t in obj.subtree if t.i < obj.i):
                            out.append(owner)
                            # "sanctions on Ethiopian and Eritrean officials": each of those joined to it
                            out += [e for e in self._joined_owners(ctx, obj, owner, types) if e not in out]
                        elif owner is None and obj.lemma_.lower() in self.rules.representatives:
                            # "sanctions on officials from both countries": whom they speak for
                            out += [e for c in obj.children if c.dep_ == PREP and c.lower_ in ("of", "from", "in")
                                    for p in c.children if p.dep_ == POBJ
                                    for e in self._described(ctx, p, types - {EntityType.PLACE}, rule) if e not in out]
                    self._add_located(ctx, nearby, obj, types, rule, out)
        return out

    @staticmethod
    def _joined_owners(ctx: DocContext, noun: Token, owner: str, types: frozenset[str]) -> list[str]:
        """The names joined to the one that owns a noun: "Ethiopian *and Eritrean* officials"."""
        return [e for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS and ctx.ents.at(c) == owner
                for j in c.conjuncts for e in [ctx.ents.at(j)] if e and e != owner and ctx.fits(e, types)]

    def _add_located(self, ctx: DocContext, tokens: list[Token], obj: Token, types: frozenset[str], rule: RelationRule,
                     out: list[str]) -> None:
        """Add to ``out`` the entities of the words that name or locate a preposition's object."""
        for t in tokens:
            if t.dep_ == POBJ and t.head.lower_ in ("with", "between") and t.head.head.lemma_.lower() in self.rules.edges:
                continue   # "along its border with Kosovo" is not in Kosovo
            eid = (ctx.place(t, types) or ctx.ents.at(t)) if not hyphen_compound(t) else None
            if type_of(eid) == EntityType.PLACE and EntityType.PLACE not in types:
                eid = ctx.capital_of(eid) or eid   # "signed a pact with Tbilisi": with Georgia
            if eid is None and t.lower_ in PRONOUNS and t is obj:
                group = ctx.antecedents(t, types, rule)   # "sanctions on them": all named together
                eid = group[0] if group else None
                out += [e for e in group[1:] if e not in out and ctx.fits(e, types)]
            if eid and ctx.fits(eid, types) and eid not in out:
                out.append(eid)

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
                    return ctx.antecedent(t, types - {EntityType.PLACE, EntityType.PERSON}, rule)
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
            if node.dep_ == ADVCL and node.tag_ == "VBG" and any(c.dep_ in PASSIVE_DEPS for c in node.head.children):
                break   # "were added to the list, barring Americans from dealing with them": not those added
            if (node.dep_ in CONTINUED_VERB_DEPS or node.dep_ == ACOMP) and node.head.i != node.i:
                node = node.head   # "Wang Yi is due to meet", "Egypt is ready to send": the verb's subject
                continue
            if node.dep_ == PCOMP and node.head.dep_ == PREP:
                # "China responded by banning ...", but "accused Iran of supplying": the object does it
                # (only after a preposition that says so: not "met Museveni, hours after signing a deal
                # with Tanzania", "reviewing options, including providing weapons")
                objects = [c for c in node.head.head.children if c.dep_ == DOBJ] if node.head.lower_ in _OBJECT_DOER_PREPS else []
                if objects:   # "the UAE, which it accuses of supplying the RSF": the UAE
                    return [_unrelative(o) for o in objects]
                if node.head.lower_ == "of" and node.head.head.dep_ == RELCL:
                    # "three individuals it accuses of supplying engines": the individuals
                    return [node.head.head.head]
                node = node.head.head
                if node.dep_ == NPADVMOD and node.head.i != node.i:
                    node = node.head   # "met X on Tuesday, a day after holding talks with Y": who met
                elif node.dep_ == DOBJ and node.pos_ == "NOUN":
                    # "was reviewing options, including providing weapons to Ukraine", "raised the
                    # possibility of sending troops": who weighs them
                    node = node.head
                continue
            break
        return []

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
        if quantity(token) or token.lemma_.lower() in self.rules.containers:
            # "10,000 of them", "140 tonnes of food", "a tranche of aid"
            return any(p.lower_ in rule.theme or p.lemma_.lower() in rule.theme or p.lower_ in pronouns for c in token.children
                       if c.dep_ == PREP and c.lower_ == "of" for p in c.children if p.dep_ == POBJ)
        if token.lemma_.lower() in self.rules.vehicles and any(
                self._is_theme(ctx, o, rule) for c in token.children if c.dep_ == ACL
                and c.lemma_.lower() in self.rules.carrying_verbs for o in c.children if o.dep_ == DOBJ):
            return True   # "a navy ship carrying 80 tonnes of relief supplies"
        # a theme word inside the noun's phrase ("a memorandum on the purchase of jets"), not in a
        # clause that describes it ("an action plan to expand trade ahead of the review of their pact")
        return any(t.lower_ in rule.theme for t in phrase(token)
                   if t.dep_ in THEME_WORD_DEPS and t.i != token.i)


def phrase(token: Token) -> list[Token]:
    """The words of a noun phrase without the clauses that describe it: "the coast of Trat
    province" but not ", where marines repelled a Cambodian incursion"."""
    clauses = [c for c in token.subtree if c.dep_ in (RELCL, ACL) and c.i != token.i]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in token.subtree if t.i not in inside]


def _names_hung_before(ctx: DocContext, token: Token) -> list[Token]:
    """Names joined to a name by "and" that the parser hung as its modifier: "met Foreign Minister
    Cho Tae-yul and Defense Minister Kim Yong-hyun" (Cho, under "Kim")."""
    own = ctx.ents.at(token)
    return [c for c in token.children if c.dep_ == NMOD and c.i < token.i and any(cc.dep_ == CC for cc in c.children)
            and ctx.ents.at(c) not in (None, own)]


def _relative_head(ctx: DocContext, noun: Token) -> str | None:
    """Whose "whose" is: the name its relative clause describes ("Burundi, whose troops have
    served in the country")."""
    node = noun
    while node.dep_ != RELCL and node.head.i != node.i:
        node = node.head
    return ctx.ents.at(node.head) if node.dep_ == RELCL else None


def _unrelative(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the UAE, *which* it accuses of supplying"): the
    head of the relative clause it opens; any other word is itself."""
    if token.tag_ not in ("WDT", "WP"):
        return token
    node = token
    while node.dep_ != RELCL and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == RELCL else token


def more_of_named(theme: Token) -> bool:
    """More of, or part of, what was named before: "another 60 troops", "its remaining jets", "four of
    the systems", "the last of 24 F-16 jets"."""
    if more_of(theme) or any(c.lower_ in _REST for c in theme.children if c.dep_ in (AMOD, "nummod")):
        return True
    return (theme.lower_ in _REST or quantity(theme)) and any(
        c.dep_ == PREP and c.lower_ == "of" and (theme.lower_ in _REST or any(definite(p) for p in c.children if p.dep_ == POBJ))
        for c in theme.children)


def more_of(noun: Token) -> bool:
    """ "another 1,500 soldiers", "more troops", "additional forces": more of what was named before."""
    return any(c.lower_ in _MORE for c in noun.children if c.dep_ in (DET, AMOD)) or any(
        c.lower_ in _MORE for n in noun.children if n.dep_ == "nummod" for c in n.children if c.dep_ in (DET, AMOD, "quantmod"))


def _government_country(ctx: DocContext, government: Token) -> str | None:
    """The country a government word stands for: "the Trump administration imposed sanctions" (the
    country whose title its leader holds), "The government deployed troops to Garoua" (the one last
    named, else the story's own)."""
    eid = next((held for c in government.children if c.dep_ in (COMPOUND, POSS)
                and type_of(ctx.ents.at(c)) == EntityType.PERSON
                for held in [ctx.held_by(ctx.ents.at(c), COUNTRY)] if held), None)
    if eid is None and definite(government) and not any(c.dep_ in NOUN_MODIFIER_DEPS for c in government.children):
        eid = ctx.government_before(government) or ctx.home
    return eid
