"""Tests of kg.relation_descriptions (with kg.relation_references): what "the two countries", "the
country", "the leaders of" stand for as a relation's argument."""
from test_relations import _rels


def test_the_words_of_the_description_name_none_of_it(extract_text):
    rels = _rels(extract_text("Russia said it was in contact with Yerevan and Tbilisi. "
                              "The two former Soviet republics signed a border treaty in 2023."))
    assert ("SIGNED_AGREEMENT_WITH", "Armenia", "Georgia", False) in rels
    assert not any("Soviet" in s + o for _, s, o, _ in rels)


def test_the_two_countries_are_the_two_the_story_is_about_when_both_were_just_named(extract_text):
    rels = _rels(extract_text(
        "Kyrgyzstan and Tajikistan agreed to a ceasefire on Thursday after clashes on their border. Kyrgyzstan "
        "said Tajikistan had violated the truce within hours.\n\n"
        "Kyrgyz Foreign Minister Aibek Moldokulov and his Tajik counterpart Jamshed Nazarzoda are expected to meet "
        "in the Uzbek capital, Tashkent, on Monday.\n\n"
        "The two countries signed a border treaty in 2025."))
    assert ("SIGNED_AGREEMENT_WITH", "Kyrgyzstan", "Tajikistan", False) in rels
    assert not any(t == "SIGNED_AGREEMENT_WITH" and "Uzbekistan" in (s, o) for t, s, o, _ in rels)


def test_negative_the_last_two_named_when_the_story_s_two_are_not_both_there(extract_text):
    rels = _rels(extract_text(
        "Kyrgyzstan and Tajikistan agreed to a ceasefire on Thursday. Kyrgyzstan said Tajikistan had violated "
        "the truce.\n\n"
        "Separately, Kazakhstan hosted officials from Uzbekistan in Astana, and the two countries signed a water "
        "agreement."))
    assert ("SIGNED_AGREEMENT_WITH", "Kazakhstan", "Uzbekistan", False) in rels
