"""kg.rules.sections: the checks a section's entries go through."""
from __future__ import annotations

import pytest

from kg.rules import RuleProblem
from kg.rules.sections import dependency_pattern, fields, one_of, text, texts, token_pattern, word

SAYS = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "say"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "speaker", "RIGHT_ATTRS": {"DEP": "nsubj"}}]


def problem(check, *args) -> str:
    with pytest.raises(RuleProblem) as info:
        check(*args)
    return str(info.value)


def test_a_word_is_one_lower_case_word():
    assert word("", "envoy") == "envoy"
    assert "one lower-case word" in problem(word, "", "Envoy")
    assert "one lower-case word" in problem(word, "", "special envoy")
    assert "expected a word, got a number 3" in problem(word, "", 3)


def test_fields_are_checked_one_by_one_and_unknown_ones_named():
    check = fields(("kind",), kind=one_of(("said", "denied"), "kind"), note=text)
    assert check("x", {"kind": "said", "note": "why"}) == {"kind": "said", "note": "why"}
    assert problem(check, "x", {"kind": "said", "mood": 1}) == "unknown field 'mood' (fields: kind, note)"
    assert problem(check, "x", {"note": "why"}) == "missing field 'kind'"
    assert problem(check, "x", {"kind": "sang"}) == "unknown kind 'sang' (kinds: said, denied)"
    assert "expected a table" in problem(check, "x", "said")
    assert "aliases: expected a list of texts" in problem(texts, "aliases", "AP")


def test_token_patterns_are_phrases_or_spacy_token_patterns():
    assert token_pattern("pattern", "Hamas") == "Hamas"
    assert token_pattern("pattern", [{"LOWER": "hamas"}]) == [{"LOWER": "hamas"}]
    assert problem(token_pattern, "pattern", [{"LOWR": "hamas"}]).startswith("bad pattern: [pattern -> 0 -> LOWR]")


def test_dependency_patterns_are_checked_by_spacys_dependency_matcher():
    assert dependency_pattern("pattern", SAYS) == SAYS
    assert problem(dependency_pattern, "pattern", [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMA": "say"}}]) \
        .startswith("bad pattern: node 0: [pattern -> 0 -> LEMA]")
    assert "bad pattern: [E1007] Unsupported DependencyMatcher operator '>>>>'" in problem(
        dependency_pattern, "pattern", [SAYS[0], {**SAYS[1], "REL_OP": ">>>>"}])
    assert "bad pattern: [E101]" in problem(dependency_pattern, "pattern", [SAYS[0], {**SAYS[1], "LEFT_ID": "nope"}])
    assert "expected a dependency pattern" in problem(dependency_pattern, "pattern", "say")
