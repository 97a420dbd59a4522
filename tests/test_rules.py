"""Rule files: the built-in ones load, a user's file merges over them, bad files are one-line errors."""
from __future__ import annotations

import json

import pytest

from kg import rules
from kg.rules import RulesError


def write(tmp_path, text: str, name: str = "mine.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path) -> str:
    with pytest.raises(RulesError) as info:
        rules.load([path])
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


def test_builtin_rules_hold_every_kind_of_knowledge():
    builtin = rules.builtin()
    assert builtin["verbs"]["deny"] == {"kind": "denied"}
    assert builtin["verbs"]["refuse"] == {"polarity": "negative"}
    assert "secretary" in builtin["titles"]
    assert "AFP" in builtin["outlets"]["Agence France-Presse"]["aliases"]
    assert builtin["countries"]["KP"]["demonyms"] == ["North Korean"]
    # the one built-in entity pattern: a name written with its initial joined ("S.Batbold")
    assert builtin["entity_patterns"] == [{"label": "PERSON", "pattern": [{"SHAPE": "X.Xxxxx"}]}]


def test_a_user_file_adds_a_verb_and_overrides_another(tmp_path):
    path = write(tmp_path, '[verbs]\nrebut = { kind = "denied" }\nadd = { kind = "confirmed" }\n')
    merged = rules.load([path])
    assert merged["verbs"]["rebut"] == {"kind": "denied"}
    assert merged["verbs"]["add"] == {"kind": "confirmed"}
    assert merged["verbs"]["say"] == {"kind": "said"}
    assert rules.builtin()["verbs"]["add"] == {"kind": "said"}     # the built-in rules are untouched
    assert merged.files[-1] == str(path)


def test_lists_in_an_entry_grow_and_word_lists_grow(tmp_path):
    path = write(tmp_path, 'titles = ["ombudsman"]\n[outlets.Reuters]\naliases = ["Thomson Reuters"]\n'
                           '[countries.KP]\nnames = ["the Hermit Kingdom"]\n')
    merged = rules.load([path])
    assert "ombudsman" in merged["titles"] and "president" in merged["titles"]
    assert merged["outlets"]["Reuters"]["aliases"] == ["Thomson Reuters"]
    assert merged["countries"]["KP"]["names"][-1] == "the Hermit Kingdom"
    assert merged["countries"]["KP"]["demonyms"] == ["North Korean"]


def test_json_files_read_like_toml(tmp_path):
    path = write(tmp_path, json.dumps({"version": 1, "verbs": {"rebut": {"kind": "denied"}}}), "mine.json")
    assert rules.load([path])["verbs"]["rebut"] == {"kind": "denied"}


def test_same_files_give_the_same_rules_object(tmp_path):
    path = write(tmp_path, '[verbs]\nrebut = { kind = "denied" }\n')
    assert rules.load([path]) is rules.load([str(path)])
    assert rules.load([]) is rules.builtin()


@pytest.mark.parametrize("text, problem", [
    ('[verbs]\nrebut = { kind = "rebutted" }\n',
     "verbs.rebut: unknown kind 'rebutted' (kinds: said, confirmed, denied"),
    ('[verbs]\nrebut = { kind = "denied", strength = 2 }\n',
     "verbs.rebut: unknown field 'strength' (fields: kind, polarity, object, preposition)"),
    ('[verbs]\nrebut = { polarity = "sideways" }\n', "verbs.rebut: unknown polarity 'sideways'"),
    ('[verbs]\n"Point out" = { kind = "said" }\n', "verbs.Point out: 'Point out': one lower-case word"),
    ('[[entity_patterns]]\nlabel = "ORG"\npattern = [{ LOWR = "hamas" }]\n',
     "entity_patterns[0]: bad pattern: [pattern -> 0 -> LOWR] Extra inputs are not permitted"),
    ('[[entity_patterns]]\nlabel = "TEAM"\npattern = "Hamas"\n', "entity_patterns[0]: unknown label 'TEAM'"),
    ('[[entity_patterns]]\nlabel = "ORG"\n', "entity_patterns[0]: missing field 'pattern'"),
    ('verbz = ["rebut"]\n', "verbz: unknown section (sections: "),
    ('titles = "ombudsman"\n', "titles: expected a list"),
    ('titles = ["Ombudsman"]\n', "titles[0]: 'Ombudsman': one lower-case word"),
    ('[countries.Korea]\nnames = ["Korea"]\n', "countries.Korea: 'Korea': a country is named by its ISO"),
    ('[outlets.Reuters]\naliases = "Thomson Reuters"\n', "outlets.Reuters: aliases: expected a list of texts"),
    ('version = 2\n', "version: unsupported version 2"),
    ('[verbs\nrebut = 1\n', "not valid TOML ("),
])
def test_a_bad_file_is_one_line_naming_file_entry_and_problem(tmp_path, text, problem):
    path = write(tmp_path, text)
    assert problem in error_of(path)


def test_a_missing_file_or_another_format_is_one_line(tmp_path):
    assert "cannot read" in error_of(tmp_path / "absent.toml")
    assert "a rules file is .toml or .json" in error_of(write(tmp_path, "verbs: {}", "mine.yaml"))


def test_a_module_registers_its_own_section_with_its_own_check(tmp_path):
    def check(key, value):
        if value not in ("up", "down"):
            raise rules.RuleProblem(f"expected up or down, got {value!r}")
        return value
    rules.register(rules.Section("test_directions", "table", check, "a test section"))
    try:
        assert rules.load([write(tmp_path, "[test_directions]\nlift = \"up\"\n")])["test_directions"] == {"lift": "up"}
        assert "test_directions.fall: expected up or down, got 'sideways'" in error_of(
            write(tmp_path, "[test_directions]\nfall = \"sideways\"\n", "bad.toml"))
    finally:
        del rules._SECTIONS["test_directions"]
