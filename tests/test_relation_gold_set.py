"""Relations on twenty short articles written for these tests (tests/relation_gold/), on stories
unlike the samples: Sahel and Congo deployments, Red Sea, Gaza, Darfur and Volgograd strikes, South
China Sea patrols, summits, state visits and pacts, sanctions and expulsions, arms, aid and energy
supplies, a carrier visit, a cabinet appointment. Two batches were written and annotated before kg
was run on them: c1-c5 (kg read them at F1 0.828 then) and, after the rules their misses showed,
d1-d5 (F1 0.857 at first reading). Scored with kg.evaluate as the shared scorer scores; the floors
are the figures kg reaches, rounded down, so a change that reads these articles worse fails here.
Most misses left are entities kg reads wrongly where the context does not show a place ("Khan
Younis" as a person, "Turkish Aerospace" as Turkey, "Congo" left ambiguous) and parses that hang
a name on the wrong word."""
from pathlib import Path

import pytest

GOLD_SET = Path(__file__).resolve().parent / "relation_gold"


@pytest.fixture(scope="module")
def scores(score_gold_set):
    return score_gold_set(GOLD_SET)


def test_every_article_is_read(scores):
    assert scores.documents == 20 and scores.documents_missing == []


def test_relation_floors(scores):
    assert scores.relations.precision >= 0.95
    assert scores.relations.recall >= 0.91
    assert scores.relations.f1 >= 0.93
    assert scores.asserted_as_fact == 0


@pytest.mark.parametrize("relation_type", ["SANCTIONED", "SIGNED_AGREEMENT_WITH", "HOLDS_ROLE", "SUPPLIED",
                                           "MET_WITH"])
def test_types_read_well_here_stay_read_well(scores, relation_type):
    assert scores.relations_by_type[relation_type].f1 >= 0.85
