"""What a word of a relation points back to: a pronoun's antecedent, "there", "the country", "the
two leaders", "the company" (the last entity of a kind named before it, in its paragraph)."""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.constants import ALL_SUBJECT_DEPS, APPOS, COMPOUND, CONJ, POSS, RELCL
from kg.entities import DocEntities
from kg.relation_rules import RelationRule
from kg.relation_words import GROUP_PRONOUNS, IT, PERSON_PRONOUNS, acting, governing_verb, main_clause, qualifies, type_of
from kg.schema import EntityType
from kg.sentences import sentence_of


class References:
    """The reading of back-references, over what ``kg.relation_context.DocContext`` keeps of the
    document: its entities, their mentions in order, its paragraphs and the sides of the relation
    being read."""

    ents: DocEntities
    sentence_of: dict[int, int]
    paragraph: dict[int, int]
    mentions: list[tuple[int, str]]
    names: dict[str, str]
    roles: list[tuple[int, str, str, str]]
    theme_owner: dict[str, tuple[int, str]]
    sides: frozenset[str]

    def near_paragraph(self, a: Token, b: int) -> bool:
        """Token index ``b`` is in the paragraph of ``a`` or the one before: news paragraphs are
        often one sentence, and "the troops" points back across them."""
        here = self.paragraph.get(self.sentence_of.get(a.i))
        there = self.paragraph.get(self.sentence_of.get(b))
        return here is not None and there is not None and 0 <= here - there <= 1

    def same_paragraph(self, a: Token, b: int) -> bool:
        return self.paragraph.get(self.sentence_of.get(a.i)) == self.paragraph.get(self.sentence_of.get(b))

    def last_two(self, token: Token, types: frozenset[str]) -> list[str]:
        """The two entities of these types named last before a word in its paragraph or the one
        before ("South Korea delivered tanks to Poland after the two countries signed ..."), not
        sides the relation already has ("Trump hosted the two leaders"), or none when fewer were
        named."""
        found = self.named_before(token, types)[:2]
        return found[::-1] if len(found) == 2 else []

    def named_before(self, token: Token, types: frozenset[str]) -> list[str]:
        """The entities of these types named before a word's phrase in its paragraph or the one
        before, the last named first, not sides the relation already has; not the words of the
        phrase itself ("the two former *Soviet* republics" are not the Soviet Union)."""
        found: list[str] = []
        start = token.left_edge.i
        for i, eid in reversed(self.mentions):
            if i >= start:
                continue
            if not self.near_paragraph(token, i):
                break
            if type_of(eid) in types and eid not in found and eid not in self.sides:
                found.append(eid)
        return found

    def last_two_titled(self, token: Token, title_word: str) -> list[str]:
        """The last two people named before a word, in its paragraph or the one before, with a title
        that has the word ("Foreign Minister X and her counterpart, Y ... hosted the two ministers")."""
        found: list[str] = []
        for i, person, _, title in reversed(self.roles):
            if i < token.i and self.near_paragraph(token, i) and person not in found and person not in self.sides \
                    and title_word in title.lower().replace("-", " ").split():
                found.append(person)
                if len(found) == 2:
                    return found[::-1]
        return []

    def last_kind(self, token: Token, types: frozenset[str]) -> str | None:
        """The type of the entity of these types named last before a word (by its name, not an
        adjective), in its paragraph or the one before."""
        for i, eid in reversed(self.mentions):
            if i < token.i and self.near_paragraph(token, i) and type_of(eid) in types and token.doc[i].pos_ != "ADJ":
                return type_of(eid)
            if i < token.i and not self.near_paragraph(token, i):
                return None
        return None

    def last_one(self, token: Token, types: frozenset[str], acting_first: bool = False) -> str | None:
        """The entity of these types named last before a word ("to the country"), in its paragraph
        or the one before, that is not already a side of the relation being read; by its name, not
        an adjective ("Rwandan President Paul Kagame" does not make Rwanda "the country"), nor one
        that acts in the same sentence ("Kenya and Djibouti will send soldiers, and Burundi, whose
        troops have served in the country ...": Somalia, named before). "The company" is the last
        organisation that acted, if one did and ``acting_first`` (a company word): "CATL, which supplies Tesla and BMW, is expanding
        abroad ... Ford signed a deal with the company" (CATL)."""
        doc = token.doc
        last = None
        for i, eid in reversed(self.mentions):
            if i >= token.i:
                continue
            if not self.near_paragraph(token, i):
                break
            # not a name compounded with a noun: "the Red Sea city" is not the Red Sea (but "Congo's
            # health minister said the country" is Congo)
            if type_of(eid) in types and eid not in self.sides and doc[i].pos_ != "ADJ" \
                    and not (self._name_end(doc[i]).dep_ == COMPOUND and qualifies(self._name_end(doc[i]))) \
                    and not (i >= sentence_of(token).start and acting(doc[i])):
                if not acting_first or acting(doc[i]):
                    return eid
                last = last or eid
        return last

    def _name_end(self, token: Token) -> Token:
        """The last word of the name a word is part of ("Sea" of "Red Sea")."""
        eid, doc = self.ents.at(token), token.doc
        while token.i + 1 < len(doc) and self.ents.at(doc[token.i + 1]) == eid:
            token = doc[token.i + 1]
        return token

    def antecedent(self, pronoun: Token, types: frozenset[str], rule: RelationRule) -> str | None:
        """What a pronoun stands for: the owner of the type's last theme ("some 10,000 of them"),
        else the last entity of a fitting type named before it in the same paragraph."""
        found = self.antecedents(pronoun, types, rule)
        return found[0] if found else None

    def antecedents(self, pronoun: Token, types: frozenset[str], rule: RelationRule) -> list[str]:
        """``antecedent``; for "they", "them", "their" the names last named together, if any, else
        the last name: "Mali, Burkina Faso and Niger left ECOWAS, the bloc that had imposed sanctions
        on them" (all three, not ECOWAS)."""
        persons = pronoun.lower_ in PERSON_PRONOUNS
        owner = self.theme_owner.get(rule.name)
        if not persons and pronoun.lower_ not in IT and owner and self.same_paragraph(pronoun, owner[0]) \
                and type_of(owner[1]) in types:   # ("it" is read by its own rule: the subject before it)
            return [owner[1]]
        if pronoun.lower_ in IT:
            return self._it(pronoun, types)
        last: list[str] = []
        for i, eid in reversed(self.mentions):
            if i >= pronoun.i or not self.same_paragraph(pronoun, i):
                continue
            kind = type_of(eid)
            if kind in types and pronoun.lower_ in GROUP_PRONOUNS:
                # people named together are "they" too: "Albanese and Trump signed the deal at the
                # White House, in their first meeting" (not the White House)
                joined = self._joined(pronoun.doc[i], types)
                if len(joined) > 1:
                    return joined
            if kind in types and (kind == EntityType.PERSON) == persons:
                if pronoun.lower_ not in GROUP_PRONOUNS:
                    return [eid]
                last = last or [eid]
        return last

    def _it(self, pronoun: Token, types: frozenset[str]) -> list[str]:
        """What "it" / "its" stands for: as a subject or possessor, the country or organisation
        that was the subject before it, in its sentence or the one before ("The United States has
        given Colombia $14 billion. It has also deployed warships"; "Hon Hai has approached Renault.
        Its chairman said"); as an object, the last one named that is not its own verb's subject
        ("the United States provided the mission's funding and supplied it with vehicles")."""
        sentence = self.sentence_of.get(pronoun.i, -1)
        own_verb = governing_verb(pronoun)
        if pronoun.dep_ in ALL_SUBJECT_DEPS and own_verb.dep_ == CONJ:
            # "Algeria has cut gas supplies to Spain since Madrid endorsed the plan, and it supplies
            # more gas to Italy": the subject of the clause it is joined to
            joined = [self.ents.at(c) for c in own_verb.head.children if c.dep_ in ALL_SUBJECT_DEPS]
            if joined and joined[0] and type_of(joined[0]) in types and joined[0] not in self.sides:
                return [joined[0]]
        last: str | None = None
        embedded: str | None = None
        aside: str | None = None
        for i, eid in reversed(self.mentions):
            if i >= pronoun.i:
                continue
            if not self.same_paragraph(pronoun, i) or self.sentence_of.get(i, -1) < sentence - 1:
                break
            word = pronoun.doc[i]
            if word.pos_ == "ADJ" and acting(word.head):
                word = word.head   # "The Israeli military said it had hit": the military is Israel's
            if type_of(eid) not in types or type_of(eid) == EntityType.PERSON or word.pos_ == "ADJ" or eid in self.sides:
                continue   # the UN "imposed sanctions on several of its leaders": not its own
            if pronoun.dep_ in ALL_SUBJECT_DEPS or pronoun.dep_ == POSS:
                # the subject of a main clause before one inside what is reported: "The Atomic Energy
                # Agency said Rosatom would lead the consortium. Its head, X, said" (the agency's)
                if acting(word) and (main_clause(word) or self.sentence_of.get(i, -1) == sentence):
                    return [eid]
                if acting(word) and embedded is None:
                    embedded = eid
                # not what a relative clause says of another name, while that name may be meant:
                # "Malaysia, which chairs ASEAN, offered to mediate. Its foreign minister" (Malaysia's)
                if _in_relative_clause(word):
                    aside = aside or eid
                else:
                    last = last or eid
            elif not (acting(word) and governing_verb(word) is own_verb) and not qualifies(word):
                return [eid]   # not a name that only qualifies a noun ("U.S. lawmakers urged ... to bar it")
        return [embedded] if embedded else [last] if last else [aside] if aside else []

    def _joined(self, token: Token, types: frozenset[str]) -> list[str]:
        """The names of these types joined with a name's word: "Mali, Burkina Faso and Niger"
        (which the parser may join by apposition)."""
        first = token
        while first.dep_ in (CONJ, APPOS) and first.head.i != first.i and self.ents.at(first.head):
            first = first.head
        words = [first]
        for word in words:   # grows as it goes: the conjuncts and appositions of each
            words += [c for c in word.children if c.dep_ in (CONJ, APPOS) and c not in words]
        return list(dict.fromkeys(e for w in words for e in [self.ents.at(w)] if e and type_of(e) in types))

    def described(self, noun: Token, types: frozenset[str], acting_first: bool = False) -> str | None:
        """What "the group" / "the commission" / "the country" points back to, in the paragraph
        or the one before: the last organisation (or country) named with that word ("the
        commission" -> "European Commission"), else the last one of the type the noun describes;
        an institution word ("the ministry") only points to one named with it; with
        ``acting_first`` (a company word), the last one that acted, if one did."""
        lemma = noun.lemma_.lower()
        kind = EntityType.COUNTRY if lemma in lexicon.DESCRIBES_COUNTRY else EntityType.ORGANIZATION
        # "the commission", "the ministry", "the centre": only one named so ("the centre of Poltava")
        only_named = lemma in lexicon.DESCRIBES_INSTITUTION or (
            lemma in lexicon.ORG_HEADS and lemma not in lexicon.DESCRIBES_ORGANIZATION)
        if kind not in types or not (only_named or lemma in lexicon.DESCRIBES_COUNTRY
                                     or lemma in lexicon.DESCRIBES_ORGANIZATION):
            return None
        fitting = [(i, eid) for i, eid in reversed(self.mentions) if i < noun.i and self.near_paragraph(noun, i)
                   and type_of(eid) == kind]
        named = [eid for _, eid in fitting if lemma in self.names.get(eid, "").lower().split()]
        if named or only_named:
            return named[0] if named else None
        # a business that acted before other organisations named: "TSMC will invest ..., Trump
        # announced at the White House alongside the company's chief executive" (TSMC)
        actors = [eid for i, eid in fitting if acting_first and acting(noun.doc[i])]
        return actors[0] if actors else fitting[0][1] if fitting else None

    def last_place(self, token: Token, types: frozenset[str]) -> str | None:
        """The place "there" points back to: the last one named in an earlier sentence of the
        paragraph (its own sentence names the actors)."""
        for i, eid in reversed(self.mentions):
            if i < sentence_of(token).start and self.same_paragraph(token, i) \
                    and type_of(eid) in types & {EntityType.PLACE, EntityType.COUNTRY}:
                return eid
        return None


def _in_relative_clause(word: Token) -> bool:
    """The word is inside a relative clause ("Malaysia, which chairs *ASEAN*,")."""
    return any(a.dep_ == RELCL for a in word.ancestors)
