"""kg's components, each run alone on a small Doc: what it reads, what it writes."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.pipeline import STAGES
from kg.pipeline.components import number_sentences


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


def parsed(nlp, text: str, published: str | None = "2024-10-30") -> Doc:
    """The Doc as the model leaves it, before kg's stages."""
    doc = nlp.make_doc(text)
    doc._.kg_article = {"id": "a1", "published": published}
    with nlp.select_pipes(disable=list(STAGES)):
        return nlp(doc)


def test_sentences_are_numbered_once_blank_ones_left_out(nlp):
    doc = Doc(nlp.vocab, words=["Kim", "spoke", ".", "\n\n", "Putin", "listened", "."],
              spaces=[True, False, False, False, True, False, False],
              sent_starts=[True, False, False, True, True, False, False])
    number_sentences(doc)
    assert doc._.kg_sentences == [{"index": 0, "start": 0, "end": 10, "text": "Kim spoke."},
                                  {"index": 1, "start": 12, "end": 27, "text": "Putin listened."}]
    assert [t._.kg_sentence for t in doc] == [0, 0, 0, None, 1, 1, 1]
    assert doc[4:6]._.kg_sentence == 1


def test_entities_component_writes_entities_and_who_each_token_mentions(nlp):
    doc = nlp.get_pipe("kg_sentences")(parsed(nlp, "Vladimir Putin spoke in Moscow. Putin then left."))
    doc = nlp.get_pipe("kg_entities")(doc)
    [putin, moscow] = doc._.kg_entities
    assert (putin["id"], moscow["id"]) == ("person:vladimir-putin", "place:moscow")   # where he spoke
    assert [m["sentence"] for m in putin["mentions"]] == [0, 1]    # "Putin" alone joins the full name
    assert doc[1]._.kg_entity == "person:vladimir-putin"
    assert doc[2]._.kg_entity is None                              # "spoke"
    assert doc._.kg_outlets == [] and doc._.kg_roles == {}


def test_statements_component_reads_entities_written_by_any_component(nlp):
    """The contract is the extensions: entities put there by hand are speakers as well."""
    doc = nlp.get_pipe("kg_sentences")(parsed(nlp, "On Monday the ministry denied the report."))
    doc._.kg_entity_of = [None] * 3 + ["organization:ministry"] + [None] * (len(doc) - 4)
    doc._.kg_roles, doc._.kg_outlets = {}, []
    doc = nlp.get_pipe("kg_statements")(doc)
    [statement] = doc._.kg_statements
    assert (statement["speaker"], statement["kind"], statement["cue"]) == ("organization:ministry", "denied", "denied")
    assert statement["date"] == "2024-10-28" and statement["content"] == "the report"


def test_statements_read_what_a_component_between_wrote_over_the_entities(nlp):
    """The entities stage hands its records to the next stage in the process, but only while the
    extensions hold what it wrote: a component in between that writes others is read instead."""
    doc = nlp.get_pipe("kg_sentences")(parsed(nlp, "Vladimir Putin denied the report on Monday."))
    doc = nlp.get_pipe("kg_entities")(doc)
    renamed = [{**e, "id": "person:someone-else"} if e["id"] == "person:vladimir-putin" else e
               for e in doc._.kg_entities]
    doc._.kg_entities = renamed
    doc._.kg_entity_of = ["person:someone-else" if e == "person:vladimir-putin" else e for e in doc._.kg_entity_of]
    doc = nlp.get_pipe("kg_statements")(doc)
    [statement] = doc._.kg_statements
    assert statement["speaker"] == "person:someone-else"
    assert "person:someone-else" in [e["id"] for e in doc._.kg_entities]


def test_statements_take_the_entities_stage_records_as_its_extensions_give_them(nlp):
    text = "Vladimir Putin denied the report on Monday, the Kremlin said."
    handed = nlp.get_pipe("kg_statements")(nlp.get_pipe("kg_entities")(
        nlp.get_pipe("kg_sentences")(parsed(nlp, text))))
    read = nlp.get_pipe("kg_entities")(nlp.get_pipe("kg_sentences")(parsed(nlp, text)))
    read._.kg_entities = [dict(e) for e in read._.kg_entities]   # other values: read, not handed
    read = nlp.get_pipe("kg_statements")(read)
    for name in ("kg_entities", "kg_entity_of", "kg_roles", "kg_statements"):
        assert getattr(handed._, name) == getattr(read._, name)


def test_relations_component_finds_a_deployment(nlp):
    doc = parsed(nlp, "North Korea has sent 10,000 troops to Russia, officials said.")
    for stage in ("kg_sentences", "kg_entities", "kg_relations"):
        doc = nlp.get_pipe(stage)(doc)
    [relation] = doc._.kg_relations
    assert (relation["type"], relation["source"], relation["target"], relation["troops"]) == \
        ("DEPLOYED_TO", "country:kp", "country:ru", 10000)
    assert doc._.kg_statements is None                             # kg_statements did not run


def test_a_doc_without_article_metadata_is_known_by_its_text(nlp):
    doc = nlp("Russia denied the report.")
    assert doc._.kg_article is None
    assert [s["kind"] for s in doc._.kg_statements] == ["denied"]
    assert doc._.kg_statements[0]["date"] is None
