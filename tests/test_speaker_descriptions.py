"""kg.speaker_descriptions: definite descriptions pointing back to a named entity."""


def _speakers(doc):
    names = {e.id: e.name for e in doc.entities}
    return [names[s.speaker] for s in doc.statements]


def test_the_company_is_the_last_company_named(extract_text):
    doc = extract_text("Volvo Cars recalled 40,000 vehicles on Monday. The company said no one was hurt.")
    assert _speakers(doc) == ["Volvo Cars"]


def test_a_descriptor_before_a_name_is_that_name(extract_text):
    doc = extract_text("The chip maker Nvidia said demand was strong.")
    assert _speakers(doc) == ["Nvidia"]
