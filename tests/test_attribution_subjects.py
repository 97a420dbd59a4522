"""kg.attribution_subjects: the speaker's noun phrase of a verb of saying."""
from kg.attribution_subjects import relayed, subject_of


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
