"""kg.genders: what the text shows of a person's gender, and agreement with "he"/"she"."""
import pytest

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


def _people_by_token(doc, names):
    return {t.i: "person:" + t.text.lower() for t in doc if t.text in names}


def test_her_counterpart_shows_the_subject_or_the_first_conjunct_a_woman_never_the_counterpart(extractor):
    for text, owner, counterpart in [
        ("Defence Minister Anna Berg spoke with her counterpart, Tomas Lind, on Monday.", "Berg", "Lind"),
        ("Finance Minister Lena Ortiz hosted her Brazilian counterpart, Paulo Mendes, in Madrid.", "Ortiz", "Mendes"),
        ("Trade Minister Omar Haddad met his counterpart, Julia Stern, in Rabat.", "Haddad", "Stern"),
        ("Senator Maria Holm and her counterpart, Jonas Eriksen, signed the accord.", "Holm", "Eriksen"),
    ]:
        doc = extractor.nlp(text)
        shown = genders_shown(doc, _people_by_token(doc, {owner, counterpart}))
        expected = MAN if " his " in text else WOMAN
        assert shown.get("person:" + owner.lower()) == expected, text
        assert "person:" + counterpart.lower() not in shown, text


def test_negative_a_counterpart_as_the_subject_shows_no_one(extractor):
    doc = extractor.nlp("Her counterpart, Tomas Lind, said the talks were useful.")
    assert genders_shown(doc, _people_by_token(doc, {"Lind"})) == {}


@pytest.mark.parametrize("text, speaker", [
    ("Defence Minister Anna Berg spoke with her counterpart, Tomas Lind, on Monday. He said the talks were useful.",
     "Tomas Lind"),
    ("Finance Minister Lena Ortiz hosted her Brazilian counterpart, Paulo Mendes, in Madrid. He said trade would grow.",
     "Paulo Mendes"),
    ("Trade Minister Omar Haddad met his counterpart, Julia Stern, in Rabat. She said the deal was close.",
     "Julia Stern"),
])
def test_a_pronoun_after_her_counterpart_is_the_counterpart_of_the_other_gender(extract_text, text, speaker):
    doc = extract_text(text)
    names = {e.id: e.name for e in doc.entities}
    assert [names[s.speaker] for s in doc.statements] == [speaker]
