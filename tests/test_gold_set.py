"""kg's own gold set (tests/gold/: seventy-eight short articles written for these tests, on stories
unlike the samples, twelve stories each told by two or three outlets; seventy of them annotated
before kg first ran on them; eighty-nine more, files st_*, rich in attribution, all annotated
before kg first ran on them; twenty, files ne_*, ne2_* and ne3_*, whose entities alone are annotated; and
eight, files ne4_*, and seven, files ne5_*, entities and statements annotated before kg first ran
on them) extracted
as one run per part and scored with kg.evaluate. The floors are the figures kg
reaches, rounded down: a change that reads these articles worse fails here."""
from pathlib import Path

import pytest

GOLD_SET = Path(__file__).resolve().parent / "gold"


def _attribution_set(name: str) -> bool:
    return name.startswith("st_")


def _entity_set(name: str) -> bool:
    """Articles whose entities alone are annotated (files ne_*, ne2_*, ne3_*)."""
    return name.startswith(("ne_", "ne2_", "ne3_"))


def _fresh_entity_batch(name: str) -> bool:
    """The eighth entity batch (files ne4_*)."""
    return name.startswith("ne4_")


def _seventh_entity_batch(name: str) -> bool:
    """The entity batch written last (files ne5_*)."""
    return name.startswith("ne5_")


@pytest.fixture(scope="module")
def gold_scores(score_gold_set):
    return score_gold_set(GOLD_SET, keep=lambda name: not _attribution_set(name) and not _entity_set(name)
                          and not _fresh_entity_batch(name) and not _seventh_entity_batch(name))


@pytest.fixture(scope="module")
def entity_set_scores(score_gold_set):
    return score_gold_set(GOLD_SET, keep=_entity_set)


@pytest.fixture(scope="module")
def fresh_entity_scores(score_gold_set):
    return score_gold_set(GOLD_SET, keep=_fresh_entity_batch)


@pytest.fixture(scope="module")
def seventh_entity_scores(score_gold_set):
    return score_gold_set(GOLD_SET, keep=_seventh_entity_batch)


@pytest.fixture(scope="module")
def attribution_scores(score_gold_set):
    return score_gold_set(GOLD_SET, keep=_attribution_set)


def test_every_gold_article_is_read(gold_scores, attribution_scores, entity_set_scores, fresh_entity_scores):
    assert gold_scores.documents == 78 and gold_scores.documents_missing == []
    assert attribution_scores.documents == 89 and attribution_scores.documents_missing == []
    assert entity_set_scores.documents == 20 and entity_set_scores.documents_missing == []
    assert fresh_entity_scores.documents == 8 and fresh_entity_scores.documents_missing == []


def test_seventh_entity_batch_floors(seventh_entity_scores):
    """Seven articles on stories and countries no batch had (a landslide in Nepal, a separatist
    attack in Cameroon, Chile's lithium venture, Norway's fund dropping a company, a water company
    fined, shelling in El Fasher, protests in Tbilisi), annotated before kg first read them: entity
    F1 0.878 (untyped 0.918), identity 3/3, statements F1 0.840; then 0.921 (0.945), 3/3, 0.889
    after the rules the development sets and this batch taught (a minister's portfolio before a
    name, names with "and" inside, regions listed before their plural word, an organisation named
    again in full, a place after "the occupied"). What remains: capitals in datelines and "toward
    Moscow" (the outsiders' gold and this one differ), names the model left untagged (Rasuwagadhi,
    Sussex, Whitstable, Bank Hapoalim, Tianqi Lithium, NovaAndino Litio, the State Administration
    for Market Regulation, the Joint Forces), "Bafmeng" and "Georgian Dream" read as persons, the
    "Salar de Atacama" as an organisation, "Suspected" opening a headline, "French-speaking"."""
    assert seventh_entity_scores.documents == 7 and seventh_entity_scores.documents_missing == []
    assert seventh_entity_scores.entities.f1 >= 0.92
    assert seventh_entity_scores.entities_untyped.f1 >= 0.94
    assert seventh_entity_scores.identity.correct >= seventh_entity_scores.identity.of
    assert seventh_entity_scores.statements.f1 >= 0.88
    assert seventh_entity_scores.junk_entities == 0


