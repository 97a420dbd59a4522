"""kg.statement_quotes: statements carried on by quotations."""


def _keys(doc):
    names = {e.id: e.name for e in doc.entities}
    return [(names[s.speaker], s.kind, s.content) for s in doc.statements]


def test_a_quote_continued_after_its_attribution(extract_text):
    doc = extract_text('"The water is rising," said Governor Ali Reza. "We expect more rain tonight."')
    assert ("Ali Reza", "said", "We expect more rain tonight.") in _keys(doc)


def test_a_paragraph_of_quote_goes_on_with_the_speaker_before(extract_text):
    doc = extract_text('Governor Ali Reza said the dam was safe.\n\n"Our engineers checked every gate twice this week."')
    assert ("Ali Reza", "said", "Our engineers checked every gate twice this week.") in _keys(doc)


def test_a_first_person_verb_in_a_quote_is_the_quoters(extract_text):
    doc = extract_text('"I deny every charge," Senator Paul Reed said on Tuesday.', published="2024-05-09")
    denied = [s for s in doc.statements if s.kind == "denied"]
    assert len(denied) == 1 and denied[0].date == "2024-05-07"
