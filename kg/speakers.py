"""Who a speaker's noun phrase refers to.

A name is its entity. A pronoun points back to the last person (he, she) or organisation or
country (it) that spoke (kg.speaker_pronouns). A definite description points back to the last
entity it can describe: "the company" to an organisation, "the newspaper" to an outlet, "the
71-year-old" to a person (kg.speaker_descriptions). A role is the person the article names in
that role, or an unnamed role-holder; a spokesperson speaks for the organisation beside them
(kg.speaker_roles). An apposition names the speaker either way round ("Kim, the minister," /
"the minister, Kim,").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.constants import NAME_LINK_DEPS, POSS, PREP, RELCL
from kg.name_spans import is_title_word as _is_title_word
from kg.speaker_descriptions import (
    Context, age_phrase, by_surname, definite, described, descriptor_of, named_aside, named_by_apposition)
from kg.speaker_pronouns import organization_above, pronoun_antecedent
from kg.speaker_roles import (
    apposed_person, bearer_body, by_role, country_owning, named_next, organization_just_before, role_holder,
    speaks_for, working_at)


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
            named = named_by_apposition(ctx, head)
            if named:
                return named
        return eid
    if head.pos_ == "PROPN" or head.is_title and head.pos_ == "NOUN":
        named = by_surname(ctx, head)   # (the model may read a name it tagged elsewhere as a noun:
        if named:                        # "Woolworths said")
            return named
    lower = head.lower_
    if lower in lexicon.PERSONAL_PRONOUNS:
        return pronoun_antecedent(ctx, head)
    if lower == "it":
        return organization_above(ctx, head) or ctx.last_org
    if lower in ("who", "that") and head.head.dep_ == RELCL:
        return entity_of_head(ctx, head.head.head)
    # "Moscow's UN envoy Vassily Nebenzia", "the minister, Kim Yong-hyun,": the named person.
    named = named_by_apposition(ctx, head, NAME_LINK_DEPS) or apposed_person(ctx, head)
    if named:
        return named
    named = descriptor_of(ctx, head) or named_aside(ctx, head)
    if named:
        return named
    if age_phrase(head):
        return described(ctx, head)
    if head.pos_ == "PRON" or head.ent_type_ in ("NORP", "DATE", "CARDINAL"):
        return None   # "an African American who said": a person of that people, not the country
    lemma = head.lemma_.lower()
    if lemma in lexicon.PROFESSIONAL_NOUNS and head.tag_ == "NNS":
        named = working_at(ctx, head)   # "economists at Nomura said in a note": the firm's research
        if named:
            return named
    if lemma in lexicon.DESCRIBES_INSTITUTION or lemma in lexicon.DESCRIBES_ORGANIZATION:
        named = bearer_body(ctx, head)
        if named:
            return named
    if lemma in lexicon.SPEAKER_NOUNS or lemma in lexicon.DOCUMENT_NOUNS:
        # "the office said": the organisation named an office, when no organisation stands beside it
        return speaks_for(ctx, head) or (described(ctx, head, institution=True) if definite(head) else None) \
            or organization_just_before(ctx, head)
    if lemma in lexicon.DESCRIBES_COUNTRY or lemma in lexicon.COUNTRY_MISSIONS \
            or lemma in lexicon.DESCRIBES_INSTITUTION and _is_title_word(head):
        # "Kenya's government", "Nigeria's army": the country acts, as the relation rules read it
        named = country_owning(ctx, head)
        if named:
            return named
    if lemma in lexicon.DESCRIBES_INSTITUTION and head.tag_ == "NNS":
        # "Prosecutors (at the Federal Prosecutor's Office) said": the office named so
        return speaks_for(ctx, head) or described(ctx, head)
    if lemma in lexicon.GROUP_NOUNS:
        return None   # "the opposition dismissed the vote": a group, not the person last named
    organization = lemma in lexicon.DESCRIBES_ORGANIZATION
    if _is_title_word(head) and not organization:   # "the party said" is no person
        return named_next(ctx, head) or by_role(ctx, head) or role_holder(ctx, head)
    if definite(head) or lemma in lexicon.DESCRIBES_INSTITUTION \
            or organization and head.pos_ == "NOUN" and any(c.dep_ == POSS and c.pos_ == "PROPN"
                                                             for c in head.children):
        return described(ctx, head)   # "Malawi's main opposition party" is definite too
    return None
