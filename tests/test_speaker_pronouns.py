"""kg.speaker_pronouns: pronoun speakers."""


def _speakers(doc):
    names = {e.id: e.name for e in doc.entities}
    return [names[s.speaker] for s in doc.statements]


def test_she_is_the_woman_who_spoke_last(extract_text):
    doc = extract_text("Mayor Ines Varga said the bridge would reopen. She added that tolls would stay.")
    assert _speakers(doc) == ["Ines Varga", "Ines Varga"]


def test_it_in_what_an_organisation_said_is_that_organisation(extract_text):
    doc = extract_text("Siemens said it would cut 500 jobs. It denied that plants would close.")
    assert set(_speakers(doc)) == {"Siemens"}
