"""Word-level helpers of the relation rules: the type of an entity id, whether a name acts or
only qualifies, and the count, unit and day read off a relation's words."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.constants import ALL_SUBJECT_DEPS, AMOD, COMPOUND, CONJ, DET, NMOD, POBJ, POSS, PREP, UNIT_WORD_DEPS
from kg.dates import is_day_expression, resolve_day
from kg.schema import EntityRef

if TYPE_CHECKING:
    from kg.relation_context import DocContext

_PLURAL_PRONOUNS = frozenset("they them their it its some".split())
PERSON_PRONOUNS = frozenset("he she him her his".split())
PRONOUNS = _PLURAL_PRONOUNS | PERSON_PRONOUNS
GROUP_PRONOUNS = frozenset("they them their".split())
IT = frozenset(("it", "its"))
_QUANTIFIERS = frozenset("some many most all several dozens hundreds thousands none few".split())
_OPPONENT_PREPS = ("against", "with", "by")


@lru_cache(maxsize=4096)
def type_of(eid: str | None) -> str | None:
    """The entity type of an entity id ("country:kp" -> "Country"); asked for every mention."""
    return EntityRef.from_id(eid).type.value if eid else None


def governing_verb(token: Token) -> Token:
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


def main_clause(token: Token) -> bool:
    """A word of its sentence's main clause (or of one joined to it), not of a clause inside it."""
    verb = governing_verb(token)
    while verb.dep_ == CONJ and verb.head.i != verb.i:
        verb = verb.head
    return verb.head.i == verb.i


def qualifies(token: Token) -> bool:
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


def definite(noun: Token) -> bool:
    """ "the troops", "these soldiers", "those forces": a noun phrase pointing back."""
    return any(c.dep_ == DET and c.lower_ in ("the", "these", "those") for c in noun.children)
