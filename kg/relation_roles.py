"""Where a person's title is written, for the role types (HOLDS_ROLE): before the name ("NATO
Secretary General Mark Rutte", "EU foreign policy chief Kaja Kallas"), beside it ("Mark Rutte,
NATO's secretary general,"), or as what a verb makes of the person ("Lecornu became France's
prime minister", "Smith was appointed ambassador to Japan"). Each gives the words of the title
phrase; the finder reads the title and the organisation or country off them."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Span, Token

from kg import lexicon
from kg.constants import (ACL, ADVCL, AGENT, APPOS, CASE, ATTR, COMPOUND, CONJ, DOBJ, NOUN_MODIFIER_DEPS, NSUBJ, NSUBJPASS, OPRD, POBJ, POSS,
                          PREP, RELCL, XCOMP)
from kg.entities import DocEntities
from kg.gazetteer import gazetteer
from kg.identity import entity_id
from kg.relation_context import DocContext
from kg.relation_rules import RelationRule
from kg.relation_words import PERSON_PRONOUNS, acting, type_of
from kg.schema import EntityRef, EntityType

_POSSESSIVE_MARKS = ("'s", "’s", "-")
_FORMER = ("former", "ex-", "late")
_RELATIVE_SUBJECTS = ("who", "that")
_PERSON = frozenset((EntityType.PERSON,))


def is_title_word(token: Token) -> bool:
    return token.lower_ in lexicon.TITLE_WORDS or token.lower_.rstrip(".") in lexicon.TITLE_WORDS or (
        token.tag_ == "NNS" and token.lemma_.lower() in lexicon.TITLE_WORDS) or _capital_plural(token)   # "their counterparts"


def plural(title: Token) -> bool:
    """A title word in the plural, also capitalised before names ("*Ministers* Wale Edun and
    Atiku Bagudu", which the tagger reads as a name)."""
    return title.tag_ in ("NNS", "NNPS") or _capital_plural(title)


def _capital_plural(token: Token) -> bool:
    """ "*Ministers* Wale Edun and ...": a title word's plural read as a name (not "United *States*")."""
    return token.tag_ == "NNP" and token.ent_type_ == "" and token.lower_.endswith("s") \
        and token.lower_[:-1] in lexicon.TITLE_WORDS


def title_lemma(title: Token) -> str:
    """A title word's lemma, also of a capitalised plural the tagger read as a name ("Ministers")."""
    return title.lower_[:-1] if _capital_plural(title) else title.lemma_.lower()


def title_end(word: Token) -> Token | None:
    """The word after the title words that follow this one ("Argentine *President* Javier"), if any."""
    doc, i = word.doc, word.i + 1
    while i < len(doc) and is_title_word(doc[i]):
        i += 1
    return doc[i] if word.i + 1 < i < len(doc) else None


def _joins_titles(token: Token) -> bool:
    """ "of" or "for" inside a title: "Secretary *of* State", "Minister *for* Trade"."""
    doc = token.doc
    return token.lower_ in ("of", "for") and 0 < token.i < len(doc) - 1 and is_title_word(doc[token.i - 1]) \
        and is_title_word(doc[token.i + 1])


def modifies_title(token: Token) -> bool:
    """A portfolio word inside a title, before the title word it qualifies: "foreign *policy*
    chief", "*humanitarian* coordinator", "*Managing* Director" (capitalised in a title)."""
    node = token
    for _ in range(3):
        if node.dep_ not in NOUN_MODIFIER_DEPS or node.head.i <= node.i or not (
                node.pos_ in ("ADJ", "NOUN") or node.pos_ == "PROPN" and node.is_title and node.ent_type_ == ""):
            return False
        node = node.head
        if is_title_word(node):
            return True
    return False


def before(ents: DocEntities, sent: Span, name: Token, eid: str, titles: frozenset[str] = frozenset()) -> list[Token]:
    """The title words (and the type's ``titles``: "Labour *MP*"), portfolio words and entities right
    before a name: "EU foreign policy chief"."""
    words: list[Token] = []
    i = name.i - 1
    while i >= sent.start:
        t = sent.doc[i]
        if ents.at(t) == eid or not (is_title_word(t) or is_titled(t, titles) or ents.at(t) or t.lower_ in _POSSESSIVE_MARKS
                                     or modifies_title(t) or _joins_titles(t)):
            break
        words.insert(0, t)
        i -= 1
    return words


def after(name_end: Token) -> list[Token]:
    """The "of" phrase right after a titled name, which names whose title it is: "Prime Minister
    Hun Manet *of Cambodia*", "President Emmanuel Macron *of France*"."""
    return [t for c in name_end.children if c.dep_ == PREP and c.lower_ == "of" and c.i == name_end.i + 1
            for t in c.subtree]


def beside(name: Token, name_end: Token) -> list[Token]:
    """The words of a title set beside a name: "Mark Rutte, NATO's secretary general", "the
    secretary general of NATO, Mark Rutte"."""
    # not a former title set beside the name, which would make the title it is set beside a former
    # one too ("Argentina's ambassador to Brazil Daniel Scioli, a former presidential candidate,")
    words = [t for appos in name_end.children if appos.dep_ == APPOS
             and not any(w.lower_ in _FORMER for w in appos.subtree) for t in appos.subtree]
    if name_end.dep_ == APPOS:
        head = name_end.head
        if head.dep_ == POBJ and head.head.dep_ == PREP and is_title_word(head.head.head):
            # "the commander of the UN force UNIFIL, Aroldo Lazaro", "South Africa's ambassador to
            # the United States, Ebrahim Rasool": the parser hangs the name on the title's object
            head = head.head.head
        if is_title_word(head):   # not a dateline the parser set the name beside ("MONTEVIDEO, Uruguay — ...")
            # not the name's own words before it ("The head of the mission, former president X")
            own = {t.i for t in name_end.subtree}
            words += [t for t in head.subtree if t.i < name.i and t.i not in own]
    elif (first := _after_honorifics(name)).i > 0 and first.nbor(-1).text == ",":
        # "The head of UN peacekeeping, Jean-Pierre Lacroix, said", where the parser hangs the name
        # inside the title's phrase instead of beside it; "met Qatar's emir, Sheikh Tamim, in Doha",
        # where it hangs the name on the verb
        title = next((a for a in list(name_end.ancestors)[:3] if a.i < name.i and is_title_word(a)), None)
        if title is None and first.i > 1 and is_title_word(first.nbor(-2)) and first.nbor(-2).pos_ == "NOUN" \
                and name.i not in {t.i for t in first.nbor(-2).subtree}:
            title = first.nbor(-2)
        if title is not None:
            words += [t for t in title.subtree if t.i < first.i - 1]
    return words


def sentence_before(ents: DocEntities, sent: Span, name: Token, name_end: Token) -> list[Token]:
    """The title a person is named after, in the sentence before: "Paraguay's foreign minister also
    travelled to Brasilia. Ruben Ramirez Lezcano told reporters ..." (the subject of the one sentence,
    a title with no name; the name opens the next as its subject)."""
    if name_end.dep_ != NSUBJ or name_end.head.dep_ != "ROOT" or sent.start == 0 or any(
            not (t.is_punct or t.is_space) for t in sent.doc[sent.start:name.i]):
        return []
    before = name.doc[sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == NSUBJ), None)
    if subject is None or subject.pos_ != "NOUN" or not is_title_word(subject) or any(
            _type(e) == EntityType.PERSON for t in subject.subtree for e in [ents.at(t)] if e):
        return []
    return list(subject.subtree)


