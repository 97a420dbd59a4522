"""What the relation rules of one document share, and the word-level helpers they use: its
paragraphs, what a pronoun or "there" points back to, the last relation missing a side, and the
count, unit and day read off a relation's words."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import ALL_SUBJECT_DEPS, AMOD, APPOS, CCOMP, COMPOUND, CONJ, NMOD, POBJ, POSS, PREP, UNIT_WORD_DEPS, XCOMP
from kg.dates import is_day_expression, resolve_day
from kg.entities import DocEntities
from kg.gazetteer import gazetteer
from kg.identity import entity_id
from kg.relation_places import add_place, place_span
from kg.relation_rules import RelationRule
from kg.schema import EntityRef, EntityType, Statement
from kg.sentences import SentenceEntities, doc_text, sentence_of, sentence_spans

_PLURAL_PRONOUNS = frozenset("they them their it its some".split())
PERSON_PRONOUNS = frozenset("he she him her his".split())
PRONOUNS = _PLURAL_PRONOUNS | PERSON_PRONOUNS
_GROUP_PRONOUNS = frozenset("they them their".split())
_IT = frozenset(("it", "its"))
_QUANTIFIERS = frozenset("some many most all several dozens hundreds thousands none few".split())
_OPPONENT_PREPS = ("against", "with", "by")


@lru_cache(maxsize=4096)
def type_of(eid: str | None) -> str | None:
    """The entity type of an entity id ("country:kp" -> "Country"); asked for every mention."""
    return EntityRef.from_id(eid).type.value if eid else None


class DocContext:
    """What one document's rules share: its entities, paragraphs and what was last named."""

    def __init__(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], published: str | None,
                 statements: Iterable[Statement] = (), dateline: Sequence[str] = ()):
        self.ents = ents
        # entities other records name: a place read from context may not take their last mention
        self.in_use: set[str] = {e for st in statements for e in (st.speaker, *st.about, *st.reported_by)}
        self.sentence_of = sentence_of
        self.published = date.fromisoformat(published) if published else None
        self.paragraph: dict[int, int] = {}    # sentence index -> paragraph number
        number, previous_end = 0, 0
        text = doc_text(doc)
        for sent in sentence_spans(doc):
            if "\n" in text[previous_end:sent.start_char]:
                number += 1
            self.paragraph[sentence_of.get(sent.start, -1)] = number
            # a blank line may end the sentence before ("...in December.\n\n"): where its words end
            previous_end = sent.start_char + len(text[sent.start_char:sent.end_char].rstrip())
        self.sentence_ents = SentenceEntities.of_doc(doc)
        self._days: dict[int, tuple[str | None, str | None]] = {}
        self.mentions = sorted(ents.by_token.items())    # (token index, entity id)
        self._mention_at = [i for i, _ in self.mentions]
        self.names = {e.id: e.name for e in ents.entities}
        self.theme_owner: dict[str, tuple[int, str]] = {}   # rule name -> (token index, owner)
        self.theme_seen: dict[str, int] = {}   # rule name -> token index of its last theme word
        # rule name -> (token index, sources, targets) of the last relation missing one side
        self.partial: dict[str, tuple[int, list[str], list[str]]] = {}
        self.whole: dict[str, tuple[int, list[str], list[str]]] = {}   # rule name -> (trigger index, targets, sources) of the last whole one
        self.roles: list[tuple[int, str, str, str]] = []   # (token index, person, holder, title) so far
        self.body_owner: dict[str, str] = {}   # "army" -> whose army was last named ("Sudan's army")
        self.last_body: tuple[int, str] | None = None   # (token index, owner) of the last owned body
        self.governments: list[tuple[int, str]] = []   # (token index, country) of "Taiwan's government"
        # titled people whose title names no holder: (name token, person, title, title words)
        self.unheld: list[tuple[Token, str, str, list[Token]]] = []
        self.home = home_country(ents, dateline)   # the country the story is filed from
        # the sides the relation being read has so far: "the country" is not one of them
        self.sides: frozenset[str] = frozenset()

    def place(self, token: Token, types: frozenset[str]) -> str | None:
        """The place a target word names where the entity rules gave none or cut it ("the town of
        Tillaberi", "Port Sudan"): added to the document's entities (see kg.relation_places)."""
        if EntityType.PLACE not in types or token.pos_ != "PROPN":
            return None
        span = place_span(self.ents, token)
        if span is None:
            return None
        eid = add_place(self.ents, span, self.sentence_of.get(span.start, 0), self.in_use)
        self.mentions = sorted(self.ents.by_token.items())
        self._mention_at = [i for i, _ in self.mentions]
        self.names[eid] = span.text
        return eid

    def remember_role(self, i: int, person: str, holder: str, title: str) -> None:
        self.roles.append((i, person, holder, title))

    def capital_of(self, place: str) -> str | None:
        """The country a capital city stands for, if the text names that country."""
        country = gazetteer().capital(self.names.get(place, ""))
        eid = entity_id(EntityType.COUNTRY, country.code.lower()) if country else None
        return eid if eid in self.names else None

    def country_of(self, place: str) -> str | None:
        """The country a city or region is in, by the gazetteer, if the text names that country."""
        name = self.names.get(place, "")
        known = gazetteer().city(name) or gazetteer().region(name)
        eid = entity_id(EntityType.COUNTRY, known.country.lower()) if known else None
        return eid if eid in self.names else None

    def held_by(self, person: str, types: frozenset[str]) -> str | None:
        """The country or organisation a person holds a title of, as the text has named it so far."""
        return next((holder for _, who, holder, _ in self.roles if who == person and type_of(holder) in types), None)

    def represented(self, person: str, envoys: frozenset[str]) -> str | None:
        """The country or organisation a person is named an envoy of ("South Africa's ambassador,
        Ebrahim Rasool"), so far in the text."""
        return next((holder for _, who, holder, title in self.roles
                     if who == person and any(w in envoys for w in title.lower().split())), None)

    def role_holder(self, title: Token, holders: list[str]) -> str | None:
        """The person a definite title points back to: "the Turkish foreign minister" is the last
        person named with a title of Turkey's that has the word, else ("the Indonesian leader")
        with any title of Indonesia's; "the president" the last one named president."""
        before = [r for r in reversed(self.roles) if r[0] < title.i and (not holders or r[2] in holders)]
        same_word = [person for _, person, _, held in before if title.lower_ in held.lower().split()]
        if same_word:
            return same_word[0]
        return before[0][1] if before and holders else None

    def owner_of_body(self, lemma: str, token: Token, home: bool = True) -> str | None:
        """Whose "the army" is: the owner named with one before ("Sudan's army"), else the owner of
        the armed body named last in the paragraph or the one before ("The Thai army ..., and the
        navy"), else (``home``) the country the story is filed from."""
        owner = self.body_owner.get(lemma)
        if owner is None and self.last_body and self.near_paragraph(token, self.last_body[0]):
            owner = self.last_body[1]
        return owner or (self.home if home else None)

    def government_before(self, token: Token) -> str | None:
        """The country whose government was named last before a word, in its paragraph."""
        return next((eid for i, eid in reversed(self.governments) if i < token.i and self.same_paragraph(token, i)),
                    None)

    def actor(self, sent: Span, types: frozenset[str], besides: str) -> str | None:
        """The first entity of these types that is a subject in the sentence, else in the one
        before it in the paragraph: whose doings a spokesman reports."""
        sentence = self.sentence_of.get(sent.start, -1)
        previous = [t for t in self.mention_tokens(sent.doc[max(0, sent.start - 80):sent.start])
                    if self.sentence_of.get(t.i) == sentence - 1 and self.same_paragraph(sent[0], t.i)]
        for tokens in (self.mention_tokens(sent), previous):
            for t in tokens:
                eid = self.ents.at(t)
                if eid != besides and type_of(eid) in types and (
                        acting(t) or t.dep_ in (AMOD, POSS, COMPOUND) and acting(t.head)):
                    return eid   # "The Nigerian army deployed ..., spokesman X said"
        return None

    def protagonist(self, doc: Doc) -> str | None:
        """The country that acts first in the story, by its name: "Germany on Thursday formally
        launched a brigade in Lithuania" (under a VILNIUS dateline)."""
        return next((eid for i, eid in self.mentions
                     if type_of(eid) == EntityType.COUNTRY and doc[i].pos_ != "ADJ" and acting(doc[i])), None)

    def topic(self, types: frozenset[str]) -> str | None:
        """The entity of these types the article is about: named most, three times or more, and
        more often than any other of them."""
        counts = sorted(((len(e.mentions), e.id) for e in self.ents.entities if type_of(e.id) in types), reverse=True)
        if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    def last_two(self, token: Token, types: frozenset[str]) -> list[str]:
        """The two entities of these types named last before a word in its paragraph or the one
        before ("South Korea delivered tanks to Poland after the two countries signed ..."), not
        sides the relation already has ("Trump hosted the two leaders"), or none when fewer were
        named."""
        found: list[str] = []
        for i, eid in reversed(self.mentions):
            if i >= token.i:
                continue
            if not self.near_paragraph(token, i):
                break
            if type_of(eid) in types and eid not in found and eid not in self.sides:
                found.append(eid)
                if len(found) == 2:
                    return found[::-1]
        return []

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
                    and not (self._name_end(doc[i]).dep_ == COMPOUND and _qualifies(self._name_end(doc[i]))) \
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

    def day_of(self, sent: Span) -> tuple[str | None, str | None]:
        """``day_of`` the sentence, read once per sentence."""
        if sent.start not in self._days:
            self._days[sent.start] = day_of(sent, self.published, self.sentence_ents.of(sent))
        return self._days[sent.start]

    def mention_tokens(self, span: Span) -> list[Token]:
        """The tokens of ``span`` that mention an entity, in order."""
        doc = span.doc
        lo, hi = bisect_left(self._mention_at, span.start), bisect_left(self._mention_at, span.end)
        return [doc[i] for i in self._mention_at[lo:hi]]

    def complete(self, rule: RelationRule, trigger: Token, sources: list[str], targets: list[str],
                 theme: Token | None) -> tuple[list[str], list[str]]:
        """A relation missing its actor or its place takes it from the sentence before, in the
        same paragraph, when that one stated the same kind of event with the other side
        missing: "Soldiers arrived in Niger on Monday. They were sent by Chad." Otherwise it is
        remembered for the next sentence. A clause joined to one with both sides takes the place
        it leaves unsaid ("deployed troops to Haiti, and Guatemala has sent a contingent"), and so
        does the next sentence of the paragraph when the same side acts again ("El Salvador will
        send 100 more soldiers to Haiti. It sent its first contingent in October")."""
        if rule.symmetric or theme is None:
            return sources, targets
        if sources and targets:
            self.whole[rule.name] = (trigger.i, targets, sources)
            return sources, targets
        if not sources and not targets:
            return sources, targets
        whole = self.whole.get(rule.name)
        joined = trigger
        while joined.dep_ in (CCOMP, XCOMP) and joined.head.i != joined.i:
            joined = joined.head   # "..., and the European Union said it would provide a further 50 million euros"
        if sources and whole and joined.dep_ == CONJ and joined.head.i == whole[0]:
            # "Kenya has deployed 800 officers to Haiti, and Guatemala and El Salvador have sent
            # smaller contingents": the clause joined to it leaves the place unsaid
            return sources, whole[1]
        last = self.partial.get(rule.name)
        sentence = self.sentence_of.get(trigger.i, -1)
        if sources and whole and set(sources) <= set(whole[2]) and self.sentence_of.get(whole[0], -1) == sentence - 1 \
                and self.same_paragraph(trigger, whole[0]):
            return sources, whole[1]
        if last and self.sentence_of.get(last[0], -1) == sentence - 1 and self.same_paragraph(trigger, last[0]) \
                and bool(last[1]) != bool(sources):
            return sources or last[1], targets or last[2]
        self.partial[rule.name] = (trigger.i, sources, targets)
        return sources, targets

    def fits(self, eid: str, types: frozenset[str]) -> bool:
        """An entity fits an argument of these types. One the entity rules typed as a person or
        an organisation also fits a place argument when GeoNames knows its whole name as a city
        ("Russian drones struck Kharkiv", where the model read "Kharkiv" as a person's name)."""
        kind = type_of(eid)
        if kind in types:
            return True
        return EntityType.PLACE in types and kind in (EntityType.PERSON, EntityType.ORGANIZATION) and \
            gazetteer().city(self.names.get(eid, "")) is not None

    def near_paragraph(self, a: Token, b: int) -> bool:
        """Token index ``b`` is in the paragraph of ``a`` or the one before: news paragraphs are
        often one sentence, and "the troops" points back across them."""
        here = self.paragraph.get(self.sentence_of.get(a.i))
        there = self.paragraph.get(self.sentence_of.get(b))
        return here is not None and there is not None and 0 <= here - there <= 1

    def same_paragraph(self, a: Token, b: int) -> bool:
        return self.paragraph.get(self.sentence_of.get(a.i)) == self.paragraph.get(self.sentence_of.get(b))

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
        if not persons and pronoun.lower_ not in _IT and owner and self.same_paragraph(pronoun, owner[0]) \
                and type_of(owner[1]) in types:   # ("it" is read by its own rule: the subject before it)
            return [owner[1]]
        if pronoun.lower_ in _IT:
            return self._it(pronoun, types)
        last: list[str] = []
        for i, eid in reversed(self.mentions):
            if i >= pronoun.i or not self.same_paragraph(pronoun, i):
                continue
            kind = type_of(eid)
            if kind in types and pronoun.lower_ in _GROUP_PRONOUNS:
                # people named together are "they" too: "Albanese and Trump signed the deal at the
                # White House, in their first meeting" (not the White House)
                joined = self._joined(pronoun.doc[i], types)
                if len(joined) > 1:
                    return joined
            if kind in types and (kind == EntityType.PERSON) == persons:
                if pronoun.lower_ not in _GROUP_PRONOUNS:
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
        own_verb = _governing_verb(pronoun)
        if pronoun.dep_ in ALL_SUBJECT_DEPS and own_verb.dep_ == CONJ:
            # "Algeria has cut gas supplies to Spain since Madrid endorsed the plan, and it supplies
            # more gas to Italy": the subject of the clause it is joined to
            joined = [self.ents.at(c) for c in own_verb.head.children if c.dep_ in ALL_SUBJECT_DEPS]
            if joined and joined[0] and type_of(joined[0]) in types and joined[0] not in self.sides:
                return [joined[0]]
        last: str | None = None
        embedded: str | None = None
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
                if acting(word) and (_main_clause(word) or self.sentence_of.get(i, -1) == sentence):
                    return [eid]
                if acting(word) and embedded is None:
                    embedded = eid
                last = last or eid
            elif not (acting(word) and _governing_verb(word) is own_verb) and not _qualifies(word):
                return [eid]   # not a name that only qualifies a noun ("U.S. lawmakers urged ... to bar it")
        return [embedded] if embedded else [last] if last else []

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


