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


def test_the_country_troops_are_in_is_not_one_that_only_sent_them(extract_text):
    rels = _rels(extract_text("PORT-AU-PRINCE, Haiti (AP) — El Salvador plans to send 150 more soldiers to Haiti in "
                              "December, and Guatemala has pledged another 100 military police. Jamaica and Belize "
                              "have smaller contingents in the country."))
    assert {("DEPLOYED_TO", "Jamaica", "Haiti", False), ("DEPLOYED_TO", "Guatemala", "Haiti", True)} <= rels
    assert not any(t == "DEPLOYED_TO" and o == "Guatemala" for t, _, o, _ in rels)


def test_negative_the_story_s_own_country_stays_the_country(extract_text):
    rels = _rels(extract_text("COTONOU (Reuters) - Benin has deployed some 3,000 troops to its northern border region. "
                              "France has supplied Benin with drones. Paris keeps a small team of military advisers in "
                              "the country."))
    assert ("DEPLOYED_TO", "France", "Benin", False) in rels


def test_his_country_is_the_country_of_his_title(extract_text):
    rels = _rels(extract_text("Malaysian Defence Minister Mohamed Khaled Nordin said his country would deploy two patrol "
                              "vessels to the Sulu Sea."))
    assert ("DEPLOYED_TO", "Malaysia", "Sulu Sea", True) in rels


def test_the_two_regulators_are_the_last_two_organisations_named(extract_text):
    rels = _rels(extract_text("The Bank of Ghana met officials of the Central Bank of Nigeria in Accra on Monday. The two "
                              "regulators are expected to sign a joint supervision agreement next year."))
    assert ("SIGNED_AGREEMENT_WITH", "Bank of Ghana", "Central Bank of Nigeria", True) in rels
