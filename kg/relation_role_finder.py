"""Roles (the rule types with titles: HOLDS_ROLE) in the relation finder: a title before, beside or
after a name ("NATO Secretary General Mark Rutte", "Mark Rutte, NATO's secretary general,", "the
secretary general of NATO, Mark Rutte", "Lecornu became France's prime minister"; the title
phrases are read by ``kg.relation_roles``), and whose title it is where the text does not say (a
spokesman's, a company officer's, a government title's).
"""
from __future__ import annotations

import dataclasses
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg import lexicon, relation_role_context, relation_roles
from kg.constants import ADVCL, ALL_SUBJECT_DEPS, APPOS, CCOMP, COMPOUND, CONJ, NOUN_MODIFIER_DEPS, POBJ, POSS, RELCL
from kg.relation_arguments import COUNTRY, definite
from kg.relation_context import DocContext
from kg.relation_records import RecordMaking
from kg.relation_roles import is_title_word
from kg.relation_rules import RelationRule
from kg.relation_words import hyphen_compound, type_of
from kg.schema import EntityType, Relation, RelationType
from kg.token_index import tokens_named

__all__ = ["RoleReading"]

_ORGANIZATION = frozenset((EntityType.ORGANIZATION,))
_PLACE = frozenset((EntityType.PLACE,))
_PERSON = frozenset((EntityType.PERSON,))
# what RoleReading._unstated_holder gives besides a holder: one who serves someone, and (inside it)
# no holder read from the story around the name yet
_SERVING = object()
_UNDECIDED = object()


class _TitleKind(NamedTuple):
    """What kind of post a title with no holder names: its head word's lemma ("secretary" of
    "Secretary of State"), the bodies of the state it names ("army chief"), whether it names the
    state ("presidential spokesman") and whether it is a post of a country's government."""
    head: str
    bodies: list[str]
    state: bool
    national: bool