def test_fresh_entity_batch_floors(fresh_entity_scores):
    """Eight articles on stories and countries no batch had (a Mongolia-China coal railway told by
    Reuters and Montsame, a state of emergency in Lima, a fuel shortage in Madagascar, a claim on a
    Kazakh oil venture, a Moroccan club's coach sacked, dengue in Malaysia, the sale of a stake in
    TAP), annotated before kg first read them: entity F1 0.771 (untyped 0.851), identity 10/11,
    statements F1 0.805, with the rules the released development sets had taught by then; then
    0.881 (0.921), 10/11, 0.894 after the rules this batch taught (places of the article's
    country the model missed, names with their initial joined, legislatures by their own names,
    legal forms, clubs read as persons, title words kept in names). What remains: capitals the
    gold keeps as places where kg folds them into their countries (Ulaanbaatar, Lisbon,
    Antananarivo, Kuala Lumpur: outsiders' gold folds them), "Raja", "AS FAR" and "KazMunayGas"
    missed, "Tren de Aragua" and "Groupement Pétrolier de Madagascar" missed, a portfolio read as an
    organisation ("Minister of Road and Transport Development ..."), a double surname used alone
    ("Miranda Sarmento"), "the Casablanca club" read as the club."""
    assert fresh_entity_scores.entities.f1 >= 0.88
    assert fresh_entity_scores.entities_untyped.f1 >= 0.92
    assert fresh_entity_scores.identity.correct >= fresh_entity_scores.identity.of - 1
    assert fresh_entity_scores.statements.f1 >= 0.89
    assert fresh_entity_scores.junk_entities == 0


def test_entity_set_floors(entity_set_scores):
    """Twenty articles whose entities were annotated before kg first read them, in three batches.
    First readings: eight (ne_*) at entity F1 0.819, untyped 0.900, identity 7/8; then, after the
    rules that batch taught, seven more (ne2_*) at 0.875, 0.908, 7/10; then five more (ne3_*) at
    0.884, 0.928, 1/1. What remains (besides names the small model reads wrongly: "Aung San Suu
    Kyi" as an organisation, "Committee on Foreign Investment" + "in the United States"): players the
    model types as organisations ("Morgan Rogers equalised"), a club where a match is played ("at
    Bournemouth"), a supermarket named Iceland, "Emirates" the airline, "Turnout" opening a
    sentence, the Coordination Framework read as a person in one of two articles, England's
    cricket team, "the Ashes", a nickname ("Mitch"), Kunar/Konar across two articles, the UN's
    humanitarian office (read as the UN), "the Chinese name for the feature"."""
    assert entity_set_scores.entities.f1 >= 0.92
    assert entity_set_scores.entities_untyped.f1 >= 0.95
    assert entity_set_scores.identity.correct >= entity_set_scores.identity.of - 3
    assert entity_set_scores.junk_entities == 0


def test_entity_floors(gold_scores):
    assert gold_scores.entities.f1 >= 0.97
    assert gold_scores.entities_untyped.f1 >= 0.98
    assert gold_scores.identity.of >= 162
    # four misses: "India's water resources ministry" in one article is the "Ministry of Jal Shakti"
    # of another, "the Senkakus" the Diaoyu Islands of another, "the Foreign Ministry" of a Tokyo
    # article the "Japanese foreign ministry" of another, a river the model reads as an
    # organisation in one of two articles
    assert gold_scores.identity.correct >= gold_scores.identity.of - 4
    assert gold_scores.junk_entities == 0


def test_statement_floors(gold_scores):
    assert gold_scores.statements.f1 >= 0.94
    assert gold_scores.statement_cues.correct >= 464
    assert gold_scores.statement_dates.correct >= 56
    assert gold_scores.unknown_kinds == gold_scores.unknown_types == 0


def test_attribution_set_floors(attribution_scores):
    """The eighty-nine articles rich in attribution (what kg read on them first: statement F1
    0.84 on the first eight, 0.88 on the next five; then batches of seven, seven, seven, seven,
    five, five, eight, four, seven, seven, five (five outlets on one story) and seven (how news
    dates statements: a wire story filed the day after its dateline, weekday-only references, a
    multi-day strike, a live blog, an interview published the day before, "yesterday", a report
    released the day before its rebuttal): 0.73 (dates 19/26), 0.89 (15/23), 0.84 (19/28), 0.87
    (19/25), 0.90 (14/17), 0.91 (17/18), 0.87 (33/38), 0.93 (14/17), 0.89 (23/32), 0.95 (21/25),
    0.90 (14/17), 0.89 (43/52); their entity errors are the entity rules' to mend)."""
    assert attribution_scores.statements.f1 >= 0.94
    assert attribution_scores.statement_dates.correct >= 325
    assert attribution_scores.statement_cues.correct >= 712
    assert attribution_scores.entities.f1 >= 0.89
    assert attribution_scores.unknown_kinds == attribution_scores.unknown_types == 0
