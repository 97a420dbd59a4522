"""Tests of kg.relation_arguments: who and what a relation's arguments are."""
import pytest

from kg.relation_arguments import definite, phrase

from test_relations import _rels


def test_definite_noun_phrases_point_back(extractor):
    doc = extractor.nlp("The troops met these soldiers and four battalions.")
    nouns = {t.lower_: t for t in doc if t.pos_ == "NOUN"}
    assert definite(nouns["troops"]) and definite(nouns["soldiers"]) and not definite(nouns["battalions"])


def test_a_phrase_leaves_out_the_clause_that_describes_it(extractor):
    doc = extractor.nlp("They shelled the coast of Trat province, where marines repelled an incursion.")
    coast = next(t for t in doc if t.lower_ == "coast")
    words = [t.lower_ for t in phrase(coast)]
    assert "trat" in words and "marines" not in words


def test_deployment_near_a_place(extract_text):
    doc = extract_text("Egypt has deployed 300 soldiers to the border region near Wadi Halfa, officials said.")
    assert ("DEPLOYED_TO", "Egypt", "Wadi Halfa", False) in _rels(doc)


def test_the_troops_means_the_side_that_acts_not_the_one_fought(extract_text):
    doc = extract_text("Chadian troops have clashed with Sudanese forces for the first time. "
                       "The troops are occupying a part of the Kufra district in Libya, officials said.")
    rels = _rels(doc)
    assert ("DEPLOYED_TO", "Chad", "Libya", False) in rels
    assert not any(source == "Sudan" for _, source, _, _ in rels)


def test_a_possessor_locates_only_a_place(extract_text):
    located = _rels(extract_text("Chadian soldiers were stationed in Niger's Tillaberi region."))
    assert ("DEPLOYED_TO", "Chad", "Niger", False) in located
    unlocated = _rels(extract_text("Chadian soldiers were fighting in Niger's war against the rebels."))
    assert not any(target == "Niger" for _, _, target, _ in unlocated)


@pytest.mark.parametrize("text, expected, absent", [
    # what something is for receives nothing and is no place
    ("Belarus sent artillery shells to Russia for use in Ukraine.", ("SUPPLIED", "Belarus", "Russia"),
     ("SUPPLIED", "Belarus", "Ukraine")),
    ("Iran has delivered drones to Russia for its war in Ukraine.", ("SUPPLIED", "Iran", "Russia"),
     ("SUPPLIED", "Iran", "Ukraine")),
    # a place near what was struck is where it was struck, and what moves stays whose it is
    ("Nigerian jets bombed militant camps near Maiduguri on Sunday.", ("ATTACKED", "Nigeria", "Maiduguri"), None),
    ("Turkey's army said its drones hit fuel depots near Qamishli, south of the border, and a radar site in "
     "Hasakah.", ("ATTACKED", "Turkey", "Qamishli"), None),
    ("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat near the Spratly Islands.",
     ("ATTACKED", "China", "Vietnam"), ("ATTACKED", "China", "Spratly Islands")),
])
def test_what_a_preposition_names(extract_text, text, expected, absent):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected in rels
    assert absent not in rels


def test_the_two_countries_of_two_people_just_named(extract_text):
    rels = _rels(extract_text("Tanzania has long sought the pipeline. Kenyan President William Ruto met Ugandan "
                              "President Yoweri Museveni in Entebbe, and the two countries signed a pipeline deal."))
    assert ("SIGNED_AGREEMENT_WITH", "Kenya", "Uganda", False) in rels


def test_negative_the_two_countries_are_not_the_last_two_named_when_two_people_met(extract_text):
    rels = _rels(extract_text("Niger closed its border with Benin last year. President Bola Tinubu met Ghanaian "
                              "President John Mahama on Friday, and the two countries signed a trade agreement."))
    assert not any(t == "SIGNED_AGREEMENT_WITH" and "Benin" in (s, o) for t, s, o, _ in rels)


def test_the_country_that_acts_is_the_one_that_acted_before(extract_text):
    rels = _rels(extract_text("Ethiopia said it had deployed troops to the border with Eritrea. The country also "
                              "sent troops to Somalia."))
    assert ("DEPLOYED_TO", "Ethiopia", "Somalia", False) in rels
    assert not any(s == "Eritrea" for _, s, _, _ in rels)


def test_more_troops_are_the_side_that_sent_the_first(extract_text):
    rels = _rels(extract_text("Kenya has sent 400 police officers to Haiti. Another 600 officers will be sent to "
                              "Port-au-Prince next month."))
    assert ("DEPLOYED_TO", "Kenya", "Port-au-Prince", True) in rels


def test_those_named_among_them_are_sides_too(extract_text):
    rels = _rels(extract_text("Canada sanctioned six Russian officials, including Sergei Shoigu."))
    assert {("SANCTIONED", "Canada", "Russia", False), ("SANCTIONED", "Canada", "Sergei Shoigu", False)} <= rels


def test_what_a_participle_does_after_a_passive_is_not_done_by_its_subject(extract_text):
    rels = _rels(extract_text("The U.S. Treasury imposed sanctions on Rosneft. Rosneft's chairman, Igor Sechin, was "
                              "added to the sanctions list, barring Americans from dealing with him."))
    assert not any(t == "SANCTIONED" and o == "United States" for t, _, o, _ in rels)


