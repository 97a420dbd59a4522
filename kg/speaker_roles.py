"""Speakers named by a role or an office. A role ("Chile's finance minister", "the health minister")
is the person the article names in that role anywhere, before or after; a role nobody holds by
name is an unnamed role-holder of its country or organisation, a person of its own, never the
country itself. A spokesperson or an unnamed official speaks for the organisation beside them.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.attribution import is_trigger
from kg.constants import AGENT, AMOD, APPOS, CASE, COMPOUND, DET, POBJ, POSS, PREP, SPEAKER_MODIFIER_DEPS, SUBJECT_DEPS
from kg.gazetteer import fold
from kg.genders import word_gender
from kg.name_spans import is_title_word as _is_title_word
from kg.quotes import OPEN_QUOTES
from kg.schema import Entity, EntityRef, EntityType, Mention
from kg.sentences import sentence_of
from kg.speaker_descriptions import Context, definite, described, inside_clause, role_words
from kg.speaker_pronouns import pronoun_antecedent


def country_owning(ctx: Context, head: Token) -> str | None:
    """"Kenya's government", "the government of Kenya", "the Malawian government": the country itself."""
    for child in head.children:
        owners = [child] if child.dep_ in (POSS, AMOD, COMPOUND) and child.i < head.i else \
            [c for c in child.children if c.dep_ == POBJ] if child.dep_ == PREP and child.lower_ == "of" else []
        for owner in owners:
            eid = ctx.ents.at(owner)
            if eid and eid.startswith("country:"):
                return eid
    return None


def named_next(ctx: Context, head: Token) -> str | None:
    """"Opposition lawmaker Given Lubinda accused ...": a role followed at once by a person's
    name that the parser did not join to it (it read "Given" as a verb)."""
    doc, i = head.doc, head.i + 1
    while i < min(head.i + 3, head.head.i) and ctx.ents.at(doc[i]) is None and doc[i].is_title:
        i += 1   # a first name the entity rules left out of the name
    eid = ctx.ents.at(doc[i]) if i < head.head.i else None
    return eid if eid and eid.startswith("person:") else None


def apposed_person(ctx: Context, head: Token) -> str | None:
    """A role noun phrase set off by commas from the person holding it, wherever the parser hung
    the apposition inside it: "Its representative in Zambia, Nathan Bakyaita, said"."""
    if not (_is_title_word(head) or head.lemma_.lower() in lexicon.SPEAKER_NOUNS):
        return None
    for t in head.subtree:
        if t.dep_ == APPOS and t.i > head.i and (ctx.ents.at(t) or "").startswith("person:") \
                and not inside_clause(t, head):
            return ctx.ents.at(t)
    return None


def speaks_for(ctx: Context, head: Token) -> str | None:
    """"a Pentagon spokesperson", "the agency's spokesman": the organisation beside them; an
    unnamed official speaks for an organisation, not for a whole country."""
    anonymous = head.lemma_.lower() in lexicon.ANONYMOUS_NOUNS
    # a document, or a person's office, speaks for the person too ("Habeck's office said")
    as_person = head.lemma_.lower() in lexicon.DOCUMENT_NOUNS or head.lemma_.lower() in lexicon.PERSONAL_OFFICES
    for t in head.subtree:
        if t.i < head.i and t.dep_ in SPEAKER_MODIFIER_DEPS:
            eid = ctx.ents.at(t)
            if eid is None and (t.dep_ == POSS and definite(t)
                                or t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.DESCRIBES_ORGANIZATION):
                eid = described(ctx, t)   # "the agency's spokesman", "a company spokeswoman"
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
    press = _press_role(subject)
    if not press and subject.lemma_.lower() not in lexicon.SPEAKER_NOUNS and not any(
            c.lemma_.lower() in lexicon.SPEAKER_NOUNS for c in subject.children):
        return frozenset(), False   # (the role is the phrase's head, or a word or apposition beside it)
    phrase = [t for t in subject.subtree if not inside_clause(t, subject)]
    bodies = frozenset(eid for t in phrase for eid in [ctx.ents.at(t)]
                       if eid and eid.startswith(("organization:", "country:")))
    return bodies, not bodies and (press or any(t.lemma_.lower() in lexicon.SPOKESPERSON_NOUNS for t in phrase))


def officer_voice(ctx: Context, subject: Token) -> tuple[frozenset[str], bool]:
    """"WHO regional director Hans Kluge", "Dr. Claudia Brenner, chief medical officer of Novexa",
    "Its chief executive, Sarah Cardell": an officer named with a title of their organisation
    speaks at its occasion (kg.statement_days); with "its" or "their", for the one just spoken
    of. A country's officers are not its voice ("Russian President Vladimir Putin")."""
    roles = [t for t in (subject, *subject.children) if _is_title_word(t) and ctx.ents.at(t) is None]   # (not
    # a word of a name: "the World Health Organization")
    if not roles:
        return frozenset(), False
    bodies = frozenset(eid for t in subject.subtree for eid in [ctx.ents.at(t)]
                       if eid and eid.startswith("organization:") and not inside_clause(t, subject))
    owned = any(c.dep_ == POSS and c.lower_ in ("its", "their") for role in roles for c in role.children)
    return bodies, not bodies and owned


