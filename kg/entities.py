"""Entities in one parsed document: the right spans, the right types, one entity per real thing.

spaCy's NER proposes spans; these rules correct them the way a careful reader would:
names cut at a hyphen or a particle are completed, titles are moved into a ``role``,
countries are recognised by name, capital or demonym, outlets are organisations, and short
names ("Putin", "Kim") join the nearest compatible full name of the same document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.gazetteer import Gazetteer, fold, gazetteer
from kg.schema import Entity, EntityRef, EntityType, Mention

_PARTICLES = frozenset("von van der den de du la le bin ibn al el da dos di del".split())
_QUOTES = "\"'“”‘’`"
_DIRECTIONS = {"north", "south", "east", "west"}
_DESCRIPTIONS = {"news", "media", "broadcaster", "wire", "press"}


@dataclass
class Found:
    """A mention and what it refers to, before mentions are grouped into entities."""

    start: int          # token indices
    end: int
    type: str
    name: str           # the name this mention gives, titles stripped
    key: str            # identity within the type
    role: str | None = None
    outlet: bool = False
    short: bool = False  # a single-word person name that should join a full name
    direction: str | None = None  # "the North": resolved against the document's countries


@dataclass
class DocEntities:
    entities: list[Entity]
    by_token: dict[int, str] = field(default_factory=dict)   # token index -> entity id
    roles: dict[str, str] = field(default_factory=dict)      # entity id -> role text
    outlets: set[str] = field(default_factory=set)           # entity ids of news outlets

    def at(self, token: Token) -> str | None:
        return self.by_token.get(token.i)


def entity_id(type_: str, key: str) -> str:
    return EntityRef(EntityType(type_), key).id


def _is_title_word(token: Token) -> bool:
    return token.lower_ in lexicon.TITLE_WORDS or token.lower_.rstrip(".") in lexicon.TITLE_WORDS


def _name_tokens(span: Span) -> tuple[int, int]:
    """Token bounds of a person's name inside a span that may start with a title."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (_is_title_word(doc[start]) or doc[start].ent_type_ in ("GPE", "NORP")
                               or doc[start].lower_ in ("the", "of", "'s", "’s")):
        start += 1
    return start, end


def _extend_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    # "Yoon Suk" + "-yeol": a hyphenated name part the tokenizer split off.
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # "Ursula von" + "der Leyen": nobiliary particles and the name after them.
    probe = end
    while probe < len(doc) and doc[probe].lower_ in _PARTICLES and doc[probe].is_lower:
        probe += 1
    if probe > end and probe < len(doc) and doc[probe].is_title:
        end = probe + 1
    # "Minister" + "Rustem" + "Umerov": a given name the model left outside the span.
    if start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.is_title and not _is_title_word(prev) and not prev.ent_type_:
            start -= 1
    return start, end


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
        if child.dep_ == "appos" and child.i >= end and _is_title_word(child):
            words = [t for t in child.subtree if t.i >= end and not t.is_punct or t.text in ("-", "'s")]
            text = doc[words[0].i:words[-1].i + 1].text if words else ""
            return re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,")) or None
    return None