def _after_honorifics(name: Token) -> Token:
    """The first word of a name with the honorifics or titles written right before it ("*Sheikh*
    Tamim", "*Crown Prince* Mohammed")."""
    first = name
    while first.i > 0 and is_title_word(first.nbor(-1)) and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    return first


def predicate(role_verbs: frozenset[str], name_end: Token) -> list[Token]:
    """The title a verb gives the person: "X became France's prime minister", "X was named
    foreign minister of Kenya", "they appointed X as envoy to the UN", "X serves as NATO's envoy"."""
    verb = name_end.head
    subject = name_end.dep_ != DOBJ
    title = name_end.head
    if name_end.dep_ == COMPOUND and title.i > name_end.i and is_title_word(title) and title.dep_ in (DOBJ, OPRD) \
            and title.head.lemma_.lower() in role_verbs:
        # "Unilever appointed Fernando Fernandez chief executive": the parser made the name part of the title
        return [t for t in title.subtree if t.i > name_end.i]
    if name_end.dep_ == ATTR and verb.lemma_.lower() in role_verbs:
        return _title_subject(verb)
    # "Henri Bontenbal, who became leader of the party": the relative clause's verb
    relative = next((c for c in name_end.children if c.dep_ == RELCL and c.lemma_.lower() in role_verbs
                     and any(s.dep_ in (NSUBJ, NSUBJPASS) and s.lower_ in _RELATIVE_SUBJECTS for s in c.children)), None)
    if relative is not None:
        return _complement(relative, True)
    if name_end.dep_ == DOBJ and verb.lemma_.lower() not in role_verbs:
        # "moving David Lammy from the Foreign Office to become deputy prime minister": the one
        # moved is the subject of the role verb
        verb = next((c for c in verb.children if c.dep_ in (XCOMP, ADVCL) and c.lemma_.lower() in role_verbs
                     and any(a.lower_ == "to" for a in c.children)), verb)
        subject = verb is not name_end.head
    if name_end.dep_ not in (NSUBJ, NSUBJPASS, DOBJ) or verb.lemma_.lower() not in role_verbs:
        return []
    return _complement(verb, subject)


