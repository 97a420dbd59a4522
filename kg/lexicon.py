"""General knowledge about news English, read from kg's rule files (kg/rules/*.toml).

The names below are what extraction code reads (``lexicon.VERB_KINDS``, ``lexicon.TITLE_WORDS``,
...). They hold the *active* rules: the built-in files, or the built-in files with a user's
files merged over them once a pipeline built with those files runs (its components call
``use(rules)`` before they read a document, so two pipelines with different rules in one
process, or in worker processes, each see their own).
"""
from __future__ import annotations

import re
from typing import Any

from kg import rules as rule_files

TITLE_WORDS: frozenset[str]
PORTFOLIO_WORDS: frozenset[str]
INSTITUTION_HEADS: frozenset[str]
GENERIC_INSTITUTION_HEADS: frozenset[str]
CAPITALISED_INSTITUTION_HEADS: frozenset[str]
NAME_PARTICLES: frozenset[str]
OUTLET_DESCRIPTIONS: frozenset[str]
NEWS_OUTLETS: dict[str, list[str]]
KNOWN_ORGANIZATIONS: dict[str, str]
ORGANIZATION_ACRONYMS: frozenset[str]
NAME_ACRONYMS: dict[str, str]
TRANSLITERATIONS: tuple[tuple[str, str], ...]
ORGANIZATION_SEATS: dict[str, str]
COUNTRY_VARIANTS: dict[str, list[str]]
COUNTRY_CANONICAL: dict[str, str]
SHARED_COUNTRY_NAMES: dict[str, tuple[str, ...]]
INSTITUTION_NAMES: dict[tuple[str, str], str]
KNOWN_NAMES_BY_FIRST_WORD: dict[str, tuple[str, ...]]
KNOWN_NAME_FIRST_WORDS: frozenset[str]
CLUB_NAMES_BY_FIRST_WORD: dict[str, tuple[str, ...]]
CLUB_FIRST_WORDS: frozenset[str]
GROUND_NAMES_BY_FIRST_WORD: dict[str, tuple[str, ...]]
GROUND_FIRST_WORDS: frozenset[str]
DEMONYMS: dict[str, list[str]]
REGION_WORDS: frozenset[str]
SHARED_REGION_WORDS: frozenset[str]
AREA_KINDS: frozenset[str]
DESCRIBED_FEATURES: frozenset[str]
ARMED_SERVICES: frozenset[str]
SPEAKING_SERVICES: frozenset[str]
LEGISLATURE_HEADS: frozenset[str]
GENERIC_PLACE_WORDS: frozenset[str]
FACILITY_OPENERS: frozenset[str]
ORGANIZATION_OFFICERS: frozenset[str]
PUBLIC_BODY_HEADS: frozenset[str]
FEATURES_NAMED_ALONE: frozenset[str]
PARTY_STANDINGS: frozenset[str]
COMPANY_PARTICIPLES: frozenset[str]
REGION_KINDS: frozenset[str]
GEOGRAPHIC_FEATURES: frozenset[str]
SETTLEMENT_WORDS: frozenset[str]
PLACE_NOUNS: frozenset[str]
VERB_KINDS: dict[str, str]
VERB_PREPOSITIONS: dict[str, str]
NP_SAYING_VERBS: frozenset[str]
NEGATING_GOVERNORS: frozenset[str]
SPEAKER_NOUNS: frozenset[str]
ANONYMOUS_NOUNS: frozenset[str]
SPOKESPERSON_NOUNS: frozenset[str]
SPOKESPERSON_COMPOUNDS: frozenset[str]
TELLING_PARTICIPLES: frozenset[str]
GROUP_NOUNS: frozenset[str]
PERSONAL_PRONOUNS: frozenset[str]
POSSESSIVE_PRONOUNS: frozenset[str]
MASCULINE_WORDS: frozenset[str]
FEMININE_WORDS: frozenset[str]
ROLE_COUNTERPARTS: frozenset[str]
FIRST_PERSON: frozenset[str]
HYPOTHETICAL_AUXILIARIES: frozenset[str]
CONDITIONAL_MARKS: frozenset[str]
CARRYING_GOVERNORS: frozenset[str]
ADDRESSEE_VERBS: frozenset[str]
CLOCK_NOUNS: frozenset[str]
OCCASION_NOUNS: frozenset[str]
OCCASION_VERBS: frozenset[str]
OCCASION_EVENTS: frozenset[str]
OCCASION_NAMES: dict[str, frozenset[str]]
CONTENT_PREPOSITIONS: frozenset[str]
ADDING_VERBS: frozenset[str]
CALL_VERBS: frozenset[str]
SOURCE_PARTICIPLES: frozenset[str]
CLAUSE_ONLY_VERBS: frozenset[str]
DESCRIBES_ORGANIZATION: frozenset[str]
DESCRIBES_BUSINESS: frozenset[str]
DESCRIBES_OUTLET: frozenset[str]
OUTLET_PHRASES: dict[str, frozenset[str]]
DESCRIBES_INSTITUTION: frozenset[str]
DESCRIBES_COUNTRY: frozenset[str]
DESCRIBES_PERSON: frozenset[str]
DOCUMENT_NOUNS: frozenset[str]
COUNTRY_MISSIONS: frozenset[str]
RELAYING_NOUNS: frozenset[str]
SIMULTANEOUS_MARKS: frozenset[str]
BEFORE_MARKS: frozenset[str]
CONCESSIVE_MARKS: frozenset[str]
PERSONAL_OFFICES: frozenset[str]
PROCEEDING_NOUNS: frozenset[str]
NAMING_PARTICIPLES: frozenset[str]
OUTLET_NAME_WORDS: frozenset[str]
ORG_HEADS: frozenset[str]
ORGANIZATION_NOUNS: frozenset[str]
PERSON_NOUNS: frozenset[str]
LOCATIVE_PREPOSITIONS: frozenset[str]
TRAVEL_WORDS: frozenset[str]
FACILITY_HEADS: frozenset[str]
GOVERNMENT_NOUNS: frozenset[str]
EVENT_WORDS: frozenset[str]
SPORT_WORDS: frozenset[str]
PROFESSIONAL_NOUNS: frozenset[str]
LAW_WORDS: frozenset[str]
COMPANY_PREFIXES: frozenset[str]
PLAYER_ROLES: frozenset[str]
MATCH_VERBS: frozenset[str]
MATCH_PREPOSITIONS: frozenset[str]
OWNERSHIP_NOUNS: frozenset[str]
PRODUCT_NOUNS: frozenset[str]
PART_OF_PLACE_WORDS: frozenset[str]
MACHINE_NOUNS: frozenset[str]
CORPORATE_SUFFIXES: frozenset[str]
ORIGIN_WORDS: frozenset[str]
CLUB_AFFIXES: frozenset[str]
BENCHMARK_WORDS: frozenset[str]
TIME_ZONES: frozenset[str]
CLUB_WORDS: frozenset[str]
SPORTS_CONTEXT: frozenset[str]

