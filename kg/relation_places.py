"""Places a relation needs where the entity rules gave none, or cut one: a name the text itself
calls a place ("the town of Tillaberi", which the model tags as a product), and a place the model
reads as one name where the entity rules found a shorter one inside it ("Port Sudan" is a city,
not Sudan; "South Kivu" is not Kivu). Only a relation's place argument is read this way, so the
text around it says it is a place; the place becomes an entity of the document (and the words
stop being the entity they were wrongly given), so the graph holds what the relation joins."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.constants import COMPOUND, CONJ, NMOD, POBJ
from kg.gazetteer import fold, gazetteer
from kg.identity import DocEntities, entity_id
from kg.schema import Entity, EntityType, Mention
from kg.sentences import tokens, tokens_text

_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))


def place_span(ents: DocEntities, token: Token) -> Span | None:
    """The place a target word names when the entity rules did not give it, else None."""
    if token.pos_ != "PROPN":
        return None
    if ents.at(token) is None:
        return _called_a_place(ents, token)
    return _longer_city(ents, token) or _model_place(ents, token) or _misread_place(ents, token)


def _misread_place(ents: DocEntities, token: Token) -> Span | None:
    """A name the entity rules read as a person or an organisation where the text joins it to a
    place or a place noun: "to Surin and Sisaket", "the Nurgal and Chawkay districts"."""
    own = ents.at(token)
    if not own.startswith(("person:", "organization:")) or not (_joined_to_place(ents, token) or _names_place_noun(token)):
        return None
    start, end = token.i, token.i + 1
    while start > 0 and ents.at(token.doc[start - 1]) == own:
        start -= 1
    while end < len(token.doc) and ents.at(token.doc[end]) == own:
        end += 1
    return token.doc[start:end]


def _joined_to_place(ents: DocEntities, token: Token) -> bool:
    return token.dep_ == CONJ and token.is_title and (ents.at(token.head) or "").startswith("place:")


def _names_place_noun(token: Token) -> bool:
    """A name (or one joined to it) before a place noun: "the *Nurgal* and *Chawkay* districts"."""
    node = token
    while node.dep_ == CONJ and node.head.i < node.i:
        node = node.head
    head = node.head
    return node.dep_ in (COMPOUND, NMOD) and head.i > node.i and token.is_title and (
        head.lower_ in lexicon.PLACE_NOUNS or head.lemma_.lower() in lexicon.PLACE_NOUNS)


def _longer_city(ents: DocEntities, token: Token) -> Span | None:
    """The entity's words with the capitalised word before or after them, when GeoNames knows
    that longer name as a city: "Port Sudan" (not Sudan), "Kuwait City", "Panama City"."""
    doc, own = token.doc, ents.at(token)
    start, end = token.i, token.i + 1
    while start > 0 and ents.at(doc[start - 1]) == own:
        start -= 1
    while end < len(doc) and ents.at(doc[end]) == own:
        end += 1
    for first, last in ((start - 1, end), (start, end + 1)):
        if first >= 0 and last <= len(doc) and all(t.pos_ == "PROPN" and t.is_title for t in tokens(doc, first, last)):
            if gazetteer().city(tokens_text(doc, first, last)):
                return doc[first:last]
    return None


def _model_place(ents: DocEntities, token: Token) -> Span | None:
    """The model's place entity that holds the word, when it is longer than the entity the rules
    found there by words before it that belong to the name ("South Kivu", not "Kivu"); not by a
    region word after it ("Kharkiv Oblast" is Kharkiv's region, which the entity rules name)."""
    if token.ent_type_ not in _PLACE_LABELS:
        return None
    start, end = token.i, token.i + 1
    while token.doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    span, own = token.doc[start:end], ents.at(token)
    if len(span) < 2 or any(t.pos_ != "PROPN" for t in span):
        return None
    if all(ents.at(t) == own for t in span) or any(ents.at(t) != own for t in span if t.i >= token.i):
        return None
    return span


def _called_a_place(ents: DocEntities, token: Token) -> Span | None:
    """A name the text calls a place: "the town of Tillaberi", "the port of Gdynia", or joins to
    a place or a place noun: "Khost and Paktika provinces"."""
    if _joined_to_place(ents, token) or (_names_place_noun(token) and not any(
            c.dep_ == COMPOUND for c in token.children)):
        return token.doc[token.i:token.i + 1]
    of = token.head
    if token.dep_ != POBJ or of.lower_ != "of" or not (
            of.head.lower_ in lexicon.PLACE_NOUNS or of.head.lemma_.lower() in lexicon.PLACE_NOUNS):
        return None
    words = [t for t in token.lefts if t.dep_ == COMPOUND and t.pos_ == "PROPN"]
    start = words[0].i if words else token.i
    span = token.doc[start:token.i + 1]
    return span if all(t.is_title or t.is_upper for t in span) else None


def add_place(ents: DocEntities, span: Span, sentence: int, in_use: set[str]) -> str:
    """Make the span a Place entity of the document (the one of that name if there is one), taking
    its words from the entities they were given; an entity left with no mention and named by no
    statement or relation (``in_use``) is dropped. Returns the place's entity id."""
    eid = entity_id(EntityType.PLACE, fold(span.text))
    mention = Mention(start=span.start_char, end=span.end_char, text=span.text, sentence=sentence)
    for old_id in {ents.at(t) for t in span} - {None, eid}:
        old = next(e for e in ents.entities if e.id == old_id)
        old.mentions = [m for m in old.mentions if m.end <= span.start_char or m.start >= span.end_char]
        if not old.mentions and old_id not in in_use:
            ents.entities.remove(old)
            ents.roles.pop(old_id, None)
    place = next((e for e in ents.entities if e.id == eid), None)
    if place is None:
        place = Entity(id=eid, name=span.text, type=EntityType.PLACE)
        city = gazetteer().city(span.text)
        if city:
            place.geonames_id, place.lat, place.lon = city.geonames_id, city.lat, city.lon
        ents.entities.append(place)
    place.mentions = sorted([*place.mentions, mention], key=lambda m: m.start)
    for t in span:
        ents.by_token[t.i] = eid
    return eid
