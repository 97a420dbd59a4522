"""kg.statement_occasions: a statement made at an occasion the story told with its day."""


def _days(doc):
    return {st.content: st.date for st in doc.statements}


def test_a_participant_of_a_dated_meeting_speaks_on_its_day(extract_text):
    doc = extract_text("Kenya's foreign minister met his Ugandan counterpart, Odongo Jeje, in Nairobi on Friday.\n\n"
                       "Jeje, for his part, said the border would stay open.", published="2025-03-14")
    assert _days(doc)["the border would stay open"] == "2025-03-14"


def test_talks_with_a_participant_in_a_dated_aside(extract_text):
    doc = extract_text("Speaking in Lima on Tuesday after talks with the Chilean president, Gabriel Boric, Ana Ruiz "
                       "said the deal was close.\n\nBoric said the two countries would sign it in May.",
                       published="2025-03-14")
    assert _days(doc)["the two countries would sign it in May"] == "2025-03-11"


def test_a_statement_naming_the_meeting_back(extract_text):
    doc = extract_text("The labour minister met union leaders in Madrid on Wednesday. Union leader Pablo Ortiz "
                       "said after the meeting that the offer was too low.", published="2025-03-14")
    assert _days(doc)["the offer was too low"] == "2025-03-12"


def test_a_speaker_who_was_not_there_takes_no_day(extract_text):
    doc = extract_text("Finance Minister Carlos Mendoza said on Monday that the talks would go on. The labour "
                       "minister met union leaders in Madrid on Wednesday.\n\n"
                       "Employers' leader Pablo Ortiz said the offer was fair.", published="2025-03-14")
    assert _days(doc)["the offer was fair"] is None


def test_the_scene_moves_on_with_another_day(extract_text):
    text = ("Finance Minister Carlos Mendoza said on Monday that the bank was sound. Mendoza held talks with "
            "Pablo Ortiz in Quito on Saturday.{} \n\nOrtiz also said the bank needed more capital.")
    assert _days(extract_text(text.format(""), published="2025-03-17"))["the bank needed more capital"] == "2025-03-15"
    moved_on = extract_text(text.format(" The summit opened on Sunday with a speech by the host."), published="2025-03-17")
    assert _days(moved_on)["the bank needed more capital"] is None


def test_a_meeting_still_to_come_is_no_occasion(extract_text):
    doc = extract_text("Ana Ruiz will meet Pablo Ortiz in Quito on Friday.\n\nOrtiz said he hoped for a deal.",
                       published="2025-03-12")
    assert _days(doc)["he hoped for a deal"] is None
