"""kg.attribution_content: what a verb of saying said."""
from kg.attribution import kind_of
from kg.attribution_content import content_span
from kg.attribution_subjects import subject_of
from kg.quotes import find_quotes


def _content(extractor, text, word):
    doc = extractor.nlp(text)
    verb = next(t for t in doc if t.lower_ == word)
    span = content_span(verb, subject_of(verb), find_quotes(doc), kind_of(verb))
    return span.text if span is not None else None


def test_the_clause_without_that_and_the_day(extractor):
    assert _content(extractor, "The coach said on Sunday that the team would appeal.",
                    "said") == "the team would appeal"


def test_the_quote_beside_the_verb(extractor):
    assert _content(extractor, '"We will appeal," the coach said.', "said") == "We will appeal,"


def test_the_paragraph_after_a_colon(extractor):
    assert _content(extractor, "The coach said:\nWe will appeal the ban.", "said") == "We will appeal the ban"


def test_a_verb_with_nothing_said_has_no_content(extractor):
    assert _content(extractor, "The coach reported from Madrid.", "reported") is None
