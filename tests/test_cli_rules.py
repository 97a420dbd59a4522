"""--rules on the command line: a user's verb and relation type reach extraction, the graph and
kg query; a bad file stops the run with one line before anything is read or written."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


EVACUATIONS = (Path(__file__).parent / "rules" / "evacuations.toml").read_text(encoding="utf-8")


def test_a_relation_type_from_a_rules_file_is_built_and_queried(runner, tmp_path):
    rules = tmp_path / "evacuations.toml"
    rules.write_text(EVACUATIONS, encoding="utf-8")
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("Canada evacuated 300 nationals from Haiti on Tuesday, officials said.\n",
                                 encoding="utf-8")
    db = tmp_path / "g.kgl"
    built = runner.invoke(main, ["build", str(story), "--db", str(db), "--rules", str(rules)])
    assert built.exit_code == 0, built.stderr
    answer = runner.invoke(main, ["query", "relations", "-P", "type=EVACUATED_FROM", "--db", str(db),
                                  "--format", "json"])
    rows = json.loads(answer.stdout)
    assert [(r["source"], r["target"]) for r in rows] == [("Canada", "Haiti")]
    # Without the file, the same text gives no such relation.
    plain = tmp_path / "plain.kgl"
    assert runner.invoke(main, ["build", str(story), "--db", str(plain)]).exit_code == 0
    none = runner.invoke(main, ["query", "relations", "-P", "type=EVACUATED_FROM", "--db", str(plain),
                                "--format", "json"])
    assert json.loads(none.stdout) == []


def test_a_verb_from_a_rules_file_becomes_a_statement_kind(runner, tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text('version = 1\n[verbs]\ndispute = { kind = "denied" }\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Russia disputed the report on Monday.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(article), "-o", str(out), "--rules", str(rules)])
    assert result.exit_code == 0, result.stderr
    kinds = [(s["kind"], s["cue"]) for s in json.loads(out.read_text())["statements"]]
    assert ("denied", "disputed") in kinds


def test_a_bad_rules_file_is_one_line_and_nothing_is_written(runner, tmp_path):
    rules = tmp_path / "bad.toml"
    rules.write_text('version = 1\n[verbs]\ndispute = { kind = "disputed" }\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(tmp_path), "-o", str(out), "--rules", str(rules)])
    assert result.exit_code == 1 and not out.exists()
    [line] = result.stderr.strip().splitlines()
    assert "bad.toml" in line and "verbs.dispute" in line and "unknown kind 'disputed'" in line