def _complement(verb: Token, subject: bool) -> list[Token]:
    """The title a role verb gives: its object predicate, its "as" phrase, or (for its subject)
    what it is ("became prime minister")."""
    for child in verb.children:
        complements = [child] if child.dep_ == OPRD or (child.dep_ == ATTR and subject) else (
            [p for p in child.children if p.dep_ == POBJ] if child.dep_ == PREP and child.lower_ == "as" else [])
        for complement in complements:
            if is_title_word(complement):
                return list(complement.subtree)
    return []


def _title_subject(verb: Token) -> list[Token]:
    """The title that is the subject of a verb whose complement is the person: "whose national
    chairman is David Mark" (with the name "whose" stands for), "Its chief executive is X"."""
    for subject in (c for c in verb.children if c.dep_ == NSUBJ and is_title_word(c)):
        words = list(subject.subtree)
        if verb.dep_ == RELCL and any(t.lower_ == "whose" for t in words):
            # the name "whose" stands for, or the one set beside its noun ("Her party, the UDI, whose")
            head = verb.head
            words += [t for t in (head, *(c for c in head.children if c.dep_ == APPOS))
                      if t.pos_ == "PROPN" and not is_title_word(t)]
        return words
    return []


def holders(ents: DocEntities, phrase: list[Token], types: frozenset[str], areas: bool = False) -> list[str]:
    """The organisations or countries a title phrase gives its holder: not the country or place
    where the post is ("the British High Commissioner *in Nairobi*"; but "director *at* the
    University of Michigan" works for it), not where an envoy is sent or what a title is for when
    who holds it is named ("the US ambassador *to Japan*", "the charity's director *for Gaza*"), and
    not what only describes a name of the phrase ("the *UN* peacekeeping force UNIFIL" is UNIFIL).
    ``areas``: those "to" or "for" alone, for a title whose holder is named nowhere else ("the
    envoy for Syria")."""
    inside = {t.i for t in phrase}
    named = [t for t in phrase if ents.at(t) and _type(ents.at(t)) in types]
    placed = {t.i for t in named if _under_prep(t, inside, ("in", "at")) and _type(ents.at(t)) != EntityType.ORGANIZATION}
    # (what a place only describes stays: "at Bank Muamalat Malaysia", however the names were cut)
    kept = [t for t in named if t.i not in placed
            and not any(ents.at(u) != ents.at(t) and t.i < u.i and t in u.subtree for u in named if u.i not in placed)]
    kept = [t for t in kept if not _describes_business(ents, t)]
    area = [t for t in kept if _under_prep(t, inside, ("to", "for")) or _area_of_possessed(ents, t, named)]
    kept = area if areas else [t for t in kept if t not in area]
    return list(dict.fromkeys(ents.at(t) for t in kept))