def home_country(ents: DocEntities, dateline: Sequence[str]) -> str | None:
    """The country of a dateline's place words (a country named after the city first: "PORT SUDAN,
    Sudan"), if the text names that country."""
    gaz = gazetteer()
    for words in reversed(dateline):
        country = gaz.country(words) or gaz.capital(words)
        city = (gaz.region(words) or gaz.city(words)) if country is None else None   # "ARLINGTON, Virginia"
        code = country.code if country else city.country if city else None
        if code:
            eid = entity_id(EntityType.COUNTRY, code.lower())
            return eid if any(e.id == eid for e in ents.entities) else None
    return None


def _governing_verb(token: Token) -> Token:
    """The verb a noun is an argument of: "supplied *it*", "imposed sanctions on *it*"."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


def acting(token: Token) -> bool:
    """A name that is a subject, or joined to one: "*Uganda*, *Kenya* and *Djibouti* are expected to"."""
    while token.dep_ in (CONJ, COMPOUND) and token.head.i != token.i:
        token = token.head
    return token.dep_ in ALL_SUBJECT_DEPS


def _main_clause(token: Token) -> bool:
    """A word of its sentence's main clause (or of one joined to it), not of a clause inside it."""
    verb = _governing_verb(token)
    while verb.dep_ == CONJ and verb.head.i != verb.i:
        verb = verb.head
    return verb.head.i == verb.i


