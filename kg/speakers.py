"""Who a speaker's noun phrase refers to.

A name is its entity. A pronoun points back to the last person (he, she) or organisation or
country (it) that spoke. A definite description points back to the last entity it can describe:
"the company" to an organisation, "the newspaper" to an outlet, "the 71-year-old" to a person.
A role ("Chile's finance minister", "the health minister") is the person the article names in
that role anywhere, before or after; a role nobody holds by name is an unnamed role-holder of
its country or organisation, a person of its own, never the country itself. An apposition names
the speaker either way round ("Kim, the minister," / "the minister, Kim,"). A spokesperson or an
unnamed official speaks for the organisation beside them.
"""
from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import (
    ACL, AGENT, AMOD, APPOS, CASE, CCOMP, COMPOUND, DET, NAME_LINK_DEPS, POBJ, POSS, PREP, RELCL,
    SPEAKER_MODIFIER_DEPS, SUBJECT_DEPS)
from kg.attribution import OPEN_QUOTES, is_trigger
from kg.entities import DocEntities
from kg.gazetteer import fold
from kg.genders import agrees, genders_shown, word_gender
from kg.name_spans import is_title_word as _is_title_word
from kg.schema import Entity, EntityRef, EntityType, Mention
from kg.sentences import sentence_of

_AGE = re.compile(r"^\d+-year-old$")
_DEFINITE = frozenset({"the", "this"})


class Context(Protocol):
    doc: Doc
    ents: DocEntities
    genders: dict[str, str] | None
    sentence_of: dict[int, int]
    last_person: str | None
    last_org: str | None
    outlets: set[str]


def entities_of_np(ctx: Context, head: Token) -> list[str]:
    """Entities a subject noun phrase refers to, with its conjuncts ("X and Y said")."""
    heads = [head] + [c for c in head.conjuncts if c.i > head.i]
    found: list[str] = []
    for h in heads:
        eid = entity_of_head(ctx, h)
        for named in ([eid] if eid else []) + _conjoined_for(ctx, h, eid):
            if named not in found:
                found.append(named)
    for eid in _coordinated_names(ctx, head):
        if eid not in found:
            found.append(eid)
    return found


def _conjoined_for(ctx: Context, head: Token, eid: str | None) -> list[str]:
    """"Observers from the EU and the AU said": the organisations joined to the one a speaker
    noun speaks for."""
    if eid is None or ctx.ents.at(head):
        return []
    return [ctx.ents.at(c) for prep in head.children if prep.dep_ == PREP
            for pobj in prep.children if ctx.ents.at(pobj) == eid
            for c in pobj.conjuncts if (ctx.ents.at(c) or "").startswith("organization:")]


def _coordinated_names(ctx: Context, head: Token) -> list[str]:
    """"Finance Minister Ana Silva and Economy Minister Rui Costa said": names joined by "and"
    that the parser folded into one noun phrase."""
    tokens = [t for t in head.subtree if t.i <= head.i]
    if not any(t.lower_ == "and" for t in tokens) or any(t.dep_ == PREP for t in tokens):
        return []
    names = []
    for t in tokens:
        eid = ctx.ents.at(t)
        if eid and eid.startswith("person:") and eid not in names:
            names.append(eid)
    return names if len(names) > 1 else []


