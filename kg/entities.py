"""Entities in one parsed document: the right spans, the right types, one entity per real thing.

spaCy's NER proposes spans; these rules correct them the way a careful reader would:
names cut at a hyphen or a particle are completed, titles are moved into a ``role``,
countries are recognised by name, capital or demonym, outlets are organisations, and short
names ("Putin", "Kim") join the nearest compatible full name of the same document.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.attrs import ENT_IOB, IS_TITLE, IS_UPPER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.constants import APPOS, COMPOUND, CONJ, DOBJ, POBJ, SUBJECT_OR_POSSESSOR_DEPS
from kg.gazetteer import DIRECTIONS as _DIRECTIONS
from kg.gazetteer import City, Gazetteer, fold, gazetteer
from kg.identity import SIZEABLE_CITY as _SIZEABLE_CITY
from kg.identity import DocEntities, Found, group, may_be_a_person_read_as_organization, person_key
from kg.name_spans import after_possessor as _after_possessor
from kg.name_spans import defined_acronyms as _defined_acronyms
from kg.name_spans import is_acronym as _is_acronym
from kg.name_spans import is_org_head as _is_org_head
from kg.name_spans import is_title_word as _is_title_word
from kg.name_spans import name_spans as _name_spans
from kg.sentences import tokens, tokens_text
from kg.token_index import tokens_named

# spans the model reads as times and amounts ("told lawmakers Wednesday") are no names
_TIME_AND_NUMBER_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})   # the model's labels kg makes entities of
_QUOTES = "\"'“”‘’`"
_DOUBLE_QUOTES = ("\"", "“", "”")
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
_DESCRIPTIONS = {"news", "media", "broadcaster", "wire", "press"}
_REGION_ADJECTIVES = frozenset({"north", "south", "east", "west", "central", "latin"})
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$", re.IGNORECASE)
_ARMED_GROUPS = frozenset({"rebel", "rebels", "militia", "militias", "fighter", "fighters", "insurgent", "insurgents"})


def _located(doc: Doc, start: int, end: int, depth: int = 0) -> bool:
    """Whether a name stands where something happens: "talks in Moscow", "a trip to Brussels",
    "the city of Malatya", "cities including Rome and Florence", a dateline."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in lexicon.LOCATIVE_PREPOSITIONS and (
            doc[end - 1].dep_ != "poss" or doc[end - 1].head.lemma_.lower() in lexicon.PLACE_NOUNS
            or doc[end - 1].head.lemma_.lower() in lexicon.FACILITY_HEADS):
        return True   # (not the possessor of a thing there: "a place in New Delhi's policy"; "in Dhaka's district" is)
    if i >= 0 and doc[i].lower_ == "to" and doc[i].head.lemma_.lower() in lexicon.TRAVEL_WORDS and not depth:
        return True   # (not passed on to conjuncts: "a visit to Pyongyang, Moscow and Pyongyang signed")
    if i >= 0 and doc[i].lower_ == "from" and not depth and doc[i].head.lemma_.lower() in lexicon.ORIGIN_WORDS:
        return True   # "a video message from London" (a capital someone travels from is weighed as before)
    if _dateline(doc, start, end) or _named_place_of(doc, start) or _capital_modifies_a_thing(doc, start, end):
        return True
    head = doc[end - 1]
    if head.dep_ == POBJ and head.head.lower_ in ("including", "like") and head.head.head.lemma_.lower() in lexicon.PLACE_NOUNS:
        return True
    # "the towns of Dervenochoria and Loutraki": a conjunct of a place where something happens
    # (from where the conjunct's words start: "in Dar es Salaam, Mwanza and Arusha")
    return depth < 3 and head.dep_ == CONJ and head.head.i < start \
        and _located(doc, _words_start(head.head), head.head.i + 1, depth + 1)


def _known_organization(doc: Doc, text: str) -> str:
    """The known organisation a name or alias is (``organizations``); an alias several share
    ("ICC") is the one whose own words the article uses most ("cricket": the International
    Cricket Council), the first listed on a tie."""
    name = lexicon.ORGANIZATION_NAMES[fold(text)]
    options = lexicon.SHARED_ORGANIZATION_NAMES.get(fold(text))
    if not options:
        return name
    def used(option: str) -> int:
        words = {w.lower() for w in option.split()} - lexicon.ORG_HEADS - {"of", "for", "and", "the"}
        return sum(1 for w in words if tokens_named(doc, (w,)))
    return max(options, key=lambda option: (used(option), -options.index(option)))


def _region_context(doc: Doc, start: int, end: int) -> bool:
    """Words around a one-word name that make it a region's: a title or a region word after it
    ("Amapa Governor", "Kerala state"), or its possessive before one ("Karnataka's chief
    minister"); a preposition of place or of direction before it ("to neighbouring Kerala"); a
    place coordinated with it."""
    after = end + (end < len(doc) and doc[end].text in _POSSESSIVE_MARKS)
    if after < len(doc) and (_is_title_word(doc[after]) or doc[after].lower_ in lexicon.REGION_WORDS):
        return True
    i = start - 1
    while i >= 0 and (doc[i].lower_ == "the" or doc[i].lower_ in ("neighbouring", "neighboring")):
        i -= 1
    return i >= 0 and (doc[i].lower_ in lexicon.LOCATIVE_PREPOSITIONS or doc[i].lower_ in ("to", "from")) \
        or _coordinated_with_place(doc, start, end)


def _club_mention(doc: Doc, f: Found, short: dict[str, str], cities: dict[str, str]) -> Found:
    """A club's own word alone ("Eintracht was fined"), whatever the model read it as, and the
    city of a club named with it acting or before a title ("Frankfurt chief executive Axel
    Hellmann"), are that club (``short``, ``cities``: the club's key by word)."""
    if f.name in short and f.type in ("Person", "Place") and f.end - f.start == len(f.name.split()):
        return Found(f.start, f.end, "Organization", f.name, short[f.name], weight=2)
    if f.name in cities and f.type == "Place" and f.weight <= 1 and _acting_or_titled(doc, f.start, f.end):
        return Found(f.start, f.end, "Organization", f.name, cities[f.name], weight=2)
    return f


def _owns_an_officer(token: Token) -> bool:
    """The possessor of what only organisations have ("Ofgem's director general", ``organization_officers``)."""
    if token.dep_ != "poss":
        return False
    owned = token.head
    return owned.lemma_.lower() in lexicon.ORGANIZATION_OFFICERS or any(
        c.dep_ == COMPOUND and c.lemma_.lower() in lexicon.ORGANIZATION_OFFICERS for c in owned.children)


def _party_named_by_a_portfolio(doc: Doc, start: int, end: int) -> bool:
    """"Labour had promised", "Labour's candidate": one capitalised word that is also a minister's
    portfolio, acting, without an article ("the State had": the state) and before no title
    ("Labour Minister" is part of a title), names a party."""
    return end - start == 1 and doc[start].is_title and _acting(doc[start]) \
        and not (end < len(doc) and _is_title_word(doc[end])) and not (start > 0 and doc[start - 1].lower_ == "the")


def _acting(token: Token) -> bool:
    """A subject or an owner, or coordinated with one ("Arsenal and Liverpool declined")."""
    while token.dep_ == CONJ and token.head.i < token.i:
        token = token.head
    return token.dep_ in SUBJECT_OR_POSSESSOR_DEPS


def _acting_or_titled(doc: Doc, start: int, end: int) -> bool:
    """A name that acts (``_acting``) or stands before a title ("Frankfurt chief executive")."""
    return _acting(doc[end - 1]) or end < len(doc) and (
        _is_title_word(doc[end]) or doc[end].lower_ in lexicon.PLAYER_ROLES)


def _opponent(token: Token) -> bool:
    """A name in the place of a team in a match: after "against", "over", "versus", or the
    object of hosting, beating or facing ("Napoli hosts Benfica", "a win over Porto")."""
    head = token.head
    if token.dep_ == POBJ:
        return head.lower_ in lexicon.MATCH_PREPOSITIONS
    return token.dep_ == DOBJ and head.lemma_.lower() in lexicon.MATCH_VERBS


def _words_start(head: Token) -> int:
    """Where the proper noun ``head`` ends begins: the first of the compound words before it."""
    i = head.i
    while i > 0 and head.doc[i - 1].dep_ == COMPOUND and head.doc[i - 1].head.i == head.i:
        i -= 1
    return i


def _after_a_preposition_of_place(doc: Doc, start: int) -> bool:
    """"in Barcelona", "near the Camp Nou": a preposition that only places take before the name."""
    i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return i >= 0 and doc[i].lower_ in lexicon.LOCATIVE_PREPOSITIONS and doc[start].dep_ == POBJ   # (not "in the Clinton campaign")


def _which_follows(doc: Doc, end: int) -> bool:
    """A name followed by ", which" (a relative clause of a thing)."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which"


def _coordinated_with_place(doc: Doc, start: int, end: int) -> bool:
    """A name coordinated with a place's name: "Samar and Leyte", "Muwasi and Deir al-Balah"."""
    head = doc[end - 1]
    if head.dep_ == CONJ and head.head.ent_type_ in ("GPE", "LOC") and not (start <= head.head.i < end):
        return True
    return any(c.dep_ == CONJ and c.ent_type_ in ("GPE", "LOC") for c in head.children)


def _place_apposition(doc: Doc, start: int, end: int) -> bool:
    """A name set beside a common noun of place: "Mweka, the nearest town", "Goma, the largest city"."""
    noun = _apposition_noun(doc, start, end)
    return noun is not None and noun.lemma_.lower() in lexicon.PLACE_NOUNS