class EntityFinder:
    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()

    # -- one span at a time -------------------------------------------------------------
    def _country(self, text: str, start: int, end: int) -> Found | None:
        """A country by its name, or by its capital used as an actor ("Pyongyang denied")."""
        c = self.gaz.country(text) or (self.gaz.capital(text) if end - start <= 2 else None)
        return Found(start, end, "Country", c.name, c.code.lower()) if c else None

    def _classify(self, doc: Doc, span: Span) -> Found | None:
        start, end = span.start, span.end
        while start < end and (doc[start].lower_ == "the" or doc[start].text in _QUOTES):
            start += 1
        while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].text in _QUOTES):
            end -= 1
        if start >= end:
            return None
        text = doc[start:end].text
        label = span.label_
        outlet = lexicon.OUTLET_NAMES.get(fold(text))
        if outlet:
            return Found(start, end, "Organization", outlet, fold(outlet), outlet=True)
        if label == "NORP":
            c = self.gaz.demonym(text)
            return Found(start, end, "Country", c.name, c.code.lower()) if c else None
        if fold(text) in lexicon.ORGANIZATION_NAMES:
            name = lexicon.ORGANIZATION_NAMES[fold(text)]
            return Found(start, end, "Organization", name, fold(name))
        if label in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
            found = self._country(text, start, end)
            if found:
                return found
            if self.gaz.is_ambiguous(text):
                return None
        if label in ("GPE", "LOC", "FAC"):
            if text.lower() in _DIRECTIONS:
                return Found(start, end, "Country", text, "", direction=text.lower())
            if all(_is_title_word(t) or not t.is_alpha for t in doc[start:end]):
                return None
            return self._place(doc, start, end)
        if label == "PERSON":
            return self._person(doc, start, end)
        if label == "ORG":
            return self._organization(doc, start, end)
        return None

    def _place(self, doc: Doc, start: int, end: int) -> Found:
        name = doc[start:end].text
        return Found(start, end, "Place", name, fold(name))

    def _person(self, doc: Doc, start: int, end: int) -> Found | None:
        start, end = _name_tokens(doc[start:end])
        start, end = _extend_person(doc, start, end)
        tokens = [t for t in doc[start:end] if not t.is_punct or t.text == "-"]
        if not tokens or not any(t.is_alpha and t.text[0].isupper() for t in tokens):
            return None
        name = doc[start:end].text
        role = role_before(doc, start) or role_apposition(doc, start, end)
        single = len([t for t in doc[start:end] if t.is_alpha]) == 1
        return Found(start, end, "Person", name, fold(name), role=role, short=single)

    def _organization(self, doc: Doc, start: int, end: int) -> Found | None:
        words = list(doc[start:end])
        if all(_is_title_word(t) or not t.is_alpha for t in words):
            return None  # "Defense" alone: part of a title the model took for a name
        titled = [t for t in words if _is_title_word(t)]
        rest = [t for t in words if not _is_title_word(t)]
        if titled and len(rest) >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in rest) \
                and rest[0].i > titled[-1].i:
            return self._person(doc, rest[0].i, end)   # "Defence Lloyd Austin"
        if start > 0 and _is_title_word(doc[start - 1]) and 2 <= len(words) <= 3 \
                and all(t.pos_ == "PROPN" and t.is_title for t in words):
            return self._person(doc, start, end)   # "Chancellor" + "Olaf Scholz" tagged ORG
        qualifier = self._qualifier(doc, start)
        base = doc[start:end].text
        if qualifier and words[-1].lower_ in lexicon.INSTITUTION_HEADS:
            name = f"{qualifier[1]} {base.title() if base.islower() else base}"
            return Found(qualifier[0], end, "Organization", name, self._qualified_key(qualifier[1], base, name))
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
        for token in doc:
            if token.i in taken or token.lower_ not in lexicon.INSTITUTION_HEADS | lexicon.CAPITALISED_INSTITUTION_HEADS:
                continue
            if token.lower_ in lexicon.CAPITALISED_INSTITUTION_HEADS and not token.is_title:
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
            name = f"{qualifier[1]} {base.title() if base.islower() else base}"
            found.append(Found(qualifier[0], token.i + 1, "Organization", name,
                               self._qualified_key(qualifier[1], base, name)))
        return found

    def _regions(self, doc: Doc, taken: set[int]) -> list[Found]:
        """"Kursk region", "Kursk Oblast": a place named by what follows it."""
        found = []
        for token in doc:
            if token.lower_ not in lexicon.REGION_WORDS and token.lower_ not in lexicon.GEOGRAPHIC_FEATURES:
                continue
            i = token.i - 1
            if i >= 0 and doc[i].lower_ == "border" and token.lower_ != "border":
                i -= 1
            if i < 0 or not doc[i].is_title or doc[i].is_sent_start:
                continue
            name_tok = doc[i]
            if token.lower_ in lexicon.GEOGRAPHIC_FEATURES:
                if name_tok.ent_type_ != "NORP" and name_tok.pos_ != "PROPN":
                    continue
                name = f"{name_tok.text} {token.text.title()}"
                found.append(Found(i, token.i + 1, "Place", name, fold(name)))
                continue
            if name_tok.pos_ != "PROPN" or self.gaz.country(name_tok.text) or self.gaz.demonym(name_tok.text) \
                    or _is_title_word(name_tok) or name_tok.lower_ in _DIRECTIONS:
                continue
            if name_tok.i in taken and name_tok.ent_type_ not in ("GPE", "LOC", "PRODUCT", "ORG", ""):
                continue
            found.append(Found(i, i + 1, "Place", name_tok.text, fold(name_tok.text)))
        return found

    # -- the document ------------------------------------------------------------------------
    def find(self, doc: Doc, sentence_of: dict[int, int]) -> DocEntities:
        founds: list[Found] = []
        for span in doc.ents:
            f = self._classify(doc, span)
            if f:
                founds.append(f)
        taken = {i for f in founds for i in range(f.start, f.end)}
        for extra in self._institutions(doc, taken) + self._regions(doc, taken):
            overlapping = [f for f in founds if f.start < extra.end and extra.start < f.end]
            if all(f.type in ("Country", "Place") or f.end - f.start <= extra.end - extra.start
                   for f in overlapping):
                founds = [f for f in founds if f not in overlapping]
                founds.append(extra)
        founds.sort(key=lambda f: (f.start, -f.end))
        founds = _drop_nested(founds)
        founds = self._surnames(doc, founds)
        return _group(doc, founds, sentence_of, self.gaz)

    def _surnames(self, doc: Doc, founds: list[Found]) -> list[Found]:
        """Person names used alone that the model missed or mistyped ("Singh" as a place)."""
        full = [f for f in founds if f.type == "Person" and not f.short]
        parts: dict[str, Found] = {}
        for f in full:
            words = [t for t in doc[f.start:f.end] if t.is_alpha]
            for w in (words[0], words[-1]):
                parts.setdefault(w.text, f)
        taken = {i for f in founds for i in range(f.start, f.end)}
        out = []
        for f in founds:
            if f.type != "Person" and f.end - f.start == 1 and doc[f.start].text in parts \
                    and f.type != "Country":
                f = Found(f.start, f.end, "Person", doc[f.start].text, fold(doc[f.start].text), short=True)
            out.append(f)
        for token in doc:
            if token.i not in taken and token.text in parts and token.pos_ in ("PROPN", "NOUN") \
                    and token.text[0].isupper() \
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
                out.append(Found(token.i, token.i + 1, "Person", token.text, fold(token.text), short=True))
        out.sort(key=lambda f: (f.start, -f.end))
        return out


