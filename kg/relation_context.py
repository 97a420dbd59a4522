"""What the relation rules of one document share: its entities, paragraphs, the roles and bodies
named so far and the last relation missing a side (what words point back to: kg.relation_references)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.constants import AMOD, CCOMP, COMPOUND, CONJ, DET, POSS, XCOMP
from kg.entities import DocEntities
from kg.gazetteer import gazetteer
from kg.identity import entity_id
from kg.relation_places import add_place, place_span
from kg.relation_references import References
from kg.relation_rules import RelationRule
from kg.relation_words import acting, day_of, type_of
from kg.schema import EntityType, Statement
from kg.sentences import SentenceEntities, doc_text, sentence_spans


class DocContext(References):
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
        self.senders: dict[str, set[str]] = {}   # rule name -> the sources of its relations so far
        self.receivers: dict[str, set[str]] = {}   # rule name -> the targets of its relations so far
        self.last_receivers: dict[str, list[str]] = {}   # rule name -> the targets of its last relation that had one
        self.roles: list[tuple[int, str, str, str]] = []   # (token index, person, holder, title) so far
        self.body_owner: dict[str, str] = {}   # "army" -> whose army was last named ("Sudan's army")
        self.last_body: tuple[int, str] | None = None   # (token index, owner) of the last owned body
        self.governments: list[tuple[int, str]] = []   # (token index, country) of "Taiwan's government"
        # titled people whose title names no holder: (name token, person, title, title words)
        self.unheld: list[tuple[Token, str, str, list[Token]]] = []
        self.serving: dict[str, str] = {}   # person -> the person their title serves ("an aide to X")
        # (person, what they lead) beside a title with no holder: "Prime Minister X, who leads the
        # party" is still the country's prime minister
        self.led_beside_unheld: set[tuple[str, str]] = set()
        self.home = home_country(ents, dateline)   # the country the story is filed from
        # the sides the relation being read has so far: "the country" is not one of them
        self.sides: frozenset[str] = frozenset()

    def place(self, token: Token, types: frozenset[str]) -> str | None:
        """The place a target word names where the entity rules gave none or cut it ("the town of
        Tillaberi", "Port Sudan"): added to the document's entities (see kg.relation_places)."""
        if EntityType.PLACE not in types or token.pos_ != "PROPN":
            return None
        span = place_span(self.ents, token)
        return self.add_place(span) if span is not None else None

    def add_place(self, span: Span) -> str:
        """Make the words a Place entity of the document (kg.relation_places.add_place)."""
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

    def main_two(self, types: frozenset[str]) -> list[str]:
        """The two entities of these types the article is about: named most, twice or more each, and
        more often than any other of them; not sides the relation already has."""
        counts = sorted(((len(e.mentions), e.id) for e in self.ents.entities
                         if type_of(e.id) in types and e.id not in self.sides), reverse=True)
        if len(counts) < 2 or counts[1][0] < 2 or (len(counts) > 2 and counts[2][0] == counts[1][0]):
            return []
        return [counts[0][1], counts[1][1]]

    def government_before(self, token: Token) -> str | None:
        """The country whose government was named last before a word, in its paragraph."""
        return next((eid for i, eid in reversed(self.governments) if i < token.i and self.same_paragraph(token, i)),
                    None)

    def actor(self, sent: Span, types: frozenset[str], besides: str, speaker: Token | None = None) -> str | None:
        """The first entity of these types that is a subject in the sentence, else in the one
        before it in the paragraph: whose doings a spokesman reports. Given the ``speaker``, what
        was reported before they speak comes first: "The Kremlin did not deny the reports. Spokesman
        Dmitry Peskov told journalists that Russia's cooperation ..." (the Kremlin's spokesman;
        but "The Taliban deployed commandos ..., spokesman X said")."""
        sentence = self.sentence_of.get(sent.start, -1)
        previous = [t for t in self.mention_tokens(sent.doc[max(0, sent.start - 80):sent.start])
                    if self.sentence_of.get(t.i) == sentence - 1 and self.same_paragraph(sent[0], t.i)]
        here = self.mention_tokens(sent)
        order = (here, previous) if speaker is None else (
            [t for t in here if t.i < speaker.i], previous, [t for t in here if t.i > speaker.i])
        for tokens in order:
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
        if rule.symmetric:
            return sources, targets
        if not rule.theme:   # an act of no theme (an attack, a sanction)
            return self._act_completed(rule, trigger, sources, targets)
        if theme is None:
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
        if sources and whole and joined.dep_ == CONJ and joined.head.i in _governed(trigger.doc[whole[0]]) \
                and rule.verbs.get(trigger.lemma_.lower()) != "receive":
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

    def _act_completed(self, rule: RelationRule, trigger: Token, sources: list[str],
                       targets: list[str]) -> tuple[list[str], list[str]]:
        """An act missing one side that a definite noun names again in the next sentence takes its
        other side from there: "Gang members attacked a police station in Mirebalais. The Viv Ansanm
        coalition claimed the attack" (Viv Ansanm attacked Mirebalais)."""
        if bool(sources) == bool(targets):
            return sources, targets
        last = self.partial.get(rule.name)
        if last and trigger.pos_ == "NOUN" and any(c.dep_ == DET and c.lower_ in ("the", "this", "that")
                                                   for c in trigger.children) \
                and self.sentence_of.get(last[0], -1) == self.sentence_of.get(trigger.i, -1) - 1 \
                and self.near_paragraph(trigger, last[0]) and bool(last[1]) != bool(sources):
            return sources or last[1], targets or last[2]
        self.partial[rule.name] = (trigger.i, sources, targets)
        return sources, targets

    def only_senders(self, rule: RelationRule) -> frozenset[str]:
        """The sources of the type's relations so far that were never its target, nor the country the
        story is filed from (which sends troops within its own borders: "COTONOU - Benin has deployed
        troops to its northern border ... France keeps advisers in the country")."""
        return frozenset(self.senders.get(rule.name, set()) - self.receivers.get(rule.name, set()) - {self.home})

    def fits(self, eid: str, types: frozenset[str]) -> bool:
        """An entity fits an argument of these types. One the entity rules typed as a person or
        an organisation also fits a place argument when GeoNames knows its whole name as a city or a
        region ("Russian drones struck Kharkiv", where the model read "Kharkiv" as a person's name;
        "moved brigades to eastern Ladakh")."""
        kind = type_of(eid)
        if kind in types:
            return True
        name = self.names.get(eid, "")
        return EntityType.PLACE in types and kind in (EntityType.PERSON, EntityType.ORGANIZATION) and (
            gazetteer().city(name) is not None or gazetteer().region(name) is not None)


def _governed(trigger: Token) -> set[int]:
    """The indices of a trigger and the verbs it completes: "El Salvador *plans* to *send* soldiers to
    Haiti, and Guatemala has pledged police" (the clause joined to "plans" leaves Haiti unsaid)."""
    out, node = {trigger.i}, trigger
    while node.dep_ in (CCOMP, XCOMP) and node.head.i != node.i:
        node = node.head
        out.add(node.i)
    return out


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
