"""kg.attribution_subjects: the speaker's noun phrase of a verb of saying."""
from kg.attribution_subjects import _stranded_subject, relayed, subject_of


def _subject(extractor, text, word):
    doc = extractor.nlp(text)
    verb = next(t for t in doc if t.lower_ == word)
    subject = subject_of(verb)
    return subject.text if subject is not None else None


def test_own_subject(extractor):
    assert _subject(extractor, "The governor said the roads were closed.", "said") == "governor"


def test_a_coordinated_verb_takes_the_first_verbs_subject(extractor):
    assert _subject(extractor, "The governor visited the camp and warned that more rain was coming.",
                    "warned") == "governor"


def test_an_adding_participle_takes_the_frames_subject(extractor):
    assert _subject(extractor, "The governor said the roads were closed, adding that schools would stay shut.",
                    "adding") == "governor"


def test_under_a_relaying_frame_a_named_subject_keeps_its_second_verb(extractor):
    text = "UN chief Antonio Guterres was alarmed by the fighting and urged both sides to return to talks, his " \
           "spokesman Stephane Dujarric told reporters."
    assert _subject(extractor, text, "urged") == "Guterres"


def test_a_thing_said_to_have_happened_does_not_warn(extractor):
    assert _subject(extractor, "Mayor Karen Holt said the river had crested and warned that more rain was coming.",
                    "warned") == "Holt"


def test_a_frame_relays_when_its_subject_is_an_office_or_a_spokesperson_of_someone(extractor):
    doc = extractor.nlp("Safadi called for a ceasefire, his ministry said. Peru said it would act. Safadi called "
                        "for talks, the ministry's statement said.")
    frames = [t for t in doc if t.lemma_ == "say"]
    assert [relayed(t) for t in frames] == [True, False, True]



def test_a_subject_the_parser_hung_on_the_place_before(extract_text):
    # "Hours earlier in Seoul, South Korea's spy agency told MPs ...": the phrase after the
    # comma, which the parser made an apposition of the place, is the verb's subject
    doc = extract_text("Hours earlier in Seoul, South Korea's National Intelligence Service told MPs that "
                       "troops had been moved to the front.", published="2024-11-14")
    names = {e.id: e.name for e in doc.entities}
    assert [names[st.speaker] for st in doc.statements] == ["National Intelligence Service"]




def _parsed(extractor, words, heads, deps, pos):
    from spacy.tokens import Doc
    return Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_verb_with_nothing_said_after_it_takes_no_stranded_subject(extractor):
    # "..., a charge the agency denies.": a clause on the noun before, nothing said after it;
    # with what was said after it, the phrase the parser hung on the place is the subject
    words = ["In", "Seoul", ",", "the", "agency", "denies", "it", "."]
    heads = [5, 0, 1, 4, 1, 5, 5, 5]
    deps = ["prep", "pobj", "punct", "det", "appos", "ROOT", "dobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    said = _parsed(extractor, words, heads, deps, pos)
    assert _stranded_subject(said[5]).text == "agency"
    nothing = _parsed(extractor, words[:6] + ["."], heads[:6] + [5], deps[:6] + ["punct"], pos[:6] + ["PUNCT"])
    assert _stranded_subject(nothing[5]) is None
