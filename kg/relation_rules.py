"""Relation types as data: the ``relations`` section of a rules file, checked and merged.

kg's own types live in ``kg/rules/relations.json``; a user's rules file may add types (or replace
one of the same name) and add words to the shared lists, with no code change. The section::

    {"relations": {
        "modality": {"hypothetical": [...], "planned": [...], "unconfirmed": [...]},
        "negating_governors": [...], "light_verbs": [...], "place_nouns": [...],
        "types": {"NAME": {"source": ["Country"], "target": ["Place"], "verbs": {"lemma": "role"},
                           "nouns": [...], "theme": [...], "target_preps": [...], ...}}}}

Every word list is optional in a user's file. A type's fields are described in ``TYPE_FIELDS``;
its name must match ``kg.schema.RELATION_NAME``, since it becomes a relationship type in Cypher.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.schema import ENTITY_TYPES, RELATION_NAME

DEFAULT_RULES = Path(__file__).resolve().parent / "rules" / "relations.json"

# How a verb's arguments map to the relation: "direct" (subject -> object: "Russia attacked
# Kyiv"), "transfer" (subject sends a theme to a target: "sent troops to Russia"), "motion" (the
# theme itself moves or stands somewhere: "troops arrived in Kursk"), "receive" (the subject is
# the target, the source comes with "from": "received shells from North Korea").
VERB_ROLES = ("direct", "transfer", "motion", "receive")
# What kg can read off a relation's words; a type names the ones that apply to it.
ATTRIBUTES = ("troops", "unit", "title")
WORD_LISTS = ("negating_governors", "light_verbs", "place_nouns")
MODALITY_LISTS = ("hypothetical", "planned", "unconfirmed")
TYPE_FIELDS = {
    "description": "what the relation means (text)",
    "source": "entity types of the source (list of Person, Organization, Country, Place)",
    "target": "entity types of the target",
    "symmetric": "true if the two sides are interchangeable (met with, signed with)",
    "verbs": "verb lemmas that state it, each with its role: " + ", ".join(VERB_ROLES),
    "nouns": "nouns that state it ('the deployment of', 'attacks on')",
    "theme": "words for what is sent or used (troops, weapons); required as object when given",
    "theme_located": "true if a theme placed somewhere states it ('North Korean troops in Kursk')",
    "target_preps": "prepositions that introduce the target",
    "source_preps": "prepositions that introduce the source (besides the subject and 'by')",
    "titles": "title words that state it before or beside a person's name (HOLDS_ROLE)",
    "attributes": "what to record: " + ", ".join(ATTRIBUTES),
}


class RuleError(ValueError):
    """A relations section that kg cannot use; the message names the place and the fix."""


@dataclass(frozen=True)
class RelationRule:
    name: str
    source: frozenset[str]
    target: frozenset[str]
    description: str = ""
    symmetric: bool = False
    verbs: dict[str, str] = field(default_factory=dict)
    nouns: frozenset[str] = frozenset()
    theme: frozenset[str] = frozenset()
    theme_located: bool = False
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    titles: frozenset[str] = frozenset()
    attributes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationRules:
    types: dict[str, RelationRule]
    modality: dict[str, frozenset[str]]
    negating_governors: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()


def _words(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise RuleError(f"{where}: must be a list of words")
    return frozenset(w.strip().lower() for w in value)


def _entity_types(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not value or any(v not in ENTITY_TYPES for v in value):
        raise RuleError(f"{where}: must be a non-empty list of {', '.join(ENTITY_TYPES)}")
    return frozenset(value)


def validate_type(name: str, raw: Any, where: str) -> RelationRule:
    """One relation type; its name must be a safe relationship type name."""
    if not isinstance(name, str) or not re.fullmatch(RELATION_NAME, name):
        raise RuleError(f"{where}: relation type name {name!r} must be upper snake case, "
                        "letters, digits and single underscores (DEPLOYED_TO)")
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: must be an object with the fields {', '.join(TYPE_FIELDS)}")
    unknown = sorted(set(raw) - set(TYPE_FIELDS))
    if unknown:
        raise RuleError(f"{where}: unknown field {', '.join(unknown)} (known: {', '.join(TYPE_FIELDS)})")
    verbs = raw.get("verbs", {})
    if not isinstance(verbs, dict) or any(
            not isinstance(k, str) or not k.strip() or v not in VERB_ROLES for k, v in verbs.items()):
        raise RuleError(f"{where}.verbs: must map verb lemmas to one of {', '.join(VERB_ROLES)}")
    attributes = raw.get("attributes", [])
    if not isinstance(attributes, list) or any(a not in ATTRIBUTES for a in attributes):
        raise RuleError(f"{where}.attributes: must be a list of {', '.join(ATTRIBUTES)}")
    for flag in ("symmetric", "theme_located"):
        if not isinstance(raw.get(flag, False), bool):
            raise RuleError(f"{where}.{flag}: must be true or false")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise RuleError(f"{where}.description: must be text")
    rule = RelationRule(
        name=name, description=description,
        source=_entity_types(raw.get("source"), f"{where}.source"),
        target=_entity_types(raw.get("target"), f"{where}.target"),
        symmetric=raw.get("symmetric", False), theme_located=raw.get("theme_located", False),
        verbs={k.strip().lower(): v for k, v in verbs.items()},
        nouns=_words(raw.get("nouns", []), f"{where}.nouns"),
        theme=_words(raw.get("theme", []), f"{where}.theme"),
        target_preps=tuple(sorted(_words(raw.get("target_preps", []), f"{where}.target_preps"))),
        source_preps=tuple(sorted(_words(raw.get("source_preps", []), f"{where}.source_preps"))),
        titles=_words(raw.get("titles", []), f"{where}.titles"),
        attributes=tuple(attributes),
    )
    if not (rule.verbs or rule.nouns or rule.titles):
        raise RuleError(f"{where}: needs verbs, nouns or titles to be found by")
    return rule


def validate(section: Any, where: str = "relations", base: RelationRules | None = None) -> RelationRules:
    """A ``relations`` section checked and turned into rules; with ``base``, added to it (a type
    of the same name replaces the base's, word lists are joined)."""
    if not isinstance(section, dict):
        raise RuleError(f"{where}: must be an object")
    unknown = sorted(set(section) - {"modality", "types", *WORD_LISTS})
    if unknown:
        raise RuleError(f"{where}: unknown field {', '.join(unknown)}")
    types = dict(base.types) if base else {}
    raw_types = section.get("types", {})
    if not isinstance(raw_types, dict):
        raise RuleError(f"{where}.types: must map relation type names to their rules")
    for name, raw in raw_types.items():
        types[name] = validate_type(name, raw, f"{where}.types.{name}")
    raw_modality = section.get("modality", {})
    if not isinstance(raw_modality, dict) or set(raw_modality) - set(MODALITY_LISTS):
        raise RuleError(f"{where}.modality: must have only the lists {', '.join(MODALITY_LISTS)}")
    modality = {m: _words(raw_modality.get(m, []), f"{where}.modality.{m}")
                | (base.modality[m] if base else frozenset()) for m in MODALITY_LISTS}
    lists = {name: _words(section.get(name, []), f"{where}.{name}")
             | (getattr(base, name) if base else frozenset()) for name in WORD_LISTS}
    return RelationRules(types=types, modality=modality, **lists)


def read(path: str | Path, base: RelationRules | None = None) -> RelationRules:
    """The relations section of a rules file (JSON), on top of ``base``."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise RuleError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: must be a JSON object")
    if "relations" not in raw:
        return base if base is not None else validate({}, f"{path}: relations")
    return validate(raw["relations"], f"{path}: relations", base)


@lru_cache(maxsize=1)
def default() -> RelationRules:
    """kg's own relation types."""
    return read(DEFAULT_RULES)


def load(paths: list[str | Path] | tuple = ()) -> RelationRules:
    """kg's own types with each user rules file's added in order."""
    rules = default()
    for path in paths:
        rules = read(path, rules)
    return rules