# Word-list sections and the names they are read under.
_WORDS = {
    "TITLE_WORDS": "titles", "PORTFOLIO_WORDS": "portfolio_words", "INSTITUTION_HEADS": "institution_heads", "GENERIC_INSTITUTION_HEADS": "generic_institution_heads",
    "CAPITALISED_INSTITUTION_HEADS": "capitalised_institution_heads", "NAME_PARTICLES": "name_particles",
    "OUTLET_DESCRIPTIONS": "outlet_descriptions", "REGION_WORDS": "region_words",
    "SHARED_REGION_WORDS": "shared_region_words", "AREA_KINDS": "area_kinds", "DESCRIBED_FEATURES": "described_features", "LEGISLATURE_HEADS": "legislature_heads", "ARMED_SERVICES": "armed_services", "SPEAKING_SERVICES": "speaking_services",
    "GENERIC_PLACE_WORDS": "generic_place_words", "REGION_KINDS": "region_kinds",
    "GEOGRAPHIC_FEATURES": "geographic_features", "SETTLEMENT_WORDS": "settlement_words", "SPEAKER_NOUNS": "speaker_nouns",
    "ANONYMOUS_NOUNS": "anonymous_nouns", "SPOKESPERSON_NOUNS": "spokesperson_nouns", "SPOKESPERSON_COMPOUNDS": "spokesperson_compounds", "TELLING_PARTICIPLES": "telling_participles", "GROUP_NOUNS": "group_nouns", "PERSONAL_PRONOUNS": "personal_pronouns", "POSSESSIVE_PRONOUNS": "possessive_pronouns",
    "MASCULINE_WORDS": "masculine_words", "FEMININE_WORDS": "feminine_words",
    "ROLE_COUNTERPARTS": "role_counterparts",
    "FIRST_PERSON": "first_person", "HYPOTHETICAL_AUXILIARIES": "hypothetical_auxiliaries",
    "CONDITIONAL_MARKS": "conditional_marks", "CARRYING_GOVERNORS": "carrying_governors",
    "ADDRESSEE_VERBS": "addressee_verbs", "CLOCK_NOUNS": "clock_nouns", "OCCASION_NOUNS": "occasion_nouns", "OCCASION_VERBS": "occasion_verbs", "OCCASION_EVENTS": "occasion_events",
    "CONTENT_PREPOSITIONS": "content_prepositions",
    "ADDING_VERBS": "adding_verbs", "CALL_VERBS": "call_verbs", "SOURCE_PARTICIPLES": "source_participles",
    "DESCRIBES_ORGANIZATION": "organization_descriptions", "DESCRIBES_BUSINESS": "business_descriptions",
    "DESCRIBES_INSTITUTION": "institution_descriptions", "DESCRIBES_OUTLET": "outlet_back_references",
    "DESCRIBES_COUNTRY": "country_descriptions", "DESCRIBES_PERSON": "person_descriptions",
    "DOCUMENT_NOUNS": "document_nouns", "NAMING_PARTICIPLES": "naming_participles",
    "COUNTRY_MISSIONS": "country_missions", "PERSONAL_OFFICES": "personal_offices",
    "RELAYING_NOUNS": "relaying_nouns", "SIMULTANEOUS_MARKS": "simultaneous_marks", "BEFORE_MARKS": "before_marks",
    "CONCESSIVE_MARKS": "concessive_marks",
    "PROCEEDING_NOUNS": "proceeding_nouns",
    "OUTLET_NAME_WORDS": "outlet_name_words",
    "ORG_HEADS": "organization_heads", "ORGANIZATION_NOUNS": "organization_nouns", "ORGANIZATION_OFFICERS": "organization_officers",
    "PUBLIC_BODY_HEADS": "public_body_heads", "FEATURES_NAMED_ALONE": "features_named_alone",
    "PARTY_STANDINGS": "party_standings", "COMPANY_PARTICIPLES": "company_participles", "PERSON_NOUNS": "person_nouns",
    "LOCATIVE_PREPOSITIONS": "locative_prepositions", "PART_OF_PLACE_WORDS": "part_of_place_words", "TRAVEL_WORDS": "travel_words",
    "FACILITY_HEADS": "facility_heads", "FACILITY_OPENERS": "facility_openers", "GOVERNMENT_NOUNS": "government_nouns", "EVENT_WORDS": "event_words",
    "SPORT_WORDS": "sport_words", "PROFESSIONAL_NOUNS": "professional_nouns",
    "LAW_WORDS": "law_words", "COMPANY_PREFIXES": "company_prefixes", "PLAYER_ROLES": "player_roles", "MATCH_VERBS": "match_verbs", "MATCH_PREPOSITIONS": "match_prepositions",
    "OWNERSHIP_NOUNS": "ownership_nouns", "PRODUCT_NOUNS": "product_nouns", "MACHINE_NOUNS": "machine_nouns", "CORPORATE_SUFFIXES": "corporate_suffixes",
    "ORIGIN_WORDS": "origin_words", "CLUB_AFFIXES": "club_affixes", "BENCHMARK_WORDS": "benchmark_words",
    "TIME_ZONES": "time_zones", "CLUB_WORDS": "club_words", "SPORTS_CONTEXT": "sports_context",
}

