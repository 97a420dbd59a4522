"""What the statement finder knows of a document (kg.statement_context)."""
from kg.statement_context import index_at


def test_index_at_a_character(extractor):
    doc = extractor.nlp.make_doc("Peru said it. Chile agreed.")
    assert doc[index_at(doc, 14)].text == "Chile"
    assert index_at(doc, 999) == -1


def test_later_in_the_day_is_one_day_expression(extract_text):
    doc = extract_text("Peru said on Tuesday the mine would close. \"It is over,\" Peru said. Minister Ana Ruiz "
                       "said later in the day that talks would go on.", published="2025-03-14")
    ruiz = next(st for st in doc.statements if "talks" in st.content)
    assert ruiz.date == "2025-03-11"
