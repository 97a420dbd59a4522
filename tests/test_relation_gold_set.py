"""Relations on thirty short articles written for these tests (tests/relation_gold/), on stories
unlike the samples: deployments in the Sahel, Congo, Mali and the Central African Republic, strikes
on Yemen, Gaza, Lebanon, Darfur, Volgograd and the Afghan border, South China Sea patrols, summits,
state visits and pacts, sanctions, blacklists and expulsions, arms, aid and energy supplies, a
carrier visit, a cabinet appointment. Four batches of five were written and annotated before kg
was run on them, each read after the rules the batch before showed were made general: c1-c5 at F1
0.828 on first reading, d1-d5 at 0.857, e1-e5 at 0.615, f1-f5 at 0.723. Scored with kg.evaluate
as the shared scorer scores; the floors are the figures kg reaches, rounded down, so a change that
reads these articles worse fails here. Most misses left are entities kg reads wrongly where the
context does not show a place ("Khan Younis" as a person, "Bangui" as the Central African
Republic, "Ursula von der" cut short), places given only as "the country", expulsions written as
"ordered the ambassador to leave", and parses that hang a name on the wrong word."""
from pathlib import Path

import pytest

GOLD_SET = Path(__file__).resolve().parent / "relation_gold"


@pytest.fixture(scope="module")
def scores(score_gold_set):
    return score_gold_set(GOLD_SET)


def test_every_article_is_read(scores):
    assert scores.documents == 30 and scores.documents_missing == []


def test_relation_floors(scores):
    assert scores.relations.precision >= 0.93
    assert scores.relations.recall >= 0.86
    assert scores.relations.f1 >= 0.90
    assert scores.asserted_as_fact == 0


@pytest.mark.parametrize("relation_type", ["SANCTIONED", "SIGNED_AGREEMENT_WITH", "HOLDS_ROLE", "SUPPLIED",
                                           "MET_WITH"])
def test_types_read_well_here_stay_read_well(scores, relation_type):
    assert scores.relations_by_type[relation_type].f1 >= 0.85