ACTIVE: rule_files.Rules


def names(rules: rule_files.Rules) -> dict[str, Any]:
    """The lexicon's names computed from one set of rules (computed once per Rules)."""
    if "lexicon" not in rules.derived:
        out: dict[str, Any] = {name: frozenset(rules[section]) for name, section in _WORDS.items()}
        out["PLACE_NOUNS"] = frozenset(rules["place_nouns"]) | out["REGION_WORDS"] | out["GEOGRAPHIC_FEATURES"]
        out["ORG_HEADS"] = out["ORG_HEADS"] | out["LEGISLATURE_HEADS"]   # a legislature's name is an organisation's
        verbs = rules["verbs"]
        out["VERB_KINDS"] = {lemma: v["kind"] for lemma, v in verbs.items() if "kind" in v}
        out["NP_SAYING_VERBS"] = frozenset(lemma for lemma, v in verbs.items() if v.get("object") == "noun phrase")
        out["CLAUSE_ONLY_VERBS"] = frozenset(lemma for lemma, v in verbs.items() if v.get("object") == "clause")
        out["VERB_PREPOSITIONS"] = {lemma: v["preposition"] for lemma, v in verbs.items() if "preposition" in v}
        out["NEGATING_GOVERNORS"] = frozenset(lemma for lemma, v in verbs.items()
                                              if v.get("polarity") == "negative")
        out["OCCASION_NAMES"] = {verb: frozenset(nouns) for verb, nouns in rules["occasion_names"].items()}
        out["OUTLET_PHRASES"] = {head: frozenset(words) for head, words in rules["outlet_phrases"].items()}
        out["NEWS_OUTLETS"] = {name: list(v.get("aliases", [])) for name, v in rules["outlets"].items()}
        known: dict[str, str] = {}
        for name, v in (item for section in ("organizations", "companies") for item in rules[section].items()):
            for alias in v.get("aliases", []):
                known.setdefault(alias, name)   # (an alias two share: the first listed)
        out["KNOWN_ORGANIZATIONS"] = known
        # the aliases written in capitals ("WHO", "IMF"), lower-cased as kg.token_index looks them up
        out["ORGANIZATION_ACRONYMS"] = frozenset(a.lower() for a in out["KNOWN_ORGANIZATIONS"]
                                                 if a.isupper() and len(a) > 1)
        out["NAME_ACRONYMS"] = dict(rules["name_acronyms"])
        out["TRANSLITERATIONS"] = tuple(rules["transliterations"].items())
        out["ORGANIZATION_SEATS"] = dict(rules["organization_seats"])
        countries = rules["countries"]
        out["COUNTRY_VARIANTS"] = {code: list(c["names"]) for code, c in countries.items() if c.get("names")}
        out["COUNTRY_CANONICAL"] = {code: c["canonical"] for code, c in countries.items() if c.get("canonical")}
        out["SHARED_COUNTRY_NAMES"] = {name.lower(): tuple(codes) for name, codes in rules["shared_country_names"].items()}
        out["DEMONYMS"] = {code: list(c["demonyms"]) for code, c in countries.items() if c.get("demonyms")}
        out["INSTITUTION_NAMES"] = {(code, description.lower()): name for code, table in rules["institution_names"].items()
                                    for description, name in table.items()}
        out["KNOWN_NAMES_BY_FIRST_WORD"] = by_first = _by_first_word(
            [name for section in ("organizations", "companies") for canonical, v in rules[section].items()
             for name in (canonical, *v.get("aliases", []))]
            + list(out["INSTITUTION_NAMES"].values()))
        out["KNOWN_NAME_FIRST_WORDS"] = frozenset(by_first)
        for kind, section in (("CLUB", "clubs"), ("GROUND", "grounds")):
            by_first = _by_first_word([name for canonical, v in rules[section].items()
                                       for name in (canonical, *v.get("aliases", []))])
            out[kind + "_NAMES_BY_FIRST_WORD"], out[kind + "_FIRST_WORDS"] = by_first, frozenset(by_first)
        rules.derived["lexicon"] = out
    return rules.derived["lexicon"]


