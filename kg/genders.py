"""Whether the article shows a person to be a man or a woman, for "he" and "she" to agree with.

Only what the text itself says counts: an honorific before the name ("Mr Omtatah", "Ms Ruiz"),
a gendered role noun beside it ("spokeswoman Ana Ruiz", "Tom Hale, a chairman of ..."), "his" or
"her" before a role held opposite someone ("Berg met her counterpart, Lind": Berg, never Lind),
and a "he" or "she" already read as that person. No list of names is consulted: a person the text
says nothing about agrees with either pronoun.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import APPOS, COMPOUND, CONJ, OBJECT_PATH_DEPS, SUBJECT_DEPS
from kg.sentences import doc_text

MAN, WOMAN = "m", "f"


def word_gender(word: str) -> str | None:
    lower = word.lower()
    if lower in lexicon.MASCULINE_WORDS:
        return MAN
    if lower in lexicon.FEMININE_WORDS:
        return WOMAN
    return None


def agrees(person_gender: str | None, pronoun_gender: str | None) -> bool:
    return person_gender is None or pronoun_gender is None or person_gender == pronoun_gender


def genders_shown(doc: Doc, by_token: dict[int, str]) -> dict[str, str]:
    """Entity id -> gender, for the people whose mentions carry a gendered word; a person
    shown both ways is left out."""
    seen: dict[str, set[str]] = {}
    for i, eid in by_token.items():
        if not eid.startswith("person:"):
            continue
        for word in _words_beside(doc[i], by_token, eid):
            gender = word_gender(word.lemma_) or word_gender(word.text)
            if gender:
                seen.setdefault(eid, set()).add(gender)
    for eid, gender in _owners_of_counterparts(doc, by_token):
        seen.setdefault(eid, set()).add(gender)
    return {eid: found.pop() for eid, found in seen.items() if len(found) == 1}


def _owners_of_counterparts(doc: Doc, by_token: dict[int, str]) -> list[tuple[str, str]]:
    """(person, gender) of "her" or "his" before a role held opposite someone: the person it is
    coordinated with ("Berg and her counterpart"), else the subject of the clause whose object it
    is ("Berg spoke with her counterpart"); none where the noun is the subject ("Her counterpart,
    Lind, said")."""
    owners: list[tuple[str, str]] = []
    text = doc_text(doc).lower()
    if not any(noun in text for noun in lexicon.ROLE_COUNTERPARTS):
        return owners   # (most articles have none: the words are not looked for token by token)
    for t in doc:
        if t.tag_ != "PRP$" or t.head.lemma_.lower() not in lexicon.ROLE_COUNTERPARTS:
            continue
        gender = word_gender(t.text)
        noun = node = t.head
        if gender is None:
            continue
        if noun.dep_ == CONJ:
            owner = noun.head
        else:
            while node.dep_ in OBJECT_PATH_DEPS and node.head.i != node.i:
                node = node.head
            owner = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None) if node is not noun else None
        eid = by_token.get(owner.i) if owner is not None else None
        if eid is not None and eid.startswith("person:"):
            owners.append((eid, gender))
    return owners


def _words_beside(token: Token, by_token: dict[int, str], eid: str) -> list[Token]:
    """The word just before a mention ("Mr", "spokeswoman"), and the nouns in apposition with
    it or compounded into it."""
    words = []
    if token.i > 0 and by_token.get(token.i - 1) != eid:
        words.append(token.doc[token.i - 1])
    if token.dep_ == APPOS:
        words.append(token.head)
    words.extend(c for c in token.children if c.dep_ in (APPOS, COMPOUND) and by_token.get(c.i) != eid)
    return words
