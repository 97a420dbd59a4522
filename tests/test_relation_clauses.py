"""Tests of kg.relation_clauses: relations written as verb clauses (active, passive, reduced relative,
purpose clause), by the verb's role: sending or moving, receiving, acting on its object."""
import pytest

from test_relations import _rels


@pytest.mark.parametrize("text, expected", [
    ("Troops were sent to Mali by Senegal last week.", ("DEPLOYED_TO", "Senegal", "Mali")),           # passive
    ("Hundreds of Rwandan troops sent to Mozambique guard the gas project.",
     ("DEPLOYED_TO", "Rwanda", "Mozambique")),                                                       # reduced relative
    ("Kenya sent 400 police officers to reinforce units in Haiti.", ("DEPLOYED_TO", "Kenya", "Haiti")),  # purpose
    ("Norway has provided Ukraine with air defence systems.", ("SUPPLIED", "Norway", "Ukraine")),     # "provided X with"
    # arms named by a compound ("missile system") are stationed, not supplied
    ("Washington deployed its Typhon missile system to Japan.", ("DEPLOYED_TO", "United States", "Japan")),
])
def test_a_clause_gives_its_relation(extract_text, text, expected):
    assert expected + (False,) in _rels(extract_text(text))


def test_negative_a_launched_brigade_is_no_attack(extract_text):
    assert not any(t == "ATTACKED" for t, *_ in _rels(extract_text(
        "Germany launched an armoured brigade in Lithuania on Tuesday.")))


@pytest.mark.parametrize("text, expected", [
    # where what an attack did happened is where it struck
    ("Russia fired missiles at Ukraine overnight, killing four people in Odesa and damaging a power plant in the "
     "Mykolaiv region.", {("ATTACKED", "Russia", "Odesa"), ("ATTACKED", "Russia", "Mykolaiv")}),
    # the preposition hung on a later conjunct of what was launched
    ("Iran launched drones and missiles at Israel on Saturday.", {("ATTACKED", "Iran", "Israel")}),
    ("Ukrainian strikes destroyed an ammunition depot in Belgorod.", {("ATTACKED", "Ukraine", "Belgorod")}),
    # who hosts troops has them deployed on its soil
    ("Djibouti hosts about 4,000 American troops at Camp Lemonnier.", {("DEPLOYED_TO", "United States", "Djibouti")}),
    ("Russia has concentrated 50,000 soldiers in the Kursk region.", {("DEPLOYED_TO", "Russia", "Kursk")}),
    # whose the city is, when the text says so
    ("Hezbollah fighters fired rockets at the northern Israeli town of Kiryat Shmona.",
     {("ATTACKED", "Hezbollah", "Israel"), ("ATTACKED", "Hezbollah", "Kiryat Shmona")}),
])
def test_where_an_act_took_place(extract_text, text, expected):
    assert expected <= {r[:3] for r in _rels(extract_text(text)) if not r[3]}


def test_travelling_to_meet_is_a_plan(extract_text):
    rels = _rels(extract_text("Iranian Foreign Minister Abbas Araqchi travelled to Beijing on Monday to meet Chinese "
                              "Foreign Minister Wang Yi."))
    assert ("MET_WITH", "Abbas Araqchi", "Wang Yi", True) in rels


def test_negative_a_measure_attacks_no_one(extract_text):
    assert not any(t == "ATTACKED" for t, *_ in _rels(extract_text(
        "The EU measures target seven people and three entities, including Iran Air.")))


@pytest.mark.parametrize("text, sides", [
    ("Kyrgyzstan and Tajikistan exchanged artillery and mortar fire along their border on Wednesday.",
     ("Kyrgyzstan", "Tajikistan")),
    ("Armenian and Azerbaijani troops exchanged fire along their northern border overnight.", ("Armenia", "Azerbaijan")),
    ("Indian troops traded fire with Pakistani forces across the Line of Control on Sunday.", ("India", "Pakistan")),
])
def test_an_exchange_of_fire_is_an_attack_each_way(extract_text, text, sides):
    a, b = sides
    assert {("ATTACKED", a, b, False), ("ATTACKED", b, a, False)} <= _rels(extract_text(text))


def test_negative_an_exchange_of_prisoners_is_no_attack(extract_text):
    assert not any(t == "ATTACKED" for t, *_ in _rels(extract_text("Russia and Ukraine exchanged prisoners of war on Friday.")))


def test_two_names_the_parser_made_one_are_both_sides(extract_text):
    # the model reads "Tokyo Electron and Tata" as the first words of one name
    rels = _rels(extract_text("TOKYO, Nov 21 (Kyodo) -- Tokyo Electron and Tata Electronics signed a memorandum on "
                              "training engineers."))
    assert ("SIGNED_AGREEMENT_WITH", "Tata Electronics", "Tokyo Electron", False) in rels