class RoleReading(RecordMaking):
    """Reads roles for a finder (kg.relations.RelationFinder) over its ``rules`` and ``role_rules``."""

    role_rules: list[RelationRule]

    def _title_holders(self, ctx: DocContext, titled: list[Token], rule: RelationRule) -> list[str]:
        """Whose title a title phrase names (kg.relation_roles.holders), else "the group" named
        before ("Bryony Lau, the group's deputy Asia director"; "its president"), else what it is
        for or to ("the envoy for Syria": no one else to hold it)."""
        return relation_roles.holders(ctx.ents, titled, _holders(rule)) or [
            eid for t in titled if (t.dep_ == POSS or _title_of(t)) and t.pos_ == "NOUN" and definite(t)
            # "chief financial officer of the German drugs group": a business named before
            for noun in [relation_roles.phrase_noun(ctx.ents, t) if t.dep_ == POBJ else t]
            if t.dep_ == POSS or noun.lemma_.lower() in lexicon.DESCRIBES_BUSINESS
            for eid in [self._title_described(ctx, noun, rule)] if eid] or [
            # "Its president, Lise Klaveness,": the organisation or country named before
            eid for t in titled if t.dep_ == POSS and t.lower_ == "its"
            for eid in [ctx.antecedent(t, _holders(rule), rule)] if eid] or [

            # "the fund's Council on Ethics, whose chair, Ingrid Solbakken,"
            eid for t in titled if t.lower_ == "whose" for eid in [relation_roles.whose_name(ctx.ents, t, _holders(rule))]
            if eid] or relation_roles.holders(ctx.ents, titled, _holders(rule), areas=True) or [
            # "The central bank's chief economist, X": the story's organisation named with the noun
            eid for t in titled if t.dep_ == POSS and t.pos_ == "NOUN" and definite(t)
            for eid in [relation_role_context.institution_of(ctx, t, t.lemma_.lower())] if eid and type_of(eid) in _holders(rule)]

    def _title_described(self, ctx: DocContext, noun: Token, rule: RelationRule) -> str | None:
        """What "the group", "the company" of a title points back to (DocContext.described); a
        business noun, first the organisation the text named with one ("the construction company
        Dalmacija Gradnja ... The company's director")."""
        business = noun.lemma_.lower() in self.rules.businesses
        named = relation_role_context.business_named(ctx, noun, self.rules.businesses) if business else None
        if named and type_of(named) in _holders(rule):
            return named
        described = ctx.described(noun, _holders(rule), business)
        # "the company's general counsel": no court or commission named before
        return None if business and described and relation_role_context.institution_like(ctx, described) else described

    def _phrase_holders(self, ctx: DocContext, titled: list[Token], words: list[Token], rule: RelationRule) -> list[str]:
        """Whose title a title phrase names; a professional's ("an analyst at Jefferies",
        "Bernstein analyst X"), only an organisation (kg.relation_roles.professional)."""
        holders = self._title_holders(ctx, titled, rule)
        if any(relation_roles.is_titled(w, rule.titles) for w in words):
            return holders
        return [h for h in holders if type_of(h) == EntityType.ORGANIZATION]

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
            out += self._whose_group(ctx, rule, token, end, eid, doc_id)
            joined = held.get(end.head.i) if end.dep_ == CONJ else None   # "X and Defence Minister Y"
            reading = self._read_title(ctx, rule, sent, token, end, eid, joined)
            if reading is None:
                continue
            title, words, targets, phrases, also_led = reading
            if any(w.lower_ in self.rules.opposition_words for w in words):
                # "Ecuadorian opposition leader X" holds no post of Ecuador
                targets = [t for t in targets if type_of(t) not in COUNTRY]
            if not targets and joined:
                targets = joined[1]   # "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara"
            # "Russian Foreign Ministry spokeswoman Maria Zakharova" speaks for Russia too
            # and "a spokesman for the foreign ministry", after Foreign Minister Abbas Araqchi, for Iran
            targets = targets + [c for t in targets for c in [relation_role_context.government_country(
                ctx, t, self.rules.governments | self.rules.state_words) or relation_role_context.ministry_before(
                ctx, t, token, self.rules.governments)] if c and c not in targets]
            # "Thai army spokesperson X": the Royal Thai Army the text names, not Thailand
            targets = [relation_role_context.force_of(ctx, words, t, self.rules.forces) or t for t in targets]
            # the title as written, from its first title word to its last: "chief of staff to
            # Ukraine's president", "Deputy Press Secretary"
            if title is None:
                title = sent.doc[words[0].i:words[-1].i + 1].text if words else joined[0] if joined else None
            plural = relation_roles.plural(words[-1]) if words else bool(joined and joined[2])
            if words and words[-1].lemma_.lower() in self.rules.counterparts and not plural and out and out[-1].title:
                title = out[-1].title   # "his counterpart": the title named before
            held[end.i] = (title, targets, plural, words)
            self._note_unheld(ctx, sent, (token, end, eid), title, words, targets, phrases, rule.titles)
            found = [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                     for r in self._make(ctx, rule, token, [eid], list(dict.fromkeys(targets)), doc_id, None,
                                         modality_check=False)]
            for r in found:
                ctx.remember_role(token.i, r.source, r.target, title or "")
            out += found
            if also_led:   # "Prime Minister X, who leads the party": the party's leader too
                out += self._led_besides(ctx, rule, token, eid, also_led, targets, doc_id)
        return out

    def _led_besides(self, ctx: DocContext, rule: RelationRule, token: Token, person: str,
                     led: tuple[str, list[str]], targets: list[str], doc_id: str) -> list[Relation]:
        """The roles a verb of leading gives a person besides their title's; where the title names no
        holder, they leave it the holder the story gives (``_unstated_holders``)."""
        title, holders = led
        if not targets:
            ctx.led_beside_unheld.update((person, h) for h in holders)
        found = [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                 for r in self._make(ctx, rule, token, [person], [h for h in holders if h not in targets], doc_id,
                                     None, modality_check=False)]
        for r in found:
            ctx.remember_role(token.i, r.source, r.target, title)
        return found

    def _read_title(self, ctx: DocContext, rule: RelationRule, sent: Span, token: Token, end: Token, person: str,
                    joined: tuple | None) -> tuple[str | None, list[Token], list[str], list, tuple | None] | None:
        """The title a name is given and whose it is: (the title, None for its words as written; its
        words; its holders; every title phrase of the name; the title and holders a verb of leading
        gives besides, or None), or None for no title."""
        # the first title phrase that names whose title it is, else the first title: "General
        # Charles Kahariri, the chief of the Kenya Defence Forces"
        titled_before = relation_roles.before(ctx.ents, sent, token, person, rule.titles)
        raw = (titled_before + relation_roles.after(end) if titled_before else [], relation_roles.beside(token, end),
               relation_roles.predicate(self.rules.role_verbs, end))
        # (another person named inside a phrase beside the name has their own title there)
        phrases = [(words, self._phrase_holders(ctx, titled, words, rule)) for n, titled in enumerate(raw)
                   for words in [relation_roles.title_words(ctx.ents, titled, rule.titles, person if n else None)] if words]
        # "Andrew Kerr, an aide to Prime Minister Keir Starmer,"; "his deputy, Kithure Kindiki,"
        if phrases and (serving := next((p for t in raw[1:] if (p := relation_roles.served(ctx.ents, t, person) or next(
                (a for w in t if w.dep_ == POSS for a in self._possessors(ctx, w, rule) if a != person), None))), None)):
            ctx.serving[person] = serving
        # "Helene Brandt, who leads the association DSW", "Gen. X, who commands the force"
        lead = relation_roles.led(end, self.rules.lead_verbs)
        lead_targets = self._led_holders(ctx, lead[1], rule) if lead else []
        if lead and ctx.ents.at(lead[1]) is None and phrases:
            lead_targets = []   # "Chairman John Elkann, who has led the company": the title's holder
        if phrases and (lead_targets == [] or any(p[1] for p in phrases) or self._title_kind(phrases[0][0]).national):
            # "German Finance Minister X, who also leads the Social Democrats", "Prime Minister X,
            # who leads the party": the title's post and the one the verb gives are both held
            words, targets = next((p for p in phrases if p[1]), phrases[0])
            return None, words, targets, phrases, (lead[0], lead_targets) if lead_targets else None
        if lead_targets:
            return lead[0], [], lead_targets, phrases, None
        if joined and joined[2]:
            # "their Philippine counterparts, Enrique Manalo and Gilberto Teodoro", "Ministers Wale
            # Edun and Atiku Bagudu": one title for both
            return None, joined[3], [], phrases, None
        if (group := relation_roles.government_led(end, frozenset(self.rules.led_groups))) is not None:
            # "Geert Wilders' Freedom Party", "the D66 party of Rob Jetten": its leader
            targets = relation_roles.holders(ctx.ents, [t for t in group.subtree if not token.i <= t.i <= end.i],
                                             _holders(rule) & _ORGANIZATION)
            return (self.rules.led_groups[group.lemma_.lower()], [], targets, phrases, None) if targets else None
        if (led := relation_roles.government_led(end, self.rules.governments)) is not None:
            # "the Venezuelan government of Nicolas Maduro": he leads the country's government
            targets = relation_roles.holders(ctx.ents, [t for t in led.subtree if not token.i <= t.i <= end.i],
                                             _holders(rule) & COUNTRY)
            return (None, [led], targets, phrases, None) if targets else None
        if not phrases and (members := relation_roles.holders(ctx.ents, relation_roles.after(end), _holders(rule) & _ORGANIZATION)):
            return None, [], members, phrases, None   # "said Abel Tsegaye of the International Crisis Group"
        introduced = self._introduced(ctx, sent, token, end, person, rule)
        # "Paraguay's foreign minister arrived. Ruben Ramirez Lezcano said"
        return (None, introduced[0], introduced[1], phrases, None) if introduced else None

    def _possessors(self, ctx: DocContext, word: Token, rule: RelationRule) -> list[str]:
        """The people a title's possessor is: "his deputy", "Mwangi's deputy", "Jeri's spokeswoman"."""
        if word.lower_ in ("his", "her"):
            return ctx.antecedents(word, _PERSON, rule)
        eid = ctx.ents.at(word)
        return [eid] if type_of(eid) == EntityType.PERSON else []

    def _note_unheld(self, ctx: DocContext, sent: Span, name: tuple[Token, Token, str], title: str,
                     words: list[Token], targets: list[str], phrases: list, titles: frozenset[str]) -> None:
        """Titles whose holder the text leaves unsaid, for ``_unstated_holders``: each title given
        with no holder ("General X was named chief of defence staff"), and a title of a body of the
        state named by no country ("Parliament Speaker Nabih Berri", "Foreign Ministry spokesman X")."""
        token, end, person = name
        if words and targets and all(relation_role_context.bare_state_body(
                ctx, t, self.rules.governments | self.rules.state_words) for t in targets):
            body = [t for t in sent if ctx.ents.at(t) in targets]
            ctx.unheld.append((token, end, person, title, sorted(body + words, key=lambda t: t.i)))
        if words and not targets and any(relation_roles.is_titled(w, titles) for w in words) and not any(
                c.dep_ == POSS and c.lower_ in ("its", "their") for w in words for c in w.children):
            # (not a professional's: "a Horn of Africa analyst" holds no post of a country; nor a title
            # whose owner is said but not read: "Its president, Ricardo Roa," of a company read as a place)
            ctx.unheld += [(token, end, person, title if other is words else sent.doc[other[0].i:other[-1].i + 1].text,
                            other) for other in [words] + [p[0] for p in phrases if p[0] is not words]]

    def _whose_group(self, ctx: DocContext, rule: RelationRule, token: Token, end: Token, person: str,
                     doc_id: str) -> list[Relation]:
        """ "Nabih Berri, whose Amal Movement is allied with Hezbollah": he leads it (role_led_groups),
        whatever other title he is given."""
        group = relation_roles.whose_group(end, frozenset(self.rules.led_groups))
        targets = relation_roles.holders(ctx.ents, list(group.subtree), _holders(rule) & _ORGANIZATION) if group else []
        if not targets:
            return []
        title = self.rules.led_groups[group.lemma_.lower()]
        found = [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                 for r in self._make(ctx, rule, token, [person], targets, doc_id, None, modality_check=False)]
        for r in found:
            ctx.remember_role(token.i, r.source, r.target, title)
        return found

    def _introduced(self, ctx: DocContext, sent: Span, token: Token, end: Token, person: str,
                    rule: RelationRule) -> tuple[list[Token], list[str]] | None:
        """The title a person named for the first time is introduced by, in the sentence before in
        the paragraph (kg.relation_roles.sentence_before), if it names whose it is."""
        titled = relation_roles.sentence_before(ctx.ents, sent, token, end)
        if not titled or not ctx.same_paragraph(token, titled[0].i) or next(
                i for i, eid in ctx.mentions if eid == person) != token.i:
            return None
        words = relation_roles.title_words(ctx.ents, titled, rule.titles)
        targets = self._title_holders(ctx, titled, rule) if words else []
        return (words, targets) if targets else None

    def _led_holders(self, ctx: DocContext, led_object: Token, rule: RelationRule) -> list[str]:
        """Whose what a person leads is: its name, else what "the agency" points back to."""
        named = ctx.ents.at(led_object)
        if named is not None and type_of(named) in _holders(rule):
            # "who heads Sudan's ruling Sovereignty Council": the council's, and its country's
            whose = [eid for c in led_object.children if c.dep_ == POSS for eid in [ctx.ents.at(c)]
                     if type_of(eid) == EntityType.COUNTRY and EntityType.COUNTRY in _holders(rule)]
            return [named, *whose]
        lemma = led_object.lemma_.lower()
        if lemma in self.rules.bodies and definite(led_object):   # "who had led the army": the country's
            return [eid for eid in [ctx.owner_of_body(lemma, led_object)] if eid and type_of(eid) in _holders(rule)]
        owner = next((c for c in led_object.children if c.dep_ == POSS), None)
        if owner is not None:   # "who heads the department's antitrust division": the department's
            return [eid for eid in [ctx.ents.at(owner) or (ctx.described(owner, _holders(rule), True)
                                                           if definite(owner) else None)]
                    if eid and type_of(eid) in _holders(rule)]
        bare = not any(c.dep_ in NOUN_MODIFIER_DEPS for c in led_object.children)   # not "the Milan Cortina committee"
        return relation_roles.led_holders(ctx.ents, led_object, _holders(rule)) or relation_roles.part_of(
            ctx.ents, led_object, self.rules.parts, _holders(rule)) or [
            eid for eid in [ctx.described(led_object, _holders(rule), True)] if eid and bare and definite(led_object)]

    def _unstated_holders(self, ctx: DocContext, doc: Doc, found: list[Relation], doc_id: str) -> list[Relation]:
        """Whose title it is where the text does not say, for people given no holder anywhere:
        a spokesman's, the organisation or country whose doings the sentence reports ("The
        Taliban deployed commandos ..., spokesman Zabihullah Mujahid said"); a company officer's,
        the organisation the sentence reports on, else the one the article is about; a government title's
        ("President", "Foreign Minister"), the country whose government the paragraph just named,
        else the one the story is filed from (its dateline: news leaves the home country unsaid),
        unless the sentence names other countries and not that one ("a visit to Paris by Modi, who
        held talks with President Emmanuel Macron"); what the person says or does does not count
        ("President Donald Trump said Russia must ...", "Prime Minister Albin Kurti accused Belgrade")."""
        held, in_country = self._holding(ctx, found)
        out: list[Relation] = []
        for rule in self.role_rules:
            serving: list[tuple[Token, str, str]] = []
            for token, end, person, title, words in ctx.unheld:
                # a state body's title ("Parliament Speaker") is the country's too, whatever else is held
                bare_body = any(ctx.ents.at(w) for w in words)
                if person in in_country if bare_body else person in held:
                    continue
                in_place, place = relation_role_context.held_in_place(ctx, words)
                if in_place:
                    # "Ontario Premier Doug Ford": the province's, if the type's targets take places
                    if place is not None and type_of(place) in rule.target:
                        held.add(person)
                        out += self._held_role(ctx, rule, token, person, place, title, doc_id)
                    continue
                holder = self._unstated_holder(ctx, rule, (token, end, person), words)
                if holder is _SERVING:   # "an aide to Prime Minister X": once X's title is known
                    serving.append((token, person, title))
                    continue
                # "Deputy Treasury Secretary X": the Department of the Treasury the text names, besides the country
                department = relation_role_context.portfolio_named(
                    ctx, words, holder if type_of(holder) == EntityType.COUNTRY else None,
                    self.rules.governments | self.rules.state_words, self.rules.groups)
                if department is not None and department != holder and type_of(department) in _holders(rule):
                    held.add(person)
                    out += self._held_role(ctx, rule, token, person, department, title, doc_id)
                if holder is None or type_of(holder) not in _holders(rule):
                    continue
                held.add(person)
                in_country.add(person)
                out += self._held_role(ctx, rule, token, person, holder, title, doc_id)
            out += self._serving_holders(ctx, rule, serving, doc_id)
            out += self._ministries_named_before(ctx, doc, rule, doc_id)
        return out

    def _holding(self, ctx: DocContext, found: list[Relation]) -> tuple[set[str], set[str]]:
        """Who holds a title the text gives a holder (not a bare state body's: "Parliament Speaker"),
        and who holds one of a country."""
        state_bodies = self.rules.governments | self.rules.state_words
        held = {r.source for r in found if self.rules.types[r.type].titles and (r.source, r.target) not in
                ctx.led_beside_unheld and not relation_role_context.bare_state_body(ctx, r.target, state_bodies)}
        in_country = {r.source for r in found if self.rules.types[r.type].titles and type_of(r.target) == EntityType.COUNTRY}
        return held, in_country

    def _unstated_holder(self, ctx: DocContext, rule: RelationRule, name: tuple[Token, Token, str],
                         words: list[Token]) -> object:
        """Whose a title given with no holder is: the holder (None for none known), or ``_SERVING``
        for one on the side of whom they serve. First what the story says around the name, then what
        the kind of title says."""
        kind = self._title_kind(words)
        holder = self._holder_around(ctx, rule, name, words, kind)
        return self._holder_by_title(ctx, rule, name, words, kind) if holder is _UNDECIDED else holder

    def _title_kind(self, words: list[Token]) -> _TitleKind:
        """What kind of post a title names (see ``_TitleKind``)."""
        # the title's head word: "Secretary" of "Secretary of State", "Minister" of "Minister for
        # Economic Affairs" or "Minister for Enterprise"
        word = next((w for w in words if w.i + 2 < len(w.doc) and w.nbor(1).lower_ in ("of", "for")
                     and (is_title_word(w.nbor(2)) or w.nbor(2).is_title)), words[-1])
        head = relation_roles.title_lemma(word)
        if word.i > 0 and f"{word.nbor(-1).lower_} {head}" in self.rules.speaking_titles:
            head = f"{word.nbor(-1).lower_} {head}"   # "press secretary": who speaks, not a minister
        bodies = [w.lemma_.lower() for w in words if w.lemma_.lower() in self.rules.bodies]
        # "chief of defence staff", "presidential spokesman": a post of the country's government
        state = any(w.lower_ in self.rules.state_words for w in words)
        national = bool(bodies) or state or head in self.rules.national_titles
        return _TitleKind(head, bodies, state, national)

    def _holder_around(self, ctx: DocContext, rule: RelationRule, name: tuple[Token, Token, str],
                       words: list[Token], kind: _TitleKind) -> object:
        """The holder the story around the name gives: the same title named before with its owner,
        a party's short name, the side of whom the person serves (``_SERVING``), whom they go with,
        the force named before, the country a home official is set against; ``_UNDECIDED`` if none."""
        token, end, person = name
        named_before = self._same_title_before(ctx, token, words, _holders(rule))
        # not the dateline's country when the sentence gives another person its title
        # ("Chancellor Merz ... alongside Lithuanian President Nauseda" under VILNIUS)
        contrasted = kind.national and relation_role_context.home_contrasted(ctx, token, end, person)
        # who goes with someone is on their side, whatever the title ("accompanied by X, a deputy envoy")
        companion = relation_role_context.companion_holder(ctx, end, self.rules.companions, _holders(rule), rule)
        force = relation_role_context.force_named(ctx, token, words, self.rules.forces)
        if named_before:   # "Australia expelled Iran's ambassador ... ambassador Ahmad Sadeghi"
            return named_before
        if short := relation_role_context.short_name(ctx, words):   # "Conservative MP X": the Conservative Party
            return short
        # "Department spokesperson X": the department's (a minister's title is the country's: "Treasury
        # Secretary X")
        if kind.head not in self.rules.national_titles and (
                institution := relation_role_context.institution_named(ctx, words)):
            return institution
        if person in ctx.serving:   # "an aide to Prime Minister X": once X's title is known
            return _SERVING
        if companion:   # "Army chief Asim Munir, who accompanied Sharif,"
            return companion
        if force:   # "Police spokesman X" after "the Gambia Police Force"
            return force
        if contrasted:   # then the country the story is about, when it is not the home one
            holder = ctx.government_before(token) or ctx.protagonist(token.doc)
            return holder if holder != ctx.home else relation_role_context.other_country(ctx)
        return _UNDECIDED

    def _holder_by_title(self, ctx: DocContext, rule: RelationRule, name: tuple[Token, Token, str],
                         words: list[Token], kind: _TitleKind) -> str | None:
        """The holder the kind of title gives: a body's owner named before, an institution's, the
        actor a spokesman speaks for, a company officer's company, a government title's country, a
        ruler's; None for none."""
        token, end, person = name
        head = kind.head
        if kind.bodies:   # "army chief Abdel Fattah al-Burhan": the army's owner named before
            return ctx.owner_of_body(kind.bodies[0], token)
        if relation_role_context.unread_owner(ctx, words) and (head in self.rules.institution_titles or (
                head in self.rules.speaking_titles | self.rules.company_titles and not kind.national)):
            return None   # "BP boss X", BP unread: not another organisation of the story
        if head in self.rules.institution_titles:   # "Governor X" in a story on Bank Indonesia
            return relation_role_context.institution_of(ctx, token, self.rules.institution_titles[head])
        if head in self.rules.speaking_titles and not kind.state and not any(
                w.lemma_.lower() in self.rules.governments for w in words):
            return ctx.actor(token.sent, _holders(rule), person, token)
        if head in self.rules.company_titles and not kind.state:
            # the business the story is about before any organisation it names most ("chief executive
            # X said" in a story on a regulator's fine for a company)
            return ctx.actor(token.sent, _ORGANIZATION, person) or self._business_reporting(ctx, token, rule) \
                or relation_role_context.business_topic(ctx) \
                or ctx.topic(_ORGANIZATION)
        if kind.national or head in self.rules.speaking_titles:   # "Government spokesman"
            hosted, host = relation_role_context.visit_host(ctx, end, self.rules.types.get(RelationType.MET_WITH),
                                                            self.rules.travel_verbs)
            if hosted and host != ctx.home:
                return host   # (None: hosted in a country the text does not name)
            return relation_role_context.fronted_place(ctx, token) or self._capital_abroad(ctx, token, end) \
                or ctx.government_before(token) or relation_role_context.portfolio_before(
                    ctx, token, words, self.rules.governments) or self._home_of(ctx, token, end)
        if all(relation_roles.title_lemma(w) in self.rules.ruler_titles for w in words):
            return _ruled(ctx, token, end)   # "Leader Kim Jong Un" in a story on North Korea
        return None

    def _business_reporting(self, ctx: DocContext, name: Token, rule: RelationRule) -> str | None:
        """The business "the company" that reports in the sentence, or in the one before in the
        paragraph, points back to: "Chief Financial Officer Maria Berg will take over, the Oslo-listed
        company said. Chairman Ole Nygaard thanked ..." (Nordavia Airlines, named before)."""
        sents = [name.sent]
        if name.sent.start > 0 and ctx.same_paragraph(name, name.sent.start - 1):
            sents.append(name.doc[name.sent.start - 1].sent)
        for noun in (t for sent in sents for t in sent if t.dep_ in ALL_SUBJECT_DEPS and definite(t)
                     and t.lemma_.lower() in self.rules.businesses):
            holder = self._title_described(ctx, noun, rule)
            if holder is not None and type_of(holder) == EntityType.ORGANIZATION:
                return holder
        return None

    def _serving_holders(self, ctx: DocContext, rule: RelationRule, serving: list[tuple[Token, str, str]],
                         doc_id: str) -> list[Relation]:
        """The roles of those who serve someone (``ctx.serving``): on the side of whom they serve."""
        out: list[Relation] = []
        for token, person, title in serving:
            holder = ctx.held_by(ctx.serving[person], _holders(rule))
            if holder is not None:
                out += self._held_role(ctx, rule, token, person, holder, title, doc_id)
        return out

    def _held_role(self, ctx: DocContext, rule: RelationRule, token: Token, person: str, holder: str, title: str,
                   doc_id: str) -> list[Relation]:
        """The role records of a person whose title's holder the text leaves unsaid."""
        ctx.remember_role(token.i, person, holder, title)
        return [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                for r in self._make(ctx, rule, token, [person], [holder], doc_id, None, modality_check=False)]

    def _ministries_named_before(self, ctx: DocContext, doc: Doc, rule: RelationRule, doc_id: str) -> list[Relation]:
        """ "Esmaeil Baghaei, a spokesman for the foreign ministry": the country whose foreign
        minister was named before (kg.relation_role_context.ministry_before), once every title's holder is
        known."""
        in_country = {person for _, person, holder, _ in ctx.roles if type_of(holder) == EntityType.COUNTRY}
        out: list[Relation] = []
        for i, person, holder, title in list(ctx.roles):
            country = None if person in in_country else relation_role_context.ministry_before(
                ctx, holder, doc[i], self.rules.governments)
            if country is not None and type_of(country) in _holders(rule):
                in_country.add(person)
                out += [dataclasses.replace(r, title=title) if "title" in rule.attributes else r
                        for r in self._make(ctx, rule, doc[i], [person], [country], doc_id, None,
                                            modality_check=False)]
        return out

    @staticmethod
    def _same_title_before(ctx: DocContext, name: Token, words: list[Token], types: frozenset[str]) -> str | None:
        """Whose the same title is where the text named it before without a name: "Australia
        expelled Iran's ambassador ... Foreign Minister Penny Wong said ambassador Ahmad Sadeghi";
        not one the title's own words set apart ("Government spokesman X" after "Navy spokesman Y")."""
        doc, title = name.doc, words[-1]
        qualifiers = {w.lower_ for w in words[:-1]}
        for i in reversed(tokens_named(doc, (title.lower_,))):
            word = doc[i]
            if i >= title.i or word.lemma_.lower() != title.lemma_.lower() or not ctx.near_paragraph(name, i) \
                    or any(type_of(ctx.ents.at(c)) == EntityType.PERSON for c in (*word.children, word.head)) \
                    or not qualifiers <= {c.lower_ for c in word.lefts}:
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
        if ctx.home is None:   # no dateline: no capital is abroad
            return None
        home = RoleReading._home_of(ctx, name, end)
        return home if home is not None and home != ctx.home else None

    @staticmethod
    def _home_of(ctx: DocContext, name: Token, end: Token) -> str | None:
        """The country a government title with no holder belongs to (see ``_unstated_holders``):
        the dateline's, when the sentence names no other country (nor another country's capital)
        outside what the person says or does and what a relative clause says of something else; the
        country of the one foreign capital it names besides, if that is all it names; without a dateline, the one country the sentence names, as an owner ("won a second
        term in Ecuador's runoff", not "flew to Paris"), outside what the person says."""
        does, says = _acts(end)
        mentions = _countries(ctx, name, end)
        if ctx.home:
            # a capital stands for its country here: "will travel to Riyadh for talks with Crown Prince
            # Mohammed bin Salman" (under TASHKENT) names Saudi Arabia
            # nor what a relative clause says of something else ("talks on the barracks, which
            # Lithuania agreed to build under an agreement it signed with Germany")
            aside = {t.i for c in name.sent if c.dep_ == RELCL and name not in c.subtree for t in c.subtree}
            named = {ctx.ents.at(t) for t in mentions if t.i not in does and t.i not in aside}
            capitals = {c for t in ctx.mention_tokens(name.sent) if t.i not in does and t.i not in aside
                        and type_of(ctx.ents.at(t)) == EntityType.PLACE for c in [ctx.capital_of(ctx.ents.at(t))] if c}
            if (named | capitals) <= {ctx.home} or _beside_home(ctx, end):
                return ctx.home
            # where the person is met, when the sentence names no other country: "will travel to
            # Riyadh for talks with Crown Prince Mohammed bin Salman", "met Christopher Landau, the
            # deputy secretary of state, in Washington"
            abroad = capitals - {ctx.home}
            return next(iter(abroad)) if len(abroad) == 1 and named <= {ctx.home} else None
        named = {ctx.ents.at(t) for t in mentions if t.i not in says}
        whose = {ctx.ents.at(t) for t in mentions if t.i not in says and t.dep_ in NOUN_MODIFIER_DEPS
                 and ctx.ents.at(t.head) != ctx.ents.at(t)}   # the name's own head word: not "Sri" of "Sri Lanka"
        if named:
            return next(iter(whose)) if len(named) == 1 and whose else None
        # no other: the country the story is about, if what the person says names it ("Foreign
        # Minister Abbas Araqchi called the move illegal and said Iran would respond", under VIENNA),
        # else the one country the story is set in (no dateline: "Gambia's opposition said ...
        # Government spokesman Lamin Touray said")
        protagonist = ctx.protagonist(name.doc)
        if any(ctx.ents.at(t) == protagonist for t in mentions):
            return protagonist
        return relation_role_context.story_country(ctx)


