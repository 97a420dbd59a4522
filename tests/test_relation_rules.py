"""The relations section of a rules file: kg's own types, a user's additions, and bad input."""
import json

import pytest

from kg import relation_rules
from kg.relation_rules import RuleError
from kg.schema import RELATION_TYPES


def _write(tmp_path, section):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"relations": section}), encoding="utf-8")
    return path


RECRUITED = {"source": ["Country", "Organization"], "target": ["Country", "Place"],
             "theme": ["fighters", "recruits", "volunteers"], "target_preps": ["in", "from"],
             "verbs": {"recruit": "transfer", "enlist": "transfer"}, "nouns": ["recruitment"]}


def test_every_built_in_type_is_defined_by_the_data():
    assert set(relation_rules.default().types) == set(RELATION_TYPES)


def test_a_user_type_is_added_and_the_built_in_ones_stay(tmp_path):
    rules = relation_rules.load([_write(tmp_path, {"types": {"RECRUITED": RECRUITED},
                                                   "light_verbs": ["organise"]})])
    assert rules.types["RECRUITED"].verbs == {"recruit": "transfer", "enlist": "transfer"}
    assert "DEPLOYED_TO" in rules.types
    assert "organise" in rules.light_verbs and "launch" in rules.light_verbs


@pytest.mark.parametrize("name", ["DEPLOYED_TO]->() DETACH DELETE n //", "recruited", "A-B", "_X", "X__Y", ""])
def test_a_type_name_that_could_carry_cypher_is_refused(tmp_path, name):
    with pytest.raises(RuleError, match="upper snake case"):
        relation_rules.load([_write(tmp_path, {"types": {name: RECRUITED}})])


@pytest.mark.parametrize("change, message", [
    ({"source": ["Planet"]}, "source: must be a non-empty list"),
    ({"verbs": {"recruit": "hire"}}, "verbs: must map verb lemmas"),
    ({"attributes": ["colour"]}, "attributes: must be a list"),
    ({"trigers": ["x"]}, "unknown field trigers"),
    ({"verbs": {}, "nouns": []}, "needs verbs, nouns or titles"),
])
def test_a_bad_type_gets_one_line_naming_the_place(tmp_path, change, message):
    with pytest.raises(RuleError, match=message) as info:
        relation_rules.load([_write(tmp_path, {"types": {"RECRUITED": {**RECRUITED, **change}}})])
    assert "relations.types.RECRUITED" in str(info.value) and "\n" not in str(info.value)


def test_unreadable_or_broken_files_are_refused(tmp_path):
    with pytest.raises(RuleError, match="cannot read"):
        relation_rules.load([tmp_path / "missing.json"])
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(RuleError, match="not valid JSON"):
        relation_rules.load([bad])