def _press_role(subject: Token) -> bool:
    """"Deputy press secretary Sabrina Singh", "the ministry's press officer": a role noun right
    after a word of the press (``spokesperson_compounds``), and last before the name, is a
    spokesperson's ("press freedom advocate X" is none)."""
    doc = subject.doc
    for word in subject.subtree:
        if word.i + 1 < len(doc) and word.lower_ in lexicon.SPOKESPERSON_COMPOUNDS and word.dep_ == COMPOUND:
            role = doc[word.i + 1]
            after = doc[role.i + 1] if role.i + 1 < len(doc) else None
            if role.pos_ == "NOUN" and (role is subject or after is not None and after.pos_ == "PROPN"):
                return True
    return False


def _institution_described(ctx: Context, noun: Token) -> str | None:
    """"a ministry official": the ministry the article names, when the words before the noun are
    words of its name too ("a foreign ministry official" is no official of the Defence Ministry)."""
    eid = described(ctx, noun)
    if eid is None:
        return None
    name = fold(next(e.name for e in ctx.ents.entities if e.id == eid)).lower()
    words = [fold(c.text).lower() for c in noun.children if c.dep_ in (COMPOUND, AMOD) and c.i < noun.i]
    return eid if all(w in name for w in words) else None


def organization_just_before(ctx: Context, head: Token) -> str | None:
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


def working_at(ctx: Context, head: Token) -> str | None:
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


def by_role(ctx: Context, head: Token) -> str | None:
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
        words = role_words(role)
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


def role_holder(ctx: Context, head: Token) -> str | None:
    """A role of a country or organisation that no one holds by name in the article: a person of
    its own, named by the role ("Kenya's foreign minister"). "The minister" alone points back to
    the last person who spoke."""
    owner = next((ctx.ents.at(t) for t in head.subtree if t.i < head.i and ctx.ents.at(t)
                  and not ctx.ents.at(t).startswith("person:")), None)
    possessed = any(t.dep_ == CASE or t.dep_ == POSS for t in head.subtree if t.i < head.i)
    institution = head.lemma_.lower() in lexicon.DESCRIBES_INSTITUTION   # "the Israeli military" is no person
    if definite(head) and not possessed and ctx.last_person and not institution:
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


def bearer_body(ctx: Context, head: Token) -> str | None:
    """"Her ministry said", "his party said": the organisation of the person the pronoun points
    to, named in the article by the noun and the words of their role ("Finance Minister
    Katayama ... Her ministry" -> "Ministry of Finance")."""
    owner = next((c for c in head.children if c.dep_ == POSS and c.lower_ in lexicon.POSSESSIVE_PRONOUNS), None)
    person = pronoun_antecedent(ctx, owner) if owner is not None else None
    role = ctx.ents.roles.get(person) if person else None
    if not role:
        return None
    before_of = re.split(r"\s(?:of|for|at)\s", role)[0].split()
    field = role_words(role) - role_words(before_of[-1]) - {"of", "for", "at"}   # "finance" of "Finance Minister"
    noun = role_words(head.lemma_)
    found = [e.id for e in ctx.ents.entities if e.id.startswith("organization:")
             and noun <= role_words(e.name) and field & role_words(e.name)]
    return found[0] if len(found) == 1 else None
