"""kg.pipeline.names: the name ruler's patterns come from the rules, a user's included."""
from __future__ import annotations

from kg import rules
from kg.gazetteer import gazetteer
from kg.pipeline.names import gazetteer_for, name_patterns, pattern_words


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


def test_one_word_token_patterns_are_read_as_the_words_they_name():
    from spacy.attrs import LOWER, SHAPE
    from spacy.strings import StringStore
    strings = StringStore()
    words = pattern_words({"PERSON": [[{"SHAPE": "X.Xxxxx"}]], "ORG": [[{"LOWER": "acme"}]]}, strings)
    assert words[SHAPE].tolist() == [strings["X.Xxxxx"]]
    assert words[LOWER].tolist() == [strings["acme"]]
    assert pattern_words({}, strings) == {}
    # a pattern of two words, or of a word by more than its spelling: the matcher reads it
    assert pattern_words({"ORG": [[{"LOWER": "acme"}, {"LOWER": "corp"}]]}, strings) is None
    assert pattern_words({"ORG": [[{"LOWER": "acme", "OP": "+"}]]}, strings) is None
    assert pattern_words({"ORG": [[{"LOWER": {"IN": ["acme"]}}]]}, strings) is None


def test_the_name_ruler_finds_token_patterns_only_where_their_word_is():
    import spacy
    from kg.pipeline.names import NameRuler
    nlp = spacy.blank("en")
    ruler = NameRuler(nlp, "names", phrase_matcher_attr="ORTH", overwrite_ents=False)
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"SHAPE": "X.Xxxxx"}]},
                        {"label": "ORG", "pattern": "Acme Corp"}])
    doc = ruler(nlp("S.Batbold met Acme Corp staff."))
    assert [(e.text, e.label_) for e in doc.ents] == [("S.Batbold", "PERSON"), ("Acme Corp", "ORG")]
    doc = ruler(nlp("Batbold met Acme Corp staff."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme Corp", "ORG")]
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "acme"}, {"LOWER": "group"}]}])
    doc = ruler(nlp("Acme Group hired S.Batbold."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme Group", "ORG"), ("S.Batbold", "PERSON")]


def test_the_name_ruler_leaves_a_word_that_has_an_entity_to_it():
    import spacy
    from spacy.tokens import Span
    from kg.pipeline.names import NameRuler
    nlp = spacy.blank("en")
    ruler = NameRuler(nlp, "names", phrase_matcher_attr="ORTH", overwrite_ents=False)
    ruler.add_patterns([{"label": "ORG", "pattern": "Acme Corp"}, {"label": "GPE", "pattern": "Peru"}])
    doc = nlp("Acme Corp opened in Peru.")
    doc.ents = [Span(doc, 1, 2, label="PRODUCT")]
    doc = ruler(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Corp", "PRODUCT"), ("Peru", "GPE")]