def test_pledged_troops_are_a_planned_deployment(extract_text):
    rels = _rels(extract_text("Chad has pledged 1,000 soldiers to the African Union mission in Somalia."))
    assert ("DEPLOYED_TO", "Chad", "Somalia", True) in rels


def test_a_gapped_clause_has_its_own_sender(extract_text):
    rels = _rels(extract_text("Donors pledged $900 million for Yemen on Tuesday. The European Union pledged 180 million "
                              "euros and Britain 120 million pounds."))
    assert {("SUPPLIED", "European Union", "Yemen", True), ("SUPPLIED", "United Kingdom", "Yemen", True)} <= rels


def test_measures_of_the_type_s_own_kind_act_for_who_imposed_them(extract_text):
    rels = _rels(extract_text("The European Union on Thursday imposed sanctions on three Russian companies. The "
                              "measures freeze the assets of Rosneft, Sovcomflot and Alrosa."))
    assert {("SANCTIONED", "European Union", "Rosneft", False), ("SANCTIONED", "European Union", "Alrosa", False)} <= rels


def test_negative_the_sanctioned_are_not_whom_their_pronoun_last_named(extract_text):
    rels = _rels(extract_text("Britain imposed sanctions on five senior Georgian officials over the crackdown, a step "
                              "the European Union has not taken. The sanctions freeze their assets in Britain."))
    assert not any(t == "SANCTIONED" and o == "European Union" for t, _, o, _ in rels)


def test_who_a_relative_clause_accuses_of_an_act_does_it(extract_text):
    rels = _rels(extract_text("The EU imposed sanctions on four Iranian companies it accuses of supplying drone engines "
                              "to Russia."))
    assert not any(t == "SUPPLIED" and s == "European Union" for t, s, *_ in rels)


def test_a_purpose_hung_on_what_is_sent_gives_its_place(extract_text):
    rels = _rels(extract_text("Bulgaria's navy deployed two frigates and a minehunter to patrol its Black Sea coast on "
                              "Thursday."))
    assert ("DEPLOYED_TO", "Bulgaria", "Black Sea", False) in rels


@pytest.mark.parametrize("text, expected", [
    ("The EU mission said it would send additional patrols to the Armenian village of Tegh.",
     ("DEPLOYED_TO", "European Union", "Tegh", True)),
    ("Serbia and Kosovo initialled a trade agreement in Brussels in March.",
     ("SIGNED_AGREEMENT_WITH", "Serbia", "Kosovo", False)),
    ("Zambia signed a $1.3 billion loan with the World Bank on Monday.",
     ("SIGNED_AGREEMENT_WITH", "Zambia", "World Bank", False)),
])
def test_words_for_what_is_sent_or_signed(extract_text, text, expected):
    assert expected in _rels(extract_text(text))


def test_who_is_fined_comes_before_what_they_are_fined(extract_text):
    rels = _rels(extract_text("DUBLIN - In 2023 the Data Protection Commission fined Meta a record 1.2 billion euros over "
                              "data transfers to the United States."))
    assert ("SANCTIONED", "Data Protection Commission", "Meta", False) in rels


@pytest.mark.parametrize("text, expected, absent", [
    # "target" said of a sanction sanctions; said of missiles it attacks
    ("BRUSSELS - The European Union on Monday adopted a fresh round of sanctions against Belarus, targeting the "
     "state airline Belavia.", ("SANCTIONED", "European Union", "Belavia"), ("ATTACKED", "European Union", "Belavia")),
    ("BRUSSELS - The EU measures target seven people and seven entities, including Iran Air.",
     ("SANCTIONED", "European Union", "Iran Air"), ("ATTACKED", "European Union", "Iran Air")),
    ("KYIV - Russian missiles targeted Kharkiv overnight, officials said.", ("ATTACKED", "Russia", "Kharkiv"),
     ("SANCTIONED", "Russia", "Kharkiv")),
    ("BRUSSELS - Lutnick has said the EU digital rules target Google.", None, ("SANCTIONED", "European Union", "Google")),
])
def test_targeting_a_measure_or_an_attack(extract_text, text, expected, absent):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected is None or expected in rels
    assert absent not in rels


@pytest.mark.parametrize("text, expected, absent", [
    ("SEOUL - Moscow has deployed thousands of North Korean soldiers to the Kursk region.",
     ("DEPLOYED_TO", "North Korea", "Kursk"), ("DEPLOYED_TO", "Russia", "Kursk")),
    ("WASHINGTON - The Pentagon deployed U.S. troops to Poland.", ("DEPLOYED_TO", "United States", "Poland"), None),
    # an organisation's fighters stay the sender's
    ("BAMAKO - Russia sent Wagner mercenaries to Mali in 2021.", ("DEPLOYED_TO", "Russia", "Mali"), None),
])
def test_troops_deployed_are_their_countrys(extract_text, text, expected, absent):
    rels = {r[:3] for r in _rels(extract_text(text))}
    assert expected in rels and absent not in rels
