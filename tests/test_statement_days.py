"""The day of each statement (kg.statement_days), each on a sentence written for the test."""
from kg.statement_days import said_in_past


def test_previous_day_counts_back(extract_text):
    doc = extract_text("Poland said on Wednesday it would close the border. "
                       "The ministry of Lithuania said the previous day that trains would stop. "
                       "Lithuania said the previous day that it agreed.", published="2024-10-30")
    dates = {st.date for st in doc.statements if st.speaker == "country:lithuania" or "lt" in st.speaker}
    assert "2024-10-29" in dates


def test_a_weekly_briefing_is_not_a_day(extract_text):
    doc = extract_text('"The claims are false," spokesman Luis Vega told a weekly news conference.',
                       published="2025-03-12")
    vega = next(s for s in doc.statements if "claims are false" in s.content)
    assert vega.date_text is None
    assert vega.date is None


def test_a_spokesperson_right_after_a_country_spoke_speaks_for_it_that_day(extract_text):
    # "China on Tuesday rejected ... Foreign ministry spokesman Lin Jian told a regular press
    # briefing that ...": the lede tells what the spokesman said
    doc = extract_text("Peru on Tuesday rejected the report. "
                       "Foreign ministry spokesman Luis Vega told a weekly news conference that the claims were false.",
                       published="2025-03-12")
    vega = next(s for s in doc.statements if "claims were false" in s.content)
    assert vega.date == "2025-03-11"


def test_a_day_before_a_dated_event_counts_back(extract_text):
    doc = extract_text("Speaking a day before the Oct. 30 vote, Senator Ana Ruiz said the bill would pass.",
                       published="2025-11-05")
    st = doc.statements[0]
    assert st.date == "2025-10-29" and st.date_text == "a day before the Oct. 30"


def test_an_act_of_saying_told_in_the_past(extractor):
    verbs = [t for t in extractor.nlp("Ana Ruiz said it. Ana Ruiz has said it.") if t.lemma_ == "say"]
    assert [said_in_past(v) for v in verbs] == [True, False]


def test_a_speakers_later_statement_keeps_the_ledes_day_past_another_speaker(extract_text):
    doc = extract_text("Tesla said on Tuesday that it would build a battery plant in Chile. Lithium producer SQM "
                       "said it would supply the plant. Tesla said production would start in 2027.",
                       published="2025-03-14")
    days = {st.content: st.date for st in doc.statements}
    assert days["production would start in 2027"] == "2025-03-11"
    assert days["it would supply the plant"] is None   # another speaker's day is not taken


def test_a_statement_told_in_the_present_perfect_is_not_the_ledes_occasion(extract_text):
    doc = extract_text("Tesla said on Tuesday that it would build a battery plant in Chile. Lithium producer SQM "
                       "said it would supply the plant. Tesla has said production would start in 2027.",
                       published="2025-03-14")
    later = next(st for st in doc.statements if "2027" in st.content)
    assert later.date is None


def test_a_second_verb_takes_the_sentences_day_before_the_act_told_just_before(extract_text):
    doc = extract_text("Mayor Lina Berg ordered city crews late Friday to clear snow from the main roads. On "
                       "Saturday, Berg told reporters at a depot in Uppsala that the city had enough salt for the "
                       "winter, and urged drivers of older cars to stay off the roads.", published="2025-03-14")
    assert {st.kind: st.date_text for st in doc.statements} == {"said": "Saturday", "called_for": "Saturday"}


def test_a_day_ending_a_span_is_no_day_of_saying(extract_text):
    doc = extract_text("Rail operator Eurostar warned of delays until Thursday.", published="2025-03-14")
    assert [(st.kind, st.date) for st in doc.statements] == [("warned", None)]


def test_an_according_to_frame_is_dated_by_its_document_not_the_event(extract_text):
    doc = extract_text("Rebels seized the town of Minova on March 9, according to the United Nations. President "
                       "Ana Diaz called on both sides to respect the truce, according to a statement released by "
                       "her office on Thursday night.", published="2025-03-14")
    days = {st.kind: st.date for st in doc.statements}
    assert days == {"said": None, "called_for": "2025-03-13"}


def test_a_dateline_fragment_is_no_sentence_of_the_lede(extract_text):
    # "(Bloomberg) -- ..." split off as a sentence of its own: the lede is still the two sentences
    # after it, and the day of its event the story's
    doc = extract_text("(Bloomberg) -- The Bank of Canada kept interest rates unchanged, as Governor Tiff Macklem "
                       "warned that tariffs were clouding the outlook.\n\nPolicymakers held the benchmark rate at "
                       "2.5% on Wednesday. Macklem told reporters in Ottawa that inflation was close to target.",
                       published="2025-03-13")
    assert [st.date for st in doc.statements] == ["2025-03-12", "2025-03-12"]
