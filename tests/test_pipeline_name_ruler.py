"""kg.pipeline.name_ruler: the same entities as spaCy's EntityRuler, found and written on the
token arrays."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.pipeline import EntityRuler
from spacy.tokens import Span

from kg.pipeline.name_ruler import NameRuler

TEXT = "Reuters said S.Batbold met NATO officials in North Korea and Hezbollah denied it."
PATTERNS = [
    {"label": "ORG", "pattern": "Reuters", "id": "outlet"},
    {"label": "ORG", "pattern": "NATO"},
    {"label": "GPE", "pattern": "North Korea"},
    {"label": "GPE", "pattern": "Korea"},
    {"label": "PERSON", "pattern": [{"SHAPE": "X.Xxxxx"}]},
    {"label": "ORG", "pattern": [{"lower": "hezbollah"}], "id": "militia"},
]
COLUMNS = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]


def _rulers(patterns, overwrite=False):
    nlp = spacy.blank("en")
    rulers = [cls(nlp, "names", phrase_matcher_attr="ORTH", overwrite_ents=overwrite) for cls in (NameRuler, EntityRuler)]
    for ruler in rulers:
        ruler.add_patterns(patterns)
    return nlp, rulers


def _read(doc):
    return [(e.start, e.end, e.label_, e.id_) for e in doc.ents], doc.to_array(COLUMNS).tolist()


def test_one_token_patterns_are_read_from_the_token_arrays():
    nlp, (ruler, _) = _rulers(PATTERNS)
    doc = ruler(nlp(TEXT))
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [
        ("Reuters", "ORG", "outlet"), ("S.Batbold", "PERSON", ""), ("NATO", "ORG", ""),
        ("North Korea", "GPE", ""), ("Hezbollah", "ORG", "militia")]


@pytest.mark.parametrize("patterns", [PATTERNS, PATTERNS + [{"label": "ORG", "pattern": [{"LOWER": "nato"}, {"LOWER": "officials"}]}],
                                      [p for p in PATTERNS if isinstance(p["pattern"], str)]],
                         ids=["one-token", "with a longer token pattern", "phrases only"])
@pytest.mark.parametrize("overwrite", [False, True])
def test_the_same_entities_as_spacys_ruler(patterns, overwrite):
    nlp, (ruler, spacys) = _rulers(patterns, overwrite)
    for preset in ([], [(0, 1, "GPE")], [(6, 8, "LOC")]):   # entities set before the ruler runs
        docs = [nlp(TEXT) for _ in range(2)]
        for doc in docs:
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in preset]
        assert _read(ruler(docs[0])) == _read(spacys(docs[1]))


def test_an_empty_doc():
    nlp, (ruler, _) = _rulers(PATTERNS)
    assert not ruler(nlp("")).ents
