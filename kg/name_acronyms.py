"""Acronyms an article defines in parentheses after a name ("the National Intelligence Service
(NIS)"), which stand for that name wherever the article uses them."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.entity_mentions import Found, Key
from kg.gazetteer import fold
from kg.name_words import is_acronym
from kg.schema import EntityType
from kg.token_index import tokens_named


def _short_name(token: Token) -> bool:
    """What a name's parenthesis gives as its short form: an acronym ("NIS"), or one capitalised
    word ("Sernageomin")."""
    return is_acronym(token) or (token.is_alpha and token.is_title and len(token) >= 3)


def defined_acronyms(doc: Doc, founds: list[Found]) -> tuple[list[Found], dict[str, Key]]:
    """Acronyms the text defines in parentheses after a name ("the National Intelligence Service
    (NIS)") stand for that name wherever they are used; uses the model missed are added."""
    ends = {f.end: f for f in founds}
    acronyms: dict[str, Found] = {}
    for token in (doc[i] for i in tokens_named(doc, ("(",)) if 0 < i < len(doc) - 1):
        if token.text != "(" or not _short_name(doc[token.i + 1]) \
                or not (token.i + 2 >= len(doc) or doc[token.i + 2].text == ")"):
            continue
        spelled = _spelled_by(doc, token.i, doc[token.i + 1].text) if is_acronym(doc[token.i + 1]) else None
        if spelled is None and fold(doc[token.i + 1].text) in lexicon.OUTLET_NAMES:
            continue   # "DEIR AL-BALAH, Gaza Strip (AP) -": an agency's credit, not the place's acronym
        long = ends.get(token.i)
        if spelled is not None and (long is None or spelled < long.start):
            # "Pakistan Tehreek-e-Insaf (PTI)": the words whose initials the acronym spells (a
            # person's name the model gave stays a person's: "Alexandria Ocasio-Cortez (AOC)")
            name = doc[spelled:token.i].text
            long = Found(spelled, token.i, EntityType.ORGANIZATION, name, fold(name))
            founds = [f for f in founds if f.end <= spelled or f.start >= token.i] + [long]
        if long is not None and long.type == EntityType.PERSON and _used_as_organization(founds, doc[token.i + 1].text):
            # "the Janatha Vimukthi Peramuna (JVP) ... The JVP staged": a name the model read as a
            # person's, whose acronym the article uses as an organisation's, is that organisation's
            founds = [f for f in founds if f is not long]
            long = Found(long.start, long.end, EntityType.ORGANIZATION, long.name, long.key)
            founds.append(long)
        if long is not None and long.type != EntityType.PERSON and len(long.name.split()) > 1:
            acronyms.setdefault(fold(doc[token.i + 1].text), long)
    if not acronyms:
        return founds, {}
    taken = {i for f in founds for i in range(f.start, f.end)}
    added = [Found(t.i, t.i + 1, acronyms[fold(t.text)].type, t.text, acronyms[fold(t.text)].key)
             for t in doc if t.i not in taken and fold(t.text) in acronyms and _short_name(t)]   # (the cheap test first)
    founds = sorted(founds + added, key=lambda f: (f.start, -f.end))
    return founds, {k: (f.type, f.key) for k, f in acronyms.items()}


def _used_as_organization(founds: list[Found], acronym: str) -> bool:
    return any(f.type == EntityType.ORGANIZATION and f.name == acronym for f in founds)


_CONNECTORS = frozenset({"of", "for", "and", "the", "e", "de", "del", "al", "el", "la", "du", "des", "-", "&"})


def _spelled_by(doc: Doc, paren: int, acronym: str) -> int | None:
    """Where the capitalised words before a parenthesis start whose initials spell the acronym
    ("Pakistan Tehreek-e-Insaf (PTI)", "Alliance of Small Island States (AOSIS)"), if they do."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    i = paren - 1
    while i >= 0 and letters:
        token = doc[i]
        if token.is_alpha and token.text[0].isupper() and token.text[0] == letters[-1]:
            letters.pop()
        elif token.lower_ not in _CONNECTORS or token.is_sent_start:
            return None
        i -= 1
    start = i + 1
    return start if not letters and start < paren and doc[start].text[0].isupper() else None
