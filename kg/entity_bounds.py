"""Where a name the model proposes starts and ends.

spaCy's NER spans often carry words that are no part of the name (an article, a quote, a
possessive, an acronym in parentheses, an amount, a party's standing) or cut an organisation's
name short; ``name_bounds`` and ``organization_name_end`` give the name's own tokens before
kg.entity_types decides what the name is.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.entity_context import POSSESSIVE_MARKS, QUOTES
from kg.gazetteer import fold
from kg.name_words import after_possessor as _after_possessor
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_plural_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.sentences import token_list, tokens, tokens_text

_EDGE_MARKS = ("'s", "’s", "'", "’", ",", ";", ":", "—", "–")


def _known_description(doc: Doc, start: int, end: int) -> int:
    """Where a known organisation's name ends when the article writes it as a known organisation
    and words in lower case ("the U.N. human rights office", "the UN nuclear watchdog": names
    of ``organizations``) that the model left out of the name."""
    for stop in range(min(end + 4, len(doc)), end, -1):
        if all(t.is_lower or t.text in POSSESSIVE_MARKS for t in tokens(doc, end, stop)) \
                and fold(tokens_text(doc, start, stop)) in lexicon.ORGANIZATION_NAMES:
            return stop
    return end


def _organization_cut_short(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An organisation's name the model cut where it has "and", a plural possessive or its country:
    "the England and" + "Wales Cricket Board", "the Confederation of Indonesian Workers'" + "Unions",
    "the Armed Forces of the" + "Philippines" (a name after "the": not "Arsenal and Manchester United")."""
    toks = token_list(doc)
    if start >= 3 and toks[start - 1].lower_ == "and" and toks[start - 2].is_title and toks[start - 2].is_alpha \
            and toks[start - 3].lower_ == "the" and _is_org_head(toks[end - 1]) and not _is_title_word(toks[start - 2]):
        start -= 2
    if end < len(doc) and toks[end - 1].text in ("'", "’") and (_is_org_head(toks[end]) or is_plural_org_head(toks[end])):
        end += 1
    if end < len(doc) and toks[end - 1].lower_ in ("of", "the") and toks[end].ent_type_ == "GPE" and toks[end].ent_iob_ == "B":
        end += 1
        while end < len(doc) and toks[end].ent_iob_ == "I":
            end += 1
    return start, end


def _without_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span without the article, quotes, a number in words before the name ("eight Premier
    League titles") and the possessive or punctuation after it."""
    toks = token_list(doc)
    while start < end:
        first = toks[start]
        if not (first.lower_ in ("the", "a", "an") or first.text in QUOTES
                or first.is_alpha and first.is_lower and first.like_num):   # ("eight Premier League titles")
            break
        start += 1
    while end > start:
        last = toks[end - 1].text
        if not (last in _EDGE_MARKS or last in QUOTES or toks[end - 1].is_space):
            break
        end -= 1
    return start, end


def _before_alias_or_amount(doc: Doc, start: int, end: int, label: str) -> int:
    """Where the name ends before an acronym in parentheses, an amount or a score the model ran into it."""
    toks = token_list(doc)
    # "National Democratic Congress (NDC": the acronym in parentheses is an alias, not the name
    text = tokens_text(doc, start, end) if start < end else ""   # (a mark the text lacks is looked for in no token)
    if "(" in text:
        end = next((t.i for t in tokens(doc, start, end) if t.text == "("), end)
    # "fined Arcadia 41 billion won": an amount the model ran into the name is no part of it,
    # nor a score after a name it read as a person's ("beat Hafia Conakry 2-0")
    end = next((t.i for t in tokens(doc, start + 1, end - 1) if t.like_num and toks[t.i + 1].like_num), end)
    if label == "PERSON" and end - start > 3 and toks[end - 1].like_num and toks[end - 2].text == "-" \
            and toks[end - 3].like_num:
        end -= 3   # (a score: "Leopard 2 tanks" keeps its number, and so is no person's name)
    # "Tajikistan's Border Troops, Lieutenant General" + a name: the title after a comma is the next name's
    comma = next((t.i for t in tokens(doc, start + 1, end - 1) if t.text == ","), None) if "," in text else None
    if comma is not None and all(_is_title_word(t) for t in tokens(doc, comma + 1, end)):
        end = comma
    return end


def name_bounds(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """The tokens of the name the model's span (its bounds and label) holds (start may reach
    end: no name is left)."""
    if label == "ORG":
        start, end = _organization_cut_short(doc, start, end)
    start, end = _without_edges(doc, start, end)
    end = _before_alias_or_amount(doc, start, end, label)
    if label in ("ORG", "FAC") and fold(tokens_text(doc, start, end)) not in lexicon.ORGANIZATION_NAMES:
        start = _after_possessor(doc, start, end)   # (not "Moody's Investors Service": a known name)
    toks = token_list(doc)
    while label == "ORG" and end - start > 1 and toks[start].lower_ in lexicon.PARTY_STANDINGS:
        start += 1   # "the Opposition BJP": where the party stands is no part of its name
    return start, end


def organization_name_end(doc: Doc, start: int, end: int, label: str) -> int:
    """Where an organisation's name ends: before a common noun after it ("La Libertad Avanza
    party"; not "the defence ministry"), after the lower-case words of a known one's name ("the
    U.N. human rights office")."""
    if label != "ORG":
        return end
    toks = token_list(doc)
    if end - start > 2 and toks[end - 1].is_lower and toks[end - 1].lower_ in lexicon.ORGANIZATION_NOUNS \
            and all(t.is_title or not t.is_alpha for t in tokens(doc, start, end - 1)):
        end -= 1
    if fold(tokens_text(doc, start, end)) in lexicon.ORGANIZATION_NAMES:
        end = _known_description(doc, start, end)
    return end
