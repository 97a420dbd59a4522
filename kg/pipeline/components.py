"""kg's extraction stages as spaCy components, run after the parser and the NER model.

kg_sentences   numbers the sentences once (Doc._.kg_sentences, Token._.kg_sentence)
kg_entities    the document's entities and who each token mentions (kg.entities)
kg_statements  who said, confirmed, denied... what (kg.statements)
kg_relations   relations between entities: deployments, attacks, meetings... (kg.relations), and
               the places only a relation's context shows (kg.relation_places)

Each reads what the stages before it wrote as extensions (kg.pipeline.extensions), so any of
them can be disabled, or replaced by a component that writes the same extensions. The rule
components take ``rules``: paths of rule files merged over the built-in ones (kg.rules).
"""
from __future__ import annotations

from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon, rules as rule_files
from kg.entities import DocEntities, EntityFinder
from kg.pipeline.extensions import SentenceOf, article_of, dateline_of_doc, live_entries_of, opening_of
from kg.pipeline.names import gazetteer_for
from kg.relations import RelationFinder, link_claims
from kg.schema import Entity, Mention, Relation, Statement
from kg.statements import StatementFinder
from kg.sentences import doc_text, sentence_spans


@Language.component("kg_sentences", assigns=["doc._.kg_sentences", "doc._.kg_sentence_of"],
                    requires=["token.is_sent_start"])
def number_sentences(doc: Doc) -> Doc:
    """The sentences kg refers to by index: the parser's, blank ones left out, trimmed."""
    sentences: list[dict] = []
    per_token: list[int | None] = [None] * len(doc)
    text_of_doc = doc_text(doc)   # Span.text joins its tokens' texts: cut the Doc's text instead
    for sent in sentence_spans(doc):
        raw = text_of_doc[sent.start_char:sent.end_char]
        text = raw.strip()
        if not text:
            continue
        index = len(sentences)
        start = sent.start_char + len(raw) - len(raw.lstrip())
        sentences.append({"index": index, "start": start, "end": start + len(text), "text": text})
        per_token[sent.start:sent.end] = [index] * len(sent)
    doc._.kg_sentences = sentences
    doc._.kg_sentence_of = per_token
    return doc


class RuleComponent:
    """A component that reads kg.lexicon: it makes its rules the active ones before each Doc.

    ``rules`` (the config setting) are paths of rule files; they are read when the component
    first runs, unless ``from_disk`` restored the rules a saved pipeline holds (``to_disk``
    saves the merged rules, so a saved pipeline keeps a user's rules without their files)."""

    def __init__(self, name: str, rules: list[str]) -> None:
        self.name = name
        self.rule_paths = list(rules)
        self._rules: rule_files.Rules | None = None

    @property
    def rules(self) -> rule_files.Rules:
        if self._rules is None:
            self._rules = rule_files.load(self.rule_paths)
        return self._rules

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "rules.json", {"version": rule_files.FORMAT_VERSION, **self.rules.data})

    def from_disk(self, path: str | Path, *, exclude=()) -> RuleComponent:
        self._rules = rule_files.Rules({}).merged(Path(path) / "rules.json")
        return self


class Entities(RuleComponent):
    def __init__(self, name: str, rules: list[str]) -> None:
        super().__init__(name, rules)
        self._finder: tuple[rule_files.Rules, EntityFinder] | None = None

    def finder(self) -> EntityFinder:
        """The finder for the current rules (the countries it knows come from them)."""
        if self._finder is None or self._finder[0] is not self.rules:
            self._finder = (self.rules, EntityFinder(gazetteer_for(self.rules)))
        return self._finder[1]

    def __call__(self, doc: Doc) -> Doc:
        lexicon.use(self.rules)
        found = self.finder().find(doc, SentenceOf(doc))
        doc._.kg_outlets = sorted(found.outlets)
        _write_entities(doc, found)
        return doc


def _fields(record: Entity | Statement | Relation) -> dict:
    """A record's fields as a dict (records hold strings, numbers, lists of strings and, in an
    Entity, Mention records); dataclasses.asdict's deep copy cost 5% of extraction."""
    fields = dict(vars(record))
    if isinstance(record, Entity):
        fields["mentions"] = [dict(vars(m)) for m in record.mentions]
    return fields


def entity_record(fields: dict) -> Entity:
    return Entity(**{**fields, "mentions": [Mention(**m) for m in fields["mentions"]]})


