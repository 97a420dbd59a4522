"""Predicates about a name's surroundings in a parsed sentence, which the entity rules weigh.

Each says what the words around a span tell a careful reader: a preposition of place before it
("talks in Moscow"), a noun of organisation beside it ("the carmaker Volvo"), a share price after
it ("GoTo shares"), a dateline, an apposition. They read the parse and the rules' word lists
(kg.lexicon); they make no entities.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.constants import AMOD, APPOS, COMPOUND, CONJ, POBJ, POSS, SUBJECT_OR_POSSESSOR_DEPS
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.gazetteer import gazetteer
from kg.name_words import is_org_head as _is_org_head
from kg.name_words import is_title_word as _is_title_word
from kg.schema import EntityType
from kg.sentences import token_list, tokens, tokens_text
from kg.token_index import tokens_named

QUOTES = "\"'“”‘’`"
POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


def located(doc: Doc, start: int, end: int, depth: int = 0) -> bool:
    """Whether a name stands where something happens: "talks in Moscow", "a trip to Brussels",
    "the city of Malatya", "cities including Rome and Florence", a dateline."""
    toks = token_list(doc)
    i = start - 1
    if i >= 0 and toks[i].lower_ in lexicon.PART_OF_PLACE_WORDS and toks[i].is_lower and not depth:
        i -= 1   # "in central Santiago" (not passed on to conjuncts: "in northern France, Damien Careme")
    if i > 0 and toks[i].is_lower and toks[i].dep_ == AMOD and start <= toks[i].head.i < end and toks[i - 1].lower_ == "the":
        i -= 1   # "in the occupied West Bank", "in the restive Balochistan"
    if i >= 0 and toks[i].lower_ == "the":
        i -= 1
    if i >= 0 and toks[i].lower_ in lexicon.LOCATIVE_PREPOSITIONS and (
            toks[end - 1].dep_ != POSS or toks[end - 1].head.lemma_.lower() in lexicon.PLACE_NOUNS
            or toks[end - 1].head.lemma_.lower() in lexicon.FACILITY_HEADS) and not _seat_of_government(doc, start, end, toks[i]):
        return True   # (not the possessor of a thing there: "a place in New Delhi's policy"; "in Dhaka's district" is)
    if i >= 0 and toks[i].lower_ == "to" and toks[i].head.lemma_.lower() in lexicon.TRAVEL_WORDS and not depth:
        return True   # (not passed on to conjuncts: "a visit to Pyongyang, Moscow and Pyongyang signed")
    if i >= 0 and toks[i].lower_ == "from" and not depth and toks[i].head.lemma_.lower() in lexicon.ORIGIN_WORDS:
        return True   # "a video message from London" (a capital someone travels from is weighed as before)
    if dateline(doc, start, end) or named_place_of(doc, start) or _capital_modifies_a_thing(doc, start, end):
        return True
    head = toks[end - 1]
    if head.dep_ == POBJ and head.head.lower_ in ("including", "like") and head.head.head.lemma_.lower() in lexicon.PLACE_NOUNS:
        return True
    # "the towns of Dervenochoria and Loutraki": a conjunct of a place where something happens
    # (from where the conjunct's words start: "in Dar es Salaam, Mwanza and Arusha")
    return depth < 3 and head.dep_ == CONJ and head.head.i < start \
        and located(doc, _words_start(head.head), head.head.i + 1, depth + 1)


def _seat_of_government(doc: Doc, start: int, end: int, preposition: Token) -> bool:
    """"the regime in Asmara", "officials in Beijing", "the government in Kabul": a capital after
    "in" that a noun of government governs stands for that government, not for the city."""
    return preposition.lower_ == "in" and preposition.head.lemma_.lower() in lexicon.GOVERNMENT_NOUNS \
        and gazetteer().capital(tokens_text(doc, start, end)) is not None


def region_context(doc: Doc, start: int, end: int) -> bool:
    """Words around a one-word name that make it a region's: a title or a region word after it
    ("Amapa Governor", "Kerala state"), or its possessive before one ("Karnataka's chief
    minister"); a preposition of place or of direction before it ("to neighbouring Kerala"); a
    place coordinated with it."""
    toks = token_list(doc)
    after = end + (end < len(doc) and toks[end].text in POSSESSIVE_MARKS)
    if after < len(doc) and (_is_title_word(toks[after]) or toks[after].lower_ in lexicon.REGION_WORDS):
        return True
    i = start - 1
    while i >= 0 and (toks[i].lower_ == "the" or toks[i].lower_ in ("neighbouring", "neighboring")):
        i -= 1
    return i >= 0 and (toks[i].lower_ in lexicon.LOCATIVE_PREPOSITIONS or toks[i].lower_ in ("to", "from")) \
        or coordinated_with_place(doc, start, end)


def owns_an_officer(token: Token) -> bool:
    """The possessor of what only organisations have ("Ofgem's director general", ``organization_officers``)."""
    if token.dep_ != POSS:
        return False
    owned = token.head
    return owned.lemma_.lower() in lexicon.ORGANIZATION_OFFICERS or any(
        c.dep_ == COMPOUND and c.lemma_.lower() in lexicon.ORGANIZATION_OFFICERS for c in owned.children)


def party_named_by_a_portfolio(doc: Doc, start: int, end: int) -> bool:
    """"Labour had promised", "Labour's candidate": one capitalised word that is also a minister's
    portfolio, acting, without an article ("the State had": the state) and before no title
    ("Labour Minister" is part of a title), names a party."""
    toks = token_list(doc)
    return end - start == 1 and toks[start].is_title and acting(toks[start]) \
        and not (end < len(doc) and _is_title_word(toks[end])) and not (start > 0 and toks[start - 1].lower_ == "the")


def acting(token: Token) -> bool:
    """A subject or an owner, or coordinated with one ("Arsenal and Liverpool declined")."""
    while token.dep_ == CONJ and token.head.i < token.i:
        token = token.head
    return token.dep_ in SUBJECT_OR_POSSESSOR_DEPS


def _words_start(head: Token) -> int:
    """Where the proper noun ``head`` ends begins: the first of the compound words before it."""
    doc, i = head.doc, head.i
    while i > 0 and (doc[i - 1].dep_ == COMPOUND and doc[i - 1].head.i == head.i
                     or i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_):
        i -= 2 if doc[i - 1].text == "-" else 1   # (and the parts of a hyphenated name: "Kok-Tash")
    return i


def after_a_preposition_of_place(doc: Doc, start: int) -> bool:
    """"in Barcelona", "near the Camp Nou": a preposition that only places take before the name."""
    i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return i >= 0 and doc[i].lower_ in lexicon.LOCATIVE_PREPOSITIONS and doc[start].dep_ == POBJ   # (not "in the Clinton campaign")


def which_follows(doc: Doc, end: int) -> bool:
    """A name followed by ", which" (a relative clause of a thing)."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which"


def coordinated_with_place(doc: Doc, start: int, end: int) -> bool:
    """A name coordinated with a place's name: "Samar and Leyte", "Muwasi and Deir al-Balah"."""
    head = doc[end - 1]
    if head.dep_ == CONJ and head.head.ent_type_ in ("GPE", "LOC") and not (start <= head.head.i < end):
        return True
    return any(c.dep_ == CONJ and c.ent_type_ in ("GPE", "LOC") for c in head.children)


def place_apposition(doc: Doc, start: int, end: int) -> bool:
    """A name set beside a common noun of place: "Mweka, the nearest town", "Goma, the largest city"."""
    noun = apposition_noun(doc, start, end)
    return noun is not None and noun.lemma_.lower() in lexicon.PLACE_NOUNS


def in_a_place(doc: Doc, start: int, end: int) -> bool:
    """A name after a preposition of place that only places take ("in", "near"; "at" only after a
    noun of a thing, "the power plant at Svartsengi", not "looked at Smith" or "analysts at
    Jefferies"): what the model took for a person is a place ("killed in Kasai")."""
    toks = token_list(doc)
    i = start - 1 - (start > 0 and toks[start - 1].lower_ == "the")
    if i < 0 or toks[i].lower_ not in lexicon.LOCATIVE_PREPOSITIONS or toks[end - 1].dep_ == POSS \
            or toks[end - 1].head.i not in (i, toks[i].head.i):   # ("struck off X": a particle)
        return False
    owner = toks[i].head
    return toks[i].lower_ != "at" or (owner.pos_ == "NOUN" and owner.i < i and not _is_title_word(owner)
                                     and owner.lemma_.lower() not in lexicon.PERSON_NOUNS | lexicon.PROFESSIONAL_NOUNS)


def placed_by_context(doc: Doc, start: int, end: int) -> bool:
    """A name that is no nationality and that its context makes a place: coordinated with a
    place, after a preposition of place, or set beside a noun of place."""
    return all(t.is_title for t in doc[start:end]) and (
        coordinated_with_place(doc, start, end) or in_a_place(doc, start, end)
        or place_apposition(doc, start, end) or named_place_of(doc, start))


def _capital_modifies_a_thing(doc: Doc, start: int, end: int) -> bool:
    """"a Tripoli prison", "the Tripoli-based government": a capital that says where a thing is;
    "Moscow officials" still names the government (``government_nouns``). (Another city's name
    before a noun may be a company's: "Toyota spokesperson".)"""
    toks = token_list(doc)
    if gazetteer().capital(tokens_text(doc, start, end)) is None:
        return False
    if end + 1 < len(doc) and toks[end].text == "-" and toks[end + 1].lower_ == "based":
        return True
    head = toks[end - 1]
    return head.dep_ == COMPOUND and head.head.i >= end and head.head.pos_ == "NOUN" \
        and head.head.lower_ not in lexicon.GOVERNMENT_NOUNS and not _is_title_word(head.head)


def named_place_of(doc: Doc, start: int) -> bool:
    """"the city of Malatya", "the towns of Dervenochoria", "the capital Abuja": a place named by its kind."""
    toks = token_list(doc)
    i = start - 1 - (start > 0 and toks[start - 1].lower_ == "the")
    if i >= 1 and toks[i].is_lower and toks[i].pos_ == "NOUN" and toks[i].lower_ in lexicon.PLACE_NOUNS \
            and toks[i].lower_ not in _DIRECTIONS and (toks[i - 1].lower_ in ("the", "its", "their") or (
                i >= 2 and toks[i - 1].is_lower and toks[i - 2].lower_ in ("the", "its", "their"))):
        return True   # ("the state capital Porto Alegre")
    return i >= 1 and toks[i].lower_ == "of" and toks[i - 1].lower_ in lexicon.PLACE_NOUNS


def first_conjunct(doc: Doc, start: int, end: int) -> int:
    """Where the first of the names coordinated with this one starts ("Loutraki" -> "Dervenochoria")."""
    head = doc[end - 1]
    while head.dep_ == CONJ and head.head.i < head.i:
        head = head.head
    return head.left_edge.i if head.i < start else start


def dateline(doc: Doc, start: int, end: int) -> bool:
    """"ACCRA, Dec 8 -" / "Seoul, Oct 16": the place a story was filed from, opening a paragraph."""
    opens = start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
    return opens and end < len(doc) and doc[end].text == ","


def apposition_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The common noun a name is set beside: "Varga's team, Bora Velo" / "Ayse Demir, a teacher"."""
    head = doc[end - 1]
    if head.dep_ == APPOS and not (start <= head.head.i < end) and head.head.pos_ == "NOUN":
        return head.head
    for child in head.children:
        if child.dep_ == APPOS and child.i >= end and child.pos_ == "NOUN":
            return child
    return _set_beside(doc, end)


def _set_beside(doc: Doc, end: int) -> Token | None:
    """The noun of ", the Turkish defence electronics group," or ", a senior adviser to the
    president," written right after a name, where the parser hung the apposition elsewhere (on the
    first of two coordinated names: "X and Y, a senior adviser to ..."): the last word before the
    closing comma or before the preposition that opens the noun's complement, if a noun."""
    toks = token_list(doc)
    if end + 2 >= len(doc) or toks[end].text != "," or toks[end + 1].lower_ not in ("the", "a", "an"):
        return None
    for i in range(end + 2, min(end + 8, len(doc))):
        last = toks[i - 1]
        if toks[i].is_punct:
            return last if toks[i].text == "," and last.pos_ == "NOUN" and last.is_lower else None
        if toks[i].pos_ == "ADP" and i > end + 2 and toks[i].head.i == last.i and last.pos_ == "NOUN" and last.is_lower:
            return last
        if toks[i].pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return None
    return None


