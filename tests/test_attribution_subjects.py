"""kg.attribution_subjects: the speaker's noun phrase of a verb of saying."""
from kg.attribution_subjects import subject_of


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