def entity_of_head(ctx: Context, head: Token) -> str | None:
    eid = ctx.ents.at(head)
    if eid:
        # "WASHINGTON -- President Obama, ..., said": the dateline's city is not the speaker.
        if not eid.startswith(("person:", "organization:")):
            named = _named_by_apposition(ctx, head)
            if named:
                return named
        return eid
    if head.pos_ == "PROPN" or head.is_title and head.pos_ == "NOUN":
        named = _by_surname(ctx, head)   # (the model may read a name it tagged elsewhere as a noun:
        if named:                        # "Woolworths said")
            return named
    lower = head.lower_
    if lower in lexicon.PERSONAL_PRONOUNS:
        return pronoun_antecedent(ctx, head)
    if lower == "it":
        return _organization_above(ctx, head) or ctx.last_org
    if lower in ("who", "that") and head.head.dep_ == RELCL:
        return entity_of_head(ctx, head.head.head)
    # "Moscow's UN envoy Vassily Nebenzia", "the minister, Kim Yong-hyun,": the named person.
    named = _named_by_apposition(ctx, head, NAME_LINK_DEPS) or apposed_person(ctx, head)
    if named:
        return named
    named = _descriptor_of(ctx, head) or _named_aside(ctx, head)
    if named:
        return named
    if _age_phrase(head):
        return _described(ctx, head)
    if head.pos_ == "PRON" or head.ent_type_ in ("NORP", "DATE", "CARDINAL"):
        return None   # "an African American who said": a person of that people, not the country
    lemma = head.lemma_.lower()
    if lemma in lexicon.PROFESSIONAL_NOUNS and head.tag_ == "NNS":
        named = _working_at(ctx, head)   # "economists at Nomura said in a note": the firm's research
        if named:
            return named
    if lemma in lexicon.DESCRIBES_INSTITUTION or lemma in lexicon.DESCRIBES_ORGANIZATION:
        named = _bearer_body(ctx, head)
        if named:
            return named
    if lemma in lexicon.SPEAKER_NOUNS or lemma in lexicon.DOCUMENT_NOUNS:
        # "the office said": the organisation named an office, when no organisation stands beside it
        return _speaks_for(ctx, head) or (_described(ctx, head, institution=True) if _definite(head) else None) \
            or _organization_just_before(ctx, head)
    if lemma in lexicon.DESCRIBES_COUNTRY or lemma in lexicon.COUNTRY_MISSIONS \
            or lemma in lexicon.DESCRIBES_INSTITUTION and _is_title_word(head):
        # "Kenya's government", "Nigeria's army": the country acts, as the relation rules read it
        named = _country_owning(ctx, head)
        if named:
            return named
    if lemma in lexicon.DESCRIBES_INSTITUTION and head.tag_ == "NNS":
        # "Prosecutors (at the Federal Prosecutor's Office) said": the office named so
        return _speaks_for(ctx, head) or _described(ctx, head)
    if lemma in lexicon.GROUP_NOUNS:
        return None   # "the opposition dismissed the vote": a group, not the person last named
    organization = lemma in lexicon.DESCRIBES_ORGANIZATION
    if _is_title_word(head) and not organization:   # "the party said" is no person
        return _named_next(ctx, head) or _by_role(ctx, head) or _role_holder(ctx, head)
    if _definite(head) or lemma in lexicon.DESCRIBES_INSTITUTION \
            or organization and head.pos_ == "NOUN" and any(c.dep_ == POSS and c.pos_ == "PROPN"
                                                             for c in head.children):
        return _described(ctx, head)   # "Malawi's main opposition party" is definite too
    return None


def pronoun_antecedent(ctx: Context, pronoun: Token) -> str | None:
    """"he", "she": a person who is the subject of a clause the pronoun's clause belongs to ("Ruiz
    thanked the crowd and said she ..."), else the last person who spoke or was a subject,
    unless the text shows them to be of the other gender; then (or when no one has spoken yet)
    the nearest person mentioned before who may be meant."""
    if ctx.genders is None:
        ctx.genders = genders_shown(ctx.doc, ctx.ents.by_token)
    wanted = word_gender(pronoun.text)
    people = sorted(((i, eid) for i, eid in ctx.ents.by_token.items() if i < pronoun.i and eid.startswith("person:")),
                    reverse=True)
    fits = [eid for _, eid in people if agrees(ctx.genders.get(eid), wanted)]
    chosen = _subject_above(ctx, pronoun, fits) or ctx.last_person
    if chosen is None or not agrees(ctx.genders.get(chosen), wanted):
        chosen = fits[0] if fits else None
    if chosen is not None and wanted is not None and people and people[0][1] == chosen:
        # "she" read as the person just mentioned, with no one else between, shows her a woman
        ctx.genders.setdefault(chosen, wanted)
    return chosen


