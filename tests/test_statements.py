"""Attribution constructions, each on a sentence written for the test."""


def _keys(doc):
    names = {e.id: e.name for e in doc.entities}
    return {(names[s.speaker], s.kind, s.negated) for s in doc.statements}


def test_plain_said_with_content(extract_text):
    doc = extract_text("Finance Minister Maria Lopez said on Tuesday that inflation would fall next year.",
                       published="2024-03-07")
    st = doc.statements[0]
    assert _keys(doc) == {("Maria Lopez", "said", False)}
    assert "inflation would fall" in st.content
    assert st.date == "2024-03-05"


def test_quote_first(extract_text):
    doc = extract_text('"We will not give up the port," Mayor Tom Hale told reporters.')
    assert ("Tom Hale", "said", False) in _keys(doc)
    assert "give up the port" in doc.statements[0].content


def test_negations(extract_text):
    doc = extract_text("Prime Minister Anna Berg has not denied the report but has refused to confirm it.")
    assert {("Anna Berg", "denied", True), ("Anna Berg", "confirmed", True)} <= _keys(doc)


def test_refrained_from_confirming(extract_text):
    doc = extract_text("A French Foreign Ministry official refrained from confirming the sale.")
    assert ("French Foreign Ministry", "confirmed", True) in _keys(doc)


def test_conjoined_speakers(extract_text):
    doc = extract_text("Germany and France have condemned the attack on the convoy.")
    assert {("Germany", "condemned", False), ("France", "condemned", False)} <= _keys(doc)


def test_pronoun_and_first_person_quote(extract_text):
    doc = extract_text('Senator Paul Reed spoke after the vote. "I cannot confirm that," he said.')
    assert ("Paul Reed", "confirmed", True) in _keys(doc)
    assert not any(e.name == "I" for e in doc.entities)


def test_outlet_reports(extract_text):
    doc = extract_text("The army has crossed the river, Reuters reported on Friday.")
    assert ("Reuters", "reported", False) in _keys(doc)


def test_spokesperson_speaks_for_organisation(extract_text):
    doc = extract_text("A Kremlin spokesperson said the talks had stalled.")
    assert ("Kremlin", "said", False) in _keys(doc)


def test_called_for_and_dismissed(extract_text):
    doc = extract_text("Spain called for a ceasefire. Italy dismissed the proposal as naive.")
    assert {("Spain", "called_for", False), ("Italy", "denied", False)} <= _keys(doc)


def test_according_to_and_as_per_an_outlet(extract_text):
    doc = extract_text("The rebels took the airport, according to Al Jazeera. "
                       "Two ministers resigned, as per the BBC.")
    assert {("Al Jazeera", "reported", False), ("BBC", "reported", False)} <= _keys(doc)
    report = next(s for s in doc.statements if s.kind == "reported" and "airport" in s.content)
    assert "rebels took the airport" in report.content


def test_interrupted_speaker(extract_text):
    doc = extract_text("Mayor Lena Ortiz, speaking through an interpreter, said the water was safe to drink.")
    assert ("Lena Ortiz", "said", False) in _keys(doc)


def test_reported_speech_inside_a_claim_is_not_a_second_statement(extract_text):
    doc = extract_text("Governor Sam Reid said that Canada had denied the claims.")
    assert _keys(doc) == {("Sam Reid", "said", False)}


def test_role_points_back_to_the_person(extract_text):
    doc = extract_text("Trade Minister Ole Berg visited the plant on Monday. "
                       "Prices will fall, according to the trade minister.")
    assert ("Ole Berg", "said", False) in _keys(doc)


def test_a_panel_speaks_for_its_organisation(extract_text):
    doc = extract_text("The UN panel of experts said at least 12 drones had been delivered.")
    assert ("United Nations", "said", False) in _keys(doc)
