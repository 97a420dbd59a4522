"""Headlines that attribute (kg.statement_headlines)."""


def test_a_headline_counts_once_and_gives_its_day(extract_text):
    doc = extract_text("Kenya on Monday says drought is over.\n\nKenya said the drought was over after the "
                       "long rains.", published="2025-03-14")
    said = [st for st in doc.statements if st.kind == "said"]
    assert len(said) == 1 and said[0].sentence > 0
    assert said[0].date == "2025-03-10"


def test_a_body_statement_of_another_speaker_keeps_no_headline_day(extract_text):
    doc = extract_text("Kenya on Monday says drought is over.\n\nUganda said the rains had failed.",
                       published="2025-03-14")
    uganda = [st for st in doc.statements if "rains" in st.content]
    assert uganda and uganda[0].date is None
