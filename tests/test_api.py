"""The library API without the command line: what a Python user calls."""
from __future__ import annotations

import re

import pytest

from kg import api as kg
from kg.config import StoreSettings

from conftest import ROOT, SEEDS


def test_readme_python_example_runs_as_written(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    (tmp_path / "seeds").symlink_to(SEEDS)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert "Mark Rutte" in capsys.readouterr().out


def test_build_skips_unchanged_articles_and_pages_answers(tmp_path, extractor):
    settings = StoreSettings(db_path=str(tmp_path / "g.kgl"))
    with kg.open_store(settings) as store:
        first = kg.build(store, kg.read_inputs([str(SEEDS)]), pipeline=extractor)
        again = kg.build(store, kg.read_inputs([str(SEEDS)]), pipeline=extractor)
        page = kg.ask(store, "who-confirmed", {"limit": 2})
        rest = kg.ask(store, "who-confirmed", {"limit": 100, "skip": page.next_skip})
        everything = kg.ask(store, "who-confirmed", {"limit": 100})
    assert first.tally.documents == 5 and first.unchanged == 0
    assert again.tally.documents == 0 and again.unchanged == 5
    assert page.next_skip == 2 and rest.next_skip is None
    assert page.rows + rest.rows == everything.rows


def test_load_counts_distinct_facts(tmp_path, seeds_documents):
    with kg.open_store(StoreSettings(db_path=str(tmp_path / "g.kgl"))) as store:
        tally = kg.load(store, seeds_documents + seeds_documents)
        stats = {(row["kind"], row["name"]): row["count"] for row in kg.stats(store)}
    # Each document twice: counted as documents seen, but the graph holds each fact once.
    assert tally.documents == 10
    assert len(tally.entities) == stats[("node", "Entity")]
    assert len(tally.statements) == stats[("node", "Statement")]


def test_extract_reads_nothing_and_loads_no_model_for_an_empty_input(tmp_path):
    class NoPipeline:
        def documents(self, articles, workers=1):
            raise AssertionError("the pipeline was used")
    assert list(kg.extract(kg.read_inputs([str(tmp_path)]), pipeline=NoPipeline())) == []


def test_errors_a_user_can_act_on_are_kg_errors(tmp_path, seeds_store):
    with pytest.raises(kg.KgError, match="valid: entity, since, until"):
        kg.ask(seeds_store, "who-denied", {"who": "x"})
    with pytest.raises(kg.KgError, match="no query named"):
        kg.ask(seeds_store, "nope")
    with pytest.raises(kg.KgError, match="no graph here yet"):
        kg.require_graph(StoreSettings(db_path=str(tmp_path / "none.kgl")))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    with pytest.raises(kg.KgError, match=r"bad.jsonl:1: not valid JSON"):
        kg.read_extraction(str(bad))