def _organization_above(ctx: Context, pronoun: Token) -> str | None:
    """"IG Metall said it would resist ...": "it" in what a named organisation or country said
    is that speaker, before the last one that spoke."""
    node = pronoun
    while node.head.i != node.i:
        edge, node = node.dep_, node.head
        if edge == RELCL:   # "the Houthi movement, which attacked ships it says are ...": the antecedent
            eid = ctx.ents.at(node) or _descriptor_of(ctx, node)
            if eid and eid.startswith(("organization:", "country:")):
                return eid
        if edge != CCOMP or not is_trigger(node):
            continue   # ("Russia, it said, has relied": "it" is no part of what Russia said)
        for child in node.children:
            eid = ctx.ents.at(child)
            if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i and eid \
                    and eid.startswith(("organization:", "country:")):
                return eid
    return None


def _country_owning(ctx: Context, head: Token) -> str | None:
    """"Kenya's government", "the government of Kenya", "the Malawian government": the country itself."""
    for child in head.children:
        owners = [child] if child.dep_ in (POSS, AMOD, COMPOUND) and child.i < head.i else \
            [c for c in child.children if c.dep_ == POBJ] if child.dep_ == PREP and child.lower_ == "of" else []
        for owner in owners:
            eid = ctx.ents.at(owner)
            if eid and eid.startswith("country:"):
                return eid
    return None


def _named_next(ctx: Context, head: Token) -> str | None:
    """"Opposition lawmaker Given Lubinda accused ...": a role followed at once by a person's
    name that the parser did not join to it (it read "Given" as a verb)."""
    doc, i = head.doc, head.i + 1
    while i < min(head.i + 3, head.head.i) and ctx.ents.at(doc[i]) is None and doc[i].is_title:
        i += 1   # a first name the entity rules left out of the name
    eid = ctx.ents.at(doc[i]) if i < head.head.i else None
    return eid if eid and eid.startswith("person:") else None


def _subject_above(ctx: Context, pronoun: Token, fits: list[str]) -> str | None:
    """The person subject of a clause the pronoun's clause belongs to: in "Ruiz thanked the
    crowd and said she would stay" the subject of "thanked"; in a clause said before its
    speaker ("Trump changed his mind, she said") nothing, since what was said hangs below."""
    node = pronoun.head
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i:
                # "His main challenger, X, told a rally that he would ...": the name in apposition
                eid = ctx.ents.at(child) or _named_by_apposition(ctx, child)
                if eid in fits:
                    return eid
    return None


def apposed_person(ctx: Context, head: Token) -> str | None:
    """A role noun phrase set off by commas from the person holding it, wherever the parser hung
    the apposition inside it: "Its representative in Zambia, Nathan Bakyaita, said"."""
    if not (_is_title_word(head) or head.lemma_.lower() in lexicon.SPEAKER_NOUNS):
        return None
    for t in head.subtree:
        if t.dep_ == APPOS and t.i > head.i and (ctx.ents.at(t) or "").startswith("person:") \
                and not _inside_clause(t, head):
            return ctx.ents.at(t)
    return None


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether a relative or other clause lies between the token and the phrase's head."""
    node = token
    while node.i != top.i:
        head = node.head   # (a new Token on each read)
        if head.i == node.i:
            break
        if node.dep_ in (RELCL, ACL):
            return True
        node = head
    return False


def _descriptor_of(ctx: Context, head: Token) -> str | None:
    """"The chip maker Nvidia said", "the state broadcaster NHK reported": a noun that describes
    an organisation, followed by the organisation's name."""
    lemma = head.lemma_.lower()
    if lemma not in lexicon.ORGANIZATION_NOUNS and lemma not in lexicon.DESCRIBES_ORGANIZATION \
            and lemma not in lexicon.DESCRIBES_OUTLET:
        return None
    for child in head.subtree:
        eid = ctx.ents.at(child)
        if eid and eid.startswith("organization:") and (child.i < head.i and _compound_of(child, head)
                                                         or child.head == head and child.dep_ in NAME_LINK_DEPS):
            return eid   # "the chip maker Nvidia", "Khan's PTI party", "the Gannett newspaper chain"
    return None


def _compound_of(token: Token, head: Token) -> bool:
    """Whether the token modifies the head through compounds only ("Gannett newspaper chain")."""
    while token.dep_ == COMPOUND and token.head.i != token.i:
        token = token.head
        if token.i == head.i:
            return True
    return False


