"""kg.pipeline: the spaCy pipeline with kg's components, run over articles, extended by rule files."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg import lexicon, pipeline, rules
from kg.config import DEFAULT_MODEL
from kg.pipeline import STAGES
from kg.rules import RulesError
from kg.schema import Article

USER_RULES = """
[verbs]
dispute = { kind = "denied" }
[outlets."Hromadske"]
aliases = []
[countries.KP]
names = ["Hermit Kingdom"]
[[entity_patterns]]
label = "ORG"
pattern = [{ LOWER = "hezbollah" }]
"""


@pytest.fixture(scope="module")
def user_rules(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "mine.toml"
    path.write_text(USER_RULES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def user_nlp(user_rules):
    return pipeline.load(DEFAULT_MODEL, rules=[user_rules])


def article(text: str, published: str | None = "2024-10-30") -> Article:
    return Article(id="a1", file="a.txt", text=text, published=published, body=[(0, len(text))])


def statements(nlp, text: str) -> list[tuple[str, str, str]]:
    [document] = pipeline.documents(nlp, [article(text)])
    return [(s.speaker, s.kind, s.cue) for s in document.statements]


def test_kg_components_follow_the_parser_and_the_ner_model(extractor):
    names = extractor.nlp.pipe_names
    assert names.index("kg_paragraph_sentences") < names.index("parser")
    assert names.index("kg_names") < names.index("kg_name_boundaries") < names.index("ner")
    assert names[-len(STAGES):] == list(STAGES)
    assert names.index("parser") < names.index("kg_sentences")


def test_spacy_finds_what_each_component_requires_written_before_it(extractor):
    assert not any(extractor.nlp.analyze_pipes()["problems"].values())
    nlp = pipeline.load(DEFAULT_MODEL)
    nlp.remove_pipe("kg_entities")
    problems = nlp.analyze_pipes()["problems"]
    assert "doc._.kg_entity_of" in problems["kg_statements"] and "doc._.kg_entity_of" in problems["kg_relations"]


def test_documents_carry_the_articles_id_and_date_to_the_components(extractor):
    [document] = pipeline.documents(extractor.nlp, [article("On Monday, Russia denied the report.")])
    [statement] = document.statements
    assert statement.date == "2024-10-28"
    assert document.sentences[0].text == "On Monday, Russia denied the report."
    assert [e.id for e in document.entities] == ["country:ru"]


def test_two_worker_processes_give_the_same_documents(extractor, seeds_documents):
    from kg.ingest import discover, manifests_for, read_articles
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    files, _ = discover([seeds])
    articles = list(read_articles(files, manifests_for([seeds])))[:3]
    two = list(pipeline.documents(extractor.nlp, articles, workers=2))
    assert [d.to_dict() for d in two] == [d.to_dict() for d in seeds_documents[:3]]
    assert sum(len(d.statements) for d in two) > 0


SPAWNED = """
import json, multiprocessing, sys
if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")   # workers import kg afresh: nothing inherited
    from kg import pipeline
    from kg.schema import Article
    nlp = pipeline.load(sys.argv[1], rules=sys.argv[2:])
    texts = ["Russia disputed the report on Monday.", "North Korea has sent troops to Russia."] * 2
    articles = [Article(id=str(i), file="a.txt", text=t, published="2024-10-30", body=[(0, len(t))])
                for i, t in enumerate(texts)]
    print(json.dumps([d.to_dict() for d in pipeline.documents(nlp, articles, workers=2)]))
"""


@pytest.mark.slow
def test_spawned_workers_run_the_components_with_the_users_rules(tmp_path, user_rules):
    import json
    import subprocess
    import sys
    script = tmp_path / "spawned.py"
    script.write_text(SPAWNED, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), DEFAULT_MODEL, str(user_rules)],
                         capture_output=True, text=True, timeout=300, check=True)
    documents = json.loads(run.stdout)
    assert [(s["speaker"], s["kind"]) for s in documents[2]["statements"]] == [("country:ru", "denied")]
    assert [(r["type"], r["source"], r["target"]) for r in documents[3]["relations"]] == [
        ("DEPLOYED_TO", "country:kp", "country:ru")]


def test_a_disabled_component_leaves_its_records_empty(extractor):
    with extractor.nlp.select_pipes(disable=["kg_statements"]):
        [document] = pipeline.documents(extractor.nlp, [article("Russia denied the report.")])
    assert document.statements == [] and [e.id for e in document.entities] == ["country:ru"]


def test_a_component_can_be_replaced_by_one_writing_the_same_extensions():
    from spacy.language import Language

    @Language.component("test_one_statement_a_sentence")
    def one_a_sentence(doc):
        doc._.kg_statements = [{"id": f"st:{s['index']}", "speaker": "country:ru", "kind": "said",
                                "negated": False, "content": s["text"], "content_start": s["start"],
                                "content_end": s["end"], "sentence": s["index"], "start": s["start"],
                                "end": s["start"], "cue": ""} for s in doc._.kg_sentences]
        return doc

    nlp = pipeline.load(DEFAULT_MODEL)
    nlp.replace_pipe("kg_statements", "test_one_statement_a_sentence")
    [document] = pipeline.documents(nlp, [article("Russia denied it. It was late.")])
    assert [(s.speaker, s.content) for s in document.statements] == [
        ("country:ru", "Russia denied it."), ("country:ru", "It was late.")]


def test_a_users_verb_becomes_a_cue_of_its_statement_kind(extractor, user_nlp):
    text = "Russia disputed the report on Monday."
    assert statements(user_nlp, text) == [("country:ru", "denied", "disputed")]
    assert statements(extractor.nlp, text) == []                   # the built-in pipeline is untouched
    assert statements(user_nlp, text) == [("country:ru", "denied", "disputed")]
    assert lexicon.ACTIVE is not rules.builtin()


def test_a_users_outlet_reports_and_a_users_country_name_is_the_country(extractor, user_nlp):
    text = "Hromadske reported that troops had arrived."   # a name built-in rules do not know as an outlet
    assert statements(user_nlp, text) == [("organization:hromadske", "reported", "reported")]
    assert [kind for _, kind, _ in statements(extractor.nlp, text)] == ["said"]
    assert statements(user_nlp, "The Hermit Kingdom denied the report.") == [("country:kp", "denied", "denied")]


def test_the_rule_files_are_a_setting_of_the_components_config(user_nlp, user_rules):
    for name in ("kg_names", *STAGES[1:]):
        assert user_nlp.config["components"][name]["rules"] == [str(user_rules)]


def test_a_users_entity_patterns_go_to_the_name_ruler(user_nlp):
    assert {"label": "ORG", "pattern": [{"LOWER": "hezbollah"}]} in user_nlp.get_pipe("kg_names").patterns


def test_a_saved_pipeline_keeps_the_users_rules(user_nlp, tmp_path):
    user_nlp.to_disk(tmp_path / "nlp")
    no_files = {name: {"rules": []} for name in ("kg_names", *STAGES[1:])}
    reloaded = spacy.load(tmp_path / "nlp", config={"components": no_files})
    assert statements(reloaded, "Russia disputed the report.") == [("country:ru", "denied", "disputed")]


def test_a_bad_rules_file_fails_before_the_model_is_loaded(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[verbs]\nrebut = { kind = "rebutted" }\n')
    with pytest.raises(RulesError, match=r"bad.toml: verbs.rebut: unknown kind 'rebutted'"):
        pipeline.load("no_such_model", rules=[bad])


def test_an_unknown_model_is_one_line():
    with pytest.raises(pipeline.ModelNotFound, match="'no_such_model' is not installed"):
        pipeline.load("no_such_model")