@pytest.mark.parametrize("text, expected", [
    # names joined under one actor noun act each: the second is no less a side than the first
    ("French and German warplanes struck militant camps in northern Mali on Monday.",
     {("ATTACKED", "France", "Mali"), ("ATTACKED", "Germany", "Mali")}),
    ("Indian and Pakistani troops shelled the village of Kupwara overnight, residents said.",
     {("ATTACKED", "India", "Kupwara"), ("ATTACKED", "Pakistan", "Kupwara")}),
    ("Kenyan and Ugandan negotiators held talks in Kampala on Tuesday over the disputed island.",
     {("MET_WITH", "Kenya", "Uganda")}),
])
def test_joined_owners_of_an_actor_noun_each_act(extract_text, text, expected):
    rels = {r[:3] for r in _rels(extract_text(text))}
    found = {(t, s, o) if (t, s, o) in expected else (t, o, s) for t, s, o in rels}
    assert expected <= found


def test_army_chiefs_speak_for_their_countries(extract_text):
    rels = {r[:3] for r in _rels(extract_text("COTONOU - Togolese and Beninese army chiefs met in Lome to plan joint patrols."))}
    assert ("MET_WITH", "Benin", "Togo") in rels or ("MET_WITH", "Togo", "Benin") in rels


def test_the_park_is_the_park_named_before(extract_text):
    rels = _rels(extract_text("COTONOU - Jihadists attacked two army posts in the W National Park. Benin's army said its "
                              "aircraft struck militant positions inside the park on Saturday night."))
    assert ("ATTACKED", "Benin", "W National Park", False) in rels


@pytest.mark.parametrize("text, expected", [
    ("PORT-AU-PRINCE - About 150 soldiers from Guatemala were deployed to Haiti on Tuesday. Jamaica is expected to "
     "send another 60 troops in the coming weeks.", ("DEPLOYED_TO", "Jamaica", "Haiti", True)),
    ("KYIV - Germany has delivered four IRIS-T systems to Ukraine. The Netherlands said it had handed over the last of "
     "24 F-16 fighter jets it promised, while Norway is expected to transfer its remaining jets in the spring.",
     ("SUPPLIED", "Norway", "Ukraine", True)),
])
def test_more_of_what_was_sent_goes_where_it_went(extract_text, text, expected):
    assert expected in _rels(extract_text(text))


def test_negative_more_sent_to_a_place_not_named_goes_nowhere_known(extract_text):
    rels = _rels(extract_text("SANTO DOMINGO - Guatemala has deployed soldiers to Haiti. The Dominican Republic has "
                              "deployed 1,500 additional soldiers to the border."))
    assert not any(r[1] == "Dominican Republic" for r in rels)


def test_names_listed_with_titles_each_take_part(extract_text):
    rels = {frozenset(r[1:3]) for r in _rels(extract_text(
        "WASHINGTON (AP) - Secretary of State Antony Blinken said North Korean troops were in Russia. Blinken spoke "
        "after he and Defense Secretary Lloyd Austin met South Korean Foreign Minister Cho Tae-yul and Defense "
        "Minister Kim Yong-hyun at the State Department.")) if r[0] == "MET_WITH"}
    assert {frozenset({"Antony Blinken", "Cho Tae-yul"}), frozenset({"Lloyd Austin", "Cho Tae-yul"})} <= rels


@pytest.mark.parametrize("text, expected", [
    ("MUSCAT - Khalid al-Harthy met Iranian Foreign Minister Hossein Ardalani on Tuesday, a day after holding talks "
     "with British Foreign Secretary Catherine Holt in London.", ("MET_WITH", "Catherine Holt", "Khalid al-Harthy")),
    ("NAIROBI - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala, hours after signing a "
     "trade deal with Tanzania.", ("SIGNED_AGREEMENT_WITH", "Tanzania", "William Ruto")),
])
def test_who_does_what_a_clause_of_time_tells(extract_text, text, expected):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected in rels or (expected[0], expected[2], expected[1]) in rels
    assert not any(r[0] == "SIGNED_AGREEMENT_WITH" and "Yoweri Museveni" in r for r in rels)


@pytest.mark.parametrize("text, expected", [
    ("VILNIUS - Lithuanian Defence Minister Dovile Sakaliene met her Estonian and Latvian counterparts, Hanno Pevkur "
     "and Andris Spruds, in Vilnius on Monday.", ("MET_WITH", "Andris Spruds", "Dovile Sakaliene")),
    ("MOGADISHU - Washington, which has carried out dozens of air strikes against al Shabaab this year, said it would "
     "continue.", ("ATTACKED", "United States", "Al-Shabaab")),
])
def test_lists_and_counts_around_a_relation(extract_text, text, expected):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected in rels or (expected[0], expected[2], expected[1]) in rels


def test_negative_a_company_sanctioned_is_not_its_home_sanctioned(extract_text):
    rels = {r[:3] for r in _rels(extract_text(
        "WASHINGTON - The U.S. Treasury on Thursday imposed sanctions on Skyline Trading, a company in Hong Kong. "
        "The United States also imposed sanctions on five companies in mainland China and Hong Kong."))}
    assert any(r[0] == "SANCTIONED" and r[2] == "Skyline Trading" for r in rels)
    assert not any(r[2] in ("Hong Kong", "China") for r in rels)


@pytest.mark.parametrize("text, expected, absent", [
    ("DUBAI - Iran's Islamic Revolutionary Guard Corps seized a British-flagged oil tanker in the Strait of Hormuz.",
     None, "Strait of Hormuz"),
    ("MANILA - Chinese coast guard vessels fired water cannon at a Philippine supply boat near a disputed shoal in the "
     "South China Sea.", ("ATTACKED", "China", "Philippines"), "South China Sea"),
    # what an attack is made with is no ship whose place is spared
    ("KYIV - Russian forces launched more than 1,300 Shahed drones at Ukrainian cities in September.",
     ("ATTACKED", "Russia", "Ukraine"), None),
])
def test_where_a_ship_was_struck_is_not_struck(extract_text, text, expected, absent):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected is None or expected in rels
    assert not any(r[2] == absent for r in rels)