def _qualifies(token: Token) -> bool:
    """A name that only qualifies the noun it modifies: "*U.S.* lawmakers", "*China's* military"."""
    return token.dep_ in (COMPOUND, AMOD, POSS, NMOD) and token.head.i > token.i and token.head.pos_ == "NOUN"


def quantity(token: Token) -> bool:
    """A number or quantifier standing for a group: "10,000 (of them)", "some (of the troops)"."""
    return token.like_num or token.lower_ in _QUANTIFIERS


def hyphen_compound(token: Token) -> bool:
    """"Russian-occupied territory", "Iran-backed militias": the name qualifies, it does not locate."""
    return token.i + 2 < len(token.doc) and token.nbor(1).text == "-" and not token.whitespace_


def opposed(theme: Token) -> bool:
    """Troops named as the other side: "clashed with Ukrainian forces", "attacks against them"."""
    return theme.dep_ == POBJ and theme.head.lower_ in _OPPONENT_PREPS


def day_of(sent: Span, published: date | None, ents: list[Span] | None = None) -> tuple[str | None, str | None]:
    """The day the sentence gives ("on Monday"), resolved against publication; else none.
    ``ents``: the sentence's entities when the caller has them (``sent.ents`` walks the Doc's)."""
    for ent in sent.ents if ents is None else ents:
        if ent.label_ == "DATE" and is_day_expression(ent.text):
            return resolve_day(ent.text, published), ent.text
    return None, None


