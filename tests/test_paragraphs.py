"""kg.paragraphs: paragraphs that hold nothing but a quotation."""
from kg.quotes import find_quotes
from kg.paragraphs import quote_only_paragraphs


def _paragraphs(extractor, text):
    doc = extractor.nlp.make_doc(text)
    return doc, quote_only_paragraphs(doc, find_quotes(doc))


def test_a_quote_alone_in_its_paragraph_is_found_with_the_paragraph_before(extractor):
    text = 'Ana Ruiz said the bridge was safe.\n\n"We tested every cable."'
    doc, found = _paragraphs(extractor, text)
    assert len(found) == 1
    para = found[0]
    assert doc[para.quote[0] + 1:para.quote[1] - 1].text == "We tested every cable."
    assert text[para.previous[0]:para.previous[1]] == "Ana Ruiz said the bridge was safe."


def test_a_quote_left_open_runs_to_the_paragraph_end(extractor):
    text = 'Ana Ruiz said the bridge was safe.\n\n"We tested every cable.\n\n"Traffic returns on Monday."'
    _, found = _paragraphs(extractor, text)
    assert len(found) == 2


def test_a_quote_with_words_outside_it_is_not_alone(extractor):
    text = 'Ana Ruiz said the bridge was safe.\n\n"We will win," the crowd chanted.'
    _, found = _paragraphs(extractor, text)
    assert found == []


def test_the_first_paragraph_follows_no_one(extractor):
    _, found = _paragraphs(extractor, '"We tested every cable."\n\nAna Ruiz said so.')
    assert found == []