def kind_before(doc: Doc, start: int) -> str | None:
    """What the common noun (or hyphened adjective) right before a name says it is: "steelmaker
    Ternium", "the carmaker Volvo", "state-owned Codelco" (an organisation)."""
    toks = token_list(doc)
    if start == 0:
        return None
    noun = toks[start - 1]
    if start >= 3 and noun.lower_ in lexicon.COMPANY_PARTICIPLES and toks[start - 2].text == "-" \
            and not toks[start - 2].whitespace_ and not toks[start - 3].whitespace_:
        return EntityType.ORGANIZATION   # "state-owned Codelco", "state-run Petrobras"
    if not (noun.pos_ == "NOUN" and noun.dep_ == COMPOUND) and not (noun.is_lower and noun.is_alpha):
        return None   # (a word in lower case right before a name: "the South American bloc Mercosur")
    return EntityType.ORGANIZATION if names_an_organization(noun) else None


def names_an_organization(noun: Token) -> bool:
    """A common noun of organisation (``organization_nouns``), or of a maker of things
    ("chipmaker", "shipbuilder"; not "lawmaker", a title)."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.ORGANIZATION_NOUNS or noun.lower_ in lexicon.ORGANIZATION_NOUNS \
        or lemma.endswith(("maker", "builder")) and lemma not in lexicon.TITLE_WORDS


def shares_held_in(doc: Doc, start: int, end: int) -> bool:
    """A name that shares are held in: "shares in Novo Nordisk", "a stake of GoTo", "GoTo shares
    jumped", "Lilly's stock" (``ownership_nouns``): a company's."""
    head = doc[end - 1]
    owner = head.head
    if head.dep_ == POBJ and owner.lower_ in ("in", "of"):
        return owner.head.lower_ in lexicon.OWNERSHIP_NOUNS and owner.head.i < start
    return head.dep_ in (COMPOUND, POSS) and owner.i >= end and owner.lower_ in lexicon.OWNERSHIP_NOUNS


def names_a_product(doc: Doc, start: int) -> bool:
    """A name right after a kind of product: "the obesity drug CagriSema", "whose drug Zepbound"."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.is_lower and before.lower_ in lexicon.PRODUCT_NOUNS


