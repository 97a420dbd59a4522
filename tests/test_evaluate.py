"""kg's evaluation library against the shared scorer: the same files give the same figures."""
import json
import subprocess
import sys

import pytest

from conftest import GOLD
from kg.evaluate import EvalInputError, evaluate, render_table

needs_scorer = pytest.mark.skipif(not (GOLD / "score.py").exists(), reason="../shared/eval is not beside the checkout")

PRF_KEYS = ("tp", "fp", "fn", "precision", "recall", "f1")


def shared_scorer(gold_path, extraction_path) -> dict:
    out = subprocess.run([sys.executable, str(GOLD / "score.py"), str(gold_path), str(extraction_path),
                          "--json", "--verbose"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def assert_agrees(ours: dict, theirs: dict) -> None:
    for key in ("entities", "entities_untyped", "statements", "relations"):
        assert {k: ours[key][k] for k in PRF_KEYS} == theirs[key], key
    for t, v in theirs["relations_by_type"].items():
        assert {k: ours["relations_by_type"][t][k] for k in PRF_KEYS} == v, t
    hyp = theirs["relations_hypothetical"]
    assert {k: ours["relations_hypothetical"][k] for k in PRF_KEYS} == {k: hyp[k] for k in PRF_KEYS}
    assert ours["relations_hypothetical"]["asserted_as_fact"] == hyp["asserted_as_fact"]
    assert (ours["statement_dates"]["correct"], ours["statement_dates"]["of"]) == \
        (theirs["statement_dates"]["correct"], theirs["statement_dates"]["of"])
    assert (ours["statement_cues"]["found"], ours["statement_cues"]["of"]) == \
        (theirs["statement_cues"]["found"], theirs["statement_cues"]["of"])
    assert (ours["cross_document_identity"]["consistent"], ours["cross_document_identity"]["of"]) == \
        (theirs["cross_document_identity"]["consistent"], theirs["cross_document_identity"]["of"])
    for key in ("junk_entities", "unknown_kinds", "unknown_types", "documents_missing"):
        assert ours[key] == theirs[key], key


def assert_breakdowns_add_up(ours: dict) -> None:
    for total, parts in (("entities", "entities_by_type"), ("statements", "statements_by_kind")):
        for k in ("tp", "fp", "fn"):
            assert sum(v[k] for v in ours[parts].values()) == ours[total][k], (parts, k)
    assert sum(v["correct"] for v in ours["statement_dates_by_kind"].values()) == ours["statement_dates"]["correct"]
    assert sum(v["of"] for v in ours["identity_by_type"].values()) == ours["cross_document_identity"]["of"]


@needs_scorer
def test_agrees_with_the_shared_scorer_on_the_seeds(seeds_jsonl):
    ours = evaluate(GOLD / "seeds.gold.json", seeds_jsonl).to_dict()
    assert_agrees(ours, shared_scorer(GOLD / "seeds.gold.json", seeds_jsonl))
    assert_breakdowns_add_up(ours)


GOLD_EDGE_CASES = {"documents": [
    {"file": "a.txt", "published": "2025-03-01",
     "entities": [{"name": "Maria Lopez", "type": "Person", "aliases": ["Lopez"]},
                  {"name": "Chile", "type": "Country", "aliases": ["Santiago"]},
                  {"name": "Andes Mining Corp", "type": "Organization", "aliases": ["AMC"]},
                  {"name": "Atacama", "type": "Place", "optional": True},
                  {"name": "Peru", "type": "Country"}],
     "not_entities": ["Sports Weather"],
     "statements": [{"speaker": "Maria Lopez", "kind": "denied", "negated": False, "date": "2025-02-28", "cue": "spill"},
                    {"speaker": "Andes Mining Corp", "kind": "confirmed", "negated": True, "cue": "closure"},
                    {"speaker": "Chile", "kind": "said", "negated": False, "optional": True}],
     "relations": [{"type": "MET_WITH", "source": "Maria Lopez", "target": "Peru"},
                   {"type": "SANCTIONED", "source": "Chile", "target": "Andes Mining Corp", "hypothetical": True}]},
    {"file": "b.txt", "published": None,
     "entities": [{"name": "Maria Lopez", "type": "Person"}, {"name": "Chile", "type": "Country"},
                  {"name": "Peru", "type": "Country"}],
     "statements": [{"speaker": "Maria Lopez", "kind": "said", "negated": False, "cue": "water"}]},
    {"file": "c.txt", "entities": [{"name": "Peru", "type": "Country"}], "statements": []},
]}

SYSTEM_EDGE_CASES = [
    {"document": {"file": "in/a.txt"},
     "entities": [{"id": "p1", "name": "María López", "type": "Person"},
                  {"id": "p1b", "name": "Lopez", "type": "Person"},            # split: fp untyped
                  {"id": "c1", "name": "Santiago", "type": "Place"},           # wrong type
                  {"id": "o1", "name": "AMC", "type": "Organization"},
                  {"id": "x1", "name": "Atacama", "type": "Place"},            # optional
                  {"id": "j1", "name": "Sports weather", "type": "Organization"},  # junk
                  {"id": "u1", "name": "Widget", "type": "Thing"}],             # unknown type
     "statements": [{"speaker": "p1", "kind": "denied", "negated": False, "date": "2025-02-28",
                     "content": "any spill at the mine"},
                    {"speaker": "o1", "kind": "confirmed", "negated": False, "content": "the closure"},
                    {"speaker": "Chile", "kind": "said", "negated": False},
                    {"speaker": "p1", "kind": "mused", "negated": False}],
     "relations": [{"type": "MET_WITH", "source": "Peru", "target": "p1"},
                   {"type": "SANCTIONED", "source": "c1", "target": "o1"},
                   {"type": "ATTACKED", "source": "c1", "target": "o1"}],
     "speculations": [{"type": "DEPLOYED_TO", "source": "c1", "target": "x1"}]},
    {"document": {"file": "b.txt"},
     "entities": [{"id": "p2", "name": "Maria Lopez", "type": "Person"},
                  {"id": "c1", "name": "Chile", "type": "Country"},
                  {"id": "pe", "name": "Peru", "type": "Country"}],
     "statements": [{"speaker": "p2", "kind": "said", "negated": False, "content": "the water is clean"}]},
]

def _edge_case_files(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD_EDGE_CASES))
    system = tmp_path / "system.jsonl"
    system.write_text("".join(json.dumps(r) + "\n" for r in SYSTEM_EDGE_CASES))
    return gold, system


@needs_scorer
def test_agrees_with_the_shared_scorer_on_edge_cases(tmp_path):
    gold, system = _edge_case_files(tmp_path)
    ours = evaluate(gold, system).to_dict()
    theirs = shared_scorer(gold, system)
    assert_agrees(ours, theirs)
    assert_breakdowns_add_up(ours)
    # the cases are really there: a split, a wrong type, junk, a missing document, a lost identity
    assert ours["entities_untyped"]["fp"] >= 2 and ours["junk_entities"] == 1
    assert ours["documents_missing"] == ["c.txt"]
    assert ours["cross_document_identity"] == {"consistent": 2, "of": 3, "share": 0.667}
    assert ours["relations_hypothetical"]["asserted_as_fact"] == 1


def test_breakdowns_and_table(tmp_path):
    gold, system = _edge_case_files(tmp_path)
    scores = evaluate(gold, system)
    assert scores.entities_by_type["Person"].tp == 2
    assert scores.entities_by_type["Place"].fp == 1          # "Santiago" typed as a place
    assert scores.statements_by_kind["confirmed"].fn == 1     # negation wrong
    assert scores.relations_by_type["MET_WITH"].tp == 1       # either order
    table = render_table(scores)
    assert "- Person" in table and "cross-document identity" in table and "2/3" in table
    assert "documents missing from the extraction: c.txt" in table


@pytest.mark.parametrize("text, message", [
    ("{", "not valid JSON"),
    ('{"docs": []}', 'no "documents" list'),
    ('{"documents": [{"file": "a.txt", "entities": [{"name": "X"}]}]}', "entity without name or type"),
    ('{"documents": [{"file": "a.txt", "statements": [{"speaker": "X"}]}]}', "statement without"),
])
def test_bad_gold_is_one_clear_error(tmp_path, text, message):
    gold = tmp_path / "gold.json"
    gold.write_text(text)
    system = tmp_path / "s.jsonl"
    system.write_text("")
    with pytest.raises(EvalInputError, match=message):
        evaluate(gold, system)


def test_bad_extraction_names_the_line(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text('{"documents": []}')
    system = tmp_path / "s.jsonl"
    system.write_text('{"document": {"file": "a.txt"}}\n[1, 2]\n')
    with pytest.raises(EvalInputError, match=r"s.jsonl:2: not a JSON object"):
        evaluate(gold, system)
    with pytest.raises(EvalInputError, match="cannot read"):
        evaluate(gold, tmp_path / "missing.jsonl")


# -- kg eval (the command over this library) -------------------------------------------------------


def test_kg_eval_prints_a_table_and_json(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    gold, system = _edge_case_files(tmp_path)
    table = CliRunner().invoke(main, ["eval", str(gold), str(system)])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split()[:4] == ["what", "P", "R", "F1"]
    assert "cross-document identity" in table.output and "2/3" in table.output
    as_json = CliRunner().invoke(main, ["eval", str(gold), str(system), "--format", "json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.output) == evaluate(gold, system).to_dict()


def test_kg_eval_bad_input_is_one_line_and_exit_1(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    gold, _ = _edge_case_files(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = CliRunner().invoke(main, ["eval", str(gold), str(bad)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"kg: {bad}:1: not valid JSON (Expecting property name "
                                                  "enclosed in double quotes)"]
    usage = CliRunner().invoke(main, ["eval", str(gold), str(bad), "--format", "xml"])
    assert usage.exit_code == 2