def _holders(rule: RelationRule) -> frozenset[str]:
    """The types that hold a title named with it: a place holds only the title written after its
    name ("Ontario Premier Doug Ford"), not one it is named in ("the High Commissioner in Nairobi")."""
    return rule.target - _PLACE


def _acts(end: Token) -> tuple[set[int], set[int]]:
    """What a person does and what they say in their sentence (token indices)."""
    subject = end.head if end.dep_ in (POSS, COMPOUND, APPOS) else end   # "Ramaphosa's office said"
    while subject.dep_ == CONJ and subject.head.i != subject.i:   # "Ministers X and *Y* are due in Washington"
        subject = subject.head
    if subject.dep_ not in ALL_SUBJECT_DEPS:
        return set(), set()
    does = {t.i for t in subject.head.subtree} - {t.i for t in subject.subtree}
    # what the person says, also in a second verb ("called the move illegal and *said Iran would respond*")
    verbs = [subject.head, *(c for c in subject.head.children if c.dep_ == CONJ)]
    return does, {t.i for v in verbs for c in v.children if c.dep_ == CCOMP for t in c.subtree}


def _beside_home(ctx: DocContext, end: Token) -> bool:
    """The person's clause is set beside one whose subject is the home country (what the person does
    does not count, as in ``_home_of``): "Mexico sent 26 suspects to the United States, as President Claudia Sheinbaum seeks to
    head off U.S. tariffs" (under MEXICO CITY)."""
    subject = end.head if end.dep_ in (POSS, COMPOUND, APPOS) else end
    verb = subject.head
    if subject.dep_ not in ALL_SUBJECT_DEPS or verb.dep_ != ADVCL:
        return False
    return any(c.dep_ in ALL_SUBJECT_DEPS and ctx.ents.at(c) == ctx.home for c in verb.head.children)


