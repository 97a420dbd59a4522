"""Relation types as data: the relation sections of kg's rule files, checked and compiled.

kg's own types are in ``kg/rules/relations.toml``; a user's rules file (``--rules``) may add a
type, or add to one, with no code change::

    [relation_types.RECRUITED]
    source = ["Country", "Organization"]
    target = ["Country", "Place"]
    theme = ["fighters", "volunteers"]
    target_preps = ["in", "from"]
    nouns = ["recruitment"]
    verbs = {recruit = "transfer", enlist = "transfer"}

A type's fields are ``TYPE_FIELDS``; its name must match ``kg.schema.RELATION_NAME``, since it
becomes a relationship type in Cypher. The word lists ``relation_hypothetical``,
``relation_planned``, ``relation_unconfirmed``, ``relation_negators``, ``light_verbs``,
``relation_containers``, ``relation_representatives``, ``relation_others``, ``relation_owning_marks``, ``relation_members``, ``relation_envoys``, ``relation_bodies``, ``relation_groups``,
``relation_occasion_preps``, ``relation_response_verbs``, ``relation_businesses``, ``relation_travel_verbs``, ``role_verbs``, ``role_counterparts``, ``role_national_titles``,
``role_speaking_titles``, ``role_company_titles``, ``role_opposition_words``, ``role_companion_verbs``, ``role_state_words``, ``role_ruler_titles``, ``role_forces``, ``role_parts``, ``role_governments``, ``relation_edges``, ``relation_trade_nouns``, ``relation_purposes``, ``relation_vehicles``, ``relation_measures``, ``relation_credits`` and ``relation_attend_verbs`` are shared by every type. This module registers those sections with ``kg.rules``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.rules import RuleProblem, Rules, RulesError, Section, register
from kg.rules.sections import text, word
from kg.schema import ENTITY_TYPES, RELATION_NAME

# How a verb's arguments map to the relation: "direct" (subject -> object: "Russia attacked
# Kyiv"), "transfer" (the subject sends a theme to a target: "sent troops to Russia"), "motion"
# (the theme itself moves or stands somewhere: "troops arrived in Kursk"), "receive" (the
# subject is the target, the source comes with "from": "received shells from North Korea"),
# "mutual" (the sides joined in the subject, or the subject and "with", each do it to the other:
# "Kyrgyzstan and Tajikistan exchanged fire", "Indian troops traded fire with Pakistani forces").
VERB_ROLES = ("direct", "transfer", "motion", "receive", "mutual")
# What kg can read off a relation's words; a type names the ones that apply to it.
ATTRIBUTES = ("troops", "unit", "title")
MODALITY_SECTIONS = {
    "hypothetical": "relation_hypothetical", "planned": "relation_planned", "unconfirmed": "relation_unconfirmed"}
TYPE_FIELDS = {
    "description": "what the relation means (text)",
    "source": "entity types of the source (Person, Organization, Country, Place)",
    "target": "entity types of the target",
    "symmetric": "true if the two sides are interchangeable (met with, signed with)",
    "verbs": "verb lemmas that state it, each with its role: " + ", ".join(VERB_ROLES),
    "nouns": "nouns that state it ('the deployment of', 'attacks on')",
    "agent_nouns": "nouns for the source itself, whose possessor is the target ('India, Armenia's main arms "
                   "supplier'; 'India has become one of Armenia's suppliers')",
    "home_themes": "words for what is sent that, with no target named, the country the story is filed from "
                   "receives ('KARACHI, Pakistan - China has pledged $5 million in emergency aid')",
    "carried_themes": "words for what is sent that, with no target named, goes to the last target of the type "
                      "named before in the story ('Donors pledged $1.1 billion for Somalia ... The EU pledged "
                      "180 million euros': to Somalia)",
    "theme": "words for what is sent or used (troops, weapons); when given, a verb needs one",
    "theme_located": "true if a theme placed somewhere states it ('North Korean troops in Kursk')",
    "home_source": "true if a theme of no one named, sent to or standing in a city or region of the country the "
                   "story is filed from, is that country's ('QUITO - Troops were deployed to Guayaquil': Ecuador's)",
    "place_country": "true if a country acting in another's city or region acts in that country too, when the "
                     "text names it ('Rwanda keeps troops in Cabo Delgado': in Mozambique)",
    "place_unless": "relation types whose statement by the same word leaves this one no place target ('sent "
                    "brigades and helicopters to the towns of Tibu': a deployment, no supply of the towns)",
    "target_preps": "prepositions that introduce the target",
    "source_preps": "prepositions that introduce the source (besides the subject and 'by')",
    "titles": "title words that state it before or beside a person's name (HOLDS_ROLE)",
    "instruments": "words for what it is done with (missiles, drones): no side by themselves ('Drones struck')",
    "instrument_verbs": "verbs that state it only with an instrument or one of its nouns as object "
                        "('launched missiles at', not 'launched a brigade')",
    "measure_verbs": "verbs that state it only of one of its measures, a measure of law or policy as their subject "
                     "or the act a participle of theirs goes with ('the measures target seven entities', 'adopted "
                     "sanctions, targeting Belavia'; not 'missiles targeted Kyiv')",
    "equipment": "words for arms that count as what is sent only with equipment_verbs "
                 "('stationed Iskander missiles in Kaliningrad'; not 'sent missiles to Ukraine', a supply)",
    "equipment_verbs": "verbs with which the equipment words count as what is sent",
    "effects": "verbs of what it did, whose place is its target ('launched missiles at Ukraine, *killing* "
               "seven people in Kharkiv')",
    "attributes": "what to record: " + ", ".join(ATTRIBUTES),
}
_WORD_FIELDS = ("nouns", "agent_nouns", "home_themes", "carried_themes", "theme", "target_preps", "source_preps", "titles", "instruments", "instrument_verbs", "measure_verbs",
                "equipment", "equipment_verbs", "effects")


@dataclass(frozen=True)
class RelationRule:
    name: str
    source: frozenset[str]
    target: frozenset[str]
    description: str = ""
    symmetric: bool = False
    verbs: dict[str, str] = field(default_factory=dict)
    nouns: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    home_themes: frozenset[str] = frozenset()
    carried_themes: frozenset[str] = frozenset()
    theme: frozenset[str] = frozenset()
    theme_located: bool = False
    home_source: bool = False
    place_country: bool = False
    place_unless: frozenset[str] = frozenset()
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    titles: frozenset[str] = frozenset()
    attributes: tuple[str, ...] = ()
    instruments: frozenset[str] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()
    measure_verbs: frozenset[str] = frozenset()
    equipment: frozenset[str] = frozenset()
    equipment_verbs: frozenset[str] = frozenset()
    effects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RelationRules:
    types: dict[str, RelationRule]
    modality: dict[str, frozenset[str]]
    negators: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    containers: frozenset[str] = frozenset()
    representatives: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    owning_marks: frozenset[str] = frozenset()
    groups: dict[str, frozenset[str]] = field(default_factory=dict)
    role_verbs: frozenset[str] = frozenset()
    counterparts: frozenset[str] = frozenset()
    national_titles: frozenset[str] = frozenset()
    speaking_titles: frozenset[str] = frozenset()
    company_titles: frozenset[str] = frozenset()
    opposition_words: frozenset[str] = frozenset()
    governments: frozenset[str] = frozenset()
    edges: frozenset[str] = frozenset()
    trade_nouns: frozenset[str] = frozenset()
    purposes: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    measures: frozenset[str] = frozenset()
    credits: frozenset[str] = frozenset()
    attend_verbs: frozenset[str] = frozenset()
    occasion_preps: frozenset[str] = frozenset()
    response_verbs: frozenset[str] = frozenset()
    companions: frozenset[str] = frozenset()
    businesses: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()
    state_bodies: frozenset[str] = frozenset()
    legislatures: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    lemmas: dict[str, str] = field(default_factory=dict)
    carrying_verbs: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    ruler_titles: frozenset[str] = frozenset()
    forces: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    lead_verbs: dict[str, str] = field(default_factory=dict)
    institution_titles: dict[str, str] = field(default_factory=dict)
    led_groups: dict[str, str] = field(default_factory=dict)


def _words(name: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        raise RuleProblem(f"{name}: expected a list of lower-case words")
    return [word(name, v) for v in value]


def _entity_types(name: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value or any(v not in ENTITY_TYPES for v in value):
        raise RuleProblem(f"{name}: expected a non-empty list of {', '.join(ENTITY_TYPES)}")
    return value


def _group_types(name: str, value: Any) -> list[str]:
    word(name, name)
    return _entity_types(name, value)


def _lemma_of(name: str, value: Any) -> str:
    word(name, name)
    return word(name, value)


def _title_of(name: str, value: Any) -> str:
    word(name, name)
    return text(name, value)


def check_type(name: str, raw: Any) -> dict[str, Any]:
    """One entry of ``relation_types``: a safe name and known fields of the right shapes. An
    entry may name only some fields, to add to a type defined before (see ``compile_rules``)."""
    if not re.fullmatch(RELATION_NAME, name):
        raise RuleProblem(f"relation type name {name!r} must be upper snake case: letters, digits and "
                          "single underscores (DEPLOYED_TO), as it becomes a relationship type")
    if not isinstance(raw, dict):
        raise RuleProblem(f"expected a table with fields {', '.join(TYPE_FIELDS)}")
    unknown = sorted(set(raw) - set(TYPE_FIELDS))
    if unknown:
        raise RuleProblem(f"unknown field {', '.join(map(repr, unknown))} (fields: {', '.join(TYPE_FIELDS)})")
    out = dict(raw)
    for name_ in ("source", "target"):
        if name_ in raw:
            out[name_] = _entity_types(name_, raw[name_])
    for name_ in _WORD_FIELDS:
        if name_ in raw:
            out[name_] = _words(name_, raw[name_])
    verbs = raw.get("verbs", {})
    if not isinstance(verbs, dict) or any(
            not isinstance(k, str) or k != k.lower() or not k.strip() or v not in VERB_ROLES for k, v in verbs.items()):
        raise RuleProblem(f"verbs: expected lower-case verb lemmas, each with one of {', '.join(VERB_ROLES)}")
    if any(a not in ATTRIBUTES for a in raw.get("attributes", [])) or not isinstance(raw.get("attributes", []), list):
        raise RuleProblem(f"attributes: expected a list of {', '.join(ATTRIBUTES)}")
    if "place_unless" in raw:
        if not isinstance(raw["place_unless"], list) or any(
                not isinstance(v, str) or not re.fullmatch(RELATION_NAME, v) for v in raw["place_unless"]):
            raise RuleProblem("place_unless: expected a list of relation type names (DEPLOYED_TO)")
    for flag in ("symmetric", "theme_located", "home_source", "place_country"):
        if not isinstance(raw.get(flag, False), bool):
            raise RuleProblem(f"{flag}: expected true or false")
    if not isinstance(raw.get("description", ""), str):
        raise RuleProblem("description: expected text")
    return out


register(Section("relation_types", "table", check_type,
                 "relation types by name: source, target, verbs, nouns, theme, target_preps, ..."))

# Word lists of the relation rules, by section: what each holds.
RELATION_WORD_LISTS = {
    "relation_hypothetical": "words that make a relation only possible (\"could\")",
    "relation_planned": "words that make a relation intended (\"plans\")",
    "relation_unconfirmed": "words that make a relation suspected (\"suspected\")",
    "relation_negators": "verbs whose complement did not happen (\"deny\")",
    "light_verbs": "verbs that lend their subject to a relation noun (\"launch\")",
    "relation_containers": "nouns that hold a relation noun for a light verb (\"imposed a new round of sanctions\")",
    "relation_representatives": "nouns for who speaks for an entity at a meeting (\"met the leaders of the party\")",
    "relation_others": "nouns for someone's other side, whose possessor they are not (\"Ukraine's allies\")",
    "relation_owning_marks": "participles after a name and a hyphen that make the name the owner (\"Hamas-led gunmen\")",
    "relation_members": "nouns for the members of an armed group, which with \"the\" stand for it (\"the militants\")",
    "relation_envoys": "title nouns for who represents a country abroad: what is done to them is done to it "
        "(\"expelled the French ambassador\")",
    "relation_bodies": "nouns for a country's or group's armed forces or government, which stand for it "
        "(\"Sudan's army signed\", later \"the army struck\")",
    "role_verbs": "verbs that give their subject or object a title (\"became prime minister\")",
    "role_counterparts": "title nouns that mean the same title as the one named before (\"his counterpart\")",
    "role_national_titles": "title words of a country's government: with no holder named, the country the article "
        "is filed from or whose government was just named (\"President Daniel Noboa\" under QUITO)",
    "role_speaking_titles": "title words (or a word and the title word it qualifies: \"press secretary\") of who "
        "speaks for someone: with no holder named, the organisation or country whose doings they report (\"The army "
        "struck ..., spokesman X said\")",
    "role_company_titles": "title words of a company's officers: with no holder named, the organisation the sentence "
        "reports on, else the one the article is about (\"Unilever said Chief Executive X would go\")",
    "role_opposition_words": "words that make a title one of those opposed to a country's government, no post of "
        "the country (\"Ecuadorian opposition leader X\")",
    "role_state_words": "words that make a title a post of a country's government, held like "
        "role_national_titles (\"chief of defence staff\", \"presidential spokesman\")",
    "role_ruler_titles": "title words of who rules a country, given alone: with no holder named, the country "
        "the story is about, the one that acts first in it (\"Leader Kim Jong Un\")",
    "role_forces": "words for an armed, police or coast guard body, whose organisation the text names holds a title "
        "with one (\"Police spokesman X\" after \"the Gambia Police Force\"; \"Thai army spokesperson\": the Royal Thai Army)",
    "role_parts": "nouns (lemmas) for a part of an organisation: who leads one holds a role in the organisation "
        "its \"of\" names (\"heads the Spanish branch of Amnesty International\")",
    "role_companion_verbs": "verbs (lemmas) of going with someone, whose side the one who goes is on "
        "(\"Army chief X, who accompanied Sharif\")",
    "role_governments": "nouns (lemmas) for a country's government, whose ministers speak for it (\"Taiwan's "
        "government welcomed ... Economy Minister X said\")",
    "relation_edges": "nouns (lemmas) for the edge between places: what is \"along the border with Kosovo\" is not in Kosovo",
    "relation_trade_nouns": "nouns (lemmas) for trade, whose \"of\" names what is traded, not whose it is "
        "(\"banned the sale of Boeing parts to Russian airlines\")",
    "relation_purposes": "nouns (lemmas) for what something is done for, neither a recipient nor a place "
        "(\"delivered drones to Russia for its war in Ukraine\")",
    "relation_vehicles": "nouns (lemmas) for what moves, which a place near it does not make a target "
        "(\"fired at a boat near the shoal\")",
    "relation_measures": "nouns (lemmas) for measures of law or policy, which as the subject of a verb of another "
        "type state none of it (\"the EU measures target seven entities\")",
    "relation_credits": "nouns (lemmas) that hold an act their \"for\" names (\"claimed responsibility for the attack on\")",
    "relation_attend_verbs": "verbs (lemmas) of taking part in a meeting, whose agents are its sides "
        "(\"hosted the talks, which were attended by X and Y\")",
    "relation_occasion_preps": "prepositions before a meeting or agreement noun that its governing verb's subject took part in "
        "(\"signed a deal after talks\")",
    "relation_businesses": "nouns (lemmas) for a business, which with \"the\" stand for the last organisation that "
        "acted, not the last one named (\"CATL, which supplies Tesla, is expanding ... a deal with the company\")",
    "relation_travel_verbs": "verbs (lemmas) of travelling, whose subject takes part in the talks it travels \"for\" "
        "(\"will travel to Riyadh for talks with the crown prince\")",
    "relation_response_verbs": "verbs whose \"with\" names what their subject did (\"responded with strikes on\")",
    "relation_state_bodies": "words naming a body of a country's state, whose acts are the country's (\"the US State "
        "Department imposed sanctions\": the United States)",
    "relation_carrying_verbs": "verbs (lemmas) of carrying, whose object is what a vehicle sent brings (\"sent a ship "
        "carrying relief supplies to\")",
    "relation_requests": "nouns (lemmas) for asking, whose owner asks and receives nothing (\"deployed troops to "
        "its border at Washington's request\")",
    "relation_undergoing_verbs": "verbs (lemmas) whose subject undergoes the relation noun they take (\"Russia "
        "faces sanctions\")",
    "relation_warning_verbs": "verbs (lemmas) of warning: who warns would do what the one warned is told it would "
        "undergo (\"warned Ankara that it would face sanctions\")",
    "relation_legislatures": "words naming a legislature: one named by no country acts for the country of the "
        "story's dateline (\"the National Assembly ratified the agreement\" under YEREVAN)",
    "relation_gathering_verbs": "verbs (lemmas) of bringing people together, whose objects meet each other too "
        "(\"Qatar hosted X and Y\")",
}



def _modality_word(name: str, value: Any) -> str:
    """A word, or two: the second a word under the first (\"close to\" signing, \"verge of\" a deal),
    where the first alone says something else (\"closed a deal\")."""
    if isinstance(value, str) and len(value.split()) == 2:
        return " ".join(word(name, w) for w in value.split())
    return word(name, value)


for _name, _about in RELATION_WORD_LISTS.items():
    register(Section(_name, "list", _modality_word if _name in (*MODALITY_SECTIONS.values(), "role_speaking_titles")
                     else word, _about))

register(Section("role_lead_verbs", "table", _title_of,
                 "verbs (lemmas) of leading, each with the title it gives who leads (\"Y, who heads the "
                 "agency\": head)"))
register(Section("role_institution_titles", "table", _title_of,
                 "title words that head one kind of institution, each with the word its names have: with no "
                 "holder named, the organisation of that kind the story is about (\"Governor X\" in a story on "
                 "Bank Indonesia: governor = \"bank\")"))
register(Section("role_led_groups", "table", _title_of,
                 "nouns (lemmas) for a group its leader's name is given with, each with the title "
                 "(\"Geert Wilders' Freedom Party\": leader)"))
register(Section("relation_lemmas", "table", _lemma_of,
                 "word forms whose lemma the model gets wrong, each with the right one (\"fined\": fine, "
                 "which the model reads as \"fin\")"))
register(Section("relation_groups", "table", _group_types,
                 "nouns for entities named before, by lemma: two with \"two\" or \"both\" (\"the two "
                 "countries signed\"), the last one with \"the\" (\"delivered gas to the country\")"))


def compile_rules(rules: Rules) -> RelationRules:
    """The relation rules of a merged set of rule files (computed once per set)."""
    if "relations" not in rules.derived:
        types = {name: _compile_type(rules, name, raw) for name, raw in rules["relation_types"].items()}
        rules.derived["relations"] = RelationRules(
            types=types, modality={m: frozenset(rules[s]) for m, s in MODALITY_SECTIONS.items()},
            negators=frozenset(rules["relation_negators"]), light_verbs=frozenset(rules["light_verbs"]),
            containers=frozenset(rules["relation_containers"]),
            representatives=frozenset(rules["relation_representatives"]),
            bodies=frozenset(rules["relation_bodies"]), envoys=frozenset(rules["relation_envoys"]),
            others=frozenset(rules["relation_others"]), members=frozenset(rules["relation_members"]),
            owning_marks=frozenset(rules["relation_owning_marks"]),
            groups={lemma: frozenset(types) for lemma, types in rules["relation_groups"].items()},
            role_verbs=frozenset(rules["role_verbs"]), counterparts=frozenset(rules["role_counterparts"]),
            national_titles=frozenset(rules["role_national_titles"]),
            speaking_titles=frozenset(rules["role_speaking_titles"]),
            company_titles=frozenset(rules["role_company_titles"]),
            opposition_words=frozenset(rules["role_opposition_words"]),
            governments=frozenset(rules["role_governments"]), edges=frozenset(rules["relation_edges"]),
            trade_nouns=frozenset(rules["relation_trade_nouns"]),
            purposes=frozenset(rules["relation_purposes"]), vehicles=frozenset(rules["relation_vehicles"]),
            measures=frozenset(rules["relation_measures"]),
            credits=frozenset(rules["relation_credits"]),
            attend_verbs=frozenset(rules["relation_attend_verbs"]),
            occasion_preps=frozenset(rules["relation_occasion_preps"]),
            response_verbs=frozenset(rules["relation_response_verbs"]),
            companions=frozenset(rules["role_companion_verbs"]),
            businesses=frozenset(rules["relation_businesses"]),
            travel_verbs=frozenset(rules["relation_travel_verbs"]),
            state_words=frozenset(rules["role_state_words"]),
            state_bodies=frozenset(rules["relation_state_bodies"]), legislatures=frozenset(rules["relation_legislatures"]),
            gathering_verbs=frozenset(rules["relation_gathering_verbs"]), lemmas=dict(rules["relation_lemmas"]),
            carrying_verbs=frozenset(rules["relation_carrying_verbs"]), requests=frozenset(rules["relation_requests"]),
            undergoing_verbs=frozenset(rules["relation_undergoing_verbs"]),
            warning_verbs=frozenset(rules["relation_warning_verbs"]),
            ruler_titles=frozenset(rules["role_ruler_titles"]),
            forces=frozenset(rules["role_forces"]), parts=frozenset(rules["role_parts"]),
            lead_verbs=dict(rules["role_lead_verbs"]), institution_titles=dict(rules["role_institution_titles"]),
            led_groups=dict(rules["role_led_groups"]))
    return rules.derived["relations"]


def _compile_type(rules: Rules, name: str, raw: dict[str, Any]) -> RelationRule:
    if not raw.get("source") or not raw.get("target") or not (
            raw.get("verbs") or raw.get("nouns") or raw.get("titles")):
        raise RulesError(rules.files[-1] if rules.files else "rules", f"relation_types.{name}",
                         "a relation type needs source, target, and verbs, nouns or titles to be found by")
    return RelationRule(
        name=name, description=raw.get("description", ""), source=frozenset(raw["source"]),
        target=frozenset(raw["target"]), symmetric=raw.get("symmetric", False),
        verbs=dict(raw.get("verbs", {})), nouns=frozenset(raw.get("nouns", [])),
        agent_nouns=frozenset(raw.get("agent_nouns", [])), home_themes=frozenset(raw.get("home_themes", [])),
        carried_themes=frozenset(raw.get("carried_themes", [])),
        theme=frozenset(raw.get("theme", [])), theme_located=raw.get("theme_located", False),
        home_source=raw.get("home_source", False),
        place_country=raw.get("place_country", False), place_unless=frozenset(raw.get("place_unless", [])),
        target_preps=tuple(raw.get("target_preps", [])), source_preps=tuple(raw.get("source_preps", [])),
        titles=frozenset(raw.get("titles", [])), attributes=tuple(raw.get("attributes", [])),
        instruments=frozenset(raw.get("instruments", [])), instrument_verbs=frozenset(raw.get("instrument_verbs", [])),
        measure_verbs=frozenset(raw.get("measure_verbs", [])),
        equipment=frozenset(raw.get("equipment", [])), equipment_verbs=frozenset(raw.get("equipment_verbs", [])),
        effects=frozenset(raw.get("effects", [])))


def active() -> RelationRules:
    """The relation rules extraction reads now (kg.lexicon's active rule files)."""
    from kg import lexicon   # lexicon reads the rule files on import: not at this module's import
    return compile_rules(lexicon.ACTIVE)
