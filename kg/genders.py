"""Whether the article shows a person to be a man or a woman, for "he" and "she" to agree with.

Only what the text itself says counts: an honorific before the name ("Mr Omtatah", "Ms Ruiz"),
a gendered role noun beside it ("spokeswoman Ana Ruiz", "Tom Hale, a chairman of ..."), and a
"he" or "she" already read as that person. No list of names is consulted: a person the text
says nothing about agrees with either pronoun.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import APPOS, COMPOUND

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
    return {eid: found.pop() for eid, found in seen.items() if len(found) == 1}


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
