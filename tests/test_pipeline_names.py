"""kg.pipeline.names: the name ruler's patterns come from the rules, a user's included."""
from __future__ import annotations

from kg import rules
from kg.gazetteer import gazetteer
from kg.pipeline.names import gazetteer_for, name_patterns


def test_patterns_name_outlets_organisations_countries_and_demonyms():
    patterns = name_patterns(rules.builtin())
    assert {"label": "ORG", "pattern": "AFP", "id": "outlet"} in patterns
    assert {"label": "ORG", "pattern": "NATO"} in patterns
    assert {"label": "GPE", "pattern": "North Korea"} in patterns
    assert {"label": "NORP", "pattern": "North Korean"} in patterns


def test_a_users_country_name_makes_its_own_gazetteer(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[countries.KP]\nnames = ["Hermit Kingdom"]\n')
    mine = rules.load([path])
    assert gazetteer_for(rules.builtin()) is gazetteer()
    assert gazetteer_for(mine).country("Hermit Kingdom").code == "KP"
    assert gazetteer().country("Hermit Kingdom") is None
    assert {"label": "GPE", "pattern": "Hermit Kingdom"} in name_patterns(mine)
