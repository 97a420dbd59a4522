"""kg.lexicon: the names extraction reads, from the active rules."""
from __future__ import annotations

from kg import lexicon, rules


def test_names_come_from_the_builtin_rule_files():
    assert lexicon.ACTIVE is rules.builtin()
    assert lexicon.VERB_KINDS["deny"] == "denied"
    assert {"refuse", "decline"} <= lexicon.NEGATING_GOVERNORS
    assert {"describe", "call"} <= lexicon.NP_SAYING_VERBS and "call" not in lexicon.VERB_KINDS
    assert lexicon.KNOWN_ORGANIZATIONS["U.N."] == "United Nations"
    assert lexicon.COUNTRY_VARIANTS["US"][0] == "US" and lexicon.COUNTRY_CANONICAL["RU"] == "Russia"
    assert lexicon.DEMONYMS["KP"] == ["North Korean"]
    assert lexicon.REGION_WORDS | lexicon.GEOGRAPHIC_FEATURES <= lexicon.PLACE_NOUNS
    assert "outskirts" in lexicon.PLACE_NOUNS


def test_use_switches_the_active_rules_and_back(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[verbs]\nrebut = { kind = "denied" }\nrefuse = { kind = "denied" }\n')
    mine = rules.load([path])
    try:
        lexicon.use(mine)
        assert lexicon.VERB_KINDS["rebut"] == "denied"
        assert "refuse" in lexicon.NEGATING_GOVERNORS          # fields merge: polarity stays
    finally:
        lexicon.use(rules.builtin())
    assert "rebut" not in lexicon.VERB_KINDS
