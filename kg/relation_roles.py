"""Where a person's title is written, for the role types (HOLDS_ROLE): before the name ("NATO
Secretary General Mark Rutte", "EU foreign policy chief Kaja Kallas"), beside it ("Mark Rutte,
NATO's secretary general,"), or as what a verb makes of the person ("Lecornu became France's
prime minister", "Smith was appointed ambassador to Japan"). Each gives the words of the title
phrase; the finder reads the title and the organisation or country off them."""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from kg import lexicon
from kg.constants import (ACL, ADVCL, AGENT, APPOS, CASE, ATTR, COMPOUND, CONJ, DOBJ, NOUN_MODIFIER_DEPS, NSUBJ, NSUBJPASS, OPRD, POBJ, POSS,
                          PREP, RELCL, XCOMP)
from kg.entities import DocEntities
from kg.schema import EntityRef, EntityType

_POSSESSIVE_MARKS = ("'s", "’s", "-")
_FORMER = ("former", "ex-", "late")
_RELATIVE_SUBJECTS = ("who", "that")
# how far a portfolio's words run after "for" or "of" ("Minister of Mines, Petroleum and Energy"),
# and what joins them
_PORTFOLIO_WORDS = 7
_PORTFOLIO_JOINS = ("and", ",", "&")


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
            # (a portfolio only between a title word and the name: not before the title's owner,
            # "Nigeria's Minister X and *Morocco's* Minister Y")
            portfolio = None if ents.at(t) == eid or any(ents.at(w) or w.lower_ in _POSSESSIVE_MARKS for w in words) \
                else _portfolio_opener(ents, sent, i)
            if portfolio is None:
                break
            words[:0] = sent.doc[portfolio:i + 1]   # "Minister *for Energy and Green Transition* X"
            i = portfolio - 1
            continue
        words.insert(0, t)
        i -= 1
    return words


def _portfolio_opener(ents: DocEntities, sent: Span, last: int) -> int | None:
    """Where the portfolio a title word is named with begins, if the capitalised words that end at
    ``last`` are one (with "and", commas; no person's name): the "for" or "of" after the title word
    ("Minister *for Employment and Workplace Relations* X", "Minister *of Mines, Petroleum and
    Energy* X", "Secretary of State *for Northern Ireland* X"); None if they are not."""
    doc = sent.doc
    i = last
    while i > sent.start + 1 and i > last - _PORTFOLIO_WORDS and (
            (doc[i].is_title and doc[i].is_alpha) or doc[i].lower_ in _PORTFOLIO_JOINS) \
            and _type_at(ents, doc[i]) != EntityType.PERSON:
        i -= 1
    if doc[i].lower_ in ("for", "of") and i < last and is_title_word(doc[i - 1]) and doc[i + 1].is_title:
        return i
    return None


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
    words = [t for appos in _appositions(name_end) if not any(w.lower_ in _FORMER for w in appos.subtree)
             for t in appos.subtree]
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


def _appositions(name_end: Token) -> list[Token]:
    """The phrases set beside a name, also where the parser hung the one after the last of two
    names on the first ("X and Tekle Berhane, a senior adviser to Eritrea's president,": Berhane's,
    not X's; but "X and Y, both ministers," is X's too)."""
    rights = list(name_end.rights) if name_end.n_rights else []   # (an apposition follows the name)
    own = [a for a in rights if a.dep_ == APPOS]
    if own:
        conjuncts = [c.i for c in rights if c.dep_ == CONJ]
        own = [a for a in own if plural(a) or not any(name_end.i < c < a.i for c in conjuncts)]
    if name_end.dep_ == CONJ and name_end.i + 1 < len(name_end.doc) and name_end.nbor(1).text == ",":
        siblings = list(name_end.head.rights)
        conjuncts = [c.i for c in siblings if c.dep_ == CONJ]
        own += [a for a in siblings if a.dep_ == APPOS and a.i > name_end.i and not plural(a)
                and not any(name_end.i < c < a.i for c in conjuncts)]
    return own


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
    """The word is the object of one of these prepositions, inside the phrase; also where the parser
    hung the name after it elsewhere ("UNICEF's representative *in* Madagascar, Jean-Paul Dossou,",
    with the person's name as the object of "in")."""
    before = token.i - 1
    while before > 0 and token.doc[before].lower_ == "the":
        before -= 1
    if before in inside and token.doc[before].lower_ in preps:
        return True
    node = token
    while node.head.i != node.i and node.head.i in inside:
        if node.dep_ == POBJ and node.head.lower_ in preps:
            return True
        node = node.head
    return False


def _type(eid: str) -> str:
    return EntityRef.from_id(eid).type.value


def _type_at(ents: DocEntities, token: Token) -> str | None:
    eid = ents.at(token)
    return _type(eid) if eid else None


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
    if person is None:
        return False
    doc, i = word.doc, word.i + 1
    end = len(doc)
    while i < end and ents.at(doc[i]) is None and is_title_word(doc[i]):
        i += 1
    other = ents.at(doc[i]) if i < end else None
    return other is not None and other != person and _type(other) == EntityType.PERSON


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


def led(name_end: Token, lead_verbs: Mapping[str, str]) -> tuple[str, Token] | None:
    """The title a verb of leading gives a person, and what they lead: "Helene Brandt, *who leads*
    the association DSW" (leader), "Grossi *heads* the agency", "the Confederation of African
    Football, *which is led by* Patrice Motsepe"; not where they lead it ("led the team to the
    title")."""
    # (also of what the name is set beside: "Andrade, a former mayor of Cuenca *who leads* the Citizen
    # Unity Front,")
    described = [name_end, *(a for a in name_end.rights if a.dep_ == APPOS)]
    verbs = [c for d in described for c in d.children if c.dep_ == RELCL
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
