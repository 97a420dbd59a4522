"""The relation sections of the rule files: kg's own types, a user's additions, and bad input."""
import json

import pytest

from kg import rules
from kg.relation_rules import compile_rules
from kg.rules import RulesError
from kg.schema import RELATION_TYPES

RECRUITED = {"source": ["Country", "Organization"], "target": ["Country", "Place"],
             "theme": ["fighters", "recruits", "volunteers"], "target_preps": ["in", "from"],
             "verbs": {"recruit": "transfer", "enlist": "transfer"}, "nouns": ["recruitment"]}


def _rules(tmp_path, **sections):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(sections), encoding="utf-8")
    return compile_rules(rules.load([path]))


def test_every_built_in_type_is_defined_by_the_data():
    assert set(compile_rules(rules.builtin()).types) == set(RELATION_TYPES)


def test_a_user_type_is_added_and_the_built_in_ones_stay(tmp_path):
    mine = _rules(tmp_path, relation_types={"RECRUITED": RECRUITED}, light_verbs=["organise"])
    assert mine.types["RECRUITED"].verbs == {"recruit": "transfer", "enlist": "transfer"}
    assert "DEPLOYED_TO" in mine.types
    assert {"organise", "launch"} <= mine.light_verbs


def test_a_user_file_adds_words_to_a_built_in_type(tmp_path):
    mine = _rules(tmp_path, relation_types={"ATTACKED": {"verbs": {"torpedo": "direct"}, "nouns": ["sortie"]}})
    attacked = mine.types["ATTACKED"]
    assert "torpedo" in attacked.verbs and {"sortie", "invasion"} <= attacked.nouns


def test_toml_rules_files_work_the_same(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[relation_types.RECRUITED]\nsource = ["Country"]\ntarget = ["Place"]\n'
                    'verbs = {recruit = "transfer"}\n', encoding="utf-8")
    assert compile_rules(rules.load([path])).types["RECRUITED"].target == {"Place"}


@pytest.mark.parametrize("name", ["DEPLOYED_TO]->() DETACH DELETE n //", "recruited", "A-B", "_X", "X__Y"])
def test_a_type_name_that_could_carry_cypher_is_refused(tmp_path, name):
    with pytest.raises(RulesError, match="upper snake case"):
        _rules(tmp_path, relation_types={name: RECRUITED})


@pytest.mark.parametrize("change, message", [
    ({"source": ["Planet"]}, "source: expected a non-empty list"),
    ({"verbs": {"recruit": "hire"}}, "verbs: expected lower-case verb lemmas"),
    ({"attributes": ["colour"]}, "attributes: expected a list"),
    ({"trigers": ["x"]}, "unknown field 'trigers'"),
    ({"nouns": ["Two Words"]}, "one lower-case word"),
])
def test_a_bad_type_gets_one_line_naming_the_file_and_entry(tmp_path, change, message):
    with pytest.raises(RulesError, match=message) as info:
        _rules(tmp_path, relation_types={"RECRUITED": {**RECRUITED, **change}})
    assert "mine.json: relation_types.RECRUITED" in str(info.value) and "\n" not in str(info.value)


def test_a_new_type_without_arguments_or_triggers_is_refused(tmp_path):
    with pytest.raises(RulesError, match="needs source, target, and verbs, nouns or titles"):
        _rules(tmp_path, relation_types={"RECRUITED": {"source": ["Country"], "target": ["Place"]}})
