"""The README's Neo4j Browser recipe sets every parameter a canned query file uses, so any file
pasted into the Browser after it runs."""
from __future__ import annotations

import re

from conftest import ROOT

from kg import api


def test_browser_recipe_sets_every_query_parameter():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [line] = [l for l in readme.splitlines() if l.startswith(":params {")]
    given = set(re.findall(r"(\w+):", line[len(":params "):]))
    used = {p.name for q in api.questions() for p in q.params}
    texts = {name for q in api.questions() for name in re.findall(r"\$(\w+)", q.text)}
    assert used <= given and texts <= given, sorted((used | texts) - given)
