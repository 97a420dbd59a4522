"""Roles (HOLDS_ROLE) on nineteen short articles written for these tests (tests/role_gold/), each batch written
and annotated before kg was run on it, on stories with many people and titles: Kenya's central bank, Polish
and German air defence, an airline chief's exit, Chile and Argentina's lithium pact, Lee and Takaichi in
Gyeongju, famine in Darfur (z1-z6, first read at HOLDS_ROLE F1 0.830); Modi's visit to Abu Dhabi, an EU cartel
fine, Peru's state of emergency, the Thai-Cambodian border, Glencore's coal chief (z7-z11, 0.667); Mahama's
visit to Abuja, Rheinwerk's job cuts, U.S. sanctions on PDVSA officials, Idris in Cairo, Scarborough Shoal
(z12-z16, 0.848); a court's fine on a delivery firm, Brazil's antitrust watchdog, the WHO on mpox (z17-z19,
0.588). Written to test titles in news at large: bare government titles under a dateline, hosts of visits,
portfolios named by a ministry the text names, spokesmen of the body just quoted, a named person's deputy, who
leads a named body, officers of "the company" that reports. Each batch was written after the rules the batches
before it taught, so its first reading tests them on text they were not read off (z12-z16: 0.848 before any of
this session's rules, 0.914 after). z17-z19 were read last and taught no rule kept ("Its president" after "The
watchdog said" is still missed: read as the organisation the noun points back to, it took the wrong one). Most
misses left are entities read wrongly (a person cut to "Thomas Nyarko", "Song Eon-", "Bundeswehr" a place,
"Fundacion" cut from its name) and organisations the text names only by a common noun ("the Senate")."""
from pathlib import Path

import pytest

GOLD_SET = Path(__file__).resolve().parent / "role_gold"


@pytest.fixture(scope="module")
def roles(score_gold_set):
    return score_gold_set(GOLD_SET).relations_by_type["HOLDS_ROLE"]


def test_the_roles_keep_their_floor(roles):
    assert roles.f1 >= 0.86 and roles.precision >= 0.90 and roles.recall >= 0.82   # 0.865 (0.773 before)


_BATCHES = {"z1-z6": tuple(f"z{n}_" for n in range(1, 7)), "z7-z11": ("z7_", "z8_", "z9_", "z10_", "z11_"),
            "z12-z16": ("z12_", "z13_", "z14_", "z15_", "z16_")}


@pytest.mark.parametrize("batch, first, floor", [("z1-z6", 0.830, 0.88), ("z7-z11", 0.667, 0.86),
                                                 ("z12-z16", 0.848, 0.90)])
def test_each_batch_keeps_its_floor(score_gold_set, batch, first, floor):
    """Each batch, first read at ``first`` (before the rules read off it and the batches after it)."""
    scores = score_gold_set(GOLD_SET, keep=lambda name: name.startswith(_BATCHES[batch]))
    assert scores.relations_by_type["HOLDS_ROLE"].f1 >= floor > first