def entities_of(doc: Doc) -> DocEntities:
    """What kg_entities wrote, in the shape the statement and relation rules read."""
    handed = _take_entities(doc)
    if handed is not None:
        return handed
    per_token = doc._.kg_entity_of or []
    return DocEntities(entities=[entity_record(e) for e in doc._.kg_entities or ()], by_token={i: e for i, e in enumerate(per_token) if e is not None},
                       roles=dict(doc._.kg_roles or {}), outlets=set(doc._.kg_outlets or ()))


# The entities go from stage to stage as extension values (dicts, which cross processes), and
# each stage made records of them again. The stage that wrote them hands its records on too, to
# the next stage in this process, which takes them while the extensions still hold the very
# values they were written as (a component in between that wrote others is read as always).
_handed: tuple | None = None


def _write_entities(doc: Doc, entities: DocEntities) -> None:
    global _handed
    per_token: list[str | None] = [None] * len(doc)
    for i, entity_id in entities.by_token.items():
        per_token[i] = entity_id
    doc._.kg_entities = fields = [_fields(e) for e in entities.entities]
    doc._.kg_entity_of = per_token
    doc._.kg_roles = roles = dict(entities.roles)
    _handed = (doc, fields, per_token, roles, doc._.kg_outlets, entities.entities, entities.by_token)


def _take_entities(doc: Doc) -> DocEntities | None:
    """The records of the entity extensions, if the stage that wrote them handed them on."""
    global _handed
    handed, _handed = _handed, None
    if handed is None:
        return None
    held_doc, fields, per_token, roles, outlets, records, by_token = handed
    if held_doc is not doc or doc._.kg_entities is not fields or doc._.kg_entity_of is not per_token \
            or doc._.kg_roles is not roles or doc._.kg_outlets is not outlets or len(fields) != len(records):
        return None
    return DocEntities(entities=records, by_token={i: e for i, e in sorted(by_token.items()) if e is not None}, roles=dict(roles),
                       outlets=set(outlets or ()))


class Statements(RuleComponent):
    def __init__(self, name: str, rules: list[str]) -> None:
        super().__init__(name, rules)
        self.finder = StatementFinder()

    def __call__(self, doc: Doc) -> Doc:
        lexicon.use(self.rules)
        article_id, published = article_of(doc)
        entities = entities_of(doc)
        dateline_day, title = opening_of(doc)
        found = self.finder.find(doc, entities, SentenceOf(doc), published, article_id,
                                 dateline_day=dateline_day, title=title, live=live_entries_of(doc))
        doc._.kg_statements = [_fields(s) for s in found]
        # Unnamed role-holders who speak ("Kenya's foreign minister") are entities of their own.
        _write_entities(doc, entities)
        return doc


class Relations(RuleComponent):
    def __init__(self, name: str, rules: list[str]) -> None:
        super().__init__(name, rules)
        self.finder = RelationFinder()

    def __call__(self, doc: Doc) -> Doc:
        lexicon.use(self.rules)
        article_id, published = article_of(doc)
        entities = entities_of(doc)
        claims = [Statement(**s) for s in doc._.kg_statements or ()]
        read_before = dict(entities.by_token)
        found = self.finder.find(doc, entities, SentenceOf(doc), article_id, published, claims, dateline_of_doc(doc))
        if entities.by_token != read_before:   # a place only a relation's context showed
            _write_entities(doc, entities)
        # A relation stated inside a statement's content is that statement's claim.
        doc._.kg_relations = [_fields(r) for r in link_claims(found, claims)]
        return doc


@Language.factory("kg_entities", assigns=["doc._.kg_entities", "doc._.kg_entity_of", "doc._.kg_roles",
                                          "doc._.kg_outlets"],
                  requires=["doc.ents", "doc._.kg_sentence_of"], default_config={"rules": []})
def make_entities(nlp: Language, name: str, rules: list[str]) -> Entities:
    return Entities(name, rules)


@Language.factory("kg_statements", assigns=["doc._.kg_statements"],
                  requires=["doc._.kg_entity_of", "doc._.kg_sentence_of"], default_config={"rules": []})
def make_statements(nlp: Language, name: str, rules: list[str]) -> Statements:
    return Statements(name, rules)


@Language.factory("kg_relations", assigns=["doc._.kg_relations", "doc._.kg_entities", "doc._.kg_entity_of"],
                  requires=["doc._.kg_entity_of", "doc._.kg_sentence_of", "doc._.kg_statements"], default_config={"rules": []})
def make_relations(nlp: Language, name: str, rules: list[str]) -> Relations:
    return Relations(name, rules)