def plural_common_noun(token: Token) -> bool:
    """A plural noun that opens a sentence ("Farmers", "Residents"), not a name ending in s
    ("Novartis", "Siemens"): the tagger's plural whose lemma is the word without its s; or any
    word opening a sentence that the article writes in lower case elsewhere, and capitalised only
    where a sentence opens ("Measles was declared eliminated ... a measles outbreak"): a common noun
    capitalised by the sentence."""
    before = token.nbor(-1) if token.i > 0 else None
    opens = token.is_sent_start or before is None or before.is_space or before.text in ("-", "—", "–") \
        or (before.text in QUOTES and (before.is_sent_start or before.i == 0 or before.nbor(-1).is_space))
    if not opens:
        return False
    if token.tag_ == "NNS" and token.lemma_.lower() + "s" == token.lower_:
        return True
    if not (token.is_title and token.is_alpha):
        return False
    same = [token.doc[i] for i in tokens_named(token.doc, (token.lower_,))]
    # (not a name written capitalised inside a sentence too: "Jeremy Hunt ... Hunt said ... the hunt")
    return any(t.text == token.lower_ for t in same) and not any(
        t.text == token.text and not t.is_sent_start and t.i > 0 and not t.nbor(-1).is_space for t in same if t.i != token.i)


def at_an_employer(doc: Doc, start: int) -> bool:
    """"analysts at Jefferies", "economists at Capital Economics": where professionals work."""
    toks = token_list(doc)
    at = toks[start - 1] if start > 0 else None
    if at is not None and at.lower_ == "the" and start > 1:
        at = toks[start - 2]
    return at is not None and at.lower_ == "at" and at.head.lemma_.lower() in lexicon.PROFESSIONAL_NOUNS


def beside_an_organisation(token: Token) -> bool:
    """A one-word name coordinated with an organisation's name is one too ("between Club Olimpia
    and Brazil's Flamengo"): people and organisations are rarely listed together."""
    if token.dep_ == CONJ and token.head.ent_type_ == "ORG":
        return True
    return any(c.dep_ == CONJ and c.ent_type_ == "ORG" for c in token.children)


def names_an_event(doc: Doc, start: int, end: int) -> bool:
    """"Copa Libertadores", "the Davis Cup": a competition (``event_words``), unless the name ends
    as an organisation's does ("World Cup Organising Committee")."""
    return not _is_org_head(doc[end - 1]) and any(
        t.lower_ in lexicon.EVENT_WORDS and t.is_title for t in tokens(doc, start, end))


def untagged_capitalised(token: Token, opening: bool = False) -> bool:
    """A proper noun written with a capital ("GoTo", "SAP") that no entity of the model's holds
    (one that opens a sentence only if ``opening``, and then no organisation's common word: "Bank")."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_ and not _is_title_word(token) \
        and (not token.is_sent_start or opening and not _is_org_head(token))
