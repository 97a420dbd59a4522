"""kg.statement_record: one statement's id, content and day."""


def test_it_as_all_that_was_said_is_its_antecedent(extract_text):
    doc = extract_text("Prime Minister Anna Berg has not denied the report but has refused to confirm it.")
    confirmed = next(s for s in doc.statements if s.kind == "confirmed")
    assert confirmed.content == "the report"


def test_the_day_is_counted_from_the_publication_date(extract_text):
    doc = extract_text("Mayor Rosa Diaz said on Monday that the bridge would close.", published="2024-05-09")
    assert (doc.statements[0].date, doc.statements[0].date_text) == ("2024-05-06", "Monday")


def test_ids_differ_by_speaker(extract_text):
    doc = extract_text("Kenya and Uganda condemned the raid.")
    assert len({s.id for s in doc.statements}) == 2