def _named_aside(ctx: Context, head: Token) -> str | None:
    """"The UN peacekeeping mission, MONUSCO, said", "the rescue agency, known as Basarnas,
    said": an organisation named beside the noun, set off by commas or by "known as"."""
    if head.pos_ != "NOUN":
        return None
    for child in head.subtree:
        if child.i < head.i or child.head.i != head.i and (child.dep_ != APPOS or _inside_clause(child, head)):
            continue   # "the UN mission in Congo, MONUSCO,": the parser may hang the name on Congo
        if child.dep_ == APPOS:
            names = [child]
        elif child.dep_ == ACL and child.lemma_.lower() in lexicon.NAMING_PARTICIPLES:
            names = [t for t in child.subtree if t.i > child.i]
        else:
            continue
        eid = next((ctx.ents.at(t) for t in names if (ctx.ents.at(t) or "").startswith("organization:")), None)
        if eid:
            return eid
    return None


def _age_phrase(head: Token) -> bool:
    """"the 71-year-old", which the tokenizer splits into "71 - year - old"."""
    return head.lower_ == "old" and any(c.lemma_ == "year" for c in head.children) \
        and any(t.lower_ == "the" for t in head.subtree)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", fold(text))


def _by_surname(ctx: Context, head: Token) -> str | None:
    """"O'Neill said" after "James O’Neill": a surname the names in the article end with; or a
    one-word name of the article's ("Woolworths said")."""
    surname = _letters(head.text)
    people = [e.id for e in ctx.ents.entities if e.id.startswith("person:") and len(e.name.split()) > 1
              and _letters(e.name.split()[-1]) == surname]
    if len(people) == 1:
        return people[0]
    named = [e.id for e in ctx.ents.entities if _letters(e.name) == surname]
    return named[0] if len(named) == 1 else None   # a one-word name the article gave before


def _named_by_apposition(ctx: Context, head: Token, deps=frozenset({APPOS})) -> str | None:
    for child in head.children:
        if child.dep_ in deps and (ctx.ents.at(child) or "").startswith("person:"):
            return ctx.ents.at(child)
    return None


def _definite(head: Token) -> bool:
    return head.tag_ in ("NN", "NNP") and any(c.dep_ == DET and c.lower_ in _DEFINITE for c in head.children)


def _speaks_for(ctx: Context, head: Token) -> str | None:
    """"a Pentagon spokesperson", "the agency's spokesman": the organisation beside them; an
    unnamed official speaks for an organisation, not for a whole country."""
    anonymous = head.lemma_.lower() in lexicon.ANONYMOUS_NOUNS
    # a document, or a person's office, speaks for the person too ("Habeck's office said")
    as_person = head.lemma_.lower() in lexicon.DOCUMENT_NOUNS or head.lemma_.lower() in lexicon.PERSONAL_OFFICES
    for t in head.subtree:
        if t.i < head.i and t.dep_ in SPEAKER_MODIFIER_DEPS:
            eid = ctx.ents.at(t)
            if eid is None and (t.dep_ == POSS and _definite(t)
                                or t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.DESCRIBES_ORGANIZATION):
                eid = _described(ctx, t)   # "the agency's spokesman", "a company spokeswoman"
            elif eid is None and t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.DESCRIBES_INSTITUTION:
                eid = _institution_described(ctx, t)   # "a ministry spokesman"
            if eid is None and t.tag_ == "PRP$" and word_gender(t.text) \
                    and head.lemma_.lower() in lexicon.PERSONAL_OFFICES:
                eid = pronoun_antecedent(ctx, t)   # "His office said": the man last spoken of
            if eid and (eid.startswith(("organization:", "country:")) and not anonymous
                        or eid.startswith("organization:")
                        or eid.startswith("person:") and as_person):
                return eid
        if t.dep_ in (PREP, AGENT) and t.lower_ in ("for", "of", "at", "by", "from") and t.head == head:
            for pobj in t.children:
                eid = ctx.ents.at(pobj)
                if eid and (eid.startswith("organization:") or as_person):
                    return eid
    return None