def _area_of_possessed(ents: DocEntities, token: Token, named: list[Token]) -> bool:
    """A name set before the title word of a holder named as the possessor: what the title is
    for, as "to" or "for" would say ("Amnesty International's *Nigeria* director", "NATO's
    *Ukraine* envoy")."""
    return token.dep_ == COMPOUND and is_title_word(token.head) and any(
        t.dep_ == POSS and ents.at(t) != ents.at(token) and t.head.i == token.head.i for t in named)


def _describes_business(ents: DocEntities, token: Token) -> bool:
    """A country that only says where the business a title is in comes from: "chief financial
    officer of *the German drugs group*" is the group's (whose name the text gave before)."""
    if _type(ents.at(token)) != EntityType.COUNTRY or token.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    last = phrase_noun(ents, token)
    return last.i != token.i and last.lemma_.lower() in lexicon.DESCRIBES_BUSINESS


def phrase_noun(ents: DocEntities, token: Token) -> Token:
    """The last common noun of the words from here that make one noun phrase, however the parser
    split it: "the German drugs and pesticides *group*"."""
    doc, last = token.doc, token
    i = token.i + 1
    while i < len(doc) and ents.at(doc[i]) is None and (doc[i].pos_ in ("NOUN", "ADJ") or doc[i].lower_ == "and"):
        if doc[i].pos_ == "NOUN":
            last = doc[i]
        i += 1
    return last


def _under_prep(token: Token, inside: set[int], preps: tuple[str, ...]) -> bool:
    """The word is the object of one of these prepositions, inside the phrase."""
    node = token
    while node.head.i != node.i and node.head.i in inside:
        if node.dep_ == POBJ and node.head.lower_ in preps:
            return True
        node = node.head
    return False


def _type(eid: str) -> str:
    return EntityRef.from_id(eid).type.value


def title_words(ents: DocEntities, phrase: list[Token], titles: frozenset[str], person: str | None = None) -> list[Token] | None:
    """The words of a title phrase that make the title ("foreign policy chief", "security analyst"),
    if it names one of the type's titles or a professional (see ``professional``) and is not a
    former one; not another person's title inside it ("an aide to *Prime Minister* Keir Starmer")."""
    words = [t for t in phrase if (is_title_word(t) or modifies_title(t) or professional(t) or is_titled(t, titles))
             and ents.at(t) is None and not _titles_other(ents, t, person)
             and t.dep_ != POSS]   # "the commission's vice-president": the holder, not the title
    if any(is_titled(t, titles) or professional(t) for t in words) and not any(
            t.lower_ in _FORMER for w in words for t in (w, *w.lefts)):   # "former Senate President"
        return words
    return None


def _titles_other(ents: DocEntities, word: Token, person: str | None) -> bool:
    """The word is part of the title of a person named right after it who is not this one."""
    doc, i = word.doc, word.i + 1
    while i < len(doc) and ents.at(doc[i]) is None and is_title_word(doc[i]):
        i += 1
    other = ents.at(doc[i]) if i < len(doc) else None
    return person is not None and other is not None and other != person and _type(other) == EntityType.PERSON


def served(ents: DocEntities, phrase: list[Token], person: str) -> str | None:
    """The person a title serves, named after "to": "an aide to Prime Minister Keir Starmer", "chief
    of staff to the president, X"; whose side the title holder is on."""
    return next((eid for t in phrase if t.dep_ == POBJ and t.head.lower_ == "to" for eid in [ents.at(t)]
                 if eid and eid != person and _type(eid) == EntityType.PERSON), None)


def is_titled(word: Token, titles: frozenset[str]) -> bool:
    """The word is one of a type's titles ("minister", also "*Ministers* X and Y")."""
    return word.lower_ in titles or word.lemma_.lower() in titles or _capital_plural(word) and word.lower_[:-1] in titles


def professional(word: Token) -> bool:
    """A professional's noun (``professional_nouns``, or a science's practitioner: "pulmonologist"):
    held only at an organisation ("an analyst at Jefferies", "Bernstein analyst X"), not in a country
    ("an Indonesian economist" is no post of Indonesia's)."""
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and (lemma in lexicon.PROFESSIONAL_NOUNS or lemma.endswith("ologist"))