def _in_a_place(doc: Doc, start: int, end: int) -> bool:
    """A name after a preposition of place that only places take ("in", "near"; "at" only after a
    noun of a thing, "the power plant at Svartsengi", not "looked at Smith" or "analysts at
    Jefferies"): what the model took for a person is a place ("killed in Kasai")."""
    i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if i < 0 or doc[i].lower_ not in lexicon.LOCATIVE_PREPOSITIONS or doc[end - 1].dep_ == "poss" \
            or doc[end - 1].head.i not in (i, doc[i].head.i):   # ("struck off X": a particle)
        return False
    owner = doc[i].head
    return doc[i].lower_ != "at" or (owner.pos_ == "NOUN" and owner.i < i and not _is_title_word(owner)
                                     and owner.lemma_.lower() not in lexicon.PERSON_NOUNS | lexicon.PROFESSIONAL_NOUNS)


def _placed_by_context(doc: Doc, start: int, end: int) -> bool:
    """A name that is no nationality and that its context makes a place: coordinated with a
    place, after a preposition of place, or set beside a noun of place."""
    return all(t.is_title for t in doc[start:end]) and (
        _coordinated_with_place(doc, start, end) or _in_a_place(doc, start, end)
        or _place_apposition(doc, start, end) or _named_place_of(doc, start))


def _capital_modifies_a_thing(doc: Doc, start: int, end: int) -> bool:
    """"a Tripoli prison", "the Tripoli-based government": a capital that says where a thing is;
    "Moscow officials" still names the government (``government_nouns``). (Another city's name
    before a noun may be a company's: "Toyota spokesperson".)"""
    if gazetteer().capital(tokens_text(doc, start, end)) is None:
        return False
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
        return True
    head = doc[end - 1]
    return head.dep_ == COMPOUND and head.head.i >= end and head.head.pos_ == "NOUN" \
        and head.head.lower_ not in lexicon.GOVERNMENT_NOUNS and not _is_title_word(head.head)


def _named_place_of(doc: Doc, start: int) -> bool:
    """"the city of Malatya", "the towns of Dervenochoria", "the capital Abuja": a place named by its kind."""
    i = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if i >= 1 and doc[i].is_lower and doc[i].pos_ == "NOUN" and doc[i].lower_ in lexicon.PLACE_NOUNS \
            and doc[i].lower_ not in _DIRECTIONS and (doc[i - 1].lower_ in ("the", "its", "their") or (
                i >= 2 and doc[i - 1].is_lower and doc[i - 2].lower_ in ("the", "its", "their"))):
        return True   # ("the state capital Porto Alegre")
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in lexicon.PLACE_NOUNS


def _first_conjunct(doc: Doc, start: int, end: int) -> int:
    """Where the first of the names coordinated with this one starts ("Loutraki" -> "Dervenochoria")."""
    head = doc[end - 1]
    while head.dep_ == CONJ and head.head.i < head.i:
        head = head.head
    return head.left_edge.i if head.i < start else start


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """"ACCRA, Dec 8 -" / "Seoul, Oct 16": the place a story was filed from, opening a paragraph."""
    opens = start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
    return opens and end < len(doc) and doc[end].text == ","


def _apposition_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The common noun a name is set beside: "Varga's team, Bora Velo" / "Ayse Demir, a teacher"."""
    head = doc[end - 1]
    if head.dep_ == APPOS and not (start <= head.head.i < end) and head.head.pos_ == "NOUN":
        return head.head
    for child in head.children:
        if child.dep_ == APPOS and child.i >= end and child.pos_ == "NOUN":
            return child
    return _set_beside(doc, end)


def _set_beside(doc: Doc, end: int) -> Token | None:
    """The noun of ", the Turkish defence electronics group," written right after a name, where
    the parser hung the apposition elsewhere: the last word before the closing comma, if a noun."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    for i in range(end + 2, min(end + 8, len(doc))):
        if doc[i].is_punct:
            last = doc[i - 1]
            return last if doc[i].text == "," and last.pos_ == "NOUN" and last.is_lower else None
        if doc[i].pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return None
    return None


def _seat(text: str) -> str | None:
    """The international organisation a city stands for as an actor (``organization_seats``)."""
    folded = fold(text)
    return next((org for city, org in lexicon.ORGANIZATION_SEATS.items() if fold(city) == folded), None)


def _kind_before(doc: Doc, start: int) -> str | None:
    """What the common noun (or hyphened adjective) right before a name says it is: "steelmaker
    Ternium", "the carmaker Volvo", "state-owned Codelco" (an organisation)."""
    if start == 0:
        return None
    noun = doc[start - 1]
    if start >= 3 and noun.lower_ in lexicon.COMPANY_PARTICIPLES and doc[start - 2].text == "-" \
            and not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_:
        return "Organization"   # "state-owned Codelco", "state-run Petrobras"
    lemma = noun.lemma_.lower()
    if not (noun.pos_ == "NOUN" and noun.dep_ == COMPOUND) and not (noun.is_lower and noun.is_alpha):
        return None   # (a word in lower case right before a name: "the South American bloc Mercosur")
    return "Organization" if _names_an_organization(noun) else None


def _names_an_organization(noun: Token) -> bool:
    """A common noun of organisation (``organization_nouns``), or of a maker of things
    ("chipmaker", "shipbuilder"; not "lawmaker", a title)."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.ORGANIZATION_NOUNS or noun.lower_ in lexicon.ORGANIZATION_NOUNS \
        or lemma.endswith(("maker", "builder")) and lemma not in lexicon.TITLE_WORDS


def _owned(doc: Doc, start: int, end: int) -> bool:
    """A name that shares are held in: "shares in Novo Nordisk", "a stake of GoTo", "GoTo shares
    jumped", "Lilly's stock" (``ownership_nouns``): a company's."""
    head = doc[end - 1]
    owner = head.head
    if head.dep_ == POBJ and owner.lower_ in ("in", "of"):
        return owner.head.lower_ in lexicon.OWNERSHIP_NOUNS and owner.head.i < start
    return head.dep_ in (COMPOUND, "poss") and owner.i >= end and owner.lower_ in lexicon.OWNERSHIP_NOUNS


def _names_a_product(doc: Doc, start: int) -> bool:
    """A name right after a kind of product: "the obesity drug CagriSema", "whose drug Zepbound"."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.is_lower and before.lower_ in lexicon.PRODUCT_NOUNS


def _plural_common_noun(token: Token) -> bool:
    """A plural noun that opens a sentence ("Farmers", "Residents"), not a name ending in s
    ("Novartis", "Siemens"): the tagger's plural whose lemma is the word without its s."""
    before = token.nbor(-1) if token.i > 0 else None
    opens = token.is_sent_start or before is None or before.is_space or before.text in ("-", "—", "–") \
        or (before.text in _QUOTES and (before.is_sent_start or before.i == 0 or before.nbor(-1).is_space))
    return opens and token.tag_ == "NNS" and token.lemma_.lower() + "s" == token.lower_


def _beside_a_title(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words set beside a title: "The union's president, Andreas
    Pinheiro,", "UNICEF's representative in Zambia, Penelope Campbell," (a person, whatever the
    model took the name for)."""
    words = doc[start:end]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words) \
            or _is_org_head(words[-1]) or words[-1].dep_ != APPOS:
        return False
    noun = words[-1].head
    if noun.pos_ == "PROPN" and noun.head.dep_ == "prep" and noun.i < start:
        noun = noun.head.head   # the title's place: "representative in Zambia, NAME"
    return noun.pos_ == "NOUN" and noun.i < start and _is_title_word(noun) \
        and noun.lemma_.lower() not in lexicon.ORGANIZATION_NOUNS   # (not "Her ruling party, Chama Cha Mapinduzi,")


def _at_an_employer(doc: Doc, start: int) -> bool:
    """"analysts at Jefferies", "economists at Capital Economics": where professionals work."""
    at = doc[start - 1] if start > 0 else None
    if at is not None and at.lower_ == "the" and start > 1:
        at = doc[start - 2]
    return at is not None and at.lower_ == "at" and at.head.lemma_.lower() in lexicon.PROFESSIONAL_NOUNS


def _beside_an_organisation(token: Token) -> bool:
    """A one-word name coordinated with an organisation's name is one too ("between Club Olimpia
    and Brazil's Flamengo"): people and organisations are rarely listed together."""
    if token.dep_ == CONJ and token.head.ent_type_ == "ORG":
        return True
    return any(c.dep_ == CONJ and c.ent_type_ == "ORG" for c in token.children)


def _names_an_event(doc: Doc, start: int, end: int) -> bool:
    """"Copa Libertadores", "the Davis Cup": a competition (``event_words``), unless the name ends
    as an organisation's does ("World Cup Organising Committee")."""
    return not _is_org_head(doc[end - 1]) and any(
        t.lower_ in lexicon.EVENT_WORDS and t.is_title for t in tokens(doc, start, end))


def _given_name_after_title(doc: Doc, start: int) -> bool:
    """An untagged capitalised word between a title and the name: "marketing chief Rubén" +
    "Rivera", where the model took the surname alone for a place."""
    if start < 2 or doc[start - 1].is_sent_start:
        return False
    given, title = doc[start - 1], doc[start - 2]
    return _untagged_name_word(given) and _is_title_word(title) and title.is_lower


def _titled_name(doc: Doc, start: int, end: int) -> bool:
    """Title words then two or three capitalised words that do not end as an institution's name:
    "Deputy Prosecutor Helena Okafor", "Police Chief Chuck Jordan"."""
    i = start
    while i < end and _is_title_word(doc[i]):
        i += 1
    rest = list(tokens(doc, i, end))
    return i > start and 2 <= len(rest) <= 3 and all(_name_word(t) for t in rest) \
        and not _is_org_head(rest[-1]) and rest[-1].lower_ not in lexicon.GEOGRAPHIC_FEATURES


_REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
                     "XVI", "Jr", "Jr.", "Sr", "Sr."})


def _name_word(token: Token) -> bool:
    """A word of a person's name: a capitalised proper noun, or a regnal number or Jr after one ("Felipe VI")."""
    return (token.pos_ == "PROPN" and token.is_title) or (token.text in _REGNAL and token.i > 0
                                                          and token.nbor(-1).is_title)


def _name_tokens(span: Span) -> tuple[int, int]:
    """Token bounds of a person's name inside a span that may start with a title or, opening a
    sentence, with a role noun ("Volcanologist Jane Doe")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (_is_title_word(doc[start]) or _qualifies(doc[start]) or _role_noun(doc[start])
                               or doc[start].lower_ in ("the", "of", "'s", "’s")):
        start += 1
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].text in _QUOTES):
        end -= 1
    return start, end


def _role_noun(token: Token) -> bool:
    """A common noun saying what a person does, capitalised before the name ("Engineer Ednar
    Dayanghirang", "Volcanologist Jane Doe"): ``person_nouns``, or a science's practitioner."""
    word = token.lower_
    return token.is_title and (word in lexicon.PERSON_NOUNS or word.endswith("ologist")
                               or (word.endswith("s") and word[:-1] in lexicon.PERSON_NOUNS))


def _qualifies(token: Token) -> bool:
    """A country word before a title ("US Defense Secretary ..."), not a first name ("Israel Katz")."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    known = gazetteer().country(token.text) or gazetteer().demonym(token.text)   # not "Andreas" tagged GPE
    return token.ent_type_ in ("GPE", "NORP") and known is not None and nxt is not None and (
        _is_title_word(nxt) or nxt.ent_type_ in ("GPE", "NORP") or nxt.text in ("'s", "’s"))


def _extend_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    # "Yoon Suk" + "-yeol": a hyphenated name part the tokenizer split off.
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # "Ursula von" + "der Leyen", "Ursula von der" + "Leyen", "Mohammed bin Abdulrahman" + "Al
    # Thani": particles and the name after them (a capitalised particle only before a name the
    # model did not give to an organisation: not "... Al Jazeera").
    while end > start + 1 and doc[end - 1].lower_ in lexicon.NAME_PARTICLES and doc[end - 1].is_lower:
        end -= 1
    probe = end
    while probe < len(doc) and doc[probe].lower_ in lexicon.NAME_PARTICLES and doc[probe].is_alpha \
            and (doc[probe].is_lower or (doc[probe].is_title and doc[probe].ent_type_ not in ("ORG", "FAC"))):
        probe += 1
    if probe > end and probe < len(doc) and doc[probe].is_title and doc[probe].is_alpha \
            and doc[probe].ent_type_ not in ("ORG", "FAC", "DATE", "NORP"):
        end = probe + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
    # "Donny Ermawan" + "Taufanto": the last word of the name, which the parse joins to it.
    while end < len(doc) and doc[end - 1].dep_ == COMPOUND and doc[end - 1].head.i == end \
            and _untagged_name_word(doc[end]):
        end += 1
    # "Kim Ju" + "Ae was": one last capitalised word the model left out, then no other capitalised
    # word (not a headline's "Elizabeth Warren" + "Hammers Wells Fargo")
    # (the parser may open a sentence there: no punctuation says so)
    last = doc[end] if end + 1 < len(doc) else None
    if last is not None and doc[end - 1].is_title and doc[end - 1].whitespace_ == " " and last.pos_ == "PROPN" \
            and last.is_title and last.is_alpha and not last.ent_type_ and not _is_title_word(last) \
            and not _is_org_head(last) and not doc[end + 1].is_title and not doc[end + 1].is_upper \
            and last.dep_ not in (COMPOUND, "poss") and last.text not in _REGNAL:
        end += 1
    # "Minister" + "Rustem" + "Umerov": a given name the model left outside the span (not a role
    # noun opening the sentence: "Engineer" + "Ednar Dayanghirang").
    # (two such words at most: "Mir" + "Mahbubur" + "Rahman Snigdho")
    for _ in range(2):
        if start == 0 or doc[start].is_sent_start:
            break
        prev = doc[start - 1]
        if not (prev.pos_ == "PROPN" and prev.is_title and not _is_title_word(prev) and not prev.ent_type_
                and not (prev.is_sent_start and _role_noun(prev))):
            break
        start -= 1
    return start, end


def _untagged_capitalised(token: Token, opening: bool = False) -> bool:
    """A proper noun written with a capital ("GoTo", "SAP") that no entity of the model's holds
    (one that opens a sentence only if ``opening``, and then no organisation's common word: "Bank")."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_ and not _is_title_word(token) \
        and (not token.is_sent_start or opening and not _is_org_head(token))


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun no entity holds that may end a person's name."""
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ \
        and not _is_title_word(token) and not _is_org_head(token) and not token.is_sent_start


def role_before(doc: Doc, start: int) -> str | None:
    """The title written before a name: "US Defense Secretary" in "US Defense Secretary Lloyd Austin"."""
    i = start - 1
    while i >= 0:
        t = doc[i]
        if _is_title_word(t) or t.ent_type_ in ("GPE", "NORP", "ORG") or t.text in ("-", "'s", "’s") \
                or (t.lower_ == "of" and i > 0 and _is_title_word(doc[i - 1])):
            i -= 1
            continue
        break
    words = doc[i + 1:start]
    if not any(_is_title_word(t) for t in words):
        return None
    return words.text.strip() or None


def role_apposition(doc: Doc, start: int, end: int) -> str | None:
    """The role given in apposition: "Miroslav Jenca, the UN's assistant secretary-general for Europe,"."""
    head = doc[end - 1]
    for child in head.children:
        if child.dep_ == APPOS and child.i >= end and _is_title_word(child):
            words = [t for t in child.subtree if t.i >= end and not t.is_punct or t.text in ("-", "'s")]
            text = doc[words[0].i:words[-1].i + 1].text if words else ""
            return re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,")) or None
    return None


class EntityFinder:
    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()

    # -- one span at a time -------------------------------------------------------------
    def _person_by_apposed_title(self, doc: Doc, start: int, end: int, text: str) -> bool:
        """Two or three capitalised words with a title in apposition after them: "Kemi Badenoch,
        leader of the opposition," is a person, not a country chairing ("Kenya, chair of ...")."""
        words = doc[start:end]
        return 2 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words) \
            and not _is_org_head(words[-1]) and not self.gaz.country(text) and not self.gaz.city(text) \
            and role_apposition(doc, start, end) is not None

    def _country(self, text: str, start: int, end: int) -> Found | None:
        """A country by its name, or by its capital used as an actor ("Pyongyang denied")."""
        c = self.gaz.country(text)
        if c:
            return Found(start, end, "Country", c.name, c.code.lower())
        seat = _seat(text)
        if seat is not None:   # "Brussels wants": the European Union, not Belgium
            return Found(start, end, "Organization", seat, self._org_key(seat), weight=2)
        c = self.gaz.capital(text) if end - start <= 2 else None
        # the city is kept with it: a capital named both as an actor and as a place is weighed in identity
        return Found(start, end, "Country", c.name, c.code.lower(), geo=self.gaz.capital_city(text)) if c else None

    def _shared_country(self, text: str, start: int, end: int) -> Found | None:
        """A name several countries bear ("Congo"): which one is decided with the article's other
        countries (``shared_country_names``)."""
        codes = lexicon.SHARED_COUNTRY_NAMES.get(text.lower())
        codes = tuple(c for c in codes or () if c in self.gaz.countries)
        return Found(start, end, "Country", text, "", shared=codes) if codes else None

    def _classify(self, doc: Doc, span: Span) -> Found | None:
        start, end = span.start, span.end
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in _QUOTES):
            start += 1
        while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’", ",", ";", ":", "—", "–")
                               or doc[end - 1].text in _QUOTES or doc[end - 1].is_space):
            end -= 1
        # "National Democratic Congress (NDC": the acronym in parentheses is an alias, not the name
        end = next((t.i for t in tokens(doc, start, end) if t.text == "("), end)
        label = span.label_
        if label in ("ORG", "FAC") and fold(tokens_text(doc, start, end)) not in lexicon.ORGANIZATION_NAMES:
            start = _after_possessor(doc, start, end)   # (not "Moody's Investors Service": a known name)
        while label == "ORG" and end - start > 1 and doc[start].lower_ in lexicon.PARTY_STANDINGS:
            start += 1   # "the Opposition BJP": where the party stands is no part of its name
        if start >= end or any(t.text in _DOUBLE_QUOTES or t.is_space for t in tokens(doc, start, end)):
            return None   # 'the Pacific "Ring of Fire"': a quoted nickname, or words across lines
        text = tokens_text(doc, start, end)
        if _WEB_ADDRESS.match(text):
            # "example.com": an address, not an entity; a website acting ("Amazon.com said") is its company
            acting = label == "ORG" and doc[end - 1].dep_ in ("nsubj", "nsubjpass")
            return Found(start, end, "Organization", text, self._org_key(text)) if acting else None
        if end - start > 1 and doc[end - 1].lower_ in lexicon.LAW_WORDS and doc[end - 1].is_title:
            return None   # "the General Data Protection Regulation", "the Digital Services Act": a text
        if label == "ORG" and end - start == 1 and 0 < start and end < len(doc) and _is_title_word(doc[start - 1]) \
                and _is_title_word(doc[end]) and _is_org_head(doc[start]):
            return None   # "Chief Cabinet Secretary", "Deputy Council Chairman": a body inside a title
        if label == "PERSON" and _is_org_head(doc[start]):
            # "Group G", "Party Congress": a person's name does not open with an organisation's word
            return self._organization(doc, start, end) if _is_org_head(doc[end - 1]) else None
        if text.lower() in lexicon.TIME_ZONES or end < len(doc) and (doc[end].lower_ in lexicon.BENCHMARK_WORDS or (
                end + 1 < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"
                and doc[end + 1].lower_ in lexicon.BENCHMARK_WORDS)):
            return None   # "by 1030 GMT", "Brent crude futures", "the Merval stock index"
        if label == "ORG" and end - start > 2 and doc[end - 1].is_lower and doc[end - 1].lower_ in lexicon.ORGANIZATION_NOUNS \
                and all(t.is_title or not t.is_alpha for t in tokens(doc, start, end - 1)):
            end -= 1   # "La Libertad Avanza party": the noun after a name is no part of it (not "the defence ministry")
            text = tokens_text(doc, start, end)
        if label == "ORG" and fold(text) in lexicon.ORGANIZATION_NAMES:
            end = _known_description(doc, start, end)   # "the U.N. human rights office"
            text = tokens_text(doc, start, end)
        outlet = lexicon.OUTLET_NAMES.get(fold(text))
        if outlet:
            return Found(start, end, "Organization", outlet, fold(outlet), outlet=True)
        if label == "NORP":
            if start > 0 and doc[start - 1].lower_ in _REGION_ADJECTIVES:
                return None   # "South American", "East African": a region, not the country
            head = doc[end - 1]
            if head.dep_ in ("nsubj", "nsubjpass") and not head.lower_.endswith("s") \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                return None   # "the Italian told reporters", "the 22-year-old Spaniard won": a person
            c = self.gaz.demonym(text)
            if c is None and text.lower() in lexicon.SHARED_COUNTRY_NAMES:
                return self._shared_country(text, start, end)   # "Congolese"
            if c is None and _placed_by_context(doc, start, end):
                return replace(self._place(doc, start, end), weight=2)   # "struck off Davao Oriental"
            return Found(start, end, "Country", c.name, c.code.lower()) if c else None
        if label == "PRODUCT" and _placed_by_context(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "near Bossangoa and Bria"
        if fold(text) in lexicon.ORGANIZATION_NAMES:
            name = _known_organization(doc, text)
            return Found(start, end, "Organization", name, self._org_key(name))
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens(doc, start, end)) and (
                label != "ORG" or end - start == 1):
            return None   # "in absentia", "an online congress": a name is capitalised (known ones
            # written in lower case, "dpa", are read above)
        if end - start == 1 and label in ("ORG", "GPE", "PERSON") and _plural_common_noun(doc[start]):
            return None   # "Farmers' union ...", "Residents fled": a common noun capitalised by the sentence
        if label != "PERSON" and _names_an_event(doc, start, end):
            return None
        if label in ("GPE", "LOC", "FAC", "PERSON") and any(c.isdigit() for c in text):
            # "COP29", "the M23 rebel group": places and people have no digits in their names
            groups = lexicon.ORGANIZATION_NOUNS | _ARMED_GROUPS
            if doc[end - 1].head.lemma_.lower() in groups or (end < len(doc) and doc[end].lemma_.lower() in groups):
                return Found(start, end, "Organization", text, self._org_key(text), weight=2)
            return None
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and _owned(doc, start, end) and not self._market(text):
            found = self._organization(doc, start, end)   # "Shares in Novo Nordisk fell" (not "shares in Tokyo")
            return found and replace(found, weight=3, traded=True)
        kind = _kind_before(doc, start) if label not in _TIME_AND_NUMBER_LABELS else None
        if kind == "Organization" and label != "ORG":
            found = self._organization(doc, start, end)     # "Mexican steelmaker Ternium"
            return found and replace(found, weight=3)
        known = self._known_organization_first(doc, start, end, label)
        if known is not None:
            return known
        if label in ("PERSON", "ORG", "NORP"):
            region = self._known_region(doc, start, end, text, label)
            if region is not None:
                return region
        if label in ("GPE", "LOC", "FAC", "ORG") and self._person_by_apposed_title(doc, start, end, text):
            found = self._person(doc, start, end)   # "Kemi Badenoch, leader of the opposition," (tagged a place)
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC", "ORG") and end - start <= 2 and _given_name_after_title(doc, start):
            found = self._person(doc, start - 1, end)   # "marketing chief Rubén" + "Rivera" (tagged a place)
            return found and replace(found, weight=2)
        if label not in ("PERSON", "ORG") and _titled_name(doc, start, end):
            found = self._person(doc, start, end)   # "Deputy Prosecutor Helena Okafor" as a title of a work
            return found and replace(found, weight=2)
        if label in ("ORG", "FAC", "GPE", "LOC", "PERSON") and end - start > 1 and (
                doc[end - 1].is_title and doc[end - 1].lower_ in lexicon.FACILITY_HEADS and label != "PERSON"
                or doc[start].is_title and doc[start].lower_ in lexicon.FACILITY_OPENERS):
            return replace(self._place(doc, start, end), weight=2)   # "Kahuzi-Biega National Park", "Stadio Olimpico"
        if label in ("ORG", "PERSON") and end - start <= 2 and _coordinated_with_place(doc, start, end) \
                and _located(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "villages in Samar and Leyte"
        if label in ("ORG", "PERSON") and end - start <= 2 and not self.gaz.country(text) and (
                _place_apposition(doc, start, end) or (label == "PERSON" and _in_a_place(doc, start, end))):
            return replace(self._place(doc, start, end), weight=2)   # "reached Mweka, the nearest town"
        if label in ("PERSON", "ORG") and text.isupper() and end - start > 1 and _dateline(doc, start, end):
            return replace(self._place(doc, start, end), weight=2)   # "DEIR AL-BALAH, Gaza Strip (AP) -"
        if label == "PERSON" and _which_follows(doc, end):
            # "Isavia, which runs Keflavik airport, said": a thing, not a person
            found = self._place(doc, start, end) if _in_a_place(doc, start, end) else self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if label == "PERSON" and end - start == 1 and _beside_an_organisation(doc[start]):
            found = self._organization(doc, start, end)   # "between Club Olimpia and Brazil's Flamengo"
            return found and replace(found, weight=2)
        if label == "PERSON" and end - start == 1 and start > 0 and doc[start - 1].lower_ == "the":
            # "the Maracana", "the Kremlin": a person's name takes no article
            found = self._place(doc, start, end) if _located(doc, start, end) else self._organization(doc, start, end)
            return found and replace(found, weight=2)
        if label in ("PERSON", "GPE", "LOC") and _is_org_head(doc[end - 1]) and end - start > 1:
            return self._organization(doc, start, end)   # "Unity Government": an institution
        if label in ("GPE", "LOC") and end < len(doc) and doc[end].lower_ in lexicon.PLAYER_ROLES \
                and doc[end].is_lower and not self.gaz.country(text) and self.gaz.city(text):
            return Found(start, end, "Organization", text, self._org_key(text), weight=2)   # "the Barcelona midfielder"
        if label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
            found = self._city_here(doc, start, end, label)
            if found:
                return found
            if label in ("ORG", "PERSON") and (_named_place_of(doc, start)
                                               or _named_place_of(doc, _first_conjunct(doc, start, end))):
                found = self._place(doc, start, end)   # "the towns of Dervenochoria and Loutraki"
                return Found(found.start, found.end, found.type, found.name, found.key, geo=found.geo, weight=2)
            found = self._country(text, start, end)
            if found:
                return found
            if self.gaz.is_ambiguous(text):
                return self._shared_country(text, start, end)
        if label in ("ORG", "GPE", "LOC", "FAC") and _beside_a_title(doc, start, end):
            found = self._person(doc, start, end)   # "The union's president, Andreas Pinheiro,"
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC", "ORG") and _at_an_employer(doc, start):
            found = self._organization(doc, start, end)   # "analysts at Jefferies"
            return found and replace(found, weight=2)
        if label in ("GPE", "LOC", "FAC") and self.gaz.city(text) is None:
            noun = _apposition_noun(doc, start, end)
            if noun is not None and _names_an_organization(noun):
                found = self._organization(doc, start, end)   # "Nexperia, a chipmaker owned by ..."
                return found and replace(found, weight=3)
        if label in ("GPE", "LOC", "FAC"):
            if text.lower() in _DIRECTIONS:
                return Found(start, end, "Country", text, "", direction=text.lower())
            if all(_is_title_word(t) or not t.is_alpha for t in tokens(doc, start, end)):
                return None
            found = self._place(doc, start, end)
            # a place named where something happens ("in Samar and Leyte") outweighs the model's
            # other readings of the name elsewhere ("Leyte Governor ..."); a name no gazetteer
            # knows, read as a place with nothing around it saying so, weighs nothing against
            # another reading ("Prime Minister Sheikh Hasina ... Hasina, 78, said")
            if _located(doc, start, end):
                return replace(found, weight=2)
            return found if found.geo is not None else replace(found, weight=0)
        noun = _apposition_noun(doc, start, end)
        # ("Mr. Trump, the developer who ...": a title says it is a person's name whatever the noun)
        organization_noun = noun is not None and _names_an_organization(noun) and role_before(doc, start) is None
        if label in ("PERSON", "ORG") and organization_noun:
            found = self._organization(doc, start, end)   # "Varga's team, Bora Velo,"
            return found and Found(found.start, found.end, found.type, found.name, found.key, weight=3)
        words = [t for t in tokens(doc, start, end) if t.text != "-"]   # ("Anne-Claire Amprou": two words)
        if label == "ORG" and noun is not None and not organization_noun and (noun.lemma_.lower() in lexicon.PERSON_NOUNS or (
                _is_title_word(noun) and 2 <= len(words) - sum(1 for t in tokens(doc, start, end) if t.text == "-") <= 3
                and all(t.is_title for t in words) and not _is_org_head(doc[end - 1]))):   # (not "Her ruling party, Chama Cha Mapinduzi,")
            found = self._person(doc, start, end)          # "Ayse Demir, a teacher"
            return found and Found(found.start, found.end, found.type, found.name, found.key,
                                   short=found.short, weight=2)
        if label == "PERSON" and _owns_an_officer(doc[end - 1]):
            found = self._organization(doc, start, end)   # "Ofgem's director general", "Alcoa's board"
            return found and replace(found, weight=2)
        if label == "PERSON":
            return self._person(doc, start, end)
        if label == "ORG":
            return self._organization(doc, start, end)
        return None

    def _known_organization_first(self, doc: Doc, start: int, end: int, label: str) -> Found | None:
        """"a Unesco World Heritage site": a known organisation's name followed by words that do not
        end an organisation's name is that organisation; read as a person's name, it is the
        organisation's office of that name ("Greenpeace Brasil")."""
        first = lexicon.ORGANIZATION_NAMES.get(fold(doc[start].text))
        if first is None or end - start < 2 or not all(t.is_title and t.is_alpha for t in tokens(doc, start + 1, end)):
            return None
        if label == "PERSON" and end - start <= 3 or self.gaz.country(tokens_text(doc, start + 1, end)):
            # "Greenpeace Brasil said", "Greenpeace Canada": a known organisation's national office
            # (which the model may read as a person)
            name = tokens_text(doc, start, end)
            return Found(start, end, "Organization", name, self._org_key(name), weight=2)
        if label != "ORG" or _is_org_head(doc[end - 1]):
            return None
        return Found(start, start + 1, "Organization", first, self._org_key(first))

    def _known_region(self, doc: Doc, start: int, end: int, text: str, label: str) -> Found | None:
        """"Tamil Nadu", "Amapa Governor ...": a first-level region the gazetteer knows, which the
        model read as a person or an organisation, is the place. A one-word name read as a person
        ("Miranda", a state and a surname) is the region only where its context says so
        (``_region_context``); elsewhere it weighs nothing against another reading of it."""
        region = self.gaz.region(text)
        if region is None or _is_org_head(doc[end - 1]) or self.gaz.capital(text):
            return None
        found = Found(start, end, "Place", _place_name(text, region), fold(region.name), geo=region, weight=2)
        if end - start > 1:
            return found
        if label == "PERSON" and not _region_context(doc, start, end):
            person = self._person(doc, start, end)
            return person and replace(person, weight=0)
        # a one-word organisation ("Meta", also a Colombian department) only before a region word
        # or a title of its own ("Meta Governor"), beside another place
        after = doc[end] if end < len(doc) else None
        if label != "PERSON" and not (after is not None and (_is_title_word(after) or after.lower_ in lexicon.REGION_WORDS)
                                      or _coordinated_with_place(doc, start, end)):
            return None
        return found

    def _city_here(self, doc: Doc, start: int, end: int, label: str) -> Found | None:
        """A city named where something happens is the place ("talks in Moscow"), even a capital,
        which otherwise stands for its government ("Moscow said"); a country named like its
        capital (Singapore) stays the country."""
        text = tokens_text(doc, start, end)
        city = self.gaz.city(text)
        if city is None or self.gaz.country(text) or not _located(doc, start, end):
            return None
        if self.gaz.region(text) and not self.gaz.capital(text):
            return None   # "in Florida": the state, not a town of that name (see _place)
        if label in ("PERSON", "ORG") and not self.gaz.capital(text) and city.population < _SIZEABLE_CITY \
                and not _named_place_of(doc, start) and not _named_place_of(doc, _first_conjunct(doc, start, end)):
            return None
        return Found(start, end, "Place", _place_name(text, city), fold(city.name), geo=city, weight=2)

    def _place(self, doc: Doc, start: int, end: int) -> Found:
        name = doc[start:end].text
        city = self.gaz.region(name) or self.gaz.city(name)
        if city is not None:
            return Found(start, end, "Place", _place_name(name, city), fold(city.name), geo=city)
        return Found(start, end, "Place", name, fold(name))

    def _person(self, doc: Doc, start: int, end: int) -> Found | None:
        start, end = _name_tokens(doc[start:end])
        start, end = _extend_person(doc, start, end)
        tokens = [t for t in doc[start:end] if not t.is_punct or t.text == "-"]
        if not tokens or not any(t.is_alpha and t.text[0].isupper() for t in tokens):
            return None
        name = doc[start:end].text
        if name.split()[-1].islower():
            return None   # "the WHO chief": a name does not end in a word in lower case ("Kim Jong-un",
            # "al-Burhan" do not)
        role = role_before(doc, start) or role_apposition(doc, start, end)
        single = len([t for t in doc[start:end] if t.is_alpha]) == 1
        # a title written with the name is the context's word that it is a person's
        return Found(start, end, "Person", name, person_key(name), role=role, short=single, weight=2 if role else 1)

    def _organization(self, doc: Doc, start: int, end: int) -> Found | None:
        words = list(doc[start:end])
        if all(_is_title_word(t) or not t.is_alpha for t in words) and not _party_named_by_a_portfolio(doc, start, end) \
                and not (len(words) > 1 and _is_org_head(words[-1])):
            return None  # "Defense" alone: part of a title the model took for a name (not "the Labour Party")
        titled = [t for t in words if _is_title_word(t)]
        rest = [t for t in words if not _is_title_word(t)]
        if titled and len(rest) >= 2 and all(_name_word(t) for t in rest) \
                and rest[0].i > titled[-1].i and not _is_org_head(rest[-1]):
            return self._person(doc, rest[0].i, end)   # "Defence Lloyd Austin"
        if start > 0 and _is_title_word(doc[start - 1]) and 2 <= len(words) <= 3 \
                and all(t.pos_ == "PROPN" and t.is_title for t in words) and not _is_org_head(words[-1]):
            return self._person(doc, start, end)   # "Chancellor" + "Olaf Scholz" tagged ORG
        qualifier = self._qualifier(doc, start)
        base = doc[start:end].text
        own = self._institution_name(qualifier[1], base) if qualifier else None
        if own is None and len(words) > 1:   # "the Indian Foreign Ministry" as one span
            own = self._institution_name(words[0].text, doc[start + 1:end].text)
        if own is not None:
            return Found(start, end, "Organization", own, self._org_key(own), weight=2)
        if qualifier and words[-1].lower_ in lexicon.INSTITUTION_HEADS and not _full_name(words):
            name = f"{qualifier[1]} {base.title() if base.islower() else base}"
            return Found(qualifier[0], end, "Organization", name, self._qualified_key(qualifier[1], base, name),
                         own_start=None if qualifier[1].isupper() else start)   # "US State Department": one name
        if len(words) > 1 and words[0].is_upper and self.gaz.country(words[0].text):
            # "US State Department" (one span): the abbreviation qualifies, the rest names
            return Found(start, end, "Organization", base,
                         self._qualified_key(words[0].text, doc[start + 1:end].text, base))
        return Found(start, end, "Organization", base, self._org_key(base))

    def _qualified_key(self, qualifier: str, base: str, name: str) -> str:
        """An institution qualified by a country abbreviation ("US State Department") is named
        with it but known by its own name, as news writes it both ways; a demonym qualifier
        ("South Korean Defence Ministry") is part of the identity."""
        return self._org_key(base if qualifier.isupper() else name)

    def _qualifier(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """The country written before an institution: "South Korean" / "South Korea's"."""
        i = start - 1
        if i >= 0 and doc[i].text in ("'s", "’s"):
            i -= 1
        if i < 0 or doc[i].ent_type_ not in ("NORP", "GPE"):
            return None
        j = i
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1   # back to the first word of "South Korean"
        text = doc[j:i + 1].text
        c = self.gaz.demonym(text) or self.gaz.country(text)
        if not c:
            return None
        if doc[i].ent_type_ == "GPE" and text.isupper() and i == start - 1:
            return j, text                      # "US State Department"
        return j, lexicon.DEMONYMS.get(c.code, [c.name])[0]

    @staticmethod
    def _org_key(name: str) -> str:
        words = name.split()
        words = [lexicon.NAME_ACRONYMS.get(w, w) for w in words]
        key = fold(" ".join(words))
        return key.replace("defense", "defence")

    # -- spans the model did not propose ---------------------------------------------------
    def _institutions(self, doc: Doc, taken: set[int]) -> list[Found]:
        """"the South Korean defence ministry": a country's institution written in lower case."""
        found = []
        heads = lexicon.INSTITUTION_HEADS | lexicon.CAPITALISED_INSTITUTION_HEADS
        for token in (doc[i] for i in tokens_named(doc, heads)):
            if token.lower_ not in heads or token.i in taken:
                continue
            start = token.i
            while start > 0 and doc[start - 1].ent_type_ == "" and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[start - 1].i not in taken:
                start -= 1
            if any(t.lower_ in _DESCRIPTIONS for t in doc[start:token.i]):
                continue  # "the South Korean news agency": a description of an outlet, not a body
            qualifier = self._qualifier(doc, start)
            if not qualifier:
                continue
            base = doc[start:token.i + 1].text
            own = self._institution_name(qualifier[1], base)
            if own is not None:   # "India's foreign ministry": the Ministry of External Affairs
                found.append(Found(qualifier[0], token.i + 1, "Organization", own, self._org_key(own), weight=2,
                                   own_start=start))
                continue
            if token.lower_ in lexicon.CAPITALISED_INSTITUTION_HEADS and not token.is_title:
                continue   # ("the Ukrainian military": no institution's name)
            name = f"{qualifier[1]} {base.title() if base.islower() else base}"
            words = tuple(fold(t.text) for t in doc[start:token.i]) if base.islower() else ()
            found.append(Found(qualifier[0], token.i + 1, "Organization", name,
                               self._qualified_key(qualifier[1], base, name), described=words,
                               own_start=None if qualifier[1].isupper() else start,
                               described_name=base.islower()))
        return found

    def _institution_name(self, country: str, description: str) -> str | None:
        """The name of the institution of this country (a demonym or a name) that news describes
        so ("foreign ministry"), where the rules know it (``institution_names``)."""
        c = self.gaz.demonym(country) or self.gaz.country(country)
        return lexicon.INSTITUTION_NAMES.get((c.code, description.lower())) if c else None

    def _known_acronyms(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A known organisation's acronym the model left untagged, written as its acronym: "WHO
        Director-General Tedros" (not the pronoun "who")."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.ORGANIZATION_ACRONYMS)):
            name = lexicon.KNOWN_ORGANIZATIONS.get(token.text) and _known_organization(doc, token.text)
            if name and token.i not in taken and token.is_upper and not token.ent_type_:
                found.append(Found(token.i, token.i + 1, "Organization", name, self._org_key(name)))
        return found

    def _regions(self, doc: Doc, taken: set[int]) -> list[Found]:
        """"Kursk region", "Kursk Oblast": a place named by what follows it."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.REGION_WORDS | lexicon.GEOGRAPHIC_FEATURES)):
            if token.lower_ not in lexicon.REGION_WORDS and token.lower_ not in lexicon.GEOGRAPHIC_FEATURES:
                continue
            if token.dep_ == COMPOUND and token.head.i > token.i:
                continue   # "coast guard", "border police": the word qualifies another noun
            if token.i in taken and token.lower_ in lexicon.GEOGRAPHIC_FEATURES:
                continue   # already inside a name: "South China Sea"
            i = token.i - 1
            if i >= 0 and doc[i].lower_ == "border" and token.lower_ != "border":
                i -= 1
            if i < 0 or not doc[i].is_title or doc[i].is_sent_start:
                continue
            name_tok = doc[i]
            if i > 0 and doc[i - 1].lower_ in ("a", "an"):
                continue   # "a Danish island": a description, not a name
            if token.lower_ in lexicon.GEOGRAPHIC_FEATURES:
                if name_tok.ent_type_ != "NORP" and name_tok.pos_ != "PROPN" \
                        or token.is_lower and name_tok.ent_iob_ == "I" and name_tok.ent_type_ in ("LOC", "GPE", "FAC"):
                    continue   # ("the Western Ghats mountains": the model's name is whole)
                while i >= 2 and doc[i - 1].lower_ in lexicon.NAME_PARTICLES and doc[i - 2].is_title \
                        and not doc[i - 2].is_sent_start:
                    i -= 2   # "the Foz do Amazonas basin": the name's particle and its first word
                bare = tokens_text(doc, i, token.i)
                name = f"{bare} {token.text.title()}"
                alone = token.lower_ in lexicon.FEATURES_NAMED_ALONE and not (
                    self.gaz.country(bare) or self.gaz.demonym(bare) or self.gaz.city(bare) or self.gaz.region(bare))
                found.append(Found(i, token.i + 1, "Place", name, fold(bare if alone else name)))   # "the Cauvery river"
                continue
            if name_tok.pos_ != "PROPN" or self.gaz.country(name_tok.text) or self.gaz.demonym(name_tok.text) \
                    or _is_title_word(name_tok) or name_tok.lower_ in _DIRECTIONS:
                continue
            if name_tok.i in taken and name_tok.ent_type_ not in ("GPE", "LOC", "PRODUCT", "ORG", "") \
                    and not (name_tok.ent_type_ == "PERSON" and token.is_lower and name_tok.ent_iob_ == "B"
                             and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")):
                continue   # ("Kasai province": a one-word "person" before a region word is the region)
            found.append(Found(i, i + 1, "Place", name_tok.text, fold(name_tok.text), weight=2))
        return found

    def _without_region_word(self, doc: Doc, f: Found) -> Found:
        """"Kasai province" is Kasai: a lower-case region word the model took into a place's name
        is no part of it, so the place is one node with "Kasai" ("Northern Province" stays whole)."""
        end = f.end
        while f.type == "Place" and end - f.start > 1 and doc[end - 1].is_lower \
                and doc[end - 1].lower_ in lexicon.REGION_WORDS:
            end -= 1
        if end == f.end:
            return f
        name = tokens_text(doc, f.start, end)   # a region: no city's coordinates ("Kasai", Japan)
        return Found(f.start, end, "Place", name, fold(name), weight=2)   # the region word says so

    def _with_parenthesised_wing(self, doc: Doc, f: Found) -> Found:
        """"the Communist Party of India (Marxist)", "the Communist Party of Nepal (Maoist)": a word in
        parentheses after an organisation named with its country is the wing's name, part of the
        name (an acronym there is an alias: "the Communist Party of India (CPI)")."""
        end = f.end
        if f.type != "Organization" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" \
                or not doc[end + 1].is_title or _is_acronym(doc[end + 1]) or not self.gaz.country(doc[end - 1].text):
            return f
        name = tokens_text(doc, f.start, end + 3)
        return Found(f.start, end + 3, f.type, name, self._org_key(name), weight=f.weight)

    def _places_before_shared_region_word(self, doc: Doc) -> list[Found]:
        """"Surin and Sisaket provinces", "Cebu, Leyte and Samar provinces": each conjoined name
        before a plural region word is a place, whatever type the model gave it."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.SHARED_REGION_WORDS)):
            if token.lower_ not in lexicon.SHARED_REGION_WORDS:
                continue
            first = next((t for t in token.lefts if t.pos == PROPN and t.dep_ != COMPOUND), None)
            names = [first, *(t for t in first.subtree if t.dep_ == CONJ and t.pos == PROPN)] if first else []
            if len(names) < 2:
                continue   # one name before "provinces" is no list of places
            for name in names:
                start = min((t.i for t in name.lefts if t.dep_ == COMPOUND and t.pos == PROPN), default=name.i)
                text = tokens_text(doc, start, name.i + 1)
                if name.ent_type_ == "NORP" or self.gaz.country(text) or self.gaz.demonym(text) \
                        or not all(t.is_title for t in doc[start:name.i + 1]):
                    continue
                found.append(Found(start, name.i + 1, "Place", text, fold(text), weight=2))   # a region, no city
        return found

    def _named_after_kind(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A name the model missed right after a noun that says what it is: "the farmers' union
        Solidarnosc", "the ruling party Likud" (organisations)."""
        found = []
        for token in (doc[i] for i in tokens_named(doc, lexicon.ORGANIZATION_NOUNS)):
            if token.i + 2 >= len(doc) or not token.is_lower or not (
                    token.dep_ in (COMPOUND, "amod") and token.head.i > token.i   # ("firm" as an adjective)
                    or any(doc[j].dep_ == APPOS and doc[j].head.i == token.i for j in (token.i + 1, token.i + 2))):
                continue
            start = token.i + 1
            if doc[start].text == "," and start + 1 < len(doc) and doc[start + 1].dep_ == APPOS \
                    and doc[start + 1].head.i == token.i:
                start += 1   # "Brazil's meteorological institute, Inmet,"
            end = start
            while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" \
                    and (doc[end].is_title or doc[end].is_upper) and (
                        end not in taken and not doc[end].ent_type_ and not _is_title_word(doc[end])
                        or end > start and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "B"
                        or _is_title_word(doc[end]) and end + 1 < len(doc) and doc[end + 1].ent_type_ == "GPE"):
                end += 1   # (a country's name may end it: "the trade body Energy UK")
            if end > start and (end == len(doc) or doc[end].pos_ != "PROPN"):
                found.append(self._organization(doc, start, end))
        return [f for f in found if f is not None]

    def _employers(self, doc: Doc, taken: set[int]) -> list[Found]:
        """Where professionals work, a name the model missed: "Analysts at Jefferies said",
        "economists at Capital Economics" (``professional_nouns``)."""
        found = []
        for i in tokens_named(doc, lexicon.PROFESSIONAL_NOUNS):
            start = i + 2 + (i + 2 < len(doc) and doc[i + 2].lower_ == "the")
            if start >= len(doc) or doc[i + 1].lower_ != "at" or not doc[i].is_alpha:
                continue
            end = start
            while end < len(doc) and end - start < 4 and end not in taken and doc[end].pos_ == "PROPN" \
                    and (doc[end].is_title or doc[end].is_upper) and not doc[end].ent_type_:
                end += 1
            if end > start:
                organization = self._organization(doc, start, end)
                if organization is not None:
                    found.append(replace(organization, weight=2))
        return found

    def _market(self, text: str) -> bool:
        """A country or a sizeable city, where shares are traded ("shares in Tokyo", "London shares")."""
        city = self.gaz.city(text)
        return self.gaz.country(text) is not None or (city is not None and city.population >= _SIZEABLE_CITY)

    def _owned_names(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A company's name the model missed before or after a word of ownership: "GoTo shares
        jumped", "a stake in Tokopedia" (``ownership_nouns``)."""
        found = []
        for i in tokens_named(doc, lexicon.OWNERSHIP_NOUNS):
            if not doc[i].is_alpha:
                continue
            start = i
            while start > 0 and i - start < 3 and start - 1 not in taken and _untagged_capitalised(doc[start - 1], True):
                start -= 1   # (opening a sentence too: "GoTo shares jumped")
            end = i + 2
            if end < len(doc) and doc[i + 1].lower_ in ("in", "of"):
                while end < len(doc) and end - i < 5 and end not in taken and _untagged_capitalised(doc[end]):
                    end += 1
            for a, b in ((start, i), (i + 2, end)):
                if b > a and not self._market(tokens_text(doc, a, b)):
                    organization = self._organization(doc, a, b)
                    if organization is not None:
                        found.append(replace(organization, weight=3, traded=True))
        return found

    def _acronyms_of_kind(self, doc: Doc, taken: set[int]) -> list[Found]:
        """An acronym the model missed before a noun that says what it is: "told DZBB radio", "the
        FNSEA farmers' union" (organisations)."""
        found = []
        flags = doc.to_array([IS_UPPER, ENT_IOB])
        for i in numpy.flatnonzero((flags[:, 0] == 1) & (flags[:, 1] == 2)).tolist():
            token = doc[i]
            if i in taken or not token.is_alpha or not _is_acronym(token) or i + 1 >= len(doc):
                continue
            j = i + 1
            if j + 2 < len(doc) and doc[j].is_lower and doc[j + 1].text in _POSSESSIVE_MARKS:
                j += 2   # "FNSEA farmers' union"
            noun = doc[j]
            if noun.is_lower and (noun.lemma_.lower() in lexicon.ORGANIZATION_NOUNS or noun.lower_ in lexicon.ORGANIZATION_NOUNS):
                found.append(Found(i, i + 1, "Organization", token.text, self._org_key(token.text), weight=2))
        return found

    def _titled_in_apposition(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A person's name the model missed beside a title or a noun of person in lower case: "Agnes
        Callamard, the group's secretary general," / "the charity's director, Sally Abi Khalil," /
        "her son, Sajeeb Wazed Joy,"."""
        found = []
        # a title, or a noun of what a person is ("her son, Sajeeb Wazed Joy,")
        nouns = sorted(set(tokens_named(doc, lexicon.TITLE_WORDS)) | set(tokens_named(doc, lexicon.PERSON_NOUNS)))
        for title in (doc[i] for i in nouns):
            if not title.is_lower or title.pos_ != "NOUN":
                continue
            if title.dep_ == APPOS:
                name = title.head
            else:
                name = next((c for c in title.children if c.dep_ == APPOS and c.i > title.i), None)
            if name is None or name.pos_ != "PROPN":
                continue
            start = name.i
            while start > 0 and doc[start - 1].dep_ == COMPOUND and doc[start - 1].head.i == name.i \
                    and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_title):   # ("Wazed" as a verb)
                start -= 1
            words = doc[start:name.i + 1]
            # (a word the model gave a kind of name no entity is made of: "Randhir Jaiswal" as a product)
            if len(words) < 2 or any(t.i in taken or t.ent_type_ in _NAME_LABELS or not t.is_title or _is_title_word(t)
                                     for t in words):
                continue
            person = self._person(doc, start, name.i + 1)
            if person is not None:
                found.append(person)
        return found

    def _titled_people(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A name the model missed right after a title: "Poland coach Jan Urban", "President
        Faustin-Archange Touadera" (two or three capitalised words, hyphenated parts kept)."""
        found = []
        for i in tokens_named(doc, lexicon.TITLE_WORDS):
            if i + 2 >= len(doc) or i + 1 in taken or not _is_title_word(doc[i]):
                continue
            end, words = i + 1, 0
            while end < len(doc) and end not in taken and _untagged_name_word(doc[end]) and words < 3:
                end, words = end + 1, words + 1
                while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
                        and not doc[end - 1].whitespace_ and _untagged_name_word(doc[end + 1]):
                    end += 2
            if words >= 2 and (end == len(doc) or doc[end].pos_ != "PROPN"):
                person = self._person(doc, i + 1, end)
                if person is not None:
                    found.append(replace(person, weight=2))
        return found

    def _facilities_opened(self, doc: Doc, taken: set[int]) -> list[Found]:
        """A built place the model missed, named by a foreign word for it and capitalised words:
        "the Stadio Diego Armando Maradona", "Estadio Azteca" (``facility_openers``)."""
        found = []
        for i in tokens_named(doc, lexicon.FACILITY_OPENERS):
            end = i + 1
            while end < len(doc) and end - i <= 5 and end not in taken and (
                    doc[end].is_title or doc[end].lower_ in lexicon.NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
                end += 1
            if doc[i].is_title and i not in taken and end - i > 1 and doc[end - 1].is_title:
                found.append(replace(self._place(doc, i, end), weight=2))
        return found

    def _known_regions(self, doc: Doc, taken: set[int]) -> list[Found]:
        """Regions of two words or more the model missed or cut ("the people of Rio Grande do Sul",
        "Rio Grande do" + "Sul" tagged an organisation): a run of capitalised proper nouns, with
        the particles between them, that the gazetteer knows as a first-level region."""
        found = []
        array = doc.to_array([POS, IS_TITLE])
        mask = (array[:, 0] == PROPN) & (array[:, 1] != 0)
        capitalised = mask.tolist()
        after_found = 0
        for i in numpy.flatnonzero(mask).tolist():
            if i < after_found or i in taken:
                continue
            run = i + 1
            while run < len(doc) and run - i < 5 and (capitalised[run] or run + 1 < len(doc) and capitalised[run + 1]
                                                        and doc[run].lower_ in lexicon.NAME_PARTICLES):
                run += 1
            for end in range(run, i + 1, -1):
                text = tokens_text(doc, i, end)
                region = self.gaz.region(text)
                if region is not None and doc[end - 1].is_title and not self.gaz.country(text):
                    found.append(Found(i, end, "Place", _place_name(text, region), fold(region.name), geo=region, weight=2))
                    after_found = end
                    break
        return found

    def _known_places(self, doc: Doc, taken: set[int]) -> list[Found]:
        """Cities the model missed, named where something happens ("flooding in Malatya"): a run of
        capitalised proper nouns the gazetteer knows as a sizeable city."""
        found = []
        # the capitalised proper nouns, from the token arrays (asking each Token, or looping over
        # every token in Python, is slower)
        array = doc.to_array([POS, IS_TITLE, IS_UPPER])
        capitalised = (array[:, 0] == PROPN) & ((array[:, 1] != 0) | (array[:, 2] != 0))
        starts = capitalised.nonzero()[0].tolist()
        capitalised = capitalised.tolist()
        after_found = 0   # a run starts after the last place found
        for i in starts:
            if i < after_found or i in taken:
                continue
            run = i
            while run < len(doc) and run - i < 3 and run not in taken and capitalised[run]:
                run += 1
            for end in range(run, i, -1):
                text = tokens_text(doc, i, end)
                city = self.gaz.city(text)
                if city and city.population >= _SIZEABLE_CITY and not self.gaz.country(text) \
                        and not self.gaz.region(text) and _located(doc, i, end):
                    found.append(Found(i, end, "Place", _place_name(text, city), fold(city.name), geo=city, weight=2))
                    after_found = end
                    break
        return found

    # -- the document ------------------------------------------------------------------------
    def find(self, doc: Doc, sentence_of: dict[int, int]) -> DocEntities:
        founds: list[Found] = []
        for span in _name_spans(doc, self.gaz):
            f = self._classify(doc, span)
            if f:
                founds.append(self._with_parenthesised_wing(doc, self._without_region_word(doc, f)))
        taken = {i for f in founds for i in range(f.start, f.end)}
        extras = self._institutions(doc, taken) + self._regions(doc, taken) + self._known_places(doc, taken) \
            + self._facilities_opened(doc, taken) + self._known_regions(doc, taken) \
            + self._places_before_shared_region_word(doc) \
            + self._named_after_kind(doc, taken) + self._titled_people(doc, taken) \
            + self._titled_in_apposition(doc, taken) + self._known_acronyms(doc, taken) + self._acronyms_of_kind(doc, taken) \
            + self._employers(doc, taken) + self._owned_names(doc, taken)
        for extra in extras:
            overlapping = [f for f in founds if f.start < extra.end and extra.start < f.end]
            if any(f.type == "Place" and f.start <= extra.start and extra.end <= f.end
                   and f.end - f.start > extra.end - extra.start for f in overlapping):
                continue   # "South Kivu" + "province": the name the model gave is whole
            if all(f.type in ("Country", "Place") or f.end - f.start <= extra.end - extra.start
                   for f in overlapping):
                founds = [f for f in founds if f not in overlapping]
                founds.append(extra)
        founds = _without_products(doc, self._qualifiers_apart(doc, founds))
        if tokens_named(doc, lexicon.SPORTS_CONTEXT):
            founds = self._clubs(doc, founds)
        founds.sort(key=lambda f: (f.start, -f.end))
        founds = _drop_nested(founds)
        founds = _named_in_apposition(doc, founds)
        founds = self._surnames(doc, founds)
        founds, acronyms = _defined_acronyms(doc, founds)
        return group(doc, founds, sentence_of, self.gaz, acronyms)

    def _clubs(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """In an article about sport (``sports_context``): a city's name and a club's word is the
        club ("Manchester City", "Tottenham Hotspur", ``club_words``), and so is the club's word
        alone ("City have won"); a city acting (a subject, an owner) is its club ("Liverpool
        declined to comment")."""
        out, clubs, cities = [], {}, {}
        # (an opponent may be a player: "the final against Djokovic" after "Novak Djokovic")
        people_words = {w for f in founds if f.type == "Person" and f.end - f.start > 1 for w in f.name.split()}
        for f in founds:
            words = tokens_text(doc, f.start, f.end).split()
            if len(words) >= 2 and words[-1].lower() in lexicon.CLUB_WORDS and words[-1].istitle() \
                    and self.gaz.city(" ".join(words)) is None \
                    and (self.gaz.city(" ".join(words[:-1])) is not None or f.type != "Place"):
                name = " ".join(words)
                f = Found(f.start, f.end, "Organization", name, self._org_key(name), weight=3)
                clubs.setdefault(words[-1], set()).add(f.key)
            elif f.type in ("Organization", "Place") and self._club_of_a_city(words):
                name = " ".join(words)   # "Eintracht Frankfurt", "Sporting Lisbon", "Inter Milan"
                f = Found(f.start, f.end, "Organization", name, self._org_key(name), weight=3)
                clubs.setdefault(" ".join(words[:-1]), set()).add(f.key)
                cities[words[-1]] = f.key
            elif f.type == "Place" and f.geo is not None and f.weight <= 1 and f.end - f.start == 1 \
                    and _acting(doc[f.start]) and not self.gaz.capital(f.name):
                f = Found(f.start, f.end, "Organization", f.name, self._org_key(f.name), weight=2)
            elif f.type in ("Place", "Person") and f.weight <= 1 and f.end - f.start == 1 and _opponent(doc[f.start]) \
                    and not self.gaz.capital(f.name) and f.name not in people_words:
                f = Found(f.start, f.end, "Organization", f.name, self._org_key(f.name), weight=2)   # "hosts Benfica"
            out.append(f)
        taken = {i for f in out for i in range(f.start, f.end)}
        short = {word: next(iter(keys)) for word, keys in clubs.items() if len(keys) == 1}
        out = [_club_mention(doc, f, short, cities) for f in out]
        for word, key in short.items():
            if " " not in word:
                out += [Found(i, i + 1, "Organization", doc[i].text, key, weight=2) for i in tokens_named(doc, (word.lower(),))
                        if i not in taken and doc[i].text == word and not doc[i].ent_type_]
        return sorted(out, key=lambda f: (f.start, -f.end))

    def _club_of_a_city(self, words: list[str]) -> bool:
        """"Eintracht Frankfurt", "Sporting Lisbon", "Dynamo Kyiv": capitalised words before a
        sizeable city's name, in an article about sport, are a club named with its city (not a
        place there: "Central Java", "Lake Como", "South London"; not a person the model read as one)."""
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        city = self.gaz.city(words[-1])
        first = words[0].lower()
        return city is not None and city.population >= _SIZEABLE_CITY and self.gaz.city(" ".join(words)) is None \
            and self.gaz.region(" ".join(words)) is None and not self.gaz.country(" ".join(words[:-1])) \
            and not self.gaz.demonym(words[0]) and first not in _DIRECTIONS and first not in lexicon.GENERIC_PLACE_WORDS \
            and first not in lexicon.GEOGRAPHIC_FEATURES and first not in lexicon.REGION_WORDS \
            and not any(w.lower() in lexicon.TITLE_WORDS for w in words)

    def _qualifiers_apart(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """The country an institution is named with is mentioned too: "Spain's national weather
        agency" names Spain as well as the agency (which keeps "Spanish" in its name)."""
        out = []
        for f in founds:
            if f.own_start is None or f.own_start <= f.start:
                out.append(f)
                continue
            end = f.own_start
            while end > f.start and doc[end - 1].text in _POSSESSIVE_MARKS:
                end -= 1
            country = self.gaz.demonym(doc[f.start:end].text) or self.gaz.country(doc[f.start:end].text)
            if country is not None:
                out.append(Found(f.start, end, "Country", country.name, country.code.lower()))
            out.append(replace(f, start=f.own_start, own_start=None))
        return out

    def _surnames(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """Person names used alone that the model missed or mistyped ("Singh" as a place)."""
        # and the surname of a name the model read as an organisation ("Argentina's Javier Milei
        # met ... Milei said": kg.identity makes it the person's if the surname is used alone)
        # (not a company named after a person that the article shows as one: "Eli Lilly ...
        # Shares of Lilly rose")
        companies = {doc[f.start].text for f in founds if f.type == "Organization" and f.traded and f.end - f.start == 1}
        full = [f for f in founds if f.type == "Person" and not f.short
                or " " in f.key and f.end - f.start >= 2 and may_be_a_person_read_as_organization(f)
                and doc[f.end - 1].text not in companies and f.weight < 3]
        parts: dict[str, Found] = {}
        for f in full:
            words = [t for t in doc[f.start:f.end] if t.is_alpha]
            # a long name's capitalised middle words too ("Lula" of "Luiz Inácio Lula da Silva")
            middle = [w for w in words[1:-1] if w.text[0].isupper()] if len(words) >= 4 and f.type == "Person" else []
            for w in (words[0], words[-1], *middle) if f.type == "Person" else words[-1:]:
                parts.setdefault(w.text, f)
        taken = {i for f in founds for i in range(f.start, f.end)}
        out = []
        for f in founds:
            if f.type != "Person" and f.end - f.start == 1 and doc[f.start].text in parts \
                    and f.type != "Country" and doc[f.start].text not in companies \
                    and not (f.type == "Place" and _after_a_preposition_of_place(doc, f.start)):   # ("a judge in Barcelona")
                f = Found(f.start, f.end, "Person", doc[f.start].text, fold(doc[f.start].text), short=True)
            out.append(f)
        for token in (doc[i] for i in tokens_named(doc, {p.lower() for p in parts})):
            if token.i not in taken and token.text in parts and token.pos_ in ("PROPN", "NOUN") \
                    and token.text[0].isupper() \
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
                out.append(Found(token.i, token.i + 1, "Person", token.text, fold(token.text), short=True))
        out.sort(key=lambda f: (f.start, -f.end))
        return out


def _named_in_apposition(doc: Doc, founds: list[Found]) -> list[Found]:
    """An institution described in lower case and named beside it is one organisation: "Spain's
    national weather agency, AEMET," / "the state news agency, KCNA"."""
    at = {i: f for f in founds for i in range(f.start, f.end)}
    out = []
    for f in founds:
        if f.described:
            head = doc[f.end - 1]
            named = next((at[c.i] for c in head.children if c.dep_ == APPOS and c.i in at
                          and at[c.i].type == "Organization"), None)
            if named is not None:
                f = replace(f, key=named.key, described=())
        elif f.type == "Organization" and _lower_case_words(doc, f):
            # "Eurofer, the European steel association,": the description set beside a name
            head = doc[f.end - 1]
            named = at.get(head.head.i) if head.dep_ == APPOS else None
            if named is not None and named.type == "Organization" and not _lower_case_words(doc, named):
                f = replace(f, key=named.key, described_name=True)
        out.append(f)
    return out


def _lower_case_words(doc: Doc, f: Found) -> bool:
    """Whether a name is a description: it has common words in lower case ("the European steel association")."""
    return any(t.is_alpha and t.is_lower and t.lower_ not in ("of", "for", "and", "the", "de", "du", "del")
               for t in doc[f.start:f.end])


def _known_description(doc: Doc, start: int, end: int) -> int:
    """Where a known organisation's name ends when the article writes it as a known organisation
    and words in lower case ("the U.N. human rights office", "the UN nuclear watchdog": names
    of ``organizations``) that the model left out of the name."""
    for stop in range(min(end + 4, len(doc)), end, -1):
        if all(t.is_lower or t.text in _POSSESSIVE_MARKS for t in doc[end:stop]) \
                and fold(tokens_text(doc, start, stop)) in lexicon.ORGANIZATION_NAMES:
            return stop
    return end


def _without_products(doc: Doc, founds: list[Found]) -> list[Found]:
    """A name written after a kind of product is the product's, no entity there or anywhere else
    in the article ("the obesity drug CagriSema ... Patients taking CagriSema"); so is a name
    before a benchmark's word ("Brent crude ... expected Brent to average $56"), but not a
    country's name or adjective ("Russian crude" is Russia's oil)."""
    products = {tokens_text(doc, f.start, f.end) for f in founds if _names_a_product(doc, f.start)} \
        | {doc[i - 1].text for i in tokens_named(doc, lexicon.BENCHMARK_WORDS) if i > 0 and doc[i - 1].is_title
           and not gazetteer().demonym(doc[i - 1].text) and not gazetteer().country(doc[i - 1].text)}
    return [f for f in founds if tokens_text(doc, f.start, f.end) not in products] if products else founds


def _drop_nested(founds: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in founds:
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def _full_name(words: list[Token]) -> bool:
    """A capitalised name of three words or more ("National Intelligence Service") names its
    institution by itself; a shorter one ("Defence Ministry") needs its country to be one."""
    named = [t for t in words if t.is_alpha and t.lower_ not in ("of", "for", "and", "the")]
    return len(named) >= 3 and all(t.is_title or t.is_upper for t in named)


def _place_name(text: str, city: City) -> str:
    """The place's name as the article writes it ("Kiev", "New York", "Rafah"), in the gazetteer's
    letters when the article shouts it ("TOKYO" -> "Tokyo"); its key is the gazetteer's in any case."""
    if text.isupper() and len(text) > 3:
        return city.name if fold(text) == fold(city.name) and city.name.isascii() else text.title()
    return text
