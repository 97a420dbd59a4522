"""Relations on a hundred and thirty-six short articles written for these tests (tests/relation_gold/), on
stories unlike the samples: deployments in the Sahel, Congo, Mali, the Central African Republic,
Somalia, Transnistria, Haiti, Kosovo, Poland, Sri Lanka and northwest Nigeria, strikes on Yemen, Gaza, Lebanon, Darfur, Volgograd, Myanmar, Kashmir, the
Afghan border (twice), the Thai-Cambodian border, the Horn of Africa, northern Benin, Syria and South Sudan, South China Sea patrols, summits, state visits, truces and pacts, sanctions, blacklists and
expulsions, arms, aid and energy supplies, peacekeepers under fire, cabinet appointments, company chiefs,
trade pacts, nuclear and uranium deals, oil for Cuba, gas for Uzbekistan, an
expelled Iranian envoy, Boeing's cuts, four elections, Indian missiles for the Philippines, a BRICS
summit, sanctions on a Chinese refinery over Iranian oil, NATO ships in the Baltic, Indian brigades in
Ladakh, Turkish drones for Tripoli, Dangote petrol for Ghana, aid for Sindh, Hungarian soldiers for Chad.

Seventeen batches were written and annotated before kg was run on them, each read after the rules the
batches before showed had been made general: c1-c5 at F1 0.828 on first reading, d1-d5 at 0.857,
e1-e5 at 0.615, f1-f5 at 0.723, g1-g8 at 0.780, h1-h5 at 0.782, i1-i5 at 0.790, j1-j7 at 0.673, k1-k7 at 0.619, l1-l7 at 0.786, m1-m6 at
0.750 and n1-n7 (Port Sudan drone strikes, a German brigade in Lithuania, shadow-fleet sanctions, CATL
in Indonesia, the Saudi-Pakistani pact, Catatumbo, Carney in Mexico City) at 0.734; after reading n,
three annotations were made consistent with the set (tariffs are no SANCTIONED here, SUPPLIED
targets no places, a ministry spokesman's ministry an optional holder: 0.748 on the corrected gold),
and one omission was added (n3: talks Russia and Ukraine "would begin", hypothetical and optional);
o1-o5 (Congo-Rwanda in Washington, Russia's entry bans on Japanese, Turkish Airlines' Boeing order, Turkish
strikes in northern Iraq, Ishiba and Lee in Tokyo), read after n's rules, at 0.762 (0.846 with "DR Congo"
added as the alias the gold lacked); p1-p7 (jihadist attacks in Benin, a Turkish-Syrian pact and Israeli
strikes, U.S. sanctions on a Chinese refinery, BrahMos missiles for Manila, the BRICS summit in Rio,
Ugandan troops in Juba, Baltic Sentry), read after o's rules, at 0.792 (0.808 after three
annotations were made consistent with the set: a visit to a capital is an optional meeting with its
country, oil bought from a country an optional supply); q1-q7 (Russian strikes on Kharkiv and a
Ukrainian one on Saratov, insurgents and Rwandan troops in Cabo Delgado, U.S. strikes on Iran and Iran's
on Al Udeid, gangs and foreign police in Haiti, the Australia-PNG treaty, sanctions on Georgian
officials, Korean howitzers for Poland), read after p's rules, at 0.690 (0.703 after two annotations
were made consistent: an attacked city's country optional as in d2, an "Islamic State-linked" attack
optional everywhere); u1-u7 (Bayer's finance chief, Brazil and
Argentina's ministers, the Dutch election, FIFA and Nigeria's federation, missiles and ministers in
Seoul, the IAEA on Iran, Nigeria's military chiefs), written for titles in every form, at 0.619
(HOLDS_ROLE 0.629: leaders of parties, who leads or heads what, titles of the state, ruler's titles
without a country, plural titles); v1-v7 (Anglo American and Teck, Ethiopia and Eritrea, Chile's runoff,
the IOC on Russia, Lebanon and Hezbollah, the EU's fine on Google, Mexico's transfer of cartel suspects),
read after u's rules, at 0.689 (HOLDS_ROLE 0.673: bodies of the state named by no country, guests of a
home official, companions, "is headed by"; most of what is left are entities read wrongly: "Anglo" a
place, "Teck" taken for Anglo Teck, "Ethiopia George Orina" one name, "Commerce" and "Parliament"
organisations); w1-w7 (Norway's wealth fund, a Spanish-Moroccan patrol pact, Petronas job cuts, Poland's
central bank, Peru's Congress, cholera in Nigeria, a U.S. Senate wildfire bill), written for roles stated
in many ways after the rules the outsiders' development sets dev7 and dev8 taught, at 0.722 (HOLDS_ROLE
0.705: whose clauses, members, parts of organisations, a central bank's officers, regions missed by the
entity rules; "Doctors Without Borders" then added as the alias the gold lacked; left: Petronas read as a
person, Guardia Civil as a place, Poland and the United States named only by the dateline, the Senate
merged into its committee); x1-x7 (Indian and Chinese forces in Ladakh, Libya's two governments, Saudi Arabia and
Iran in Tehran, U.S. sanctions on Mexican lenders, Dangote's petrol exports, aid for Pakistan's floods,
Hungary's soldiers for Chad), written after the rules read off the outsiders' development sets (dev7,
dev8), at 0.716 (events alone 0.610; one annotation made consistent with the set: a pledge of aid is
hypothetical, as in j4 and d3); the set's per-type floors dropped with x, whose supplies come from
entities kg reads wrongly ("Dangote refinery"), while the older articles keep theirs. Scored with kg.evaluate as the
shared scorer scores; the floors are the figures kg reaches, rounded down, so a change that reads
these articles worse fails here. Most misses left are entities kg reads wrongly ("Iran Air" cut to
Iran, "Al Shabaab" as a person, "Nagorno-Karabakh" as an organisation, a capital read as its
country, "Rosatom" and "Srpska Lista" as people, "President Kassym-Jomart Tokayev" as an organisation), meetings and agreements only implied ("signed separate agreements with each of them"),
and parses that hang a name on the wrong word. One omission was added after the outsiders' dev10 (aid with
no recipient named goes to the one named before): j4's "the World Food Programme had delivered food to 8,000
survivors" is an optional supply of Afghanistan. y1-y7 (Armenian-Azerbaijani fire, EU sanctions on Iranian drone
makers, troops sent to Basilan, Japan and India in Tokyo, gangs and the Kenya-led mission in Haiti, Ghana's cocoa
loan, NATO ships after the Baltic cable damage), written after the rules read off the outsiders' dev9 and dev10,
at 0.712 on first reading (events alone 0.528), 0.867 after the rules they then showed. Once a government title's
portfolio was read as the department the text named before ("Defence Minister X" after "the defence ministry said"),
that ministry was made an optional holder in k7, n6 and o4, as a ministry spokesman's already was."""
from pathlib import Path

