"""kg.quotes: quotation spans and the quote around or beside a word."""
from kg.quotes import adjacent_quote, find_quotes, quote_around


def test_quotes_pair_within_a_paragraph_over_sentences(extractor):
    doc = extractor.nlp.make_doc('"The dam held. Nobody was hurt," the mayor said.')
    (start, end), = find_quotes(doc)
    assert doc[start + 1:end - 1].text == "The dam held. Nobody was hurt,"


def test_a_quote_left_open_at_a_paragraph_end_closes_there_only_when_it_opened_it(extractor):
    opened = extractor.nlp.make_doc('"We will rebuild.\n\nThe mayor spoke.')
    assert len(find_quotes(opened)) == 1
    inside = extractor.nlp.make_doc('The mayor said "we will rebuild.\n\nThe council met.')
    assert find_quotes(inside) == []


def test_quote_around_and_beside_a_word(extractor):
    doc = extractor.nlp('"Prices will fall," the minister said on Monday.')
    quotes = find_quotes(doc)
    said = next(t for t in doc if t.lower_ == "said")
    fall = next(t for t in doc if t.lower_ == "fall")
    assert quote_around(quotes, fall) == quotes[0]
    assert quote_around(quotes, said) is None
    assert adjacent_quote(quotes, said) == quotes[0]
