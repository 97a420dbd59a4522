"""kg.statement_frames: statements without a verb of saying."""


def _keys(doc):
    names = {e.id: e.name for e in doc.entities}
    return [(names[s.speaker], s.kind) for s in doc.statements]


def test_according_to_a_person(extract_text):
    doc = extract_text("The bridge will close for a month, according to Mayor Rosa Diaz.")
    assert _keys(doc) == [("Rosa Diaz", "said")]
    assert doc.statements[0].content == "The bridge will close for a month"


def test_a_call_by_someone_for_something(extract_text):
    doc = extract_text("The strike followed a call by the union Unite for higher wages.")
    assert ("Unite", "called_for") in _keys(doc)