def _countries(ctx: DocContext, name: Token, end: Token) -> list[Token]:
    """The countries a person's sentence names, not in another person's title ("Indian Prime
    Minister Narendra Modi"), nor as a qualifier ("Kenyan-led")."""
    return [t for t in ctx.mention_tokens(name.sent) if type_of(ctx.ents.at(t)) == EntityType.COUNTRY
            and not hyphen_compound(t) and not _titles_another(ctx, t, end)]


def _ruled(ctx: DocContext, name: Token, end: Token) -> str | None:
    """The country a ruler's title with no holder is of: the one country the sentence names as an
    owner outside what the person does ("North Korea's state media said that leader Kim Jong Un
    had supervised a test"), else, if it names none there, the one the story is about."""
    does, _ = _acts(end)
    outside = [t for t in _countries(ctx, name, end) if t.i not in does]
    owners = {ctx.ents.at(t) for t in outside if t.dep_ in NOUN_MODIFIER_DEPS}
    if outside:
        return next(iter(owners)) if len(owners) == 1 and len({ctx.ents.at(t) for t in outside}) == 1 else None
    return ctx.protagonist(name.doc)


def _title_of(noun: Token) -> bool:
    """ "chief financial officer *of the group*", "a spokesperson *for the miner*": the noun says whose
    the title before it is."""
    return noun.dep_ == POBJ and noun.head.lower_ in ("of", "for") and is_title_word(noun.head.head)


def _titles_another(ctx: DocContext, country: Token, name_end: Token) -> bool:
    """The country word is part of another person's title: "*Indian* Prime Minister Narendra Modi",
    however the parser hung it ("Lula and *Argentine* President Javier Milei traded insults")."""
    after = relation_roles.title_end(country)
    if after is not None and type_of(ctx.ents.at(after)) == EntityType.PERSON and ctx.ents.at(after) != ctx.ents.at(name_end):
        return True
    node = country
    for _ in range(4):
        if node.dep_ not in NOUN_MODIFIER_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if type_of(ctx.ents.at(node)) == EntityType.PERSON:
            return node.i != name_end.i
        if any(c.dep_ == APPOS and type_of(ctx.ents.at(c)) == EntityType.PERSON and c.i != name_end.i for c in node.children):
            return True   # "her *Rwandan* counterpart, Olivier Nduhungirehe,"
    return False