def voice_of(ctx: Context, subject: Token) -> tuple[frozenset[str], bool]:
    """Whom a speaker's role says they speak for: the organisations and countries named with a
    spokesperson's or an official's role ("Kremlin spokesman Dmitry Peskov" -> the Kremlin), and
    whether the role names none ("Spokesperson Shafqat Ali Khan said": the body just spoken of)."""
    if subject.lemma_.lower() not in lexicon.SPEAKER_NOUNS and not any(
            c.lemma_.lower() in lexicon.SPEAKER_NOUNS for c in subject.children):
        return frozenset(), False   # (the role is the phrase's head, or a word or apposition beside it)
    phrase = [t for t in subject.subtree if not _inside_clause(t, subject)]
    bodies = frozenset(eid for t in phrase for eid in [ctx.ents.at(t)]
                       if eid and eid.startswith(("organization:", "country:")))
    return bodies, not bodies and any(t.lemma_.lower() in lexicon.SPOKESPERSON_NOUNS for t in phrase)


def _institution_described(ctx: Context, noun: Token) -> str | None:
    """"a ministry official": the ministry the article names, when the words before the noun are
    words of its name too ("a foreign ministry official" is no official of the Defence Ministry)."""
    eid = _described(ctx, noun)
    if eid is None:
        return None
    name = fold(next(e.name for e in ctx.ents.entities if e.id == eid)).lower()
    words = [fold(c.text).lower() for c in noun.children if c.dep_ in (COMPOUND, AMOD) and c.i < noun.i]
    return eid if all(w in name for w in words) else None


def _organization_just_before(ctx: Context, head: Token) -> str | None:
    """"The ministry announced the ban on Monday. The spokesman said ...": a spokesperson with no
    body named speaks for the organisation that is the subject of their sentence or the one before."""
    if head.lemma_.lower() not in lexicon.SPOKESPERSON_NOUNS \
            or any(c.dep_ == PREP or c.pos_ == "PROPN" and c.i < head.i for c in head.children):
        return None   # ("A Grab spokesperson": a body named, though no entity was found for it)
    doc = ctx.doc
    sent_start = sentence_of(head).start
    start = sentence_of(doc[sent_start - 1]).start if sent_start > 0 else sent_start
    subjects = [ctx.ents.at(t) for t in doc[start:head.i] if t.dep_ in SUBJECT_DEPS]
    return next((eid for eid in reversed(subjects) if eid and eid.startswith("organization:")), None)


def _working_at(ctx: Context, head: Token) -> str | None:
    """"economists at Nomura", "JPMorgan analysts": the firm they work at."""
    for child in head.children:
        eid = ctx.ents.at(child) if child.dep_ == COMPOUND and child.i < head.i else None
        if eid and eid.startswith("organization:"):
            return eid
    for prep in head.children:
        if prep.dep_ == PREP and prep.lower_ == "at":
            eid = next((ctx.ents.at(c) for c in prep.children if c.dep_ == POBJ), None)
            if eid and eid.startswith("organization:"):
                return eid
    return None


def _role_words(text: str) -> set[str]:
    return {fold(w).replace("defense", "defence") for w in text.replace("-", " ").split()}