def home_contrasted(ctx: DocContext, name: Token, name_end: Token, person: str) -> bool:
    """The person acts with or on another person of the sentence who holds a title of the story's
    home country ("Chancellor Merz attended the ceremony in Vilnius alongside Lithuanian President
    Gitanas Nauseda", "X met the kingdom's defence minister"): the one the writer leaves unmarked
    beside them is not from there (but "signed with their Philippine counterparts after a meeting
    with President Marcos" under MANILA: Marcos does not act, and is the home one)."""
    sent = name.sent
    return ctx.home is not None and (_in_subject(name_end) and any(
        sent.start <= i < sent.end and who != person and holder == ctx.home and not acting(sent.doc[i])
        for i, who, holder, _ in ctx.roles) or _met_by_home(ctx, name_end, person))


def _met_by_home(ctx: DocContext, name_end: Token, person: str) -> bool:
    """The person is the object of someone named with a title of the home country ("Mexico's
    foreign minister, Juan Ramon de la Fuente, met Secretary of State Marco Rubio in Mexico City"):
    the one met is their guest, not from there."""
    if name_end.dep_ != DOBJ:
        return False
    subjects = {t.i for c in name_end.head.children if c.dep_ == NSUBJ for t in c.subtree}
    return any(i in subjects and who != person and holder == ctx.home for i, who, holder, _ in ctx.roles)


def other_country(ctx: DocContext) -> str | None:
    """The country other than the home one the story names most (three times or more, more than
    any other): whose a guest of the home country is."""
    counts = sorted(((len(e.mentions), e.id) for e in ctx.ents.entities
                     if type_of(e.id) == EntityType.COUNTRY and e.id != ctx.home), reverse=True)
    if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _in_subject(name_end: Token) -> bool:
    """A name inside its clause's subject, however the parser hung the names of the subject on each
    other ("Chancellor Friedrich Merz and Defense Minister Boris Pistorius attended")."""
    node = name_end
    for _ in range(6):
        if acting(node):
            return True
        if node.dep_ not in (*NOUN_MODIFIER_DEPS, APPOS, CONJ) or node.head.i == node.i:
            return False
        node = node.head
    return False


def companion_holder(ctx: DocContext, name_end: Token, companions: frozenset[str],
                     types: frozenset[str], rule: RelationRule) -> str | None:
    """Whose side a person is on who accompanies someone of known title: "Army chief Asim Munir,
    who accompanied Sharif," holds his title where Sharif holds his."""
    verbs = [c for c in name_end.children if c.dep_ == RELCL] + ([name_end.head] if name_end.dep_ == NSUBJ else [])
    accompanied = [(c, verb) for verb in verbs if verb.lemma_.lower() in companions
                   for c in verb.children if c.dep_ == DOBJ]
    if name_end.dep_ == POBJ and name_end.head.dep_ == AGENT and name_end.head.head.lemma_.lower() in companions:
        # "He was accompanied by Morgan Ortagus, a deputy special envoy": who "he" is
        verb = name_end.head.head
        accompanied += [(c, verb) for c in verb.children if c.dep_ == NSUBJPASS]
    for obj, _ in accompanied:
        other = ctx.ents.at(obj)
        if other is None and obj.lower_ in PERSON_PRONOUNS:
            other = next(iter(ctx.antecedents(obj, _PERSON, rule)), None)
        holder = ctx.held_by(other, types) if type_of(other) == EntityType.PERSON else None
        if holder:
            return holder
    return None


def held_in_place(ctx: DocContext, words: list[Token]) -> tuple[bool, str | None]:
    """A title written after a region's or city's name: "Ontario Premier Doug Ford", "Texas
    Governor Greg Abbott", "Sarawak Premier X" hold it there, in a place, not in its country. Returns
    whether it is, and the place's entity (a name the gazetteer knows as a region or city but the
    entity rules missed becomes one)."""
    if words[0].i == 0:
        return False, None
    prior = words[0].nbor(-1)
    eid = ctx.ents.at(prior)
    if eid is not None:
        return type_of(eid) == EntityType.PLACE, eid if type_of(eid) == EntityType.PLACE else None
    gaz = gazetteer()
    if prior.pos_ == "PROPN" and gaz.country(prior.text) is None and (
            gaz.region(prior.text) is not None or gaz.city(prior.text) is not None):
        return True, None
    # a region's name the entity rules missed, read as part of the title: "Sarawak Premier X"
    named = next((w for w in words[:-1] if w.pos_ == "PROPN" and w.is_title and not is_title_word(w)
                  and gaz.country(w.text) is None and gaz.region(w.text) is not None), None)
    return (True, ctx.add_place(named.doc[named.i:named.i + 1])) if named is not None else (False, None)