def _drop_nested(founds: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in founds:
        if kept and f.start < kept[-1].end:
            if f.end - f.start > kept[-1].end - kept[-1].start:
                kept[-1] = f
            continue
        kept.append(f)
    return kept


def _group(doc: Doc, founds: list[Found], sentence_of: dict[int, int], gaz: Gazetteer) -> DocEntities:
    """Mentions to entities: same key, same entity; short names join the nearest full name."""
    clusters: dict[tuple[str, str], dict] = {}
    order: list[tuple[str, str]] = []
    full_people = [(f.start, f) for f in founds if f.type == "Person" and not f.short]
    countries = {f.key: f for f in founds if f.type == "Country" and not f.direction}
    resolved: list[tuple[Found, tuple[str, str]]] = []
    for f in founds:
        if f.direction:
            options = [c for c in countries.values() if c.name.lower().startswith(f.direction + " ")]
            if len(options) != 1:
                continue
            f = Found(f.start, f.end, "Country", options[0].name, options[0].key)
        if f.type == "Person" and f.short:
            target = _nearest_full(doc, f, full_people)
            if target is not None:
                resolved.append((f, ("Person", target.key)))
                continue
        resolved.append((f, (f.type, f.key)))
    # An acronym and its expansion in the same document are one organisation ("UN" / "United Nations").
    org_keys = {k for _, k in resolved if k[0] == "Organization"}
    initials = {"".join(w[0] for w in k[1].split() if w not in ("of", "and", "for")): k for k in org_keys
                if len(k[1].split()) > 1}
    # An institution named with and without its country is one organisation ("State Department").
    qualified = {k[1]: k for k in org_keys}
    remap: dict[tuple[str, str], tuple[str, str]] = {}
    for k in org_keys:
        if k[1].replace(" ", "") in initials and len(k[1]) <= 5:
            remap[k] = initials[k[1].replace(" ", "")]
        else:
            longer = [q for q in qualified if q.endswith(" " + k[1]) and q != k[1]]
            if len(longer) == 1:
                remap[k] = qualified[longer[0]]
    for f, key in resolved:
        key = remap.get(key, key)
        if key not in clusters:
            clusters[key] = {"names": [], "mentions": [], "role": None, "outlet": False, "type": key[0]}
            order.append(key)
        c = clusters[key]
        c["names"].append(f.name)
        c["outlet"] |= f.outlet
        if f.role and not c["role"]:
            c["role"] = f.role
        c["mentions"].append(f)
    entities: list[Entity] = []
    result = DocEntities(entities=entities)
    for key in order:
        c = clusters[key]
        names = c["names"]
        canonical = _canonical(key, names, gaz)
        eid = entity_id(key[0], key[1])
        surface = []
        for f in c["mentions"]:
            text = doc[f.start:f.end].text
            surface.append(text)
            for i in range(f.start, f.end):
                result.by_token[i] = eid
        aliases = sorted({s for s in surface + names if s != canonical and fold(s) != fold(canonical)})
        mentions = [Mention(start=doc[f.start].idx, end=doc[f.end - 1].idx + len(doc[f.end - 1]),
                            text=doc[f.start:f.end].text, sentence=sentence_of.get(f.start, 0))
                    for f in c["mentions"]]
        entities.append(Entity(id=eid, name=canonical, type=key[0], aliases=aliases, role=c["role"],
                               mentions=mentions))
        if c["role"]:
            result.roles[eid] = c["role"]
        if c["outlet"]:
            result.outlets.add(eid)
    return result


def _nearest_full(doc: Doc, short: Found, full_people: list[tuple[int, Found]]) -> Found | None:
    word = short.name
    def matches(f: Found) -> bool:
        words = [t.text for t in doc[f.start:f.end] if t.is_alpha]
        return fold(word) in (fold(words[0]), fold(words[-1]))
    before = [f for start, f in full_people if start < short.start and matches(f)]
    if before:
        return before[-1]
    after = [f for start, f in full_people if start > short.start and matches(f)]
    return after[0] if after else None


def _canonical(key: tuple[str, str], names: list[str], gaz: Gazetteer) -> str:
    type_, k = key
    if type_ == "Country":
        c = gaz.countries.get(k.upper())
        if c:
            return c.name
    candidates = [n for n in names if fold(n) not in lexicon.NAME_ACRONYMS]
    if not candidates:
        candidates = names
    return max(candidates, key=lambda n: (len(n.split()), len(n)))
