"""The built-in sections of kg's rule files and the checks of their items.

The helpers (``word``, ``fields``, ``one_of``, ``text``, ``texts``, ``token_pattern``,
``dependency_pattern``) are for any module that registers a section of its own.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kg.rules import Check, RuleProblem, Section, register
from kg.schema import STATEMENT_KINDS

FieldCheck = Callable[[str, Any], Any]   # (field name, value) -> value to keep


def _type_name(value: Any) -> str:
    return {str: "text", list: "a list", dict: "a table", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def word(_key: str, value: Any) -> str:
    """One lower-case word: kg compares these with a token's lower-case form or lemma."""
    if not isinstance(value, str) or not value.strip():
        raise RuleProblem(f"expected a word, got {_type_name(value)} {value!r}")
    if value != value.lower() or len(value.split()) != 1:
        raise RuleProblem(f"{value!r}: one lower-case word (kg matches words one token at a time, lower-cased)")
    return value


def text(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleProblem(f"{name}: expected text, got {_type_name(value)} {value!r}")
    return value


def texts(name: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        raise RuleProblem(f"{name}: expected a list of texts, got {_type_name(value)}")
    return [text(name, v) for v in value]


def one_of(choices: Sequence[str], what: str) -> FieldCheck:
    def check(_name: str, value: Any) -> str:
        if value not in choices:
            raise RuleProblem(f"unknown {what} {value!r} ({what}s: {', '.join(choices)})")
        return value
    return check


def fields(required: Sequence[str] = (), **spec: FieldCheck) -> Check:
    """A table entry with the named fields only, each checked by its own check."""
    def check(_key: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise RuleProblem(f"expected a table with fields {', '.join(spec)}; got {_type_name(value)}")
        for name in value:
            if name not in spec:
                raise RuleProblem(f"unknown field {name!r} (fields: {', '.join(spec)})")
        for name in required:
            if name not in value:
                raise RuleProblem(f"missing field {name!r}")
        if not value:
            raise RuleProblem(f"an entry needs at least one of the fields {', '.join(spec)}")
        return {name: spec[name](name, v) for name, v in value.items()}
    return check


def token_pattern(name: str, value: Any) -> Any:
    """A spaCy Matcher token pattern (a list of token dicts) or a phrase (text)."""
    if isinstance(value, str):
        return text(name, value)
    from spacy.schemas import validate_token_pattern   # spaCy only when a file has patterns
    errors = validate_token_pattern(value)
    if errors:
        raise RuleProblem(f"bad pattern: {errors[0]}")
    return value


def dependency_pattern(name: str, value: Any) -> list[dict]:
    """A spaCy DependencyMatcher pattern: a list of nodes (RIGHT_ID, RIGHT_ATTRS, and LEFT_ID and
    REL_OP after the first), as the rules that read the parse can use."""
    if not isinstance(value, list) or not value or not all(isinstance(node, dict) for node in value):
        raise RuleProblem(f"{name}: expected a dependency pattern (a list of nodes), got {_type_name(value)}")
    from spacy.matcher import DependencyMatcher
    from spacy.schemas import validate_token_pattern
    from spacy.vocab import Vocab
    for i, node in enumerate(value):
        errors = validate_token_pattern([node.get("RIGHT_ATTRS", {})])
        if errors:
            raise RuleProblem(f"bad pattern: node {i}: {errors[0]}")
    try:
        DependencyMatcher(Vocab()).add("check", [value])
    except (ValueError, KeyError) as exc:
        raise RuleProblem(f"bad pattern: {str(exc).splitlines()[0]}") from None
    return value


def _lemma(check: Check) -> Check:
    def keyed(key: str, value: Any) -> Any:
        word("", key)
        return check(key, value)
    return keyed


def _regex(check: Check) -> Check:
    def keyed(key: str, value: Any) -> Any:
        import re
        try:
            re.compile(key)
        except re.error as exc:
            raise RuleProblem(f"{key!r}: not a regular expression ({exc})") from None
        return check(key, value)
    return keyed


def _country_code(check: Check) -> Check:
    def keyed(key: str, value: Any) -> Any:
        if len(key) != 2 or not key.isalpha() or not key.isupper():
            raise RuleProblem(f"{key!r}: a country is named by its ISO 3166 alpha-2 code (\"KP\")")
        return check(key, value)
    return keyed


def _text_table(key: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise RuleProblem(f"{key}: expected a table of descriptions to names, got {_type_name(value)}")
    return {text(key, k): text(k, v) for k, v in value.items()}


def _country_codes(_key: str, value: Any) -> list[str]:
    codes = texts("codes", value)
    bad = [c for c in codes if len(c) != 2 or not c.isalpha() or not c.isupper()]
    if bad or len(codes) < 2:
        raise RuleProblem(f"expected two or more ISO 3166 alpha-2 codes (\"CD\"), got {value!r}")
    return codes


# The NER labels kg's entity rules read (kg.entities).
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
POLARITIES = ("positive", "negative")
VERB_OBJECTS = ("clause", "noun phrase")

WORD_LISTS = {
    "titles": "words of a person's title or role",
    "portfolio_words": "words of a minister's portfolio named after \"for\" or \"of\" (\"Minister for *Workplace Relations*\")",
    "institution_heads": "heads of a country's institutions (\"ministry\")",
    "generic_institution_heads": "heads of institutions every country has, named by their field alone (\"Ministry of Foreign Affairs\")",
    "capitalised_institution_heads": "institutions that count only when capitalised (\"Navy\")",
    "legislature_heads": "names of a legislature a description may use for one another (\"parliament\", \"Knesset\")",
    "name_particles": "particles inside a person's name (\"von\")",
    "outlet_descriptions": "words that describe an outlet (\"news\" agency)",
    "speaker_nouns": "nouns of someone speaking for an organisation (\"spokesperson\")",
    "anonymous_nouns": "unnamed speakers (\"official\")",
    "spokesperson_nouns": "spokespeople, who with no body named speak for the organisation just spoken of",
    "group_nouns": "groups that titles name a member of but that are no one person (\"the opposition said\")",
    "personal_pronouns": "pronouns pointing back to the last person who spoke",
    "masculine_words": "words that show a person to be a man (\"Mr\", \"spokesman\", \"he\")",
    "possessive_pronouns": "possessives that point back to the last person who spoke (\"her ministry\")",
    "feminine_words": "words that show a person to be a woman (\"Ms\", \"spokeswoman\", \"she\")",
    "first_person": "first-person subjects",
    "region_words": "words naming a region around a place (\"oblast\")",
    "shared_region_words": "plural region words after several place names (\"provinces\")",
    "area_kinds": "kinds of area a place is named with or without, one place either way (\"strip\")",
    "described_features": "features a nationality before only describes, in lower case (\"the Turkish coast\")",
    "generic_place_words": "words a region's name is not made of alone (\"northern\")",
    "features_named_alone": "kinds of feature named with or without the word, one place (\"river\")",
    "geographic_features": "kinds of geographic feature (\"peninsula\")",
    "settlement_words": "kinds of settlement or division written after its name (\"Batken town\")",
    "place_nouns": "common nouns that name a place or part of one (\"outskirts\")",
    "hypothetical_auxiliaries": "auxiliaries under which a verb of saying is not (yet) said (\"would\")",
    "conditional_marks": "subordinators that make an act of saying conditional (\"if\")",
    "carrying_governors": "verbs whose infinitive still reports a statement made (\"went on to say\")",
    "addressee_verbs": "verbs of saying whose object is the addressee (\"told reporters\")",
    "clock_nouns": "nouns of the clock a day is told in (\"said on Tuesday local *time* that\")",
    "occasion_nouns": "occasions of speaking that close what was said (\"at a press *conference*\")",
    "occasion_verbs": "acts that make an occasion of speaking, their day the statement's (\"who *met* X on Thursday, said\")",
    "telling_participles": "participles of telling that add a second statement after a verb of another kind (\"*telling* reporters that\")",
    "spokesperson_compounds": "words that make the role they are compounded with a spokesperson's (\"*press* secretary\")",
    "occasion_events": "gatherings told with their day and named back later (\"said after the *meeting*\")",
    "content_prepositions": "prepositions that introduce what was said (\"warned of\")",
    "call_verbs": "verbs whose subject makes a call (\"renewed his call for\")",
    "adding_verbs": "participles that add a second statement (\"adding that\")",
    "source_participles": "participles naming whom a report relies on (\"citing\")",
    "organization_descriptions": "descriptions that point back to an organisation (\"the company\")",
    "business_descriptions": "descriptions of a business, never of a public body (\"the company\")",
    "institution_descriptions": "descriptions that point back only to an institution named so (\"police\")",
    "outlet_back_references": "descriptions that point back to a news outlet (\"the newspaper\")",
    "country_descriptions": "descriptions that point back to a country (\"the government\")",
    "person_descriptions": "descriptions that point back to a person (\"the coach\")",
    "naming_participles": "participles that name the noun they follow (\"known\" as)",
    "document_nouns": "documents that speak for their author (\"a report by X said\")",
    "simultaneous_marks": "subordinators of a clause at the same time as its head (\"as police gathered\")",
    "before_marks": "prepositions that set a statement before an event (\"ahead of Sunday's match\")",
    "concessive_marks": "subordinators of a concession in the speaker's own words (\"though he acknowledged\")",
    "relaying_nouns": "a speaker's own office or spokesperson, relaying what the speaker said (\"his ministry said\")",
    "country_missions": "a country's missions abroad, which speak as the country (\"Japan's embassy said\")",
    "personal_offices": "a person's office, which speaks as the person (\"the president's office said\")",
    "proceeding_nouns": "proceedings whose dismissal is an act, not a denial (\"dismissed an appeal\")",
    "outlet_name_words": "last words of a news outlet's name (\"The Jakarta *Post*\")",
    "organization_heads": "last words of organisations' names (\"Authority\"; with legislature_heads)",
    "organization_nouns": "nouns that make a name beside them an organisation (\"team\")",
    "public_body_heads": "last words of a state's bodies' names, interchangeable in descriptions (\"agency\")",
    "party_standings": "words before a party's name that say where it stands (\"ruling\")",
    "company_participles": "last words of a hyphened adjective only a company takes (\"state-*owned*\")",
    "organization_officers": "what an organisation has and a person does not (\"X's board\")",
    "person_nouns": "nouns that make a name beside them a person (\"teacher\")",
    "part_of_place_words": "words for a part of a place between a preposition and its name (\"in central Santiago\")",
    "locative_prepositions": "prepositions after which a city is a place (\"in\")",
    "travel_words": "words of travel after which \"to\" names a place reached (\"trip\")",
    "origin_words": "words after which \"from\" names where someone is (\"a message from London\")",
    "facility_heads": "last words of built places' names (\"Stadium\")",
    "facility_openers": "first words of built places' names in other languages (\"Stadio\")",
    "government_nouns": "nouns after which a capital stands for its government (\"officials\")",
    "event_words": "words naming a competition or event (\"Cup\")",
    "sport_words": "sports, whose name before a country's names its governing body (\"Cricket\")",
    "professional_nouns": "professionals whose workplace \"at\" names (\"analysts at X\")",
    "law_words": "last words of the names of laws and treaties, which are no entity (\"Act\")",
    "company_prefixes": "legal forms written before a company's name (\"PT\", \"PJSC\")",
    "player_roles": "what a player or coach is, after which a city names the club (\"the Barcelona midfielder\")",
    "match_verbs": "verbs whose object is the other side of a match (\"hosts Benfica\")",
    "match_prepositions": "prepositions before the other side of a match (\"against Porto\")",
    "club_affixes": "abbreviations before or after a sports club's name (\"FC\" Barcelona)",
    "club_words": "last words of clubs' names after a city's (\"Manchester *City*\")",
    "sports_context": "words that show an article is about sport (\"league\")",
    "benchmark_words": "words after a name that make it a commodity's benchmark, no entity (\"Brent crude\")",
    "time_zones": "time zones after a clock time, no organisations (\"GMT\")",
    "ownership_nouns": "words of ownership after which \"in\"/\"of\" names a company (\"shares in X\")",
    "product_nouns": "kinds of product: a name right after one is a product's, no entity (\"the drug X\")",
    "corporate_suffixes": "legal forms written after a company's name (\"Corp\", \"Plc\"): the name without one is the company's",
    "machine_nouns": "machines: a name right before one is its model's, no entity (\"the X rocket\")",
}

for _name, _about in WORD_LISTS.items():
    register(Section(_name, "list", word, _about))

register(Section("verbs", "table", _lemma(fields(
    kind=one_of(STATEMENT_KINDS, "kind"),
    polarity=one_of(POLARITIES, "polarity"),
    object=one_of(VERB_OBJECTS, "object"),
    preposition=word,
)), "verbs of attribution by lemma: kind, polarity, object, preposition"))
register(Section("region_kinds", "list", text,
                 "kinds of first-level division whose names are known as regions (\"union territory\")"))
register(Section("armed_services", "list", text,
                 "a country's armed services, one body each even in lower case (\"the Turkish navy\")"))
register(Section("occasion_names", "table", _lemma(lambda key, value: [word(key, v) for v in texts(key, value)]),
                 "occasion verbs, to the gatherings they name back (meet: meeting, talk)"))
register(Section("speaking_services", "list", text,
                 "a country's services that speak as one body (\"Ukraine's air force said\": the service)"))
register(Section("outlets", "table", fields(aliases=texts), "news outlets by name: aliases"))
register(Section("outlet_phrases", "table", _lemma(lambda key, value: [word(key, v) for v in texts(key, value)]),
                 "heads of two-word outlet descriptions, to the words before them (agency: news)"))
register(Section("organizations", "table", fields(aliases=texts), "organisations by name: aliases"))
register(Section("companies", "table", fields(aliases=texts),
                 "companies by name: aliases (the article's own name is kept)"))
register(Section("clubs", "table", fields(aliases=texts),
                 "sports clubs by name: aliases (the short forms read only in an article about sport)"))
register(Section("grounds", "table", fields(aliases=texts), "sports grounds by name: aliases (places)"))
register(Section("name_acronyms", "table", text, "acronyms written inside names, and their expansion"))
register(Section("transliterations", "table", _regex(text),
                 "spellings of one sound in transliterated names: regular expression -> replacement"))
register(Section("organization_seats", "table", text,
                 "cities that, as actors, stand for the international organisation seated there"))
register(Section("countries", "table", _country_code(fields(names=texts, canonical=text, demonyms=texts)),
                 "countries by ISO code: names, canonical, demonyms"))
register(Section("institution_names", "table", _country_code(lambda key, value: _text_table(key, value)),
                 "a country's institutions by what news calls them: ISO code -> description -> name"))
register(Section("shared_country_names", "table", _country_codes,
                 "names several countries bear, to the ISO codes they may mean, the one meant alone first"))
register(Section("entity_patterns", "list", fields(
    ("label", "pattern"), label=one_of(ENTITY_LABELS, "label"), pattern=token_pattern, id=text,
), "spaCy entity ruler patterns: label, pattern, id"))