def government_country(ctx: DocContext, holder: str, governments: frozenset[str]) -> str | None:
    """The country whose government body an organisation is, by its name: "Russian Foreign Ministry"
    (a spokeswoman of the ministry speaks for Russia too), if the text names that country."""
    if type_of(holder) != EntityType.ORGANIZATION:
        return None
    words = ctx.names.get(holder, "").split()
    if not any(w.lower() in governments for w in words):
        return None
    gaz = gazetteer()
    for n in (2, 1):   # "South African", "Russian"
        for i in range(len(words) - n + 1):
            text = " ".join(words[i:i + n])
            country = gaz.demonym(text) or gaz.country(text)
            eid = entity_id(EntityType.COUNTRY, country.code.lower()) if country else None
            if eid in ctx.names:
                return eid
    return None


def bare_state_body(ctx: DocContext, holder: str, state_words: frozenset[str]) -> bool:
    """An organisation of a country's state named by no country: "Parliament", "Foreign Ministry",
    "Justice Department" (whose country the text leaves unsaid, as it does a bare title's)."""
    return type_of(holder) == EntityType.ORGANIZATION and any(
        w.lower() in state_words for w in ctx.names.get(holder, "").split()) and government_country(
        ctx, holder, state_words) is None


def ministry_before(ctx: DocContext, holder: str, name: Token, governments: frozenset[str]) -> str | None:
    """The country of a government body named by no country ("a spokesman for the foreign
    ministry"): the one whose minister of the same portfolio was named before, nearby ("Foreign
    Minister Abbas Araqchi", Iran's)."""
    words = ctx.names.get(holder, "").lower().split()
    if type_of(holder) != EntityType.ORGANIZATION or not any(w in governments for w in words):
        return None
    portfolio = {w for w in words if w not in governments}
    return next((country for i, _, country, title in reversed(ctx.roles) if i < name.i and type_of(country) == EntityType.COUNTRY
                 and ctx.near_paragraph(name, i) and portfolio & set(title.lower().split())), None)


def led(name_end: Token, lead_verbs: Mapping[str, str]) -> tuple[str, Token] | None:
    """The title a verb of leading gives a person, and what they lead: "Helene Brandt, *who leads*
    the association DSW" (leader), "Grossi *heads* the agency", "the Confederation of African
    Football, *which is led by* Patrice Motsepe"; not where they lead it ("led the team to the
    title")."""
    verbs = [c for c in name_end.children if c.dep_ == RELCL
             and any(s.dep_ == NSUBJ and s.lower_ in _RELATIVE_SUBJECTS for s in c.children)]
    if name_end.dep_ == NSUBJ:
        verbs.append(name_end.head)
    for verb in verbs:
        title = lead_verbs.get(verb.lemma_.lower())
        if title is None or any(c.dep_ == PREP and c.lower_ == "to" for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == DOBJ):
            return title, obj
    if name_end.dep_ == POBJ and name_end.head.dep_ == AGENT:
        verb = name_end.head.head
        title = lead_verbs.get(verb.lemma_.lower())
        if title is not None and verb.dep_ in (RELCL, ACL):
            return title, verb.head
        # "The group's parliamentary bloc is headed by Mohammad Raad"
        led_object = next((c for c in verb.children if c.dep_ == NSUBJPASS), None)
        if title is not None and led_object is not None and led_object.pos_ in ("NOUN", "PROPN"):
            return title, led_object
    return None


def led_holders(ents: DocEntities, led_object: Token, types: frozenset[str]) -> list[str]:
    """Whose a led object is: its own name, or the name it is set beside ("the shareholder
    association DSW"); not what only qualifies it ("Liverpool's attack")."""
    words = [led_object] + [c for c in led_object.children if c.dep_ in (COMPOUND, APPOS)]
    return list(dict.fromkeys(e for t in words for e in [ents.at(t)] if e and _type(e) in types))