def count(theme: Token) -> int | None:
    """How many: "10,000 troops", "some 3,000 of them", "1.5 million soldiers"."""
    for t in theme.subtree:
        if t.like_num and t.i < theme.i:
            digits = re.sub(r"[^\d.]", "", t.text)
            try:
                value = float(digits)
            except ValueError:
                continue
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ in ("million", "thousand"):
                value *= 1_000_000 if nxt.lower_ == "million" else 1_000
            return int(value)
    return None


def unit(theme: Token, ctx: DocContext, theme_words: frozenset[str] = frozenset()) -> str | None:
    """What was sent, without its owner or number: "special forces", "troops". A noun that only
    counts it names what follows its "of": "a small number of troops" sent troops."""
    if theme_words and theme.lower_ not in theme_words and theme.lemma_.lower() not in theme_words:
        counted = [p for c in theme.children if c.dep_ == PREP and c.lower_ == "of"
                   for p in c.children if p.dep_ == POBJ]
        if counted:
            theme = counted[0]
    if theme.lower_ in _PLURAL_PRONOUNS:
        return None
    words = [c for c in theme.lefts if c.dep_ in UNIT_WORD_DEPS and ctx.ents.at(c) is None
             and not c.like_num and c.pos_ != "PROPN"]
    return " ".join([*(w.lower_ for w in words), theme.lower_])
