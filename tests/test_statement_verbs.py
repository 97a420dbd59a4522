"""kg.statement_verbs: statements of verbs of saying in news frames."""


def _keys(doc):
    names = {e.id: e.name for e in doc.entities}
    return [(names[s.speaker], s.kind, s.content) for s in doc.statements]


def test_a_passive_with_an_agent_gives_the_agent(extract_text):
    doc = extract_text("The merger was first reported by Bloomberg News.")
    assert [(s, k) for s, k, _ in _keys(doc)] == [("Bloomberg", "reported")]


def test_a_clause_closed_by_its_speaker(extract_text):
    doc = extract_text("The recall covers 12,000 trucks, the Swedish carmaker Volvo said.")
    assert _keys(doc) == [("Volvo", "said", "The recall covers 12,000 trucks")]


def test_an_occasion_closing_the_content_is_left_out(extract_text):
    doc = extract_text('Mayor Rosa Diaz accused the contractor of "cutting corners" at a news conference.')
    (speaker, kind, content), = _keys(doc)
    assert kind == "accused" and "news conference" not in content