def whose_group(name_end: Token, groups: frozenset[str]) -> Token | None:
    """The group a relative clause gives a name as theirs: "Nabih Berri, *whose Amal Movement* is
    allied with Hezbollah"."""
    for verb in (c for c in name_end.children if c.dep_ == RELCL):
        for subject in (c for c in verb.children if c.dep_ in (NSUBJ, NSUBJPASS)):
            if subject.lemma_.lower() in groups and any(c.lower_ == "whose" for c in subject.children):
                return subject
    return None


def government_led(name_end: Token, governments: frozenset[str]) -> Token | None:
    """The government noun a name leads: "the Venezuelan government *of* Nicolas Maduro", "the
    *Trump* administration", "Orban's government"; so the party: "Geert Wilders' Freedom Party"."""
    if name_end.dep_ == CASE:   # "Wilders *'*": the possessor's own word
        name_end = name_end.head
    if name_end.dep_ == POBJ and name_end.head.lower_ == "of" and name_end.head.head.lemma_.lower() in governments:
        return name_end.head.head
    if name_end.dep_ in (COMPOUND, POSS) and name_end.head.lemma_.lower() in governments:
        return name_end.head
    return None


def fronted_place(ctx: DocContext, name: Token) -> str | None:
    """The country of a place a sentence opens with, before the person who acts in it: "In Beijing,
    foreign ministry spokesman Guo Jiakun said", "Back in Canberra, Resources Minister Madeleine
    King acknowledged" (a dateline inside the story)."""
    words = [t for t in name.sent[:3] if not t.is_space]
    first = words[1] if len(words) > 1 and words[0].lower_ == "back" else words[0] if words else None
    if first is None or first.lower_ != "in" or first.i >= name.i:
        return None
    for place in (c for c in first.children if c.dep_ == POBJ and c.i < name.i):
        eid = ctx.ents.at(place)
        country = eid if type_of(eid) == EntityType.COUNTRY else ctx.capital_of(eid) if type_of(eid) == EntityType.PLACE else None
        if country and any(t.text == "," for t in name.doc[place.i + 1:name.i]):
            return country
    return None


