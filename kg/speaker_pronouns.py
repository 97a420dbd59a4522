"""Whom a pronoun speaker points back to: "he" and "she" to a person subject of a clause above,
else the last person who spoke, as the text shows their gender; "it" to the organisation or
country whose statement it sits in.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.attribution import is_trigger
from kg.constants import CCOMP, PARATAXIS, RELCL, SUBJECT_DEPS
from kg.genders import agrees, genders_shown, word_gender
from kg.speaker_descriptions import Context, descriptor_of, named_by_apposition


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


def organization_above(ctx: Context, pronoun: Token) -> str | None:
    """"IG Metall said it would resist ...": "it" in what a named organisation or country said
    is that speaker, before the last one that spoke; failing that, the organisation or country
    that is the subject of the nearest clause above it ("The ministry summoned the envoy to
    complain about what it described as ...")."""
    node = pronoun
    nearest, aside = None, False
    while node.head.i != node.i:
        edge, node = node.dep_, node.head
        aside = aside or edge == PARATAXIS   # ("Russia, it said, has relied": "it" is no part of
        # what Russia said)
        if edge == RELCL:   # "the Houthi movement, which attacked ships it says are ...": the antecedent
            eid = ctx.ents.at(node) or descriptor_of(ctx, node)
            if eid and eid.startswith(("organization:", "country:")):
                return eid
        subject = _body_subject(ctx, node, pronoun)
        if edge != CCOMP or not is_trigger(node):
            nearest = nearest or (subject if not aside else None)
            continue
        if subject is not None:
            return subject
    return nearest


def _body_subject(ctx: Context, node: Token, pronoun: Token) -> str | None:
    """The organisation or country that is the subject of ``node``, named before the pronoun."""
    for child in node.children:
        eid = ctx.ents.at(child)
        if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i and eid \
                and eid.startswith(("organization:", "country:")):
            return eid
    return None


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
                eid = ctx.ents.at(child) or named_by_apposition(ctx, child)
                if eid in fits:
                    return eid
    return None
