"""kg.speakers: who a speaker's noun phrase refers to, across a short article."""


def _speakers(doc):
    names = {e.id: e.name for e in doc.entities}
    return [names[s.speaker] for s in doc.statements]


def test_conjoined_names_each_speak(extract_text):
    doc = extract_text("Kenya and Uganda condemned the raid on the border post.")
    assert set(_speakers(doc)) == {"Kenya", "Uganda"}


def test_a_surname_alone_is_the_person_named_before(extract_text):
    doc = extract_text("Transport Minister Lena Okafor visited the port. Okafor said the cranes were old.")
    assert _speakers(doc) == ["Lena Okafor"]