def story_country(ctx: DocContext) -> str | None:
    """The one country a story with no dateline is set in, where the national titles it leaves
    unowned are held: named most (its capital and cities counting for it), three times or more and
    at least twice as often as any other ("Gambia's main opposition coalition said ... President
    Ebrima Ceesay")."""
    counts: Counter[str] = Counter()
    for entity in ctx.ents.entities:
        kind = type_of(entity.id)
        country = entity.id if kind == EntityType.COUNTRY else (
            ctx.capital_of(entity.id) or ctx.country_of(entity.id)) if kind == EntityType.PLACE else None
        if country:
            counts[country] += len(entity.mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def portfolio_before(ctx: DocContext, name: Token, words: list[Token], governments: frozenset[str]) -> str | None:
    """The country whose ministry of the title's portfolio was named just before (this paragraph or
    the one before): "Turkey's defence ministry confirmed ... Defence Minister Hakan Yildirim"."""
    portfolio = {w.lower_ for w in words[:-1]}
    for i, country in reversed(ctx.governments):
        ministry = name.doc[i]
        if i < name.i and ctx.near_paragraph(name, i) and ministry.lemma_.lower() in governments \
                and portfolio & {c.lower_ for c in ministry.lefts}:
            return country
    return None


def force_named(ctx: DocContext, name: Token, words: list[Token], forces: frozenset[str]) -> str | None:
    """The organisation the text names for the armed, police or coast guard body a title with no
    holder names ("Police spokesman X" after "the Gambia Police Force"; "coast guard spokesman X"
    after "the Hellenic Coast Guard said"): the last named before the person with the title's word
    for it, else the only one the text names."""
    kinds = {w.lemma_.lower() for w in words} & forces
    if not kinds:
        return None
    named = [(i, eid) for i, eid in ctx.mentions if type_of(eid) == EntityType.ORGANIZATION
             and kinds & set(ctx.names.get(eid, "").lower().split())]
    before = [eid for i, eid in named if i < name.i]
    anywhere = {eid for _, eid in named}
    return before[-1] if before else next(iter(anywhere)) if len(anywhere) == 1 else None


def force_of(ctx: DocContext, words: list[Token], country: str, forces: frozenset[str]) -> str | None:
    """A country's armed, police or coast guard body that a title names, when the text names it as
    an organisation of that country: "Thai army spokesperson X" is the Royal Thai Army's."""
    kinds = frozenset(w.lemma_.lower() for w in words) & forces
    if not kinds or type_of(country) != EntityType.COUNTRY:
        return None
    return next((e.id for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
                 and government_country(ctx, e.id, kinds) == country), None)


def institution_of(ctx: DocContext, name: Token, kind: str) -> str | None:
    """The organisation of one kind (its names have this word: "bank") whose title a person with no
    holder holds: the one the sentence or the one before reports on, else the one the story names
    most, twice or more (first, if as often as another: the story's subject comes first): "Bank
    Indonesia kept its rate ... Governor Hendra Wibisono said"."""
    kinds = [e for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
             and kind in ctx.names.get(e.id, "").lower().split()]
    actor = ctx.actor(name.sent, frozenset((EntityType.ORGANIZATION,)), "")
    if actor in {e.id for e in kinds}:
        return actor
    ranked = sorted(kinds, key=lambda e: (-len(e.mentions), min(m.start for m in e.mentions)))
    if not ranked:
        return None
    at = [i for i, eid in ctx.mentions if eid == ranked[0].id]
    # named twice, or once as what the story opens on ("The National Bank of Poland cut its rate") or
    # in the person's sentence ("Rep. X said he would introduce a bill in the House of Representatives")
    return ranked[0].id if len(ranked[0].mentions) >= 2 or acting(name.doc[at[0]]) or any(
        name.sent.start <= i < name.sent.end for i in at) else None


def whose_name(ents: DocEntities, whose: Token, types: frozenset[str]) -> str | None:
    """The name "whose" stands for, set right before it: "the fund's Council on Ethics, *whose*
    chair, Ingrid Solbakken," (however the parser hung the clause)."""
    i = whose.i - 1
    while i >= 0 and whose.doc[i].is_punct:
        i -= 1
    eid = ents.at(whose.doc[i]) if i >= 0 else None
    return eid if eid and _type(eid) in types else None


def part_of(ents: DocEntities, led_object: Token, parts: frozenset[str], types: frozenset[str]) -> list[str]:
    """The organisation a led part of one belongs to, by its "of": "heads the Spanish branch of
    Amnesty International" (role_parts)."""
    if led_object.lemma_.lower() not in parts:
        return []
    return [eid for c in led_object.children if c.dep_ == PREP and c.lower_ == "of"
            for p in c.children if p.dep_ == POBJ for eid in [ents.at(p)] if eid and _type(eid) in types]


def short_name(ctx: DocContext, words: list[Token]) -> str | None:
    """The organisation a title's qualifier names by the first word of its name, the word right before
    the title ("Conservative MP X" where the text names the Conservative Party, "Arcadia CEO X" the
    Arcadia Cloud it is about); not a country's word ("Greek Foreign Minister")."""
    if words[0].i == 0:
        return None
    word = words[0].nbor(-1)
    gaz = gazetteer()
    if not word.is_title or word.pos_ not in ("PROPN", "ADJ") or ctx.ents.at(word) is not None \
            or is_title_word(word) or gaz.demonym(word.text) or gaz.country(word.text):
        return None
    named = {e.id for e in ctx.ents.entities if type_of(e.id) == EntityType.ORGANIZATION
             and ctx.names.get(e.id, "").split()[:1] == [word.text] and len(ctx.names[e.id].split()) > 1}
    return next(iter(named)) if len(named) == 1 else None


def unread_owner(ctx: DocContext, words: list[Token]) -> bool:
    """A name right before the title that kg did not read as an entity ("BP boss Murray Auchincloss",
    "Arcadia CEO Dana Whitfield"): the title's holder is said, so no other organisation of the story
    is guessed for it."""
    if words[0].i == 0:
        return False
    word = words[0].nbor(-1)
    gaz = gazetteer()
    return word.pos_ == "PROPN" and word.text[:1].isupper() and ctx.ents.at(word) is None \
        and not is_title_word(word) and not gaz.demonym(word.text) and not gaz.country(word.text)