_FIRST_WORD = re.compile(r"[\w&]+(?:\.[\w&]*)*")


def _by_first_word(names: list[str]) -> dict[str, tuple[str, ...]]:
    """Known organisations' names as written (not acronyms: "WHO" is the pronoun's word too; not
    one short word), by their first word in lower case (as kg.token_index looks words up), the
    longest first: where a name is found in the text that the model missed or cut."""
    out: dict[str, list[str]] = {}
    for name in names:
        first = _FIRST_WORD.match(name)
        if first is None or name.isupper() or (" " not in name and "-" not in name and len(name) < 4):
            continue
        out.setdefault(first.group().lower(), []).append(name)
    return {word: tuple(sorted(set(found), key=len, reverse=True)) for word, found in out.items()}


# Spelling-insensitive lookups (kg.gazetteer.fold of a form -> the canonical name), computed on
# first use: kg.gazetteer, which folds, itself reads this module. An outlet or an organisation is
# found by its name or an alias, however it is cased ("Unicef", "Nato").
_FOLDED = {"OUTLET_NAMES": ("outlets",), "ORGANIZATION_NAMES": ("organizations", "companies"),
           "COMPANY_NAMES": ("companies",), "CLUB_NAMES": ("clubs",), "GROUND_NAMES": ("grounds",)}   # and SHARED_ of each: aliases several share