import pytest

GOLD_SET = Path(__file__).resolve().parent / "relation_gold"


@pytest.fixture(scope="module")
def scores(score_gold_set):
    return score_gold_set(GOLD_SET)


def test_every_article_is_read(scores):
    assert scores.documents == 136 and scores.documents_missing == []


def test_relation_floors(scores):
    assert scores.relations.precision >= 0.94
    assert scores.relations.recall >= 0.85
    assert scores.relations.f1 >= 0.89   # 0.8998 with x1-x7 (first read at 0.716), 0.901 with y1-y7
    assert scores.asserted_as_fact == 0


@pytest.mark.parametrize("relation_type, floor", [
    # ATTACKED 0.844: "the Fordow and Natanz enrichment sites bombed by Israel and the United States" (u6) is
    # now read as done (a reduced relative states its own fact), against an entity made of the two names
    ("ATTACKED", 0.84), ("DEPLOYED_TO", 0.88), ("HOLDS_ROLE", 0.91), ("MET_WITH", 0.90), ("SANCTIONED", 0.85),
    ("SIGNED_AGREEMENT_WITH", 0.92), ("SUPPLIED", 0.88)])
def test_each_type_keeps_its_floor(scores, relation_type, floor):
    assert scores.relations_by_type[relation_type].f1 >= floor


@pytest.mark.parametrize("batch, first, floor", [("p", 0.792, 0.86), ("q", 0.690, 0.81), ("w", 0.722, 0.87),
                                                 ("x", 0.716, 0.81), ("y", 0.712, 0.86)])
def test_the_latest_batches_keep_their_floors(score_gold_set, batch, first, floor):
    """The batches read last, each first read at ``first`` (before its own rules)."""
    latest = score_gold_set(GOLD_SET, keep=lambda name: name.startswith(batch))
    assert latest.documents == 7
    assert latest.relations.f1 >= floor > first and latest.relations.precision >= 0.88


def test_the_roles_batch_keeps_its_holds_role_floor(score_gold_set):
    """w1-w7, written for roles, first read at HOLDS_ROLE 0.705 (31 of 53 found, 4 false)."""
    roles = score_gold_set(GOLD_SET, keep=lambda name: name.startswith("w")).relations_by_type["HOLDS_ROLE"]
    assert roles.f1 >= 0.87 and roles.precision >= 0.93
