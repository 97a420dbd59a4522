"""kg.genders: what the text shows of a person's gender, and agreement with "he"/"she"."""
from kg.genders import MAN, WOMAN, agrees, genders_shown, word_gender


def test_pronouns_and_honorifics_have_a_gender():
    assert word_gender("He") == MAN and word_gender("Mr") == MAN and word_gender("spokesman") == MAN
    assert word_gender("she") == WOMAN and word_gender("Ms.") == WOMAN and word_gender("chairwoman") == WOMAN
    assert word_gender("minister") is None and word_gender("they") is None


def test_an_unknown_gender_agrees_with_either_pronoun():
    assert agrees(None, MAN) and agrees(WOMAN, None) and agrees(MAN, MAN)
    assert not agrees(MAN, WOMAN)


def test_genders_come_from_the_words_beside_a_name(extractor):
    doc = extractor.nlp("Mr Paul Otto met the spokeswoman, Lena Berg, and Tom Hale.")
    by_token = {t.i: "person:" + t.text.lower() for t in doc if t.text in ("Otto", "Berg", "Hale")}
    shown = genders_shown(doc, by_token)
    assert shown.get("person:otto") == MAN and shown.get("person:berg") == WOMAN
    assert "person:hale" not in shown   # nothing in the text says