def _folded(rules: rule_files.Rules) -> dict[str, dict[str, str]]:
    if "folded" not in rules.derived:
        from kg.gazetteer import fold
        tables = {}
        for name, sections in _FOLDED.items():
            table: dict[str, str] = {}
            shared: dict[str, list[str]] = {}
            for canonical, entry in (item for section in sections for item in rules[section].items()):
                table[fold(canonical)] = canonical
                for alias in entry.get("aliases", []):
                    owners = shared.setdefault(fold(alias), [])
                    if canonical not in owners:
                        owners.append(canonical)
                    table[fold(alias)] = owners[0]   # (the first listed, for an alias two share)
            tables[name] = table
            tables["SHARED_" + name] = {alias: tuple(c) for alias, c in shared.items() if len(c) > 1}
        rules.derived["folded"] = tables
    return rules.derived["folded"]


def __getattr__(name: str) -> Any:
    """OUTLET_NAMES and ORGANIZATION_NAMES: fold(name or alias) -> canonical name; SHARED_ORGANIZATION_NAMES
    (and of outlets): fold(alias) -> the canonical names of all that share it, in the rules' order.
    Kept as the module's own names once made (the rules read them thousands of times a document),
    until ``use`` makes other rules the active ones."""
    if name in _FOLDED or name.removeprefix("SHARED_") in _FOLDED:
        globals()[name] = table = _folded(ACTIVE)[name]
        return table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def use(rules: rule_files.Rules) -> None:
    """Make these rules the ones extraction reads."""
    global ACTIVE
    if globals().get("ACTIVE") is rules:
        return
    globals().update(names(rules))
    for name in _FOLDED:
        globals().pop(name, None)   # made again, from these rules, when next read
        globals().pop("SHARED_" + name, None)
    ACTIVE = rules


use(rule_files.builtin())