def _by_role(ctx: Context, head: Token) -> str | None:
    """"the US defense secretary", "Chile's finance minister" -> the person this document names
    in that role, anywhere in it."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    title = {fold(t.text).replace("defense", "defence") for t in head.subtree
             if t.i <= head.i and _is_title_word(t)}
    place = {fold(t.text) for t in head.subtree if t.i < head.i and ctx.ents.at(t)
             and not _is_title_word(t)}
    candidates = []
    for eid, role in ctx.ents.roles.items():
        words = _role_words(role)
        if title and title <= words and (not place or place <= words or not _names_a_place(ctx, role)):
            candidates.append(eid)
    if len(candidates) == 1:
        return candidates[0]
    if candidates and ctx.last_person in candidates:
        return ctx.last_person
    return None


def _names_a_place(ctx: Context, role: str) -> bool:
    return any(not _is_title_word_text(w) for w in role.split())


def _is_title_word_text(word: str) -> bool:
    lower = word.lower()
    return lower in lexicon.TITLE_WORDS or lower.rstrip(".") in lexicon.TITLE_WORDS


def _role_holder(ctx: Context, head: Token) -> str | None:
    """A role of a country or organisation that no one holds by name in the article: a person of
    its own, named by the role ("Kenya's foreign minister"). "The minister" alone points back to
    the last person who spoke."""
    owner = next((ctx.ents.at(t) for t in head.subtree if t.i < head.i and ctx.ents.at(t)
                  and not ctx.ents.at(t).startswith("person:")), None)
    possessed = any(t.dep_ == CASE or t.dep_ == POSS for t in head.subtree if t.i < head.i)
    institution = head.lemma_.lower() in lexicon.DESCRIBES_INSTITUTION   # "the Israeli military" is no person
    if _definite(head) and not possessed and ctx.last_person and not institution:
        return ctx.last_person   # "the GOP nominee", "the New York businessman": who was just named
    if owner is None or head.tag_ in ("NNS", "NNPS") or head.lower_ in lexicon.CAPITALISED_INSTITUTION_HEADS:
        return None   # "the US and South Korean defence chiefs", "United Nations experts": no one person;
        # "the Israeli military said": no person (entity_of_head takes it as its country)
    named = _identified_next(ctx, head)
    if named:
        return named
    tokens = [t for t in head.subtree if t.i <= head.i and t.dep_ != DET]
    name = ctx.ents.at(head) or " ".join(t.text for t in tokens).replace(" 's", "'s").replace(" ’s", "’s")
    eid = EntityRef(EntityType.PERSON, fold(name).replace("'", "").replace("’", "")).id
    if eid not in {e.id for e in ctx.ents.entities}:
        ctx.ents.entities.append(Entity(id=eid, name=name, type=EntityType.PERSON.value, role=name))
        ctx.ents.roles[eid] = name
    entity = next(e for e in ctx.ents.entities if e.id == eid)
    first, last = tokens[0], tokens[-1]
    entity.mentions.append(Mention(start=first.idx, end=last.idx + len(last), text=name,
                                   sentence=ctx.sentence_of.get(first.i, 0)))
    for t in tokens:
        ctx.ents.by_token.setdefault(t.i, eid)
    return eid


def _identified_next(ctx: Context, head: Token) -> str | None:
    """"Japan's top currency diplomat said on Wednesday ... . "...," Atsushi Mimura, vice finance
    minister, told reporters": a story that opens on a role names its holder in the quote that
    follows (news's delayed identification): a person first named there, speaking, in a sentence
    that opens with a quote, when no person was named before the role."""
    doc = ctx.doc
    if any(i < head.i and eid.startswith("person:") for i, eid in ctx.ents.by_token.items()):
        return None
    i = sentence_of(head).end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text not in OPEN_QUOTES:
        return None
    for t in sentence_of(doc[i]):
        eid = ctx.ents.at(t)
        if eid and eid.startswith("person:") and t.dep_ in SUBJECT_DEPS and is_trigger(t.head):
            return eid
    return None


def _bearer_body(ctx: Context, head: Token) -> str | None:
    """"Her ministry said", "his party said": the organisation of the person the pronoun points
    to, named in the article by the noun and the words of their role ("Finance Minister
    Katayama ... Her ministry" -> "Ministry of Finance")."""
    owner = next((c for c in head.children if c.dep_ == POSS and c.lower_ in lexicon.POSSESSIVE_PRONOUNS), None)
    person = pronoun_antecedent(ctx, owner) if owner is not None else None
    role = ctx.ents.roles.get(person) if person else None
    if not role:
        return None
    before_of = re.split(r"\s(?:of|for|at)\s", role)[0].split()
    field = _role_words(role) - _role_words(before_of[-1]) - {"of", "for", "at"}   # "finance" of "Finance Minister"
    noun = _role_words(head.lemma_)
    found = [e.id for e in ctx.ents.entities if e.id.startswith("organization:")
             and noun <= _role_words(e.name) and field & _role_words(e.name)]
    return found[0] if len(found) == 1 else None


def _described(ctx: Context, head: Token, institution: bool = False) -> str | None:
    """"the company", "the Swedish carmaker", "the newspaper", "the 71-year-old": the last
    entity mentioned before that the description fits; "police", "the ministry" (and, as an
    ``institution``, "the office"): the last organisation named with that word ("Zambia Police
    Service"), or no one."""
    lemma = head.lemma_.lower()
    # "the unification ministry" is no ministry named otherwise ("Defense Ministry"): the nouns
    # before the description's own must be words of the name too
    kinds = _role_words(" ".join(c.lower_ for c in head.children if c.dep_ == COMPOUND and c.i < head.i
                                 and c.is_lower and not c.ent_type_))
    named = {e.id for e in ctx.ents.entities if len(e.name.split()) > 1
             and any(w.startswith(lemma) for w in e.name.lower().split()) and kinds <= _role_words(e.name)}
    if institution or lemma in lexicon.DESCRIBES_INSTITUTION:
        # "police said", "the ministry said": only an organisation named so in the article
        wanted = lambda eid: eid.startswith("organization:") and eid in named
    elif lemma in lexicon.DESCRIBES_OUTLET:
        wanted = lambda eid: eid in ctx.outlets
    elif lemma in lexicon.DESCRIBES_ORGANIZATION:
        public = _public_bodies(ctx) if lemma in lexicon.DESCRIBES_BUSINESS else set()   # no commission
        wanted = lambda eid: eid.startswith("organization:") and eid not in ctx.outlets and eid not in public
    elif lemma in lexicon.DESCRIBES_COUNTRY:
        wanted = lambda eid: eid.startswith("country:")
    elif lemma in lexicon.DESCRIBES_PERSON or _AGE.match(head.lower_) or _age_phrase(head):
        wanted = lambda eid: eid.startswith("person:")
    else:
        return None
    before = sorted((i for i in ctx.ents.by_token if i < head.i and wanted(ctx.ents.by_token[i])), reverse=True)
    fitting = [ctx.ents.by_token[i] for i in before]
    # "the bank" is the last one named a bank, if any, before any other organisation
    found = next((eid for eid in fitting if eid in named), None)
    if found or institution or lemma in lexicon.DESCRIBES_INSTITUTION:
        return found
    # "Cricket Australia banned him after a Shield game, the governing body said": the subject of
    # the sentence it closes, before a nearer name inside it
    sent_start = sentence_of(head).start
    found = next((ctx.ents.by_token[i] for i in before if i >= sent_start
                  and ctx.doc[i].dep_ in SUBJECT_DEPS), None)
    if found is None and lemma in lexicon.DESCRIBES_ORGANIZATION:
        found = _named_ahead(ctx, head, named, any_subject=not fitting)
    return found or (fitting[0] if fitting else None)


_PUBLIC_HEADS = lexicon.INSTITUTION_HEADS | lexicon.CAPITALISED_INSTITUTION_HEADS


def _public_bodies(ctx: Context) -> set[str]:
    """Organisations named as public bodies ("European Commission", "Health Ministry"), which
    "the company", "the group", "the firm" do not describe."""
    return {e.id for e in ctx.ents.entities if e.id.startswith("organization:")
            and e.name.split()[-1].lower() in _PUBLIC_HEADS}


def _named_ahead(ctx: Context, head: Token, named: set[str], any_subject: bool = False) -> str | None:
    """"Malawi's main opposition party rejected the results. The Democratic Progressive Party
    said ...": a description that opens a story may name its organisation in the next sentence;
    with no organisation before it, any organisation that is the next sentence's subject ("Ghana's
    cocoa regulator denied ... The Ghana Cocoa Board said")."""
    doc = ctx.doc
    end = sent_end = sentence_of(head).end
    if end < len(doc):
        end = sentence_of(doc[end]).end
    return next((ctx.ents.by_token[i] for i in range(head.i + 1, end)
                 if ctx.ents.by_token.get(i) in named
                 or any_subject and i >= sent_end and doc[i].dep_ in SUBJECT_DEPS
                 and ctx.ents.by_token.get(i, "").startswith("organization:")), None)
